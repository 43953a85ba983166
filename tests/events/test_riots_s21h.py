"""Riot, crowd-violence and security-force constructions of session 21 (s21h), from the CAMEO codebook (145 riot,
1712 destroy property, 172 restrict movement, 175 violent repression, 18x assault, 190 fight, 074 military
protection, 152 show of police power) and PETRARCH-2's HURL, RANSACK and REPULSE blocks: smashing windows, looting
shops, setting a building ablaze, protesters torching cars, police cordoning or sealing off an area, pushing back a
crowd, forces repelling, repulsing or fighting off an attack, navies escorting ships, riot police deployed, and
things thrown AT someone (petrol bombs, rocks, tear gas). Each needs an object of its kind: records smashed,
deadlines pushed back, parties thrown and insults hurled are no such acts. Passages are written for these tests."""

from __future__ import annotations

import pytest

from tidings.analysis import code_text


def coded(text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of each coded event."""
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, "2025-03-02")]


def codes(text: str) -> set[str]:
    return {code for code, *_ in coded(text)}


@pytest.mark.parametrize(("text", "code"), [
    ("Greek protesters smashed shop windows in central Athens.", "1712"),
    ("Dozens of shop windows were smashed by Greek protesters.", "1712"),
    ("Greek rioters looted shops in Athens.", "1712"),
    ("Greek protesters set ablaze a bank in Athens.", "180"),
    ("Several Greek buildings were set ablaze by protesters.", "180"),
    ("Greek protesters torched cars in Athens.", "145"),
    ("Greek police cordoned off the area around the parliament.", "172"),
    ("Turkish police sealed off the square in Istanbul.", "172"),
    ("The Greek police pushed back the protesters.", "175"),
    ("Ukrainian forces pushed back Russian troops near Kharkiv.", "190"),
    ("Indian sailors repelled an attack by Somali pirates.", "190"),
    ("Ukrainian troops fought off a Russian assault near Pokrovsk.", "190"),
    ("The Indian Navy escorted merchant ships through the Gulf of Aden.", "074"),
    ("Greek protesters threw Molotov cocktails at police in Athens.", "183"),
    ("Greek youths hurled rocks at police in Athens.", "182"),
    ("Georgian police lobbed tear gas at demonstrators in Tbilisi.", "175"),
    ("The Greek government deployed riot police across Athens.", "152"),
])
def test_riot_and_security_constructions(text: str, code: str) -> None:
    assert code in codes(text), coded(text)


def test_the_doer_and_target_of_a_throw_at_someone() -> None:
    assert ("183", "GRC", "GRC") in coded("Greek protesters threw Molotov cocktails at Greek police in Athens.")


@pytest.mark.parametrize("text", [
    "Norway smashed the world record in the relay.",
    "Greek police smashed a drug ring in Athens.",
    "German lawmakers pushed back against the budget plan.",
    "The smell repels mosquitoes.",
    "Manchester United fought off a late challenge from Chelsea.",
    "Police escorted the Greek minister out of the building.",
    "The Greek billionaire threw a party in Athens.",
    "The Greek team stormed to victory in Paris.",
])
def test_no_attack_when_the_object_is_no_target_of_force(text: str) -> None:
    assert not codes(text) & {"1712", "172", "175", "180", "182", "183", "190", "074"}, coded(text)


def test_other_senses_of_throwing_stay_with_the_imported_phrases() -> None:
    assert "111" in codes("The Greek opposition hurled insults at the prime minister.")
    assert "051" in codes("The Greek prime minister threw his weight behind the plan.")
