"""Which date a document's relative expressions are resolved against: its story date.

The page's own date is used when it has one that the text does not contradict. Otherwise the
text is asked: a dateline ("BEIJING, July 4, 2024 /PRNewswire/"), the latest year it states in
a clause that is not about the future, and anniversaries of well-known events ("diplomatic
relations 27 years ago" + China-Kazakhstan ties in 1992). The year found is narrowed by what the
text says already happened ("in June this year" met) and what is still ahead ("will pay a visit
from September 10th to 12th"). The clock is never consulted: no evidence gives basis "none".
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from importlib.resources import files

from tidings.records import DateValue, StoryDate, Timex
from tidings.time.known import dated_events
from tidings.time.normalize import AFTER_PAST, Tense, number_of
from tidings.time.values import interval_of, point_of

DATELINE_CHARS = 300
PUBLISHED_CONFIDENCE = 0.9
DATELINE_CONFIDENCE = 0.8
DATELINE_LEAD_DAYS = 92  # a page stamped up to a quarter after its dateline: a repost or a move
STATED_YEARS_CONFIDENCE = 0.4  # the latest year a text states: only a lower bound of the story's year


def _page_date_patterns() -> dict[str, re.Pattern[str]]:
    """The page-date patterns of data/time/page_date.toml, compiled once ({NUM} expanded)."""
    raw = tomllib.loads(files("tidings").joinpath("data", "time", "page_date.toml").read_text(encoding="utf-8"))
    num = raw["macros"]["num"]
    return {
        name: re.compile(table["pattern"].replace("{NUM}", num), re.IGNORECASE if table["ignore_case"] else 0)
        for name, table in raw.items()
        if name != "macros"
    }


_PATTERNS = _page_date_patterns()
_ANNIVERSARY = _PATTERNS["anniversary"]


@dataclass(frozen=True, slots=True)
class Clue:
    """One piece of evidence for the story year: the year it implies and where it was read."""

    year: int
    span: tuple[int, int]
    kind: str  # "explicit-year", "plan-year" (not told as past, in a clause told as a plan), "background-year"
    # (`background_year`) or "anniversary"
    note: str


def from_override(value: str, confidence: float = 0.7) -> StoryDate:
    """A story date set from outside (fusion linked the document to others)."""
    earliest, latest = interval_of(value)
    return StoryDate(DateValue(value, earliest, latest), "linked", confidence, (), "set by caller")


def published_story_date(
    published: str | None, absolute: list[Timex], tense_of: TenseOf, text: str = ""
) -> StoryDate | None:
    """The page's date as story date, unless missing, malformed or contradicted by the text.

    The date of an embedded post (a tweet's "— Name (@handle) November 19, 2019" line) is the
    post's, often a day after the page it is embedded in (pages are updated): it contradicts nothing."""
    point = point_of(published)
    if point is None or point.as_date() is None:
        return None
    day = point.value
    later = [t for t in absolute if _is_dated_past(t, tense_of) and (t.earliest or "") > day
             and not is_embedded_post_date(text, t) and not is_update_note_date(text, t)
             and not _end_of_a_running_range(text, t, absolute, day)
             and not (PLANNED_TIMES and told_as_target(text, t))]
    if later:
        return None
    return StoryDate(DateValue(day, day, day), "published", PUBLISHED_CONFIDENCE, (), "the page's own date")


TenseOf = Callable[[Timex], Tense]

# What joins the two ends of a range of dates ("Nov. 27, 2025 – Jan. 17, 2026", "from May 2 to June 30").
_RANGE_JOINS = frozenset({"-", "–", "—", "to", "through", "until", "till"})


PLANNED_TIMES = True  # switch for measuring the rule: a time told as a plan never dates the story (s22f)
_TARGET_BEFORE = _PATTERNS["target_before"]


def told_as_target(text: str, timex: Timex) -> bool:
    """Whether a date is told as a target, a deadline or the start of a plan ("approved funding FOR 2026",
    "promised cuts BY 2030", "a ban STARTING IN 2035"): the clause's past tense tells when the plan was made,
    not that its date has come; a page that states it may be written years before."""
    return bool(text) and timex.start <= len(text) and \
        _TARGET_BEFORE.search(text, max(0, timex.start - 40), timex.start) is not None


def _end_of_a_running_range(text: str, timex: Timex, absolute: list[Timex], day: str) -> bool:
    """Whether a date is the end of a range that began by the page's day ("Paula Rego, Cristea Roberts Gallery,
    Nov. 27, 2025 – Jan. 17, 2026" on a page of December 17, 2025): a run still going on, or planned, when the
    page was written; its end contradicts nothing."""
    return any(t.end <= timex.start and text[t.end:timex.start].strip().lower() in _RANGE_JOINS
               and (t.earliest or "9999") <= day for t in absolute)

# The signature line an embedded post ends with: a dash, the author's name, "(@handle)", then the date.
_POST_SIGNATURE = _PATTERNS["post_signature"]


def is_embedded_post_date(text: str, timex: Timex) -> bool:
    """Whether a date is the one an embedded social-media post is signed with (the post's date,
    not the page's nor any event's the page reports)."""
    if not text or timex.start > len(text):
        return False
    line_start = text.rfind("\n", 0, timex.start) + 1
    return _POST_SIGNATURE.match(text[line_start : timex.start]) is not None


_UPDATE_NOTE = _PATTERNS["update_note"]


def is_update_note_date(text: str, timex: Timex) -> bool:
    """Whether a date is the one a correction or update note is headed with ("Correction added Nov. 18,
    2019: the caption ..."): the page was changed then, and was published before."""
    if not text or timex.start > len(text):
        return False
    line_start = text.rfind("\n", 0, timex.start) + 1
    before = text[line_start : timex.start]
    last = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    return _UPDATE_NOTE.match(before) is not None or (last > 0 and _UPDATE_NOTE.match(before[last:]) is not None)


# The end of a sentence inside a line: a full stop, "!" or "?", closing marks, then a space.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def _is_dated_past(timex: Timex, tense_of: TenseOf) -> bool:
    return timex.type == "DATE" and len(timex.value) >= 7 and timex.value[:4].isdigit() and tense_of(timex) == "past"


def dateline_story_date(text: str, absolute: list[Timex]) -> StoryDate | None:
    """A full date at the head of the text, on a short line or before a dateline dash."""
    for timex in absolute:
        if timex.start > DATELINE_CHARS:
            break
        if timex.type != "DATE" or not _DAY.fullmatch(timex.value):
            continue
        line_start = text.rfind("\n", 0, timex.start) + 1
        line_end = text.find("\n", timex.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        rest = len(line.strip()) - len(timex.text)
        dashed = timex.start - line_start <= 60 and _DATELINE_END.match(text, timex.end) is not None
        if rest <= 25 or dashed:
            note = f"dateline {text[timex.start:timex.end]!r}"
            value = DateValue(timex.value, timex.value, timex.value)
            return StoryDate(value, "inferred", DATELINE_CONFIDENCE, ((timex.start, timex.end),), note)
    return None


def dateline_before_page(dateline: StoryDate | None, page: StoryDate) -> bool:
    """Whether the text's own dateline names an earlier day than the page's date, by at most
    `DATELINE_LEAD_DAYS`: the page was stamped when it was reposted, moved or updated, and the story was
    written on its dateline's day ("October 10, 2008" heading a page created on October 20), which is
    the day its "yesterday" and "the day" count from."""
    if dateline is None or dateline.date is None or page.date is None:
        return False
    try:
        lead = (date.fromisoformat(page.date.value[:10]) - date.fromisoformat(dateline.date.value[:10])).days
    except ValueError:
        return False
    return 0 < lead <= DATELINE_LEAD_DAYS


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATELINE_END = _PATTERNS["dateline_end"]  # a dash, "/PRNewswire/" or "(Reuters)" after the date


def year_clues(text: str, absolute: list[Timex], tense_of: TenseOf, starts: list[int]) -> list[Clue]:
    """Explicit past years (lower bounds) and anniversaries of known events (exact years). A year that names a
    thing's vintage or an old happening ("the 2009 magazine profile", "a 2011 blue sedan") or dates
    an act a relative clause retells ("the leader who died in 2006") is a "background-year": still a lower
    bound, but about the background, so it never dates a story by itself (`inferred_story_date`)."""
    clues = []
    for t in absolute:
        if t.type != "DATE" or not t.value[:4].isdigit() or "/" in t.value:
            continue
        tense = tense_of(t)
        if tense == "future" or (PLANNED_TIMES and (tense == AFTER_PAST or told_as_target(text, t))):
            continue
        kind = "background-year" if background_year(text, t, starts) else \
            "plan-year" if PLANNED_TIMES and tense != "past" and _in_planned_clause(text, t, starts) else \
            "explicit-year"
        clues.append(Clue(int(t.value[:4]), (t.start, t.end), kind, f"{t.text!r} stated"))
    return clues + _anniversary_clues(text, starts)


_YEAR_MODIFIER_BEFORE = _PATTERNS["year_modifier_before"]
_YEAR_NOUN_AFTER = _PATTERNS["year_noun_after"]
_RETOLD_CLAUSE_YEAR = _PATTERNS["retold_clause_year"]


def background_year(text: str, timex: Timex, starts: list[int]) -> bool:
    """Whether a stated year modifies a noun (a determiner or possessive before it, a word after it: "the 2005
    article", "the June 1972 break-in", "her failed 2003 bid", "the May 4, 2001, blast") or closes a
    relative clause that retells a past act ("who retired in 2004", "a miner injured by troops in 1992")."""
    if _YEAR_MODIFIER_BEFORE.search(text, max(0, timex.start - 30), timex.start) \
            and _YEAR_NOUN_AFTER.match(text, timex.end):
        return True
    sentence_start = max((s for s in starts if s <= timex.start), default=0)
    return _RETOLD_CLAUSE_YEAR.search(text, max(sentence_start, timex.start - 120), timex.start) is not None


def _anniversary_clues(text: str, starts: list[int]) -> list[Clue]:
    clues = []
    bounds = [*starts, len(text)]
    for i in range(len(starts)):
        sentence = text[bounds[i] : bounds[i + 1]]
        for m in _ANNIVERSARY.finditer(sentence):
            years = _count(m.group("n") or m.group("m") or m.group("nth") or "")
            if years is None:
                continue
            for event in dated_events():
                if event.named_in(sentence):
                    span = (bounds[i] + m.start(), bounds[i] + m.end())
                    note = f"{m.group(0)!r} after {event.what} ({event.day[:4]})"
                    clues.append(Clue(int(event.day[:4]) + years, span, "anniversary", note))
    return clues


def _count(text: str) -> int | None:
    try:
        value = number_of(text)
    except (KeyError, ValueError):
        return None
    if value == "X" or not 0 < float(value) < 500:
        return None
    return int(float(value))


def inferred_story_date(clues: list[Clue]) -> StoryDate | None:
    """The story year from the clues: anniversaries if they agree with the stated years, else
    the latest year stated (a lower bound, so a low confidence). Years stated only about the background
    ("the 2009 profile", "who retired in 2004") give none: an old story's text is full of them, and a report
    that names its own year names it elsewhere too ("in the first quarter of 2024")."""
    if not any(c.kind in ("explicit-year", "plan-year", "anniversary") for c in clues):
        return None
    clues = _told_years(clues)
    latest_stated = max((c.year for c in clues if c.kind != "anniversary"), default=None)
    anniversaries = [c for c in clues if c.kind == "anniversary" and c.year >= (latest_stated or 0)]
    if anniversaries:
        years = [c.year for c in anniversaries]
        year = max(set(years), key=years.count)
        support = [c for c in anniversaries if c.year == year]
        confidence = min(0.5 + 0.15 * len(support), 0.8)
        chosen = support
    else:
        year = latest_stated or 0
        chosen = [c for c in clues if c.year == year][:3]
        confidence = STATED_YEARS_CONFIDENCE
    note = "; ".join(c.note for c in chosen)
    value = DateValue(f"{year:04d}", f"{year:04d}-01-01", f"{year:04d}-12-31")
    return StoryDate(value, "inferred", confidence, tuple(c.span for c in chosen), note)


_PLANNED_CLAUSE = _PATTERNS["planned_clause"]
_CLAUSE_BREAK = re.compile(r"[,;:()\n]")


def _in_planned_clause(text: str, timex: Timex, starts: list[int]) -> bool:
    """Whether a year not told as past sits in a clause told as a plan up to it: an infinitive or a modal
    between the clause's start and the year ("has directed agencies to study the technology and report back
    IN 2025"). A full day is never a plan's here: a text states the day it was written on a line with no
    verb or a present one ("Last Updated: Tuesday, 20 December 2005")."""
    if _DAY.fullmatch(timex.value) or timex.start > len(text):
        return False
    sentence_start = max((s for s in starts if s <= timex.start), default=0)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence_start, timex.start)]
    clause_start = max(breaks, default=sentence_start)
    return _PLANNED_CLAUSE.search(text, clause_start, timex.start) is not None


def _told_years(clues: list[Clue]) -> list[Clue]:
    """The clues without the years of a plan (`_in_planned_clause`) after the latest year stated otherwise: a
    stated year is a lower bound of the story's, a plan's may lie ahead of it ("has directed agencies to study the
    technology and report back in 2025"); it dates the story only when nothing else is stated."""
    told = [c.year for c in clues if c.kind == "explicit-year"]
    if not told:
        return clues
    return [c for c in clues if c.kind != "plan-year" or c.year <= max(told)]


def is_lower_bound(story: StoryDate) -> bool:
    """Whether the story date is only the latest year the text states (no page date, dateline or anniversary):
    the story is of that year or later ("the founder who retired in 2004" in a report of the election that
    followed), so it dates the text's relative expressions as well as anything can, but an act that has no
    time of its own does not take it."""
    return story.basis == "inferred" and story.date is not None and story.confidence <= STATED_YEARS_CONFIDENCE


def narrowed(story: StoryDate, relative: list[Timex], tense_of: TenseOf) -> StoryDate:
    """Narrow an inferred year by what already happened and what is still to come in it."""
    if story.date is None or story.date.earliest is None or story.date.latest is None:
        return story
    earliest, latest = story.date.earliest, story.date.latest
    for timex in relative:
        if timex.type != "DATE" or timex.earliest is None or timex.value == story.date.value:
            continue
        if not (story.date.earliest <= timex.earliest <= story.date.latest):
            continue
        tense = tense_of(timex)
        if tense == "past":
            earliest = max(earliest, timex.earliest)
        elif tense == "future":
            latest = min(latest, (date.fromisoformat(timex.earliest) - timedelta(days=1)).isoformat())
    if earliest > latest:
        return story
    value = DateValue(story.date.value, earliest, latest)
    note = story.note + ("" if (earliest, latest) == (story.date.earliest, story.date.latest) else
                         f"; between {earliest} and {latest} by tense")
    return StoryDate(value, story.basis, story.confidence, story.evidence, note)
