"""A country's name or adjective naming a sea, strait, river or range ("the South China Sea", "the Sea of Japan",
"the Taiwan Strait": `feature_words.txt`) names a place, not the country: no actor is found there. So does a
country inside the name of a place of another country ("New Mexico", the gazetteer) or of a region ("Latin America");
and a named body holding a place word ("Scotland Yard") is that body.

The first two sentences are from the Wikipedia Current Events Portal (2025; CC BY-SA 4.0, "Wikipedia
contributors, Portal:Current events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04), not in the real-news
gold; the others are written for the test.
"""

from __future__ import annotations

import pytest

from tidings.actors import find_actors


def test_a_sea_named_after_a_country(nlp, base) -> None:  # type: ignore[no-untyped-def]
    text = "China seizes the disputed Sandy Cay Reef in the Spratly Islands of the South China Sea."
    found = [m.actor for m in find_actors(nlp(text), "2025-04-27", base) if m.actor.country]
    assert [(ref.text, ref.country) for ref in found] == [("China", "CHN")]  # China the seizer, not the sea


def test_a_sea_of_a_country(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("North Korea launches multiple short-range ballistic missiles into the Sea of Japan.",
                     "2025-05-08")
    assert "JPN" not in {ref.country for ref in found.values()}


@pytest.mark.parametrize(("text", "place"), [
    ("A US destroyer sailed through the Taiwan Strait on Monday.", "TWN"),
    ("France sent a frigate to the Indian Ocean.", "IND"),
    ("Israeli troops raided three villages in the Jordan Valley.", "JOR"),
    ("Chinese officials criticised the drills near the Korean peninsula.", "KOR"),
    ("Militants attacked a fishing village near Lake Chad.", "TCD"),
])
def test_features_are_places(mentions, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert place not in {ref.country for ref in mentions(text, "2025-01-10").values()}


@pytest.mark.parametrize(("text", "actor", "country"), [
    ("The Libyan coast guard intercepted a boat carrying 80 migrants.", "The Libyan coast guard", "LBY"),
    ("Taiwan said Chinese warships had sailed through the Taiwan Strait.", "Taiwan", "TWN"),
])
def test_the_country_itself_still_acts(mentions, text: str, actor: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """A feature word only makes the name a place when it ends the phrase ("coast guard" goes on)."""
    assert mentions(text, "2025-01-10")[actor].country == country


@pytest.mark.parametrize(("text", "country"), [
    ("Floods hit New Mexico and Texas on Sunday.", "MEX"),
    ("Wildfires forced thousands to flee in British Columbia.", "GBR"),
    ("Leaders of Latin America met in Brasilia.", "USA"),
    ("Trade between North America and Asia fell.", "USA"),
])
def test_a_place_named_with_another_country(mentions, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """A country's name inside the name of a place elsewhere (the gazetteer) or of a region names no country
    (written for the test)."""
    assert country not in {ref.country for ref in mentions(text, "2025-01-10").values()}


def test_a_place_of_its_own_country_still_names_it(mentions) -> None:  # type: ignore[no-untyped-def]
    assert mentions("Drone attacks hit Port Sudan on Sunday.", "2025-05-05")["Sudan"].country == "SDN"


def test_a_sector_word_inside_a_place(mentions) -> None:  # type: ignore[no-untyped-def]
    """WCEP 2025 (CC BY-SA 4.0): "Bank" in "the West Bank" is no bank."""
    found = mentions("The Israel Defense Forces deploy tanks into the West Bank for the first time since 2002.",
                     "2025-02-23")
    assert "BUS" not in {ref.sector for ref in found.values()}


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Capitol Police arrested a protester outside the building.", "Capitol Police", "USACOP"),
    ("Scotland Yard arrested two men over the attack.", "Scotland Yard", "GBRCOP"),
    ("Agence France-Presse reported that the junta expelled the envoy.", "Agence France-Presse", "FRAMED"),
])
def test_named_bodies_whose_name_holds_a_place(mentions, text: str, name: str, code: str) -> None:  # type: ignore[no-untyped-def]
    """Bodies whose names hold a place or country word ("Capitol", "Scotland", "France") are in the tables
    (organizations.tsv): not the country's government, nor a body without a country (written for the test)."""
    assert mentions(text, "2025-01-10")[name].code == code
