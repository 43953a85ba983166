"""Time the web workspace over a large store, through a real `tidings serve` (uvicorn) over HTTP.

    .venv/bin/python benchmarks/make_synthetic_store.py --out benchmarks/out/synthetic.db
    .venv/bin/python benchmarks/bench_web.py --db benchmarks/out/synthetic.db

Each URL is fetched once to warm the page cache, then `--repeat` times; the report gives the median
and 90th percentile wall time per URL (client side, full response read) and the median over each
group. The targets: search, timeline and overview pages under 300 ms at the median (`--group overview`
times one group only).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
GROUPS: dict[str, list[str]] = {
    "overview": [
        "/",
        "/?dyad=CHN-KAZ",
        "/?actor=KAZ",
        "/?from=2019&to=2019",
        "/?type=CONSULT",
        "/?actor=KAZ&from=2022&type=CONSULT",
    ],
    "review": [
        "/review",
        "/review?offset=200",
        "/review/rejected",
    ],
    "search": [
        "/search?q=tourism",
        "/search?q=energy+cooperation",
        '/search?q="strategic+partnership"',
        "/search?q=pipeline&sort=date",
        "/search?q=tourism&dyad=CHN-KAZ",
        "/search?q=trade&from=2020-01-01&to=2020-12-31",
        "/search?q=investment&source=Reuters",
        "/search?q=minister&actor=KAZ",
        "/search?q=visit&cameo=04",
        "/search",
        "/search?q=tourism&offset=500",
    ],
    "timeline": [
        "/timeline",
        "/timeline?precision=month",
        "/timeline?precision=month&from=2019&to=2019",
        "/timeline?precision=day&from=2019-06&to=2019-06",
        "/timeline?precision=day",
        "/timeline?precision=day&offset=2000",
        "/timeline?dyad=CHN-KAZ",
        "/timeline?precision=day&dyad=CHN-KAZ",
        "/timeline?precision=day&actor=KAZ&from=2022",
        "/timeline?precision=month&plover=CONSULT",
    ],
    "other pages": [
        "/events",
        "/events?dyad=CHN-KAZ",
        "/trend?dyad=CHN-KAZ",
        "/actors/KAZ",
        "/actors/CHN",
        "/actors",
    ],
    "api": [
        "/api/documents?q=tourism",
        "/api/events?dyad=CHN-KAZ&limit=100",
        "/api/timeline?precision=year",
        "/api/timeline?precision=day&from=2019-06&to=2019-06",
        "/api/trend?dyad=CHN-KAZ",
        "/api/facts?actor=KAZ",
    ],
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, tidings: Path | None = None, wait: float = 60) -> subprocess.Popen[bytes]:
    """`tidings serve` on `port` (this checkout's, or the `tidings` executable given), once it answers."""
    tidings = tidings or ROOT / ".venv" / "bin" / "tidings"
    cmd = [str(tidings) if tidings.exists() else "tidings", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ})
    deadline = time.time() + wait
    while time.time() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=5)
            return proc
        except httpx.HTTPError:
            if proc.poll() is not None:
                sys.exit(f"server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
            time.sleep(0.2)
    proc.kill()
    sys.exit(f"server did not start within {wait:.0f} s")


def sample_ids(client: httpx.Client) -> list[str]:
    """An event page and a document page picked from the store itself."""
    ev = client.get("/api/events?limit=1&dyad=CHN-KAZ").json()["items"]
    if not ev:
        return []
    return [f"/events/{ev[0]['id']}", f"/documents/{ev[0]['doc_id']}"]


def time_url(client: httpx.Client, url: str, repeat: int) -> dict[str, float | int | str]:
    status = client.get(url).status_code  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = client.get(url)
        _ = r.content
        times.append((time.perf_counter() - t0) * 1000)
        status = r.status_code
    times.sort()
    return {"url": url, "status": status, "median_ms": round(statistics.median(times), 1),
            "p90_ms": round(times[min(len(times) - 1, int(len(times) * 0.9))], 1), "bytes": len(r.content)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("benchmarks/out/synthetic.db"))
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--json", action="store_true", help="Print JSON instead of a Markdown table.")
    parser.add_argument("--group", action="append", help="Only this group of URLs (repeatable).")
    args = parser.parse_args()
    if not args.db.is_file():
        sys.exit(f"no store at {args.db}: build it with benchmarks/make_synthetic_store.py")
    port = free_port()
    proc = start_server(args.db, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            stats = client.get("/api/stats").json()
            groups = {**GROUPS, "other pages": GROUPS["other pages"] + sample_ids(client)}
            groups = {g: u for g, u in groups.items() if not args.group or g in args.group}
            results = {g: [time_url(client, u, args.repeat) for u in urls] for g, urls in groups.items()}
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    report(stats, results, args.json)


def report(stats: dict[str, object], results: dict[str, list[dict[str, float | int | str]]], as_json: bool) -> None:
    if as_json:
        print(json.dumps({"store": stats, "results": results}, indent=2))
        return
    print(f"store: {json.dumps(stats['counts'])}\n")
    print("| group | url | status | median ms | p90 ms | bytes |")
    print("|---|---|---|---|---|---|")
    for group, rows in results.items():
        for r in rows:
            print(f"| {group} | `{r['url']}` | {r['status']} | {r['median_ms']} | {r['p90_ms']} | {r['bytes']} |")
    print()
    for group, rows in results.items():
        medians = [float(r["median_ms"]) for r in rows]
        print(f"- {group}: median of medians {statistics.median(medians):.1f} ms, worst median {max(medians):.1f} ms")


if __name__ == "__main__":
    main()
