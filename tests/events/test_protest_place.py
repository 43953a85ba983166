"""Crowds protesting in a named place are of that place's country, and the state body of no named country they
protest against is theirs (events/code.py `_protesters_placed`, `_held_protest`, `_capital_of`,
`_protested_state`, `_not_home`). The first passages are written for these tests; the held protests are WCEP
bullets (not gold)."""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.records import Event


def _protests(text: str) -> list[Event]:
    return [e for e in code_text(text, "2025-03-01") if e.plover == "PROTEST"]


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in _protests(text)]


def test_crowd_in_a_capital_is_of_its_country() -> None:
    assert _sides("Students rallied in Tbilisi.") == [("GEO", None)]
    assert _sides("Hundreds of workers went on strike in Buenos Aires on Monday.") == [("ARG", None)]


def test_crowd_placed_by_its_own_phrase() -> None:
    assert _sides("Students in Tbilisi went on strike.") == [("GEO", None)]


def test_the_government_protested_against_is_the_crowd_s() -> None:
    assert _sides("Thousands of students protested in Tbilisi against the government.") == [("GEO", "GEO")]


def test_named_crowd_abroad_keeps_its_country() -> None:
    assert ("IRN", "IRN") in _sides("Iranian exiles rallied in London against the government in Tehran.")


def test_held_protests_are_of_the_place() -> None:
    assert _sides("Mass demonstrations are held across the Philippines to protest corruption in government "
                  "flood control infrastructure projects.") == [("PHL", None)]
    assert _sides("A anti-war protest is held in Ottawa, Canada outside a defense conference at the Château "
                  "Laurier to call for an end to the war and a reduction in defense spending.") == [("CAN", None)]


def test_no_home_from_several_places_or_an_embassy() -> None:
    assert _sides("Protests over fuel prices are held in Ireland and Norway.") == []
    assert ("USA", "KOR") not in _sides("A anti-war demonstration organized by the People's Solidarity for "
                                        "Participatory Democracy is held at the U.S. Embassy in Seoul, South Korea.")


def test_unplaced_crowd_in_no_place_is_not_placed() -> None:
    """No country for a crowd no place is named for; its protest is kept unplaced (events/code.py `_kind_protest`,
    session 16), in a sentence or on a page that names no country."""
    assert _sides("Thousands of students protested against the government.") == [(None, None)]
