"""Throughput and peak memory of the full pipeline beside spaCy alone, on the synthetic news corpus.

For each corpus size it measures, each run in a fresh Python process so that memory figures are the
run's own:
  spacy       en_core_web_sm alone: nlp.pipe over the articles' texts (batch_size as the pipeline)
  pipeline-1  the full per-document pipeline, one process: read + clean + parse + analyze + store
              (`tidings.pipeline.ingest(..., fuse=False, workers=1)` into a fresh SQLite store)
  pipeline-N  the same with N worker processes (`workers=N`; the main process reads, cleans, stores)
  fusion      the cross-document pass (`fuse_store`) over the store pipeline-1 wrote, timed apart
Model loading is outside the timed span for spacy and pipeline-1; the worker pool's start-up
(each worker loads the model) is inside it for pipeline-N. Peak RSS is sampled every 0.2 s over the
process and its children (so pipeline-N counts every worker), and the kernel's own maximum for the
main process is reported beside it.

Usage (one command runs everything and prints the markdown for benchmarks/results/scale.md):
    python benchmarks/bench_throughput.py --sizes 1000,10000 [--workers 2] [--dask]
Corpora are generated with benchmarks/make_corpus.py under --bench-dir (default /tmp/tidings-bench);
results go to <bench-dir>/results-<size>.json. `--dask` also runs benchmarks/bench_dask.py per size.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE_SECONDS = 0.2


class PeakRss:
    """Samples, in a thread, the RSS of this process plus its children (`peak_mb`: the maximum) and
    the CPU time of every child and grandchild seen (`children_cpu`: pool workers started through a
    forkserver, Dask workers under a nanny, which the kernel's RUSAGE_CHILDREN does not count)."""

    def __init__(self) -> None:
        import psutil

        self._proc = psutil.Process()
        self.peak = 0
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _total(self) -> int:
        total = self._proc.memory_info().rss
        for child in self._proc.children(recursive=True):
            try:
                total += child.memory_info().rss
                times = child.cpu_times()
                self._cpu[child.pid] = times.user + times.system
            except Exception:  # a child that just exited
                continue
        return int(total)

    @property
    def children_cpu(self) -> float:
        return sum(self._cpu.values())

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._total())
            self._stop.wait(SAMPLE_SECONDS)

    def __enter__(self) -> PeakRss:
        self.peak = self._total()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._total())

    @property
    def peak_mb(self) -> float:
        return round(self.peak / 2**20, 1)


def corpus_texts(corpus: Path) -> Iterator[str]:
    for shard in sorted(corpus.glob("news-*.jsonl")):
        with shard.open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)["text"]


def corpus_size(corpus: Path) -> tuple[int, int]:
    """(articles, words) of the corpus, words as whitespace-separated tokens of the article texts."""
    articles = words = 0
    for text in corpus_texts(corpus):
        articles += 1
        words += len(text.split())
    return articles, words


def cpu_seconds() -> float:
    """CPU time (user + system) of this process: a figure other processes on a busy machine disturb
    far less than wall time (children are counted by PeakRss)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def maxrss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_spacy(corpus: Path, n_process: int) -> dict[str, Any]:
    from tidings.config import Settings
    from tidings.nlp import get_nlp

    settings = Settings()
    nlp = get_nlp(settings)
    nlp("Warm up the pipeline once.")
    count = 0
    with PeakRss() as rss:
        start, cpu = time.perf_counter(), cpu_seconds()
        for _ in nlp.pipe(corpus_texts(corpus), batch_size=settings.batch_size, n_process=n_process):
            count += 1
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu + rss.children_cpu, "documents": count, "peak_rss_mb": rss.peak_mb,
            "maxrss_self_mb": maxrss_mb()}


def run_pipeline(corpus: Path, workers: int, db: Path, fuse: bool) -> dict[str, Any]:
    from tidings.actors import load_actor_base
    from tidings.config import Settings
    from tidings.fuse import fuse_store
    from tidings.nlp import get_nlp
    from tidings.pipeline import ingest
    from tidings.store import Store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    settings = Settings(db=str(db))
    if workers == 1:
        get_nlp(settings)("Warm up the pipeline once.")
        load_actor_base()
    store = Store(db)
    with PeakRss() as rss:
        start, cpu = time.perf_counter(), cpu_seconds()
        summary = ingest([str(corpus)], store, settings, fuse=False, workers=workers)
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    out: dict[str, Any] = {"seconds": seconds, "cpu_seconds": cpu + rss.children_cpu, **summary.as_dict(),
                           "peak_rss_mb": rss.peak_mb, "maxrss_self_mb": maxrss_mb(), "events": store.count("events")}
    if fuse:
        with PeakRss() as fusion_rss:
            start, cpu = time.perf_counter(), cpu_seconds()
            report = fuse_store(store, settings)
            out["fusion_seconds"], out["fusion_cpu_seconds"] = time.perf_counter() - start, cpu_seconds() - cpu
        out["fusion_peak_rss_mb"] = fusion_rss.peak_mb
        out["happenings"] = report.happenings
    store.close()
    return out


def machine() -> dict[str, Any]:
    import spacy

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=False).stdout.strip()
    except OSError:
        commit = ""
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_mb": mem, "python": platform.python_version(),
            "spacy": spacy.__version__, "commit": commit, "platform": platform.platform()}


def one_run(args: argparse.Namespace) -> None:
    """A single measurement in this process; prints its JSON."""
    if args.what == "spacy":
        result = run_spacy(args.corpus, args.workers)
    else:
        result = run_pipeline(args.corpus, args.workers, args.db, fuse=args.fuse)
    print(json.dumps({"what": args.what, "workers": args.workers, **result}))


def _subprocess(what: str, corpus: Path, workers: int, db: Path, fuse: bool = False) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one", what, "--corpus", str(corpus),
           "--workers", str(workers), "--db", str(db)] + (["--fuse"] if fuse else [])
    load = os.getloadavg()[0]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["load_before"] = round(load, 2)
    result["load_after"] = round(os.getloadavg()[0], 2)
    return result


def bench_size(size: int, bench_dir: Path, workers: int, fusion_max: int) -> dict[str, Any]:
    """All runs for one corpus size; the corpus is generated if absent."""
    corpus = bench_dir / f"corpus-{size}"
    if not list(corpus.glob("news-*.jsonl")):
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "--articles", str(size),
                        "--out", str(corpus)], check=True)
    articles, words = corpus_size(corpus)
    runs = {"spacy": _subprocess("spacy", corpus, 1, bench_dir / "unused.db")}
    runs["pipeline-1"] = _subprocess("pipeline", corpus, 1, bench_dir / f"bench-{size}-1.db", fuse=size <= fusion_max)
    if workers > 1:
        runs[f"pipeline-{workers}"] = _subprocess("pipeline", corpus, workers, bench_dir / f"bench-{size}-n.db")
    for run in runs.values():
        run["articles_per_s"] = round(articles / run["seconds"], 2)
        run["words_per_s"] = round(words / run["seconds"], 1)
    result = {"size": size, "articles": articles, "words": words, "machine": machine(), "runs": runs,
              "command": " ".join([Path(sys.executable).name, *sys.argv])}
    (bench_dir / f"results-{size}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


def markdown(results: list[dict[str, Any]]) -> str:
    """The results as the tables of benchmarks/results/scale.md."""
    lines = ["| articles | words | run | wall s | CPU s | articles/s | words/s | × spaCy (wall) | × spaCy (CPU) "
             "| peak RSS MB | load |", "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in results:
        spacy = r["runs"]["spacy"]
        for name, run in r["runs"].items():
            wall, cpu = spacy["seconds"] / run["seconds"], spacy["cpu_seconds"] / run["cpu_seconds"]
            lines.append(f"| {r['articles']} | {r['words']} | {name} | {run['seconds']:.1f} | {run['cpu_seconds']:.1f}"
                         f" | {run['articles_per_s']} | {run['words_per_s']:.0f} | {wall:.2f} | {cpu:.2f}"
                         f" | {run['peak_rss_mb']} | {run['load_before']}→{run['load_after']} |")
    lines += ["", "| articles | fusion wall s | fusion CPU s | fusion peak RSS MB | happenings | events |",
              "|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        p = r["runs"]["pipeline-1"]
        if "fusion_seconds" not in p:
            continue
        lines.append(f"| {r['articles']} | {p.get('fusion_seconds', 0):.1f} | {p.get('fusion_cpu_seconds', 0):.1f} "
                     f"| {p.get('fusion_peak_rss_mb')} | {p.get('happenings')} | {p['events']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000", help="comma-separated corpus sizes, e.g. 1000,10000")
    parser.add_argument("--workers", type=int, default=2, help="processes for the parallel run (1: skip it)")
    parser.add_argument("--bench-dir", type=Path, default=Path("/tmp/tidings-bench"))
    parser.add_argument("--dask", action="store_true", help="also run bench_dask.py for each size")
    parser.add_argument("--fusion-max", type=int, default=1000,
                        help="time fusion only on corpora up to this size (it is not streaming: see docs/scale.md)")
    parser.add_argument("--one", choices=("spacy", "pipeline"), dest="what", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--fuse", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.what:
        one_run(args)
        return
    args.bench_dir.mkdir(parents=True, exist_ok=True)
    results = [bench_size(int(s), args.bench_dir, args.workers, args.fusion_max) for s in args.sizes.split(",")]
    print(markdown(results))
    if args.dask:
        for size in args.sizes.split(","):
            subprocess.run([sys.executable, str(HERE / "bench_dask.py"), "--corpus",
                            str(args.bench_dir / f"corpus-{size}"), "--bench-dir", str(args.bench_dir)], check=True)


if __name__ == "__main__":
    main()
