"""Evaluation against gold sets: each module reads one corpus and returns its figures.

The gold sets live in the project's `shared/` folder beside the repository (never inside it);
`shared_dir` finds it the same way for every `tidings eval` command.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def shared_dir(given: str | Path | None = None, must_have: str = "") -> Path | None:
    """The shared data folder: the one given, then $TIDINGS_SHARED, then ../shared beside the working
    directory, then ../shared beside the repository; the first that holds `must_have`, else None."""
    candidates = [given, os.environ.get("TIDINGS_SHARED"), Path("..", "shared"), REPO.parent / "shared"]
    for candidate in candidates:
        if candidate and Path(candidate, must_have).exists():
            return Path(candidate)
    return None
