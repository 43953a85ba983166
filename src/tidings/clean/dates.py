"""Turn a date as a page writes it ("July 4, 2024", "2024-06-03 17:55:46") into ISO 8601.

Only what the page states is kept: a date stays a date, a time is added only when the page gives one,
and nothing is guessed (no year is supplied for "July 4").
"""

from __future__ import annotations

import datetime as dt
import re

from tidings.clean.rules import Rules

_ISO = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_DMY_DOTS = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_MONTH_FIRST = re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})")
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ])")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?", re.IGNORECASE)


def _month(name: str, rules: Rules) -> int | None:
    return rules.months.get(name[:3].lower())


def _ymd(text: str, rules: Rules) -> tuple[tuple[int, int, int], int] | None:
    """The (year, month, day) the text starts with and where the date ends."""
    if m := _ISO.match(text):
        return (int(m[1]), int(m[2]), int(m[3])), m.end()
    if m := _DMY_DOTS.match(text):
        return (int(m[3]), int(m[2]), int(m[1])), m.end()
    if (m := _MONTH_FIRST.search(text)) and (month := _month(m[1], rules)):
        return (int(m[3]), month, int(m[2])), m.end()
    if (m := _DAY_FIRST.search(text)) and (month := _month(m[2], rules)):
        return (int(m[3]), month, int(m[1])), m.end()
    return None


def _clock(rest: str) -> str | None:
    m = _CLOCK.search(rest)
    if not m or m.start() > 6:
        return None
    hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
    if m[4]:
        hour = hour % 12 + (12 if m[4].lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:  # an impossible time is dropped, the date is kept
        return None
    return f"{hour:02d}:{minute:02d}" + (f":{int(m[3]):02d}" if m[3] else "")


def parse_date(text: str, rules: Rules) -> str | None:
    """ISO `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` for a written date, None if it is not a valid date."""
    found = _ymd(text.strip(), rules)
    if found is None:
        return None
    (year, month, day), end = found
    try:
        day_value = dt.date(year, month, day)
    except ValueError:
        return None
    clock = _clock(text.strip()[end:])
    return f"{day_value.isoformat()}T{clock}" if clock else day_value.isoformat()


def iso_published(value: str | None, rules: Rules) -> str | None:
    """A publication date a container or a page's markup gave, as ISO 8601; None when it is no real date.

    Columns and feeds hold anything ("2024-02-30", "yesterday", "March 5, 2024"): a valid ISO date or
    datetime is kept as given, a written absolute date is parsed, and anything else is dropped rather
    than stored as a date it is not (a relative word like "yesterday" has no anchor here).
    """
    text = (value or "").strip()
    if _ISO_START.match(text):
        try:
            dt.datetime.fromisoformat(text)
            return text
        except ValueError:
            pass
    return parse_date(text, rules) if text else None


_WRITTEN = re.compile(
    r"(?<![\w/.-])(?:(?:19|20)\d{2}-[01]\d-[0-3]\d|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]{2,8}\.?,? (?:19|20)\d{2})(?![\w/-])"
)


def first_written_date(text: str, rules: Rules, at_start: bool = False) -> str | None:
    """The first unambiguous date written out in the text ("2024-11-06", "March 9, 2026", "9 March 2026"),
    as an ISO day (with `at_start`, only one the text starts with); numeric dates with slashes or dots
    are left out (day and month order is unknown)."""
    for match in _WRITTEN.finditer(text):
        if at_start and match.start() > 0:
            return None
        if found := parse_date(match.group(0), rules):
            return found[:10]
    return None
