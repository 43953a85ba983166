"""A text that names no country, or one country once (events/code.py `_countryless`, `_names_no_country`): a state
doer left unplaced keeps its act; police and courts of a text naming one country once, as the place things happen,
are that country's (`_named_once`).

Passages are written for these tests (no gold sentence is copied), except the Wikipedia Current Events Portal bullets
(2025; CC BY-SA 4.0, "Wikipedia contributors, Portal:Current events", via
../shared/corpora/wcep_daily_2025-01_to_2026-04, links stripped), which are not in the real-news gold.
"""

from __future__ import annotations

import pytest

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
    """Only a state doer is kept unplaced for any act: a private group's other acts in a text with no country give
    nothing. A protest is the exception (events/code.py `_kind_protest`, session 16): a strike is PLOVER PROTEST
    whoever holds it."""
    assert _coded("Teachers signed a new contract with the bakery on Monday.") == []
    assert _coded("Teachers went on strike on Monday for better pay.") == [("PROTEST", "EDU", None)]


def test_a_page_naming_a_country_once_in_passing_keeps_the_local_police() -> None:
    """A local page that names one country once (here through its county sheriff, `us_county_offices.txt`, or a
    man's origin) is no story about that country: its unplaced police keep their arrest, as in a text naming none
    (`_names_no_country`)."""
    blotter = ("The following reports come from the Marlow Police Department and the Pike County Sheriff's Office. "
               "A 34-year-old man was arrested by Marlow police for driving with a suspended licence. "
               "A woman was cited for speeding on Main Street.")
    assert ("COERCE", "COP", None) in _coded(blotter)
    passing = ("A man who had moved to the town from Canada last year was arrested by Marlow police on Monday for "
               "driving with a suspended licence. He was released on bond. His hearing is set for next month.")
    assert ("COERCE", "COP", None) in _coded(passing)


def test_a_sentence_naming_a_country_once_still_drops_the_unplaced_doer() -> None:
    """In a sentence or two, the one country named is the act's own frame: an unplaced doer stays a reason to drop
    the act (written for the test)."""
    assert ("REJECT", "JUD", None) not in _coded("Kenya's president said the appeals court overturned the ruling.")


@pytest.mark.parametrize(("text", "country"), [
    ("Three people are killed, including a child, and 109 others are injured, including three critically, by "
     "celebratory gunfire during Independence Day in Pakistan. Police arrest 86 suspects for their involvement and "
     "seize 68 illegal weapons.", "PAK"),
    ("At least 28 people are injured by a vehicle-ramming attack during a demonstration by the ver.di trade union in "
     "Munich, Germany. Police arrest the vehicle's driver, a 24-year-old man, at the scene on suspicion of Islamic "
     "terrorism.", "DEU"),
])
def test_wcep_police_of_the_one_country_named_as_the_place(text: str, country: str) -> None:
    assert ("COERCE", "COP", country) in _coded(text)
