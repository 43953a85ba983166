"""A text that names no country (events/code.py `_countryless`): a state doer left unplaced keeps its act.

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text


def _coded(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.plover, e.source.sector if e.source else None, e.source.country if e.source else None)
            for e in code_text(text, "2025-06-01")]


def test_police_of_a_local_story_keep_their_arrest() -> None:
    assert _coded("Police arrested six men on Monday after a raid on a warehouse.") == [("COERCE", "COP", None)]


def test_a_court_with_no_one_named_keeps_its_ruling() -> None:
    assert ("REJECT", "JUD", None) in _coded("The appeals court overturned the ruling on Friday.")


def test_a_story_that_names_a_country_still_drops_the_unplaced_doer() -> None:
    """With a country named, a doer the actor finder left unplaced is one it failed to tie to the story."""
    text = "Kenya and Uganda signed a trade deal on Monday. The appeals court overturned the ruling on Friday."
    assert ("REJECT", "JUD", None) not in _coded(text)


def test_a_company_is_not_enough() -> None:
    """A private doer acting on someone, in a text with no country, is product or business news."""
    assert _coded("The company promised to fix the problems with its phones.") == []



def test_a_private_doer_is_not_enough_even_without_an_addressee() -> None:
    """Only a state doer is kept unplaced: a private group's protest in a text with no country gives nothing."""
    assert _coded("Teachers went on strike on Monday for better pay.") == []


def test_a_country_named_once_in_passing_keeps_the_local_police() -> None:
    """A local story that names one country once (here through its county sheriff, `us_county_offices.txt`) is no
    story about that country: its unplaced police keep their arrest, as in a text naming none (`_names_no_country`)."""
    text = ("The following reports come from the Marlow Police Department and the Pike County Sheriff's Office. "
            "A 34-year-old man was arrested by Marlow police for driving with a suspended licence.")
    assert ("COERCE", "COP", None) in _coded(text)
    passing = ("A man who had moved to the town from Canada last year was arrested by Marlow police on Monday for "
               "driving with a suspended licence.")
    assert ("COERCE", "COP", None) in _coded(passing)
