"""Wrongs told by speech (events/judgments.py `_fault_told`, session 18e): a political speaker who says that a named
actor lied, failed to do what it owed, broke its promise or was to blame accuses that actor (PLOVER ACCUSE); a clause
that is negated or hedged, a fault the speaker owns, an act the book codes on its own and a plain report of fact
accuse no one.

Passages written for these tests; none is a gold sentence.
"""

from __future__ import annotations

from tidings.analysis import code_text

Coded = set[tuple[str | None, str | None, str | None]]


def _coded(text: str, date: str = "2025-06-01") -> Coded:
    return {(e.plover, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, date) if e.plover}


def _accused(text: str) -> Coded:
    return {c for c in _coded(text) if c[0] == "ACCUSE"}


def test_a_speaker_saying_an_actor_lied_accuses_it() -> None:
    assert ("ACCUSE", "DEU", "RUS") in _coded("The German chancellor said Moscow was lying about its troop movements.")


def test_a_quoted_lie_accuses_the_one_named() -> None:
    assert ("ACCUSE", "POL", "RUS") in _coded('"Moscow lied to the world," the Polish foreign minister said.')


def test_a_failure_to_act_told_by_speech_is_a_criticism() -> None:
    assert ("ACCUSE", "IND", "PAK") in _coded(
        "The Indian army said Pakistan had failed to stop militants crossing the border.")


def test_a_broken_promise_told_by_speech_is_a_criticism() -> None:
    assert ("ACCUSE", "PAK", "IND") in _coded("Pakistan's army said India had broken its promise to respect the truce.")


def test_an_actor_said_to_be_to_blame_is_accused_and_does_not_accuse() -> None:
    coded = _accused("The Turkish government said Greece was to blame for the collapse of the talks.")
    assert coded == {("ACCUSE", "TUR", "GRC")}


def test_a_speech_verb_coordinated_with_an_act_has_its_subject() -> None:
    assert ("ACCUSE", "TWN", "CHN") in _coded(
        "Taiwan lodged a protest with Somalia and claimed China had instigated the ban.")


def test_a_negated_fault_accuses_no_one() -> None:
    assert not _accused("Israel's foreign ministry said Iran had not lied about the enrichment.")


def test_a_hedged_fault_accuses_no_one() -> None:
    assert not _accused("The French minister said Germany may have misled its partners.")


def test_a_fault_the_speaker_owns_is_no_accusation() -> None:
    assert not _accused("The Egyptian ministry said it had failed to inform the public.")


def test_a_report_of_fact_is_no_accusation() -> None:
    assert not _accused("The Kenyan minister said Uganda had signed the trade deal.")


def test_an_act_the_book_codes_stays_that_act() -> None:
    assert not any(s == "UKR" and t == "RUS" for _, s, t in _accused(
        "The Ukrainian foreign ministry said Russia had violated the ceasefire."))


def test_a_failure_of_a_coded_act_stays_that_act() -> None:
    assert not _accused("Iran said the United States had failed to honour its commitments under the nuclear deal.")


def test_the_speech_verbs_own_mode_is_the_accusations() -> None:
    modes = {(e.plover, e.mode) for e in code_text(
        "The German chancellor did not say Moscow had lied about its troop movements.", "2025-06-01")}
    assert ("ACCUSE", "negated") in modes and ("ACCUSE", "factual") not in modes
