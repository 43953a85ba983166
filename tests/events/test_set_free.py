"""A verb of letting with "free" on it or on its object releases the persons (CAMEO 0841; word_classes.toml
freeing_verbs, free_words; events/triggers.py `set_free`), not a "free trade zone" set up. Passages written for these
tests; no gold sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.records import Event

DAY = "2025-06-01"


def releases(events: list[Event]) -> list[str | None]:
    return [e.source.country if e.source else None for e in events if e.cameo == "0841"]


def test_setting_prisoners_free_releases_them() -> None:
    assert releases(code_text("The Ethiopian government set free 300 political prisoners.", DAY)) == ["ETH"]
    assert releases(code_text("The Iranian authorities set the British sailors free on Friday.", DAY)) == ["IRN"]


def test_letting_leaders_free_releases_them() -> None:
    assert releases(code_text("Eritrea let free some 40 opposition leaders.", DAY)) == ["ERI"]


def test_setting_up_a_free_trade_zone_releases_no_one() -> None:
    assert not releases(code_text("The Kenyan government set a free trade zone in Mombasa.", DAY))
    assert not releases(code_text("Chinese courts set loose rules for foreign firms.", DAY))
