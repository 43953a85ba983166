"""Time the temporal stage against the spaCy parse it rides on, on the seed articles.

    .venv/bin/python benchmarks/bench_time.py [--repeat 5] [--corpus examples/china-kazakhstan]

For each text: the spaCy parse (nlp(text)), then analyze_time(text, published, doc) reusing that
Doc (what the pipeline does), and find_timexes without a Doc; then the events' dating pass
(tidings.events.carry_over.carry_over_dates: evidence, narrative time, retold pasts) over the coded
events. Reports the best of `--repeat` runs per stage, summed over the texts, and the temporal stage
(analyze_time + the dating pass) as a share of the parse (target: under 10 %). Rules are compiled
once before timing (a per-process cost, reported apart).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from tidings.analysis import analyze
from tidings.clean import to_document
from tidings.config import Settings
from tidings.events.carry_over import carry_over_dates
from tidings.nlp import get_nlp
from tidings.records import RawDocument
from tidings.time import analyze_time, find_timexes
from tidings.time.grammar import rules

ROOT = Path(__file__).resolve().parents[1]


def best_of(repeat: int, work: Callable[[], Any]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", default=str(ROOT / "examples" / "china-kazakhstan"))
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.corpus).glob("*.txt"))]
    started = time.perf_counter()
    rules()
    compile_s = time.perf_counter() - started
    nlp = get_nlp(Settings())
    nlp("warm up")
    parse_s = stage_s = bare_s = dating_s = 0.0
    settings = Settings()  # the texts are cleaned first, as the pipeline does
    for raw in texts:
        document = to_document(RawDocument("bench", raw), settings)
        text = document.text
        doc = nlp(text)
        parse_s += best_of(args.repeat, partial(nlp, text))
        stage_s += best_of(args.repeat, partial(analyze_time, text, None, doc))
        bare_s += best_of(args.repeat, partial(find_timexes, text, "2024-07-04"))
        analyzed = analyze(document, doc)
        undated = [replace(e, date_evidence=None) for e in analyzed.events]
        dating_s += best_of(args.repeat, partial(carry_over_dates, doc, undated, analyzed.timexes,
                                                 analyzed.story_date))
    chars = sum(len(t) for t in texts)
    print(f"texts {len(texts)}, {chars} characters; rules compiled once in {compile_s * 1000:.0f} ms")
    print(f"spaCy parse                      {parse_s * 1000:8.1f} ms")
    print(f"analyze_time (with the Doc)      {stage_s * 1000:8.1f} ms  = {100 * stage_s / parse_s:.1f} % of the parse")
    print(f"find_timexes (no Doc)            {bare_s * 1000:8.1f} ms  = {100 * bare_s / parse_s:.1f} % of the parse")
    print(f"events' dating pass              {dating_s * 1000:8.1f} ms  = {100 * dating_s / parse_s:.1f} % of the "
          "parse")
    both = stage_s + dating_s
    print(f"temporal stage (both)            {both * 1000:8.1f} ms  = {100 * both / parse_s:.1f} % of the parse")


if __name__ == "__main__":
    main()
