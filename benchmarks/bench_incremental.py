"""Daily news at scale: what ingesting a batch costs as the store grows (incremental fusion, issue 16).

Two measurements, both on make_corpus.py articles. Use its stream mode (`--mode stream`: daily news, many
distinct stories over time, about 280 words an article); the default mode's articles tie every document to
every other one (BENCHMARKS.md, issue 16), so the region of a batch is the whole store whatever fusion does.

1. Sizes. Stores of 1k, 4k, ... documents are built from one analysed store (documents analysed once with
   `tidings ingest --no-fuse`; their analyses are copied, so building a store costs no spaCy time) and fused
   in batches of `--batch` documents, as a store fed daily is. Then the same new articles (`--new`, a
   separate make_corpus folder) are ingested into a copy of each store by the real command,
   `tidings ingest NEW --db COPY --workers 1`, under GNU time: CPU seconds (user + system) and peak RSS of
   the whole ingest, analysis and fusion together.

       python benchmarks/make_corpus.py --mode stream --articles 4000 --new 20 --out /tmp/tb/corpus \\
           --new-out /tmp/tb/new20
       tidings ingest /tmp/tb/corpus --db /tmp/tb/analysed.db --no-fuse --workers 2
       python benchmarks/bench_incremental.py --analysed /tmp/tb/analysed.db --new /tmp/tb/new20 \\
           --sizes 1000 4000 --work /tmp/tb/work

2. Growth (`--grow`). One store grown by the real command in batches of `--batch` new articles
   (`tidings ingest SHARDS --db STORE --workers N`), each batch timed under GNU time (wall, CPU of the
   process and its workers, peak RSS), until `--to` documents.

       python benchmarks/bench_incremental.py --grow --corpus /tmp/tb/corpus --to 20000 --batch 500 \\
           --workers 2 --work /tmp/tb/grow --snapshots 1000 4000 16000

   `--snapshots` keeps a copy of the grown store at those sizes (WORK/grown-SIZE.db, copied between two
   batches, outside the timed commands), to be reused as the stores of the first measurement.

Results go to benchmarks/results/incremental.json (with the load average measured during each run).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TIDINGS = str(Path(sys.executable).with_name("tidings"))
RESULTS = ROOT / "benchmarks" / "results" / "incremental.json"


def timed(args: list[str]) -> dict[str, Any]:
    """Run a command under GNU time: wall and CPU seconds (process and its children), peak RSS in MB."""
    load = os.getloadavg()[0]
    start = time.perf_counter()
    out = subprocess.run(["/usr/bin/time", "-v", *args], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    field = lambda name: float(re.search(rf"{name}: ([\d.]+)", out.stderr).group(1))  # type: ignore[union-attr]  # noqa: E731
    return {"wall_s": round(wall, 2), "cpu_s": round(field("User time \\(seconds\\)") + field("System time "
                                                                                             "\\(seconds\\)"), 2),
            "peak_rss_mb": round(field("Maximum resident set size \\(kbytes\\)") / 1024, 1),
            "load_before": round(load, 2), "load_after": round(os.getloadavg()[0], 2),
            "phases": [line for line in out.stderr.splitlines() if line.startswith(("analysing:", "fusing:"))]}


def build_store(analysed: Path, out: Path, size: int, batch: int) -> list[dict[str, Any]]:
    """A fused store of the latest `size` analysed documents (by publication date, then id: for a stream
    corpus the days just before the new articles), fused in publication order after every `batch` of them."""
    from tidings.config import Settings
    from tidings.fuse import fuse_store
    from tidings.store import Store
    from tidings.store.fusion_tables import load_analysis

    source = Store(analysed, readonly=True)
    ids = [r[0] for r in source.conn.execute("SELECT id FROM documents ORDER BY published DESC, id DESC LIMIT ?",
                                             (size,))][::-1]
    if len(ids) < size:
        sys.exit(f"{analysed} holds {len(ids)} documents, fewer than {size}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    store = Store(out)
    settings = Settings(db=str(out))
    steps = []
    for start in range(0, size, batch):
        for doc_id in ids[start:start + batch]:
            store.save(load_analysis(source, doc_id))
        cpu, wall = time.process_time(), time.perf_counter()
        report = fuse_store(store, settings)
        steps.append({"documents": start + len(ids[start:start + batch]), "pass": report.pass_kind,
                      "region": report.region, "fuse_cpu_s": round(time.process_time() - cpu, 2),
                      "fuse_wall_s": round(time.perf_counter() - wall, 2),
                      "process_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)})
        print(json.dumps(steps[-1]), flush=True)
    store.close()
    source.close()
    return steps


def copy_store(src: Path, dst: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)


def restamp(db: Path) -> None:
    """Record this code's fusion salt in a store fused by an earlier commit, so the ingest fuses incrementally
    instead of starting over. Only for measuring what a change to the region (which documents a pass
    recomputes) costs without rebuilding the stores: their fusion tables and keys are the earlier code's."""
    from tidings.fuse.apply import SALT_KEY, fusion_salt

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE fusion_state SET value = ? WHERE key = ?", (fusion_salt(), SALT_KEY))


def sizes(args: argparse.Namespace) -> dict[str, Any]:
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    out: dict[str, Any] = {"new_articles": str(args.new), "batch": args.batch, "stores": {}}
    for size in args.sizes:
        store = work / f"store-{size}.db"
        steps = [] if args.reuse and store.is_file() else build_store(Path(args.analysed), store, size, args.batch)
        runs = []
        for _ in range(args.repeat):
            copy = work / f"copy-{size}.db"
            copy_store(store, copy)
            if args.restamp:
                restamp(copy)
            runs.append(timed([TIDINGS, "ingest", str(args.new), "--db", str(copy), "--workers", "1"]))
            print(json.dumps({"size": size, **runs[-1]}), flush=True)
        out["stores"][str(size)] = {"build": steps, "ingest": runs}
    return out


def grow(args: argparse.Namespace) -> dict[str, Any]:
    shards = sorted(Path(args.corpus).glob("news-*.jsonl"))
    per_batch = max(1, args.batch // 100)  # make_corpus writes 100 articles a shard
    db = Path(args.work) / "grown.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    batches = []
    started = time.perf_counter()
    for start in range(0, min(len(shards), args.to // 100), per_batch):
        files = [str(p) for p in shards[start:start + per_batch]]
        run = timed([TIDINGS, "ingest", *files, "--db", str(db), "--workers", str(args.workers)])
        batches.append({"documents": (start + len(files)) * 100, **run})
        print(json.dumps(batches[-1]), flush=True)
        if batches[-1]["documents"] in (args.snapshots or []):
            copy_store(db, db.with_name(f"grown-{batches[-1]['documents']}.db"))
    return {"batch": args.batch, "workers": args.workers, "batches": batches,
            "total_wall_s": round(time.perf_counter() - started, 1)}


def merged_sizes(old: dict[str, Any], result: dict[str, Any], batch: int) -> dict[str, Any]:
    """One entry per store size, each with the command, new articles and batch that measured it (a run at
    4k keeps the 1k entry an earlier run wrote)."""
    stores = {size: {"command": old.get("command"), "new_articles": old.get("new_articles"), "batch": old.get("batch"),
                     **entry} for size, entry in old.get("stores", {}).items()}
    stores |= {size: {"command": result["command"], "new_articles": result["new_articles"], "batch": batch, **entry}
               for size, entry in result["stores"].items()}
    return {"stores": stores}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--analysed", help="A store of analysed, unfused documents (ingest --no-fuse).")
    parser.add_argument("--new", help="The folder of new articles ingested into every store.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000])
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--reuse", action="store_true", help="Keep a store already built in --work.")
    parser.add_argument("--restamp", action="store_true",
                        help="With --reuse: fuse the copy incrementally although it was built by other code "
                             "(see restamp).")
    parser.add_argument("--grow", action="store_true", help="Grow one store by the real command instead.")
    parser.add_argument("--corpus", help="With --grow: a make_corpus folder.")
    parser.add_argument("--to", type=int, default=20000)
    parser.add_argument("--snapshots", type=int, nargs="*",
                        help="With --grow: copy the grown store at these sizes to WORK/grown-SIZE.db (untimed).")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--work", default="/tmp/tidings-bench/incremental")
    args = parser.parse_args()
    result = grow(args) if args.grow else sizes(args)
    result["command"] = " ".join(["python", "benchmarks/bench_incremental.py", *sys.argv[1:]])
    saved = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    if args.grow:
        saved["grow"] = result
    else:
        saved["sizes"] = merged_sizes(saved.get("sizes", {}), result, args.batch)
    RESULTS.write_text(json.dumps(saved, indent=2) + "\n")
    print(json.dumps(result)[:2000])


if __name__ == "__main__":
    main()
