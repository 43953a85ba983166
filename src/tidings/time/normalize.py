"""From a grammar match to a TIMEX3 value, resolved against the right reference.

Deictic expressions ("last year", "on Friday", "27 years ago") are resolved against the anchor
(the story date); anaphoric ones ("the next day", "December 16th" after "December 1991",
"a year earlier") against the temporal focus, the last calendar date the text talked about.
Tense decides the direction of a bare weekday or month. A value never claims more precision
than its reference has: with an anchor known to the year only, "on Tuesday" stays a year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from tidings.time.grammar import Match, alternation, lexicon
from tidings.time.known import event_on_day
from tidings.time.values import (
    SEASON_MONTHS,
    Point,
    interval_of,
    month_value,
    point_of,
    quarter_of,
    shift_days,
    shift_month,
    valid_day,
    week_value,
)

Tense = str | None  # "past", "present", "future", AFTER_PAST or None when unknown
# The time of an act directed or agreed in a past clause ("asked him to investigate ... on July 25",
# "agreed to meet on Friday"): after that past act, so before or after the anchor. A weekday (news names
# one only within the week around it) still points ahead; a written date takes its nearest reading.
AFTER_PAST = "after-past"
Interval = tuple[date, date]


@dataclass(slots=True)
class Focus:
    """The last calendar date the text talked about, and whether its year was written out."""

    point: Point
    explicit_year: bool
    sentence: int
    value: str = ""
    tense: Callable[[], Tense] = lambda: None  # the tense of the clause that named it (read when needed)
    mod: str | None = None  # its bound, from the signal before it ("since July 2013": ON_OR_AFTER)


@dataclass(slots=True)
class Context:
    """What resolution needs beyond the match: the anchor, the focus, the clause's tense."""

    anchor: Point | None
    focus: Focus | None = None
    day_focus: Focus | None = None  # the last date known to the day, for "the day", "the next day"
    sentence: int = 0
    tense: Callable[[], Tense] = lambda: None
    after: str = ""  # the text right after the match (what it modifies: "the October 7 attacks")
    before: str = ""  # the text right before it (the preposition: "over the last year")
    sentence_text: Callable[[], str] = lambda: ""
    game: Callable[[], bool] = lambda: False  # the text reports a game: its quarters are periods of play


@dataclass(frozen=True, slots=True)
class Resolved:
    type: str
    value: str
    mod: str | None = None
    anchor_used: str | None = None
    explicit_year: bool = False


def normalize(match: Match, ctx: Context) -> Resolved | None:
    """The TIMEX3 reading of one match, or None when the match cannot be a timex after all."""
    handler = _KINDS.get(match.rule.kind)
    if handler is None:
        return None
    try:
        resolved = handler(match.groups, ctx)
    except (ValueError, KeyError, OverflowError):
        return None
    return _within_calendar(resolved) if resolved is not None else None


_YEAR_FIELD = re.compile(r"^(-?\d+)(X*)")


def _within_calendar(resolved: Resolved) -> Resolved:
    """Arithmetic can leave the years TIMEX3 writes ("3000 years ago" in 2024 is year -976, "next
    century" in 9999 the 101st): such a value becomes PAST_REF / FUTURE_REF, never "-976" or "100XX"."""
    if resolved.type == "DURATION":
        return resolved
    for part in resolved.value.split("/"):
        m = _YEAR_FIELD.match(part)
        if m is None:
            continue
        digits, unknown = m.groups()
        if digits.startswith("-") or (int(digits) == 0 and not unknown):
            return Resolved(resolved.type, "PAST_REF", resolved.mod, resolved.anchor_used)
        if len(digits) + len(unknown) > 4:
            return Resolved(resolved.type, "FUTURE_REF", resolved.mod, resolved.anchor_used)
    return resolved


# ---- small readers of group values ---------------------------------------------------------


def _lex(table: str) -> dict[str, Any]:
    result: dict[str, Any] = lexicon().get(table, {})
    return result


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _month(g: dict[str, str], key: str = "month") -> int | None:
    if key in g:
        return int(_lex("months")[_norm(g[key]).rstrip(".")])
    if key == "month" and "month_num" in g:
        return int(g["month_num"])
    return None


def _day(text: str | None) -> int | None:
    if text is None:
        return None
    digits = "".join(ch for ch in text if ch.isdigit())
    return int(digits) if digits else None


def _year(g: dict[str, str], ctx: Context, key: str = "year") -> int | None:
    if key not in g:
        return None
    raw = g[key]
    if len(raw) == 2:
        return _two_digit_year(int(raw), ctx)
    return int(raw)


def _two_digit_year(yy: int, ctx: Context) -> int:
    """'07 is 2007 and '82 is 1982: the latest year not far past the anchor (or 2025)."""
    pivot = (ctx.anchor.year if ctx.anchor else 2025) + 10
    year = (pivot // 100) * 100 + yy
    return year - 100 if year > pivot else year


def number_of(text: str) -> float | str:
    """A cardinal from digits or words ("twenty-seven", "two and a half"); "X" when vague."""
    t = " ".join(_norm(text).replace("-", " ").replace(",", "").replace("½", " 1/2").split())
    half = 0.5 if t.endswith((" and a half", " 1/2")) else 0.0
    t = t.removesuffix(" and a half").removesuffix(" 1/2")
    numbers = _lex("numbers")
    if t in numbers:
        word = numbers[t]
        return "X" if word == "X" else float(word) + half
    try:
        return float(t) + half
    except ValueError:
        pass
    if " hundred " in f" {t} ":  # "one hundred and twenty": the hundreds times 100, plus the rest
        many, _, rest = t.partition("hundred")
        count = float(numbers.get(many.strip(), 1)) * 100
        rest_words = [w for w in rest.split() if w != "and"]
        return count + float(sum(float(numbers[w]) for w in rest_words)) + half
    return float(sum(float(numbers[w]) for w in t.split())) + half


def _rel(g: dict[str, str], key: str = "rel") -> str | None:
    return _norm(g[key]).removeprefix("the ") if key in g else None


def _pmod(g: dict[str, str]) -> str | None:
    return _lex("period_mods").get(_norm(g["pmod"]).rstrip("-")) if "pmod" in g else None


# ---- choosing a year for a month, season or quarter written without one -------------------

_PREVIOUS = {"last", "past", "previous", "preceding", "this past", "year-ago", "year-earlier", "prior-year",
             "year-before"}
_NEXT = {"next", "coming", "this coming", "following"}
_ANAPHORIC = {"same", "that", "following", "previous", "preceding", "entire", "whole", "full"}
_SAME = {"that", "same"}  # a period named again ("that summer", "the same month"): the one the text talks about
NEAR_DAYS = 30  # a day-month this close to the anchor is read as the near one, whatever the tense
FAR_FROM_ANCHOR_DAYS = 92  # an unyeared date this far from the anchor borrows the focus's year


def _anchor_date(point: Point) -> date:
    return date(point.year, point.month or 1, point.day or 1)


def _year_by_tense(point: Point, interval: Callable[[int], Interval], tense: Tense, by_day: bool | None) -> int:
    """The year whose period lies on the side of the anchor the tense points to.

    by_day None (quarters, halves, seasons): the nearest period whatever the tense, since
    "fourth-quarter" results are announced after it and cuts "during the fourth quarter"
    announced before it, both in a past-tense sentence."""
    if point.month is None:
        return point.year
    ref = _anchor_date(point)
    years = (point.year - 1, point.year, point.year + 1)
    nearest = min(years, key=lambda y: (_distance(interval(y), ref), y != point.year))
    if _against(interval(nearest), ref, tense):
        pass
    elif by_day is None or tense == AFTER_PAST or (by_day and _distance(interval(nearest), ref) <= NEAR_DAYS):
        return nearest
    if tense == "past":
        return point.year if interval(point.year)[0] <= ref else point.year - 1
    if tense == "future":
        return point.year if interval(point.year)[1] >= ref else point.year + 1
    if by_day is False:
        return point.year
    return nearest


def _against(span: Interval, ref: date, tense: Tense) -> bool:
    """A past clause does not tell of a day after the reference, nor a future one of a day before it."""
    return (tense == "past" and span[0] > ref) or (tense == "future" and span[1] < ref)


def _distance(span: Interval, ref: date) -> int:
    if span[0] <= ref <= span[1]:
        return 0
    return min(abs((span[0] - ref).days), abs((span[1] - ref).days))


def _year_by_rel(rel: str, point: Point, interval: Callable[[int], Interval]) -> int:
    if point.month is None:
        return point.year + (-1 if rel in _PREVIOUS else 1 if rel in _NEXT else 0)
    ref = _anchor_date(point)
    if rel in _PREVIOUS:
        return point.year if interval(point.year)[1] < ref else point.year - 1
    if rel in _NEXT:
        return point.year if interval(point.year)[0] > ref else point.year + 1
    return point.year


def _relyear(g: dict[str, str], ctx: Context) -> tuple[int, str] | None:
    """'this year', 'last year', 'the same year', 'the year' after a month or quarter."""
    rel = _rel(g, "relyear")
    if rel is None:
        return (ctx.anchor.year, ctx.anchor.value) if "theyear" in g and ctx.anchor else None
    if rel in _ANAPHORIC and ctx.focus is not None:
        base = ctx.focus.point
    elif ctx.anchor is not None:
        base = ctx.anchor
    else:
        return None
    delta = -1 if rel in _PREVIOUS else 1 if rel in _NEXT else 0
    return base.year + delta, base.value


def _focus_year_for(month: int, ctx: Context, anchored: Interval | None) -> Focus | None:
    """The focus whose year an unyeared month borrows ("December 1991 ... December 16th").

    Only a focus with a written year, naming the same month or in the same sentence, or a past
    narrative moving on from it ("visited his doctor in November 2016. ... But by December, they
    worsened": a later month of that year, told in the past a few sentences on, whatever the anchor),
    and otherwise only when the reading from the anchor is not a near one (a news text's "November 11"
    five days after its date is deictic even after "November 2006")."""
    focus = ctx.focus
    if focus is None or not focus.explicit_year or focus.point.year == (ctx.anchor.year if ctx.anchor else None):
        return None
    if focus.point.month != month and focus.sentence != ctx.sentence:
        return focus if _narrated_on(focus, month, ctx) else None
    if anchored is not None and ctx.anchor is not None and ctx.anchor.month is not None:
        ref = _anchor_date(ctx.anchor)
        distance = min(abs((anchored[0] - ref).days), abs((anchored[1] - ref).days))
        if distance <= FAR_FROM_ANCHOR_DAYS:
            return None
    return focus


START_BOUNDS = frozenset({"AFTER", "ON_OR_AFTER"})  # "since July 2013" counts on to now: no passage is set then
NARRATIVE_SENTENCES = 3  # a past narrative's later month borrows the year of a date this few sentences back


def _narrated_on(focus: Focus, month: int, ctx: Context) -> bool:
    """A past clause a few sentences after a month named in a past clause names a later month of the year
    ("visited his doctor in November 2016 ... by December"): the narrative moves on inside that year; not
    after a start bound ("has suffered from duties since July 2013. ... data released in August")."""
    return focus.point.month is not None and focus.point.month < month \
        and 0 < ctx.sentence - focus.sentence <= NARRATIVE_SENTENCES and ctx.tense() == "past" \
        and focus.mod not in START_BOUNDS and focus.tense() == "past"


def _place_in_year(
    g: dict[str, str], ctx: Context, interval: Callable[[int], Interval], month: int | None, by_day: bool | None
) -> tuple[int, str | None, bool] | None:
    """(year, anchor used, explicit) for a period written with or without its year."""
    year = _year(g, ctx)
    if year is not None:
        return year, None, True
    relyear = _relyear(g, ctx)
    if relyear is not None:
        return relyear[0], relyear[1], False
    rel = _rel(g)
    year = None
    if rel in _SAME and ctx.focus is not None:
        return ctx.focus.point.year, ctx.focus.point.value, False  # "10 years ago ... THAT summer": the focus's
    if ctx.anchor is not None:
        if rel is not None:
            year = _year_by_rel(rel, ctx.anchor, interval)
        else:
            year = _year_by_tense(ctx.anchor, interval, ctx.tense(), by_day)
    focus = None
    if month is not None and rel is None:
        nearest = _year_by_tense(ctx.anchor, interval, None, True) if ctx.anchor is not None else None
        focus = _focus_year_for(month, ctx, interval(nearest) if nearest is not None else None)
    if focus is not None:
        return focus.point.year, focus.point.value, False
    if year is None or ctx.anchor is None:
        return None
    return year, ctx.anchor.value, False


def _month_interval(month: int) -> Callable[[int], Interval]:
    def interval(year: int) -> Interval:
        first = date(year, month, 1)
        ny, nm = shift_month(year, month, 1)
        return first, date(ny, nm, 1) - timedelta(days=1)

    return interval


def _day_interval(month: int, day: int) -> Callable[[int], Interval]:
    def interval(year: int) -> Interval:
        d = valid_day(year, month, day) or date(year, month, 28)
        return d, d

    return interval


# ---- kind: date ------------------------------------------------------------------------------


def _date(g: dict[str, str], ctx: Context) -> Resolved | None:
    mod = _pmod(g) or ("END" if "endmod" in g or "yearend" in g else None)
    if "yearend" in g:
        return _year_end(g, ctx)
    if "named" in g:
        return Resolved("DATE", str(_lex("named_days")[_norm(g["named"])]))
    if ("mholiday" in g or "holiday" in g) and "hyear" not in g and _OTHER_NAMED_DAY.search(ctx.before):
        return None
    if "mholiday" in g:
        return _moving_holiday(g, ctx)
    if "holiday" in g:
        mm, dd = _lex("holidays")[_norm(g["holiday"])].split("-")
        g = {**g, "month_num": mm, "day": dd}
        if "hyear" in g and "year" not in g:
            g["year"] = g["hyear"]
    for key, builder in _DATE_BUILDERS:
        if key in g:
            resolved = builder(g, ctx)
            if resolved is None:
                return None
            if mod and resolved.mod is None:
                resolved = Resolved(resolved.type, resolved.value, mod, resolved.anchor_used, resolved.explicit_year)
            return _with_part(resolved, g)
    return None


# A capitalised word inside a sentence right before a holiday's name makes another named day:
# "Genocide Remembrance Day" (24 April), "Orthodox Christmas" (7 January), "Chinese New Year". A
# capital after a lower-case word or a comma is part of the name, not a sentence start ("On Christmas").
_OTHER_NAMED_DAY = re.compile(r"(?<=[a-z0-9,;)]\s)[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+$")


def _year_end(g: dict[str, str], ctx: Context) -> Resolved | None:
    """'by year-end': the end of the year written with it, else of the reference's year."""
    written = g.get("year") or g.get("year2")
    if written:
        return Resolved("DATE", written, "END", None, True)
    if ctx.anchor is None:
        return None
    return Resolved("DATE", f"{ctx.anchor.year:04d}", "END", ctx.anchor.value)


def _moving_holiday(g: dict[str, str], ctx: Context) -> Resolved | None:
    """ "Thanksgiving", "Black Friday", "Easter Monday": the day that year's rule gives, the year placed
    like a day-month's (written, or by tense around the story date)."""
    spec = _lex("moving_holidays")[_norm(g["mholiday"])]
    if "hyear" in g and "year" not in g:
        g = {**g, "year": g["hyear"]}

    def interval(year: int) -> Interval:
        day = holiday_day(spec, year)
        return day, day

    month = holiday_day(spec, ctx.anchor.year if ctx.anchor is not None else 2000).month
    placed = _place_in_year(g, ctx, interval, month, by_day=True)
    if placed is None:
        return None
    year, used, explicit = placed
    return Resolved("DATE", holiday_day(spec, year).isoformat(), None, used, explicit)


def holiday_day(spec: list[Any], year: int) -> date:
    """The day of a moving holiday in `year`: [month, ISO weekday, nth (-1 last), offset] or ["easter", offset]."""
    if spec[0] == "easter":
        return easter_sunday(year) + timedelta(days=int(spec[1]))
    month, weekday, nth, offset = (int(x) for x in spec)
    if nth > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        ny, nm = shift_month(year, month, 1)
        last = date(ny, nm, 1) - timedelta(days=1)
        day = last - timedelta(days=(last.isoweekday() - weekday) % 7)
    return day + timedelta(days=offset)


def easter_sunday(year: int) -> date:
    """Western Easter (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    return date(year, month, (h + ell - 7 * m + 114) % 31 + 1)


def _with_part(resolved: Resolved, g: dict[str, str]) -> Resolved:
    """'Friday morning': a TIME whose value is the day plus the part of the day."""
    if "part" not in g or len(resolved.value) != 10:
        return resolved
    part = _lex("parts_of_day")[_norm(g["part"])]
    return Resolved("TIME", f"{resolved.value}T{part}", resolved.mod, resolved.anchor_used)


def _calendar_day(g: dict[str, str], ctx: Context) -> Resolved | None:
    month, day = _month(g), _day(g["day"])
    if month is None or day is None or not 1 <= day <= 31:
        return None
    placed = _place_in_year(g, ctx, _day_interval(month, day), month, by_day=True)
    if placed is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}")
    year, used, explicit = placed
    d = valid_day(year, month, day)
    if d is None:
        return None
    if _from_anchor_alone(g, ctx, used):
        unyeared = _day_without_year(month, day, ctx, _near(d, ctx.anchor))
        if unyeared is not None:
            return unyeared
    value = d.isoformat()
    if "hour" in g:
        return Resolved("TIME", f"{value}T{int(g['hour']):02d}:{int(g['minute']):02d}", None, used, explicit)
    return Resolved("DATE", value, None, used, explicit)


def _from_anchor_alone(g: dict[str, str], ctx: Context, used: str | None) -> bool:
    """A day-month whose year came from the story date by tense alone (no year, no "this year")."""
    return ctx.anchor is not None and used == ctx.anchor.value and not {"relyear", "theyear", "rel"} & set(g)


def _near(day: date, anchor: Point | None) -> bool:
    ref = anchor.as_date() if anchor is not None else None
    return ref is not None and abs((day - ref).days) <= NEAR_DAYS


def _day_without_year(month: int, day: int, ctx: Context, near: bool) -> Resolved | None:
    """A day-month the text does not date. When it names a happening ("the January 6 attack"), the
    known event on that day the sentence names, else the near one, else an unknown year
    (XXXX-01-06) rather than the latest past one. Otherwise ("on October 7") the near one first,
    then a known event the sentence names. None: let tense decide."""
    names_happening = _event_noun_after().match(ctx.after) is not None
    if near and not names_happening:
        return None
    event = event_on_day(month, day, ctx.sentence_text())
    if event is not None:
        return Resolved("DATE", event.day)
    if names_happening and not near:
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}")
    return None


@lru_cache(maxsize=1)
def _event_noun_after() -> re.Pattern[str]:
    """Up to three modifiers, then a happening noun: ' Brasília attacks', ' terrorist bombing'."""
    nouns = alternation(list(_lex("event_nouns")))
    skip = r"(?!(?:the|a|an|and|or|but|as|when|while|in|on|at|of|to|that|which|was|were|is|are|has|had)\b)"
    return re.compile(rf"[^\S\n]+(?:{skip}[\w'’.-]+[^\S\n]+){{0,3}}?(?:{nouns})\b", re.IGNORECASE)


def _calendar_month(g: dict[str, str], ctx: Context) -> Resolved | None:
    month = _month(g)
    if month is None:
        return None
    placed = _place_in_year(g, ctx, _month_interval(month), month, by_day=False)
    if placed is None:
        return Resolved("DATE", f"XXXX-{month:02d}")
    year, used, explicit = placed
    return Resolved("DATE", month_value(year, month), None, used, explicit)


def _calendar_year(g: dict[str, str], ctx: Context) -> Resolved | None:
    year = _year(g, ctx, "year" if "year" in g else "year2")
    if year is None:
        return None
    return Resolved("DATE", f"{year:04d}", None, None, True)


def _decade(g: dict[str, str], ctx: Context) -> Resolved | None:
    if "decade" in g:
        year = int(g["decade"])
        if year % 100 == 0 and year < 2000:
            # "the 1800s", "the 1900s": English names the century so, almost never the decade
            # 1800-1809; "the 2000s" stays the decade (the 2000s and the 2010s)
            return Resolved("DATE", f"{year // 100:02d}XX", None, None, True)
        return Resolved("DATE", f"{year // 10:03d}X", None, None, True)
    yy = int(g["decade2"])
    ref = ctx.anchor.year if ctx.anchor else 1999
    start = (ref // 100) * 100 + yy
    if start > ref:
        start -= 100
    return Resolved("DATE", f"{start // 10:03d}X", None, ctx.anchor.value if ctx.anchor else None, False)


def _century(g: dict[str, str], ctx: Context) -> Resolved | None:
    number = int(g["century"]) if "century" in g else int(_lex("century_words")[_norm(g["centuryword"])])
    if not 1 <= number <= 30:
        return None
    return Resolved("DATE", f"{number - 1:02d}XX", None, None, True)


def _fiscal_year(g: dict[str, str], ctx: Context) -> Resolved | None:
    """'fiscal 2024', 'FY25', 'the 2023-24 financial year': FY and the year it ends in."""
    year = int(g["fy"]) if len(g["fy"]) == 4 else _two_digit_year(int(g["fy"]), ctx)
    if "fy_end" in g:
        end = g["fy_end"]
        last = int(end) if len(end) == 4 else (year // 100) * 100 + int(end)
        if last != year + 1:
            return None
        year = last
    return Resolved("DATE", f"FY{year:04d}", None, None, True)


def _turn_of_century(g: dict[str, str], ctx: Context) -> Resolved | None:
    """'the turn of the century': around the century's first year; with no number, the century
    boundary nearest the story date (about 2000 in today's news, 1900 in a text of 1910)."""
    if "turn" in g:
        if ctx.anchor is None:
            return None
        boundary = round(ctx.anchor.year / 100) * 100
        return Resolved("DATE", f"{boundary:04d}", "APPROX", ctx.anchor.value)
    number = int(g["turn_century"]) if "turn_century" in g else int(_lex("century_words")[_norm(g["turn_centuryword"])])
    if not 1 <= number <= 30:
        return None
    return Resolved("DATE", f"{(number - 1) * 100:04d}", "APPROX", None, True)


def _quarter(g: dict[str, str], ctx: Context) -> Resolved | None:
    word = _norm(g["quarter"])
    number = int(word) if word.isdigit() else int(_lex("ordinals")[word])
    if word in ("last", "final") and "year" not in g and "relyear" not in g and "theyear" not in g:
        return _previous_quarter(ctx)
    number = 4 if number == -1 else number
    if not 1 <= number <= 4:
        return None

    def interval(year: int) -> Interval:
        first = date(year, 3 * number - 2, 1)
        ny, nm = shift_month(year, 3 * number, 1)
        return first, date(ny, nm, 1) - timedelta(days=1)

    placed = _place_in_year(g, ctx, interval, None, by_day=None)
    if placed is None or _period_of_play(placed, ctx):
        return None
    year, used, explicit = placed
    return Resolved("DATE", f"{year:04d}-Q{number}", None, used, explicit)


def _period_of_play(placed: tuple[int, str | None, bool], ctx: Context) -> bool:
    """A quarter or half without a year of its own in a game report ("led 21-7 in the third quarter")."""
    return not placed[2] and ctx.game()


def game_report(text: str) -> bool:
    """Two or more distinct words of play (data/time/lexicon.toml, [game_words]) make a game report."""
    lowered = text.lower()
    found = 0
    for word in _lex("game_words"):
        if re.search(rf"\b{re.escape(word)}\b", lowered):
            found += 1
            if found >= 2:
                return True
    return False


def _previous_quarter(ctx: Context) -> Resolved | None:
    if ctx.anchor is None or ctx.anchor.month is None:
        return None
    year, month = shift_month(ctx.anchor.year, ctx.anchor.month, -3)
    return Resolved("DATE", f"{year:04d}-Q{quarter_of(month)}", None, ctx.anchor.value)


def _half(g: dict[str, str], ctx: Context) -> Resolved | None:
    number = 1 if _norm(g["half"]) in ("first", "1st") else 2

    def interval(year: int) -> Interval:
        return date(year, 6 * number - 5, 1), date(year, 6 * number, 30 if number == 1 else 31)

    placed = _place_in_year(g, ctx, interval, None, by_day=None)
    if placed is None or _period_of_play(placed, ctx):
        return None
    year, used, explicit = placed
    return Resolved("DATE", f"{year:04d}-H{number}", None, used, explicit)


def _season(g: dict[str, str], ctx: Context) -> Resolved | None:
    code = _lex("seasons")[_norm(g["season"])]
    _first, _last = SEASON_MONTHS[code]

    def interval(year: int) -> Interval:
        start, end = interval_of(f"{year:04d}-{code}")
        return date.fromisoformat(start or ""), date.fromisoformat(end or "")

    placed = _place_in_year(g, ctx, interval, None, by_day=None)
    if placed is None:
        return None
    year, used, explicit = placed
    return Resolved("DATE", f"{year:04d}-{code}", None, used, explicit)


def _weekday(g: dict[str, str], ctx: Context) -> Resolved | None:
    target = int(_lex("weekdays")[_norm(g["weekday"])])
    rel = _rel(g)
    base = ctx.focus.point if rel in ("following", "previous") and ctx.focus else ctx.anchor
    if base is None:
        return None
    ref = base.as_date()
    if ref is None:
        return Resolved("DATE", base.value, None, base.value)
    back = (ref.isoweekday() - target) % 7
    ahead = (target - ref.isoweekday()) % 7
    if rel in _PREVIOUS or rel == "previous":
        delta = -(back or 7)
    elif rel in _NEXT:
        delta = ahead or 7
    elif rel == "this":
        delta = target - ref.isoweekday()
    else:
        delta = ahead if ctx.tense() in ("future", AFTER_PAST) else -back
    day = shift_days(ref, delta)
    return Resolved("DATE", day.isoformat(), None, base.value) if day else None


def _day_word(g: dict[str, str], ctx: Context) -> Resolved | None:
    if ctx.anchor is None:
        return Resolved("DATE", "PRESENT_REF")
    offset = int(_lex("day_words")[_norm(g["dayword"])])
    ref = ctx.anchor.as_date()
    if ref is None:
        return Resolved("DATE", ctx.anchor.value, None, ctx.anchor.value)
    day = shift_days(ref, offset)
    if day is None:
        return None
    value = day.isoformat()
    if _norm(g["dayword"]) == "tonight":
        return Resolved("TIME", f"{value}TNI", None, ctx.anchor.value)
    return Resolved("DATE", value, None, ctx.anchor.value)


def _part_of_day(g: dict[str, str], ctx: Context) -> Resolved | None:
    """"that night" (the day in focus), "last night" (the day before the reference), "the next
    morning" and "the previous evening" (the day after or before the one in focus)."""
    rel = _rel(g) or "this"
    anaphoric = rel in _ANAPHORIC or _norm(g.get("rel", "")).startswith("the next")
    focus = next((f for f in (ctx.day_focus, ctx.focus) if f is not None and f.point.as_date() is not None), None)
    base = focus.point if anaphoric and focus is not None else ctx.anchor
    if base is None or base.as_date() is None:
        return None
    day = base.as_date()
    assert day is not None
    shift = -1 if rel in ("last", "previous") else 1 if rel in ("next", "following") else 0
    return Resolved("DATE", (day + timedelta(days=shift)).isoformat(), None, base.value)


_NTH_WEEK_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def _nth_week(g: dict[str, str], ctx: Context) -> Resolved | None:
    """'the last week of June': the ISO week holding the middle of those seven days of the month."""
    month = _calendar_month(g, ctx)
    if month is None or not month.value[:4].isdigit():
        return month
    year, number = int(month.value[:4]), int(month.value[5:7])
    nth = _norm(g["nthweek"])
    if nth in _NTH_WEEK_DAY:
        middle = date(year, number, _NTH_WEEK_DAY[nth])
    else:
        after = shift_month(year, number, 1)
        middle = date(after[0], after[1], 1) - timedelta(days=4)
    return Resolved("DATE", week_value(middle), None, month.anchor_used, month.explicit_year)


_DATE_BUILDERS: tuple[tuple[str, Callable[[dict[str, str], Context], Resolved | None]], ...] = (
    ("nthweek", _nth_week),
    ("day", _calendar_day),
    ("month", _calendar_month),
    ("month_num", _calendar_month),
    ("quarter", _quarter),
    ("half", _half),
    ("season", _season),
    ("fy", _fiscal_year),
    ("turn", _turn_of_century),
    ("turn_century", _turn_of_century),
    ("turn_centuryword", _turn_of_century),
    ("decade", _decade),
    ("decade2", _decade),
    ("century", _century),
    ("centuryword", _century),
    ("weekday", _weekday),
    ("dayword", _day_word),
    ("part", _part_of_day),
    ("year", _calendar_year),
    ("year2", _calendar_year),
)


# ---- kind: relunit ("this year", "the next day", "the weekend") ------------------------------


def _relunit(g: dict[str, str], ctx: Context) -> Resolved | None:
    written = _norm(g["unit"]).replace("-", "")
    unit = written.replace("fiscal ", "").replace("financial ", "")
    if unit in ("time", "point", "date", "moment"):
        return _that_time(g, ctx)
    span = _recent_span(g, unit, ctx)
    if span is not None:
        return span
    rel = _rel(g) or _AFTER_WORDS.get(_norm(g.get("after", "")), "this")
    anaphoric = rel in _ANAPHORIC or (g.get("rel", "").lower().startswith("the next"))
    if "rel" not in g and unit != "weekend":
        # "the end of the year": the year in focus in a past clause; in a present or future one the current year
        # ("could not wrap up impeachment before THE END OF THE YEAR", "expect rates to stay low toward THE END
        # OF THE YEAR", written after a past year was named); a day stays the one in focus ("up 2% for the day");
        # "the fiscal year": the current one
        anaphoric = written == unit and (unit != "year" or ctx.tense() not in ("present", "future", AFTER_PAST))
    focus = ctx.day_focus if unit in ("day", "week", "weekend") else ctx.focus
    base = focus.point if anaphoric and focus and _precise_enough(focus.point, unit) else ctx.anchor
    if base is None:
        return _unanchored(rel)
    delta = -1 if rel in _PREVIOUS else 1 if rel in _NEXT or rel == "next" else 0
    value = _shift_unit(base, unit, delta, _weekend_tense(ctx) if unit == "weekend" else None)
    if written != unit and len(value) == 4 and value.isdigit():
        value = f"FY{value}"  # "this fiscal year"
    return Resolved("DATE", value, _pmod(g) or _TMOD.get(_norm(g.get("tmod", ""))), base.value)


def _weekend_tense(ctx: Context) -> Tense:
    """The clause's tense for "the weekend". A present clause counts as past only for a stretch an act
    filled ("X CONDUCTS drone strikes OVER the weekend": news tells a done act in the present), not for
    the time of a plan or state ("declares a ceasefire FOR the weekend": the coming one)."""
    tense = ctx.tense()
    if tense == "present" and ctx.before.lower().split()[-1:] not in (["over"], ["during"], ["throughout"]):
        return None
    return tense


_TMOD = {"earlier": "START", "later": "END"}  # "later this year": the year, its later part
# "the past decade" stays the calendar decade before this one (201X): about the same days, and a
# date a timeline can place; the past week, month or year are the stretch up to now.
_SPAN_UNITS = {"week": "P1W", "month": "P1M", "year": "P1Y"}
_SPAN_AFTER = ("in", "over", "during", "for", "within", "throughout", "across")


def _recent_span(g: dict[str, str], unit: str, ctx: Context) -> Resolved | None:
    """'the past week', 'over the last year': the stretch of time up to now (DURATION), not the
    calendar week or year before this one ("last week")."""
    raw = _norm(g.get("rel", ""))
    if unit not in _SPAN_UNITS or {"pmod", "tmod", "of"} & set(g):
        return None
    before = ctx.before.lower().split()[-1:] or [""]
    if raw in ("the past", "past") or (raw == "the last" and before[0] in _SPAN_AFTER):
        return Resolved("DURATION", _SPAN_UNITS[unit])
    return None


_AFTER_WORDS = {"previous": "previous", "before": "previous", "earlier": "previous", "prior": "previous",
                "after": "following", "later": "following"}


def _that_time(g: dict[str, str], ctx: Context) -> Resolved | None:
    """'by that time': the time in focus, at its own precision. "this" points at the writer's own
    time, not at one the text named: "no decision has been made AT THIS TIME" is the present."""
    if _norm(g.get("rel", "")) == "this":
        return Resolved("DATE", "PRESENT_REF")
    if ctx.focus is not None and ctx.focus.value:
        return Resolved("DATE", ctx.focus.value, None, ctx.focus.value)
    return Resolved("DATE", "PAST_REF")


def _precise_enough(point: Point, unit: str) -> bool:
    if unit in ("day", "week", "weekend"):
        return point.day is not None
    if unit in ("month", "quarter"):
        return point.month is not None
    return True


def _same_period(g: dict[str, str], ctx: Context) -> Resolved | None:
    """'the same month a year ago': the period in focus, one year back."""
    focus = ctx.focus
    if focus is None or not focus.value[:4].isdigit():
        if ctx.anchor is None:
            return None
        return Resolved("DATE", f"{ctx.anchor.year - 1:04d}", None, ctx.anchor.value)
    value = f"{int(focus.value[:4]) - 1:04d}{focus.value[4:]}".split("/")[0].split("T")[0]
    if interval_of(value)[0] is None:
        return None
    return Resolved("DATE", value, None, focus.value)


def _unanchored(rel: str) -> Resolved:
    if rel in _PREVIOUS:
        return Resolved("DATE", "PAST_REF")
    if rel in _NEXT:
        return Resolved("DATE", "FUTURE_REF")
    return Resolved("DATE", "PRESENT_REF")


def _shift_unit(base: Point, unit: str, delta: int, tense: Tense) -> str:
    """The unit around `base`, moved by `delta` units, at no more precision than `base` has."""
    day = base.as_date()
    if unit in ("year",):
        return f"{base.year + delta:04d}"
    if unit == "decade":
        return f"{base.year // 10 + delta:03d}X"
    if unit == "century":
        return f"{base.year // 100 + delta:02d}XX"
    if base.month is None:
        return base.value
    if unit == "month":
        return month_value(*shift_month(base.year, base.month, delta))
    if unit == "quarter":
        year, month = shift_month(base.year, base.month, 3 * delta)
        return f"{year:04d}-Q{quarter_of(month)}"
    if day is None:
        return base.value
    if unit == "week":
        return week_value(day, delta)
    if unit == "weekend":
        return _weekend(day, delta, tense)
    moved = shift_days(day, delta)
    return moved.isoformat() if moved else base.value


def _weekend(day: date, delta: int, tense: Tense) -> str:
    """The weekend of a reference day: on a Sunday "the weekend" is the one that day ends, "last
    weekend" the one before it and "next weekend" the coming one. On a weekday, a past clause, or a
    present one (news tells a done act in the present: "X CONDUCTS drone strikes over the weekend"),
    means the weekend just past, as for a bare weekday; a future clause the coming one."""
    saturday_back = (day.isoweekday() - 6) % 7
    if day.isoweekday() == 7:
        saturday = day - timedelta(days=1) + timedelta(days=7 * (delta > 0) - 7 * (delta < 0))
    elif delta < 0 or (delta == 0 and tense in ("past", "present") and day.isoweekday() < 6):
        saturday = day - timedelta(days=saturday_back or 7)
    else:
        saturday = day + timedelta(days=(6 - day.isoweekday()) % 7 + (7 if delta > 0 else 0))
    return week_value(saturday) + "-WE"


# ---- kind: offset ("27 years ago", "a year earlier") -----------------------------------------

_OFFSET_MOD = {
    ("MORE_THAN", -1): "BEFORE",
    ("MORE_THAN", 1): "AFTER",
    ("LESS_THAN", -1): "AFTER",
    ("LESS_THAN", 1): "BEFORE",
    ("APPROX", -1): "APPROX",
    ("APPROX", 1): "APPROX",
}


def _offset(g: dict[str, str], ctx: Context) -> Resolved | None:
    direction = _norm(g["dir"])
    sign = -1 if direction in ("ago", "back", "previously", "earlier", "before", "prior") else 1
    deictic = direction in ("ago", "back", "previously", "from now", "hence")
    base = ctx.anchor if deictic or ctx.focus is None else ctx.focus.point
    number = number_of(g["num"]) if "num" in g else "X"  # "years ago": no number given
    if base is None or number == "X":
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, base.value if base else None)
    unit = _lex("units")[_norm(g["unit"])]
    amount = float(number) * int(unit.get("count", 1))
    qmod = _lex("quantity_mods").get(_norm(g.get("qmod", "")))
    mod = _OFFSET_MOD.get((qmod, sign)) if qmod else None
    value = _moved(base, unit["letter"], bool(unit.get("time")), sign * amount)
    return Resolved("DATE", value, mod, base.value) if value else None


def _moved(base: Point, letter: str, is_time: bool, amount: float) -> str | None:
    day = base.as_date()
    if is_time:
        return base.value
    if letter in ("D", "W") and day is not None:
        moved = shift_days(day, round(amount * (7 if letter == "W" else 1)))
        return moved.isoformat() if moved else None
    if letter in ("M", "Q") and base.month is not None:
        return month_value(*shift_month(base.year, base.month, round(amount * (3 if letter == "Q" else 1))))
    if letter == "Y":
        return f"{base.year + round(amount):04d}"
    return f"{base.year:04d}"


# ---- kinds: duration, ref, set, time ---------------------------------------------------------


def _amount(number: float | str) -> str:
    if number == "X":
        return "X"
    value = float(number)
    return str(int(value)) if value.is_integer() else f"{value:g}"


def duration_value(number: float | str, unit_word: str) -> str:
    unit = _lex("units")[_norm(unit_word)]
    count = int(unit.get("count", 1))
    amount = number if number == "X" else float(number) * count
    prefix = "PT" if unit.get("time") else "P"
    return f"{prefix}{_amount(amount)}{unit['letter']}"


def _duration(g: dict[str, str], ctx: Context) -> Resolved | None:
    if "xunit" in g:
        return Resolved("DURATION", duration_value("X", g["xunit"]))
    if "allof" in g:  # "all day", "all week long": the whole of one unit
        return Resolved("DURATION", duration_value(1, g["unit"]))
    if "num" not in g:  # "a year-long probe": one unit
        return Resolved("DURATION", duration_value(1, g["unit"]))
    qmod = _lex("quantity_mods").get(_norm(g.get("qmod", "")))
    if _norm(g["num"]) in ("a", "an") and _norm(g["unit"]).endswith("s"):
        return None  # "a centuries-old map": the article belongs to the noun, no count of centuries
    number = number_of(g["num"])
    if isinstance(number, float) and ("halfof" in g or "andhalf" in g):
        number = number / 2 if "halfof" in g else number + 0.5  # "half an hour", "a year and a half"
    if isinstance(number, float) and "fraction" in g:  # "a quarter of an hour", "two-thirds of a year"
        number *= _FRACTIONS[" ".join(_norm(g["fraction"]).replace("-", " ").split()[1:])]
    value = duration_value(number, g["unit"])
    if "unit2" in g:
        value = _two_units(value, duration_value(number_of(g["num2"]), g["unit2"]))
    if value == "P1Q" and _SHARE_OF.match(ctx.after):
        return None  # "about a quarter, of its 3,200 dealers": a share, not three months
    if _norm(g["num"]) in ("a", "an", "one") and "qmod" not in g and _A_DAY_NAMED.search(ctx.before) \
            and _DAY_DESCRIBED.match(ctx.after):
        return None  # "it was a day of mourning", "not a day anybody can be prepared for"
    return Resolved("DURATION", value, qmod)


_ISO_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")
_DURATION_PART = re.compile(r"(T?)([0-9.]+)([A-Z])$")


def _two_units(first: str, second: str) -> str:
    """One ISO 8601 duration of two counts in falling order ("P13Y" + "P4M" = "P13Y4M", "PT5H" + "PT29M" =
    "PT5H29M"; weeks and days as days: P2W + P3D = P17D); the first alone if they do not combine."""
    a, b = _DURATION_PART.match(first[1:]), _DURATION_PART.match(second[1:])
    if a is None or b is None:
        return first
    (ta, na, la), (tb, nb, lb) = a.groups(), b.groups()
    if (la, lb) == ("W", "D"):
        return f"P{_amount(float(na) * 7 + float(nb))}D"
    if _ISO_ORDER.index(ta + la) >= _ISO_ORDER.index(tb + lb):
        return first
    between = "T" if tb and not ta else ""
    return f"P{ta}{na}{la}{between}{nb}{lb}"


_FRACTIONS = {"quarter": 0.25, "quarters": 0.75}  # "a quarter of", "three quarters of" (the count word dropped)


# "It was a day of mourning", "this is a year when...", "not a day anybody can forget": a day or a year
# named and described (after a copula or "not", before "of", "for", a relative clause), not a stretch of
# time. "It has been a year since the war" and "for a year" stay durations.
_A_DAY_NAMED = re.compile(r"\b(?:is|was|are|were|be|been|being|not|'s)\s+$", re.IGNORECASE)
_DAY_DESCRIBED = re.compile(
    r"\s+(?:of|for|that|when|which|where|whose|to\s+(?:remember|forget|celebrate|mourn)|"
    r"(?:anybody|anyone|nobody|no\s+one|everyone|we|they|he|she|I|you|people)\b)", re.IGNORECASE)
_SHARE_OF = re.compile(
    r"\s*,?\s+of\s+(?!(?:a|an|the|this|that|last|next)?\s*(?:century|year|decade|month|day|week)s?\b)", re.IGNORECASE)


def _ref(g: dict[str, str], ctx: Context) -> Resolved | None:
    if "someday" in g:
        return Resolved("DATE", "FUTURE_REF")
    if "span_ref" in g:
        return Resolved("DATE", str(_lex("span_refs")[g["span_ref"]]))
    return Resolved("DATE", str(_lex("refs")[_norm(g["ref"])]))


def _set(g: dict[str, str], ctx: Context) -> Resolved | None:
    if "setword" in g:
        return Resolved("SET", str(_lex("sets")[_norm(g["setword"])]))
    part = f"T{_lex('parts_of_day')[_norm(g['part'])]}" if "part" in g else ""
    if "weekday" in g:
        return Resolved("SET", f"XXXX-WXX-{_lex('weekdays')[_norm(g['weekday'])]}{part}")
    if "month" in g:
        return Resolved("SET", f"XXXX-{_month(g):02d}")
    if "season" in g:
        return Resolved("SET", f"XXXX-{_lex('seasons')[_norm(g['season'])]}")
    if "weekend" in g:
        return Resolved("SET", "XXXX-WXX-WE")
    if part:
        return Resolved("SET", f"XXXX-XX-XX{part}")
    every = g.get("num", "1")
    return Resolved("SET", duration_value(2 if _norm(every) == "other" else number_of(every), g["unit"]))


def _any_weekday(g: dict[str, str], ctx: Context) -> Resolved | None:
    """ "on A Sunday", "one Monday": a day of that name, not a particular one (TIMEX3 XXXX-WXX-7, a DATE): no
    day of the calendar, so it anchors nothing and dates no episode."""
    return Resolved("DATE", f"XXXX-WXX-{_lex('weekdays')[_norm(g['weekday'])]}")


def _time(g: dict[str, str], ctx: Context) -> Resolved | None:
    if "noon" in g:
        hour, minute = (0, 0) if _norm(g["noon"]) == "midnight" else (12, 0)
    else:
        number: float | str = int(g["hour"]) if g["hour"].isdigit() else number_of(g["hour"])
        if not isinstance(number, (int, float)):
            return None
        hour, minute = int(number), int(g.get("minute", "0"))
        ampm = _norm(g.get("ampm", "")).replace(".", "")
        hour = hour % 12 + (12 if ampm.startswith("p") else 0) if ampm else hour
    written_part = _LATER_PART.match(" " + g["dpart"]) if "dpart" in g else None
    later_part = None if "noon" in g or {"weekday", "dayword", "dpart"} & set(g) else _LATER_PART.match(ctx.after)
    later_part = written_part or later_part
    if later_part is not None and "ampm" not in g and 1 <= hour < 12:
        hour += 12  # "at 10 o'clock last night": the evening's ten
    if hour > 23:
        return None
    day = _day_of_time(g, ctx)
    named_day = "dpart" in g and _norm(g["dpart"]).split()[0] in ("yesterday", "tomorrow")
    evening_before = later_part is not None and later_part.group(1) and hour >= _NOON and not named_day
    if evening_before and day is not None and len(day.value) == len("2024-01-01"):
        before = shift_days(date.fromisoformat(day.value), -1)  # "last night", "yesterday evening"
        day = Resolved("DATE", before.isoformat(), None, day.anchor_used) if before else day
    clock = f"T{hour:02d}:{minute:02d}" + ("Z" if _norm(g.get("tz", "")) in _UTC and "tzoff" not in g else "")
    mod = _lex("clock_mods").get(_norm(g["qmod"])) if "qmod" in g else None  # "about 9 p.m.": APPROX
    if day is None or len(day.value) != 10:
        return Resolved("TIME", f"XXXX-XX-XX{clock}", mod)
    return Resolved("TIME", f"{day.value}{clock}", mod, day.anchor_used)


# An hour without a.m./p.m. before a later part of the day: "at 10 o'clock last night", "at 9 this
# evening"; group 1 marks the day before the reference's.
_LATER_PART = re.compile(
    r"\s*(?:(last\s+night|yesterday\s+(?:evening|afternoon))|tonight|this\s+(?:evening|afternoon)|"
    r"in\s+the\s+(?:evening|afternoon)|at\s+night)\b", re.IGNORECASE)
_NOON = 12  # "2 a.m. last night" is the small hours of the reference day, "10 p.m. last night" the day before
_UTC = frozenset({"utc", "gmt"})  # a clock time in UTC is written with "Z" (ISO 8601, TIMEX3)


def _day_of_time(g: dict[str, str], ctx: Context) -> Resolved | None:
    """The day a clock time is on: the date written after its weekday ("6:38 p.m. on Saturday, May 18":
    the date names the day, the weekday only confirms it), its weekday or day word, else the focus."""
    if "month" in g and "day" in g:
        return _calendar_day({k: g[k] for k in ("month", "day", "year") if k in g}, ctx)
    if "weekday" in g:
        return _weekday(g, ctx)
    if "dayword" in g:
        return _day_word(g, ctx)
    if "dpart" in g and _norm(g["dpart"]).split()[0] in ("yesterday", "tomorrow"):
        return _day_word({"dayword": _norm(g["dpart"]).split()[0]}, ctx)
    deictic = "dpart" in g and _norm(g["dpart"]).split()[0] in ("tonight", "this", "last")
    if deictic and ctx.anchor is not None and ctx.anchor.as_date() is not None:
        # "tonight", "this afternoon": the reference's day; "in the morning" is the day in focus (below)
        return Resolved("DATE", ctx.anchor.value, None, ctx.anchor.value)
    focus = ctx.focus.point if ctx.focus and ctx.focus.point.day else None
    base = focus or ctx.anchor
    if base is None or base.as_date() is None:
        return None
    return Resolved("DATE", base.value, None, base.value)


# ---- kind: range ----------------------------------------------------------------------------


def _range(g: dict[str, str], ctx: Context) -> Resolved | None:
    if "a_year" in g and "a_month" not in g:
        return _year_range(g, ctx)
    if "a_weekday" in g:
        return _weekday_range(g, ctx)
    left = {k[2:]: v for k, v in g.items() if k.startswith("a_")}
    right = {k[2:]: v for k, v in g.items() if k.startswith("b_")}
    shared = {k: v for k, v in g.items() if k in ("year", "relyear")}
    right.setdefault("month", left.get("month", ""))
    left.setdefault("month", right.get("month", ""))
    if not left["month"]:
        return None
    builder = _calendar_day if "day" in left else _calendar_month
    start = builder({**shared, **left} if "year" not in left else left, ctx)
    if start is None or start.value.startswith("X"):
        return start and Resolved("DATE", start.value)
    year = int(start.value[:4])
    end = builder({**right, "year": str(year)}, ctx)
    if end is None:
        return None
    if end.value < start.value:
        end = builder({**right, "year": str(year + 1)}, ctx)
        if end is None:
            return None
    explicit = start.explicit_year or "year" in g
    return Resolved("DATE", f"{start.value}/{end.value}", None, start.anchor_used, explicit)


def _year_range(g: dict[str, str], ctx: Context) -> Resolved | None:
    first = int(g["a_year"])
    raw = g["b_year"]
    last = (first // 100) * 100 + int(raw) if len(raw) == 2 else int(raw)
    if last <= first or last - first > 200:
        return None
    return Resolved("DATE", f"{first:04d}/{last:04d}", None, None, True)


def _weekday_range(g: dict[str, str], ctx: Context) -> Resolved | None:
    """'from Monday to Wednesday': the last day follows the first. In a past clause the span ends on
    or before the reference (its last day read as a past weekday, the first counted back from it);
    otherwise it starts where its first day alone is read, and the last day follows."""
    first = _weekday({"weekday": g["a_weekday"]}, ctx)
    last = _weekday({"weekday": g["b_weekday"]}, ctx)
    if first is None or last is None or len(first.value) != len("2024-01-01"):
        return first
    days = _lex("weekdays")
    span = (int(days[_norm(g["b_weekday"])]) - int(days[_norm(g["a_weekday"])])) % 7 or 7
    if ctx.tense() == "past":
        end = date.fromisoformat(last.value)
        start = end - timedelta(days=span)
    else:
        start = date.fromisoformat(first.value)
        end = start + timedelta(days=span)
    return Resolved("DATE", f"{start.isoformat()}/{end.isoformat()}", None, first.anchor_used)


_KINDS: dict[str, Callable[[dict[str, str], Context], Resolved | None]] = {
    "date": _date,
    "relunit": _relunit,
    "offset": _offset,
    "duration": _duration,
    "ref": _ref,
    "set": _set,
    "anyday": _any_weekday,
    "time": _time,
    "range": _range,
    "sameperiod": _same_period,
}


def focus_of(resolved: Resolved, sentence: int) -> Focus | None:
    """The focus a resolved timex sets, if it names a calendar date (not a vague reference)."""
    if resolved.type not in ("DATE", "TIME") or not resolved.value[:4].isdigit():
        return None
    point = point_of(resolved.value.split("/")[0][:10])
    if point is None:
        start = interval_of(resolved.value)[0]
        if start is None:
            return None
        point = Point(int(start[:4]))
    return Focus(point, resolved.explicit_year, sentence, resolved.value)
