"""What is seized or captured decides the CAMEO code (session 22, task g): people are arrested or detained (173) by
authorities and abducted (181) by armed groups and criminals, named places are occupied (192), goods and ships are
confiscated (1711). The passages are written for these tests; no gold sentence is copied."""

from __future__ import annotations

import pytest

from tidings.analysis import code_text


def _codes(text: str) -> list[str]:
    return [e.cameo for e in code_text(text, "2025-06-01")]


@pytest.mark.parametrize("text", [
    "Iranian forces seized two British nationals in Tehran.",
    "Nigerian police seized the Chinese businessman at the airport.",
    "Malaysian coast guards boarded the trawler, seizing 12 Vietnamese and 4 Thai nationals as well as the catch.",
    "Iran seized the crew of a South Korean tanker.",
])
def test_people_seized_by_authorities_are_detained(text: str) -> None:
    assert "173" in _codes(text) and "1711" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Somali pirates seized the Indian ship and its crew off the coast of Somalia.",
    "Pirates seized 20 Indian sailors in the Gulf of Aden.",
    "Houthi rebels seized nine United Nations staff members in Yemen.",
    "Hamas seized 250 Israeli hostages.",
])
def test_people_seized_by_armed_groups_or_criminals_are_abducted(text: str) -> None:
    assert "181" in _codes(text) and "1711" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Hamas fighters captured three Israeli civilians.",
    "Syrian rebels captured the Turkish journalist.",
])
def test_people_captured_by_armed_groups_are_abducted(text: str) -> None:
    assert _codes(text) == ["181"]


def test_people_captured_by_armed_forces_stay_arrests_or_abductions() -> None:
    assert _codes("The Indian navy captured 23 Somali pirates in the Gulf of Aden.") == ["173"]
    assert _codes("Russian troops captured 30 Ukrainian soldiers near Bakhmut.") == ["181"]


def test_a_number_of_people_captured_is_people() -> None:
    assert "192" not in _codes("Kenyan police raided the camp, capturing 14 of the raiders, the ministry said.")


@pytest.mark.parametrize("text", ["Russian forces captured Avdiivka.", "Russian forces seized Avdiivka."])
def test_a_named_town_taken_is_occupied(text: str) -> None:
    assert _codes(text) == ["192"]


@pytest.mark.parametrize("text", [
    "Iran seized a British-flagged tanker in the Strait of Hormuz.",
    "Israel seized Palestinian land in the West Bank.",
])
def test_ships_and_goods_seized_stay_confiscated(text: str) -> None:
    assert _codes(text) == ["1711"]


def test_people_nabbed_are_arrested_and_people_snatched_abducted() -> None:
    assert _codes("Police nabbed two Kenyan suspects in Nairobi.") == ["173"]
    assert _codes("Kidnappers in Nigeria snatched a British engineer.") == ["181"]
    assert _codes("Brazil snatched victory against Argentina.") == []


@pytest.mark.parametrize("text", [
    "Kenyan police captured Al-Shabaab commander Ahmed Yusuf in Garissa.",
    # shortened from a WCEP bullet (Wikipedia Current Events, 2025; CC BY-SA): the parser hangs "militants" on "IS"
    "Puntland police capture several IS–Somalia militants accused of extortion in Bosaso.",
])
def test_titled_names_appositions_and_pilots_captured_are_people(text: str) -> None:
    assert "192" not in _codes(text)


def test_a_pilot_captured_is_a_combatant_taken() -> None:
    assert _codes("Iranian forces captured an American pilot.") == ["181"]


def test_military_bases_captured_are_occupied() -> None:
    assert _codes("Somali forces captured military bases in Bari.") == ["192"]
