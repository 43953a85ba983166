"""Percentages that state a change ("up 9.2% year on year") and the values they belong to.

A percentage is a change when a change word from the lexicon stands just before it ("rose",
"up by", "an increase of") or right after it ("a 5% drop"); "to 61.8 percent" or "at 4.2%" are
levels. A change joins the nearest value in its sentence (money, a count, a measure), so
"trade volume reached 9.53 billion US dollars, up 9.2% year on year" is one fact.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from tidings.facts.lexicon import FactLexicon
from tidings.facts.phrases import match_after
from tidings.facts.quantities import Quantity

RATE_KINDS = frozenset({"percent", "points"})
NOT_HOSTS = frozenset({"percent", "points", "duration"})


@dataclass(frozen=True, slots=True)
class Change:
    """A percentage read as a change: signed size, the basis it is measured against, its tokens."""

    quantity: Quantity
    pct: float
    basis: str | None
    start: int  # tokens of the change word, the percentage and the basis together
    end: int


def _direction_before(doc: Doc, q: Quantity, sent: Span, lex: FactLexicon) -> tuple[int, int] | None:
    """(sign, token) of a change word left of the percentage, looking past linking words only."""
    i = q.start - 1
    floor = max(sent.start, q.start - lex.change_window)
    while i >= floor:
        token = doc[i]
        sign = lex.changes.get(token.lower_) or lex.changes.get(token.lemma_.lower())
        if sign:
            return sign, i
        if token.lower_ not in lex.change_links or (token.lower_ == "of" and _names_a_level(doc, i, lex)):
            return None
        i -= 1
    return None


def _names_a_level(doc: Doc, of: int, lex: FactLexicon) -> bool:
    """ "a rate of 2%", "a share of 40%": "of" after a noun that is not a change word."""
    before = doc[of - 1] if of > 0 else None
    return before is None or before.lemma_.lower() not in lex.changes


def _direction_after(doc: Doc, q: Quantity, sent: Span, lex: FactLexicon) -> tuple[int, int] | None:
    """(sign, token) of a change noun right after the percentage ("a 5% increase", "5 percent higher")."""
    if q.end >= sent.end:
        return None
    token = doc[q.end]
    if token.pos_ not in ("NOUN", "ADJ", "ADV"):
        return None
    sign = lex.changes.get(token.lower_) or lex.changes.get(token.lemma_.lower())
    return (sign, q.end) if sign else None


def _direction_of_verb(doc: Doc, q: Quantity, lex: FactLexicon) -> tuple[int, int] | None:
    """(sign, token) of a change verb reached through a rate: "contracted at an annualised rate of 2%"."""
    node = doc[q.end - 1]
    for _ in range(5):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            sign = lex.changes.get(node.lemma_.lower())
            return (sign, node.i) if sign else None
        if node.pos_ != "ADP" and node.lemma_.lower() not in lex.generic_heads:
            return None
    return None


def find_basis(doc: Doc, start: int, end: int, sent: Span, lex: FactLexicon) -> tuple[str, int, int] | None:
    """The change basis ("year on year", "from a year earlier") nearest to tokens start..end."""
    right_limit = min(sent.end, end + lex.basis_window)
    for i in range(end, right_limit):
        found = match_after(doc, i, right_limit, lex.bases, lex.longest_phrase)
        if found is not None:
            return found[0], i, found[1]
    for i in range(max(sent.start, start - 4), start):
        found = match_after(doc, i, start, lex.bases, lex.longest_phrase)
        if found is not None:
            return found[0], i, found[1]
    return None


def read_change(doc: Doc, q: Quantity, sent: Span, lex: FactLexicon) -> Change | None:
    """The change a percentage states, or None when it states a level."""
    if q.kind not in RATE_KINDS:
        return None
    if q.start > sent.start and doc[q.start - 1].lower_ in lex.level_prepositions:
        return None
    found = _direction_before(doc, q, sent, lex) or _direction_after(doc, q, sent, lex)
    through_rate = found is None and doc[q.start - 1].lower_ in ("of", "by")
    if through_rate:
        found = _direction_of_verb(doc, q, lex)
    if found is None:
        return None
    sign, word = found
    start, end = (q.start, q.end) if through_rate else (min(word, q.start), max(word + 1, q.end))
    basis = find_basis(doc, start, end, sent, lex)
    if basis is not None:
        start, end = min(start, basis[1]), max(end, basis[2])
    return Change(q, sign * q.value, basis[0] if basis else None, start, end)


def _gap(a_start: int, a_end: int, b: Quantity) -> int:
    return max(0, a_start - b.end, b.start - a_end)


def attach_changes(changes: list[Change], quantities: list[Quantity], lex: FactLexicon) -> dict[int, Change]:
    """Give each change to the nearest free value (keyed by the value's start token); nearest pairs first."""
    hosts = [q for q in quantities if q.kind not in NOT_HOSTS]
    pairs = sorted(
        (_gap(c.start, c.end, h), n, m) for n, c in enumerate(changes) for m, h in enumerate(hosts)
    )
    attached: dict[int, Change] = {}
    used_changes: set[int] = set()
    for gap, n, m in pairs:
        if gap > lex.attach_window or n in used_changes or hosts[m].start in attached:
            continue
        attached[hosts[m].start] = changes[n]
        used_changes.add(n)
    return attached
