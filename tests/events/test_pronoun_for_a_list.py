"""A plural pronoun whose nearest actor closes a list stands for the whole list (events/arguments.py
`ArgumentFinder._list_of`).

The first passage is a WCEP bullet (2025), shortened; the others are written for these tests. No gold sentence
is copied.
"""

from __future__ import annotations

from tidings.analysis import code_text


def _pairs(text: str, plover: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, "2025-06-01") if e.plover == plover}


def test_they_after_two_countries_is_both() -> None:
    text = ("In a joint statement after talks hosted by the United States, DR Congo and Rwanda say they have "
            "\"agreed to a series of coordinated steps to de-escalate tensions\".")
    assert _pairs(text, "AGREE") & {("COD", "RWA"), ("RWA", "COD")}


def test_them_after_a_list_is_every_member() -> None:
    text = "The minister met envoys from Brazil, Chile and Peru on Friday and urged them to lower their tariffs."
    assert {t for _, t in _pairs(text, "REQUEST")} == {"BRA", "CHL", "PER"}


def test_them_after_a_list_of_objects() -> None:
    text = "The minister hosted Brazil, Chile and Peru at the summit and urged them to lower their tariffs."
    assert {t for _, t in _pairs(text, "REQUEST")} == {"BRA", "CHL", "PER"}
