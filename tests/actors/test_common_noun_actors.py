"""Common nouns that name actors by their kind: officers and agents named by their post ("prison officers",
"immigration agents") are police, "health care providers" and "hospital staff" are health workers, bandits,
assailants and pirates criminals, settlers civilians. A lone "officers" is left alone (police, soldiers or a
company's staff). Such an actor takes its country from a demonym before it or from "in <place>". Passages written
for the test or quoted from WCEP bullets (CC BY-SA)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "mention", "sector"), [
    ("Prison officers went on strike over pay.", "Prison officers", "COP"),
    ("Federal agents raided the office of the mayor.", "Federal agents", "COP"),
    ("Immigration agents detained two students outside the court.", "Immigration agents", "COP"),
    ("Health care providers sued the state over the new rules.", "Health care providers", "HLH"),
    ("Hospital staff protested against the cuts.", "Hospital staff", "HLH"),
])
def test_common_nouns_name_an_actor_of_their_kind(mentions, text: str, mention: str,  # type: ignore[no-untyped-def]
                                                 sector: str) -> None:
    assert mentions(text, "2025-03-10")[mention].sector == sector


@pytest.mark.parametrize(("text", "mention", "sector"), [
    ("Army officers seized the state broadcaster.", "Army officers", "MIL"),
    ("Intelligence officers questioned the journalist.", "Intelligence officers", "SPY"),
])
def test_a_word_before_officers_gives_its_own_sector(mentions, text: str, mention: str,  # type: ignore[no-untyped-def]
                                                     sector: str) -> None:
    assert mentions(text, "2025-03-10")[mention].sector == sector


def test_officers_take_the_country_of_their_demonym(mentions) -> None:  # type: ignore[no-untyped-def]
    # WCEP, 2025: a prison-van ambush in France.
    found = mentions("A French criminal is recaptured in Romania, nine months after escaping during an ambush "
                     "that killed two French prison officers.", "2025-02-22")
    ref = found["two French prison officers"]
    assert (ref.country, ref.sector) == ("FRA", "COP")


def test_agents_seated_in_a_place_take_its_country(mentions) -> None:  # type: ignore[no-untyped-def]
    ref = mentions("Immigration agents in Kenya arrested three men.", "2025-03-10")["Immigration agents"]
    assert (ref.country, ref.sector) == ("KEN", "COP")


@pytest.mark.parametrize("text", ["Officers arrested three men after the march.",
                                  "The chief executive officer resigned on Monday.",
                                  "Technical officers of the agency visited the site."])
def test_a_lone_officer_is_not_taken_for_the_police(mentions, text: str) -> None:  # type: ignore[no-untyped-def]
    # police, soldiers, a company's or a body's staff alike: no sector without a word naming the post
    assert all("officer" not in k.lower() for k in mentions(text, "2025-03-10"))


@pytest.mark.parametrize(("text", "date", "mention", "expected"), [
    # WCEP bullets, 2025
    ("Israeli settlers kill two Palestinians near Ramallah in the West Bank.", "2025-07-11",
     "Israeli settlers", ("ISR", "CVL")),
    ("Somali pirates attack and seize an oil tanker off Mogadishu, taking 11 Pakistani crew members hostage.",
     "2026-04-25", "Somali pirates", ("SOM", "CRM")),
    ("At least 27 people are killed and several others are injured in a mass shooting by bandits at a mosque in "
     "Unguwan Mantau community, Katsina State, Nigeria.", "2025-08-19", "bandits", (None, "CRM")),
    ("A Palestinian assailant stabs two Israeli civilians in Tzova, Jerusalem District.", "2025-09-12",
     "A Palestinian assailant", ("PSE", "CRM")),
    ("Two pilots are killed after assailants shoot at a landing Smart Air flight in Boven Digoel Regency, South "
     "Papua, Indonesia, carrying 15 people.", "2026-02-11", "assailants", (None, "CRM")),
])
def test_doers_of_violence_from_the_phoenix_dictionary(mentions, text: str, date: str,  # type: ignore[no-untyped-def]
                                                       mention: str, expected: tuple[str | None, str]) -> None:
    ref = mentions(text, date)[mention]
    assert (ref.country, ref.sector) == expected


def test_a_lone_fighter_is_not_an_actor(mentions) -> None:  # type: ignore[no-untyped-def]
    # "fighter" is mostly a warplane in news; "fighter jets" are the air force's
    found = mentions("Russian fighter jets struck the port.", "2025-03-10")
    assert found["Russian fighter jets"].sector == "MIL"
