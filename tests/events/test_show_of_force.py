"""An army taking to the streets shows force (CAMEO 150, PLOVER MOBILIZE); it does not protest. Police and civilians
who take to the streets still protest (word_classes.toml `force_sectors`; events/code.py `_force_shown`). The
passages are written for these tests; no gold sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text


def _types(text: str) -> list[str]:
    return [e.plover for e in code_text(text, "2025-06-01")]


def test_an_army_in_the_streets_is_mobilized() -> None:
    assert _types("The Pakistani army took to the streets of Karachi to clear barricades.") == ["MOBILIZE"]


def test_police_and_students_in_the_streets_protest() -> None:
    assert _types("Kenyan police officers protested against pay cuts in Nairobi.") == ["PROTEST"]
    assert _types("Kenyan students took to the streets of Nairobi.") == ["PROTEST"]
