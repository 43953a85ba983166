"""Dating rules of session 17 (tidings.events.carry_over), whole pipeline. Passages are written for these
tests; story dates are given with each."""

from __future__ import annotations

from events_helpers import dates


def test_a_non_finite_act_told_at_the_time_takes_the_time_named_before() -> None:
    # the act is an infinitive under a past verb ("chose not to PROVIDE"): the clause is past, so is the act
    text = ("In June, the government announced it would close the border. At the time, officials said they chose "
            "not to provide aid to the refugees.")
    assert dates(text, "2025-11-20").get("provide aid") == ("2025-06", "narrative")


def test_a_non_finite_act_under_a_present_verb_is_not_referred_back() -> None:
    text = ("In June, the government announced it would close the border. At the time, officials said it was "
            "unsafe; now they say they want to provide aid to the refugees.")
    assert dates(text, "2025-11-20").get("provide aid", (None, None))[0] != "2025-06"


def test_a_later_conjunct_of_a_when_clause_of_a_time_happens_then() -> None:
    # the second verb shares the first one's subject inside the "when" clause of the year
    text = "Ties soured in 2016, when Turkey expelled Dutch diplomats and accused the Netherlands of racism."
    found = dates(text, "2019-11-20")
    assert found.get("expelled") == ("2016", "timex")
    assert found.get("accused") == ("2016", "timex")


def test_an_act_counted_since_then_is_dated_by_the_time_named_before() -> None:
    text = ("Protests started in June over the new labour law. Police have arrested more than 900 people "
            "since then.")
    assert dates(text, "2019-11-20").get("arrested") == ("2019-06", "narrative")


def test_an_act_in_the_present_simple_is_not_counted_since_then() -> None:
    text = ("Russia took the peninsula in 2014. Since then, relations are tense and Washington imposes new "
            "sanctions every year.")
    assert dates(text, "2019-11-20").get("imposes new sanctions", (None, None))[0] != "2014"
