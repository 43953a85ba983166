"""Speed and memory of fusion: story clustering on ECB+, and a full fusion pass over a store.

    .venv/bin/python benchmarks/bench_fusion.py [--docs N] [--corpus ECB+.tar.gz]

1. clusters all ECB+ documents of topics 1-35 (772) with `cluster_stories` and times it;
2. ingests the seed examples plus N ECB+ documents (as plain text, without fusion), then times one
   `fuse_store` pass over the whole store and a second pass (nothing changed: the steady cost each
   ingest pays), and reports the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from tidings.config import Settings
from tidings.eval.fusion import DEFAULT_CORPUS, read_ecbplus
from tidings.fuse import fuse_store
from tidings.fuse.stories import StoryText, cluster_stories
from tidings.pipeline import ingest
from tidings.store import Store

ROOT = Path(__file__).resolve().parents[1]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=200, help="ECB+ documents added to the store")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    docs = read_ecbplus(args.corpus)
    started = time.perf_counter()
    cluster_stories([StoryText(d.name, d.text) for d in docs])
    seconds = round(time.perf_counter() - started, 2)
    out: dict[str, float | int] = {"ecbplus_docs": len(docs), "stories_seconds": seconds}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lines = [json.dumps({"text": d.text, "title": d.name}) for d in docs[: args.docs]]
        (folder / "ecb.jsonl").write_text("\n".join(lines), encoding="utf-8")
        store = Store(folder / "bench.db")
        settings = Settings(db=str(folder / "bench.db"))
        started = time.perf_counter()
        ingest([str(ROOT / "examples" / "china-kazakhstan"), str(folder / "ecb.jsonl")], store, settings, fuse=False)
        out["ingest_seconds"] = round(time.perf_counter() - started, 1)
        out["store_documents"] = store.count("documents")
        for name in ("first_fusion_seconds", "second_fusion_seconds"):
            started = time.perf_counter()
            report = fuse_store(store, settings)
            out[name] = round(time.perf_counter() - started, 2)
        out["happenings"] = report.happenings
        out["mentions"] = report.mentions
        store.close()
    out["peak_rss_mb"] = round(peak_mb(), 1)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
