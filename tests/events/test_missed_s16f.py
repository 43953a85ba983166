"""Acts told by a noun that had no reading (session 16f): talks named after "following", which the parse reads as a
participle, and a telephone call told by the noun "call".

The texts marked "WCEP" are Wikipedia Current Events Portal bullets (2025, `../shared/corpora/wcep_daily_2025-01_to_
2026-04`, CC BY-SA 4.0); the others were written for these tests. None is a gold sentence.
"""

from __future__ import annotations

from tidings.analysis import code_text

Side = tuple[str | None, str | None]


def _pairs(text: str, plover: str, date: str = "2025-06-01") -> set[Side]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, date) if e.plover == plover}


def _met(text: str, one: str, other: str) -> bool:
    pairs = _pairs(text, "CONSULT")
    return (one, other) in pairs or (other, one) in pairs


# --- "following talks with X": the parse reads "following" as a participle with the talks as its object -------------


def test_negotiations_after_following_are_held_by_the_subject() -> None:  # WCEP 2025
    text = ("Belarus releases 52 political prisoners, including 14 foreign nationals, following negotiations with the "
            "United States.")
    assert _met(text, "BLR", "USA")


def test_a_meeting_after_following_is_held_by_the_subject() -> None:
    assert _met("Kenya recalled its envoy following a meeting with the Ugandan president.", "KEN", "UGA")


def test_following_hung_on_the_object_lends_the_talks_the_clause_subject() -> None:
    # the parse hangs "following" on "tariffs": the talks are still the subject's
    assert _met("France announced new tariffs following talks with China.", "FRA", "CHN")


def test_following_with_a_subject_of_its_own_is_a_verb() -> None:
    # "Germany, following talks with France" reads "following" as a preposition; a "following" that has a subject
    # is the verb ("the ministers following the talks with Iran closely") and lends the talks no doer
    text = "Journalists from Brazil were following the talks with Iran closely."
    assert not _met(text, "BRA", "IRN")


# --- "a call with X": a telephone call (CAMEO 041) -------------------------------------------------------------------


def test_a_call_with_a_leader_is_a_consultation() -> None:  # WCEP 2025
    text = ("During a phone call with U.S. president Donald Trump, Russian president Vladimir Putin offers a ceasefire "
            "for Victory Day on May 9.")
    assert _met(text, "RUS", "USA")


def test_a_call_for_something_is_no_consultation() -> None:
    assert _pairs("Hamas renewed its call for a ceasefire with Israel.", "CONSULT") == set()


def test_a_call_with_reporters_is_a_briefing() -> None:
    text = "The minister said in a conference call with reporters that the talks had failed."
    assert _pairs(text, "CONSULT") == set()
