"""One test family per rule family, on real news-style sentences (written for these tests or
taken from wire copy style; the anchor is the article's date)."""

from __future__ import annotations

import dataclasses

import pytest
from timex_helpers import one, values

from tidings.time import grammar

# ---- weekdays: tense decides the direction ------------------------------------------------


def test_weekday_in_past_tense_is_the_last_one() -> None:
    # 2024-03-29 is a Friday.
    text = "Zhao Leji met with Tokayev on the sidelines of the Boao Forum on Thursday."
    assert one(text, "2024-03-29", "Thursday").value == "2024-03-28"


def test_weekday_naming_the_publication_day_in_past_tense_is_that_day() -> None:
    text = "President Xi Jinping and President Tokayev sent congratulatory messages on Friday."
    assert one(text, "2024-03-29", "Friday").value == "2024-03-29"


def test_weekday_in_future_tense_is_ahead() -> None:
    text = "The foreign ministers will meet again in Astana on Tuesday to sign the agreement."
    assert one(text, "2024-03-29", "Tuesday").value == "2024-04-02"


def test_weekday_with_last_and_next() -> None:
    text = "Shares fell last Monday, and the board meets next Wednesday."
    got = values(text, "2024-03-29")
    assert got["last Monday"] == "2024-03-25"
    assert got["next Wednesday"] == "2024-04-03"


def test_weekday_with_part_of_day_is_a_time() -> None:
    timex = one("The talks resumed on Friday morning in Geneva.", "2010-07-17", "Friday morning")
    assert (timex.type, timex.value) == ("TIME", "2010-07-16TMO")


def test_until_weekday_looks_ahead() -> None:
    text = "The government has continued to hold all stock markets closed until Friday."
    assert one(text, "2008-09-18", "Friday").value == "2008-09-19"


# ---- months and days without a year -------------------------------------------------------


def test_month_in_past_tense_before_the_anchor_month_is_this_year() -> None:
    text = "The measure comes on top of turnaround plans announced in January."
    assert one(text, "2006-08-19", "January").value == "2006-01"


def test_month_in_past_tense_after_the_anchor_month_is_last_year() -> None:
    text = "Exports to Europe rose sharply in November, the ministry said."
    assert one(text, "2024-03-29", "November").value == "2023-11"


def test_month_in_future_tense_is_ahead() -> None:
    text = "President Tokayev will pay a state visit to China in September."
    assert one(text, "2024-10-02", "September").value == "2025-09"


def test_day_and_month_near_the_anchor_is_the_near_one() -> None:
    text = "A June 3 hearing has been scheduled in the US Bankruptcy Court."
    assert one(text, "2009-05-14", "June 3").value == "2009-06-03"


def test_day_and_month_across_the_new_year() -> None:
    text = "The court ruled on 11 December that the contract was void."
    assert one(text, "2010-01-25", "11 December").value == "2009-12-11"


def test_month_this_year_and_last_year() -> None:
    text = "In April this year, Xi presented the medal; exports fell in September last year."
    got = values(text, "2019-08-20")
    assert got["April this year"] == "2019-04"
    assert got["September last year"] == "2018-09"


def test_month_year_and_full_dates() -> None:
    got = values("Xi's previous state visit was in September 2022; ties began on January 3, 1992.", "2024-07-04")
    assert got["September 2022"] == "2022-09"
    assert got["January 3, 1992"] == "1992-01-03"


def test_may_the_verb_is_not_a_month() -> None:
    assert "may" not in values("The contract may be signed during the auto show in Frankfurt.", "2007-09-08")


# ---- ranges --------------------------------------------------------------------------------


def test_day_range_inside_one_month() -> None:
    text = "President Tokaev will pay a state visit to China from September 10th to 12th."
    timex = one(text, "2019", "from September 10th to 12th")
    assert timex.value == "2019-09-10/2019-09-12"
    assert (timex.earliest, timex.latest) == ("2019-09-10", "2019-09-12")


def test_month_range_this_year() -> None:
    text = "From January to June this year, China Kazakhstan trade volume reached 9.53 billion US dollars."
    assert one(text, "2019-08-01", "From January to June this year").value == "2019-01/2019-06"


def test_range_of_days_before_month() -> None:
    assert one("The summit runs 3-4 July 2024 in Astana.", None, "3-4 July 2024").value == "2024-07-03/2024-07-04"


def test_year_range() -> None:
    assert one("Output grew between 2014 and 2016.", None, "between 2014 and 2016").value == "2014/2016"


# ---- quarters, halves, seasons -------------------------------------------------------------


def test_quarter_of_a_year() -> None:
    text = "In the first quarter of 2024, the number of visits had already amounted to 200,000."
    assert one(text, None, "the first quarter of 2024").value == "2024-Q1"


def test_quarter_relative_to_the_year() -> None:
    got = values("Profit in the first quarter of last year beat the third quarter of this year.", "2009-11-03")
    assert got["the first quarter of last year"] == "2008-Q1"
    assert got["the third quarter of this year"] == "2009-Q3"


def test_bare_quarter_is_the_nearest() -> None:
    text = "Ford said it would partially close ten plants during the fourth quarter."
    assert one(text, "2006-08-19", "the fourth quarter").value == "2006-Q4"
    text = "The company swung to a loss in the fourth quarter, it reported on Tuesday."
    assert one(text, "2007-03-13", "the fourth quarter").value == "2006-Q4"


def test_last_quarter_is_the_previous_one() -> None:
    assert one("Sales slumped in the last quarter.", "2007-01-18", "the last quarter").value == "2006-Q4"


def test_half_year() -> None:
    assert one("Growth slowed in the first half of 2023.", None, "the first half of 2023").value == "2023-H1"


def test_seasons() -> None:
    got = values("Talks stalled last summer and will resume in the spring of 2025.", "2024-10-10")
    assert got["last summer"] == "2024-SU"  # the summer just past
    assert got["the spring of 2025"] == "2025-SP"


def test_summer_camp_is_no_season() -> None:
    assert values("The summer camp of Chinese teachers visited Shymkent.", "2019-08-01") == {}


# ---- decades and centuries -------------------------------------------------------------------


def test_decades() -> None:
    text = "He recalled the dawn of independence in the early 90s, after the boom of the 1980s."
    got = values(text, "2024-07-02")
    assert got["the early 90s"] == "199X"
    assert one(text, "2024-07-02", "the early 90s").mod == "START"
    assert got["the 1980s"] == "198X"


def test_century() -> None:
    assert one("The challenges of the 21st century are new.", None, "the 21st century").value == "20XX"


# ---- durations -------------------------------------------------------------------------------


def test_durations() -> None:
    text = ("Kabibekov treated patients during his 25-year stay; for more than a decade the two "
            "countries cooperated, and trade doubled over the past three decades.")
    got = values(text, "2024-07-02")
    assert got["25-year"] == "P25Y"
    assert got["more than a decade"] == "P10Y"
    assert one(text, "2024-07-02", "more than a decade").mod == "MORE_THAN"
    assert got["the past three decades"] == "P30Y"  # "over" before "the" is no MORE_THAN
    assert one(text, "2024-07-02", "the past three decades").mod is None


def test_vague_and_clock_durations() -> None:
    got = values("The index lost 9% in thirty minutes after several years of gains.", "2010-05-07")
    assert got["thirty minutes"] == "PT30M"
    assert got["several years"] == "PXY"


def test_a_quarter_of_something_is_no_duration() -> None:
    assert values("Chrysler wants to eliminate about a quarter of its dealers.", "2009-05-14") == {}


# ---- "ago" and other offsets ------------------------------------------------------------------


def test_years_ago_from_the_anchor() -> None:
    text = "Since the establishment of diplomatic relations 27 years ago, relations have developed."
    timex = one(text, "2019", "27 years ago")
    assert (timex.value, timex.anchor_used) == ("1992", "2019")


def test_over_years_ago_is_before() -> None:
    timex = one("Over 80 years ago, Xian and Baikadamov met.", "2024", "Over 80 years ago")
    assert (timex.value, timex.mod) == ("1944", "BEFORE")


def test_a_week_ago_keeps_the_day() -> None:
    assert one("The earthquake struck a week ago.", "2011-03-18", "a week ago").value == "2011-03-11"


def test_ago_without_anchor_is_past_ref() -> None:
    assert one("It happened two months ago.", None, "two months ago").value == "PAST_REF"


# ---- deictic words ----------------------------------------------------------------------------


def test_deictic_words() -> None:
    got = values("Yesterday shares rose; last year they fell, and next month they may rise again.", "2010-06-08")
    assert got["Yesterday"] == "2010-06-07"
    assert got["last year"] == "2009"
    assert got["next month"] == "2010-07"


def test_this_week_is_the_iso_week() -> None:
    assert one("Stocks rallied this week.", "2008-12-13", "this week").value == "2008-W50"


def test_a_streak_or_a_record_names_the_current_unit() -> None:
    # headlines in wire style: CNBC 2020-02-28 "stocks post worst week since 2008 financial crisis"
    assert one("Stocks post worst week since 2008 financial crisis.", "2020-02-28", "week").value == "2020-W09"
    assert values("Mortgage rates fall for fourth week in a row.", "2019-08-01") == {"fourth week": "2019-W31"}
    assert values("The dollar fell for the third month running.", "2019-08-01") == {"the third month": "2019-08"}
    got = values("The pound had its strongest month since May 2018.", "2019-10-31")
    assert got == {"month": "2019-10", "May 2018": "2018-05"}


def test_a_week_without_a_streak_or_record_is_no_timex() -> None:
    assert values("Voters have the best week of choices they have had.", "2019-08-01") == {}
    assert values("It was the fourth week of the trial in a courtroom.", "2019-08-01") == {}


def test_formerly_names_a_former_role_not_a_time() -> None:
    # wire-style sentences written for this test
    text = "X, the platform formerly known as Twitter, suspended the account on Monday."
    assert values(text, "2023-08-02") == {"Monday": "2023-07-31"}
    assert values("Bolton, formerly of the State Department, spoke.", "2019-11-20") == {}


def test_vague_references() -> None:
    text = "In recent years exchanges grew; currently they are at a peak and will grow in the future."
    got = values(text, "2024-07-02")
    assert got["recent years"] == "PAST_REF"
    assert got["currently"] == "PRESENT_REF"
    assert got["the future"] == "FUTURE_REF"


# ---- anaphora: the temporal focus -------------------------------------------------------------


def test_day_of_a_month_named_with_its_year_before() -> None:
    text = ("It was a difficult time, December 1991. The Soviet Union had just collapsed. "
            "We declared independence on December 16th, and by January 3, 1992, the deputy minister arrived.")
    assert one(text, "2024", "December 16th").value == "1991-12-16"


def test_near_date_stays_deictic_after_a_far_focus() -> None:
    text = ("Singapore Airlines will launch the aircraft into service in November 2006. "
            "The A380 will wear its livery when it arrives on November 11.")
    assert one(text, "2005-11-05", "November 11").value == "2005-11-11"


def test_the_next_day_follows_the_focus() -> None:
    text = "The summit opened on March 3, 2015. The next day, the leaders signed the accord."
    timex = one(text, "2015-06-01", "The next day")
    assert (timex.value, timex.anchor_used) == ("2015-03-04", "2015-03-03")


def test_the_same_month_a_year_ago() -> None:
    text = "Sales fell 35% in January, compared to the same month a year ago."
    assert one(text, "2009-02-03", "the same month a year ago").value == "2008-01"


def test_the_previous_year_is_relative_to_the_focus() -> None:
    assert one("In 2005 profit rose; the previous year it fell.", "2010-01-01", "the previous year").value == "2004"


# ---- sets, times, robustness -------------------------------------------------------------------


def test_sets_and_clock_times() -> None:
    got = values("The fund publishes weekly reports; trading halted at 16:08 UTC.", "2008-09-17")
    assert got["weekly"] == "P1W"
    assert got["16:08 UTC"] == "2008-09-17T16:08Z"  # UTC is written "Z" (ISO 8601, TIMEX3)


def test_peoples_daily_is_no_frequency() -> None:
    assert "daily" not in values("Source: People's daily", "2019-08-01")


def test_numbers_that_are_not_years() -> None:
    text = "They share a border of more than 2,000 kilometers and 2000 soldiers guard it."
    assert values(text, "2024-01-01") == {}


def test_garbage_never_raises() -> None:
    for text in ["", "\x00\x01", "Friday" * 2000, "1/1/1 99:99 31 February 2024", "🙂 2024-99-99", "Q9 of 2024"]:
        for timex in [*values(text, "2024-02-30").items(), *values(text, None).items(), *values(text, "junk").items()]:
            assert isinstance(timex[1], str)


def test_titles_and_datelines_do_not_merge() -> None:
    text = "Russian markets to remain closed until Friday\nSeptember 18, 2008\nThe markets stay shut."
    got = values(text, "2008-09-18")
    assert got["September 18, 2008"] == "2008-09-18"
    assert got["Friday"] == "2008-09-19"


def test_trigger_windows_lose_nothing_on_the_seed_articles() -> None:
    from pathlib import Path

    from tidings.time.grammar import Match, candidates, rules, select

    for path in sorted((Path(__file__).resolve().parents[2] / "examples" / "china-kazakhstan").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        full = [Match(m.start(), m.end(), r, {}) for r in rules() for m in r.regex.finditer(text)
                if "tx" not in r.regex.groupindex]
        windowed = {(m.start, m.end, m.rule.name) for m in candidates(text) if "tx" not in m.rule.regex.groupindex}
        assert {(m.start, m.end, m.rule.name) for m in full} == windowed
        assert select(candidates(text))


def test_the_needs_prefilter_changes_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule's `needs` only skips windows where it cannot match: the same timexes without it."""
    passages = [
        "Talks were held from Monday to Wednesday; the trial is expected to last several weeks.",
        "After months of fighting, within hours of the blast, in a matter of days, it took years.",
        "Hours after the blast, rescuers came. Later in the evening, troops arrived at 12.30 GMT.",
        "He earns $5 a day; she could one day join. Every summer, on weekends and each September.",
        "Profit beat the year-ago quarter by year-end, at end-June 2023, in the last week of June.",
        "It was the best week since 1998, for a third straight quarter, in its fourth week in a row.",
        "The fiscal 2024 results, the first half, spring of 2022, the 1990s and the '90s, at 11 o'clock.",
        "He left at noon on Friday, at 2000 hours, at 0830 local time, earlier in the week, daily.",
        "The same period a year ago, the turn of the century, the whole year, the day before, that time.",
    ]
    def found() -> list[list[tuple[int, int, str, dict[str, str]]]]:
        return [[(m.start, m.end, m.rule.name, m.groups) for m in grammar.match_text(text)] for text in passages]

    with_needs = found()
    stripped = tuple(dataclasses.replace(rule, needs=()) for rule in grammar.rules())
    assert any(rule.needs for rule in grammar.rules())
    monkeypatch.setattr(grammar, "rules", lambda: stripped)
    assert found() == with_needs
