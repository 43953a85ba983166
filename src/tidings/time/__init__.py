"""The temporal engine: find time expressions, normalize them to TIMEX3, date the document.

    story, timexes = analyze_time(text, published, doc)

`find_timexes` recognizes and resolves against a given anchor; `analyze_time` first decides the
story date (the page's date, or one inferred from the text; see story_date.py) and resolves
against it; fusion can pass `story_date=` to re-resolve a document against a linked date
(cheap: no parse). Offsets are character offsets into `text`. Pure functions, no I/O; any
input, even garbage, gives a result rather than an exception. See docs/time.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from tidings.records import DateValue, StoryDate, Timex
from tidings.time import story_date as dating
from tidings.time.grammar import Match, Rule, lexicon, match_text
from tidings.time.names import name_finder
from tidings.time.normalize import Context, Resolved, Tense, focus_of, game_report, normalize
from tidings.time.signals import governed_signal, signal_before, signal_mod
from tidings.time.tense import sentence_index, sentence_starts, tense_at
from tidings.time.values import Point, interval_of, point_of

__all__ = ["analyze_time", "event_date", "find_timexes", "interval_of", "reanchor", "resolve_spans", "signal_of"]


@dataclass(frozen=True, slots=True)
class _Text:
    """The text with what every step shares: the Doc (if it is this text's) and sentence starts."""

    text: str
    doc: Any
    starts: list[int]

    def tense(self, start: int, end: int) -> Tense:
        signal = _SIGNAL.search(self.text, max(0, start - 16), start)
        if signal is None:
            return tense_at(self.text, start, end, self.starts, self.doc)
        word = signal.group(1).lower()
        if word == "since":
            return "past"
        if word in ("by", "ahead of"):  # a deadline looks ahead unless the clause is past: "had left by Friday"
            return "past" if tense_at(self.text, start, end, self.starts, self.doc) == "past" else "future"
        return "future"


# A preposition right before a timex that fixes its direction: "since" looks back, "until",
# "starting", "effective" ahead; "by" and "ahead of" ahead unless the clause is in the past.
_SIGNAL = re.compile(
    r"\b(since|until|till|starting|beginning|effective|by|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE
)


def _prepare(text: Any, doc: Any) -> _Text:
    clean = text if isinstance(text, str) else ""
    own_doc = doc if doc is not None and _parse_of(doc, clean) else None
    return _Text(clean, own_doc, sentence_starts(clean, own_doc))


def _parse_of(doc: Any, text: str) -> bool:
    """The Doc is a parse of `text`: same length, and its tokens (every 25th) stand at their offsets.
    Cheaper than comparing `doc.text`, which spaCy rebuilds from the tokens on every access."""
    try:
        tokens = len(doc)
        if not tokens:
            return text == ""
        last = doc[tokens - 1]
        if last.idx + len(last.text_with_ws) != len(text):
            return False
        return all(text.startswith(doc[i].text, doc[i].idx) for i in range(0, tokens, 25))
    except (TypeError, AttributeError):
        return False


def find_timexes(text: str, anchor: str | None, doc: Any = None) -> list[Timex]:
    """Every time expression in `text`, resolved against `anchor` (an ISO date, month or year)."""
    prepared = _prepare(text, doc)
    return _resolve(prepared, point_of(anchor), _matches(prepared))


def _matches(prepared: _Text) -> list[Match]:
    """The grammar's matches, less the dates inside names ("the March 23 Movement", "Euro 2024")."""
    found = match_text(prepared.text)
    if not found:
        return found
    names = name_finder(prepared.text, prepared.doc)
    return [m for m in found if m.rule.kind == "ref" or not names.inside_name(m.start, m.end)]


def _resolve(prepared: _Text, anchor: Point | None, matches: list[Match]) -> list[Timex]:
    ctx = Context(anchor)
    ctx.game = _lazy_game(prepared.text)
    found = []
    for match in matches:
        ctx.sentence = sentence_index(prepared.starts, match.start)
        ctx.tense = _lazy_tense(prepared, match.start, match.end)
        ctx.after = prepared.text[match.end : match.end + _AFTER_CHARS]
        ctx.before = prepared.text[max(0, match.start - _BEFORE_CHARS) : match.start]
        ctx.sentence_text = _lazy_sentence(prepared, ctx.sentence)
        resolved = normalize(match, ctx)
        if resolved is None:
            continue
        found.append(_timex(prepared.text, match.start, match.end, resolved))
        focus = focus_of(resolved, ctx.sentence)
        if focus is not None:
            focus.tense, focus.mod = ctx.tense, found[-1].mod
            ctx.focus = focus
            if focus.point.day is not None:
                ctx.day_focus = focus
    return _clock_days(prepared.text, found)


# What may stand between a clock time and the day written after it: its zone, "local time", a
# parenthesis holding the same moment in another zone, "on".
_CLOCK_TO_DAY = re.compile(r"(?:\s|,|\(|\)|[Ll]ocal\s+time|[A-Z]{2,5}\b|\x00)*(?:\bon\s+)?")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")


def _clock_days(text: str, found: list[Timex]) -> list[Timex]:
    """ "at 15:30 local time (1330 GMT) on Tuesday", "at 05:46 JST on January 17, 1995": a clock time
    whose day is written after it (past its zone or a parenthesis) is on that day, not the day of the
    text before it."""
    out = list(found)
    for i, timex in enumerate(out):
        if timex.type != "TIME":
            continue
        j = i + 1
        while j < len(out) and out[j].type == "TIME":
            j += 1
        if j == len(out) or out[j].type != "DATE" or not _ISO_DAY.match(out[j].value):
            continue
        gap = text[timex.end:out[j].start]
        for inner in out[i + 1:j]:
            gap = gap.replace(inner.text, "\x00", 1)
        if len(gap) > _CLOCK_GAP or not _CLOCK_TO_DAY.fullmatch(gap):
            continue
        for k in range(i, j):
            clock = out[k].value.partition("T")[2]
            if clock and not out[k].value.startswith(out[j].value):
                value = f"{out[j].value}T{clock}"
                earliest, latest = interval_of(value)
                out[k] = replace(out[k], value=value, earliest=earliest, latest=latest)
    return out


_CLOCK_GAP = 40


_AFTER_CHARS = 60
_BEFORE_CHARS = 20


def _lazy_sentence(prepared: _Text, index: int) -> Any:
    def sentence() -> str:
        end = prepared.starts[index + 1] if index + 1 < len(prepared.starts) else len(prepared.text)
        return prepared.text[prepared.starts[index] : end]

    return sentence


def _lazy_game(text: str) -> Any:
    cache: list[bool] = []

    def game() -> bool:
        if not cache:
            cache.append(game_report(text))
        return cache[0]

    return game


def _lazy_tense(prepared: _Text, start: int, end: int) -> Any:
    cache: list[Tense] = []

    def tense() -> Tense:
        if not cache:
            cache.append(prepared.tense(start, end))
        return cache[0]

    return tense


def _timex(text: str, start: int, end: int, resolved: Resolved) -> Timex:
    earliest, latest = (None, None)
    mod = resolved.mod
    if resolved.type in ("DATE", "TIME"):
        earliest, latest = interval_of(resolved.value)
        mod = signal_mod(governed_signal(text, start, end), resolved.value, mod)
    return Timex(
        start=start,
        end=end,
        text=text[start:end],
        type=resolved.type,  # type: ignore[arg-type]
        value=resolved.value,
        earliest=earliest,
        latest=latest,
        anchor_used=resolved.anchor_used,
        mod=mod,
    )


def analyze_time(
    text: str, published: str | None, doc: Any = None, story_date: str | None = None
) -> tuple[StoryDate, list[Timex]]:
    """The story date used and every timex resolved against it.

    `published` is the date the page states (or None); `story_date` overrides the reference
    (from fusion). With no usable date at all, relative expressions stay unresolved (PAST_REF,
    XXXX-09-10...) and the story date has basis "none": the current date is never used.
    """
    prepared = _prepare(text, doc)
    matches = _matches(prepared)
    story = _story_date(prepared, matches, published, story_date)
    anchor = point_of(story.date.value) if story.date is not None else None
    return story, _resolve(prepared, anchor, matches)


def _story_date(prepared: _Text, matches: list[Match], published: str | None, override: str | None) -> StoryDate:
    if override and point_of(override) is not None:
        return dating.from_override(point_of(override).value)  # type: ignore[union-attr]
    absolute = [t for t in _resolve(prepared, None, matches) if t.anchor_used is None]

    def tense_of(timex: Timex) -> Tense:
        return prepared.tense(timex.start, timex.end)

    page = dating.published_story_date(published, absolute, tense_of, prepared.text)
    dateline = dating.dateline_story_date(prepared.text, absolute)
    if page is not None and not dating.dateline_before_page(dateline, page):
        return page
    if dateline is not None:
        return dateline
    clues = dating.year_clues(prepared.text, absolute, tense_of, prepared.starts)
    story = dating.inferred_story_date(clues)
    if story is None:
        note = "the page states no date and the text gives none" if not published else \
            f"unusable page date {published!r} and no date in the text"
        return StoryDate(None, "none", 0.0, (), note)
    assert story.date is not None
    relative = _resolve(prepared, Point(int(story.date.value[:4])), matches)
    return dating.narrowed(story, [t for t in relative if t.anchor_used], tense_of)


def signal_of(text: str, timex: Timex) -> str | None:
    """The temporal signal right before a timex ("by", "since", "until", "as of", "ahead of"...),
    lower-cased, or None: what makes "by the end of March" a deadline and "since March 6" a start.
    The bound it implies is already the timex's `mod`; the word itself tells "as of" and "from"."""
    return signal_before(text, timex.start) if 0 <= timex.start <= len(text) else None


def reanchor(text: str, story_date: str, doc: Any = None) -> tuple[StoryDate, list[Timex]]:
    """Resolve a document again against a story date found elsewhere (fusion)."""
    return analyze_time(text, None, doc, story_date=story_date)


def _side_of_range(match: Match, start: int, end: int) -> Match | None:
    """A span covering one end of a range match ("April" of "April to June"): that end alone."""
    if match.rule.kind != "range" or (match.start, match.end) == (start, end):
        return None
    middle = (match.start + match.end) / 2
    side = "a_" if (start + end) / 2 < middle else "b_"
    groups = {k[2:]: v for k, v in match.groups.items() if k.startswith(side)}
    groups.update({k: v for k, v in match.groups.items() if k in ("year", "relyear")})
    if side == "b_" and "month" not in groups and "a_month" in match.groups and "day" in groups:
        groups["month"] = match.groups["a_month"]
    if "a_year" in match.groups and side == "a_" and "month" not in groups:
        groups = {"year": match.groups["a_year"]}
    return Match(start, end, replace(match.rule, kind="date"), groups)


def _span_only_reading(text: str, start: int, end: int) -> list[Match]:
    """A word too ambiguous for running text ("history", "later") read once its extent is given."""
    words = lexicon().get("span_refs", {})
    last = text[start:end].lower().split()[-1:] or [""]
    if last[0] not in words:
        return []
    rule = Rule("span-ref", "ref", re.compile(""), "DATE", None, -1)
    return [Match(start, end, rule, {"span_ref": last[0]})]


def resolve_spans(text: str, spans: list[tuple[int, int]], anchor: str | None, doc: Any = None) -> list[Timex]:
    """Normalize given extents (gold spans in evaluation): the best grammar reading inside each."""
    prepared = _prepare(text, doc)
    matches = match_text(prepared.text)
    chosen: list[Match] = []
    for start, end in sorted(spans):
        inside = [m for m in matches if m.start < end and m.end > start]
        if not inside or any(m.start < start or m.end > end for m in inside):
            alone = [Match(m.start + start, m.end + start, m.rule, m.groups)
                     for m in match_text(prepared.text[start:end])]
            inside = alone or inside
        if not inside:
            chosen.extend(_span_only_reading(prepared.text, start, end))
            continue
        if inside:
            best = max(inside, key=lambda m: min(m.end, end) - max(m.start, start))
            chosen.append(_side_of_range(best, start, end) or Match(start, end, best.rule, best.groups))
    return _resolve(prepared, point_of(anchor), chosen)


_AGO_MODS = frozenset({"BEFORE", "MORE_THAN"})
_WEEK = re.compile(r"\d{4}-W\d{2}(?:-WE)?$")


def event_date(timex: Timex) -> DateValue:
    """The date an event takes from the expression that dates it: a time of day keeps its day; "over
    80 years ago" (the year 80 years back, mod BEFORE) tells of a year before that one, the latest
    the event can wholly lie in; a week or a weekend (`2019-W46-WE`, a TIMEX3 value no calendar or
    timeline shows) becomes the range of its days, `2019-11-16/2019-11-17`."""
    value = timex.value.split("T", 1)[0] if timex.type == "TIME" and "T" in timex.value else timex.value
    if timex.mod in _AGO_MODS and timex.text.lower().endswith("ago") and len(value) == 4 and value.isdigit():
        year = f"{int(value) - 1:04d}"
        return DateValue(year, f"{year}-01-01", f"{year}-12-31")
    if _WEEK.match(value) and timex.earliest and timex.latest:
        return DateValue(f"{timex.earliest}/{timex.latest}", timex.earliest, timex.latest)
    return DateValue(value, timex.earliest, timex.latest)
