"""Peak memory of `tidings events --format jsonl` on a store of a million events (issue 16: streamed reads).

The store is synthetic and built fast: `Store()` makes the schema (every migration, index and trigger), then
10,000 documents of about 6,000 characters (sentences of the example articles, recombined with a seeded
generator) and 100 events per document are bulk-inserted, each event pointing at one of its document's
sentences. The command is then run under GNU time with its output thrown away: peak RSS of the streamed
JSON lines, with and without `--with-text`, and of the listed `--format json` for contrast (`--json-too`).

    python benchmarks/bench_stream_events.py --out /tmp/tb/events-1m.db
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "china-kazakhstan"
TIDINGS = str(Path(sys.executable).with_name("tidings"))
RESULTS = ROOT / "benchmarks" / "results" / "stream_events.json"
PLOVER = [("040", "CONSULT", 1, 1.0), ("057", "AGREE", 1, 8.0), ("070", "AID", 2, 7.0), ("112", "ACCUSE", 3, -2.0),
          ("051", "SUPPORT", 1, 3.4), ("190", "ASSAULT", 4, -10.0)]
COUNTRIES = ["CHN", "KAZ", "RUS", "USA", "KGZ", "UZB", "TUR", "IRN"]


def sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt")))
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if 40 <= len(s.strip()) <= 400]


def build(out: Path, documents: int, per_document: int, seed: int) -> dict[str, float]:
    from tidings.store import Store

    if out.exists():
        return {"built_s": 0.0}
    Store(out).close()
    rng = random.Random(seed)
    pool = sentences()
    started = time.perf_counter()
    conn = sqlite3.connect(out, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("BEGIN")
    for d in range(documents):
        chosen = [rng.choice(pool) for _ in range(40)]
        offsets, text = [], ""
        for s in chosen:
            offsets.append((len(text), len(text) + len(s)))
            text += s + " "
        doc_id = f"d{d:015d}"
        day = f"20{10 + d % 15:02d}-{1 + d % 12:02d}-{1 + d % 28:02d}"
        conn.execute("INSERT INTO documents (id, origin, content_sha, text, title, published, language, story_date, "
                     "story_date_earliest, story_date_latest, story_date_basis, story_date_confidence, ingested_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, 'published', 1.0, '2026-12-03T00:00:00Z')",
                     (doc_id, f"synthetic/{d}.txt", doc_id, text, chosen[0][:60], day, day, day, day))
        rows = []
        for k in range(per_document):
            start, end = offsets[k % len(offsets)]
            cameo, plover, quad, goldstein = rng.choice(PLOVER)
            a, b = rng.sample(COUNTRIES, 2)
            rows.append((f"e{d:09d}{k:04d}", doc_id, start, end, cameo, plover, quad, goldstein, "factual", day, day,
                         day, start, start + 5, a, b))
        conn.executemany("INSERT INTO events (id, doc_id, sentence_start, sentence_end, cameo, plover, quad_class, "
                         "goldstein, mode, date, date_earliest, date_latest, verb_start, verb_end, source_country, "
                         "target_country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    return {"built_s": round(time.perf_counter() - started, 1)}


def peak(args: list[str]) -> dict[str, float]:
    started = time.perf_counter()
    out = subprocess.run(["/usr/bin/time", "-v", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True, check=True)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr)
    assert rss is not None
    return {"peak_rss_mb": round(int(rss.group(1)) / 1024, 1), "wall_s": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/tidings-bench/events-1m.db"))
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--per-document", type=int, default=100)
    parser.add_argument("--json-too", action="store_true", help="Also measure the listed --format json.")
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    result: dict[str, object] = {**build(args.out, args.documents, args.per_document, seed=16)}
    count = sqlite3.connect(args.out).execute("SELECT COUNT(*) FROM events").fetchone()[0]
    base = [TIDINGS, "events", "--db", str(args.out), "--format"]
    result.update({"events": count, "jsonl": peak([*base, "jsonl"]), "jsonl_with_text": peak([*base, "jsonl",
                                                                                              "--with-text"])})
    if args.json_too:
        result["json_listed"] = peak([*base, "json"])
    result["command"] = " ".join(["python", "benchmarks/bench_stream_events.py", *sys.argv[1:]])
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
