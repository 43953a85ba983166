"""A state or city office takes the country of its place (the gazetteer): "Kentucky Governor", "the mayor
of Lyon". Only offices: a group named after a town ("Lagos police") is left to the event coder.

Sentences from the Wikipedia Current Events Portal (2025; CC BY-SA 4.0, "Wikipedia contributors,
Portal:Current events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04, links stripped), not in the
real-news gold; the Lyon sentence is written for the test.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name"), [
    ("Kentucky Governor Andy Beshear declares a state of emergency for Kentucky, United States, amidst the "
     "upcoming winter storm.", "Andy Beshear"),
    ("California Governor Gavin Newsom states that the ongoing wildfires impacting Los Angeles County could "
     "become the worst natural disaster in American history.", "Gavin Newsom"),
])
def test_a_governor_of_a_state(mentions, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    person = next(ref for ref in mentions(text, "2025-01-10").values() if ref.name == name)
    assert (person.country, person.sector) == ("USA", "GOV")


def test_the_mayor_of_a_city(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The mayor of Lyon said the march would go ahead.", "2025-01-10")
    assert found["The mayor of Lyon"].country == "FRA"


def test_a_group_named_after_a_town_is_left_alone(mentions) -> None:  # type: ignore[no-untyped-def]
    assert mentions("Lagos police arrested two men.", "2025-01-10")["police"].country is None


@pytest.mark.parametrize("level", ["state", "county"])
def test_a_level_word_between_place_and_office(mentions, base, level: str) -> None:  # type: ignore[no-untyped-def]
    """The level words ("state", "county") are data (sectors.tsv kind place_level), written for the test."""
    assert level in base.place_levels
    found = mentions(f"The Texas {level} attorney general sued the company.", "2025-01-10")
    assert found[f"Texas {level} attorney general"].country == "USA"
