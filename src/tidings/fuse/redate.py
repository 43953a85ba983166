"""Re-dating a stored analysis against another reference date, without parsing or re-analysing it.

Only dates depend on the reference date: the values of relative time expressions ("on Friday", "last
year"), the dates of events that take them (or, with no expression, the story date itself) and the
periods of facts measured over them. Which words are events, who the actors are and which expression
dates which event come from the parse and do not move. So a document is re-dated by re-running the
temporal engine alone (`tidings.time.analyze_time` without a parse, a few milliseconds) and carrying
the new values into the stored events and facts by their expressions' offsets.

Without a parse the engine reads a clause's tense from its words; where that reading gives another
value than the stored one (resolved with the parse) for the document's own reference date, the cheap
path cannot vouch for the document and `Redater.at` returns None: the caller re-runs the full analysis.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta

from tidings.fuse.dates import day
from tidings.records import AnalyzedDocument, DateValue, Event, Fact, StoryDate, Timex
from tidings.time import analyze_time, event_date, interval_of

Span = tuple[int, int]


def _date_of(timex: Timex) -> DateValue:
    """An event's date from its expression, as the event coder writes it (a time of day keeps its day)."""
    return event_date(timex)


def _period_of(timex: Timex) -> DateValue:
    return DateValue(timex.value, timex.earliest, timex.latest)


def _year_of(value: str) -> DateValue:
    year = value[:4]
    return DateValue(year, f"{year}-01-01", f"{year}-12-31")


class _TimeEngine:
    """The temporal engine over one text without a parse: the grammar's matches do not depend on the
    reference date, so they are found once and only resolved again for each date (the matching is
    four fifths of the engine's time). Equivalent to `analyze_time(text, None, story_date=anchor)`;
    falls back to it if the engine's internals it reuses are renamed."""

    def __init__(self, text: str) -> None:
        self.text = text
        try:
            from tidings.time import _matches, _prepare, _resolve
            from tidings.time.values import point_of
        except ImportError:  # pragma: no cover - the public path below gives the same result
            self._resolve: Callable[[str], list[Timex]] | None = None
            return
        prepared = _prepare(text, None)
        matches = _matches(prepared)
        self._resolve = lambda anchor: _resolve(prepared, point_of(anchor), matches)

    def resolve(self, anchor: str) -> list[Timex]:
        if self._resolve is not None:
            return self._resolve(anchor)
        return analyze_time(self.text, None, None, story_date=anchor)[1]


@dataclass(frozen=True, slots=True)
class Shift:
    """How the stored reading of an expression differs from the engine's reading without a parse: the
    same expression read in the other direction of time ("Tuesday" as last Tuesday, not next: a week;
    "in March" as last March: a year). The difference holds at any reference date."""

    days: int = 0
    years: int = 0

    def apply(self, timex: Timex, anchor: str) -> Timex | None:
        """The other direction's reading; an expression naming the reference day's own period ("Thursday"
        read on a Thursday) means that period in both directions."""
        if not (self.days or self.years) or (timex.earliest or "") <= anchor <= (timex.latest or ""):
            return timex
        if self.days:
            d = day(timex.value)
            value = (d + timedelta(days=self.days)).isoformat() if d and len(timex.value) == 10 else None
        else:
            value = f"{int(timex.value[:4]) + self.years:04d}{timex.value[4:]}" if timex.value[:4].isdigit() else None
        if value is None:
            return None
        earliest, latest = interval_of(value)
        return replace(timex, value=value, earliest=earliest, latest=latest)


def shift_between(found: Timex | None, stored: Timex) -> Shift | None:
    """The shift that turns the engine's reading without a parse into the stored one, or None if no
    change of direction explains the difference."""
    if found is None:
        return None
    if (found.value, found.earliest, found.latest) == (stored.value, stored.earliest, stored.latest):
        return Shift()
    if interval_of(stored.value) != (stored.earliest, stored.latest):
        return None
    a, b = day(found.value), day(stored.value)
    if a and b and len(found.value) == len(stored.value) == 10 and (b - a).days % 7 == 0:
        return Shift(days=(b - a).days)
    if found.value[4:] == stored.value[4:] and found.value[:4].isdigit() and stored.value[:4].isdigit():
        return Shift(years=int(stored.value[:4]) - int(found.value[:4]))
    return None


class Redater:
    """One stored analysis, re-dated at any reference date on demand."""

    def __init__(self, analyzed: AnalyzedDocument) -> None:
        self.analyzed = analyzed
        self.relative = {(t.start, t.end): t for t in analyzed.timexes if t.anchor_used}
        self._shifts: dict[Span, Shift] | None = None
        self._ok = False
        self._engine: _TimeEngine | None = None

    def reliable(self) -> bool:
        """True when the engine without a parse gives every stored relative expression its stored value
        at the stored reference date, or one read in the other direction of time (a `Shift`): then it
        also gives the right values at any other date."""
        if self._shifts is None:
            own = self.analyzed.story_date.date
            shifts: dict[Span, Shift | None] = {}
            if self.relative and own is not None:
                found = self._timexes(own.value)
                shifts = {k: shift_between(found.get(k), s) for k, s in self.relative.items()}
            ok = not self.relative or (own is not None and all(v is not None for v in shifts.values()))
            self._shifts = {k: v for k, v in shifts.items() if v is not None} if ok else {}
            self._ok = ok
        return self._ok

    def _timexes(self, anchor: str) -> dict[Span, Timex]:
        if self._engine is None:
            self._engine = _TimeEngine(self.analyzed.document.text)
        return {(t.start, t.end): t for t in self._engine.resolve(anchor)}

    def at(self, story_date: StoryDate) -> AnalyzedDocument | None:
        """The analysis as it would be with `story_date` as reference, or None when it cannot be vouched for."""
        if story_date.date is None or not self.reliable():
            return None
        found = self._timexes(story_date.date.value) if self.relative else {}
        moved = {k: self._moved_timex(found.get(k), k, story_date.date.value) for k in self.relative}
        new = {k: t for k, t in moved.items() if t is not None}
        if len(new) < len(moved):
            return None
        a = self.analyzed
        timexes = [new.get((t.start, t.end), t) for t in a.timexes]
        events = [self._event(e, new, story_date.date) for e in a.events]
        facts = self._facts(new)
        return AnalyzedDocument(document=a.document, sentences=a.sentences, entities=a.entities, timexes=timexes,
                                story_date=story_date, actors=a.actors, events=events, facts=facts)

    def _moved_timex(self, found: Timex | None, span: Span, anchor: str) -> Timex | None:
        assert self._shifts is not None
        return self._shifts[span].apply(found, anchor) if found is not None else None

    def _event(self, event: Event, new: dict[Span, Timex], story: DateValue) -> Event:
        if event.date_span is None:  # a retold act left undated ("none") stays undated
            return event if event.date_evidence == "none" else replace(event, date=story)
        timex = new.get(event.date_span)
        return replace(event, date=_date_of(timex)) if timex is not None else event

    def _facts(self, new: dict[Span, Timex]) -> list[Fact]:
        """A fact's period came from an expression of its sentence (or the one before): the relative
        expression whose old period (or year, for a duration) it equals gives its new period."""
        if not self.relative:
            return list(self.analyzed.facts)
        out = []
        for fact in self.analyzed.facts:
            period = fact.period
            if period is not None:
                period = self._moved(fact, period, new)
            out.append(replace(fact, period=period) if period != fact.period else fact)
        return out

    def _moved(self, fact: Fact, period: DateValue, new: dict[Span, Timex]) -> DateValue:
        """Nearest expressions first (same sentence, then by distance); an exact period before a year."""
        nearest = sorted(self.relative.items(), key=lambda kv: (
            not fact.sentence.start <= kv[0][0] < fact.sentence.end, abs(kv[0][0] - fact.start)))
        for span, old in nearest:
            if _period_of(old) == period:
                return _period_of(new[span])
        for span, old in nearest:
            if old.value[:4].isdigit() and new[span].value[:4].isdigit() and _year_of(old.value) == period:
                return _year_of(new[span].value)
        return period


__all__ = ["Redater"]
