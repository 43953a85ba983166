"""Write the hostile-input corpus of issue 8 (binary, empty, huge, deeply nested, badly encoded, bombs,
broken JSONL/CSV lines, non-English, mutated articles) and its manifest of what each input must become.

    .venv/bin/python benchmarks/make_hostile_corpus.py /tmp/hostile
    .venv/bin/tidings ingest --db /tmp/hostile.db /tmp/hostile; .venv/bin/tidings failures --db /tmp/hostile.db

The generator lives in tests/reliability/hostile.py (the test ingests the same corpus).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from reliability.hostile import make_hostile_corpus


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: make_hostile_corpus.py OUT_DIR")
    out = Path(sys.argv[1])
    manifest = make_hostile_corpus(out)
    print(f"{out}: {manifest['counts']} (manifest.json says what each input must become)")


if __name__ == "__main__":
    main()
