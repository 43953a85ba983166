"""TIMEX3 values: the calendar arithmetic behind them and the interval of days each one covers.

A value keeps the precision the text gives (`2019`, `2019-09`, `2024-Q1`, `199X`); `interval_of`
turns it into the first and last day it can mean, which is what queries compare. `Point` is a
reference date at its own precision (an inferred story date may be known to the year only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T[0-9A-Z:.+-]*)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")
_FISCAL = re.compile(r"^FY(\d{4})$")


@dataclass(frozen=True, slots=True)
class Point:
    """A reference date at its precision: year, year-month or day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def value(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> date | None:
        """The day, when the point is known to the day."""
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


def point_of(value: str | None) -> Point | None:
    """A Point from an ISO date, datetime, year-month or year; None when it is not one or its year is
    outside MIN_ANCHOR_YEAR-MAX_ANCHOR_YEAR (what anchors and story dates are made of)."""
    if not value:
        return None
    text = value.strip()
    for pattern in (_DAY, _MONTH, _YEAR):
        match = pattern.match(text[:10] if pattern is _DAY else text)
        if match:
            return _checked_point([int(g) for g in match.groups() if g is not None and g.isdigit()])
    return None


# The years a TIMEX3 value can write (four digits) and an anchor may have: an anchor before 1000 is
# no news date (a typo or a placeholder such as 0001-01-01) and would give values like "9X".
MIN_ANCHOR_YEAR, MAX_ANCHOR_YEAR = 1000, 9999


def _checked_point(parts: list[int]) -> Point | None:
    if not parts or not MIN_ANCHOR_YEAR <= parts[0] <= MAX_ANCHOR_YEAR:
        return None
    try:
        if len(parts) >= 3:
            date(parts[0], parts[1], parts[2])
            return Point(parts[0], parts[1], parts[2])
        if len(parts) == 2:
            return Point(parts[0], parts[1]) if 1 <= parts[1] <= 12 and parts[0] >= 1 else None
        return Point(parts[0]) if parts and parts[0] >= 1 else None
    except ValueError:
        return None


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_days(day: date, delta: int) -> date | None:
    try:
        return day + timedelta(days=delta)
    except OverflowError:
        return None


def valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def week_value(day: date, delta_weeks: int = 0) -> str:
    iso = (day + timedelta(weeks=delta_weeks)).isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def _last_day(year: int, month: int) -> date:
    next_year, next_month = shift_month(year, month, 1)
    return date(next_year, next_month, 1) - timedelta(days=1)


def _span(first: date, last: date) -> tuple[str, str]:
    return first.isoformat(), last.isoformat()


def interval_of(value: str) -> tuple[str | None, str | None]:
    """The first and last day a TIMEX3 value can denote; (None, None) for durations, sets, refs."""
    try:
        if "/" in value:
            left, right = value.split("/", 1)
            return interval_of(left)[0], interval_of(right)[1]
        return _interval_of_point(value.strip())
    except (ValueError, OverflowError):
        return None, None


def _interval_of_point(value: str) -> tuple[str | None, str | None]:
    for pattern, build in _INTERVALS:
        match = pattern.match(value)
        if match:
            return build(match)
    return None, None


def _year_span(m: re.Match[str]) -> tuple[str, str]:
    y = int(m.group(1))
    return _span(date(y, 1, 1), date(y, 12, 31))


def _month_span(m: re.Match[str]) -> tuple[str, str]:
    y, mo = int(m.group(1)), int(m.group(2))
    return _span(date(y, mo, 1), _last_day(y, mo))


def _day_span(m: re.Match[str]) -> tuple[str, str]:
    d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _span(d, d)


def _quarter_span(m: re.Match[str]) -> tuple[str, str]:
    y, q = int(m.group(1)), int(m.group(2))
    return _span(date(y, 3 * q - 2, 1), _last_day(y, 3 * q))


def _half_span(m: re.Match[str]) -> tuple[str, str]:
    y, h = int(m.group(1)), int(m.group(2))
    return _span(date(y, 6 * h - 5, 1), _last_day(y, 6 * h))


def _season_span(m: re.Match[str]) -> tuple[str, str]:
    y = int(m.group(1))
    first, last = SEASON_MONTHS[m.group(2)]
    end_year = y + 1 if last < first else y
    return _span(date(y, first, 1), _last_day(end_year, last))


def _week_span(m: re.Match[str]) -> tuple[str, str]:
    y, w, part = int(m.group(1)), int(m.group(2)), m.group(3)
    monday = date.fromisocalendar(y, w, 1)
    if part == "WE":
        return _span(monday + timedelta(days=5), monday + timedelta(days=6))
    if part:
        d = monday + timedelta(days=int(part) - 1)
        return _span(d, d)
    return _span(monday, monday + timedelta(days=6))


def _fiscal_span(m: re.Match[str]) -> tuple[str, str]:
    """FY2024: every common convention's fiscal year named 2024, from Walmart's (Feb 2023 - Jan
    2024) to the Indian and Japanese one starting in April 2024 (to Mar 2025)."""
    y = int(m.group(1))
    return _span(date(y - 1, 2, 1), date(y + 1, 3, 31))


def _decade_span(m: re.Match[str]) -> tuple[str, str]:
    start = int(m.group(1)) * 10
    return _span(date(max(start, 1), 1, 1), date(start + 9, 12, 31))


def _century_span(m: re.Match[str]) -> tuple[str, str]:
    start = int(m.group(1)) * 100
    return _span(date(max(start, 1), 1, 1), date(start + 99, 12, 31))


_INTERVALS = (
    (_YEAR, _year_span),
    (_MONTH, _month_span),
    (_DAY, _day_span),
    (_QUARTER, _quarter_span),
    (_HALF, _half_span),
    (_SEASON, _season_span),
    (_WEEK, _week_span),
    (_DECADE, _decade_span),
    (_CENTURY, _century_span),
    (_FISCAL, _fiscal_span),
)
