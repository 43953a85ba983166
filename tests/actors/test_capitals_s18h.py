"""A capital as the object of a verb stands for its government; a capital the tagger calls a person, too,
unless the story names a person of that surname. Passages written for these tests."""

from __future__ import annotations


def test_capital_as_object_of_a_verb_is_its_government(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Beijing blamed Washington for the tensions in the region.")
    assert found["Washington"].country == "USA"
    assert found["Washington"].sector == "GOV"


def test_capital_urged_by_a_country_is_its_government(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The European Union urged Moscow to release the detained journalists.")
    assert found["Moscow"].country == "RUS"


def test_capital_as_place_is_no_actor(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Thousands of protesters marched in Moscow on Saturday.")
    assert "Moscow" not in found
    found = mentions("The foreign minister flew to Washington for two days of talks.")
    assert "Washington" not in found


def test_capital_inside_a_name_is_no_actor(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The senator criticized the Washington Post for its coverage.")
    assert "Washington" not in found


def test_capital_tagged_a_person_acts_for_its_government(nlp, mentions) -> None:  # type: ignore[no-untyped-def]
    text = "Late on Sunday, Rabat announced a halt to flights from 12 countries."
    if not any(e.label_ == "PERSON" and e.text == "Rabat" for e in nlp(text).ents):
        return  # the point is the tagger's person label; another model may tag it a place
    assert mentions(text)["Rabat"].country == "MAR"


def test_surname_of_a_named_person_is_no_capital(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The actor Denzel Washington praised the director. Washington said the script moved him.")
    assert all(ref.country != "USA" or ref.sector != "GOV" for ref in found.values())


def test_capital_in_a_club_name_is_no_actor(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Benzema scored twice as Atletico beat Real Madrid on Sunday.")
    assert all(ref.country != "ESP" for ref in found.values())
