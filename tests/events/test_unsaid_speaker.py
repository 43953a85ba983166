"""A verbal act told in the passive with no doer keeps no source (events/code.py `_unsaid_speaker`): the
story's other side is not guessed for "X is accused of".

The second sentence of the first passage is a WCEP bullet (2025); its lead sentence and the other passages are
written for these tests. No gold sentence is copied.
"""

from __future__ import annotations

from tidings.analysis import code_text


def _accusers(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, "2025-06-01") if e.plover == "ACCUSE"]


def test_an_accusation_with_no_accuser_named_keeps_no_source() -> None:
    text = ("Sudan's army and the RSF fought for control of Khartoum on Monday. Sudan's army said it had retaken "
            "the palace. The RSF are accused of stealing ambulances, food supplies, and other civilian equipment "
            "in Khartoum.")
    assert _accusers(text) == [(None, "SDN")]


def test_the_other_side_is_not_guessed_for_a_passive_accusation() -> None:
    text = ("Kenya and Uganda have quarrelled over fishing rights for months. Uganda was accused on Monday of "
            "seizing Kenyan fishing boats on Lake Victoria.")
    assert _accusers(text) == [(None, "UGA")]


def test_an_accuser_named_by_the_agent_phrase_stays() -> None:
    text = ("Kenya and Uganda have quarrelled over fishing rights for months. Uganda was accused by Kenya on "
            "Monday of seizing Kenyan fishing boats on Lake Victoria.")
    assert _accusers(text) == [("KEN", "UGA")]
