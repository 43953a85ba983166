"""Two tidings versions' web pages timed side by side in one run, over copies of one store.

    git worktree add --detach ../base bbce754 && (cd ../base && make install)
    ../base/.venv/bin/python ../base/benchmarks/make_synthetic_store.py --out ../base/benchmarks/out/synthetic.db
    cp ../base/benchmarks/out/synthetic.db benchmarks/out/synthetic_main.db   # this version migrates its copy
    .venv/bin/python benchmarks/bench_web_compare.py \\
        --a ../base/.venv/bin/tidings --db-a ../base/benchmarks/out/synthetic.db \\
        --b .venv/bin/tidings --db-b benchmarks/out/synthetic_main.db --rounds 3 --repeat 5

The machine is shared and noisy, so absolute times say little; the two servers are timed in turns
(a, b, a, b, ...), each URL `--repeat` times per round after a warm-up, and the report gives each
URL's median over all rounds for both and the ratio b / a. Groups default to the pages both versions
have (search, timeline, other pages, api).

Wall time moves with whatever else the machine runs; the processor time the server spends on a request
moves much less. So each round also reads the server's CPU time (all its threads, from
/proc/PID/task/*/schedstat, nanoseconds) before and after a URL's timed fetches, and a second table gives
each URL's CPU milliseconds per request and their ratio.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import time
from pathlib import Path

import httpx
from bench_web import GROUPS, free_port, sample_ids, start_server

SHARED_GROUPS = ("search", "timeline", "other pages", "api")


def start(tidings: Path, db: Path, port: int) -> subprocess.Popen[bytes]:
    return start_server(db, port, tidings, wait=120)


def server_cpu_ms(pid: int) -> float:
    """Processor time (ms) the server's live threads have used: the anyio worker threads that run the
    requests stay alive between fetches, so a difference over a URL's fetches is that URL's cost."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total / 1e6


def round_times(tidings: Path, db: Path, urls: list[str], repeat: int) -> dict[str, tuple[list[float], float]]:
    """Each URL's wall times (ms) and the server's CPU ms per fetch: one warm-up fetch, then `repeat`
    timed ones; a URL that does not answer 200 gets no times (it is then left out of the comparison)."""
    port = free_port()
    proc = start(tidings, db, port)
    out: dict[str, tuple[list[float], float]] = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            for url in urls:
                if client.get(url).status_code != 200:
                    continue
                times = []
                cpu = server_cpu_ms(proc.pid)
                for _ in range(repeat):
                    t0 = time.perf_counter()
                    client.get(url).read()
                    times.append((time.perf_counter() - t0) * 1000)
                out[url] = (times, (server_cpu_ms(proc.pid) - cpu) / repeat)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return out


def report(groups: tuple[str, ...], chosen: dict[str, list[str]], times: dict[str, dict[str, list[float]]],
           unit: str) -> None:
    print(f"| group | url | a median {unit} | b median {unit} | b / a |")
    print("|---|---|---|---|---|")
    ratios: dict[str, list[float]] = {}
    for group in groups:
        for url in chosen[group]:
            if not times["a"][url] or not times["b"][url]:
                print(f"| {group} | `{url}` | not 200 on one side | | |")
                continue
            a, b = statistics.median(times["a"][url]), statistics.median(times["b"][url])
            ratios.setdefault(group, []).append(b / a)
            print(f"| {group} | `{url}` | {a:.1f} | {b:.1f} | {b / a:.2f} |")
    print()
    for group, rs in ratios.items():
        print(f"- {group}: median ratio b / a {statistics.median(rs):.2f}, worst {max(rs):.2f}")
    print()


def sampled_urls(tidings: Path, db: Path, groups: tuple[str, ...]) -> dict[str, list[str]]:
    port = free_port()
    proc = start(tidings, db, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            extra = sample_ids(client)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    chosen = {g: list(GROUPS[g]) for g in groups}
    if "other pages" in chosen:
        chosen["other pages"] += extra
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--a", type=Path, required=True, help="the first version's tidings executable")
    parser.add_argument("--db-a", type=Path, required=True)
    parser.add_argument("--b", type=Path, required=True, help="the second version's tidings executable")
    parser.add_argument("--db-b", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--group", action="append", help="only this group of URLs (repeatable)")
    args = parser.parse_args()
    groups = tuple(args.group or SHARED_GROUPS)
    chosen = sampled_urls(args.a, args.db_a, groups)
    urls = [u for g in groups for u in chosen[g]]
    times: dict[str, dict[str, list[float]]] = {"a": {u: [] for u in urls}, "b": {u: [] for u in urls}}
    cpu: dict[str, dict[str, list[float]]] = {"a": {u: [] for u in urls}, "b": {u: [] for u in urls}}
    for _ in range(args.rounds):
        for side, exe, db in (("a", args.a, args.db_a), ("b", args.b, args.db_b)):
            for url, (t, c) in round_times(exe, db, urls, args.repeat).items():
                times[side][url] += t
                cpu[side][url].append(c)
    print(f"a = {args.a}  b = {args.b}  ({args.rounds} rounds in turns, {args.repeat} fetches per URL and round)\n")
    print("Wall time per request (client side):\n")
    report(groups, chosen, times, "ms")
    print("Server CPU time per request (all threads):\n")
    report(groups, chosen, cpu, "CPU ms")

if __name__ == "__main__":
    main()
