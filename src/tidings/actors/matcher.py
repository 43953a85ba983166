"""A token trie over every name and sector word of an actor base, matched against spaCy tokens.

Built once per base (names are tokenized with spaCy's English tokenizer, so "Vice-Premier" and
"People's" split the same way as in parsed text). Hyphen tokens are skipped on both sides, so
"Sino-Kazakh" yields "Sino" then "Kazakh" and "Vice-Premier" matches "vice premier". Names can ask for
case: acronyms ("US", "SCO") match only as written, proper names need a capital letter somewhere (and
their first word a capital when the name gives it one: "to Lam" is not Tô Lâm, except for particles such
as "al-Maliki"), sector words match in any case. PETRARCH stems (a last word without "_") match words
that begin with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from spacy.tokens import Token

from tidings.actors.model import SectorWord
from tidings.actors.tables import word_list

HYPHENS = frozenset({"-", "–", "—", "‐", "‑"})
Case = Literal["exact", "title", "any"]


@dataclass(frozen=True, slots=True)
class Hit:
    """What a matched phrase names: an actor (by id, as name/adjective/capital) or a sector word."""

    style: Literal["name", "adj", "capital", "sector"]
    actor_id: str | None = None
    word: SectorWord | None = None
    case: Case = "title"
    written: tuple[str, ...] = ()  # the alias' own tokens, for names (exact and title case)


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    stems: dict[str, list[Hit]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found in the text: token positions (into the filtered token list) and its hits."""

    start: int
    end: int
    hits: tuple[Hit, ...]


def token_key(text: str) -> str:
    return text.lower().replace("’", "'").replace("`", "'")


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    import spacy

    return spacy.blank("en").tokenizer


_PLAIN = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")


def phrase_tokens(phrases: Sequence[str]) -> list[list[str]]:
    """Each phrase split like spaCy splits text, hyphens dropped (plain words are just split: same result,
    many times faster)."""
    tok = _tokenizer()
    out: list[list[str]] = []
    for phrase in phrases:
        if _PLAIN.match(phrase):
            out.append(phrase.split())
        else:
            out.append([t.text for t in tok(phrase) if t.text not in HYPHENS and not t.is_space])
    return out


class TokenTrie:
    """Longest-match phrase lookup over token keys."""

    def __init__(self) -> None:
        self.root = _Node()
        self.size = 0

    def add(self, words: Sequence[str], hit: Hit, stem: bool = False) -> None:
        if not words:
            return
        node = self.root
        for word in words[:-1]:
            node = node.children.setdefault(token_key(word), _Node())
        last = token_key(words[-1])
        if stem:
            node.stems.setdefault(last, []).append(hit)
        else:
            node.children.setdefault(last, _Node()).hits.append(hit)
        self.size += 1

    def matches_at(self, texts: Sequence[str], keys: Sequence[str], i: int) -> list[Match]:
        """Every phrase starting at token i whose case rule the text satisfies, shortest first (`texts`: the
        tokens' texts, read once per document: a spaCy `Token.text` builds a new string on each access)."""
        out: list[Match] = []
        node: _Node | None = self.root
        j = i
        while node is not None and j < len(keys):
            key = keys[j]
            if node.stems:
                stem_hits = [h for k in range(1, len(key) + 1) for h in node.stems.get(key[:k], ())]
                _keep(out, texts, i, j + 1, stem_hits)
            node = node.children.get(key)
            if node is not None and node.hits:
                _keep(out, texts, i, j + 1, node.hits)
            j += 1
        return out


def _keep(out: list[Match], texts: Sequence[str], start: int, end: int, hits: Iterable[Hit]) -> None:
    span = texts[start:end]
    good = tuple(h for h in hits if case_ok(h, span))
    if good:
        out.append(Match(start, end, good))


def case_ok(hit: Hit, span: Sequence[str]) -> bool:
    """Whether the words (token texts) are written as the phrase's case rule asks."""
    if hit.case == "any":
        return True
    if hit.case == "exact":
        return tuple(span) == hit.written or all(t.isupper() for t in span)
    return any(t[:1].isupper() for t in span) and not _lower_start(hit, span[0])


def _lower_start(hit: Hit, first: str) -> bool:
    """A name's capitalised first word written in lower case ("to Lam", "the state Department of Health"):
    a common word, not the name; name particles ("al-Maliki", "van der Leyen") are written either way."""
    return bool(hit.written) and hit.written[0][:1].isupper() and first[:1].islower() \
        and token_key(first) not in name_particles()


def name_particles() -> frozenset[str]:
    """Lower-case words that may begin a name (`data/actors/name_particles.txt`)."""
    return word_list("name_particles.txt")


def find_matches(trie: TokenTrie, tokens: Sequence[Token]) -> list[Match]:
    """Non-overlapping matches, longest first then leftmost."""
    texts = [t.text for t in tokens]
    keys = [token_key(t) for t in texts]
    found = [m for i in range(len(texts)) for m in trie.matches_at(texts, keys, i)]
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    taken = [False] * len(tokens)
    chosen = []
    for m in found:
        if not any(taken[m.start : m.end]):
            chosen.append(m)
            for k in range(m.start, m.end):
                taken[k] = True
    chosen.sort(key=lambda m: m.start)
    return chosen
