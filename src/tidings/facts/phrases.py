"""Matching lexicon phrases against runs of spaCy tokens.

Keys and token runs are compared in lower case with hyphens read as spaces and runs of spaces
collapsed, so "year-on-year" meets "year on year" and "y-o-y" meets "y o y"; tokens written without
a space between them stay joined, so "y/y" matches whether spaCy made one token of it or three,
and "US$" and "US $" are two different keys (both listed) while "a $3 billion" is not "A$".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from spacy.tokens import Doc

V = TypeVar("V")
HYPHENS = frozenset({"-", "–", "‐"})


def normalize_key(key: str) -> str:
    """The form a key (or a run of text) is compared in: lower case, hyphens as spaces, spaces collapsed."""
    return " ".join(key.replace("-", " ").replace("–", " ").lower().split())


def normalized_table(table: Mapping[str, V]) -> dict[str, V]:
    return {normalize_key(key): value for key, value in table.items()}


def _word_indexes_from(doc: Doc, start: int, limit: int, count: int) -> list[int]:
    found: list[int] = []
    i = start
    while i < limit and len(found) < count:
        if doc[i].text not in HYPHENS:
            found.append(i)
        i += 1
    return found


def _word_indexes_before(doc: Doc, end: int, floor: int, count: int) -> list[int]:
    found: list[int] = []
    i = end - 1
    while i >= floor and len(found) < count:
        if doc[i].text not in HYPHENS:
            found.append(i)
        i -= 1
    return found[::-1]


def match_after(
    doc: Doc, start: int, limit: int, table: Mapping[str, V], longest: int
) -> tuple[V, int] | None:
    """The longest entry of `table` starting at token `start`: (its value, index after its last token)."""
    words = _word_indexes_from(doc, start, limit, longest)
    if not words or words[0] != start:
        return None
    for n in range(len(words), 0, -1):
        key = normalize_key(doc[start : words[n - 1] + 1].text)
        if key in table:
            return table[key], words[n - 1] + 1
    return None


def match_before(
    doc: Doc, end: int, floor: int, table: Mapping[str, V], longest: int
) -> tuple[V, int] | None:
    """The longest entry of `table` ending right before token `end`: (its value, its first token)."""
    words = _word_indexes_before(doc, end, floor, longest)
    if not words or words[-1] != end - 1:
        return None
    for n in range(len(words), 0, -1):
        key = normalize_key(doc[words[-n] : end].text)
        if key in table:
            return table[key], words[-n]
    return None
