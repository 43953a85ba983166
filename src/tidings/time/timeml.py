"""The engine's timexes as TimeML writes them: a range's two ends are two timexes, and so are a month
and the relative year that places it.

Inside tidings a range is one expression with an interval value ("from 2009 to 2011" = 2009/2011, what
a timeline needs). TimeML (TempEval-3, MEANTIME) marks each end as its own DATE or TIME ("2009",
"2011"); this view splits ranges that way for scoring and export. Likewise "October of next year" is one
month inside tidings (2010-10), but TimeML corpora mark "October" and "next year" apart (MEANTIME; rule
sets written for TimeBank, such as HeidelTime's, have no "MONTH of next year" pattern and find the two
apart too): the month keeps the month's value, the year the year's. "October next year", without "of",
stays one. Every other timex passes unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tidings.records import Timex
from tidings.time.values import interval_of

_LEAD = re.compile(r"(?:from|between)\s+(?:the\s+)?", re.IGNORECASE)
_CONNECTOR = re.compile(r"\s+(?:to|and|through|thru|until|till)\s+(?:the\s+)?|\s*[-–—]\s*", re.IGNORECASE)


def range_sides(timex: Timex) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of a range's two ends ("from 2009 to 2011" -> "2009", "2011"), or None."""
    if timex.type not in ("DATE", "TIME") or "/" not in timex.value:
        return None
    lead = _LEAD.match(timex.text)
    skip = lead.end() if lead else 0
    connector = _CONNECTOR.search(timex.text, skip + 1)
    if connector is None or connector.end() >= len(timex.text):
        return None
    return (timex.start + skip, timex.start + connector.start()), (timex.start + connector.end(), timex.end)


# "October of next year", "late May of last year": a month joined by "of" to a year named from the
# reference.
_MONTH_OF_RELATIVE_YEAR = re.compile(
    r"(?P<month>.+?)\s+of\s+(?P<year>(?:this|last|next|the\s+(?:previous|following|same))\s+year)", re.IGNORECASE
)
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")


def month_and_year(timex: Timex) -> list[Timex] | None:
    """A month placed by "of" a relative year, as TimeML marks it: the month, then the year; or None."""
    if timex.type != "DATE" or not _MONTH_VALUE.fullmatch(timex.value):
        return None
    found = _MONTH_OF_RELATIVE_YEAR.fullmatch(timex.text)
    if found is None:
        return None
    out = []
    for group, value in (("month", timex.value), ("year", timex.value[:4])):
        start, end = timex.start + found.start(group), timex.start + found.end(group)
        earliest, latest = interval_of(value)
        mod = timex.mod if group == "month" else None
        out.append(replace(timex, start=start, end=end, text=found.group(group), value=value,
                           earliest=earliest, latest=latest, mod=mod))
    return out


def timeml_timexes(timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each range replaced by its two ends, valued as the range's own ends, and each
    "MONTH of next year" by the month and the year."""
    out: list[Timex] = []
    for timex in timexes:
        parts = month_and_year(timex)
        if parts is not None:
            out.extend(parts)
            continue
        found = range_sides(timex)
        if found is None:
            out.append(timex)
            continue
        text_start = timex.start
        for (start, end), value in zip(found, timex.value.split("/", 1), strict=True):
            earliest, latest = interval_of(value)
            out.append(replace(timex, start=start, end=end, text=timex.text[start - text_start:end - text_start],
                               value=value, earliest=earliest, latest=latest))
    return out
