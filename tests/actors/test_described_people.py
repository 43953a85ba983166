"""An unknown named person is placed by what the text says of them: a nationality before their title, an
apposition naming a country in the genitive, or the country they come from. Passages written for the test."""

from __future__ import annotations


def test_nationality_before_a_lawyer(mentions) -> None:  # type: ignore[no-untyped-def]
    ref = mentions("The Kenyan lawyer Jane Doe accused the police of torture.", "2025-03-10")[
        "The Kenyan lawyer Jane Doe"]
    assert (ref.country, ref.sector) == ("KEN", "JUD")


def test_apposition_with_a_country_in_the_genitive(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Jane Doe, Kenya's interior minister, accused the opposition of inciting violence.",
                     "2025-03-10")
    ref = found["Jane Doe, Kenya's interior minister"]
    assert (ref.country, ref.sector) == ("KEN", "GOV")


def test_a_person_from_a_country(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Jane Doe, a lawyer from Kenya, accused the police of torture.", "2025-03-10")
    assert found["Jane Doe, a lawyer"].country == "KEN"


def test_an_unknown_name_alone_stays_unplaced(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Jane Doe accused the Kenyan police of torture.", "2025-03-10")
    assert found["Jane Doe"].country is None


def test_an_unnamed_spokesman_speaks_for_the_body(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("A spokeswoman for the Nigerian army denied the report.", "2025-03-10")
    assert (found["A spokeswoman"].country, found["A spokeswoman"].sector) == ("NGA", "MIL")
    found = mentions("An official at the Chinese embassy rejected the claims.", "2025-03-10")
    assert found["An official"].country == "CHN"


def test_a_spokesman_for_a_person_is_left_to_the_coder(mentions) -> None:  # type: ignore[no-untyped-def]
    assert mentions("A spokesman for Jane Doe denied the report.", "2025-03-10")["A spokesman"].country is None
