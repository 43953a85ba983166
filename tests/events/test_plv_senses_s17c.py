"""Verb senses chosen by what the codebooks say (s17c): the object's or subject's kind picks the type.

- combatants taken in fighting are ASSAULT 'abduct' (181), not arrests (PLOVER manual, COERCE ambiguities); people
  taken by the police stay arrests (173);
- a country barring people from entering it REJECTs them (120); expelling or banning otherwise stays COERCE (PLOVER
  manual, COERCE ambiguities);
- hostages freed by armed or police forces are rescued (AID 073); freed by their captors, released (0841).

Passages are written for these tests; no gold sentence is copied.
"""

from __future__ import annotations

from tidings.analysis import code_text

DATE = "2025-06-10"


def _codes(text: str) -> list[str]:
    return [e.cameo for e in code_text(text, DATE)]


def test_soldiers_captured_in_war_are_taken_not_arrested() -> None:
    assert _codes("Ukrainian forces captured two North Korean soldiers in Kursk.") == ["181"]


def test_fighters_captured_by_an_army_are_taken_not_arrested() -> None:
    assert _codes("Somali army troops captured four Islamic State fighters near Bosaso.") == ["181"]


def test_militants_captured_by_police_are_arrested() -> None:
    assert _codes("Kenyan police captured three militants accused of extortion in Mombasa.")[:1] == ["173"]


def test_barring_a_politician_from_entering_is_a_rejection() -> None:
    assert _codes("Poland bars a Moldovan politician from entering its territory for five years.") == ["120"]


def test_banning_the_entry_of_nationals_is_a_rejection() -> None:
    assert _codes("Egypt bans the entry of Syrians arriving from third countries.") == ["120"]


def test_banning_an_import_stays_a_restriction() -> None:
    assert _codes("Egypt bans the import of Syrian cars.") == ["172"]


def test_hostages_freed_by_troops_are_rescued() -> None:
    assert _codes("Nigerian troops freed twenty hostages in Borno State.") == ["073"]


def test_hostages_freed_by_their_captors_are_released() -> None:
    assert _codes("Hamas frees four Israeli hostages in Gaza.") == ["0841"]
