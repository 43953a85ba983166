"""A state or city office takes the country of its place (the gazetteer): "Kentucky Governor", "the mayor
of Lyon", and so does a body of the state ("Lagos police", "police in Chicago"); a town's office is not the
nation's ("the Ontario premier" is no prime minister).

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


@pytest.mark.parametrize(("text", "body", "country"), [
    ("Lagos police arrested two men.", "Lagos police", "NGA"),
    ("Chicago police arrested three men after the shooting.", "Chicago police", "USA"),
    ("Police in Chicago arrested three men after the shooting.", "Police", "USA"),
    ("A court in Lahore sentenced the activist to five years.", "A court", "PAK"),
])
def test_a_body_of_a_town(mentions, text: str, body: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """A town, state or province before a body of the state, or after "in", places it (written for the test)."""
    assert mentions(text, "2025-01-10")[body].country == country


def test_an_office_of_a_province_is_not_the_nations(mentions) -> None:  # type: ignore[no-untyped-def]
    """"The Ontario premier" is Canada's, but not Canada's prime minister (written for the test)."""
    found = mentions("The Ontario premier criticised the tariffs.", "2025-01-10")["Ontario premier"]
    assert (found.country, found.name) == ("CAN", None)


def test_a_wcep_bullet_of_a_state_police(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Puntland police capture several IS-Somalia militants accused of involvement in extortion "
                     "and bombings in Bosaso, the capital of the Bari Region.", "2025-02-10")
    assert found["Puntland police"].country == "SOM"


@pytest.mark.parametrize("level", ["state", "county"])
def test_a_level_word_between_place_and_office(mentions, base, level: str) -> None:  # type: ignore[no-untyped-def]
    """The level words ("state", "county") are data (sectors.tsv kind place_level), written for the test."""
    assert level in base.place_levels
    found = mentions(f"The Texas {level} attorney general sued the company.", "2025-01-10")
    assert found[f"Texas {level} attorney general"].country == "USA"
