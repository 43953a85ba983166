"""What review and the overview cost on a large store.

    .venv/bin/python benchmarks/bench_review.py --db benchmarks/out/synthetic.db

1. The overview's counts are kept by triggers on `happenings`; every fusion pass rewrites that table. This
   times rewriting every happening (delete all, insert all again, as `write_fusion` does) with and without
   the overview triggers, inside a transaction that is rolled back (the store is left as it was).
2. A review decision writes one row and re-applies the review (`apply_to_document`, `refresh_reviewed`).
   This times `--decisions` rejections and corrections of events of the weightiest happenings. They stay in
   the store: run it last, or on a copy (`--decisions 0` skips it).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from tidings.store import Store, review

OVERVIEW_TRIGGERS = ("overview_ai", "overview_ad", "overview_au_old", "overview_au_new")


def rewrite_happenings(store: Store, keep_triggers: bool) -> float:
    """Seconds to delete and re-insert every happening, rolled back afterwards."""
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        if not keep_triggers:
            for name in OVERVIEW_TRIGGERS:
                conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute("CREATE TEMP TABLE h_copy AS SELECT * FROM happenings")
        started = time.perf_counter()
        conn.execute("DELETE FROM happenings")
        conn.execute("INSERT INTO happenings SELECT * FROM h_copy")
        return time.perf_counter() - started
    finally:
        conn.execute("ROLLBACK")
        conn.execute("DROP TABLE IF EXISTS temp.h_copy")


def time_decisions(store: Store, n: int) -> dict[str, float]:
    """Median seconds per decision (reject, then correct), on events of the weightiest happenings."""
    rows = store.query("SELECT m.item_id FROM happenings h JOIN happening_mentions m ON m.happening_id = h.id "
                       "AND m.kind = 'event' ORDER BY h.weight DESC LIMIT ?", (2 * n,))
    ids = [r[0] for r in rows]
    times: dict[str, list[float]] = {"reject": [], "correct": []}
    for i, event_id in enumerate(ids):
        action = "reject" if i % 2 == 0 else "correct"
        started = time.perf_counter()
        review.decide_event(store, event_id, action, reviewer="bench", reason="benchmark",
                            changes={"target": {"text": "Oslo", "country": "NOR"}} if action == "correct" else None)
        times[action].append(time.perf_counter() - started)
    return {k: round(statistics.median(v) * 1000, 1) for k, v in times.items() if v}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("benchmarks/out/synthetic.db"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--decisions", type=int, default=10, help="Decisions to time (they stay in the store).")
    args = parser.parse_args()
    if not args.db.is_file():
        sys.exit(f"no store at {args.db}: build it with benchmarks/make_synthetic_store.py")
    with Store(args.db) as store:
        happenings = store.query("SELECT COUNT(*) FROM happenings")[0][0]
        with_t = [rewrite_happenings(store, True) for _ in range(args.repeat)]
        without = [rewrite_happenings(store, False) for _ in range(args.repeat)]
        out: dict[str, object] = {
            "happenings": happenings,
            "rewrite_with_overview_triggers_s": round(statistics.median(with_t), 2),
            "rewrite_without_overview_triggers_s": round(statistics.median(without), 2),
        }
        if args.decisions:
            out["decision_median_ms"] = time_decisions(store, args.decisions)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
