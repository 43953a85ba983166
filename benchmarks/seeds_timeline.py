"""Score the default seeds timeline: entry precision, core recall, recall, wrong dates, longest headline.

Ingests examples/china-kazakhstan into a fresh store, prints `tidings timeline --format json` and runs the
shared scorers on it (`tools/score_timeline.py`, then `tools/timeline_precision.py`, whose exit status says
whether the issue-15 bar is met: precision >= 0.85, core recall 1, recall >= 0.9, no wrong date, headlines
<= 120 characters).

    .venv/bin/python benchmarks/seeds_timeline.py [--shared ../shared] [--keep DIR] [-- timeline options]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = Path("gold/seeds/timeline.json")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--keep", help="work folder to keep (default: a temporary one)")
    parser.add_argument("options", nargs="*", help="extra `tidings timeline` options")
    args = parser.parse_args()
    shared = Path(args.shared)
    work = Path(args.keep or tempfile.mkdtemp(prefix="tidings-seeds-"))
    work.mkdir(parents=True, exist_ok=True)
    store, timeline = work / "seeds.db", work / "timeline.json"
    store.unlink(missing_ok=True)
    tidings = [sys.executable, "-m", "tidings"]
    subprocess.run([*tidings, "ingest", "-q", "--db", str(store), str(ROOT / "examples" / "china-kazakhstan")],
                   check=True)
    with timeline.open("w", encoding="utf-8") as out:
        subprocess.run([*tidings, "timeline", "--db", str(store), "--format", "json", *args.options], check=True,
                       stdout=out)
    gold = str(shared / GOLD)
    figures = subprocess.run([sys.executable, str(shared / "tools" / "score_timeline.py"), gold, str(timeline),
                              "--json"], check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    print(figures)
    return subprocess.run([sys.executable, str(shared / "tools" / "timeline_precision.py"), gold, str(timeline),
                           figures], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
