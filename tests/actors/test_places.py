"""The gazetteer (data/actors/places.tsv): towns and provinces placed in their country."""

from __future__ import annotations

import pytest

from tidings.actors.places import country_of_place, place_countries


@pytest.mark.parametrize(("name", "country"), [("Samarra", "IRQ"), ("samarra", "IRQ"), ("Sindh", "PAK"),
                                               ("Kharkiv", "UKR"), ("Cabo  Delgado", "MOZ")])
def test_known_places(name: str, country: str) -> None:
    assert country_of_place(name) == country


@pytest.mark.parametrize("name", ["Tripoli", "Valencia", "Nice", "Atlantis"])
def test_shared_or_unknown_names_are_not_placed(name: str) -> None:
    assert country_of_place(name) is None


def test_codes_are_iso3() -> None:
    assert all(len(code) == 3 and code.isupper() for code in place_countries().values())
