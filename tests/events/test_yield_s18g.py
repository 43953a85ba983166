"""Yield families of session 18 (s18g): CAMEO 08x wording that PETRARCH-2's blocks give and verbs.txt hid (comply
with, abide by, obey, give up arms or power, step aside, back off, honour or implement a ceasefire, cut troops,
decommission weapons, troops standing down, checkpoints removed, aid let in), and "X is to blame", whose subject is
the accused, not an accuser. Passages are written for these tests."""

from __future__ import annotations

import pytest

from tidings.analysis import code_text


def coded(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(verb text, CAMEO code, source text, target text) of each coded event."""
    return [(text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "", e.cameo,
             e.source.text if e.source else None, e.target.text if e.target else None)
            for e in code_text(text, "2024-05-02")]


def codes(text: str) -> set[str]:
    return {code for _, code, _, _ in coded(text)}


@pytest.mark.parametrize(("text", "code"), [
    ("Iran complied with the demands of the IAEA on Tuesday.", "083"),
    ("The government of Kenya obeyed the court ruling on Monday.", "080"),
    ("Iran abided by the demands of the IAEA.", "083"),
    ("The Syrian army abided by the truce.", "0871"),
    ("The army of Myanmar honoured the ceasefire with the ethnic rebels.", "0871"),
    ("The Libyan army implemented the ceasefire with the rebels.", "0871"),
    ("The Palestinian militants gave up their weapons to Egyptian forces.", "0873"),
    ("The king of Nepal gave up power in 2008.", "0831"),
    ("The president of Peru stepped aside after the vote.", "0831"),
    ("Israel backed off its demand for a buffer zone.", "080"),
    ("Russia reduced its troops on the border with Ukraine.", "0873"),
    ("The IRA decommissioned its weapons.", "0873"),
    ("Chinese troops stood down along the border with India.", "087"),
    ("Israel removed checkpoints in the West Bank.", "0872"),
    ("Israel let aid trucks into Gaza.", "0863"),
])
def test_yield_wording(text: str, code: str) -> None:
    assert code in codes(text), coded(text)


def test_a_ceasefire_honoured_is_no_praise() -> None:
    assert "051" not in codes("The army of Myanmar honoured the ceasefire with the ethnic rebels.")


def test_weapons_given_up_are_no_aid() -> None:
    assert "070" not in codes("The Palestinian militants gave up their weapons to Egyptian forces.")


def test_rules_complied_with_are_no_concession() -> None:
    assert not coded("Companies must comply with the new rules of the European Union.")


def test_an_occupation_ended_by_troops_is_no_ended_protest() -> None:
    # the occupation may be another's ("troops entered the town, ending months of occupation")
    assert "082" not in codes("Russian troops entered the town of Sudzha, ending seven months of Ukrainian occupation.")


def test_the_subject_of_to_blame_is_no_accuser() -> None:
    events = coded("Greece was to blame for the collapse of the talks with Turkey.")
    assert not any(code.startswith("11") and source == "Greece" for _, code, source, _ in events), events


def test_a_speaker_saying_an_actor_is_to_blame_accuses_it() -> None:
    events = coded("The government of Turkey is to blame for the crisis, Greece said on Monday.")
    assert any(code == "112" and source == "Greece" and target and "Turkey" in target
               for _, code, source, target in events), events
