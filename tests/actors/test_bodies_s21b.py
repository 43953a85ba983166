"""Armed groups named after a region or town, placed by the country where it lies (issue 13 item 5, session 21).

CAMEO codes rebels by the country they fight in (PAKREB): "the Balochistan Liberation Army", "Darfur rebels" and
"Idlib militants" are of Pakistan, Sudan and Syria, as "Lagos police" and "a Tehran court" are of their place's
country, and so are rebels "in" a place ("gunmen in Badakhshan Province, Afghanistan"). Passages written for the
test.
"""

from __future__ import annotations


def test_a_liberation_army_named_after_a_province(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The Balochistan Liberation Army claimed responsibility for the attack on the convoy.")
    group = found["Balochistan Liberation Army"]
    assert (group.country, group.sector) == ("PAK", "REB")


def test_rebels_named_after_a_region(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Darfur rebels attacked a convoy of aid trucks on Tuesday.")
    group = found["Darfur rebels"]
    assert (group.country, group.sector) == ("SDN", "REB")


def test_militants_named_after_a_province(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Idlib militants shelled a village on the front line.")
    assert found["Idlib militants"].country == "SYR"


def test_rebels_with_no_place_stay_unplaced(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The rebels attacked a convoy of aid trucks on Tuesday.")
    assert found["The rebels"].country is None


def test_gunmen_in_a_province_and_country(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Two engineers were shot dead by gunmen in Badakhshan Province, Afghanistan, on Monday.")
    group = found["gunmen"]
    assert (group.country, group.sector) == ("AFG", "REB")


def test_militants_in_a_region(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Militants in Darfur attacked a convoy of aid trucks.")
    assert found["Militants"].country == "SDN"
