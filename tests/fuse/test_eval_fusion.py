"""B-cubed and the ECB+ reader (on two topics, when ../shared is present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.eval.fusion import bcubed, evaluate_ecbplus


def test_bcubed_perfect_and_lumped() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed({"a": "x", "b": "x", "c": "y"}, gold) == (1.0, 1.0, 1.0)
    p, r, _ = bcubed({"a": "x", "b": "x", "c": "x"}, gold)
    assert r == 1.0 and p == pytest.approx(5 / 9)


def test_ecbplus_two_topics(shared_dir: Path) -> None:
    result = evaluate_ecbplus(shared_dir / "corpora" / "ecbplus" / "ECB+.tar.gz", topics=[1, 3])
    assert result["gold_clusters"] == 4
    assert result["bcubed_f1"] >= 0.8
