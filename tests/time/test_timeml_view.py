"""The TimeML view of the engine's timexes (tidings.time.timeml) and the new TIMEX3 readings: a range's
two ends, clock times in UTC, a share that is not a quarter, index names with numbers."""

from __future__ import annotations

from tidings.time import find_timexes
from tidings.time.timeml import timeml_timexes


def _view(text: str, anchor: str = "2012-03-05") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_timexes(find_timexes(text, anchor))]


def test_a_range_is_two_timexes_with_the_range_ends() -> None:
    assert _view("Deliveries run from 2013 to 2015.") == [("2013", "DATE", "2013"), ("2015", "DATE", "2015")]
    assert _view("Talks are set for May 7-9, 2013.") == [("May 7", "DATE", "2013-05-07"),
                                                         ("9, 2013", "DATE", "2013-05-09")]
    assert _view("between January and March") == [("January", "DATE", "2012-01"), ("March", "DATE", "2012-03")]


def test_other_timexes_pass_unchanged() -> None:
    found = find_timexes("He spoke on Monday for three hours.", "2012-03-05")
    assert timeml_timexes(found) == found


def test_a_clock_time_in_utc_ends_with_z() -> None:
    assert _view("The launch was at 14:30 UTC.")[0][2] == "2012-03-05T14:30Z"
    assert _view("The launch was at 2:30 p.m. (GMT +3).")[0][2] == "2012-03-05T14:30"


def test_a_share_is_not_a_quarter_of_a_year() -> None:
    assert _view("It will close 40, or about a quarter, of its plants.") == []
    assert _view("Sales fell for a quarter.")[0][2] == "P1Q"


def test_a_stock_index_number_is_not_a_year() -> None:
    assert _view("The Russell 2000 fell while the FTSE 100 rose.") == []


def test_the_day_after_needs_no_following_clause() -> None:
    assert _view("Stocks rebounded late in the day after falling 250 points.")[0][2] == "2012-03-05"
    assert _view("He left the day after, angry.")[0][2] == "2012-03-06"


def test_a_month_of_a_relative_year_is_the_month_and_the_year() -> None:
    # written for this test: the month keeps its place in the year named after "of"
    got = _view("The leases will not be renewed after October of next year.", "2009-05-15")
    assert got == [("October", "DATE", "2010-10"), ("next year", "DATE", "2010")]
    got = _view("The plant will close in late May of this year, the union said.", "2009-03-02")
    assert got == [("late May", "DATE", "2009-05"), ("this year", "DATE", "2009")]
    # inside tidings the month is one expression, for the timeline
    (inside,) = find_timexes("The leases will not be renewed after October of next year.", "2009-05-15")
    assert (inside.text, inside.value) == ("October of next year", "2010-10")


def test_a_month_next_year_or_of_a_written_year_stays_one() -> None:
    assert _view("The vote is due in October next year.", "2009-05-15") == [("October next year", "DATE", "2010-10")]
    assert _view("The mine opened in February of 1999.") == [("February of 1999", "DATE", "1999-02")]
