"""Assembling facts sentence by sentence: quantities, their changes, what, period and actors."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from tidings.facts.changes import NOT_HOSTS, Change, attach_changes, read_change
from tidings.facts.context import (
    actor_codes,
    as_period,
    clause_date,
    clause_scope,
    describe,
    is_calendar,
    year_of,
)
from tidings.facts.lexicon import FactLexicon, load_lexicon
from tidings.facts.quantities import Quantity, TokenMarks, find_quantities, mark_tokens
from tidings.records import ActorMention, DateValue, Fact, Sentence, Timex

# Kinds that describe a thing rather than a flow over time: a neighbouring sentence's date is not theirs.
TIMELESS_KINDS = frozenset({"distance", "area", "speed", "duration"})
# What may stand between an amount and the same amount in another currency.
ASIDE_WORDS = frozenset({"(", ",", "or", "-", "–", "—"})


@dataclass(frozen=True, slots=True)
class SentenceInput:
    """What the rules know about one sentence."""

    sent: Span
    timexes: list[Timex]
    carried: DateValue | None  # the period of the previous sentence's facts, if it may continue here


@dataclass(frozen=True, slots=True)
class _Context:
    """What every fact of a sentence shares."""

    lex: FactLexicon
    numbers: set[int]  # tokens stating numbers: no date inside them is a period
    skip: set[int]  # tokens a "what" phrase must not copy: numbers and dates
    actors: list[ActorMention]


def _drop_baselines(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """ "rose from $3 billion to $4 billion": the "from" value is the old level, not a fact of its own."""
    starts = {(q.start, q.unit) for q in quantities}
    kept = []
    for q in quantities:
        opened = q.start > 0 and doc[q.start - 1].lower_ == "from"
        if opened and q.end < len(doc) and doc[q.end].lower_ == "to" and (q.end + 1, q.unit) in starts:
            continue
        kept.append(q)
    return kept


def _worded_tokens(doc: Doc, quantities: list[Quantity], changes: list[Change]) -> set[int]:
    """Tokens that state numbers: the quantities, their change words and bases."""
    tokens: set[int] = set()
    for q in quantities:
        tokens.update(range(q.start, q.end))
    for c in changes:
        tokens.update(range(c.start, c.end))
    return tokens


def _date_tokens(doc: Doc, timexes: list[Timex]) -> set[int]:
    tokens: set[int] = set()
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return tokens


def _period(doc: Doc, s: SentenceInput, q: Quantity, numbers: set[int], lex: FactLexicon) -> DateValue | None:
    timex = clause_date(doc, s.sent, q, s.timexes, numbers - set(range(q.start, q.end)), lex)
    if q.kind == "duration":
        if timex is not None:
            return year_of(timex.value)
        own = [t for t in s.timexes if t.anchor_used and doc[q.start].idx <= t.start < doc[q.end - 1].idx + 1]
        return year_of(own[0].anchor_used) if own and own[0].anchor_used else None
    if timex is not None:
        return as_period(timex)
    has_date = any(is_calendar(t) for t in s.timexes)
    return s.carried if not has_date and q.kind not in TIMELESS_KINDS else None


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _currency(codes: str, countries: set[str | None], lex: FactLexicon) -> str:
    """One code of a shared symbol ("¥" is CNY|JPY): that of a country the sentence names, else the first."""
    candidates = codes.split("|")
    named = [code for code in candidates if lex.currency_countries.get(code) in countries]
    return named[0] if named else candidates[0]


def _make_fact(
    doc: Doc, doc_id: str, s: SentenceInput, q: Quantity, change: Change | None, ctx: _Context
) -> Fact:
    start, end = q.start, q.end
    if change is not None:
        start, end = min(start, change.start), max(end, change.end)
    value = q.value
    change_pct = change.pct if change is not None and change.quantity.kind == "percent" else None
    if change is not None and change.quantity is q:
        value = change.pct  # a change with no value of its own: "GDP grew 5.2%"
    char_start, char_end = _char_span(doc, start, end)
    actors = actor_codes(ctx.actors, clause_scope(doc, q, ctx.lex), (s.sent.start_char, s.sent.end_char))
    named = {m.actor.country for m in ctx.actors if s.sent.start_char <= m.actor.start < s.sent.end_char}
    return Fact(
        doc_id=doc_id,
        start=char_start,
        end=char_end,
        sentence=Sentence(s.sent.start_char, s.sent.end_char),
        what=describe(doc, s.sent, q, ctx.skip, ctx.lex),
        value=value,
        unit=_currency(q.unit, named, ctx.lex) if q.kind == "money" else q.unit,
        period=_period(doc, s, q, ctx.numbers, ctx.lex),
        change_pct=change_pct,
        change_basis=change.basis if change is not None else None,
        qualifier=q.qualifier,
        actors=actors,
    )


def sentence_facts(
    doc: Doc, doc_id: str, s: SentenceInput, actors: list[ActorMention], marks: TokenMarks, lex: FactLexicon
) -> list[Fact]:
    """The facts of one sentence: values with their changes, lone changes, and levels."""
    quantities = _drop_baselines(doc, find_quantities(doc, s.sent, marks, lex))
    changes = {q.start: c for q in quantities if (c := read_change(doc, q, s.sent, lex)) is not None}
    attached = attach_changes(list(changes.values()), quantities, lex)
    merged = {id(c) for c in attached.values()}
    numbers = _worded_tokens(doc, quantities, list(changes.values()))
    ctx = _Context(lex, numbers, numbers | _date_tokens(doc, s.timexes), actors)
    facts: list[Fact] = []
    previous: Quantity | None = None
    for q in quantities:
        change = attached.get(q.start) if q.kind not in NOT_HOSTS else changes.get(q.start)
        if change is not None and id(change) in merged and change.quantity is q:
            continue  # told as the change of a value next to it
        fact = _make_fact(doc, doc_id, s, q, change, ctx)
        if previous is not None and facts and _restates(doc, previous, q):
            fact = replace(fact, what=facts[-1].what)
        if fact.what:  # a number nothing in the sentence says the measure of is not a fact
            facts.append(fact)
        previous = q
    return facts


def _restates(doc: Doc, first: Quantity, second: Quantity) -> bool:
    """ "€500 million ($540 million)", "$3 billion, or 840 billion rupees": one amount in two currencies."""
    between = {t.lower_ for t in doc[first.end : second.start]}
    return first.kind == second.kind == "money" and bool(between) and between <= ASIDE_WORDS


def _same_paragraph(text: str, previous: Span, sent: Span) -> bool:
    previous_end = previous.start_char + len(previous.text.rstrip())
    return "\n" not in text[previous_end : sent.start_char]


def find_facts(doc: Doc, doc_id: str, timexes: list[Timex], actors: list[ActorMention]) -> list[Fact]:
    """Every fact of a parsed document, in text order (see tidings.facts for the contract)."""
    lex = load_lexicon()
    marks = mark_tokens(doc, timexes)
    facts: list[Fact] = []
    previous: tuple[Span, DateValue | None] | None = None
    text = doc.text  # built on every access: read once
    for sent in doc.sents:
        in_sentence = [t for t in timexes if sent.start_char <= t.start < sent.end_char]
        carried = previous[1] if previous is not None and _same_paragraph(text, previous[0], sent) else None
        found = sentence_facts(doc, doc_id, SentenceInput(sent, in_sentence, carried), actors, marks, lex)
        facts.extend(found)
        periods = [f.period for f in found if f.period is not None]
        previous = (sent, periods[-1] if periods else None)
    return facts
