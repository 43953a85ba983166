"""TIMEX3 durations, clock times and sets of issue 14 (item 3): hyphenated and spelled-out counts,
fractions of a unit, "-long" modifiers, frequency words. Texts: WCEP bullets (shortened, cited) and
sentences written for these tests; none is from a scored gold set."""

from __future__ import annotations

import pytest
from timex_helpers import one, values


@pytest.mark.parametrize(("text", "surface", "value"), [
    # WCEP 2025 bullets, shortened
    ("A court sentences the former president to 11 and a half years in prison for conspiracy.",
     "11 and a half years", "P11.5Y"),
    ("Miners are retrieved from a closed mine following a months-long siege by police.", "months-long", "PXM"),
    ("The government intensifies efforts to end the decades-long insurgency.", "decades-long", "PXY"),
    # written for this test
    ("The two-and-a-half-year war ended in a truce.", "two-and-a-half-year", "P2.5Y"),
    ("Troops will withdraw within 1 1/2 years.", "1 1/2 years", "P1.5Y"),
    ("The party ruled for a quarter of a century.", "a quarter of a century", "P25Y"),
    ("A quarter-century of rule ended with the vote.", "A quarter-century", "P25Y"),
    ("Negotiators waited three-quarters of an hour.", "three-quarters of an hour", "PT0.75H"),
    ("She was jailed for twenty-five years.", "twenty-five years", "P25Y"),
    ("The weeks-long protests spread to the capital.", "weeks-long", "PXW"),
    ("A year-long investigation found no fraud.", "year-long", "P1Y"),
    ("The week-long festival opened on the coast.", "week-long", "P1W"),
])
def test_counts_and_fractions_of_units(text: str, surface: str, value: str) -> None:
    found = one(text, "2025-03-12", surface)
    assert (found.type, found.value) == ("DURATION", value)


def test_a_separate_long_is_outside_the_expression() -> None:
    # written for this test: "long" after a space is an adjective of its own; hyphenated, it is one word
    assert values("The four-week long strike ended on Friday.", "2025-03-12") == {
        "four-week": "P4W", "Friday": "2025-03-07"}
    assert "four-week-long" in values("The four-week-long strike ended.", "2025-03-12")


def test_an_article_before_a_plural_unit_is_no_count() -> None:
    # written for this test: "a centuries-old map", "following a years-long probe": no count of units
    assert values("A centuries-old map was found in the archive.", "2025-03-12") == {}
    assert values("Following a years-long probe, the minister resigned.", "2025-03-12") == {"years-long": "PXY"}


@pytest.mark.parametrize(("text", "surface", "value"), [
    # written for this test (TimeML: "twice a year" is a set of years, freq 2X)
    ("The twice-yearly summit opened in Brussels.", "twice-yearly", "P1Y"),
    ("The central bank publishes a semiannual report on stability.", "semiannual", "P1Y"),
    ("The biennial exhibition returns to Venice.", "biennial", "P2Y"),
    ("The committee meets fortnightly.", "fortnightly", "P2W"),
    ("The bi-weekly briefing was cancelled.", "bi-weekly", "P2W"),
    ("Leaders meet twice a week.", "twice a week", "P1W"),
    ("The council meets every two weeks.", "every two weeks", "P2W"),
    ("Every year the government sets a new budget.", "Every year", "P1Y"),
    ("Each week hundreds of migrants cross the border.", "Each week", "P1W"),
])
def test_frequency_words_are_sets(text: str, surface: str, value: str) -> None:
    found = one(text, "2025-03-12", surface)
    assert (found.type, found.value) == ("SET", value)


def test_each_day_of_one_stretch_is_no_set() -> None:
    # written for this test: the days of one summit, and a possessive, are not a set
    assert values("Each day of the summit was tense.", "2025-03-12") == {}
    assert "Each year" not in values("Each year's budget is debated in parliament.", "2025-03-12")


@pytest.mark.parametrize(("text", "surface", "value"), [
    # WCEP 2025 bullets, shortened
    ("A court sentences the former president to 13 years and four months in prison.",
     "13 years and four months", "P13Y4M"),
    ("The final lasted five hours and 29 minutes.", "five hours and 29 minutes", "PT5H29M"),
    # written for this test
    ("He was jailed for three days and 12 hours.", "three days and 12 hours", "P3DT12H"),
    ("The strike lasted two weeks and three days.", "two weeks and three days", "P17D"),
])
def test_two_units_make_one_duration(text: str, surface: str, value: str) -> None:
    found = one(text, "2025-03-12", surface)
    assert (found.type, found.value) == ("DURATION", value)


def test_a_clause_after_and_is_no_second_unit() -> None:
    # written for this test
    assert values("He worked for two years and then left.", "2025-03-12") == {"two years": "P2Y"}


@pytest.mark.parametrize(("text", "surface", "value"), [
    # written for this test: hundreds written in words
    ("He served one hundred and twenty-five days in jail.", "one hundred and twenty-five days", "P125D"),
    ("A one-hundred-day plan was unveiled.", "one-hundred-day", "P100D"),
    ("The plan covers two hundred fifty days.", "two hundred fifty days", "P250D"),
])
def test_hundreds_in_words(text: str, surface: str, value: str) -> None:
    assert one(text, "2025-03-12", surface).value == value


def test_a_rate_after_hundreds_is_no_count() -> None:
    # written for this test: "two hundred a day" is a rate, not 201 days
    assert values("The army lost two hundred a day.", "2025-03-12") == {"a day": "P1D"}


@pytest.mark.parametrize(("text", "surface", "value"), [
    # written for this test: an unstated number of units from or to the reference (as "the past few months")
    ("In the coming weeks the plan will be unveiled.", "the coming weeks", "PXW"),
    ("Over the past months, prices rose sharply.", "the past months", "PXM"),
])
def test_the_coming_and_past_units(text: str, surface: str, value: str) -> None:
    found = one(text, "2025-03-12", surface)
    assert (found.type, found.value) == ("DURATION", value)
