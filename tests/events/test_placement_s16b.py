"""An act none of whose sides is placed, told in a text of a sentence or two (events/code.py `_brief_doers`): a named
body of state the tables do not list (named_bodies.toml), a named organisation on a political side, people known by
their kind who protest (`_kind_protest`), armed kinds acting where their clause says (`_armed_here`). Not a person the
base does not know. On a page the same acts stay dropped (precision first).

Passages are written for these tests; no gold sentence is copied.
"""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.records import ActorRef

Side = tuple[str, str | None, str | None] | None


def _coded(text: str) -> list[tuple[str | None, Side, Side]]:
    def side(actor: ActorRef | None) -> Side:
        return None if actor is None else (actor.text, actor.country, actor.sector)

    return [(e.plover, side(e.source), side(e.target)) for e in code_text(text, "2025-06-01")]


def test_a_named_organisation_the_tables_do_not_list_acts_on_a_political_side() -> None:
    assert _coded("The Marsh Valley Alliance condemned the police for the raid on the camp.") == [
        ("ACCUSE", ("The Marsh Valley Alliance", None, None), ("the police", None, "COP"))]


def test_a_person_the_base_does_not_know_is_not_enough() -> None:
    """On news bullets such doers were as often businessmen or entertainers as political actors."""
    assert _coded("Elena Marsh condemned the police for the raid on the camp.") == []


def test_a_named_body_of_state_the_tables_do_not_list() -> None:
    events = _coded("The Department of Fisheries opened an investigation into the harbour police.")
    assert [(t, s) for t, s, _ in events] == [("ACCUSE", ("The Department of Fisheries", None, "GOV"))]


def test_workers_known_by_their_kind_protest() -> None:
    assert _coded("Nurses at the city hospital went on strike on Tuesday over unpaid wages.") == [
        ("PROTEST", ("Nurses", None, "HLH"), None)]


def test_armed_kinds_are_of_the_place_their_clause_names() -> None:
    assert _coded("Twelve hostages were freed by rebels in Bamako on Sunday.") == [
        ("RETREAT", ("rebels", "MLI", "REB"), None)]


def test_on_a_page_the_unplaced_doers_stay_dropped() -> None:
    """A page names a story in which the actor finder could have placed its doers: one it left unplaced is dropped."""
    page = ("Kenya and Uganda signed a trade deal on Monday. The two leaders met in Nairobi. "
            "The Marsh Valley Alliance condemned the police for the raid on the camp. "
            "The Department of Fisheries opened an investigation into the harbour police.")
    assert [e for e in _coded(page) if e[0] == "ACCUSE"] == []
