"""When did the event happen: the time expression that governs its verb, else the story's date.

A time expression governs an event when the parse attaches it to one of the event's words directly
("met with Tokayev ... on Thursday", "In 2013, Xi proposed ...", "will begin on 18 March"): its head
is a child of the event verb, its light noun or a frame verb above it, or the object of a preposition
that is. A date inside another phrase ("charged ... in a link to an attack IN MARCH", "abducted during
the October 7 attacks" for an event other than the abduction, "the first pope to visit since John Paul
II IN 1982") belongs to that phrase, not to the event. Bounds are not dates: "relocate BY the end of
March", "killed SINCE March 6", "UNTIL June". Failing a governing expression, a date attached to the
reporting verb directly above the event ("said ON TUESDAY that it had ...") is taken only when the event
is that verb's own clausal complement; else the story date, which `tidings.events.carry_over` may then
replace by the day an earlier sentence set for the narrative ("On Wednesday, Xi ... . Xi also said ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from tidings.records import DateValue, StoryDate, Timex

CALENDAR_TYPES = frozenset({"DATE", "TIME"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# prepositions that bound an event in time rather than date it
BOUND_PREPS = frozenset({"by", "until", "till", "since", "before", "after", "through", "throughout", "from"})


def is_calendar(timex: Timex) -> bool:
    """A date on the calendar (2024, 2024-03-29, 2024-W13, 2019-09-10/2019-09-12), not PAST_REF or P3Y."""
    return timex.type in CALENDAR_TYPES and timex.value[:4].isdigit()


def to_date_value(timex: Timex) -> DateValue:
    value = timex.value
    if timex.type == "TIME" and "T" in value:
        value = value.split("T", 1)[0]
    return DateValue(value, timex.earliest, timex.latest)


def head_of(doc: Doc, timex: Timex) -> Token | None:
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def governor_of(token: Token, words: frozenset[int]) -> Token | None:
    """The word a time expression is attached to, looking through one preposition ("ON Thursday") and
    the expression's own words; None when the preposition marks a bound ("BY March", "SINCE 2019")."""
    node = token
    while node.head.i != node.i and node.dep_ in ("compound", "nummod", "amod", "det", "quantmod", "npadvmod") \
            and node.head.ent_type_ in TIME_LABELS and node.i not in words:
        node = node.head  # still inside the expression ("the end of March": "end")
    head = node.head
    if head.i == node.i:
        return None
    if head.dep_ in ("prep", "agent") and head.i not in words:
        if head.lower_ in BOUND_PREPS:
            return None
        node, head = head, head.head
        if head.i == node.i:
            return None
    return head


def sentence_timexes(timexes: Sequence[Timex], sentence: Span) -> list[Timex]:
    return [t for t in timexes if sentence.start_char <= t.start < sentence.end_char and is_calendar(t)]


def date_for_event(
    doc: Doc,
    event_words: Sequence[Token],
    timexes: Sequence[Timex],
    story_date: StoryDate,
) -> tuple[DateValue | None, tuple[int, int] | None]:
    """(date, span of the timex it came from) for an event made of `event_words` (verbs, light noun)."""
    words = frozenset(t.i for t in event_words)
    reporting = _reporting_verb(event_words)
    governing: list[tuple[int, int, Timex]] = []
    reported: list[tuple[int, int, Timex]] = []
    for timex in timexes:
        head = head_of(doc, timex)
        if head is None:
            continue
        governor = governor_of(head, words)
        rank = (abs(head.i - (governor.i if governor is not None else head.i)), -len(timex.value), timex)
        if governor is not None and governor.i in words:
            governing.append(rank)
        elif governor is not None and reporting is not None and governor.i == reporting.i:
            reported.append(rank)
    best = min(governing or reported, key=lambda r: (r[0], r[1]), default=None)
    if best is not None:
        return to_date_value(best[2]), (best[2].start, best[2].end)
    return (story_date.date, None)


def _reporting_verb(event_words: Sequence[Token]) -> Token | None:
    """The verb the event is reported under ("Russia said ON MONDAY that it HAD WITHDRAWN"): the head of
    the topmost event word when that word is its clausal complement."""
    if not event_words:
        return None
    top = min(event_words, key=lambda t: len(list(t.ancestors)))
    return top.head if top.dep_ == "ccomp" and top.head.i != top.i else None
