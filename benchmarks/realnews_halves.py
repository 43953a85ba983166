"""Score tidings on the real-news dev gold (../shared/gold/realnews/dev.json), by tune and check half.

The logic is the `realnews` evaluation gate's (`tidings.eval.gate.realnews_halves`): the 20 gold pages
ingested into a fresh store, the events exported, `tools/score_realnews.py` run on the whole set and on
each half of the fixed split (`tidings.eval.split`, keyed by article id). `tidings eval --gate --only
realnews` checks the same figures against the baseline.

    .venv/bin/python benchmarks/realnews_halves.py [--shared ../shared] [--json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tidings.config import load_settings
from tidings.eval.gate import realnews_halves


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = realnews_halves(Path(args.shared), load_settings())
    if args.json:
        print(json.dumps(results))
        return 0
    keys = ["recall", "precision", "f1", "source_country", "target_country", "date", "mode",
            "all_right", "non_event_hits", "statements", "system_events", "matched"]
    print("half   " + " ".join(f"{k[:10]:>10}" for k in keys))
    for name, figures in results.items():
        print(f"{name:6} " + " ".join(f"{figures.get(k, float('nan')):>10.3f}" for k in keys))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
