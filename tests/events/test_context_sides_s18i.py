"""Sides the coder fills from the story (events/code.py `_missing_side`): whoever reports an act is not, by
reporting it, one of its sides (`_reporters`).

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text


def _sides(text: str, plover: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.text if e.source else None, e.target.text if e.target else None)
            for e in code_text(text, "2025-06-01") if e.plover == plover]


def test_the_ministry_that_reports_a_killing_is_not_its_doer() -> None:
    text = "Two Palestinians were killed by gunfire near Jenin, the Palestinian health ministry said."
    assert all(source != "the Palestinian health ministry" for source, _ in _sides(text, "ASSAULT"))


def test_the_speaker_still_tells_the_country_when_another_is_named() -> None:
    """The reporter is set aside only as a side of the one-country story; the act's own target stays."""
    text = "Two Palestinians were killed by gunfire near Jenin, the Palestinian health ministry said."
    assert [target for _, target in _sides(text, "ASSAULT")] == ["Palestinians"]



def test_a_named_person_unknown_to_the_tables_keeps_the_country_the_reporter_gives() -> None:
    """Only the home side's country is borrowed for a named target the tables cannot place, and the reporter's
    country is the one-country story's."""
    text = ("A Dorset man has been arrested in the killing of two women. Bristol County District Attorney Paul Walsh "
            "said Harlan Quisby was arrested on Friday.")
    assert [e.target.country for e in code_text(text, "2025-06-01")
            if e.plover == "COERCE" and e.target is not None] == ["USA"]
