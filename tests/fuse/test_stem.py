"""Fusion's light stemmer: the forms of one word meet at one stem, so two outlets' wordings of one act overlap."""

from __future__ import annotations

import pytest

from tidings.fuse.text import content_words, stem


@pytest.mark.parametrize(("forms", "expected"), [
    (("swap", "swaps", "swapped", "swapping"), "swap"),
    (("plan", "plans", "planned", "planning"), "plan"),
    (("stop", "stopped", "stopping"), "stop"),
    (("ship", "shipped", "shipping"), "ship"),
    (("establish", "established", "establishment", "establishes"), "establish"),
])
def test_forms_of_a_word_meet(forms: tuple[str, ...], expected: str) -> None:
    assert {stem(f) for f in forms} == {expected}


@pytest.mark.parametrize("word", ["killed", "missed", "buzzed", "called", "passing"])
def test_a_double_l_s_or_z_stays(word: str) -> None:
    assert stem(word)[-2] == stem(word)[-1]


def test_two_wordings_of_one_exchange_share_the_act_word() -> None:
    # Written for the test in the manner of two wire reports of one prisoner exchange.
    one = "The rebels swapped two foreign hostages for three of their commanders on Tuesday."
    other = "Two hostages were freed Tuesday in a prisoner swap for three rebel commanders."
    shared = {t for t, _, _ in content_words(one)} & {t for t, _, _ in content_words(other)}
    assert {"swap", "hostag", "commander"} <= shared


def test_story_clustering_keeps_verb_forms_apart() -> None:
    """Whole articles are compared on their particulars (measured on ECB+ topics 1-35, see `weighted_terms`)."""
    from tidings.fuse.text import weighted_terms

    assert "swapp" in weighted_terms("The rebels swapped hostages.") and stem("swapped", undouble=False) == "swapp"
