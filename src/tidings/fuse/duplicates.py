"""Exact and near-duplicate documents: syndicated copies, reposts, the same wire story under two names.

Exact copies share the sha256 of their cleaned text. Near copies (a changed headline, a dropped
paragraph, other page furniture) share most of their word shingles: MinHash signatures (datasketch)
estimate the Jaccard similarity of shingle sets, and an LSH index finds candidate pairs without
comparing every pair. In each group the original is the earliest publication (then the smallest id),
so the result does not depend on the order documents arrived in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from datasketch import MinHash, MinHashLSH

from tidings.fuse.text import fusion_settings

TOKEN = re.compile(r"\w+")
MIN_TITLE_WORDS = 4  # a shorter headline ("News", "Home page", "Latest updates") names no one article


@dataclass(frozen=True, slots=True)
class DocText:
    """What duplicate detection needs of a document."""

    id: str
    text: str
    content_sha: str
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Duplicate:
    """`copy` repeats `original` (kind "exact" or "near", with the estimated Jaccard similarity)."""

    copy: str
    original: str
    kind: str
    similarity: float


def _order_key(doc: DocText) -> tuple[int, str, str]:
    """Earliest publication first; undated pages after dated ones; then id, for a stable choice."""
    return (0 if doc.published else 1, doc.published or "", doc.id)


def shingles(text: str, size: int) -> set[str]:
    words = TOKEN.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


@lru_cache(maxsize=4096)
def signature(text: str, size: int, num_perm: int) -> MinHash:
    """The text's MinHash (kept for the last few thousand texts: a pass asks for a document's signature for
    its candidate keys and again for duplicate detection). Callers must not update the returned object."""
    sig = MinHash(num_perm=num_perm, seed=1)
    sig.update_batch([shingle.encode("utf-8") for shingle in shingles(text, size)])  # what `update` one by one gives
    return sig


def find_duplicates(docs: Sequence[DocText], threshold: float | None = None) -> list[Duplicate]:
    """Every document that copies an earlier one, pointing at the group's original."""
    conf = fusion_settings()["duplicates"]
    threshold = conf["near_threshold"] if threshold is None else threshold
    ordered = sorted(docs, key=_order_key)
    parent = {d.id: d.id for d in ordered}
    kinds: dict[str, tuple[str, float]] = {}
    _link_exact(ordered, parent, kinds)
    _link_near(ordered, parent, kinds, threshold, conf["shingle_words"], conf["num_perm"])
    original: dict[str, str] = {}
    for d in ordered:  # the first member met in publication order is the group's original
        original.setdefault(_find(parent, d.id), d.id)
    out = []
    for d in ordered:
        first = original[_find(parent, d.id)]
        if first != d.id:
            kind, sim = kinds.get(d.id, ("near", threshold))
            out.append(Duplicate(d.id, first, kind, sim))
    return out


def _link_exact(ordered: list[DocText], parent: dict[str, str], kinds: dict[str, tuple[str, float]]) -> None:
    first: dict[str, str] = {}
    for d in ordered:
        if d.content_sha in first:
            _union(parent, first[d.content_sha], d.id)
            kinds[d.id] = ("exact", 1.0)
        else:
            first[d.content_sha] = d.id


def _link_near(ordered: list[DocText], parent: dict[str, str], kinds: dict[str, tuple[str, float]],
               threshold: float, size: int, num_perm: int) -> None:
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    sigs: dict[str, MinHash] = {}
    for d in ordered:
        if d.id in kinds:  # an exact copy: its original stands for it
            continue
        sig = signature(d.text, size, num_perm)
        for other in sorted(lsh.query(sig)):
            similarity = sig.jaccard(sigs[other])
            if similarity >= threshold and _find(parent, other) != _find(parent, d.id):
                _union(parent, other, d.id)
                kinds.setdefault(d.id, ("near", round(similarity, 3)))
        lsh.insert(d.id, sig)
        sigs[d.id] = sig


def _find(parent: dict[str, str], item: str) -> str:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _union(parent: dict[str, str], earlier: str, later: str) -> None:
    parent[_find(parent, later)] = _find(parent, earlier)


def copies_of(pages: Mapping[str, tuple[str | None, str | None]],
              duplicates: Sequence[Duplicate]) -> Callable[[str, str], bool]:
    """Whether two documents are copies of one article: exact or near copies of one text (most of the
    body shared, in order: shingles keep word order), one canonical address, or one headline of at least
    MIN_TITLE_WORDS words (a syndicated story keeps its headline; pages on one topic do not share one).
    `pages`: each document's (url, title)."""
    root = {d.copy: d.original for d in duplicates}
    urls = {i: _address(url) for i, (url, _) in pages.items()}
    titles = {i: _headline(title) for i, (_, title) in pages.items()}

    def same(a: str, b: str) -> bool:
        return (root.get(a, a) == root.get(b, b) or (bool(urls.get(a)) and urls.get(a) == urls.get(b))
                or (bool(titles.get(a)) and titles.get(a) == titles.get(b)))
    return same


def _address(url: str | None) -> str:
    """A page's address without scheme, "www.", query, fragment or trailing slash."""
    if not url:
        return ""
    parts = urlparse(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" if host else ""


def _headline(title: str | None) -> str:
    words = TOKEN.findall((title or "").lower())
    return " ".join(words) if len(words) >= MIN_TITLE_WORDS else ""
