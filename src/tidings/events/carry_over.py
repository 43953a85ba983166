"""Narrative carry-over: an undated event inherits the day its story already set.

News sets the day of an episode once and narrates on: "On Wednesday, Xi and Tokayev unveiled a
university branch. Xi told reporters that China will open a second workshop." The second event happened
on Wednesday too, not on the publication day. `date_for_event` only sees the event's own sentence, so
it falls back to the story date; this pass, run over a document's coded events, replaces that fallback
by the day of the nearest earlier sentence that dated one of its clauses with an explicit day of the
current news episode (a few days before the story date), when nothing says the event lies elsewhere:

- its own sentence has no time expression of any kind and no blocking word ("previously", "used to");
- its clause is narrated in the simple past, or is reported by a verb in the simple past ("Xi told
  reporters that China has decided ..."): present, perfect and pluperfect clauses describe states,
  records and background, and keep the story date;
- it is not inside a direct quotation (a speaker's own past) and its mode is not excluded;
- the search steps back over sentences without time expressions only, within the limits of
  `data/patterns/carry_over.toml`: the first earlier sentence with a time expression decides, so a
  background date ("in 2023", "in March") stops it and nothing older is reached; a sentence whose only
  times are spans of hours or minutes ("about 10 minutes after she was escorted out") keeps the day;
- a passage set in the past dates the acts it narrates, not a past act someone in it says happened
  ("In an interview in 2003, ... . He claimed Nixon approved the plan": the approval lies before), nor
  a plain comment (a reaction told later); a sentence told in the news present (a quotation, a present main
  clause) between the passage and the act ends the passage, in its paragraph too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from tidings.errors import TidingsError
from tidings.events.dating import (
    MEANS_PREPS,
    frames_event,
    governor_of,
    head_of,
    is_calendar,
    modifies,
    past_deadline,
    to_date_value,
)
from tidings.events.patterns import patterns_dir, read_pattern_file
from tidings.quotes import CLOSE_QUOTES, OPEN_QUOTES, in_direct_speech
from tidings.records import ActorRef, DateValue, Event, StoryDate, Timex
from tidings.time.grammar import lexicon
from tidings.time.story_date import is_lower_bound

DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
WEEK = re.compile(r"\d{4}-W\d{2}(?:-WE)?$")
PLAIN_WEEK = re.compile(r"\d{4}-W\d{2}$")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
VERBAL = frozenset({"VERB", "AUX"})


@dataclass(frozen=True, slots=True)
class CarryOverRules:
    """The limits of carry-over; see carry_over.toml for what each one means."""

    window_days: int
    max_sentences_back: int
    max_paragraphs_back: int
    excluded_modes: frozenset[str]
    blocking_words: tuple[str, ...]
    clause_deps: frozenset[str]
    future_values: frozenset[str]
    recollection_verbs: frozenset[str] = frozenset()
    counted_from_then: frozenset[str] = frozenset()
    span_back_words: frozenset[str] = frozenset()
    span_back_units: frozenset[str] = frozenset()
    habit_words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SentenceTime:
    """What one sentence says about time: whether it has any time expression, and the episode day it
    sets for its clauses (None when it has none, or only background dates)."""

    paragraph: int
    has_time: bool
    day: Timex | None
    background: Timex | None = None  # a time before the episode it dates a clause with ("in May")
    present: bool = False  # told in the news present: a present or perfect main clause, or a quotation
    any_day: Timex | None = None  # the episode day it sets for any clause, coded or not
    sets_scene: bool = False  # `background` dates the sentence's main clause, not a clause of its own
    lengths_only: bool = False  # its only times are spans of hours or minutes ("10 minutes after", "for three hours")


@lru_cache(maxsize=4)
def load_carry_over_rules(path: Path | None = None) -> CarryOverRules:
    source = path or patterns_dir() / "carry_over.toml"
    data = read_pattern_file(source, "carry-over rules")
    try:
        return CarryOverRules(
            window_days=int(data["window_days"]),
            max_sentences_back=int(data["max_sentences_back"]),
            max_paragraphs_back=int(data["max_paragraphs_back"]),
            excluded_modes=frozenset(str(m) for m in data.get("excluded_modes", [])),
            blocking_words=tuple(str(w).lower() for w in data.get("blocking_words", [])),
            clause_deps=frozenset(str(d) for d in data.get("clause_deps", [])),
            future_values=frozenset(str(v) for v in data.get("future_values", [])),
            recollection_verbs=frozenset(str(v).lower() for v in data.get("recollection_verbs", [])),
            counted_from_then=frozenset(str(v).lower() for v in data.get("counted_from_then", [])),
            span_back_words=frozenset(str(v).lower() for v in data.get("span_back_words", [])),
            span_back_units=frozenset(str(v).lower() for v in data.get("span_back_units", [])),
            habit_words=tuple(str(w).lower() for w in data.get("habit_words", [])),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise TidingsError("T501", str(source), f"carry-over rules file: bad or missing value {exc!r}") from None


# --- the time each sentence sets -------------------------------------------------------------------


def _day(value: str) -> date | None:
    head = value.split("T", 1)[0]
    if not DAY.match(head):
        return None
    try:
        return date.fromisoformat(head)
    except ValueError:
        return None


def _in_episode(timex: Timex, story_day: date, window_days: int) -> bool:
    """A day of the current news episode (a few days before the story date), or a week of it ("last week's
    hearing", "this week"): a week that has begun and ended no more than the window before."""
    if timex.type not in ("DATE", "TIME"):
        return False
    day = _day(timex.value)
    if day is not None:
        return 0 <= (story_day - day).days <= window_days
    if not WEEK.match(timex.value) or not timex.earliest or not timex.latest:
        return False
    first, last = _day(timex.earliest), _day(timex.latest)
    return first is not None and last is not None and first <= story_day and (story_day - last).days <= window_days


def _dates_a_clause(doc: Doc, timex: Timex, framing: bool = False) -> bool:
    """The expression is attached to a verb ("ON TUESDAY, Xi arrived"), not to a noun ("Thursday's
    summit", "the meeting on Wednesday") or through a bound ("since Monday"); with `framing`, also
    through a phrase that frames a verb ("IN a letter in May, the lobby's head said")."""
    head = head_of(doc, timex)
    governor = governor_of(head, frozenset()) if head is not None else None
    if governor is not None and governor.pos_ in VERBAL:
        return True
    if not framing or head is None or governor is None:
        return False
    if governor.dep_ == "attr" and governor.head.lemma_ == "be":
        return True  # "It was a difficult time, DECEMBER 1991": the scene is set
    verbs = frozenset(t.i for t in head.sent if t.pos_ in VERBAL)
    return frames_event(head, governor, verbs)


def _episode_days(doc: Doc, timexes: Sequence[Timex], story_day: date | None, rules: CarryOverRules,
                  dated: Collection[tuple[int, int]] | None) -> tuple[Timex | None, Timex | None]:
    """(the day `_episode_day` gives, the one episode day of any clause the sentence dates)."""
    if story_day is None:
        return None, None
    # a day framing a clause counts ("five people died IN CLASHES ON SUNDAY"), one of a noun alone does not
    found = [t for t in timexes if _in_episode(t, story_day, rules.window_days)
             and _dates_a_clause(doc, t, framing=True)]
    loose = {t.value.split("T", 1)[0]: t for t in found}
    strict = {t.value.split("T", 1)[0]: t for t in found if dated is None or (t.start, t.end) in dated}
    return (next(iter(strict.values())) if len(strict) == 1 else None,
            next(iter(loose.values())) if len(loose) == 1 else None)


def paragraph_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in PARAGRAPH_BREAK.finditer(text))]


def _paragraph_of(offset: int, starts: Sequence[int]) -> int:
    return sum(1 for s in starts[1:] if s <= offset)


def _planned(timex: Timex, story_day: date | None, rules: CarryOverRules) -> bool:
    """A time wholly after the story date ("in 2025", "next week") dates a plan, not the narrative:
    "Xi told reporters that China will hold a Tourism Year IN 2025" still tells of the day before."""
    if timex.value in rules.future_values:
        return True
    first = _day(timex.earliest) if timex.earliest else None
    return story_day is not None and first is not None and first > story_day


def sentence_times(doc: Doc, timexes: Sequence[Timex], story_date: StoryDate, rules: CarryOverRules,
                   dated: Collection[tuple[int, int]] | None = None) -> list[SentenceTime]:
    """Per sentence of `doc`, in order: its paragraph, whether it has a time expression other than a
    plan's, and the episode day it sets (only through an expression in `dated`, when given)."""
    story_day = _day(story_date.date.value) if story_date.date is not None else None
    bounded = LOWER_BOUND_PASSAGES and is_lower_bound(story_date)
    bound_end = story_date.date.latest if bounded and story_date.date is not None else None
    starts = paragraph_starts(doc.text)
    out = []
    for sentence in doc.sents:
        inside = [t for t in timexes if sentence.start_char <= t.start < sentence.end_char
                  and not _planned(t, story_day, rules)]
        day, any_day = _episode_days(doc, inside, story_day, rules, dated) if inside else (None, None)
        background = _background_time(doc, inside, story_day, rules, bound_end) if inside else None
        out.append(SentenceTime(_paragraph_of(sentence.start_char, starts), bool(inside), day,
                                background, _in_the_present(sentence), any_day,
                                background is not None and _dates_main_clause(doc, background, sentence),
                                bool(inside) and all(_hours_long(t) for t in inside)))
    return out


def _hours_long(timex: Timex) -> bool:
    """A span of hours or minutes ("about 10 minutes after", "for three hours"): it does not move the story
    to another day, so the search for the day steps over it; a span of days or more ("a day before") may."""
    return timex.type == "DURATION" and timex.value.startswith("PT")


_QUOTE_MARKS = (*OPEN_QUOTES, *CLOSE_QUOTES, '"')


def _in_the_present(sentence: Span) -> bool:
    """The sentence speaks from the news present: its main clause is in the present or perfect ("HP is a
    rare condition", "it has earned the nickname"), or it quotes someone."""
    text = sentence.text  # a token that is a quote mark needs one in the text: most sentences skip the token walk
    if any(q in text for q in _QUOTE_MARKS) and \
            any(t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES or t.text == '"' for t in sentence):
        return True
    root = sentence.root
    return _clause_tense(root) == "present" or _perfect(root)


LOWER_BOUND_PASSAGES = True  # switch for measuring the rule (s21c)


def _background_time(doc: Doc, timexes: Sequence[Timex], story_day: date | None,
                     rules: CarryOverRules, bound_end: str | None = None) -> Timex | None:
    """The one time before the current episode the sentence dates a clause with, if only one. With `bound_end`
    (the story date is only the latest year the text states, `is_lower_bound`; the last day of that year), any
    time that states its year and ends by then counts: the story is of that year or later, so a passage the text
    sets on a stated day ("Nichols escaped ON MARCH 11, 2005 ... He burst into the courtroom and killed the
    judge") lies then, as one set before the story's day does, whether it is the news or its background; a
    later year is one the text does not tell as past ("was planning to marry IN 2012")."""
    found = {t.value: t for t in timexes if is_calendar(t)
             and (_background(t, story_day, rules) or _earlier_this(t, story_day)
                  or _stated_by(t, bound_end))
             and (_dates_a_clause(doc, t, framing=True) or _deadline(doc, t))
             and not _in_noun_clause(doc, t)}
    return next(iter(found.values())) if len(found) == 1 else None


def _stated_by(timex: Timex, bound_end: str | None) -> bool:
    """A time that states its year ("March 11, 2005", "in 2006", "the 1950s") and ends by `bound_end`."""
    return bound_end is not None and bool(timex.latest) and str(timex.latest) <= bound_end \
        and bool(YEAR_DIGITS.search(timex.text))


MONTH_OR_YEAR = re.compile(r"\d{4}(?:-\d{2})?$")


def _earlier_this(timex: Timex, story_day: date | None) -> bool:
    """ "EARLIER THIS MONTH, protesters stormed the consulate", "EARLY THIS YEAR": the story's own month or
    year, told as its part before the story day (TIMEX3 mod START). A passage set then is not the news day,
    and its time is no episode day either; it sets the scene for the past acts told after it, as a month
    before the story's does ("In October, ...")."""
    if timex.mod != "START" or not MONTH_OR_YEAR.match(timex.value) or story_day is None \
            or not timex.earliest or not timex.latest:
        return False
    first, last = _day(timex.earliest), _day(timex.latest)
    return first is not None and last is not None and first < story_day <= last


def _dates_main_clause(doc: Doc, timex: Timex, sentence: Span) -> bool:
    """The expression dates the sentence's main clause ("BY DECEMBER 2016, his symptoms worsened", "In a
    letter IN MAY, the head of the lobby said"), directly, through a phrase framing it or through a later
    conjunct sharing its subject; not a clause with a subject of its own ("X was the first mayor, but SHE
    was selected IN 2021"), which tells an aside, not the time the passage is set in."""
    head = head_of(doc, timex)
    node = governor_of(head, frozenset()) if head is not None else None
    if node is None and head is not None and _deadline(doc, timex):
        node = head
        while node.dep_ != "pobj" and node.head.i != node.i:
            node = node.head
        node = node.head.head  # "BY DECEMBER, his symptoms worsened": the verb the deadline closes
    for _ in range(3):
        if node is None or node.pos_ in VERBAL:
            break
        node = node.head.head if node.dep_ == "pobj" and node.head.i != node.i else None  # "in a letter in May"
    while node is not None and node.dep_ == "conj" and node.head.i != node.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head
    return node is not None and node.i == sentence.root.i


def _deadline(doc: Doc, timex: Timex) -> bool:
    """The expression is the deadline of a past clause ("BY DECEMBER, his symptoms worsened"): the clause
    is told as done by then, so the passage is set at that time."""
    head = head_of(doc, timex)
    if head is None:
        return False
    node = head
    while node.dep_ != "pobj" and node.head.i != node.i and node.head.ent_type_ in ("DATE", "TIME"):
        node = node.head  # still inside the expression ("the end of December")
    if node.dep_ != "pobj" or node.head.lower_ != "by":
        return False
    return past_deadline(head, frozenset({node.head.head.i}))


def _in_noun_clause(doc: Doc, timex: Timex) -> bool:
    """The expression dates a clause that describes a noun ("its lander THAT the company unveiled IN MAY"),
    a past of that thing, not the time the passage narrates."""
    head = head_of(doc, timex)
    node = governor_of(head, frozenset()) if head is not None else None
    while node is not None and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl"):
            return True
        node = node.head
    return False


def background_of_paragraph(times: Sequence[SentenceTime], index: int, paragraphs_back: int = 0) -> Timex | None:
    """The past time the passage set for its narrative ("In a letter in May, the head of the farm
    lobby said ... . He urged ..."): the first earlier sentence with a time decides, within the same
    paragraph or up to `paragraphs_back` paragraphs before it as long as the narrative stays in the
    past ("... by December 2016, his symptoms worsened. His doctor referred him to a clinic.\n\n The
    doctor talked with the man"); a sentence told in the news present (a present or perfect main clause, a
    quotation) ends the passage: in an earlier paragraph always, in the same one when it names no time
    itself ("In 1998 she founded a clinic. "She never stopped," the governor said. In her acceptance
    speech, she thanked ...": the speech is news, not 1998)."""
    here = times[index]
    for back in range(index - 1, -1, -1):
        before = times[back]
        if here.paragraph - before.paragraph > paragraphs_back:
            return None
        if before.present and (before.paragraph != here.paragraph or not before.has_time):
            return None
        if before.has_time:
            return before.background if before.paragraph == here.paragraph or before.sets_scene else None
    return None


def inherited_day(times: Sequence[SentenceTime], index: int, rules: CarryOverRules,
                  any_clause: bool = False) -> Timex | None:
    """The expression whose day sentence `index` inherits: the first earlier sentence with a time
    expression decides (with `any_clause`, by a day it sets for any clause)."""
    here = times[index]
    for back in range(index - 1, max(index - 1 - rules.max_sentences_back, -1), -1):
        before = times[back]
        if here.paragraph - before.paragraph > rules.max_paragraphs_back:
            return None
        if before.has_time and not before.lengths_only:
            return before.any_day if any_clause else before.day
    return None


# --- which events may inherit ----------------------------------------------------------------------


def _clause_tense(verb: Token) -> str | None:
    """'past', 'pluperfect', 'present' (also modal, perfect) or None for a non-finite verb."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    finite = next((a for a in auxes if a.tag_ in FINITE_TAGS), verb if verb.tag_ in FINITE_TAGS else None)
    if finite is None:
        return None
    if finite.tag_ != "VBD":
        return "present"
    return "pluperfect" if finite.lemma_ == "have" and finite is not verb else "past"


def narrated_in_past(verb: Token, clause_deps: frozenset[str]) -> bool:
    """The event's clause is told in the simple past, itself or through the verb that reports or
    governs it ("Xi told reporters that China HAS DECIDED", "NOTING that ..., Xi added")."""
    node = verb
    for _ in range(8):
        tense = _clause_tense(node)
        if tense == "past":
            return True
        if tense is not None and node.dep_ != "ccomp":
            return False
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.dep_ == "prep" and node.head.i != node.i \
                and node.head.lower_ in MEANS_PREPS and node.head.head.pos_ in VERBAL:
            node = node.head.head  # "police responded BY ARRESTING 20 people": the means takes the act's tense
            continue
        if node.dep_ not in clause_deps or node.head.i == node.i or node.head.pos_ not in VERBAL:
            return False
        node = node.head
    return False


def _blocked(sentence: Span, words: Sequence[str]) -> bool:
    lowered = f" {' '.join(t.lower_ for t in sentence)} "
    return any(f" {w} " in lowered for w in words)


def may_inherit(verb: Token, mode: str, rules: CarryOverRules, text: str) -> bool:
    """Whether an undated act may take the time its narrative carries; `text` is the Doc's text, read once
    by the caller (spaCy rebuilds `Doc.text` from every token on each access)."""
    return (mode not in rules.excluded_modes and not _blocked(verb.sent, rules.blocking_words)
            and not in_direct_speech(text, verb.idx) and narrated_in_past(verb, rules.clause_deps))


# --- the pass over a document's events -------------------------------------------------------------


def _verb_of(doc: Doc, event: Event) -> Token | None:
    if event.verb_span is None:
        return None
    span = doc.char_span(event.verb_span[0], event.verb_span[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def carry_over_dates(doc: Doc, events: Sequence[Event], timexes: Sequence[Timex], story_date: StoryDate,
                     rules: CarryOverRules | None = None) -> list[Event]:
    """`events` with each story-date fallback replaced by the time its narrative carries, when one does,
    and every event's `date_evidence` set. `date_span` then points at the expression that set the time
    (so re-dating moves it along). An episode day is carried from an expression that already dates a
    coded event (the one its episode is told from, one the fusion stage already counts as used); to a
    coded act (a PLOVER type), failing that, from one that dates any clause: "Ortiz was on his own about
    3 p.m. FRIDAY when he went to a house. ... Ortiz ASKED the man for identification" (a plain statement
    is a reaction that may come days later, "a spokeswoman said"); a past passage's time, likewise, only
    to a coded act. A retold past (a quoted recollection, a recalled act) takes the time its passage set,
    or none."""
    rules = rules or load_carry_over_rules()
    text = doc.text  # built from every token on each access: read once
    dated = {e.date_span for e in events if e.date_span is not None}
    times = sentence_times(doc, timexes, story_date, rules, dated)
    sentence_index = {s.start_char: i for i, s in enumerate(doc.sents)}
    story = story_date.date
    story_day = _day(story.earliest or story.value) if story is not None else None  # its first day
    reported_now = lede_in_the_present(times)
    passage: dict[int, Timex] = {}  # sentence -> the past time an act of it was found to retell
    happenings: list[list[Happening]] = []  # the text's dated happenings, found on first need

    def found_happenings() -> list[Happening]:
        if not happenings:
            happenings.append(dated_happenings(doc, timexes, story_day))
        return happenings[0]

    def told_before(verb: Token, event: Event, untimed_in: SentenceTime | None = None) -> Timex | None:
        """`happening_time` for a factual act not told as a habit ("police OFTEN arrested him"), and, with
        `untimed_in` (its sentence's times), one no day or time of its sentence dates; the cheap tests first."""
        if event.mode != "factual":
            return None
        day = happening_time(verb, found_happenings, story_day, event)
        if day is None or _blocked(verb.sent, rules.habit_words) or (
                untimed_in is not None and _timed(doc, verb, timexes, untimed_in, story_day, rules, DAY_TYPES)):
            return None
        return day

    out = []
    for event in events:
        if event.date_span is not None and _relative_to_lower_bound(text, event, story_date):
            out.append(replace(event, date=None, date_evidence="none"))  # the span stays: fusion re-dates it
            continue
        if event.date_span is not None:
            event = _part_of_the_week(event, timexes, story_day)
            out.append(event if event.date_evidence else replace(event, date_evidence="timex"))
            continue
        index = sentence_index.get(event.sentence.start)
        verb = _verb_of(doc, event)
        if index is None or verb is None:
            out.append(_fallback(event, None, story_date))
            continue
        said = _said_now_in_quote(verb, text) if event.plover else None
        if said is not None and not _timed(doc, said, timexes, times[index], story_day, rules) \
                and may_inherit(said, event.mode, rules, text):
            day = inherited_day(times, index, rules) or inherited_day(times, index, rules, any_clause=True)
            if day is not None:
                out.append(replace(event, date=to_date_value(day), date_span=(day.start, day.end),
                                   date_evidence="narrative"))
                continue
        day = None
        timed = _timed(doc, verb, timexes, times[index], story_day, rules)
        if SPANS_BACK and _spanned_back(verb, rules) and _own_tense(verb) in ("past", "pluperfect") \
                and not _timed(doc, verb, timexes, times[index], story_day, rules, DAY_TYPES):
            out.append(_dated_by_passage(event, None))  # "just months earlier, Judge Bibas rejected ...": not today
            continue
        inherits = not timed and may_inherit(verb, event.mode, rules, text)
        if timed and event.plover and may_inherit(verb, event.mode, rules, text):
            day = _day_of_an_earlier_conjunct(doc, verb, timexes, story_day, rules) \
                or _day_of_its_after_clause(doc, verb, timexes, story_day, rules)
        if inherits:
            day = gathering_time(doc, verb, timexes, story_day) or named_happening_time(doc, verb, timexes, story_day) \
                or retold_act_time(doc, verb, timexes, story_day) \
                or retold_event_time(event, verb, events, timexes, story_day) \
                or told_before(verb, event) or time_told_next(doc, verb, timexes, story_day)
            if day is not None and _background(day, story_day, rules):
                passage[index] = day
            day = day or inherited_day(times, index, rules)
        if day is None and inherits and event.plover:
            day = inherited_day(times, index, rules, any_clause=True)
        if day is None and inherits and event.plover and _own_tense(verb) == "past" and not _reported_past(verb):
            day = background_of_paragraph(times, index, rules.max_paragraphs_back
                                          if reported_now and _narrated(verb) else 0)
        if day is None and inherits and event.plover and _own_tense(verb) == "past" and not _reported_past(verb):
            day = _continued_passage(times, index, passage)
            if day is not None:
                passage[index] = day
        if day is None and not inherits:
            day = time_referred_back(doc, verb, timexes, times, index, story_day, rules)
        if day is None and not inherits:  # told in a quotation or by a present report, or beside a length of time
            day = told_before(verb, event, times[index])
        if day is None and _before_the_passage(verb, times, index, text):
            out.append(_dated_by_passage(event, None))
            continue
        if day is not None:
            out.append(_part_of_the_week(replace(event, date=to_date_value(day), date_span=(day.start, day.end),
                                                 date_evidence="narrative"), timexes, story_day))
            continue
        out.append(_retold(doc, text, event, verb, timexes, story_day, rules) or _fallback(event, verb, story_date))
    return out


def _said_now_in_quote(verb: Token, text: str) -> Token | None:
    """The past verb outside the quotation that reports an act told in the present inside it ("She added, "We
    MUST TEACH the defendant love."", ""We DEMAND their release," the minister said"): the act is the saying
    itself, so it lies when the saying does, and the saying is narrated like any past act (its day carried
    over from the sentence before). None for an act told in the past inside the quotation (a speaker's own
    past, `_retold`), one outside a quotation, a quotation reported in the present ("she says"), or a verb with no
    tense of its own, which tells what the speaker describes, not what the saying does ("the goal is to whet
    the appetite of investors WHILE SPENDING their money here")."""
    if not in_direct_speech(text, verb.idx) or _clause_tense(verb) != "present" or _perfect(verb):
        return None  # "we HAVE BEEN CALLED to make sacrifices": a perfect tells the speaker's own past
    node = verb
    for _ in range(8):
        if node.head.i == node.i or node.head.sent != verb.sent:
            return None
        if node.dep_ not in ("ccomp", "parataxis", "conj", "xcomp", "advcl"):
            return None
        node = node.head
        if not in_direct_speech(text, node.idx):
            return node if node.pos_ in VERBAL and _clause_tense(node) == "past" and node.dep_ == "ROOT" else None
    return None


def _day_of_an_earlier_conjunct(doc: Doc, verb: Token, timexes: Sequence[Timex], story_day: date | None,
                                rules: CarryOverRules) -> Timex | None:
    """ "Protesters stormed the parliament ON SUNDAY, and police ARRESTED 20 people": a past act told in a later
    conjunct with a subject of its own and no time of its own goes on with the episode day the clause before
    it set, as it would in a sentence of its own ("... on Sunday. Police arrested 20 people."). Only an
    episode day (a few days back) that dates an earlier conjunct, and only when no time follows the act's
    verb in the sentence (the act may have a time of its own there)."""
    if story_day is None or verb.dep_ != "conj":
        return None
    chain = set()
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in VERBAL:
        node = node.head
        chain.add(node.i)
    sentence = verb.sent
    found: dict[str, Timex] = {}
    for timex in timexes:
        if not sentence.start_char <= timex.start < sentence.end_char or _planned(timex, story_day, rules):
            continue
        if timex.start > verb.idx:
            return None
        head = head_of(doc, timex)
        governor = governor_of(head, frozenset()) if head is not None else None
        if governor is None or governor.i not in chain or not _in_episode(timex, story_day, rules.window_days):
            return None
        found[timex.value] = timex
    return next(iter(found.values())) if len(found) == 1 else None


def _day_of_its_after_clause(doc: Doc, verb: Token, timexes: Sequence[Timex], story_day: date | None,
                             rules: CarryOverRules) -> Timex | None:
    """ "Iraqi police ARRESTED 20 protesters AFTER clashes erupted ON TUESDAY": a past act with no time of its
    own that follows a happening of the current episode, told in its "after" clause, goes on with that day,
    as it would told in the next sentence ("Clashes erupted on Tuesday. Police arrested 20 protesters.").
    Only an episode day (a few days back) that dates the clause, and only when the sentence has no other
    time."""
    if story_day is None:
        return None
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                   and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)), None)
    if clause is None:
        return None
    sentence = verb.sent
    found: dict[str, Timex] = {}
    for timex in timexes:
        if not sentence.start_char <= timex.start < sentence.end_char or _planned(timex, story_day, rules):
            continue
        head = head_of(doc, timex)
        governor = governor_of(head, frozenset()) if head is not None else None
        if governor is None or not clause.left_edge.i <= governor.i <= clause.right_edge.i \
                or not _in_episode(timex, story_day, rules.window_days) or governor.pos_ not in VERBAL:
            return None
        found[timex.value] = timex
    return next(iter(found.values())) if len(found) == 1 else None


def _part_of_the_week(event: Event, timexes: Sequence[Timex], story_day: date | None) -> Event:
    """ "Police arrested two activists EARLIER THIS WEEK" told on a Wednesday: the days of the week before the
    story's day, not the whole week (the week's days after it have not come yet); "will meet LATER THIS WEEK":
    the days after it. TIMEX3 gives the week with a START or END mod; the act's range is the part of the week
    on the side of the story's day the phrase names. Only for the current week, not "later last week"."""
    if event.date is None or event.date_span is None or story_day is None:
        return event
    timex = next((t for t in timexes if (t.start, t.end) == event.date_span), None)
    if timex is None or timex.mod not in ("START", "END") or not PLAIN_WEEK.match(timex.value) \
            or not timex.earliest or not timex.latest:
        return event
    first, last = _day(timex.earliest), _day(timex.latest)
    if first is None or last is None or not first <= story_day <= last:
        return event
    if timex.mod == "START":
        end = max(first, story_day - timedelta(days=1))
        first_s, last_s = first.isoformat(), end.isoformat()
    else:
        start = min(last, story_day + timedelta(days=1))
        first_s, last_s = start.isoformat(), last.isoformat()
    value = first_s if first_s == last_s else f"{first_s}/{last_s}"
    return replace(event, date=DateValue(value, first_s, last_s))


def _continued_passage(times: Sequence[SentenceTime], index: int, passage: dict[int, Timex]) -> Timex | None:
    """ "The president ANNOUNCED the Phase 1 deal during a meeting with Liu He [told earlier as "Mr. Trump's
    Oct. 11 announcement"]. While he CANCELED an increase in tariffs, he made no mention of ...": the sentence
    before, in the same paragraph and with no time of its own, retells a happening the story dated earlier;
    the writer narrates that scene on, so a past act told next belongs to it, at its time. One sentence at
    a time: a sentence that names a time, or tells no act of the scene, ends it."""
    before = index - 1
    if before < 0 or before not in passage or times[before].paragraph != times[index].paragraph \
            or times[before].has_time:
        return None
    return passage[before]


def _before_the_passage(verb: Token, times: Sequence[SentenceTime], index: int, text: str) -> bool:
    """ "In 1974 the president resigned. Congress HAD THREATENED to remove him": a pluperfect told in a
    passage the writer set in the past (a background time earlier in its paragraph) lies before that time,
    which the text does not give; never on the page's day. Outside a quotation (a speaker's own past), and
    not one a verb of saying reports ("Obama said he HAD INSTRUCTED officials": before the saying, which is
    news, not before the passage)."""
    return _own_tense(verb) == "pluperfect" and not in_direct_speech(text, verb.idx) and not _reported_past(verb) \
        and background_of_paragraph(times, index) is not None


DAY_TYPES = frozenset({"DATE", "TIME"})


def _timed(doc: Doc, verb: Token, timexes: Sequence[Timex], here: SentenceTime, story_day: date | None,
           rules: CarryOverRules, types: frozenset[str] | None = None) -> bool:
    """The event's own sentence has a time expression that may be about the act: one outside the clauses
    that describe a noun ("In it, the royal denied having sex with girls supplied by Epstein, WHO
    committed suicide IN AUGUST": August dates the suicide, not the denial); with `types`, only an expression of
    those types counts."""
    if not here.has_time:
        return False
    sentence = verb.sent
    inside = [t for t in timexes if sentence.start_char <= t.start < sentence.end_char
              and not _planned(t, story_day, rules)]
    return any(not _in_other_noun_clause(doc, t, verb) and not _names_a_noun(doc, t) for t in inside
               if types is None or t.type in types)  # with `types`, a length of time ("for 16 months") is none


NOUN_MODIFIER_DEPS = frozenset({"compound", "poss", "nmod", "amod"})


def _names_a_noun(doc: Doc, timex: Timex) -> bool:
    """The expression is a calendar date that only modifies a noun ("grilled Vindman on Trump's JULY 25 phone
    call", "the 2016 election"), a noun that frames no clause: it tells when that thing was, not when the act
    was, so the act goes on with its narrative's day as if its sentence named no time. A time with no place on
    the calendar ("RECENT data", "FORMER leaders") still tells that the sentence is about another time."""
    if not is_calendar(timex):
        return False
    head = head_of(doc, timex)
    node = head
    while node is not None and node.dep_ in ("compound", "nummod", "amod", "det", "quantmod", "npadvmod") \
            and node.head.i != node.i and node.head.ent_type_ in ("DATE", "TIME"):
        node = node.head  # still inside the expression
    return node is not None and node.dep_ in NOUN_MODIFIER_DEPS and node.head.pos_ in ("NOUN", "PROPN") \
        and not _dates_a_clause(doc, timex, framing=True)


def _in_other_noun_clause(doc: Doc, timex: Timex, verb: Token) -> bool:
    """The expression dates a clause that describes a noun, and the event's verb is not in that clause."""
    head = head_of(doc, timex)
    node = governor_of(head, frozenset()) if head is not None else None
    while node is not None and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl"):
            return not (node.left_edge.i <= verb.i <= node.right_edge.i)
        node = node.head
    return False


@lru_cache(maxsize=1)
def anaphoric_times() -> tuple[str, ...]:
    """Phrases that point back to the time last named ("at the time", "back then"), data/time/lexicon.toml."""
    return tuple(str(w).lower() for w in lexicon().get("anaphoric_times", {}))


def time_referred_back(doc: Doc, verb: Token, timexes: Sequence[Timex], times: Sequence[SentenceTime], index: int,
                       story_day: date | None, rules: CarryOverRules) -> Timex | None:
    """The time "AT THE TIME" or "BACK THEN" points to for an undated past act: the last calendar time
    named before it, in its sentence or in the nearest earlier one that names one (within the carry-over
    limits), not after the story's day. Any mention counts, also one that dates a noun ("Rebels took the
    town in the 2014 offensive. At the time, the army accused them of ..."): the phrase refers to what
    was last told, whatever its syntax. A present act ("at the time, it says, ...") or a sentence with
    no such phrase is left alone. A non-finite act takes the tense of the clause it completes ("At the
    time, the agency said it CHOSE not to PROVIDE vaccines": the choosing is past, so is the providing)."""
    sentence = verb.sent
    if not _counted_from_then(verb, rules) and (
            _own_tense(verb) not in ("past", "pluperfect") or not _blocked(sentence, anaphoric_times())):
        return None
    found = _last_time(timexes, sentence.start_char, verb.idx, story_day)
    if found is not None:
        return found
    here = times[index]
    sentences = list(doc.sents)
    for back in range(index - 1, max(index - 1 - rules.max_sentences_back, -1), -1):
        if here.paragraph - times[back].paragraph > rules.max_paragraphs_back:
            return None
        found = _last_time(timexes, sentences[back].start_char, sentences[back].end_char, story_day)
        if found is not None:
            return found
    return None


def _counted_from_then(verb: Token, rules: CarryOverRules) -> bool:
    """ "Protests began in June. Police HAVE ARRESTED 4,000 people SINCE THEN": a past or perfect act counted
    from the time last named, which dates it as "since June" would (its start). Only a "since" of the act's
    own verb, and not an act told in the present simple (a state now, "relations are tense since then")."""
    if _own_tense(verb) not in ("past", "pluperfect") and not _perfect(verb):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "since" and any(
        g.lower_ in rules.counted_from_then and g.dep_ in ("pcomp", "advmod", "pobj") for g in c.children)
        for c in verb.children)


def lede_in_the_present(times: Sequence[SentenceTime]) -> bool:
    """The story's first paragraph speaks only from the news present ("A man's new duvet caused a rare
    condition, his doctors SAY. In a case study out Monday, they DETAIL how ..."): its news is a report,
    and the past acts it goes on to narrate are background. A lede that narrates a past act ("Peru's
    president VISITED Chile on Tuesday") makes that act the news; an undated past act after a digression
    into history ("The two fought a war in 1879. ...") returns to it."""
    lede = [t for t in times if times and t.paragraph == times[0].paragraph]
    return bool(lede) and all(t.present for t in lede)


def _reported_past(verb: Token) -> bool:
    """A past act told as what someone said, claimed or believed ("In an interview last summer, he said
    Magruder lied. Magruder CLAIMED Nixon APPROVED the plan"): a passage set in the past dates the saying;
    what was said happened at some time before it, which the passage does not give."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in VERBAL:
        node = node.head
    return node.dep_ == "ccomp" and node.head.pos_ in VERBAL and node.head.i != node.i \
        and _clause_tense(node.head) in ("past", "pluperfect")


def _perfect(verb: Token) -> bool:
    """A present perfect ("has earned", "have agreed"): an act reported in the news present."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _narrated(verb: Token) -> bool:
    """The act is told by the writer as the sentence's main clause ("Dempsey talked with the man"), not
    attributed to a source ("..., the ministry said"), which is news of the present."""
    node = verb
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "ROOT"


def _fallback(event: Event, verb: Token | None, story_date: StoryDate | None = None) -> Event:
    """The story date: the publication window a present or perfect clause implies ("tense"), or the
    publication date of a news report ("publication"); none when the story date is only a lower bound
    (`_dated_by_lower_bound`)."""
    if event.date is None or _dated_by_lower_bound(event, story_date):
        return replace(event, date=None, date_evidence="none")
    tense = _clause_tense(verb) if verb is not None else None
    perfect = verb is not None and _perfect(verb)
    return replace(event, date_evidence="tense" if tense == "present" or perfect else "publication")


def _dated_by_lower_bound(event: Event, story_date: StoryDate | None) -> bool:
    """The event's only date is a story date that is just the latest year the text states (a document with no
    page date, dateline or anniversary: "the founder who retired in 2004"): the story is of that year or later,
    so an act with no time of its own stays undated (issue 14) rather than misplaced in a retold year."""
    return story_date is not None and event.date == story_date.date and is_lower_bound(story_date)


def _relative_to_lower_bound(text: str, event: Event, story_date: StoryDate | None) -> bool:
    """ "came to the rescue ON SATURDAY", "LAST MONTH, the navy drew criticism" in a document whose story date is
    only the latest year it states (`_dated_by_lower_bound`): a day named without a year that resolves to no
    more than that year (nothing nearer anchors it) is no date of the act; a stated year ("IN 1991") is one,
    and so is a day another date of the text anchors ("the next day": 2005-03-12). The expression stays the
    event's `date_span`: fusion, which may re-anchor the page to a linked date, re-resolves it from there."""
    span, date, story = event.date_span, event.date, story_date.date if story_date is not None else None
    return span is not None and date is not None and story is not None and story_date is not None \
        and is_lower_bound(story_date) and date.value == story.value \
        and not YEAR_DIGITS.search(text[span[0]:span[1]])


YEAR_DIGITS = re.compile(r"\d{4}|'\d{2}\b")


# --- a retold past ---------------------------------------------------------------------------------


def _retold(doc: Doc, text: str, event: Event, verb: Token, timexes: Sequence[Timex], story_day: date | None,
            rules: CarryOverRules) -> Event | None:
    """An undated act the text retells takes the time its passage set, or none; None when the event is
    not retold. Retold: told in the past inside a quotation set in the past (by a time earlier in the
    quotation, or else by the last time of the passage before it: "December 1991 ... by January 3,
    1992, ..." then "They welcomed our independence"); governed by a verb of recollection
    ("recalled ..., saying that establishing ties was"); a bare report of speech (no PLOVER type: it
    only carries its content) whose quotation is set in the past ("In 1943, my father ... brought him
    home," his daughter said). A coded verbal act (an accusation, a request) happens when it is said.
    A quoted past act after a time of the current episode ("shot down last night") takes that day."""
    quote = _quote_around(text, verb.idx)
    if quote is not None and _own_tense(verb) in ("past", "pluperfect"):
        inside = _last_time(timexes, quote[0], verb.idx, story_day)
        if inside is not None and _dates_a_clause(doc, inside, framing=True):
            return _dated_by_passage(event, inside)
        if inside is not None:
            return None
        before = _last_time(timexes, _paragraph_start(text, quote[0], rules.max_paragraphs_back), quote[0],
                            story_day)
        return _dated_by_passage(event, None) if before is not None and _background(before, story_day, rules) \
            else None
    if _recalled(verb, rules):
        return _dated_by_passage(event, None)
    reported = _quote_reported(text, verb.idx)
    if reported is not None and event.cameo.startswith(SPEECH_CODE) and not event.plover:
        found = _last_time(timexes, reported[0], reported[1], story_day)
        return _dated_by_passage(event, found) if found is not None and _background(found, story_day, rules) \
            else None
    return None


def _own_tense(verb: Token) -> str | None:
    """The tense of the verb's own clause, climbing from a non-finite verb ("wanted to RAID") but not
    past a clause boundary to the verb reporting it."""
    node = verb
    for _ in range(4):
        tense = _clause_tense(node)
        if tense is not None or node.dep_ not in ("xcomp", "conj", "advcl") or node.head.i == node.i:
            return tense
        node = node.head
    return None


def _last_time(timexes: Sequence[Timex], start: int, end: int, story_day: date | None) -> Timex | None:
    """The last calendar time in text[start:end] that is not wholly after the story's first day."""
    found = None
    for timex in timexes:
        first = _day(timex.earliest) if timex.earliest else None
        if start <= timex.start < end and is_calendar(timex) \
                and first is not None and (story_day is None or first <= story_day):
            found = timex
    return found


SPEECH_CODE = "01"


def _dated_by_passage(event: Event, timex: Timex | None) -> Event:
    if timex is None:
        return replace(event, date=None, date_span=None, date_evidence="none")
    return replace(event, date=to_date_value(timex), date_span=(timex.start, timex.end), date_evidence="narrative")


def _recalled(verb: Token, rules: CarryOverRules) -> bool:
    """The event is what a verb of recollection governs ("Suleimenov recalled ..., saying that ..."), not
    a clause that only sets its circumstances ("Italy recalls its ambassador AFTER Swiss courts released
    the owner": a clause opened by a conjunction tells when or why, not what is remembered)."""
    node = verb
    while node.head.i != node.i and node.head.sent == verb.sent:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            return False
        node = node.head
        if node.lemma_.lower() in rules.recollection_verbs:
            return True
    return False


def _background(timex: Timex, story_day: date | None, rules: CarryOverRules) -> bool:
    latest = _day(timex.latest) if timex.latest else None
    return story_day is not None and latest is not None and (story_day - latest).days > rules.window_days


def _paragraph_start(text: str, offset: int, back: int = 0) -> int:
    """The start of the paragraph `offset` is in (or of the `back`-th one before it)."""
    start = text.rfind("\n", 0, offset) + 1
    for _ in range(back):
        blank = text.rfind("\n\n", 0, max(start - 1, 0))
        start = blank + 2 if blank >= 0 else 0
    return start


def _quote_around(text: str, offset: int) -> tuple[int, int] | None:
    """(opening mark, offset) of the quotation `offset` stands in, within its paragraph."""
    if not in_direct_speech(text, offset):
        return None
    start = _paragraph_start(text, offset)
    opening = max(text.rfind(mark, start, offset) for mark in OPEN_QUOTES + '"')
    return (opening if opening >= 0 else start), offset


def _quote_reported(text: str, offset: int) -> tuple[int, int] | None:
    """(start, end) of the quotation that closes just before a reporting verb at `offset` ("...,”
    Baldyrgan said"), within the paragraph."""
    start = _paragraph_start(text, offset)
    closing = max(text.rfind(mark, start, offset) for mark in CLOSE_QUOTES + '"')
    if closing < 0 or offset - closing > REPORT_GAP or in_direct_speech(text, offset):
        return None
    opening = max(text.rfind(mark, start, closing) for mark in OPEN_QUOTES + '"')
    return (opening, closing) if opening >= 0 else None


REPORT_GAP = 60  # characters between a quotation's end and the verb that reports it


# --- a gathering named again ------------------------------------------------------------------------

@lru_cache(maxsize=1)
def gathering_nouns() -> frozenset[str]:
    """Nouns of happenings a definite noun phrase refers back to (data/time/lexicon.toml)."""
    words = lexicon()
    return frozenset(str(w).lower() for table in ("gathering_nouns", "event_nouns") for w in words.get(table, {}))


@lru_cache(maxsize=1)
def gathering_words() -> tuple[frozenset[str], frozenset[str]]:
    """The determiners that refer back to a named gathering ("the", "their") and the prepositions
    that frame an act inside it ("at", "during"), from data/time/lexicon.toml."""
    words = lexicon()
    return frozenset(words.get("gathering_determiners", {})), frozenset(words.get("gathering_framing", {}))


def gathering_time(doc: Doc, verb: Token, timexes: Sequence[Timex], story_day: date | None) -> Timex | None:
    """The time of the gathering an act is told at ("AT THE SUMMIT, India rejected the pact", "during the
    talks"): a definite noun phrase refers back to the same happening named earlier in the story with its
    time ("Leaders met in Bangkok ON NOVEMBER 4 for the ASEAN summit", "last week's summit"); the one time
    of those earlier mentions, when they agree and it is not after the story's day."""
    noun = _framing_gathering(verb)
    if noun is None:
        return None
    found: dict[str, Timex] = {}
    for token in doc[: verb.sent.start]:
        if token.lemma_.lower() == noun.lemma_.lower() and token.pos_ in ("NOUN", "PROPN"):
            timex = _time_of_mention(doc, token, timexes)
            if timex is not None:
                found[timex.value] = timex
    return _one_time_before(found, story_day)


def _framing_gathering(verb: Token) -> Token | None:
    """The noun of "at / during the <gathering>" attached to the act's verb, or opening the sentence
    before an earlier conjunct ("AT THE SUMMIT, India rejected the pact and Vietnam criticized China"),
    with no time of its own."""
    nouns = gathering_nouns()
    definite, framing = gathering_words()
    heads = [verb]
    while heads[-1].dep_ == "conj" and heads[-1].head.i != heads[-1].i:
        heads.append(heads[-1].head)
    for prep in (c for head in heads for c in head.children):
        if prep.dep_ != "prep" or prep.lower_ not in framing or (prep.head.i != verb.i and prep.i > verb.i):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or (noun.lemma_.lower() not in nouns and noun.lower_ not in nouns):
            continue
        if any(c.dep_ in ("det", "poss") and c.lower_ in definite for c in noun.children) \
                and not any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree):
            return noun
    return None


def _time_of_mention(doc: Doc, noun: Token, timexes: Sequence[Timex]) -> Timex | None:
    """The calendar time an earlier mention of a gathering carries: one modifying it ("last week's
    summit", "the summit on Monday") or one of the verb it belongs to ("met ON NOVEMBER 4 for the summit",
    "attended a meeting in Bangkok ON MONDAY")."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    found = {}
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or not timex.value[:4].isdigit():
            continue
        head = head_of(doc, timex)
        if head is None or not noun.sent.start <= head.i < noun.sent.end:
            continue
        governor = governor_of(head, frozenset())
        if governor is not None and (governor.i == noun.i or (governor.i == verb.i and verb.pos_ in VERBAL)):
            found[timex.value] = timex
    return next(iter(found.values())) if len(found) == 1 else None


# --- a happening named before by its noun ---------------------------------------------------------

CONTENT_TAGS = frozenset({"NOUN", "PROPN"})


@lru_cache(maxsize=1)
def nominal_endings() -> tuple[str, ...]:
    """The endings that make a noun of a verb (data/time/lexicon.toml)."""
    return tuple(str(e) for e in lexicon().get("nominal_endings", {}))


def _names_the_act(noun: str, verb: str) -> bool:
    """The noun is the verb's own noun: "announcement" of "announce", "meeting" of "meet", "visit"."""
    stems = {verb, verb[:-1]} if verb.endswith("e") else {verb}
    return any(noun == stem + ending for stem in stems for ending in nominal_endings() if stem + ending != verb[:-1])


def _content(tokens: Sequence[Token]) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in tokens if t.pos_ in CONTENT_TAGS and t.ent_type_ not in ("DATE", "TIME"))


def named_happening_time(doc: Doc, verb: Token, timexes: Sequence[Timex], story_day: date | None) -> Timex | None:
    """The day of the happening an undated past act tells again: the story named it earlier by the act's
    own noun with its day ("Mr. Lee's MARCH 3 ANNOUNCEMENT that South Korea and Japan had reached a
    first-stage trade agreement"), and the act's object shares a word with what that noun tells ("The
    president ANNOUNCED the first-stage trade DEAL during a meeting"). The one time of such mentions, when
    they agree and it is not after the story's day."""
    if verb.pos_ != "VERB":
        return None
    told = _content([t for c in verb.children if c.dep_ in ("dobj", "attr", "oprd") for t in c.subtree])
    if not told:
        return None
    lemma = verb.lemma_.lower()
    found: dict[str, Timex] = {}
    for token in doc[: verb.sent.start]:
        if token.pos_ != "NOUN" or not _names_the_act(token.lemma_.lower(), lemma):
            continue
        if not told & _content([t for t in token.subtree if t.i != token.i]):
            continue
        for timex in timexes:
            head = head_of(doc, timex) if timex.type in ("DATE", "TIME") and timex.value[:4].isdigit() else None
            if head is not None and modifies(head, token):
                found[timex.value] = timex
    return _one_time_before(found, story_day)


SUBJECT_DEPS = ("nsubj", "nsubjpass")


@lru_cache(maxsize=1)
def happened_verbs() -> frozenset[str]:
    """Verbs that tell when a named happening took place (data/time/lexicon.toml)."""
    return frozenset(str(w).lower() for w in lexicon().get("happened_verbs", {}))


def time_told_next(doc: Doc, verb: Token, timexes: Sequence[Timex], story_day: date | None) -> Timex | None:
    """The time the next sentence gives an undated past act by naming it again: "Police ARRESTED the leader
    at his home. THE ARREST CAME ON MONDAY, a day after he called for protests", "Iran SEIZED a tanker, state
    media said. THE SEIZURE TOOK PLACE ON SUNDAY". News often tells the act first and its time after; the
    next sentence, in the same paragraph, has as subject the act's own noun with a definite determiner, a verb
    of happening as its main verb, and one calendar time on that verb, not after the story's day."""
    if verb.pos_ != "VERB" or verb.sent.end >= len(doc):
        return None
    following = doc[verb.sent.end].sent
    root = following.root
    if root.lemma_.lower() not in happened_verbs() or (root.lemma_.lower() == "take" and not any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in root.children)):
        return None
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ != "NOUN" or not _names_the_act(subject.lemma_.lower(), verb.lemma_.lower()) \
            or not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that") for c in subject.children):
        return None
    text = doc.text
    if PARAGRAPH_BREAK.search(text, verb.sent.start_char, following.start_char) \
            or not text[verb.sent.start_char:following.start_char].strip():
        return None  # a new paragraph
    found: dict[str, Timex] = {}
    for timex in timexes:
        if not following.start_char <= timex.start < following.end_char or not is_calendar(timex):
            continue
        head = head_of(doc, timex)
        if head is not None and (governor := governor_of(head, frozenset({root.i}))) is not None \
                and governor.i == root.i:
            found[timex.value] = timex
    return _one_time_before(found, story_day)


def retold_act_time(doc: Doc, verb: Token, timexes: Sequence[Timex], story_day: date | None) -> Timex | None:
    """The time of the act an undated past act tells again: the story told it earlier with the same verb,
    a subject and an object sharing a word with this one's, and a time on that verb ("IN OCTOBER, Rep.
    Smith VISITED the border near McAllen ... Even though Smith VISITED the southern border, ..."). A
    story names an act once with its time and then refers back to it; the one time such mentions agree on,
    not after the story's day. An act told as repeated ("AGAIN") is a new one."""
    if verb.pos_ != "VERB" or any(c.lower_ in ("again", "anew") for c in verb.children):
        return None  # "struck the town AGAIN": a new act
    subject = _content([t for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree])
    told = _content([t for c in verb.children if c.dep_ in ("dobj", "attr", "oprd") for t in c.subtree])
    if not subject or not told:
        return None
    lemma = verb.lemma_
    found: dict[str, Timex] = {}
    for token in doc[: verb.sent.start]:
        if token.pos_ != "VERB" or token.lemma_ != lemma:
            continue
        if not subject & _content([t for c in token.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]) \
                or not told & _content([t for c in token.children if c.dep_ in ("dobj", "attr", "oprd")
                                        for t in c.subtree]):
            continue
        for timex in timexes:
            head = head_of(doc, timex) if is_calendar(timex) else None
            if head is not None and token.sent.start <= head.i < token.sent.end \
                    and (governor := governor_of(head, frozenset({token.i}))) is not None and governor.i == token.i:
                found[timex.value] = timex
    return _one_time_before(found, story_day)


def _same_actor(one: ActorRef | None, other: ActorRef | None) -> bool:
    """The same participant: one actor of the actor base, or, when either is unknown to it, a name whose words
    all recur in the other's ("Smith" of "gunman John Smith"; "Lee" of "Deputy Mark Lee")."""
    if one is None or other is None:
        return False
    if one.actor_id is not None and other.actor_id is not None:
        return one.actor_id == other.actor_id
    words, others = _name_words(one), _name_words(other)
    return bool(words) and bool(others) and (words <= others or others <= words)


def _name_words(actor: ActorRef) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", (actor.name or actor.text).lower()) if w not in NAME_FILLERS)


NAME_FILLERS = frozenset({"the", "a", "an", "of", "his", "her", "their", "its"})


def _differs(one: ActorRef | None, other: ActorRef | None) -> bool:
    return one is not None and other is not None and not _same_actor(one, other)


ONE_ACT_FAMILY = frozenset({"ASSAULT"})  # a PLOVER type whose CAMEO roots tell one act: a shooting that killed


def same_happening(event: Event, other: Event) -> bool:
    """Whether two coded events of one document tell one happening: the same kind of act (CAMEO root, or
    PLOVER ASSAULT: "shot" and "killed" tell one attack; a wider PLOVER type is no evidence, ACCUSE holds
    both an accusation and an investigation) upon the same target, or by the same doer when neither names a
    target, and by no other doer ("police arrested X on Monday ... police arrested Y" are two arrests;
    "Obama directed the departments to review it ON MARCH 3 ... Obama directed agencies to continue", with
    one target unread, may be two acts)."""
    if event.cameo[:2] != other.cameo[:2] and not (event.plover in ONE_ACT_FAMILY and event.plover == other.plover):
        return False
    if _differs(event.target, other.target) or _differs(event.source, other.source):
        return False
    if event.target is not None or other.target is not None:
        return _same_actor(event.target, other.target)  # a target said once may be another one
    return _same_actor(event.source, other.source)


ANOTHER_ACT = frozenset({"again", "anew", "also"})  # "struck AGAIN", "ALSO directed": a further act, not a retelling


def retold_event_time(event: Event, verb: Token, events: Sequence[Event], timexes: Sequence[Timex],
                      story_day: date | None) -> Timex | None:
    """The time of the happening an undated past act retells: another event of the story, before or after it,
    tells the same happening (`same_happening`) with a calendar time of its own ("charged with murdering
    the deputy ON JUNE 24 ... the gunman killed the deputy"). The act keeps the happening's date (gold
    convention: the same happening is coded again in each sentence that tells it). A present or future
    act, an act told as further ("again", "also") is no retelling; the one time the tellings agree on, not after
    the story's day."""
    if not event.plover or _own_tense(verb) != "past" or any(c.lower_ in ANOTHER_ACT for c in verb.children):
        return None
    by_span = {(t.start, t.end): t for t in timexes}
    found: dict[str, Timex] = {}
    for other in events:
        if other.verb_span == event.verb_span or other.sentence == event.sentence or other.date_span is None \
                or other.date_evidence not in (None, "timex") \
                or other.mode != event.mode or not same_happening(event, other):
            continue
        timex = by_span.get(other.date_span)
        if timex is not None and is_calendar(timex) and _day(timex.value) is not None:
            found[timex.value] = timex
    return _one_time_before(found, story_day)


def _one_time_before(found: dict[str, Timex], story_day: date | None) -> Timex | None:
    """The one time the earlier mentions agree on, when it starts no later than the story's day."""
    if len(found) != 1:
        return None
    timex = next(iter(found.values()))
    first = _day(timex.earliest) if timex.earliest else None
    return timex if first is not None and (story_day is None or first <= story_day) else None


SPANS_BACK = True  # switch for measuring the rule (s22b)


def _spanned_back(verb: Token, rules: CarryOverRules) -> bool:
    """The act is told as a stretch of days or longer before the time its passage speaks of, or before another
    happening ("Yet just MONTHS EARLIER, Judge Bibas rejected fair use", "WEEKS BEFORE, the government accused
    Russia", "six MONTHS PRIOR to this incident, he was stabbed"): an adverb of `span_back_words` with a unit of
    `span_back_units`, on the act's verb or the verb it is a conjunct of. The time grammar reads no expression
    there, and the act lies neither on the publication day nor on the passage's: it gets no date (issue 14)."""
    node = verb
    for _ in range(4):
        for word in node.children:
            if word.dep_ in ("advmod", "npadvmod", "prep") and _span_back(word, rules):
                return True
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


def _span_back(word: Token, rules: CarryOverRules) -> bool:
    """The word and one of its children are a unit and an adverb of `_spanned_back` ("months EARLIER", parsed either
    way round)."""
    pair = {t.lower_ for t in (word, *word.children)}
    return word.lower_ in rules.span_back_units | rules.span_back_words \
        and bool(pair & rules.span_back_units) and bool(pair & rules.span_back_words)


# --- a happening dated once, told again ------------------------------------------------------------

MONTH_OR_DAY = re.compile(r"\d{4}-\d{2}(?:-\d{2})?$")
AGENT_DEPS = frozenset({"nsubj"})
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
OTHER_DEPS = frozenset({"poss", "compound"})
PARTICIPANT_PREPS = {"by": "agent", "of": "patient", "against": "patient"}
NAME_PART_DEPS = frozenset({"compound", "flat"})


@dataclass(frozen=True, slots=True)
class Participants:
    """The noun heads (and the words of their names) a happening word names as its doer, as what it is
    done to, and otherwise ("Ortiz's murder"), less the words too general to tell two happenings apart."""

    agents: frozenset[str]
    patients: frozenset[str]
    others: frozenset[str]

    @property
    def all(self) -> frozenset[str]:
        return self.agents | self.patients | self.others


@dataclass(frozen=True, slots=True)
class Happening:
    """A clause or event noun the text dates itself, coded or not ("charged with MURDERING the deputy ON
    JUNE 24", "the June 24 MURDER of Ortiz"): its word, the families of that word and its participants."""

    word: Token
    families: frozenset[str]
    participants: Participants
    timex: Timex


@lru_cache(maxsize=1)
def happening_families() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """(word -> the families it belongs to, participants too general to count) from
    data/time/carry_over_families.toml (PETRARCH-2 CAMEO verb blocks and their derived nouns)."""
    path = patterns_dir().parent / "time" / "carry_over_families.toml"
    data = read_pattern_file(path, "happening families")
    by_word: dict[str, set[str]] = {}
    try:
        for name, family in data.get("families", {}).items():
            for word in family["words"]:
                by_word.setdefault(str(word).lower(), set()).add(str(name))
        generic = frozenset(str(w).lower() for w in data.get("generic_participants", {}).get("words", []))
    except (KeyError, TypeError, AttributeError) as exc:
        raise TidingsError("T501", str(path), f"happening families file: bad or missing value {exc!r}") from None
    return {w: frozenset(f) for w, f in by_word.items()}, generic


@lru_cache(maxsize=2048)
def families_of(lemma: str) -> frozenset[str]:
    """The families of a happening word: those of the table, and the word's own stem as a family of
    its own ("=sign"), reached from its nouns by the nominal endings ("signing", "arresting")."""
    table, _ = happening_families()
    word = lemma.lower()
    found = set(table.get(word, frozenset())) | {f"={word}"}
    for ending in nominal_endings():
        if ending and word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            found.update((f"={stem}", f"={stem}e"))
            found.update(table.get(stem, frozenset()) | table.get(f"{stem}e", frozenset()))
    return frozenset(found)


def _head_words(head: Token) -> set[str]:
    """The head's lemma with the words of its name ("Deputy Ortiz": deputy, ortiz), nouns only."""
    return {t.lemma_.lower() for t in (head, *(c for c in head.children if c.dep_ in NAME_PART_DEPS))
            if t.pos_ in CONTENT_TAGS and t.ent_type_ not in ("DATE", "TIME")}


def participants_of(word: Token) -> Participants:
    """Who a happening word names: its subject (doer, or what is done to in the passive), object, "by"
    phrase, "of" or "against" phrase, possessor and noun modifiers ("on" phrases are mostly places: "on a street")."""
    slots: dict[str, set[str]] = {"agent": set(), "patient": set(), "other": set()}
    if _participle_of_be(word):  # "Ortiz was slain", read as an adjective: its subject is what it was done to
        slots["patient"] |= {w for c in word.head.children if c.dep_ in SUBJECT_DEPS for w in _head_words(c)}
    for child in word.children:
        if child.dep_ in AGENT_DEPS:
            slots["agent"] |= _head_words(child)
        elif child.dep_ in PATIENT_DEPS:
            slots["patient"] |= _head_words(child)
        elif child.dep_ in OTHER_DEPS:
            slots["other"] |= _head_words(child)
        elif child.dep_ in ("agent", "prep") and child.lower_ in PARTICIPANT_PREPS:
            slot = PARTICIPANT_PREPS[child.lower_]
            for noun in (g for g in child.children if g.dep_ == "pobj"):
                slots[slot] |= _head_words(noun)
    _, generic = happening_families()
    return Participants(*(frozenset(slots[k] - generic) for k in ("agent", "patient", "other")))


def _participle_of_be(word: Token) -> bool:
    """A past participle the parse took as an adjective after "be" ("the deputy WAS SLAIN"): a passive."""
    return word.dep_ == "acomp" and word.tag_ == "VBN" and word.head.lemma_ == "be" and word.head.i != word.i


def _happening_word(doc: Doc, timex: Timex) -> Token | None:
    """The verb or happening noun a time expression dates: a noun it modifies ("the JUNE 24 murder", "the
    murder ON JUNE 24") or the verb it is attached to ("murdering the deputy ON JUNE 24")."""
    head = head_of(doc, timex)
    if head is None:
        return None
    for noun in (head.head, head.head.head):
        if noun.i != head.i and noun.pos_ == "NOUN" and modifies(head, noun):
            return noun
    governor = governor_of(head, frozenset())
    return governor if governor is not None and governor.pos_ in ("VERB", "NOUN") else None


def dated_happenings(doc: Doc, timexes: Sequence[Timex], story_day: date | None) -> list[Happening]:
    """Every clause and event noun of the text dated by a time expression of its own, a day or month on
    the calendar not after the story's day, coded or not: what later tellings of the same act refer to."""
    found = []
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or not MONTH_OR_DAY.match(timex.value.split("T", 1)[0]):
            continue
        first = _day(timex.earliest) if timex.earliest else None
        if first is None or (story_day is not None and first > story_day):
            continue
        word = _happening_word(doc, timex)
        if word is not None:
            found.append(Happening(word, families_of(word.lemma_), participants_of(word), timex))
    return found


def _tells_again(event: Participants, happening: Participants) -> bool:
    """Whether the participants allow one happening: a participant in common in the same part (the doer of one
    is not what the other was done to: "LaCalamita FIRED at him" is not "LaCalamita had been FIRED"), or named
    in no part on one side ("Ortiz's murder"); and, when both name what the act was done to, one of those in
    common ("police arrested Khan ... police arrested Shah" are two)."""
    if event.patients and happening.patients and not event.patients & happening.patients:
        return False
    return bool(event.agents & happening.agents or event.patients & happening.patients
                or event.others & happening.all or event.all & happening.others)


def _with_sides(found: Participants, event: Event) -> Participants:
    """The participants of an act with the words of the sides the coder found for it where its own words name
    none (a pronoun, "when HE was killed": the coder's target, "Deputy Ortiz", from the story)."""
    _, generic = happening_families()

    def words(side: ActorRef | None) -> frozenset[str]:
        return frozenset() if side is None else _name_words(side) - generic

    agents = found.agents or words(event.source)
    patients = found.patients or words(event.target)
    return Participants(agents, patients, found.others)


def happening_time(verb: Token, happenings: Callable[[], Sequence[Happening]], story_day: date | None,
                   event: Event | None = None) -> Timex | None:
    """The day of the happening an undated past act tells again: a clause or noun elsewhere in the text,
    coded or not, dated by its own time ("Orozco was charged with MURDERING the deputy ON JUNE 24"), with a
    word of the act's family ("Deputy Ortiz was SLAIN") and a participant in common. The one time such
    happenings agree on; an act told as further ("again", "also") is a new one. `happenings` gives the text's
    dated happenings (`dated_happenings`), found only when an act may tell one again."""
    if any(c.lower_ in ANOTHER_ACT for c in verb.children) or not _told_as_done(verb):
        return None
    families = families_of(verb.lemma_)
    mine = participants_of(verb) if event is None else _with_sides(participants_of(verb), event)
    if not mine.all:
        return None
    found: dict[str, Timex] = {}
    for happening in happenings():
        if happening.word.sent == verb.sent or not families & happening.families \
                or not _tells_again(mine, happening.participants):
            continue
        found[happening.timex.value] = happening.timex
    return _one_time_before(_narrowest(found), story_day)


REFERRING = frozenset({"the", "this", "that"})


def _told_as_done(word: Token) -> bool:
    """A past act ("was slain", "had killed"), or an act's noun that refers back to one ("THE ARREST of Khan",
    "Ortiz's KILLING"); not a present, future or planned act, nor an act named in general ("an arrest")."""
    if word.pos_ == "NOUN":
        return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in REFERRING) for c in word.children)
    return _own_tense(word.head if _participle_of_be(word) else word) in ("past", "pluperfect")


def _narrowest(found: dict[str, Timex]) -> dict[str, Timex]:
    """The one narrowest time when every other one holds it ("the June 24 murder" and "gunning down the deputy a
    month ago", June: June 24), else all of them (times that disagree give none)."""
    if len(found) < 2 or any(not t.earliest or not t.latest for t in found.values()):
        return found
    narrow = min(found.values(), key=lambda t: (str(t.latest) >= str(t.earliest)) and
                 (date.fromisoformat(str(t.latest)[:10]) - date.fromisoformat(str(t.earliest)[:10])).days)
    if all(str(t.earliest) <= str(narrow.earliest) and str(narrow.latest) <= str(t.latest) for t in found.values()):
        return {narrow.value: narrow}
    return found
