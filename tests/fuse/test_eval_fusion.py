"""B-cubed and the ECB+ reader (on two topics, when ../shared is present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.eval.fusion import GoldDoc, bcubed, bcubed_by_topic, detokenize, evaluate_ecbplus


def test_bcubed_perfect_and_lumped() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed({"a": "x", "b": "x", "c": "y"}, gold) == (1.0, 1.0, 1.0)
    p, r, _ = bcubed({"a": "x", "b": "x", "c": "x"}, gold)
    assert r == 1.0 and p == pytest.approx(5 / 9)


def test_ecbplus_two_topics(shared_dir: Path) -> None:
    result = evaluate_ecbplus(shared_dir / "corpora" / "ecbplus" / "ECB+.tar.gz", topics=[1, 3])
    assert result["gold_clusters"] == 4
    assert result["bcubed_f1"] >= 0.8


def test_bcubed_by_topic_counts_other_topics_in_a_cluster() -> None:
    docs = [GoldDoc("1a", 1, False, ""), GoldDoc("1b", 1, True, ""), GoldDoc("2a", 2, False, "")]
    per_topic = bcubed_by_topic({"1a": "x", "1b": "y", "2a": "x"}, docs)
    assert per_topic[1] == pytest.approx(2 * 0.75 / 1.75, abs=1e-4)  # 1a shares its cluster with 2a
    assert per_topic[2] == pytest.approx(2 * 0.5 / 1.5, abs=1e-4)


def _tokens(text: str) -> list[str]:
    return text.split()


def test_both_tokenisations_render_alike() -> None:
    """ECB+ split numbers and clitics in one half and not in the other; the text we cluster must not differ."""
    fine = detokenize(_tokens("A 5 . 9 quake hit Iran 's south , killing 1 , 200 ( officials said ) ."))
    coarse = detokenize(_tokens("A 5.9 quake hit Iran's south , killing 1,200 ( officials said ) ."))
    assert fine == coarse == "A 5.9 quake hit Iran's south, killing 1,200 (officials said)."


def test_detokenize_keeps_lists_of_numbers_apart() -> None:
    assert detokenize(_tokens("in 2008 , 2009 and 3 , 5 cases")) == "in 2008, 2009 and 3, 5 cases"
