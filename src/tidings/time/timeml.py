"""The engine's timexes as TimeML writes them: a range's two ends are two timexes.

Inside tidings a range is one expression with an interval value ("from 2009 to 2011" = 2009/2011, what
a timeline needs). TimeML (TempEval-3, MEANTIME) marks each end as its own DATE or TIME ("2009",
"2011"); this view splits ranges that way for scoring and export, and leaves every other timex alone.
A range said with words ("from 2009 to 2011", "between May 3 and May 10") also states a length: TimeML
gives it a DURATION whose beginPoint and endPoint are the two ends (MEANTIME marks it over the whole
phrase), valued as the count of whole units between the ends (P2Y, P7D); ranges written with a dash
("2009-2011", "May 7-9") are plain date pairs.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

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


_YEAR = re.compile(r"\d{4}$")
_MONTH = re.compile(r"\d{4}-\d{2}$")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")


def range_length(first: str, last: str) -> str | None:
    """The length between a range's two ends at their shared precision ("2009", "2011" -> P2Y; two
    months -> P{n}M; two days -> P{n}D), or None when they differ in precision or do not go forward."""
    if _YEAR.match(first) and _YEAR.match(last):
        count, unit = int(last) - int(first), "Y"
    elif _MONTH.match(first) and _MONTH.match(last):
        count = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])
        unit = "M"
    elif _DAY.match(first) and _DAY.match(last):
        try:
            count, unit = (date.fromisoformat(last) - date.fromisoformat(first)).days, "D"
        except ValueError:
            return None
    else:
        return None
    return f"P{count}{unit}" if count > 0 else None


def _length_of(timex: Timex) -> Timex | None:
    """The DURATION a range said with words states ("from 2009 to 2011" -> P2Y), over the whole phrase."""
    if _LEAD.match(timex.text) is None:
        return None
    first, _, last = timex.value.partition("/")
    length = range_length(first, last)
    if length is None:
        return None
    return replace(timex, type="DURATION", value=length, earliest=None, latest=None, mod=None)


def timeml_timexes(timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each range replaced by its two ends, valued as the range's own ends, after the
    duration a range said with words states."""
    out: list[Timex] = []
    for timex in timexes:
        found = range_sides(timex)
        if found is None:
            out.append(timex)
            continue
        length = _length_of(timex)
        if length is not None:
            out.append(length)
        text_start = timex.start
        for (start, end), value in zip(found, timex.value.split("/", 1), strict=True):
            earliest, latest = interval_of(value)
            out.append(replace(timex, start=start, end=end, text=timex.text[start - text_start:end - text_start],
                               value=value, earliest=earliest, latest=latest))
    return out
