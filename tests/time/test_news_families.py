"""Fiscal years, parts of periods, recent stretches, weekends, decades and turns of centuries."""

from __future__ import annotations

import pytest
from timex_helpers import one, values

from tidings.time import interval_of


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The company reported fiscal 2024 revenue of $3 billion.", "fiscal 2024", "FY2024"),
    ("Emissions fell 1.9% in fiscal year 2024.", "fiscal year 2024", "FY2024"),
    ("Management raised its FY2025 outlook.", "FY2025", "FY2025"),
    ("Analysts cut their FY25 forecasts.", "FY25", "FY2025"),
    ("The deficit widened in the 2023-24 fiscal year.", "the 2023-24 fiscal year", "FY2024"),
])
def test_fiscal_years(text: str, surface: str, value: str) -> None:
    assert one(text, "2025-03-12", surface).value == value


def test_relative_fiscal_year_and_its_days() -> None:
    # WCEP 2025-12-26, shortened
    text = "Japan's cabinet approves a budget for the next fiscal year, the largest national budget."
    assert one(text, "2025-12-26", "the next fiscal year").value == "FY2026"
    assert interval_of("FY2024") == ("2023-02-01", "2025-03-31")


def test_parts_of_a_period() -> None:
    got = values("Growth slowed in mid-2011; a vote is expected later this year.", "2025-03-12")
    assert got == {"mid-2011": "2011", "later this year": "2025"}
    assert one("Growth slowed in mid-2011.", None, "mid-2011").mod == "MID"
    assert one("A vote is expected later this year.", "2025-03-12", "later this year").mod == "END"
    timex = one("Prices rose earlier this month, the agency said.", "2025-03-12", "earlier this month")
    assert (timex.value, timex.mod) == ("2025-03", "START")


def test_recent_stretches_are_durations() -> None:
    # WCEP 2025-03-01 and 2025-09-12, shortened
    text = "Dozens of civilians were killed by the militia over the past week."
    timex = one(text, "2025-03-01", "the past week")
    assert (timex.type, timex.value) == ("DURATION", "P1W")
    text = "Police arrest members of the Islamic State over the last week."
    assert one(text, "2025-09-12", "the last week").value == "P1W"
    got = values("Fighting continued in recent days and recent weeks.", "2025-03-12")
    assert got == {"recent days": "PAST_REF", "recent weeks": "PAST_REF"}
    # wire-style sentences written for this test: "within hours", "in just minutes"
    got = values("The rebels withdrew within hours.", "2025-03-12")
    assert got == {"hours": "PTXH"}
    assert values("The index lost 300 points in just minutes.", "2025-03-12") == {"minutes": "PTXM"}


def test_calendar_units_stay_dates() -> None:
    got = values("Shares fell last week.", "2025-03-12")
    assert got["last week"] == "2025-W10"
    assert one("It was the last year of the war.", "2025-03-12", "the last year").type == "DATE"
    last_week_of = one("Sales rose in the last week of March.", "2009-04-02", "the last week of March")
    assert (last_week_of.type, last_week_of.value) == ("DATE", "2009-W13")
    assert one("Rents have doubled over the past decade.", "2026-01-12", "the past decade").value == "201X"


def test_weekend_before_a_midweek_page() -> None:
    # 2025-03-12 is a Wednesday: the weekend before is 8-9 March, ISO week 10.
    timex = one("Fighting continued over the weekend.", "2025-03-12", "the weekend")
    assert (timex.value, timex.earliest, timex.latest) == ("2025-W10-WE", "2025-03-08", "2025-03-09")


def test_decades_and_centuries() -> None:
    got = values("The city grew in the 1990s and again in the early 90s.", "2025-03-12")
    assert got == {"the 1990s": "199X", "the early 90s": "199X"}
    timex = one("At the turn of the century, the town had 2,000 people.", "2025-03-12", "the turn of the century")
    assert (timex.value, timex.mod) == ("2000", "APPROX")
    assert one("It was built at the turn of the 20th century.", "2025-03-12",
               "the turn of the 20th century").value == "1900"


def test_round_hundreds_name_the_century() -> None:
    # written for this test: "the 1800s" is the nineteenth century, as "the 19th century" is;
    # "the 2000s" stays a decade (beside "the 2010s"), as "the 1980s" is
    got = values("The mill ran through the 1800s and closed in the 1980s.", "2025-03-12")
    assert got == {"the 1800s": "18XX", "the 1980s": "198X"}
    assert values("The port grew in the 19th century.", "2025-03-12") == {"the 19th century": "18XX"}
    assert values("Prices rose in the 2000s and fell in the 2010s.", "2025-03-12") == {
        "the 2000s": "200X", "the 2010s": "201X"}


def test_fall_of_a_regime_is_no_season() -> None:
    # WCEP 2025-01-07, shortened
    text = "Qatar Airways resumes flights to Syria for the first time since the fall of the Assad regime."
    assert values(text, "2025-01-07") == {}
    assert values("Sales rose in the fall of 2024.", "2025-01-07") == {"the fall of 2024": "2024-FA"}


@pytest.mark.parametrize(("text", "surface", "value"), [
    # wire-style sentences written for this test (TIMEX3: fractions of a unit, "X and a half")
    ("The hearing lasted half an hour.", "half an hour", "PT0.5H"),
    ("The militia held the town for about half a century.", "about half a century", "P50Y"),
    ("He spent a year and a half in detention.", "a year and a half", "P1.5Y"),
    ("Negotiators talked for an hour and a half.", "an hour and a half", "PT1.5H"),
])
def test_halves_of_units(text: str, surface: str, value: str) -> None:
    assert one(text, "2025-03-12", surface).value == value


def test_so_many_times_a_unit_is_a_set() -> None:
    timex = one("Parliament meets twice a year in the capital.", "2025-03-12", "twice a year")
    assert (timex.type, timex.value) == ("SET", "P1Y")
    assert one("Inspectors visit three times a week.", "2025-03-12", "three times a week").type == "SET"


def test_every_so_many_units_is_a_set_of_that_period() -> None:
    """WCXB dev pages 0218 and 4267 (CC BY 4.0, Murrough Foley's WCXB), then wire-style sentences."""
    timex = one("California adopts a version of that code every three years, but with dozens of state-specific "
                "amendments.", "2025-06-11", "every three years")
    assert (timex.type, timex.value) == ("SET", "P3Y")
    timex = one("It does require a biennial report every two years.", "2025-06-11", "every two years")
    assert (timex.type, timex.value) == ("SET", "P2Y")
    assert one("Trains leave every 15 minutes.", "2025-03-12", "every 15 minutes").value == "PT15M"
    assert one("The council meets every other week.", "2025-03-12", "every other week").value == "P2W"
    rate = one("Staff earn eight hours of leave for every 80 hours worked.", "2025-03-12", "80 hours")
    assert rate.type == "DURATION"  # a rate, not a recurrence


def test_a_clock_time_takes_the_day_written_after_its_zone() -> None:
    """ECB+ 20_3ecb and 30_1ecb (CC BY 3.0, Vossen et al.): the day after the parenthesis is the clock's day."""
    text = ("The quake hit part of Qeshm island in the Gulf off Iran's southern Hormozgan province at 17:06 pm "
            "(1336 GMT) on Sunday, state television said.")
    assert one(text, "2008-12-23", "17:06 pm").value == "2008-12-21T17:06"
    assert one(text, "2008-12-23", "1336 GMT").value == "2008-12-21T13:36Z"
    text = "MENA reported that the cuts happened off the coast of Sicily at 10:00 am (0800 GMT) on Friday."
    assert one(text, "2008-12-23", "10:00 am").value == "2008-12-19T10:00"
    text = "The plane landed at 6 p.m., and on Tuesday the crew left."  # another clause's day
    assert one(text, "2008-12-23", "6 p.m.").value == "2008-12-23T18:00"


def test_a_capital_on_after_a_clock_time_opens_a_new_sentence() -> None:
    text = "The plane landed at 6 p.m. On Tuesday the crew left."
    assert one(text, "2008-12-23", "6 p.m.").value == "2008-12-23T18:00"


def test_four_digit_clock_times_and_o_clock() -> None:
    text = "The vote count will begin at 1800 local time (1600 GMT) on Sunday."
    assert one(text, "2008-10-09", "1800").value == "2008-10-12T18:00"
    assert one("The speech was due at 2000 hours.", "2008-10-09", "2000 hours").value == "2008-10-09T20:00"
    assert one("The ship sailed for 2000 hours.", "2008-10-09", "2000 hours").value == "PT2000H"  # a duration
    assert "1200" not in values("Some 1200 local residents were evacuated.", "2008-10-09")
    assert one("He spoke at nine o'clock.", "2008-10-09", "nine o'clock").value == "2008-10-09T09:00"


def test_a_second_before_a_noun_is_an_ordinal() -> None:
    assert values("Shares fell for a second day on Wall Street.", "2008-10-09") == {}
    assert values("He won a second term.", "2008-10-09") == {}
    assert one("He paused for a second before answering.", "2008-10-09", "a second").value == "PT1S"
    assert one("It was the biggest one-second drop.", "2008-10-09", "one-second").value == "PT1S"


def test_noon_and_midnight_alone_are_clock_times() -> None:
    assert one("The summit opened at noon.", "2008-12-23", "noon").value == "2008-12-23T12:00"
    assert one("Talks resumed at midday local time.", "2008-12-23", "midday").type == "TIME"


def test_shortly_before_a_time_is_no_future_reference() -> None:
    """ECB+ 14_7ecb (CC BY 3.0): "shortly before" modifies the clock time; "will arrive shortly" still looks ahead."""
    text = ("Fire crews and police officers were called to the High Street premises shortly before 9pm on Friday "
            "after a CCTV operator noticed smoke.")
    assert "shortly" not in values(text, "2008-12-23")
    assert one("The minister will arrive shortly.", "2008-12-23", "shortly").value == "FUTURE_REF"


@pytest.mark.parametrize(("text", "anchor", "surface", "value"), [
    ("Retailers expect record crowds on Thanksgiving.", "2019-11-20", "Thanksgiving", "2019-11-28"),
    ("Shoppers crowded stores on Black Friday.", "2019-11-20", "Black Friday", "2018-11-23"),  # a past clause
    ("Stores will open early on Black Friday.", "2019-11-20", "Black Friday", "2019-11-29"),
    ("Markets were closed on Good Friday.", "2019-11-20", "Good Friday", "2019-04-19"),
    ("The tradition began at Easter 2016.", "2019-11-20", "Easter 2016", "2016-03-27"),
    ("The strike began on Labor Day.", "2019-11-20", "Labor Day", "2019-09-02"),
    ("The memorial opened on Memorial Day.", "2019-11-20", "Memorial Day", "2019-05-27"),
    ("Protesters marched on Martin Luther King Day.", "2025-02-03", "Martin Luther King Day", "2025-01-20"),
    ("The company was founded on April Fool's Day 1976.", "2008-10-09", "April Fool's Day 1976", "1976-04-01"),
    ("Veterans marked Armistice Day.", "2008-10-09", "Armistice Day", "2007-11-11"),
])
def test_holidays_fall_on_their_day_of_that_year(text: str, anchor: str, surface: str, value: str) -> None:
    assert one(text, anchor, surface).value == value


def test_us_zone_abbreviations_join_the_clock_time() -> None:
    # 2025-03-12 is a Wednesday: "4 p.m. ET on Friday" is the Friday before, at 16:00
    timex = one("Trading closed at 4 p.m. ET on Friday.", "2025-03-12", "4 p.m. ET on Friday")
    assert timex.value == "2025-03-07T16:00"


def test_the_week_or_month_a_passage_is_about() -> None:
    # scrapinghub AEB, CBS Sports 2019-11-18 (not a gold page), shortened: the week of that Friday
    text = ("On Friday, it was Finland and Sweden's chance. And earlier in the week, Turkey drew Iceland 0-0 "
            "in Istanbul to book its spot.")
    assert values(text, "2019-11-18") == {"Friday": "2019-11-15", "the week": "2019-W46"}
    # WCXB dev (a fitness page): "the week" of a generic plan is still the week in focus; "for the year
    # 2025" and "for the year of death" are no "in the year" phrases
    assert one("If you miss a day, double up on workouts later in the week.", "2025-03-12", "the week").value \
        == "2025-W11"
    assert "the year" not in values("The filing threshold for the year of death is $13,990,000.", "2025-03-12")


def test_a_part_of_the_day_after_or_before_the_one_in_focus() -> None:
    # WCEP 2025-05-07 (Disasters and accidents): the crash that day, the wreckage the next afternoon
    text = ("A Piper PA-31T Cheyenne II ambulance plane crashed in a mountainous region on a night-time flight "
            "from Santiago to Arica. The wreckage was located the following afternoon, all on board were found dead.")
    timex = one(text, "2025-05-07", "the following afternoon")
    assert (timex.type, timex.value) == ("TIME", "2025-05-08TAF")
    # written for this test: "the previous night" before a dated day
    got = values("On March 3, rebels attacked the town. The previous night, troops had left.", "2025-03-12")
    assert got["The previous night"] == "2025-03-02TNI"


def test_part_of_a_named_day_is_one_time() -> None:
    # written for this test: "the night of March 3" is one TIMEX3, the day and its part, as
    # "Tuesday night" is; the part word alone is no second timex
    got = values("Gunmen stormed the hotel on the night of March 3.", "2025-03-12")
    assert got == {"the night of March 3": "2025-03-03TNI"}
    timex = one("The vote was held on the morning of 4 May 2024.", "2025-03-12", "the morning of 4 May 2024")
    assert (timex.type, timex.value) == ("TIME", "2024-05-04TMO")
    # "the night of the attack" names no calendar day: no timex of this kind
    assert values("Police were called on the night of the attack.", "2025-03-12") == {}


def test_units_ago_without_a_number_are_past_ref() -> None:
    # WCEP 2025 bullet, shortened: "abducted ... decades ago" is a past time with no calendar position
    text = "Families of citizens abducted by North Korea decades ago hold a rally in Tokyo."
    assert values(text, "2025-05-02") == {"decades ago": "PAST_REF"}
    # written for this test: a number before the unit is the offset rule's, or no timex of this kind
    assert values("Years ago, the mill closed; two years ago it reopened.", "2025-05-02") == {
        "Years ago": "PAST_REF", "two years ago": "2023"}
    assert values("The fossil was laid down 166 million years ago.", "2025-05-02") == {}


@pytest.mark.parametrize(("text", "want"), [
    # written for this test: "all day", "all week long" are the whole of one unit
    ("Negotiators met all day before the vote.", {"all day": "P1D"}),
    ("Protests went on all week long in the capital.", {"all week long": "P1W"}),
    # a modifier, or every year (a set): no duration of this kind
    ("An all-day strike shut the port.", {}),
    ("The border post is staffed all year round.", {}),
])
def test_all_of_one_unit_is_a_duration(text: str, want: dict[str, str]) -> None:
    assert values(text, "2025-03-12") == want
