"""An act none of whose sides is placed (events/code.py `_unplaced_doers`), in a sentence or on a page alike: people
known by their kind who protest (`_kind_protest`, placed by `_protesters_home` where the text allows), armed kinds
acting where their clause says (`_armed_here`). Not a named body or a person the base does not know.

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


def test_a_person_the_base_does_not_know_is_not_enough() -> None:
    """On news bullets such doers were as often businessmen or entertainers as political actors."""
    assert _coded("Elena Marsh condemned the police for the raid on the camp.") == []


def test_a_named_body_the_tables_do_not_list_is_not_enough() -> None:
    """On non-gold pages such bodies' acts were mostly domestic rule-making coded as interactions."""
    assert _coded("The Department of Fisheries opened an investigation into the harbour police.") == []


def test_workers_known_by_their_kind_protest() -> None:
    assert _coded("Nurses at the city hospital went on strike on Tuesday over unpaid wages.") == [
        ("PROTEST", ("Nurses", None, "HLH"), None)]


def test_armed_kinds_are_of_the_place_their_clause_names() -> None:
    assert _coded("Twelve hostages were freed by rebels in Bamako on Sunday.") == [
        ("RETREAT", ("rebels", "MLI", "REB"), None)]


def test_on_a_page_the_same_doers_are_kept() -> None:
    """The length of the text is no reason: a page telling the same acts keeps them."""
    page = ("The city hospital has been short of staff since the spring. Managers say the budget is fixed. "
            "Nurses at the city hospital went on strike on Tuesday over unpaid wages. "
            "Twelve hostages were freed by rebels in Bamako on Sunday.")
    coded = _coded(page)
    assert ("PROTEST", ("Nurses", None, "HLH"), None) in coded
    assert ("RETREAT", ("rebels", "MLI", "REB"), None) in coded


def test_a_protest_in_a_story_of_several_countries_is_dropped() -> None:
    """Whose the protesters are is not said when the text names several countries."""
    page = ("Kenya and Uganda signed a trade deal on Monday. The two leaders met in Nairobi. "
            "Nurses at the city hospital went on strike on Tuesday over unpaid wages.")
    assert [e for e in _coded(page) if e[0] == "PROTEST"] == []
