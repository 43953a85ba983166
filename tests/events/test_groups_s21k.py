"""Police and crowds known by their kind, acting on no one named, in a story of one country (events/code.py
`_kind_at_home`).

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text

ONE_COUNTRY = "Chile's parliament met on Monday. The Chilean president did not attend. "
TWO_COUNTRIES = "Chile and Peru signed a trade deal on Monday. The Peruvian president did not attend. "


def _sources(text: str, plover: str) -> list[str | None]:
    return [e.source.country if e.source else None for e in code_text(text, "2025-06-01") if e.plover == plover]


def test_police_using_force_are_the_story_country() -> None:
    text = ONE_COUNTRY + "Riot police fired tear gas near the square."
    assert "CHL" in _sources(text, "ASSAULT") + _sources(text, "COERCE")


def test_youths_throwing_firebombs_are_the_story_country() -> None:
    text = ONE_COUNTRY + "Later about fifty youths hurled petrol bombs at a bank."
    assert "CHL" in _sources(text, "ASSAULT") + _sources(text, "COERCE")


def test_a_story_of_two_countries_leaves_them_unplaced() -> None:
    text = TWO_COUNTRIES + "Later about fifty youths hurled petrol bombs at a bank."
    assert _sources(text, "ASSAULT") + _sources(text, "COERCE") == []


def test_a_crowd_doing_no_force_stays_out() -> None:
    """Workers who only speak or move are no event of their country."""
    text = ONE_COUNTRY + "Later the workers returned to their villages."
    assert [e for e in code_text(text, "2025-06-01") if e.source and e.source.text.lower().endswith("workers")] == []
