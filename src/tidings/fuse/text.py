"""Words as fusion compares them: content words, lightly stemmed, with names and numbers marked.

Two reports of one happening share its particulars (names, places, figures) more than its
general vocabulary, so names and numbers weigh more than ordinary words. Function words,
reporting verbs and calendar words come from `data/fusion/stopwords.txt`: dates are compared as
dates by `tidings.fuse.dates`, never as words.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib.resources import files
from typing import Any

WORD = re.compile(r"[^\W\d_][\w'’\-]*|\d[\d,.]*\d|\d")
SENTENCE_END = re.compile(r"(?<=[.!?。])[\"”’']?\s+|\n\s*\n")
SUFFIXES = ("ments", "ment", "ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "s")
DOUBLING = ("ings", "ing", "edly", "ed")  # suffixes before which English doubles a final consonant: swap, swapped


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = (files("tidings") / "data" / "fusion" / "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def fusion_settings() -> dict[str, Any]:
    """The thresholds in `data/fusion/fusion.toml` (documented there)."""
    return tomllib.loads((files("tidings") / "data" / "fusion" / "fusion.toml").read_text(encoding="utf-8"))


def stem(word: str, undouble: bool = True) -> str:
    """A light suffix stripper: "established", "establishment" and "establishes" meet at "establish"; the
    consonant doubled before -ed or -ing goes ("swapped" and "swap" meet at "swap"; "killed" keeps "kill"),
    unless `undouble` is off (story clustering, see `weighted_terms`)."""
    if word[0].isdigit():
        return word.replace(",", "")
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            base = word[: -len(suffix)]
            if suffix == "ies":
                return base + "y"
            if undouble and suffix in DOUBLING and base[-1] == base[-2] and base[-1].isalpha() \
                    and base[-1] not in "lsz":
                return base[:-1]
            return base
    return word


def content_words(text: str, undouble: bool = True) -> list[tuple[str, bool, bool]]:
    """(stem, is_name, is_number) for each content word; a name is capitalised and not sentence-initial."""
    out: list[tuple[str, bool, bool]] = []
    stop = stopwords()
    for sentence in SENTENCE_END.split(text):
        for i, match in enumerate(WORD.finditer(sentence)):
            word = match.group().strip("'’-")
            lower = word.lower()
            if not word or lower in stop or (len(lower) < 3 and not lower[0].isdigit()):
                continue
            is_number = lower[0].isdigit()
            is_name = word[0].isupper() and i > 0
            out.append((stem(lower.replace("’", "'"), undouble), is_name, is_number))
    return out


def weighted_terms(text: str, name_weight: float = 2.0, number_weight: float = 1.5) -> dict[str, float]:
    """Term weights of a text: names and numbers count more; adjacent names also count as a pair
    ("tara_reid"), which tells "Tara Reid" from "Reid Hoffman". Whole articles are compared on their
    particulars: the verb forms stay apart here ("swapped", "swap"), as measured on ECB+ topics 1-35 (meeting,
    they put two Turkmen elections five years apart in one story for a B-cubed gain of 0.001)."""
    return dict(_weighted_terms(text, name_weight, number_weight))


@lru_cache(maxsize=4096)
def _weighted_terms(text: str, name_weight: float, number_weight: float) -> tuple[tuple[str, float], ...]:
    """Kept for the last few thousand texts: a pass weighs a document's words for its candidate keys and
    again for story clustering."""
    out: dict[str, float] = defaultdict(float)
    previous_name: str | None = None
    for term, is_name, is_number in content_words(text, undouble=False):
        weight = name_weight if is_name else number_weight if is_number else 1.0
        out[term] += weight
        if is_name and previous_name:
            out[f"{previous_name}_{term}"] += weight
        previous_name = term if is_name else None
    return tuple(out.items())


def idf_table(bags: Sequence[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency, ln((N+1)/(df+1)) + 1, so a word in every text still counts a little."""
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(set(bag))
    n = len(bags)
    return {term: math.log((n + 1) / (count + 1)) + 1.0 for term, count in df.items()}


def weighted_cosine(a: Iterable[str], b: Iterable[str], idf: dict[str, float], default_idf: float) -> float:
    """IDF-weighted overlap of two term sets, w(A∩B) / sqrt(w(A)·w(B)) (0..1): shared rare words count
    most, and a long sentence that happens to contain a short one's few words does not match it fully."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    weight = lambda terms: sum(idf.get(t, default_idf) for t in terms)  # noqa: E731
    return weight(sa & sb) / math.sqrt(weight(sa) * weight(sb))
