"""Names that contain a date are not time expressions: "the March 23 Movement", "Vision 2030".

A rebel group (M23), a reform plan, a football tournament or a commission is named after a date;
reading the date as a timex dates events by the name. The grammar finds the date; this module tells
whether it sits inside a name, from the words of `data/time/names.toml` (a head noun after the date,
a prefix before a year, whole-name patterns) and, when a spaCy Doc is given, from its named entities.
A bare year followed by capitalized words ("the 2024 Summer Olympics", "the
2003 Iraq War") is a modifier that dates the thing named, so only words before a year can make it
part of a name, and only listed ones: "WWDC 2005" names the 2005 conference, and TimeML annotates
its year, while "Vision 2030" dates nothing.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from tidings.time.grammar import lexicon

_YEAR_ONLY = re.compile(r"(?:[Tt]he\s+year\s+)?[0-9]{4}")
_WORD = re.compile(r"[^\S\n]+([A-Za-z][\w'’.-]*)")
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w'’.-]*)[^\S\n]$")
_WORDS_AFTER = 3


@dataclass(frozen=True, slots=True)
class NameWords:
    heads: frozenset[str]
    prefixes: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    labels: frozenset[str]
    not_name: frozenset[str]


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    """The tables of data/time/names.toml, with the temporal words of the lexicon as non-names."""
    raw = tomllib.loads(files("tidings").joinpath("data", "time", "names.toml").read_text(encoding="utf-8"))
    lex = lexicon()
    temporal = {w for table in ("months", "weekdays", "seasons") for w in lex.get(table, {})}
    temporal |= {w for phrase in lex.get("holidays", {}) for w in phrase.split()}
    return NameWords(
        heads=frozenset(raw["heads"]),
        prefixes=frozenset(raw["prefixes"]),
        patterns=tuple(re.compile(p) for p in raw["patterns"]),
        labels=frozenset(raw["entity_labels"]),
        not_name=frozenset(w.lower() for w in raw["not_name_words"]) | temporal,
    )


def _name_like(word: str, words: NameWords) -> bool:
    """A capitalized word that can be part of a name (not "In", "March", "Christmas")."""
    return word[:1].isupper() and word.lower().strip(".") not in words.not_name


@dataclass(frozen=True, slots=True)
class NameFinder:
    """Tells whether text[start:end] lies inside a name; built once per text (entities listed once)."""

    text: str
    entities: tuple[tuple[int, int], ...]

    def inside_name(self, start: int, end: int) -> bool:
        words = name_words()
        if _YEAR_ONLY.fullmatch(self.text, start, end) is not None:
            return self._prefix_before(start, words) or self._in_pattern(start, end, words)
        return self._head_after(end, words) or self._in_pattern(start, end, words) or self._in_entity(start, end, words)

    def _head_after(self, end: int, words: NameWords) -> bool:
        """'March 23 Movement', 'the April 6 Youth Movement': capitalized words up to a head noun."""
        position = end
        for _ in range(_WORDS_AFTER):
            m = _WORD.match(self.text, position)
            if m is None:
                return False
            word = m.group(1).rstrip(".")
            if word in words.heads:
                return True
            if not _name_like(word, words):
                return False
            position = m.end()
        return False

    def _prefix_before(self, start: int, words: NameWords) -> bool:
        m = _PREVIOUS_WORD.search(self.text, max(0, start - 30), start)
        return m is not None and m.group(1) in words.prefixes

    def _in_pattern(self, start: int, end: int, words: NameWords) -> bool:
        window_start = max(0, start - 12)
        for pattern in words.patterns:
            for m in pattern.finditer(self.text, window_start, min(len(self.text), end + 12)):
                if m.start() <= start and end <= m.end():
                    return True
        return False

    def _in_entity(self, start: int, end: int, words: NameWords) -> bool:
        """Inside a name entity that goes on after the date with capitalized words only ("the May
        Fourth Movement"); words before a weekday name a date ("Super Tuesday"), not a thing."""
        for ent_start, ent_end in self.entities:
            if ent_start > start or ent_end <= end:
                continue
            after = self.text[end:ent_end].split()
            if after and all(_name_like(w, words) for w in after):
                return True
        return False


def name_finder(text: str, doc: Any) -> NameFinder:
    """A finder over `text`; `doc` (the spaCy Doc of exactly this text, or None) adds its entities."""
    labels = name_words().labels
    entities: tuple[tuple[int, int], ...] = ()
    if doc is not None:
        try:
            entities = tuple((e.start_char, e.end_char) for e in doc.ents if e.label_ in labels)
        except (AttributeError, ValueError):
            entities = ()
    return NameFinder(text, entities)
