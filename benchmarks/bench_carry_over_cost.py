"""What narrative carry-over costs: CPU time of `carry_over_dates` within `pipeline.analyze` (after parsing).

Usage:  .venv/bin/python benchmarks/bench_carry_over_cost.py [--corpus /tmp/tidings-bench/corpus-1000] [--articles 100]
(corpus from benchmarks/make_corpus.py; the first shard's articles are parsed once, then analysed and timed).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import tidings.events.code as code
from tidings.analysis import analyze
from tidings.clean import to_document
from tidings.config import Settings
from tidings.nlp import get_nlp
from tidings.records import RawDocument


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/tidings-bench/corpus-1000"))
    parser.add_argument("--articles", type=int, default=100)
    args = parser.parse_args()
    settings = Settings()
    rows = [json.loads(line) for shard in sorted(args.corpus.glob("*.jsonl")) for line in shard.open()]
    docs = [to_document(RawDocument(f"a{i}", r["text"], given={"published": r["published"]}), settings)
            for i, r in enumerate(rows[: args.articles])]
    parses = list(get_nlp(settings).pipe([d.text for d in docs], batch_size=16))
    spent = [0.0]
    original = code.carry_over_dates

    def timed(*a: Any, **k: Any) -> Any:
        start = time.process_time()
        result = original(*a, **k)
        spent[0] += time.process_time() - start
        return result

    code.carry_over_dates = timed  # type: ignore[assignment]
    start = time.process_time()
    for document, parse in zip(docs, parses, strict=True):
        analyze(document, parse)
    total = time.process_time() - start
    print(f"{len(docs)} articles: analysis after parsing {total:.2f} s CPU, carry-over {spent[0]:.3f} s "
          f"({100 * spent[0] / total:.1f} %, {1000 * spent[0] / len(docs):.2f} ms an article)")


if __name__ == "__main__":
    main()
