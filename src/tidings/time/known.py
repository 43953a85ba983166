"""Well-known dated events (data/time/dated_events.tsv): what "the October 7 attacks" or "27 years
ago" + "diplomatic relations" with Kazakhstan refer to.

Two uses: the story date reads anniversaries ("N years ago", "the Nth anniversary") of an event the
sentence names; normalization gives a day-month written without a year ("the October 7 attacks")
the year of the known event on that day that the sentence names. An event is named when every one of
its cues (regular expressions) matches the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class DatedEvent:
    day: str  # YYYY or YYYY-MM-DD
    cues: tuple[re.Pattern[str], ...]
    what: str

    def named_in(self, sentence: str) -> bool:
        return all(cue.search(sentence) for cue in self.cues)


@lru_cache(maxsize=1)
def dated_events() -> tuple[DatedEvent, ...]:
    """The table of data/time/dated_events.tsv."""
    raw = files("tidings").joinpath("data", "time", "dated_events.tsv").read_text(encoding="utf-8")
    events = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith(("#", "date\t")):
            continue
        day, cues, what = line.split("\t")[:3]
        patterns = tuple(re.compile(c.strip(), re.IGNORECASE) for c in cues.split(" && "))
        events.append(DatedEvent(day, patterns, what))
    return tuple(events)


def event_on_day(month: int, day: int, sentence: str) -> DatedEvent | None:
    """The known event on this day of the year that the sentence names ("the October 7 attacks")."""
    month_day = f"-{month:02d}-{day:02d}"
    for event in dated_events():
        if len(event.day) == 10 and event.day.endswith(month_day) and event.named_in(sentence):
            return event
    return None
