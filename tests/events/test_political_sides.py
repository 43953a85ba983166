"""An event needs a political side (events/code.py `_political`): a country, a political sector, or a people.

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.events.code import _political
from tidings.records import ActorRef, Event, Sentence


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.plover, e.source.sector if e.source else None, e.target.sector if e.target else None)
            for e in code_text(text, "2025-06-01")]


def _event(source: ActorRef, target: ActorRef | None = None) -> Event:
    return Event("e", "d", Sentence(0, 10), source, target, "111", "ACCUSE", 3, -2.0)


def test_a_quarrel_between_business_people_is_private() -> None:
    assert _coded("Investor Maria Lopez criticized the chief executive on a conference call.") == []
    assert _coded("Acme chief executive Maria Lopez accused the rival firm of stealing its designs.") == []


def test_a_business_act_on_a_country_is_kept() -> None:
    assert [p for p, _, _ in _coded("Acme chief executive Maria Lopez accused China of stealing its designs.")] \
        == ["ACCUSE"]


def test_police_keep_their_arrest_of_a_private_person() -> None:
    assert _coded("Police arrested the company's former chief executive on Monday.") == [("COERCE", "COP", "BUS")]


def test_a_people_named_is_a_political_side() -> None:
    """"Ethnic Albanians" has no country (an ethnic group, not Albania's nationals), but names a people."""
    assert _coded("Ethnic Albanians protested in the streets of the town on Monday.") == [("PROTEST", "CVL", None)]


def test_opposition_and_rebels_without_a_country_are_political() -> None:
    firm = ActorRef("the firm", 20, 28, sector="BUS")
    assert _political(_event(ActorRef("opposition leaders", 0, 18, sector="OPP"), firm))
    assert _political(_event(firm, ActorRef("the rebels", 30, 40, sector="REB")))
    assert not _political(_event(ActorRef("the coach", 0, 9, sector="CVL"), firm))
