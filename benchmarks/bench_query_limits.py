"""Bounded query cost (issue 17, B7): the probe's costly full-text queries against a real `tidings serve`.

    .venv/bin/python benchmarks/make_synthetic_store.py --out benchmarks/out/q30k.db --documents 30000 --events 150000
    .venv/bin/python benchmarks/bench_query_limits.py --db benchmarks/out/q30k.db

Part 1 sends each costly query of the probe's kind (many prefix words `a* OR b* ...`, 500 characters of
them, and the costliest queries the limits still let through: six 3-letter prefixes ORed, twelve common
words) to /api/documents and /search, and records status and wall time: each must answer 400 or a result
within 2 s. Part 2 runs, for `--seconds`, six clients that each send those costly queries in a loop and
give up after 1 s (as the probe did), while a seventh client times /search with ordinary queries: its p99
must stay under 1 s. Loopback only; every loop is bounded by time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import string
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_web import free_port, start_server

PROBE = " OR ".join(f"{c}*" for c in string.ascii_lowercase)  # 152 characters, 26 one-letter prefixes
PROBE_500 = " OR ".join(f"{a}{b}*" for a in string.ascii_lowercase for b in "aeiou")[:500]
ALLOWED_WORST = [
    "con* OR pre* OR sta* OR min* OR tra* OR gov*",
    "pre* OR sta* OR con* OR com* OR par* OR coo*",
    "the OR a OR of OR to OR in OR on OR said OR for OR by OR was OR with OR and",
    "con* pre* sta* min* tra* gov* the a of to in on",
    "int* OR inv* OR ene* OR coo* OR cou* OR cen*",
]
COSTLY = [PROBE, PROBE_500, *ALLOWED_WORST]
ORDINARY = ["tourism", "energy cooperation", '"strategic partnership"', "pipeline", "minister visit", "trade",
            "investment", "border talks"]


def part1(base: str) -> list[dict[str, Any]]:
    rows = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for query in COSTLY:
            for path in ("/api/documents", "/search"):
                t0 = time.perf_counter()
                answer = client.get(path, params={"q": query})
                seconds = time.perf_counter() - t0
                code = answer.json()["error"]["code"] if path.startswith("/api") and answer.status_code != 200 else ""
                rows.append({"path": path, "query": query[:60] + ("…" if len(query) > 60 else ""),
                             "chars": len(query), "status": answer.status_code, "code": code,
                             "seconds": round(seconds, 3)})
    return rows


def costly_client(base: str, stop: float, sent: list[int]) -> None:
    with httpx.Client(base_url=base, timeout=1.0) as client:
        i = 0
        while time.monotonic() < stop:
            query = COSTLY[i % len(COSTLY)]
            i += 1
            with contextlib.suppress(httpx.TimeoutException):  # abandoned after 1 s, as the probe did
                client.get("/api/documents" if i % 2 else "/search", params={"q": query})
            sent.append(1)


def part2(base: str, seconds: float) -> dict[str, Any]:
    stop = time.monotonic() + seconds
    sent: list[int] = []
    threads = [threading.Thread(target=costly_client, args=(base, stop, sent)) for _ in range(6)]
    for t in threads:
        t.start()
    times: list[float] = []
    statuses: dict[int, int] = {}
    with httpx.Client(base_url=base, timeout=30) as client:
        time.sleep(0.5)  # let the costly clients get going
        i = 0
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            answer = client.get("/search", params={"q": ORDINARY[i % len(ORDINARY)]})
            times.append(time.perf_counter() - t0)
            statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
            i += 1
    for t in threads:
        t.join()
    times.sort()
    return {"seconds": seconds, "search_requests": len(times), "costly_requests": len(sent), "statuses": statuses,
            "search_p50_s": round(statistics.median(times), 3),
            "search_p99_s": round(times[min(len(times) - 1, int(len(times) * 0.99))], 3),
            "search_max_s": round(times[-1], 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("benchmarks/out/q30k.db"))
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    if not args.db.is_file():
        sys.exit(f"no store at {args.db}: build it with benchmarks/make_synthetic_store.py")
    port = free_port()
    proc = start_server(args.db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        documents = httpx.get(base + "/api/stats", timeout=60).json()["counts"]["documents"]
        single = part1(base)
        loaded = part2(base, args.seconds)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    worst = max(r["seconds"] for r in single)
    print(json.dumps({"documents": documents, "part1": single, "part1_worst_s": worst, "part2": loaded,
                      "met": {"worst_under_2s": worst < 2 and all(r["status"] in (200, 400) for r in single),
                              "search_p99_under_1s": loaded["search_p99_s"] < 1}}, indent=2))


if __name__ == "__main__":
    main()
