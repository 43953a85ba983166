"""Unowned groups in a story that names one country only (events/code.py `_home_groups`).

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text

ONE_COUNTRY = "Kenya's parliament met on Monday. The Kenyan president did not attend. "


def _of(text: str, plover: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, "2025-06-01") if e.plover == plover]


def test_groups_acting_on_each_other_are_the_story_country() -> None:
    assert _of(ONE_COUNTRY + "Lawmakers accused the police of brutality.", "ACCUSE") == [("KEN", "KEN")]


def test_a_story_of_two_countries_leaves_them_unplaced() -> None:
    text = "Kenya and Uganda signed a trade deal on Monday. Lawmakers accused the police of brutality."
    assert ("KEN", "KEN") not in _of(text, "ACCUSE")


def test_a_protest_needs_no_addressee() -> None:
    """The group is placed although no addressee is named, and none is added."""
    text = ONE_COUNTRY + "Opposition lawmakers led a protest march to the electoral commission."
    assert _of(text, "PROTEST") == [("KEN", None)]


def test_a_one_country_story_is_its_own_other_side() -> None:
    """A doer with no one named to receive its act: the one-country story gives its own country as target."""
    text = ONE_COUNTRY + "Kenya's main opposition party threatened to boycott the next election."
    assert [t for _, t in _of(text, "THREATEN")] == ["KEN"]


def test_one_mention_does_not_make_a_story_about_a_country() -> None:
    assert ("KEN", "KEN") not in _of("Kenya's lawmakers met. Lawmakers accused the police of brutality.", "ACCUSE")


def test_a_group_acting_on_no_one_stays_out() -> None:
    """A warning to nobody by an unnamed group is a statement, not a threat: placing the doctors would keep it."""
    assert _of(ONE_COUNTRY + "Doctors warned that the flu season would be hard.", "THREATEN") == []


def test_a_state_body_in_verbal_conflict_with_no_one_named_is_the_story_country() -> None:
    """Rejecting, threatening, demanding: a state body contends in its own country's politics."""
    assert [s for s, _ in _of(ONE_COUNTRY + "The judges threatened to resign.", "THREATEN")] == ["KEN"]


def test_a_state_body_praising_no_one_stays_out() -> None:
    """Verbal cooperation with no addressee is a statement more often than an event."""
    assert _of(ONE_COUNTRY + "Lawmakers praised the finance bill.", "SUPPORT") == []


def test_a_private_group_in_verbal_conflict_stays_out() -> None:
    assert _of(ONE_COUNTRY + "Doctors threatened to strike.", "THREATEN") == []


def test_in_a_story_of_several_countries_a_court_contends_where_the_story_happens() -> None:
    text = ("Police fired tear gas at protesters in Kenya on Monday. Clashes also broke out at a market in Kenya. "
            "Britain and the US urged calm. The judges demanded an inquiry into the killings.")
    assert [s for s, _ in _of(text, "REQUEST") if s not in ("GBR", "USA")] == ["KEN"]


def test_in_a_story_of_several_countries_lawmakers_stay_unplaced() -> None:
    text = ("Police fired tear gas at protesters in Kenya on Monday. Clashes also broke out at a market in Kenya. "
            "Britain and the US urged calm. Lawmakers demanded an inquiry into the killings.")
    assert [s for s, _ in _of(text, "REQUEST") if s not in ("GBR", "USA")] == []
