"""Dating (tidings.events.dating, tidings.events.carry_over), whole pipeline: times the parse hangs on an
amount, acts told in an "after" clause of a dated act, plans named by an act told now, and a past aside
that sets no scene for the next paragraph.

Sentences come from non-gold real news (WCEP bullets, AEB pages not in the real-news gold, trafilatura
evaluation pages) or are written for these tests; story dates are given with each.
"""

from __future__ import annotations

from tidings.analysis import code_text


def dates(text: str, story: str) -> dict[str, str | None]:
    """verb text -> date value of each coded event."""
    return {text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "": (e.date.value if e.date else None)
            for e in code_text(text, story)}


def test_a_time_hung_on_a_quantity_dates_the_verb() -> None:
    # AEB page b6906ca016bb (2019-11-18), not in the real-news gold: spaCy hangs "in May 2019" on "from"
    text = ("Tariffs on Chinese goods were increased from 10% to 25% in May 2019, and the list of impacted "
            "goods expanded in September 2019 to cover some clothes, shoes, televisions and Bluetooth devices.")
    found = dates(text, "2019-11-18")
    assert found and set(found.values()) == {"2019-05"}


def test_an_after_clause_takes_the_day_of_its_main_act() -> None:
    # trafilatura page (St Lucia Times, 2022-04-29): the arrest was on Thursday, not on the page's Friday
    text = ("Governor John Rankin Thursday called for calm after United States Drug Enforcement Agency (DEA) "
            "officials arrested the Caribbean Territory's Premier Andrew Alturo Fahie, 51.")
    found = dates(text, "2022-04-29")
    assert found["arrested"] == "2022-04-28"


def test_a_when_clause_takes_the_time_of_its_main_act() -> None:
    # written: a "when" clause happens at its main act's time (already before the "after" rule; kept as a guard)
    text = "The opposition leader was arrested on Monday when police raided his home in the capital."
    found = dates(text, "2020-01-02")
    assert found and set(found.values()) == {"2019-12-30"}


def test_a_clause_of_its_own_reason_keeps_no_time_of_the_main_act() -> None:
    # written: "because" gives a reason, not a moment; the accusation keeps its own (story) date
    text = "Police arrested the mayor on Monday because prosecutors accused him of taking bribes."
    found = dates(text, "2020-01-02")
    assert found["arrested"] == "2019-12-30"
    assert all(value != "2019-12-30" for verb, value in found.items() if verb.startswith("accused"))


def test_a_planned_time_of_an_act_told_now_is_not_the_acts_time() -> None:
    # WCEP bullets (2026-02-26, 2025-11-21, 2026-04-09): the call, the deadline and the declaration are now
    assert set(dates("Danish prime minister Mette Frederiksen calls a snap election for March 24 amid the "
                     "Greenland crisis.", "2026-02-26").values()) == {"2026-02-26"}
    assert dates("U.S. president Donald Trump gives Ukraine a deadline of November 27 to accept the peace "
                 "proposal.", "2025-11-21")["gives Ukraine a deadline"] == "2025-11-21"
    assert set(dates("Russian president Vladimir Putin declares a ceasefire for the weekend in Ukraine for "
                     "Orthodox Easter.", "2026-04-09").values()) == {"2026-04-09"}


def test_a_planned_act_keeps_its_planned_time() -> None:
    # WCEP bullets (2025-02-25, 2025-02-27): the meeting and the visit are the plans, at their own times
    found = dates("The move comes just before UK Prime Minister Keir Starmer is to meet with U.S. President "
                  "Donald Trump on Thursday.", "2025-02-25")
    assert found["meet"] == "2025-02-27"
    found = dates("Starmer also presents a letter from King Charles III inviting Trump to visit Scotland later "
                  "this year.", "2025-02-27")
    assert found["visit"] == "2025"



def test_an_aside_of_an_earlier_paragraph_sets_no_scene() -> None:
    # trafilatura page (Twin Cities, 2023-11-08), shortened: "in 2021" dates a clause about another mayor with
    # a subject of its own; the next paragraph's undated endorsement is of the current election, not of 2021
    text = ("St. Louis Park appears to be the first U.S. city to have elected a Somali American mayor.\n\n"
            "Deqa Dhalac of South Portland, Maine, was the first Somali American to serve as mayor of an "
            "American city, but she was selected by that city's six-member council in 2021, not elected by "
            "voters.\n\nSt. Louis Park Mayor Jake Spano did not seek reelection, and he endorsed Mohamed.\n")
    assert dates(text, "2023-11-08") == {"endorsed": "2023-11-08"}


def test_a_past_time_of_the_main_clause_sets_the_scene_of_the_next_paragraph() -> None:
    # written: the same passage with the time on the main clause carries it on
    text = ("St. Louis Park appears to be the first U.S. city to have elected a Somali American mayor.\n\n"
            "In 2021, the council of South Portland, Maine, selected Deqa Dhalac as mayor.\n\n"
            "Its former mayor endorsed her.\n")
    assert dates(text, "2023-11-08")["endorsed"] == "2021"
