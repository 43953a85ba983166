"""Doers the clause gives when the parser misplaces a verb or a charge.

A finite verb the parser coordinated with a noun ("declares an emergency and ORDERS ...", parsed as a conjunct of
an object) shares the doer of that noun's clause (`arguments._clause_of_noun`); the act someone is accused of is
done by the accused also when the parser hangs the charge on the accused ("accusing THE GOVERNMENT of taking
hostages", `code._accused_of`). All passages are bullets quoted from the Wikipedia Current Events Portal
(shared/corpora/wcep_daily_2025-01_to_2026-04), © Wikipedia contributors, CC BY-SA 4.0; none is in a gold set.
"""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.records import Event


def _events(text: str, date: str) -> list[Event]:
    return code_text(text, date)


def _sides(event: Event) -> tuple[str | None, str | None]:
    return (event.source.country if event.source else None, event.target.country if event.target else None)


def test_a_verb_read_as_a_conjunct_of_an_object_shares_the_clause_doer() -> None:
    text = ("France provides military intelligence, surveillance aircraft, and logistical assistance to Benin and "
            "shares intelligence with Nigeria to help thwart the coup attempt.")
    sides = [_sides(e) for e in _events(text, "2025-12-07") if e.plover == "COOPERATE"]
    assert ("FRA", "NGA") in sides, sides
    assert all(source == "FRA" for source, _ in sides), sides


def test_the_doer_is_found_past_the_clauses_inside_the_object() -> None:
    """"... an inquiry commission to INVESTIGATE the killings that OCCURRED during protests and ORDERS the release":
    not the infinitive nor the relative clause on the way, but the clause that has the commission as its object."""
    text = ("Tanzanian president Samia Suluhu Hassan creates an inquiry commission to investigate the killings that "
            "occurred during recent election-related protests and orders the release of some detained participants, "
            "while also announcing plans to begin constitutional reform within her administration's first 100 days.")
    released = [e for e in _events(text, "2025-11-14") if e.cameo.startswith("0841")]
    assert released and all(_sides(e)[0] == "TZA" for e in released), [(e.cameo, _sides(e)) for e in released]


def test_a_second_act_of_the_same_doer_after_a_long_object() -> None:
    text = ("Nigerian president Bola Tinubu lifts the state of emergency in Rivers State and reinstates Governor "
            "Siminalayi Fubara and state lawmakers after six months of federal control imposed during a political "
            "crisis and oil pipeline vandalism.")
    reinstated = [e for e in _events(text, "2025-09-17") if e.cameo.startswith("083")]  # reinstates
    assert reinstated and all(_sides(e)[0] == "NGA" for e in reinstated), [_sides(e) for e in reinstated]


def test_a_gerund_in_a_list_of_charges_is_not_the_courts_act() -> None:
    """"convicting them of ... genocide, and ATTEMPTING to seize power": a gerund coordinated with a noun is one of
    the charges (only finite verbs are taken for misplaced conjuncts of a clause)."""
    text = ("An Azerbaijani military court sentences 13 former Nagorno-Karabakh officials, including ex-leader Arayik "
            "Harutyunyan, to penalties ranging from 15 years to life imprisonment after convicting them of offences "
            "such as war crimes, crimes against humanity, terrorism, genocide, and attempting to seize power by force.")
    by_court = [e for e in _events(text, "2026-02-05") if _sides(e)[0] == "AZE"]
    assert by_court and all(e.plover == "ACCUSE" for e in by_court), [(e.cameo, e.plover) for e in by_court]


def test_the_accused_does_the_act_when_the_charge_hangs_on_the_accused() -> None:
    text = ("Venezuelan interior minister Diosdado Cabello announces the arrest of several foreign citizens on "
            "\"conspiracy\" charges. The government of Argentina acknowledged the arrest of an Argentine citizen and "
            "warned Argentines against travelling to Venezuela, accusing the Venezuelan government of \"taking "
            "hostages\".")
    events = _events(text, "2025-05-22")
    taken = [e for e in events if e.cameo.startswith("181")]  # taking hostages
    assert taken and all(_sides(e)[0] == "VEN" for e in taken), [_sides(e) for e in taken]
    assert any(e.plover == "ACCUSE" and _sides(e) == ("ARG", "VEN") for e in events)


def test_the_accuser_is_not_the_doer_of_what_it_alleges() -> None:
    text = ("Russia bans Amnesty International as an undesirable organisation, accusing the group of openly "
            "supporting Ukraine in its war with Russia.")
    supported = [e for e in _events(text, "2025-05-19") if e.plover == "SUPPORT"]
    assert all(_sides(e)[0] != "RUS" for e in supported), [_sides(e) for e in supported]
