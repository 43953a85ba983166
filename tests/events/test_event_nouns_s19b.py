"""Acts told by a noun anywhere in the clause (events/nominal.py, nominal.toml), session 19.

A noun tells an act of its own wherever it stands when its phrase, or a clause hung on it, names who does it: the
subject of a relative clause whose verb of doing takes the noun as its object ("the sanctions THAT WASHINGTON
IMPOSED on Iran"), the critic named by "from" ("criticism FROM the European Union"), answered by the one it was aimed
at ("Israel REBUFFED criticism from the EU"). An act of force whose object names no one was done to the country of the
place where that object stands ("an Israeli drone strike ON A VEHICLE IN Bint Jbeil, Lebanon"). Passages: WCEP daily
bullets (2025, CC BY-SA 4.0, shortened) and sentences written for these tests; no gold sentence is copied."""

from __future__ import annotations

from events_helpers import coded_modes as _coded


def test_the_place_of_what_an_act_of_force_struck_names_whom_it_was_done_to() -> None:
    # WCEP 2025
    text = "Five people are killed in an Israeli drone strike on a vehicle in Bint Jbeil, Lebanon."
    assert ("195", "ISR", "LBN", "factual") in _coded(text, ("19",))
    text = "Six people are killed and several others are injured in Russian strikes on power plants in Kyiv, Ukraine."
    assert ("195", "RUS", "UKR", "factual") in _coded(text, ("19",))


def test_a_relative_clause_of_doing_names_the_doer_of_its_noun() -> None:
    assert ("163", "USA", "IRN", "factual") in _coded("Exporters fear the sanctions that Washington imposed on Iran.",
                                                      ("16",))


def test_the_relative_clause_gives_the_act_its_mode() -> None:
    assert [m for *_, m in _coded("Exporters fear the sanctions that Washington would impose on Iran.", ("16",))] == [
        "hypothetical"]
    planned = _coded("Firms fear the tariffs the White House plans to impose on Chinese goods next month.", ("1",))
    assert [(s, t, m) for _, s, t, m in planned] == [("USA", "CHN", "future")]


def test_a_relative_clause_the_noun_is_the_subject_of_names_no_doer() -> None:
    # "the attack THAT KILLED ..." says what the attack did, not who did it
    assert _coded("The attack that killed three soldiers angered Washington.", ("19",)) == []


def test_criticism_from_a_critic_is_aimed_at_whom_it_names_or_who_rebuffs_it() -> None:
    assert ("111", "EU", "ISR", "factual") in _coded(
        "The condemnation of Israel from the European Union was swift.", ("11",))
    assert ("111", "EU", "ISR", "factual") in _coded(
        "Israel rebuffed criticism from the European Union over the raid.", ("11",))
    assert ("112", "USA", "CHN", "factual") in _coded("China brushed off U.S. accusations of spying.", ("11",))
