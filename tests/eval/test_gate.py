"""Evaluations as gates: the committed baseline holds, and lowering a floor-relevant behaviour fails it.

The mutation test runs the gate for real on a copy of the package whose verb pattern file lost every other
pattern: the PLOVER figures fall and `tidings eval --gate` must exit 1 (the unmutated package exits 0).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import tidings
from tidings.eval import shared_dir
from tidings.eval.gate import BASELINE, EVALUATIONS, check, corpus_sha256, load_baseline, rebaseline

SHARED = shared_dir(None, "event_coding_gold/plover_gsr")
needs_shared = pytest.mark.skipif(SHARED is None, reason="the shared gold sets are not beside the repository")


def result(figures: dict[str, float], sha: str = "abc") -> dict[str, Any]:
    return {"sha256": sha, "figures": figures, "seconds": 1.0}


def test_every_gated_evaluation_is_in_the_committed_baseline() -> None:
    baseline = load_baseline(BASELINE)
    assert set(baseline["evaluations"]) == set(EVALUATIONS)
    for name, entry in baseline["evaluations"].items():
        assert len(entry["sha256"]) == 64 and entry["bounds"], name


def test_bounds_floors_ceilings_and_corpus() -> None:
    base = rebaseline({"realnews": result({"all_recall": 0.1976, "all_non_event_hits": 8.0})}, {"evaluations": {}})
    bounds = base["evaluations"]["realnews"]["bounds"]
    assert bounds == {"all_recall": {"floor": 0.197}, "all_non_event_hits": {"ceiling": 8.0}}
    assert check({"realnews": result({"all_recall": 0.197, "all_non_event_hits": 8.0})}, base) == []
    lower = check({"realnews": result({"all_recall": 0.19, "all_non_event_hits": 8.0})}, base)
    assert lower == ["realnews.all_recall: 0.19 below the floor 0.197"]
    more = check({"realnews": result({"all_recall": 0.2, "all_non_event_hits": 9.0})}, base)
    assert more == ["realnews.all_non_event_hits: 9.0 above the ceiling 8.0"]
    changed = check({"realnews": result({"all_recall": 0.2, "all_non_event_hits": 8.0}, sha="def")}, base)
    assert len(changed) == 1 and "the corpus changed" in changed[0]
    gone = check({"realnews": result({"all_non_event_hits": 8.0})}, base)
    assert gone == ["realnews.all_recall: not measured any more"]


def test_the_corpus_hash_follows_every_byte(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text("[1]", encoding="utf-8")
    before = corpus_sha256(tmp_path, ["gold"])
    (tmp_path / "gold" / "a.json").write_text("[2]", encoding="utf-8")
    assert corpus_sha256(tmp_path, ["gold"]) != before


def gate(pythonpath: Path | None, shared: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run([sys.executable, "-m", "tidings", "eval", "--gate", "--only", "plover", "--shared",
                           str(shared)], capture_output=True, text=True, env=env, check=False)


@needs_shared
@pytest.mark.slow
def test_a_mutated_pattern_file_fails_the_gate(tmp_path: Path) -> None:
    assert SHARED is not None
    shared = SHARED.resolve()
    kept = gate(None, shared)
    assert kept.returncode == 0, kept.stderr
    package = Path(tidings.__file__).parent
    copy = tmp_path / "src" / "tidings"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    verbs = copy / "data" / "patterns" / "verbs.txt"
    lines = verbs.read_text(encoding="utf-8").splitlines()
    patterns = [i for i, line in enumerate(lines) if line.strip() and not line.startswith("#")]
    dropped = set(patterns[::2])
    verbs.write_text("\n".join(line for i, line in enumerate(lines) if i not in dropped) + "\n", encoding="utf-8")
    # derived event nouns code as their verb's unconditioned line, which the cut may have dropped (a load error, not
    # a low figure): they go too, whatever the parity of the lines above
    (copy / "data" / "patterns" / "derived_nouns.txt").write_text("", encoding="utf-8")
    broken = gate(tmp_path / "src", shared)
    assert broken.returncode == 1, broken.stderr
    assert "GATE plover." in broken.stderr and "below the floor" in broken.stderr
