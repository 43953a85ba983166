"""Human labels for TIMEX3 values: what an analyst reads next to `2019-W46-WE` or `12XX`.

    label("2019-W46-WE") == "weekend of 16–17 Nov 2019"
    label("12XX") == "13th century"
    label("2024-Q1") == "Q1 2024"

A label is derived from the value alone (plus the type for sets and the mod for bounds), so it is
always consistent with the stored value; a value it cannot read is returned as it is. Pure functions.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
REFS = {"PAST_REF": "the past", "PRESENT_REF": "now", "FUTURE_REF": "the future"}
UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "H": "hour", "S": "second",
         "DE": "decade", "CE": "century", "MIN": "minute"}
MODS = {"BEFORE": "before {}", "AFTER": "after {}", "ON_OR_BEFORE": "by {}", "ON_OR_AFTER": "from {}",
        "START": "early {}", "MID": "mid {}", "END": "late {}", "APPROX": "about {}",
        "MORE_THAN": "more than {}", "LESS_THAN": "less than {}", "EQUAL_OR_MORE": "at least {}",
        "EQUAL_OR_LESS": "at most {}"}

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"(\d{4})-(\d{2})$")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?$")
_PERIOD = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_TIME = re.compile(r"(.+)T(\d{2}):(\d{2})(?::\d{2})?(Z)?$")
_PART = re.compile(r"(.+)T(MO|AF|EV|NI|DT)$")
_UNDATED_DAY = re.compile(r"XXXX-(\d{2})-(\d{2})$")
_UNDATED_MONTH = re.compile(r"XXXX-(\d{2})$")
_WEEKDAY_SET = re.compile(r"XXXX-WXX-([1-7])$")
_DURATION = re.compile(r"P(?:T)?(\d+(?:\.\d+)?|X)(Y|M|W|D|Q|H|S|DE|CE|MIN)$")
_DURATION_TIME = re.compile(r"PT(\d+(?:\.\d+)?|X)(H|M|S)$")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def label(value: str | None, type_: str | None = None, mod: str | None = None) -> str:
    """The human label of a TIMEX3 value ("" for no value)."""
    if not value:
        return ""
    text = _range(value) if "/" in value else _one(value, type_)
    return MODS[mod].format(text) if mod in MODS else text


def with_label(value: object, type_: str | None = None, mod: str | None = None) -> str:
    """ "2019-W46-WE (weekend of 16–17 Nov 2019)"; the value alone when the label says the same."""
    if not isinstance(value, str) or not value:
        return "" if value is None else str(value)
    text = label(value, type_, mod)
    return value if text == value else f"{value} ({text})"


def _one(value: str, type_: str | None) -> str:
    if value in REFS:
        return REFS[value]
    if value.startswith("P"):
        return _duration(value, every=type_ == "SET")
    for reader in (_calendar, _time, _undated):
        text = reader(value)
        if text is not None:
            return text
    return value


def _range(value: str) -> str:
    first, last = value.split("/", 1)
    a, b = _day_parts(first), _day_parts(last)
    if a and b and a[0] == b[0] and a[1] == b[1]:
        return f"{a[2]}–{b[2]} {MONTHS[a[1] - 1]} {a[0]}"
    if a and b and a[0] == b[0]:
        return f"{a[2]} {MONTHS[a[1] - 1]} – {b[2]} {MONTHS[b[1] - 1]} {a[0]}"
    return f"{_one(first, None)} – {_one(last, None)}"


def _day_parts(value: str) -> tuple[int, int, int] | None:
    m = _DAY.match(value)
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def _calendar(value: str) -> str | None:
    if value in REFS:
        return REFS[value]
    if value.isdigit():
        return _year_like(value)
    if m := _DAY.match(value):
        return f"{int(m[3])} {MONTHS[int(m[2]) - 1]} {m[1]}"
    if m := _MONTH.match(value):
        return f"{MONTHS[int(m[2]) - 1]} {m[1]}"
    if m := _WEEK.match(value):
        return _week(int(m[1]), int(m[2]), bool(m[3]))
    if m := _PERIOD.match(value):
        period = m[2]
        return f"{SEASONS[period]} {m[1]}" if period in SEASONS else f"{period} {m[1]}"
    if re.fullmatch(r"\d{2,3}X+", value):
        return _year_like(value.rstrip("X"))
    return None


def _year_like(digits: str) -> str:
    """4 digits a year, 3 a decade ("199" -> "1990s"), 2 a century ("12" -> "13th century")."""
    if len(digits) == 4:
        return digits
    if len(digits) == 3:
        return f"{digits}0s"
    if len(digits) == 2:
        return f"{_ordinal(int(digits) + 1)} century"
    return digits


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _week(year: int, week: int, weekend: bool) -> str:
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return f"week {week} of {year}"
    first, last = (monday + timedelta(days=5), monday + timedelta(days=6)) if weekend else \
        (monday, monday + timedelta(days=6))
    what = "weekend" if weekend else "week"
    if first.month == last.month:
        return f"{what} of {first.day}–{last.day} {MONTHS[last.month - 1]} {last.year}"
    first_year = f" {first.year}" if first.year != last.year else ""
    start = f"{first.day} {MONTHS[first.month - 1]}{first_year}"
    return f"{what} of {start} – {last.day} {MONTHS[last.month - 1]} {last.year}"


def _time(value: str) -> str | None:
    if m := _PART.match(value):
        day = _calendar(m[1]) or _undated(m[1]) or m[1]
        return f"{PARTS[m[2]]} of {day}"
    if m := _TIME.match(value):
        day = _calendar(m[1]) or _undated(m[1])
        clock = f"{m[2]}:{m[3]}" + (" UTC" if m[4] else "")
        return f"{day}, {clock}" if day and not m[1].startswith("XXXX-XX-XX") else clock
    return None


def _undated(value: str) -> str | None:
    if m := _UNDATED_DAY.match(value):
        return f"{int(m[2])} {MONTHS[int(m[1]) - 1]} (year unknown)"
    if m := _UNDATED_MONTH.match(value):
        return f"{MONTHS[int(m[1]) - 1]} (year unknown)"
    if m := _WEEKDAY_SET.match(value):
        return f"every {WEEKDAYS[int(m[1]) - 1]}"
    return None


def _duration(value: str, every: bool) -> str:
    m = _DURATION_TIME.match(value)
    unit = None
    if m:
        unit = {"H": "hour", "M": "minute", "S": "second"}[m[2]]
    elif m := _DURATION.match(value):
        unit = UNITS[m[2]]
    if m is None or unit is None:
        return value
    amount = m[1]
    if every:
        return f"every {unit}" if amount in ("1", "X") else f"every {_number(amount)} {unit}s"
    if amount == "X":
        return f"{unit}s"
    return f"{_number(amount)} {unit}" + ("" if amount == "1" else "s")


def _number(amount: str) -> str:
    return amount[:-2] if amount.endswith(".0") else amount
