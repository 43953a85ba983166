"""A share of a population saying or wanting an act is a poll's answer, not an act (events/code.py `_polled`).
Passages written for these tests."""

from __future__ import annotations

from tidings.analysis import code_text

DAY = "2019-11-20"


def test_a_poll_share_that_says_an_act_should_happen_codes_nothing() -> None:
    for text in ("Fifty-one percent say that the president should be impeached and removed from office.",
                 "A majority of Americans say Congress should investigate the president.",
                 "Most voters want Britain to leave the European Union."):
        assert [e.plover for e in code_text(text, DAY) if e.plover] == [], text


def test_a_share_that_acts_still_acts() -> None:
    """Only a verb of saying or wanting makes a poll: a majority that votes, troops that withdraw, act."""
    assert any(e.plover for e in code_text("The majority of lawmakers voted to impeach the president.", DAY))
    assert any(e.plover for e in code_text("Half of the troops withdrew from the town on Monday.", DAY))


def test_a_government_saying_an_act_should_happen_still_asks() -> None:
    events = code_text("Russia said the United States should withdraw its troops from Syria.", DAY)
    assert [(e.plover, e.source.country if e.source else None) for e in events] == [("REQUEST", "RUS")]
