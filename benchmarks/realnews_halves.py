"""Score tidings on the real-news dev gold (../shared/gold/realnews/dev.json), by tune and check half.

Ingests the 20 gold pages into a fresh store, exports the events and runs the shared scorer
(`tools/score_realnews.py`) on the whole set and on each half of the fixed split
(`tidings.eval.split`, keyed by article id).

    .venv/bin/python benchmarks/realnews_halves.py [--shared ../shared] [--keep DIR] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from tidings.eval.split import split_keys

GOLD = Path("gold/realnews/dev.json")
SCORER = Path("tools/score_realnews.py")


def build_store(shared: Path, work: Path) -> Path:
    """Write each gold page as `<id>.html`, ingest them, export the events as JSON lines."""
    gold = json.loads((shared / GOLD).read_text(encoding="utf-8"))
    pages = work / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    for article in gold["articles"]:
        html = gzip.decompress((shared / article["file"]).read_bytes())
        (pages / f"{article['id']}.html").write_bytes(html)
    tidings = [sys.executable, "-m", "tidings"]
    store = work / "s.db"
    subprocess.run([*tidings, "ingest", "--db", str(store), str(pages)], check=False,
                   stderr=subprocess.DEVNULL)
    events = work / "e.jsonl"
    with events.open("w", encoding="utf-8") as out:
        subprocess.run([*tidings, "events", "--db", str(store), "--format", "jsonl"], check=True,
                       stdout=out)
    return events


def half_gold(shared: Path, work: Path) -> dict[str, Path]:
    """The gold file and its two halves, written beside the store."""
    gold = json.loads((shared / GOLD).read_text(encoding="utf-8"))
    tune, check = split_keys(a["id"] for a in gold["articles"])
    files = {"all": shared / GOLD}
    for name, keys in (("tune", tune), ("check", check)):
        part = dict(gold, articles=[a for a in gold["articles"] if a["id"] in keys])
        files[name] = work / f"gold-{name}.json"
        files[name].write_text(json.dumps(part), encoding="utf-8")
    return files


def score(shared: Path, gold: Path, events: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(shared / SCORER), str(gold), str(events), "--json"],
                         check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--keep", help="work folder to keep (default: a temporary one)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    shared = Path(args.shared)
    work = Path(args.keep or tempfile.mkdtemp(prefix="tidings-realnews-"))
    events = build_store(shared, work)
    results = {name: score(shared, gold, events) for name, gold in half_gold(shared, work).items()}
    if args.json:
        print(json.dumps(results))
        return 0
    keys = ["recall", "precision", "f1", "source_country", "target_country", "date", "mode",
            "all_right", "non_event_hits", "statements", "system_events", "matched"]
    print("half   " + " ".join(f"{k[:10]:>10}" for k in keys))
    for name, figures in results.items():
        print(f"{name:6} " + " ".join(f"{figures.get(k, float('nan')):>10.3f}" for k in keys))
    print(f"work folder: {work}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
