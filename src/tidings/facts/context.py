"""What a quantity measures, the period it covers and the actors it concerns, from the parse.

All three are read from the sentence around the quantity: "what" is a short phrase copied from the
noun phrase that governs it; the period is a date of the same clause; the actors are the countries
named in the clause (the sentence when the clause names none).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Span, Token

from tidings.facts.lexicon import FactLexicon
from tidings.facts.quantities import Quantity, governing_verb
from tidings.records import ActorMention, DateValue, Timex

# Prepositional phrases kept in a "what" phrase ("exports to Russia", "visits in both directions").
WHAT_PREPOSITIONS = frozenset({"of", "in", "to", "from", "between", "with", "on", "for", "per"})
# Relations that open another clause: a date there does not date this quantity.
EMBEDDING_DEPS = frozenset({"relcl", "acl", "conj", "parataxis", "ccomp", "csubj"})
FRAME_DEPS = frozenset({"nummod", "compound", "amod", "quantmod", "nmod", "appos"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def anchor_of(doc: Doc, q: Quantity) -> Token:
    """The token through which the quantity hangs in the parse (its head lies outside the quantity)."""
    for token in doc[q.start : q.end]:
        if not q.start <= token.head.i < q.end or token.head.i == token.i:
            return token
    return doc[q.number]


def ancestors(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


# --- what -----------------------------------------------------------------------------------


def _phrase_tokens(head: Token, skip: Collection[int], with_preps: bool) -> list[Token]:
    chosen = [head]
    for child in head.lefts:
        if child.dep_ not in ("det", "predet") and not any(t.i in skip for t in child.subtree):
            chosen.extend(child.subtree)
    if with_preps:
        for child in head.rights:
            subtree = list(child.subtree)
            verbal = any(t.pos_ in ("VERB", "AUX") for t in subtree)
            clean = not verbal and not any(t.i in skip for t in subtree)
            if child.dep_ == "prep" and child.lower_ in WHAT_PREPOSITIONS and clean:
                chosen.extend(subtree)
    return chosen


def noun_phrase(
    doc: Doc, head: Token, skip: Collection[int], lex: FactLexicon, with_preps: bool = True
) -> str:
    """The noun phrase of `head` as written, without determiners, grading words and other quantities."""
    tokens = _phrase_tokens(head, skip, with_preps)
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    while first < head.i and (
        doc[first].lower_ in lex.drop_modifiers or doc[first].is_punct or first in skip
    ):
        first += 1
    if last - first + 1 > lex.what_max_tokens:
        return noun_phrase(doc, head, skip, lex, with_preps=False) if with_preps else doc[head.i].text
    return _tidy(doc[first : last + 1])


def _tidy(span: Span) -> str:
    """The phrase on one line, without brackets left open or closed by the cut."""
    words = [t for t in span if not t.is_space]
    opened = sum(t.text == "(" for t in words) - sum(t.text == ")" for t in words)
    if opened != 0:
        words = [t for t in words if t.text not in "()"]
    text = "".join(t.text + (" " if t.whitespace_ or t.is_space else "") for t in words)
    return " ".join(text.split()).strip(" ,;:")


def _nearest_noun_chunk(doc: Doc, sent: Span, before: int, skip: Collection[int]) -> Token | None:
    """The head of the closest common-noun phrase before token `before`, at most 10 words back (numbers,
    dates and change words in `skip` are passed over without counting)."""
    words = 0
    for i in range(before - 1, sent.start - 1, -1):
        token = doc[i]
        if i in skip:
            continue
        if token.pos_ == "NOUN" and token.dep_ not in ("compound", "amod", "nmod"):
            return token
        words += 1
        if words >= 10:
            break
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _verb_prepositions(doc: Doc, verb: Token, skip: Collection[int]) -> str:
    parts = []
    for child in verb.rights:
        subtree = list(child.subtree)
        if (
            child.dep_ == "prep"
            and child.lower_ in WHAT_PREPOSITIONS
            and not any(t.i in skip for t in subtree)
        ):
            parts.append(doc[subtree[0].i : subtree[-1].i + 1].text)
    return " ".join(parts[:1])


def _what_from_verb(
    doc: Doc, sent: Span, verb: Token, q: Quantity, skip: Collection[int], lex: FactLexicon
) -> str:
    """The subject of a measuring verb ("trade volume reached X" -> "trade volume"), else who did what
    ("China imported X from Kazakhstan" -> "China imports from Kazakhstan")."""
    subject = _subject(verb)
    named = subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
    lemma = verb.lemma_.lower()
    changed = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i not in skip), None
    )
    if changed is not None and not changed.left_edge.i <= q.number <= changed.right_edge.i:
        return noun_phrase(doc, changed, skip, lex)  # "the bank raised its key rate to 16%"
    measured = lemma in lex.measure_verbs or lemma in lex.changes
    if measured and named is not None:
        return noun_phrase(doc, named, skip, lex)
    if lemma in lex.nominalizations or not measured:
        who = noun_phrase(doc, named, skip, lex) if named is not None else ""
        action = lex.nominalizations.get(lemma, verb.text)
        return " ".join(part for part in (who, action, _verb_prepositions(doc, verb, skip)) if part)
    chosen = _nearest_noun_chunk(doc, sent, min(verb.i, q.start), skip) or named
    return noun_phrase(doc, chosen, skip, lex) if chosen is not None else ""


def _after_aside(doc: Doc, i: int, sent: Span) -> int:
    """The token after a bracketed aside starting at i ("€500 million ($540 million) in aid"), else i."""
    if i >= sent.end or doc[i].text != "(":
        return i
    for j in range(i + 1, min(sent.end, i + 10)):
        if doc[j].text == ")":
            return j + 1
    return i


def _object_after(doc: Doc, q: Quantity, sent: Span, skip: Collection[int]) -> Token | None:
    """ "10 billion cubic metres of gas", "$150 billion in foreign investment": the thing after."""
    after = _after_aside(doc, q.end, sent)
    if after >= sent.end or doc[after].lower_ not in ("of", "in"):
        return None
    pobj = next((c for c in doc[after].children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "NOUN" or pobj.i in skip or pobj.ent_type_ in ("DATE", "TIME"):
        return None  # "$2.3bn in the three months to June" says when, not what
    return pobj


def _framing_noun(doc: Doc, noun: Token, skip: Collection[int], lex: FactLexicon) -> str:
    """The noun framing a quantity, unless it only says "change" or "level" of something said elsewhere."""
    lemma = noun.lemma_.lower()
    if lemma in lex.changes:
        prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        return noun_phrase(doc, pobj, skip, lex) if pobj is not None and pobj.i not in skip else ""
    if lemma in lex.generic_heads:
        named = [
            c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.lower_ not in lex.drop_modifiers
        ]
        return noun_phrase(doc, noun, skip, lex, with_preps=False) if named else ""
    return noun_phrase(doc, noun, skip, lex, with_preps=False)


def describe(doc: Doc, sent: Span, q: Quantity, skip: Collection[int], lex: FactLexicon) -> str:
    """What the quantity measures, as a short phrase copied from the sentence."""
    if q.kind == "duration":
        after = _object_after(doc, q, sent, skip)
        what = noun_phrase(doc, after, skip, lex, with_preps=False) if after is not None else ""
        return f"{doc[q.end - 1].text} of {what}".strip()
    if q.noun is not None:
        own_words = set(range(q.number + 1, q.end))  # "600,000 cross-border trips": keep "cross-border"
        return noun_phrase(
            doc, doc[q.noun], set(skip) - own_words, lex, with_preps=not q.start <= q.noun < q.end
        )
    after = _object_after(doc, q, sent, skip)
    if after is not None:
        return noun_phrase(doc, after, skip, lex)
    anchor = anchor_of(doc, q)
    head = anchor.head
    if anchor.dep_ in FRAME_DEPS and head.pos_ == "NOUN" and head.i >= q.end:
        framed = _framing_noun(doc, head, skip, lex)  # "a €50 billion aid package", "a 74% increase in sales"
        if framed:
            return framed
        anchor = head
    elif head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.i not in skip:
        framed = _framing_noun(
            doc, head.head, skip, lex
        )  # "a border of 2,000 km", "its target rate of 5.25%"
        if framed:
            return framed
        anchor = head.head
    verb = governing_verb(anchor)
    if verb is not None:
        return _what_from_verb(doc, sent, verb, q, skip, lex)
    nearest = _nearest_noun_chunk(doc, sent, q.start, skip)
    return noun_phrase(doc, nearest, skip, lex) if nearest is not None else ""


# --- period ---------------------------------------------------------------------------------


def is_calendar(timex: Timex) -> bool:
    """A date that can be a fact's period: a calendar value, not a duration, a set or "PAST_REF"."""
    return timex.type == "DATE" and timex.value[:1].isdigit()


def _clause_rank(
    doc: Doc, timex_root: Token, chain: list[Token], lex: FactLexicon, reported: bool
) -> int | None:
    """How far up the quantity's chain the date attaches, or None if it belongs to another clause.

    `reported` (durations) accepts any date the chain reaches: "32 years of cooperation, Xi said on
    Wednesday" is a length as of the day it was stated.
    """
    index = {t.i: n for n, t in enumerate(chain)}
    node = timex_root
    while node.i not in index:
        if node.head.i == node.i:
            return None
        node = node.head
        describes_quantity = node.dep_ in ("acl", "relcl") and node.head.i == chain[0].i
        if node.i not in index and node.pos_ in ("VERB", "AUX") and not describes_quantity:
            return None  # the date modifies a verb of another clause (a verb describing the quantity is fine)
    rank = index[node.i]
    if not reported and any(t.pos_ in ("VERB", "AUX") and t.dep_ in EMBEDDING_DEPS for t in chain[:rank]):
        return None  # the quantity sits in a clause embedded below the date's
    if not reported and node.lemma_.lower() in lex.reporting_verbs:
        return None  # "..., the bureau said on Wednesday" dates the report
    return rank


def _fronted(doc: Doc, sent: Span, span: Span) -> bool:
    """A date opening the sentence ("Last year, ...", "In 2023, ...") frames everything after it."""
    return all(t.pos_ in ("ADP", "DET", "ADV", "PUNCT", "CCONJ") for t in doc[sent.start : span.start])


def clause_date(
    doc: Doc, sent: Span, q: Quantity, timexes: Iterable[Timex], skip: Collection[int], lex: FactLexicon
) -> Timex | None:
    """The calendar date of the quantity's clause (for durations, reporting dates count too)."""
    chain = ancestors(anchor_of(doc, q))
    reported = q.kind == "duration"
    ranked: list[tuple[int, int, Timex]] = []
    fronted: list[Timex] = []
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or not is_calendar(timex) or any(t.i in skip for t in span):
            continue
        rank = _clause_rank(doc, span.root, chain, lex, reported)
        if rank is not None:
            ranked.append((rank, abs(span.start - q.start), timex))
        elif _fronted(doc, sent, span) and span.end <= q.start:
            fronted.append(timex)
    if ranked:
        return min(ranked, key=lambda r: (r[0], r[1]))[2]
    return fronted[0] if fronted else None


def year_of(value: str) -> DateValue | None:
    """The year (or decade, century) a value falls in, with its real first and last days: "199X" spans
    1990-01-01..1999-12-31 (not "199X-01-01"); None for a value with no calendar year (PAST_REF, XXXX-03-05)."""
    from tidings.time.values import interval_of

    year = value[:4]
    earliest, latest = interval_of(year)
    return DateValue(year, earliest, latest) if earliest and latest else None


def as_period(timex: Timex) -> DateValue:
    return DateValue(timex.value, timex.earliest, timex.latest)


# --- actors ---------------------------------------------------------------------------------


def clause_scope(doc: Doc, q: Quantity, lex: FactLexicon) -> tuple[int, int]:
    """Character span of the quantity's clause, up to (not including) a reporting verb above it."""
    top = anchor_of(doc, q)
    while top.head.i != top.i and top.head.lemma_.lower() not in lex.reporting_verbs:
        top = top.head
    return top.left_edge.idx, top.right_edge.idx + len(top.right_edge.text)


def actor_codes(
    mentions: Iterable[ActorMention], scope: tuple[int, int], sentence: tuple[int, int]
) -> tuple[str, ...]:
    """Country codes of the actors named in the clause, else in the sentence, in text order."""
    in_sentence = [
        m.actor for m in mentions if sentence[0] <= m.actor.start < sentence[1] and m.actor.country
    ]
    in_scope = [a for a in in_sentence if scope[0] <= a.start < scope[1]]
    chosen = sorted(in_scope or in_sentence, key=lambda a: a.start)
    return tuple(dict.fromkeys(a.country for a in chosen if a.country))
