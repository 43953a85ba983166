"""The engine's timexes as TimeML writes them: a range's two ends are two timexes.

Inside tidings a range is one expression with an interval value ("from 2009 to 2011" = 2009/2011, what
a timeline needs). TimeML (TempEval-3, MEANTIME) marks each end as its own DATE or TIME ("2009",
"2011"); this view splits ranges that way for scoring and export, and leaves every other timex alone.
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


def timeml_timexes(timexes: list[Timex]) -> list[Timex]:
    """`timexes` with each range replaced by its two ends, valued as the range's own ends."""
    out: list[Timex] = []
    for timex in timexes:
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
