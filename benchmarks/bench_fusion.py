"""Speed and memory of fusion: story clustering on ECB+, and a full fusion pass over a store.

    .venv/bin/python benchmarks/bench_fusion.py [--docs N] [--corpus ECB+.tar.gz]
    .venv/bin/python benchmarks/bench_fusion.py --synthetic 200,1000 [--cache DIR]

1. clusters all ECB+ documents of topics 1-35 (772) with `cluster_stories` and times it;
2. ingests the seed examples plus N ECB+ documents (as plain text, without fusion), then times one
   `fuse_store` pass over the whole store and a second pass (nothing changed: the steady cost each
   ingest pays), and reports the peak resident memory of the process.

With `--synthetic N,M,...`: for each size, a store of N short articles made of real sentences of
examples/china-kazakhstan recombined, published over one year (tests/reliability/synthetic.py), is
ingested without fusion (kept in `--cache` so that later runs skip the ingest), copied, and fused
three times: a first pass, a second pass with nothing new, and a pass after one more article (the
incremental case). Many articles share sentences, so links and candidate dates abound: the worst case
for date reconciliation.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
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


def synthetic_store(n: int, cache: Path) -> Path:
    """A store of `n` synthetic articles, ingested without fusion (built once, then reused)."""
    sys.path.insert(0, str(ROOT / "tests" / "reliability"))
    from synthetic import synthetic_records

    db = cache / f"synthetic-{n}.db"
    if db.exists():
        return db
    cache.mkdir(parents=True, exist_ok=True)
    records = synthetic_records(n + 1)
    source = cache / f"synthetic-{n}.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[:n]), encoding="utf-8")
    (cache / f"synthetic-{n}-extra.jsonl").write_text(json.dumps(records[n], ensure_ascii=False) + "\n",
                                                      encoding="utf-8")
    building = db.with_suffix(".building")
    store = Store(building)
    ingest([str(source)], store, Settings(db=str(building)), fuse=False)
    store.close()
    building.rename(db)
    return db


def bench_synthetic(sizes: list[int], cache: Path, first_only: bool = False) -> list[dict[str, float | int]]:
    rows: list[dict[str, float | int]] = []
    for n in sizes:
        built = synthetic_store(n, cache)
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.db"
            shutil.copy(built, db)
            store, settings = Store(db), Settings(db=str(db))
            out: dict[str, float | int] = {"documents": store.count("documents")}
            for name in ("first_fusion_seconds", "second_fusion_seconds"):
                started = time.perf_counter()
                report = fuse_store(store, settings)
                out[name] = round(time.perf_counter() - started, 2)
                out[name.replace("seconds", "reanchored")] = len(report.reanchored)
                if first_only:
                    break
            if not first_only:
                ingest([str(cache / f"synthetic-{n}-extra.jsonl")], store, settings, fuse=False)
                started = time.perf_counter()
                report = fuse_store(store, settings)
                out["one_more_fusion_seconds"] = round(time.perf_counter() - started, 2)
            out.update(happenings=report.happenings, mentions=report.mentions, stories=report.stories,
                       reposts=len(report.reposts))
            store.close()
        rows.append(out)
        print(json.dumps(out), flush=True)
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=200, help="ECB+ documents added to the store")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--synthetic", default="", help="comma-separated store sizes of synthetic articles")
    parser.add_argument("--first-only", action="store_true", help="synthetic: time the first pass only")
    parser.add_argument("--cache", default=str(ROOT / "benchmarks" / "out"), help="where synthetic stores are kept")
    args = parser.parse_args(argv)
    if args.synthetic:
        bench_synthetic([int(n) for n in args.synthetic.split(",")], Path(args.cache), args.first_only)
        print(json.dumps({"peak_rss_mb": round(peak_mb(), 1)}))
        return 0
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
