"""Story clusters: documents that report the same happenings, even in different words.

Each document becomes a TF-IDF vector of its content words (names and numbers weigh more, see
`tidings.fuse.text`); documents are grouped by average-linkage agglomerative clustering on cosine
similarity, cut at `stories.min_similarity` (data/fusion/fusion.toml). Average linkage keeps two
look-alike happenings apart (two earthquakes in one region, two actors entering rehab): their
reports share the general words but not the particulars; story dates far apart lower the similarity
further. Near duplicates and documents linked by date reconciliation always share a story.

The result is independent of input order: documents are sorted by id before clustering and a
cluster's id is derived from its smallest member id.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.spatial.distance import squareform

from tidings.fuse.text import fusion_settings, weighted_terms
from tidings.ids import stable_id


@dataclass(frozen=True, slots=True)
class StoryText:
    """What story clustering needs of a document: its id and its words."""

    id: str
    text: str
    title: str | None = None
    day: date | None = None  # the story date, when known to the day or month


def term_bags(docs: Sequence[StoryText], name_weight: float, number_weight: float) -> list[dict[str, float]]:
    return [weighted_terms(f"{d.title or ''}\n\n{d.text}", name_weight, number_weight) for d in docs]


def tfidf_matrix(bags: Sequence[dict[str, float]]) -> csr_matrix:
    """Rows are L2-normalised (1 + ln tf) * smoothed idf vectors."""
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    vocab = {term: i for i, term in enumerate(sorted(df))}
    n = len(bags)
    rows, cols, vals = [], [], []
    for r, bag in enumerate(bags):
        for term, tf in bag.items():
            rows.append(r)
            cols.append(vocab[term])
            vals.append((1 + math.log(tf)) * (math.log((n + 1) / (df[term] + 1)) + 1))
    matrix = csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)), dtype=np.float64)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(matrix.multiply(1.0 / norms[:, None]))


def similarity_matrix(docs: Sequence[StoryText]) -> np.ndarray:
    """Cosine similarities, scaled down for two documents whose story dates lie far apart: one happening
    is reported within weeks, and look-alikes (two earthquakes) are usually years apart."""
    conf = fusion_settings()["stories"]
    matrix = tfidf_matrix(term_bags(docs, conf["name_weight"], conf["number_weight"]))
    sims = np.asarray((matrix @ matrix.T).toarray())
    days = [d.day for d in docs]
    for i, first in enumerate(days):
        for j in range(i + 1, len(days)):
            second = days[j]
            if first and second and abs((first - second).days) > conf["max_gap_days"]:
                sims[i, j] = sims[j, i] = sims[i, j] * conf["gap_factor"]
    np.fill_diagonal(sims, 1.0)
    return sims


def cluster_stories(docs: Sequence[StoryText], min_similarity: float | None = None,
                    together: Sequence[tuple[str, str]] = ()) -> dict[str, str]:
    """Map each document id to a story id. `together` lists pairs that must share a story (near
    duplicates, documents linked by a shared happening)."""
    threshold = fusion_settings()["stories"]["min_similarity"] if min_similarity is None else min_similarity
    ordered = sorted(docs, key=lambda d: d.id)
    if not ordered:
        return {}
    labels = _agglomerate(similarity_matrix(ordered), threshold) if len(ordered) > 1 else [0]
    groups: dict[int, list[str]] = {}
    for doc, label in zip(ordered, labels, strict=True):
        groups.setdefault(int(label), []).append(doc.id)
    return _story_ids(_join(list(groups.values()), together))


def _agglomerate(sims: np.ndarray, threshold: float) -> list[int]:
    distances = np.clip(1.0 - sims, 0.0, 2.0)
    np.fill_diagonal(distances, 0.0)
    tree = linkage(squareform(distances, checks=False), method="average")
    return [int(x) for x in fcluster(tree, t=1.0 - threshold, criterion="distance")]


def _join(groups: list[list[str]], together: Sequence[tuple[str, str]]) -> list[list[str]]:
    """Merge groups that a `together` pair connects (union-find over group indexes)."""
    where = {doc: i for i, group in enumerate(groups) for doc in group}
    parent = list(range(len(groups)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in together:
        if a in where and b in where:
            parent[find(where[a])] = find(where[b])
    merged: dict[int, list[str]] = {}
    for i, group in enumerate(groups):
        merged.setdefault(find(i), []).extend(group)
    return list(merged.values())


def _story_ids(groups: list[list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for group in groups:
        story = stable_id("s", min(group))
        for doc in group:
            out[doc] = story
    return out
