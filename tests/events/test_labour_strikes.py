"""A strike named as general, nationwide, indefinite or by its length is a labour strike (CAMEO 143, PLOVER PROTEST)
whatever verb starts it, not an air strike (195); "sit-in" is found under the head spaCy gives it ("in", with "sit" as
its compound). Passages: WCEP daily bullets (2025, not the gold) and sentences written for these tests; no gold
sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text

DAY = "2025-06-01"


def test_launching_a_general_strike_is_a_labour_strike_not_an_air_strike() -> None:
    text = ("The General Confederation of the Portuguese Workers and the General Union of Workers, which together "
            "represent nearly 1 million workers in Portugal, launch a general strike across the country to protest "
            "against the government's planned changes to labor laws.")  # WCEP bullet
    codes = [e.cameo for e in code_text(text, DAY)]
    assert "143" in codes and "195" not in codes


def test_beginning_a_three_day_general_strike_is_a_labour_strike() -> None:
    text = ("Unions in Belgium begin a three-day general strike across the country to protest Prime Minister Bart de "
            "Wever's government of \"social dismantling\" through budget cuts in their savings program.")  # WCEP bullet
    assert "143" in [e.cameo for e in code_text(text, DAY)]


def test_an_air_strike_launched_stays_an_attack() -> None:
    assert [e.cameo for e in code_text("Israeli jets launched a strike on Gaza.", DAY)] == ["195"]


def test_a_sit_in_staged_is_a_demonstration() -> None:
    events = code_text("Students in Bangladesh held a sit-in at the university in Dhaka.", DAY)
    assert [e.cameo for e in events] == ["141"]
