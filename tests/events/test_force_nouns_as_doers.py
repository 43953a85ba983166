"""An act of force told by its noun as the doer of a verb of harm (events/nominal.py, nominal.toml `[harm]`).

News tells violence by its noun: "a Russian drone strike INJURES nineteen people", "SHELLING BY Russian forces killed
three civilians", "an attack CLAIMED BY the Islamic State killed 12 soldiers", "a Taliban attack LEFT six soldiers
DEAD". The act's doer is the noun's (its modifier, possessor, "by" phrase or the "by" of a participle saying who did
it) and, when its own phrase names no actor it was done to, the verb's object is (the victims). A noun that names no
doer ("a blast") still codes nothing unless something else places it.
Passages: WCEP daily bullets (2025, not the gold) and sentences written for these tests; no gold sentence is copied."""

from __future__ import annotations

from events_helpers import coded_sides

from tidings.analysis import code_text

DAY = "2025-06-01"


def _sectors(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(source country, source sector, target country, target sector) of the attacks (CAMEO 18-20) coded."""
    return [(e.source.country if e.source else None, e.source.sector if e.source else None,
             e.target.country if e.target else None, e.target.sector if e.target else None)
            for e in code_text(text, DAY) if e.cameo.startswith(("18", "19", "20"))]


def test_the_victims_of_a_noun_of_force_are_its_other_side() -> None:
    text = "A Russian drone strike injures nineteen people in Kharkiv, including children and a pregnant woman."  # WCEP
    assert ("RUS", None, "UKR", "CVL") in _sectors(text)
    assert ("AFG", "REB", None, "MIL") in _sectors("A Taliban attack on a checkpoint left six soldiers dead.")


def test_a_place_the_noun_is_aimed_at_comes_before_the_victims() -> None:
    assert _sectors("A Russian drone attack on Odesa injured five people.") == [("RUS", None, "UKR", None)]


def test_the_victims_are_not_the_doers_own_side() -> None:
    text = "An Israeli airstrike killed two Israeli hostages in Gaza."
    assert all(t != "ISR" for _, _, t, _ in _sectors(text))


def test_a_gerund_read_as_a_verb_is_the_noun_of_force() -> None:
    assert ("RUS", "MIL", "UKR", "CVL") in _sectors("Shelling by Russian forces killed three civilians in Kherson.")
    assert [s[0] for s in _sectors("Five civilians were killed by Russian shelling in Kherson.")] == ["RUS"]
    # "by shelling the town": the verb, with an object of its own, keeps its own reading
    assert coded_sides(code_text("Russian forces killed five civilians by shelling the town of Kherson.", DAY),
                       ("19",))[0][1] == "RUS"


def test_who_claimed_or_carried_out_an_attack_did_it() -> None:
    assert [s[:2] for s in _sectors("An attack claimed by the Islamic State killed 12 soldiers in Niger.")] == [
        ("IMG", "REB")]
    events = _sectors("A suicide bombing claimed by the Pakistani Taliban killed nine police officers.")
    assert [s[:2] for s in events] == [("PAK", "REB")]
    # a judge of the attack is not its doer
    assert not _sectors("An attack condemned by the United Nations killed 12 soldiers in Niger.")


def test_a_noun_of_force_that_names_no_doer_still_codes_nothing() -> None:
    assert not _sectors("A blast in Kabul killed ten people.")
    assert not _sectors("A suicide attack killed eight people in a market.")


def test_a_measure_of_attacks_stands_for_them() -> None:
    assert ("AFG", "REB", None, "MIL") in _sectors("A wave of Taliban attacks left 20 soldiers dead.")
    assert [s[:3] for s in _sectors("A series of Russian drone strikes injured 14 people.")] == [("RUS", None, None)]
