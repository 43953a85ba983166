"""Durations, sets and weekday spans as news writes them: stretches after "over the", vague counts of
units ("after months of fighting"), rates ("200 flights a week"), "one day" as some future day,
numbers with thousands separators, "Sept." and the order of a weekday range."""

from __future__ import annotations

import pytest
from timex_helpers import one, values

from tidings.time import find_timexes
from tidings.time.timeml import timeml_timexes

# ---- "over the past two weeks" is the stretch itself -----------------------------------------


@pytest.mark.parametrize(("anchor", "text", "surface", "value"), [
    # WCEP 2025-02-18 and 2025-10-16, shortened
    ("2025-02-18", "Over 124 people have been killed over the last six weeks from bootleg alcohol.",
     "the last six weeks", "P6W"),
    ("2025-10-16", "Nestlé announces it will cut 16,000 jobs over the next two years.", "the next two years", "P2Y"),
    ("2025-04-04", "Over the past two days, the S&P 500 is down over 10%.", "the past two days", "P2D"),
])
def test_over_the_past_units_is_no_more_than(anchor: str, text: str, surface: str, value: str) -> None:
    timex = one(text, anchor, surface)
    assert (timex.type, timex.value, timex.mod) == ("DURATION", value, None)


def test_more_than_a_stretch_keeps_its_modifier() -> None:
    timex = one("The ceasefire held for more than two years.", "2024-03-14", "more than two years")
    assert (timex.value, timex.mod) == ("P2Y", "MORE_THAN")


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The trial is expected to last several weeks.", "several weeks", "PXW"),
    ("The ban will last a year, officials said.", "a year", "P1Y"),
    ("The talks could last two days.", "two days", "P2D"),
])
def test_last_as_a_verb_stays_outside(text: str, surface: str, value: str) -> None:
    assert values(text, "2024-03-14") == {surface: value}


def test_the_last_units_is_still_a_stretch() -> None:
    assert values("He spent the last two years in jail.", "2024-03-14") == {"the last two years": "P2Y"}


# ---- an unstated number of units ---------------------------------------------------------------


@pytest.mark.parametrize(("anchor", "text", "surface", "value"), [
    # WCEP 2025-01-29, 2025-02-07, 2025-06-03 and 2025-10-05, shortened
    ("2025-01-29", "Reeves approves a third runway at Heathrow Airport after decades of delays.", "decades", "PXY"),
    ("2025-02-07", "Russia says its forces have taken Toretsk after months of urban warfare.", "months", "PXM"),
    ("2025-06-03", "Mongolian prime minister Oyun-Erdene resigns after weeks of protests.", "weeks", "PXW"),
    ("2025-10-05", "More than 60 people are killed in landslides after days of heavy rain.", "days", "PXD"),
    ("2024-03-14", "Within hours of the attack, the army sealed the border.", "hours", "PTXH"),
    ("2024-03-14", "Officials said the talks would take months.", "months", "PXM"),
    ("2024-03-14", "The fire lasted hours, officials said.", "hours", "PTXH"),
])
def test_vague_counts_of_units(anchor: str, text: str, surface: str, value: str) -> None:
    timex = one(text, anchor, surface)
    assert (timex.type, timex.value) == ("DURATION", value)


def test_units_ago_or_later_are_no_vague_duration() -> None:
    assert "months" not in values("The deal collapsed months later.", "2024-03-14")


# ---- rates are sets ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The airline operates 200 flights a week between the two cities.", "a week", "P1W"),
    ("Most workers there earn less than $5 a day.", "a day", "P1D"),
    ("The country pumps 3 million barrels of oil a day.", "a day", "P1D"),
    ("Up to 40 trucks a day enter the territory.", "a day", "P1D"),
    ("Rents rose 5% a year in the 1990s.", "a year", "P1Y"),
    ("The station broadcasts 24 hours a day, seven days a week.", "a week", "P1W"),
])
def test_a_unit_after_a_quantity_is_a_rate(text: str, surface: str, value: str) -> None:
    timex = one(text, "2024-03-14", surface)
    assert (timex.type, timex.value) == ("SET", value)


@pytest.mark.parametrize(("text", "surface"), [
    ("The president spent a week in Asia.", "a week"),
    ("Five people died a day after the vote.", "a day"),
    ("He left in 2019, a year after the war.", "a year"),
])
def test_a_unit_without_a_quantity_before_it_stays_a_duration(text: str, surface: str) -> None:
    assert one(text, "2024-03-14", surface).type == "DURATION"


# ---- "one day" as some future day ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "surface"), [
    ("She said the country could one day join the bloc.", "one day"),
    ("Refugees hope to one day return home.", "one day"),
    ("He wants to some day see peace.", "some day"),
])
def test_one_day_after_a_modal_is_the_future(text: str, surface: str) -> None:
    timex = one(text, "2024-03-14", surface)
    assert (timex.type, timex.value) == ("DATE", "FUTURE_REF")


def test_a_strike_of_one_day_is_a_duration() -> None:
    assert values("The strike will last one day.", "2024-03-14") == {"one day": "P1D"}


def test_soon_after_is_no_future_reference() -> None:
    assert values("Soon after the vote, protests began.", "2024-03-14") == {}
    assert values("A decision is expected soon.", "2024-03-14") == {"soon": "FUTURE_REF"}


# ---- numbers with thousands separators, "Sept." --------------------------------------------------


def test_thousands_of_years() -> None:
    # WCEP 2025-11-23, shortened
    text = "The Hayli Gubbi volcano erupts for the first time in nearly 12,000 years."
    assert values(text, "2025-11-23") == {"nearly 12,000 years": "P12000Y"}
    # WCEP 2025-08-30, shortened: not "300 years ago" (1725)
    got = values("Archaeologists discover tombs dating back to at least 2,300 years ago.", "2025-08-30")
    assert got == {"at least 2,300 years ago": "PAST_REF"}


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The company said profit fell in the quarter ended Sept. 30.", "Sept. 30", "2023-09-30"),
    ("The law took effect Sept. 1, 2023, after a long fight.", "Sept. 1, 2023", "2023-09-01"),
    ("Sales fell in Sept. 2023, the agency said.", "Sept. 2023", "2023-09"),
])
def test_sept_with_a_full_stop(text: str, surface: str, value: str) -> None:
    assert one(text, "2024-03-14", surface).value == value


def test_a_short_month_alone_is_no_month() -> None:
    assert values("Sept said the plan would work.", "2024-03-14") == {}


# ---- a weekday range keeps its order ---------------------------------------------------------------


@pytest.mark.parametrize(("anchor", "text", "value"), [
    # published on a Tuesday: the talks of a past clause ended the Wednesday before
    ("2024-03-12", "Talks were held from Monday to Wednesday in Geneva.", "2024-03-04/2024-03-06"),
    ("2024-03-14", "Talks were held from Monday to Wednesday in Geneva.", "2024-03-11/2024-03-13"),
    ("2024-03-12", "Talks will be held from Monday to Wednesday in Geneva.", "2024-03-18/2024-03-20"),
    ("2024-03-14", "The talks ran from Wednesday through Friday.", "2024-03-06/2024-03-08"),
    ("2024-03-14", "Talks will take place from Tuesday to Thursday.", "2024-03-19/2024-03-21"),
    ("2024-03-16", "The summit will run from Friday to Sunday.", "2024-03-22/2024-03-24"),
    ("2024-03-12", "Voting took place between Monday and Wednesday.", "2024-03-04/2024-03-06"),
])
def test_a_weekday_range_ends_after_it_starts(anchor: str, text: str, value: str) -> None:
    (timex,) = find_timexes(text, anchor)
    assert timex.value == value
    first, last = timex.value.split("/")
    assert first < last


def test_a_weekday_range_is_two_dates_in_timeml() -> None:
    text = "Talks were held from Monday to Wednesday in Geneva."
    ends = timeml_timexes(find_timexes(text, "2024-03-12"))
    assert [(t.text, t.value) for t in ends] == [("Monday", "2024-03-04"), ("Wednesday", "2024-03-06")]


# ---- more vague stretches, parts of the day, dotted clock times ------------------------------------


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The building collapsed in a matter of minutes.", "minutes", "PTXM"),
    ("A deal could come in a matter of days.", "days", "PXD"),
    ("Hours after the blast, rescuers reached the site.", "Hours", "PTXH"),
    ("Days before the vote, the minister quit.", "Days", "PXD"),
    ("The currency lost 10% in a single day.", "a single day", "P1D"),
])
def test_more_vague_and_single_units(text: str, surface: str, value: str) -> None:
    timex = one(text, "2024-03-14", surface)
    assert (timex.type, timex.value) == ("DURATION", value)


def test_a_week_from_today_is_a_date() -> None:
    assert values("The vote takes place a week from today.", "2024-03-14") == {"a week from today": "2024-03-21"}


def test_a_dotted_clock_time_needs_its_zone() -> None:
    got = values("Trading resumed at 12.30 GMT on Friday.", "2024-03-14")
    assert got == {"12.30 GMT on Friday": "2024-03-08T12:30Z"}
    assert values("Shares rose 12.30 percent.", "2024-03-14") == {}


@pytest.mark.parametrize("text", [
    "The president said it was a day of mourning for the nation.",
    "This is a difficult day for us and not a day anybody can be prepared for.",
    "Officials said it was a day to remember.",
])
def test_a_day_named_and_described_is_no_duration(text: str) -> None:
    assert "a day" not in values(text, "2024-03-14")


@pytest.mark.parametrize(("text", "surface"), [
    ("It has been a year since the war began.", "a year"),
    ("Exports rose for a year, the ministry said.", "a year"),
    ("It has been a week.", "a week"),
])
def test_a_stretch_after_a_copula_stays_a_duration(text: str, surface: str) -> None:
    assert one(text, "2024-03-14", surface).type == "DURATION"


# ---- sets of named periods, the year-ago period ------------------------------------------------------


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Tourists flock to the island every summer.", "every summer", "XXXX-SU"),
    ("The festival is held each September in the capital.", "each September", "XXXX-09"),
    ("Patrols go out every morning, residents said.", "every morning", "XXXX-XX-XXTMO"),
    ("Protesters gather on Friday nights outside parliament.", "Friday nights", "XXXX-WXX-5TNI"),
    ("The border market opens on weekends.", "weekends", "XXXX-WXX-WE"),
    ("He visits his mother every weekend.", "every weekend", "XXXX-WXX-WE"),
])
def test_sets_of_named_periods(text: str, surface: str, value: str) -> None:
    timex = one(text, "2024-03-14", surface)
    assert (timex.type, timex.value) == ("SET", value)


def test_one_friday_night_is_a_time() -> None:
    assert one("The vote is on Friday night.", "2024-03-14", "Friday night").type == "TIME"


def test_the_year_ago_quarter_is_the_quarter_in_focus_a_year_back() -> None:
    text = "Revenue in the third quarter of 2023 beat the year-ago quarter."
    assert values(text, "2024-03-14") == {"the third quarter of 2023": "2023-Q3", "the year-ago quarter": "2022-Q3"}


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The harvest begins in the last week of June.", "the last week of June", "2024-W26"),
    ("The first week of March 2024 was the coldest on record.", "The first week of March 2024", "2024-W10"),
    ("Talks are set for the second week of April.", "the second week of April", "2024-W15"),
])
def test_the_nth_week_of_a_month_is_one_week(text: str, surface: str, value: str) -> None:
    # not "the last week" before the reference and the month apart
    assert values(text, "2024-03-14") == {surface: value}


# ---- year ranges before a full stop, year-end, end-June ------------------------------------------------


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The law was debated in 2019-2020.", "2019-2020", "2019/2020"),
    ("Exports fell in fiscal 2008-09, and in 2009–10.", "2009–10", "2009/2010"),
])
def test_a_year_range_before_a_full_stop(text: str, surface: str, value: str) -> None:
    assert one(text, "2024-03-14", surface).value == value


def test_a_version_number_is_no_year_range() -> None:
    assert values("Version 2019-20.5 was released.", "2024-03-14") == {}


@pytest.mark.parametrize(("text", "surface", "value", "mod"), [
    ("The company expects to return to profit by year-end.", "year-end", "2024", "ON_OR_BEFORE"),
    ("Net debt stood at $2 billion at year-end 2023.", "year-end 2023", "2023", "END"),
    ("The minister will step down at the year's end.", "the year's end", "2024", "END"),
    ("Rates will peak by end-2024, analysts said.", "end-2024", "2024", "ON_OR_BEFORE"),
    ("Inflation stood at 5% at end-June 2023.", "end-June 2023", "2023-06", "END"),
])
def test_year_end_and_end_of_a_month(text: str, surface: str, value: str, mod: str) -> None:
    timex = one(text, "2024-03-14", surface)
    assert (timex.value, timex.mod) == (value, mod)


def test_a_verb_end_before_a_month_stays_outside() -> None:
    assert list(values("The talks end June 30, officials said.", "2024-03-14")) == ["June 30"]


def test_a_before_a_plural_unit_is_no_count() -> None:
    # WCEP 2025-09-23, shortened: not one century (P100Y)
    assert values("The FBI repatriates a centuries-old Spanish colonial map.", "2025-09-23") == {}
    assert values("He spent a few days there.", "2024-03-14") == {"a few days": "PXD"}


# ---- the weekend of a Sunday page ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "surface", "value"), [
    # WCEP 2026-01-11 (a Sunday), shortened: the weekend that Sunday ends, not the next one
    ("The death toll from avalanches in the French Alps over the weekend rises to six.", "the weekend",
     "2026-W02-WE"),
    ("Protests took place last weekend in the capital.", "last weekend", "2026-W01-WE"),
    ("A vote is planned next weekend.", "next weekend", "2026-W03-WE"),
])
def test_the_weekend_of_a_sunday_page(text: str, surface: str, value: str) -> None:
    assert one(text, "2026-01-11", surface).value == value


# ---- a clock time before a later part of the day --------------------------------------------------------


# the part of the day belongs to the clock time's expression (one TIMEX3, as "10 a.m. Tuesday" is)
@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Police said the shooting happened at around 10 o'clock last night.", "around 10 o'clock last night",
     "2024-03-13T22:00"),
    ("The blast was heard at 10 p.m. last night.", "10 p.m. last night", "2024-03-13T22:00"),
    ("The blast was heard at 2 a.m. last night.", "2 a.m. last night", "2024-03-14T02:00"),
    ("The plane left at 10:30 this morning.", "10:30 this morning", "2024-03-14T10:30"),
    ("The minister will speak at 8 tonight.", "8 tonight", "2024-03-14T20:00"),
    ("The vote closes at 8 p.m. tonight.", "8 p.m. tonight", "2024-03-14T20:00"),
    ("The talks resume at 3:30 this afternoon.", "3:30 this afternoon", "2024-03-14T15:30"),
    ("Guards change at 6 in the morning.", "6 in the morning", "2024-03-14T06:00"),
    ("The fire broke out at 9:15 yesterday evening.", "9:15 yesterday evening", "2024-03-13T21:15"),
    ("Talks resume at 10 a.m. tomorrow morning.", "10 a.m. tomorrow morning", "2024-03-15T10:00"),
])
def test_a_clock_time_before_last_night(text: str, surface: str, value: str) -> None:
    assert one(text, "2024-03-14", surface).value == value


# ---- parts of the year named from the reference, "late Tuesday" -------------------------------------------


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("This year's third quarter was the weakest since 2009.", "This year's third quarter", "2024-Q3"),
    ("Analysts expect next year's first half to be stronger.", "next year's first half", "2025-H1"),
    ("Profit rose 5% from the year-earlier first half.", "the year-earlier first half", "2023-H1"),
])
def test_parts_of_a_year_named_from_the_reference(text: str, surface: str, value: str) -> None:
    assert one(text, "2024-03-14", surface).value == value


def test_late_or_early_before_a_weekday_belongs_to_it() -> None:
    timex = one("The bill was signed late Tuesday, officials said.", "2024-03-14", "late Tuesday")
    assert (timex.value, timex.mod) == ("2024-03-12", "END")
