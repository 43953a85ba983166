"""Acts told by a noun that had no reading (session 16f): talks named after "following", which the parse may read as a
participle taking the talks as its object.

The text marked "WCEP" is a Wikipedia Current Events Portal bullet (2025, `../shared/corpora/wcep_daily_2025-01_to_
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


def test_negotiations_after_following_are_held_by_the_subject() -> None:  # WCEP 2025
    text = ("Belarus releases 52 political prisoners, including 14 foreign nationals, following negotiations with the "
            "United States.")
    assert _met(text, "BLR", "USA")


def test_a_meeting_after_following_read_as_a_preposition_is_held_by_the_subject() -> None:
    assert _met("Kenya recalled its envoy following a meeting with the Ugandan president.", "KEN", "UGA")


def test_following_hung_on_the_object_lends_the_talks_the_clause_subject() -> None:
    # the parse hangs "following" on "tariffs": the talks are still the subject's
    assert _met("France announced new tariffs following talks with China.", "FRA", "CHN")


def test_following_with_a_subject_of_its_own_is_a_verb() -> None:
    text = "Journalists from Brazil were following the talks with Iran closely."
    assert not _met(text, "BRA", "IRN")
