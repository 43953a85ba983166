"""What a valid TIMEX3 value is, checked field by field (docs/time.md "Values").

Why a hand-written checker rather than a regex alone: "2024-02-30" matches any pattern, so each
concrete field is range-checked (month 1-12, day valid in its month, ISO week 1-53, hour < 24).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

REFS = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
_YEAR = r"(?P<year>\d{4}|\d{3}X|\d{2}XX|\dXXX|XXXX|\d{3}|\d{2})"
_POINT = re.compile(
    _YEAR + r"(?:-(?:(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?|Q(?P<q>[1-4X])|H(?P<h>[12X])|(?P<season>SP|SU|FA|WI)"
    r"|W(?P<week>\d{2}|XX)(?:-(?P<wday>[1-7X]|WE))?))?"
    r"(?:T(?P<time>(?P<hh>\d{2})(?::(?P<mm>\d{2})(?::(?P<ss>\d{2}))?)?|MO|AF|EV|NI|DT|MI))?$"
)
_FISCAL = re.compile(r"FY\d{4}$")
_DURATION = re.compile(r"P(?:(?:\d+(?:\.\d+)?|X+)[YMWDQHLCE]|T(?:(?:\d+(?:\.\d+)?|X+)[HMS])+)+$")


def point_ok(value: str) -> bool:
    if _FISCAL.match(value):  # "fiscal 2024": FY2024 (docs/time.md)
        return True
    m = _POINT.match(value)
    if not m:
        return False
    year, month, day = m["year"], m["month"], m["day"]
    if month and month != "XX" and not 1 <= int(month) <= 12:
        return False
    if day and day != "XX":
        days = 31 if not (year.isdigit() and len(year) == 4 and month and month != "XX") else \
            calendar.monthrange(max(int(year), 1), int(month))[1]
        if not 1 <= int(day) <= days:
            return False
    if m["week"] and m["week"] != "XX" and not 1 <= int(m["week"]) <= 53:
        return False
    return not (m["hh"] and (int(m["hh"]) > 24 or (m["mm"] and int(m["mm"]) > 59) or (m["ss"] and int(m["ss"]) > 59)))


def value_ok(value: str, kind: str) -> bool:
    """True when `value` is a well-formed TIMEX3 value for a timex of type `kind`."""
    if value in REFS:
        return True
    if kind == "DURATION":
        return bool(_DURATION.match(value))
    if kind == "SET":
        return bool(_DURATION.match(value)) or point_ok(value)
    if "/" in value:
        return all(point_ok(part) for part in value.split("/", 1))
    return point_ok(value)


def iso_day_ok(value: str | None) -> bool:
    if value is None:
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def interval_ok(earliest: str | None, latest: str | None) -> bool:
    if not (iso_day_ok(earliest) and iso_day_ok(latest)):
        return False
    return earliest is None or latest is None or earliest <= latest
