"""When did the event happen: the time expression that governs its verb, else the sentence's, else the story's.

A time expression governs an event when the parse attaches it to one of the event's words ("met with
Tokayev ... on Thursday", "In 2013, Xi proposed ..."): walking up from the expression's head reaches
the event verb, its light noun or a frame verb above it before reaching any other verb. Failing that,
the sentence's date is an expression attached to a verb above the event (the clause it is reported
in) or the only calendar date in the sentence; failing that, the story date.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from tidings.records import DateValue, StoryDate, Timex

CALENDAR_TYPES = frozenset({"DATE", "TIME"})
CLAUSE_POS = frozenset({"VERB", "AUX"})


def is_calendar(timex: Timex) -> bool:
    """A date on the calendar (2024, 2024-03-29, 2024-W13, 2019-09-10/2019-09-12), not PAST_REF or P3Y."""
    return timex.type in CALENDAR_TYPES and timex.value[:4].isdigit()


def to_date_value(timex: Timex) -> DateValue:
    value = timex.value
    if timex.type == "TIME" and "T" in value:
        value = value.split("T", 1)[0]
    return DateValue(value, timex.earliest, timex.latest)


def _head_of(doc: Doc, timex: Timex) -> Token | None:
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governor(token: Token, stop_at: frozenset[int]) -> tuple[Token | None, int]:
    """The first clause word above `token` (a verb or a word in `stop_at`) and how many steps up it is."""
    node = token
    hops = 0
    while node.head.i != node.i:
        node = node.head
        hops += 1
        if node.i in stop_at or node.pos_ in CLAUSE_POS:
            return node, hops
    return (node, hops) if node.i in stop_at or node.pos_ in CLAUSE_POS else (None, hops)


def _ancestors(token: Token) -> set[int]:
    return {a.i for a in token.ancestors}


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
    above = set().union(*(_ancestors(t) for t in event_words)) - words if event_words else set()
    governing: list[tuple[int, int, Timex]] = []
    reported: list[tuple[int, int, Timex]] = []
    for timex in timexes:
        head = _head_of(doc, timex)
        if head is None:
            continue
        governor, hops = _governor(head, words)
        rank = (hops, -len(timex.value), timex)
        if governor is not None and governor.i in words:
            governing.append(rank)
        elif governor is not None and governor.i in above:
            reported.append(rank)
    best = min(governing or reported, key=lambda r: (r[0], r[1]), default=None)
    chosen = best[2] if best is not None else None
    if chosen is None and len(timexes) == 1 and not _governed_elsewhere(doc, timexes[0], words):
        chosen = timexes[0]
    if chosen is not None:
        return to_date_value(chosen), (chosen.start, chosen.end)
    return (story_date.date, None)


def _governed_elsewhere(doc: Doc, timex: Timex, words: frozenset[int]) -> bool:
    """True when the only date in the sentence belongs to another verb's clause below the event's."""
    head = _head_of(doc, timex)
    if head is None:
        return True
    governor, _ = _governor(head, words)
    return governor is not None and governor.i not in words and any(
        a.i in words for a in governor.ancestors)
