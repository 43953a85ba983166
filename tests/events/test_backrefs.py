"""Doers and targets named by a back-reference (s16a, issue 13): a definite description by a general noun ("the
group", "the agency", "the bloc", "the militants") stands for the nearest earlier actor of a kind the noun fits, a
few sentences back at most (events/arguments.py `ActorIndex._describe`, data/actors/back_references.toml).

Passages are written for these tests; no gold sentence is copied.
"""

from __future__ import annotations

from tidings.analysis import code_text

DATE = "2025-06-10"


def _sides(text: str, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, DATE) if e.cameo.startswith(root)]


def _doers(text: str, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.text, e.source.country) if e.source else (None, None)
            for e in code_text(text, DATE) if e.cameo.startswith(root)]


def test_the_group_is_the_armed_group_named_before() -> None:
    text = ("Hamas fighters fired rockets at southern Israel on Monday, the army said. "
            "The group also threatened to seize more Israeli soldiers.")
    assert ("The group", "PSE") in _doers(text, "13")


def test_the_militants_are_the_armed_group_named_before() -> None:
    text = "The Taliban stormed a police post in Ghazni province overnight. The militants killed five Afghan soldiers."
    assert ("The militants", "AFG") in _doers(text, "19")


def test_the_bloc_is_the_international_organisation_named_before() -> None:
    text = ("The European Union agreed a new round of sanctions on Monday. "
            "The bloc also accused Russia of meddling in the Moldovan election.")
    assert ("EU", "RUS") in _sides(text, "11")


def test_the_agency_is_the_state_agency_named_before() -> None:
    text = ("U.S. Customs and Border Protection opened a new detention center in Texas last month. "
            "The agency arrested 40 migrants near El Paso on Tuesday.")
    assert _doers(text, "173") == [("The agency", "USA")]


def test_a_person_is_not_what_the_agency_stands_for() -> None:
    text = ("Kristi Noem visited the border in Texas on Monday. "
            "The agency arrested 40 migrants near El Paso on Tuesday.")
    assert all(doer[1] is None for doer in _doers(text, "173"))


def test_a_group_with_a_phrase_of_its_own_is_another_group() -> None:
    # "a group OF doctors" is no armed group named before, and "the group of doctors" names a new one
    text = ("Hezbollah fired drones at northern Israel on Sunday. "
            "The group of doctors also accused Israel of attacking hospitals.")
    assert all(doer[1] != "LBN" for doer in _doers(text, "11"))


def test_an_actor_named_too_far_back_is_not_taken() -> None:
    filler = " ".join(f"Rain fell on the hills on day {n} of the month." for n in range(1, 7))
    text = f"Hamas fighters fired rockets at southern Israel on Monday. {filler} The group threatened to fight on."
    assert all(doer[1] != "PSE" for doer in _doers(text, "13"))


def test_the_ministry_is_the_nearest_ministry_named_before() -> None:
    text = ("Egypt's foreign ministry condemned the raid on Tuesday. Later in the day Jordan's foreign ministry called "
            "it a violation of international law. The ministry also urged Israel to halt the strikes.")
    assert ("JOR", "ISR") in _sides(text, "02")


def test_the_government_is_the_nearest_government_named_before() -> None:
    # "Jordan's" read as a person's name by the parser does not make Jordan's government a person
    text = ("The Syrian government said on Monday it would open the border. Jordan's government welcomed the move. "
            "The government also accused Israel of blocking aid.")
    assert ("JOR", "ISR") in _sides(text, "11")


def test_the_administration_is_the_one_its_owner_named_before() -> None:
    text = "The Trump administration imposed new tariffs on China. The administration also threatened the EU."
    assert ("The administration", "USA") in _doers(text, "13")
