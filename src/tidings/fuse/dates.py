"""Dates as fusion compares them, and the choice of a document's story date from other documents.

A mention's date carries its evidence: "explicit" (an absolute date in the text: "January 3, 1992"),
"relative" (resolved against the document's story date: "on Friday", "last year"), "default" (no
date in the sentence: the coder used the story date, which only says the happening was reported by
then), or "none". Explicit beats relative beats default.

Re-anchoring: a document whose relative dates disagree with other documents' reports of the same
happenings, and agree once resolved against another reference date, gets that date as its story
date. `choose_anchor` scores each candidate reference date by how many linked mentions agree (+1)
or disagree (-1) and keeps the best only if it beats the document's own date. Ties go to a
preferred candidate (for a page with a later page date of its own: the story date of an earlier
report it agrees with, since the earliest publication of a story is the original), then to the
earliest candidate (a page without a date was written no earlier than the last happening it reports).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from tidings.records import DateValue

Evidence = Literal["explicit", "relative", "default", "none"]
EVIDENCE_RANK: dict[str, int] = {"explicit": 3, "relative": 2, "default": 1, "none": 0}
MONTH_DAYS = 31
OPEN_MODS = frozenset({"BEFORE", "ON_OR_BEFORE", "MORE_THAN", "AFTER", "ON_OR_AFTER", "LESS_THAN"})
REPORTING_WINDOW_DAYS = 7  # a happening reported without a date happened within this many days before the report


def day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def span(value: DateValue | None) -> tuple[date, date] | None:
    """The days a date covers, or None when it names no calendar period (PAST_REF, durations)."""
    if value is None:
        return None
    first, last = day(value.earliest), day(value.latest)
    if first is None or last is None:
        first = last = day(value.value)
    if first is None or last is None:
        return None
    return (first, last) if first <= last else (last, first)


def is_day(value: DateValue | None) -> bool:
    s = span(value)
    return s is not None and s[0] == s[1]


def width(value: DateValue | None) -> int:
    """Days covered: 1 for a day, ~30 for a month, 365 for a year; huge when unknown."""
    s = span(value)
    return (s[1] - s[0]).days + 1 if s else 10**6


def day_value(d: date) -> DateValue:
    iso = d.isoformat()
    return DateValue(iso, iso, iso)


@dataclass(frozen=True, slots=True)
class DatedClaim:
    """A mention's date with how it was obtained."""

    value: DateValue | None
    evidence: Evidence
    mod: str | None = None  # TIMEX3 mod of the expression: BEFORE ("over 80 years ago"), AFTER, APPROX ...

    @property
    def bound_only(self) -> bool:
        """True when the claim only bounds the date ("before 1944"): it dates nothing by itself."""
        return self.mod in OPEN_MODS

    def interval(self) -> tuple[date, date] | None:
        """The days the claim allows: a default date only bounds the happening from above, and so
        does a "before" expression; an "after" expression bounds it from below."""
        return _interval(self)


@lru_cache(maxsize=1 << 16)
def _interval(claim: DatedClaim) -> tuple[date, date] | None:
    """`DatedClaim.interval`, remembered: reconciliation compares the same claims many times."""
    s = span(claim.value)
    if s is None:
        return None
    if claim.evidence == "default":
        return (s[0] - timedelta(days=REPORTING_WINDOW_DAYS), s[1])
    if claim.mod in ("BEFORE", "ON_OR_BEFORE", "MORE_THAN"):
        return (date.min, s[1])
    if claim.mod in ("AFTER", "ON_OR_AFTER", "LESS_THAN"):
        return (s[0], date.max)
    return s


def compatible(a: DatedClaim, b: DatedClaim) -> bool | None:
    """True if both dates may name the same happening, False if they cannot, None if either is undated."""
    ia, ib = a.interval(), b.interval()
    if ia is None or ib is None:
        return None
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def intersect(claims: Sequence[DatedClaim]) -> tuple[date, date] | None:
    """The days every dated claim allows (None if they exclude each other or none is dated)."""
    spans = [c.interval() for c in claims]
    dated = [s for s in spans if s is not None]
    if not dated:
        return None
    first, last = max(s[0] for s in dated), min(s[1] for s in dated)
    return (first, last) if first <= last else None


def best_claim(claims: Sequence[DatedClaim]) -> DatedClaim | None:
    """The date a happening gets. Its claims are compatible (coreference refuses others), so the most
    precise one is the most informative; a defaulted date (the report's day) or a mere bound only
    serves when nothing better is known; ties go to the stronger evidence."""
    dated = [c for c in claims if span(c.value) is not None]
    if not dated:
        return None
    return min(dated, key=lambda c: (c.evidence == "default", c.bound_only, width(c.value),
                                     -EVIDENCE_RANK[c.evidence], c.value.value if c.value else ""))


@dataclass(frozen=True, slots=True)
class Link:
    """A mention of the document under study matched to a mention of another document."""

    item_id: str  # the mention in the document under study
    other: DatedClaim  # the other document's claim (its current date)
    other_doc: str


@dataclass(frozen=True, slots=True)
class AnchorChoice:
    anchor: date
    score: float
    base_score: float
    agreeing_docs: tuple[str, ...]


ClaimsAt = Callable[[date | None], dict[str, DatedClaim]]


def agreement(claims: dict[str, DatedClaim], links: Sequence[Link],
              others: Sequence[tuple[date, date] | None] | None = None) -> tuple[float, set[str]]:
    """How well a document's anchored dates (relative or defaulted) agree with the linked reports:
    +1 per link whose dates are compatible and at most a month wide, +0.5 if compatible only
    vaguely (a year), -1 per link whose dates exclude each other. Explicit dates do not depend on
    the reference date and do not count. `others`: the links' intervals, when the caller has them."""
    score, docs = 0.0, set()
    mine_of: dict[str, tuple[tuple[date, date] | None, float]] = {}  # a mention has many links
    for k, link in enumerate(links):
        own = claims.get(link.item_id)
        if own is None or own.evidence not in ("relative", "default"):
            continue
        if link.item_id not in mine_of:
            mine_of[link.item_id] = (own.interval(), 1.0 if width(own.value) <= MONTH_DAYS else 0.5)
        (mine, weight), theirs = mine_of[link.item_id], (others[k] if others is not None else link.other.interval())
        if mine is None or theirs is None:
            continue
        if mine[0] <= theirs[1] and theirs[0] <= mine[1]:
            score += weight
            docs.add(link.other_doc)
        else:
            score -= 1.0
    return score, docs


def choose_anchor(candidates: Sequence[date], links: Sequence[Link], claims_at: ClaimsAt,
                  own_precise: bool, preferred: Sequence[date] = ()) -> AnchorChoice | None:
    """The reference date that makes the document agree best with the others, if it beats its own.

    `claims_at(None)` gives the document's claims under its own story date, `claims_at(d)` under d.
    Among equally good candidates the `preferred` ones win, then the earliest.
    A document without a day-precise story date of its own also adopts a candidate that only ties,
    as long as some link agrees: it gains a day it could not know by itself.
    """
    others = [link.other.interval() for link in links]
    base, _ = agreement(claims_at(None), links, others)
    best: AnchorChoice | None = None
    first = set(preferred)
    for anchor in sorted(set(candidates), key=lambda d: (d not in first, d)):
        score, docs = agreement(claims_at(anchor), links, others)
        if best is None or score > best.score:
            best = AnchorChoice(anchor, score, base, tuple(sorted(docs)))
    if best is None or best.score <= 0 or not best.agreeing_docs:
        return None
    if best.score > base or (not own_precise and best.score == base):
        return best
    return None
