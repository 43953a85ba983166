"""Small helpers for the temporal tests: one timex by its text, values in order."""

from __future__ import annotations

from tidings.records import Timex
from tidings.time import find_timexes


def values(text: str, anchor: str | None) -> dict[str, str]:
    """{timex text: value} for a sentence (texts are unique in the test sentences)."""
    found = find_timexes(text, anchor)
    for t in found:
        assert text[t.start : t.end] == t.text
    return {t.text: t.value for t in found}


def one(text: str, anchor: str | None, surface: str) -> Timex:
    matches = [t for t in find_timexes(text, anchor) if t.text == surface]
    assert matches, f"{surface!r} not found in {[t.text for t in find_timexes(text, anchor)]}"
    return matches[0]
