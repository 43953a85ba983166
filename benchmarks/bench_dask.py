"""The Dask engine on a LocalCluster: 1 worker against 2, and its overhead against the single-process path.

Runs, each in a fresh Python process, on a corpus from benchmarks/make_corpus.py:
  local-1   `tidings.pipeline.ingest(..., workers=1, fuse=False)`: the single-process path
  dask-1    `run_dask(..., workers=1)`: a LocalCluster of one single-threaded worker process
  dask-2    the same with two workers
  merge     `merge_dataset(..., fuse=False)` of the dask-2 dataset into a fresh store
The dask timings include starting the cluster and loading the model in each worker, as a user
running `tidings ingest --engine dask` waits for them; the start-up alone is measured on an empty input
and reported beside. Overhead = dask-1 / local-1 wall time.

Usage:  python benchmarks/bench_dask.py --corpus /tmp/tidings-bench/corpus-1000
Results go to <bench-dir>/dask-<articles>.json and a markdown table to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_throughput import PeakRss, corpus_size, cpu_seconds, machine  # noqa: E402


def run_local(corpus: Path, db: Path) -> dict[str, Any]:
    from bench_throughput import run_pipeline

    return run_pipeline(corpus, 1, db, fuse=False)


def run_cluster(corpus: Path | None, dataset: Path, workers: int) -> dict[str, Any]:
    from tidings.config import Settings
    from tidings.engines.dask import run_dask

    shutil.rmtree(dataset, ignore_errors=True)
    paths = [str(corpus)] if corpus else []
    with PeakRss() as rss:
        start, cpu = time.perf_counter(), cpu_seconds()
        summary = run_dask(paths, dataset, Settings(), workers=workers) if paths else _startup_only(workers)
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    counts = summary.counts if summary else {}
    return {"seconds": seconds, "cpu_seconds": cpu + rss.children_cpu, "parts": summary.parts if summary else 0,
            **counts, "peak_rss_mb": rss.peak_mb}


def _startup_only(workers: int) -> None:
    """Start a LocalCluster and load the model on every worker, as a run does before its first part."""
    from tidings.engines.dask import _ClusterClient

    def warm() -> bool:
        from tidings.actors import load_actor_base
        from tidings.config import Settings
        from tidings.nlp import get_nlp

        get_nlp(Settings())("Warm up.")
        load_actor_base()
        return True

    with _ClusterClient(None, workers) as client:
        client.run(warm)


def run_merge(dataset: Path, db: Path) -> dict[str, Any]:
    from tidings.config import Settings
    from tidings.engines.merge import merge_dataset
    from tidings.store import Store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = Store(db)
    with PeakRss() as rss:
        start, cpu = time.perf_counter(), cpu_seconds()
        summary = merge_dataset(dataset, store, Settings(db=str(db)), fuse=False)
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu, **summary.as_dict(), "peak_rss_mb": rss.peak_mb}


def _subprocess(args: list[str]) -> dict[str, Any]:
    load = os.getloadavg()[0]
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], capture_output=True, text=True,
                          check=False)
    if done.returncode:
        sys.exit(f"bench_dask {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["load_before"], result["load_after"] = round(load, 2), round(os.getloadavg()[0], 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--bench-dir", type=Path, default=Path("/tmp/tidings-bench"))
    parser.add_argument("--one", choices=("local", "dask", "startup", "merge"), help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    dataset = args.bench_dir / f"dataset-{args.corpus.name}"
    if args.one:
        result = {"local": lambda: run_local(args.corpus, args.bench_dir / "dask-local.db"),
                  "dask": lambda: run_cluster(args.corpus, dataset, args.workers),
                  "startup": lambda: run_cluster(None, dataset, args.workers),
                  "merge": lambda: run_merge(dataset, args.bench_dir / "dask-merge.db")}[args.one]()
        print(json.dumps(result))
        return
    articles, words = corpus_size(args.corpus)
    common = ["--corpus", str(args.corpus), "--bench-dir", str(args.bench_dir)]
    runs = {"local-1": _subprocess([*common, "--one", "local"])}
    for n in (1, 2):
        runs[f"dask-{n}-startup"] = _subprocess([*common, "--one", "startup", "--workers", str(n)])
        runs[f"dask-{n}"] = _subprocess([*common, "--one", "dask", "--workers", str(n)])
    runs["merge"] = _subprocess([*common, "--one", "merge"])
    result = {"articles": articles, "words": words, "machine": machine(), "runs": runs,
              "speedup_2_vs_1": runs["dask-1"]["seconds"] / runs["dask-2"]["seconds"],
              "overhead_dask1_vs_local1": runs["dask-1"]["seconds"] / runs["local-1"]["seconds"],
              "command": " ".join([Path(sys.executable).name, *sys.argv])}
    (args.bench_dir / f"dask-{articles}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print("| articles | run | wall s | CPU s | articles/s | peak RSS MB | load |\n|---:|---|---:|---:|---:|---:|---|")
    for name, run in runs.items():
        rate = f"{articles / run['seconds']:.2f}" if "startup" not in name else ""
        print(f"| {articles} | {name} | {run['seconds']:.1f} | {run.get('cpu_seconds', 0):.1f} | {rate} "
              f"| {run['peak_rss_mb']} | {run['load_before']}→{run['load_after']} |")
    print(f"\ndask 2 workers vs 1: ×{result['speedup_2_vs_1']:.2f}; "
          f"dask-1 / local-1 wall time: ×{result['overhead_dask1_vs_local1']:.2f}")


if __name__ == "__main__":
    main()
