"""interval_of: every TIMEX3 value form maps to the days it covers, and only calendar values do."""

from __future__ import annotations

import pytest

from tidings.time import interval_of


@pytest.mark.parametrize(
    ("value", "earliest", "latest"),
    [
        ("2019", "2019-01-01", "2019-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2024-03-29", "2024-03-29", "2024-03-29"),
        ("2024-03-29TMO", "2024-03-29", "2024-03-29"),
        ("2024-Q1", "2024-01-01", "2024-03-31"),
        ("2023-Q4", "2023-10-01", "2023-12-31"),
        ("2024-H2", "2024-07-01", "2024-12-31"),
        ("2024-SU", "2024-06-01", "2024-08-31"),
        ("2023-WI", "2023-12-01", "2024-02-29"),
        ("2019-W37", "2019-09-09", "2019-09-15"),
        ("2019-W37-WE", "2019-09-14", "2019-09-15"),
        ("199X", "1990-01-01", "1999-12-31"),
        ("19XX", "1900-01-01", "1999-12-31"),
        ("2019-09-10/2019-09-12", "2019-09-10", "2019-09-12"),
        ("2019-01/2019-06", "2019-01-01", "2019-06-30"),
    ],
)
def test_calendar_values_cover_their_days(value: str, earliest: str, latest: str) -> None:
    assert interval_of(value) == (earliest, latest)


@pytest.mark.parametrize(
    "value", ["P25Y", "PAST_REF", "PRESENT_REF", "XXXX-09-10", "", "garbage", "2019-13", "2019-02-30"]
)
def test_other_values_have_no_interval(value: str) -> None:
    assert interval_of(value) == (None, None)
