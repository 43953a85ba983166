"""Story clusters: documents that report the same happenings, even in different words.

Each document becomes a TF-IDF vector of its content words (names and numbers weigh more, see
`tidings.fuse.text`); documents are grouped by average-linkage agglomerative clustering on cosine
similarity, cut at `stories.min_similarity` (data/fusion/fusion.toml); story dates far apart lower
the similarity. Near duplicates and documents linked by date reconciliation always share a story.

Look-alike happenings (two title defences of one boxer, two emergency patches of one browser) share
their protagonist and their vocabulary, so the first pass often puts them together. A second pass
(`split_lookalikes`) looks inside each large cluster with the cluster's own IDF, where the words every
member shares weigh nothing and the particulars (the opponent, the place, the figures) decide; it
splits the cluster in two along that view (the tree's two main branches, each member then moved to
the branch it resembles more) only when the halves also disagree on the year they report
(most of one half is dated to a year that few of the other half name), i.e. when the specifics
conflict, not merely differ.

The result is independent of input order: documents are sorted by id before clustering and a
cluster's id is derived from its smallest member id.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from scipy.cluster.hierarchy import ClusterNode, fcluster, linkage, to_tree
from scipy.sparse import csr_matrix
from scipy.spatial.distance import squareform

from tidings.fuse.text import fusion_settings, weighted_terms
from tidings.ids import stable_id
from tidings.time import find_timexes

YEAR = re.compile(r"(?:^|/)(\d{4})(?=-|/|$)")  # the year(s) of a TIMEX3 value: 2012-07-07, 2010-09/2011-01


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


def similarity_matrix(docs: Sequence[StoryText], bags: Sequence[dict[str, float]] | None = None) -> np.ndarray:
    """Cosine similarities, scaled down for two documents whose story dates lie far apart: one happening
    is reported within weeks, and look-alikes (two earthquakes) are usually years apart."""
    conf = fusion_settings()["stories"]
    matrix = tfidf_matrix(bags if bags is not None else term_bags(docs, conf["name_weight"], conf["number_weight"]))
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
    conf = fusion_settings()["stories"]
    threshold = conf["min_similarity"] if min_similarity is None else min_similarity
    ordered = sorted(docs, key=lambda d: d.id)
    if not ordered:
        return {}
    bags = term_bags(ordered, conf["name_weight"], conf["number_weight"])
    labels = _agglomerate(similarity_matrix(ordered, bags), threshold) if len(ordered) > 1 else [0]
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(int(label), []).append(index)
    split = split_lookalikes(ordered, bags, list(groups.values()))
    return _story_ids(_join([[ordered[i].id for i in group] for group in split], together))


def split_lookalikes(docs: Sequence[StoryText], bags: Sequence[dict[str, float]],
                     groups: list[list[int]]) -> list[list[int]]:
    """Second pass: split each large cluster (indexes into `docs`) in two, again and again, while its two
    halves by particulars report different years (see the module docstring)."""
    conf = fusion_settings()["stories"]
    years: dict[int, int | None] = {}
    done: list[list[int]] = []
    pending = list(groups)
    while pending:
        group = pending.pop()
        halves = _bisect(group, bags, conf["split_min_part"]) if len(group) >= conf["split_min_size"] else None
        if halves is None:
            done.append(group)
            continue
        for i in group:
            if i not in years:
                years[i] = story_year(docs[i])
        if years_conflict([years[i] for i in halves.cores[0]], [years[i] for i in halves.cores[1]], conf):
            pending.extend(halves.full)
        else:
            done.append(group)
    return done


def story_year(doc: StoryText) -> int | None:
    """The year a document reports: its story date's, else the latest year of an absolute date in its
    text (`tidings.time`, no anchor; news is about its latest happening, older years are background)."""
    if doc.day is not None:
        return doc.day.year
    text = f"{doc.title}\n\n{doc.text}" if doc.title else doc.text
    years = [int(y) for timex in find_timexes(text, None) if timex.type == "DATE" for y in YEAR.findall(timex.value)]
    return max(years) if years else None


def years_conflict(first: Sequence[int | None], second: Sequence[int | None], conf: dict[str, Any]) -> bool:
    """Two halves report different happenings when a year is the year of at least `split_year_docs`
    documents and `split_year_majority` of one half, and of at most `split_year_rare` of the other."""
    for one, other in ((first, second), (second, first)):
        counts = Counter(y for y in one if y is not None)
        elsewhere = Counter(y for y in other if y is not None)
        for year, count in counts.items():
            if (count >= conf["split_year_docs"] and count / len(one) >= conf["split_year_majority"]
                    and elsewhere[year] / len(other) <= conf["split_year_rare"]):
                return True
    return False


@dataclass(frozen=True, slots=True)
class Bisection:
    """A cluster cut in two: the cores (the two main branches) and the full halves (with outliers)."""

    cores: tuple[list[int], list[int]]
    full: list[list[int]]


def _bisect(group: list[int], bags: Sequence[dict[str, float]], min_part: int) -> Bisection | None:
    """The cluster's two main branches under its own IDF, each with at least `min_part` members, their
    members then moved to the branch they resemble more (`refine_halves`); smaller branches met on the
    way down (outliers, left out of the year test) join the half they resemble most."""
    sims = local_similarities([bags[i] for i in group])
    distances = np.clip(1.0 - sims, 0.0, 2.0)
    np.fill_diagonal(distances, 0.0)
    node: ClusterNode = to_tree(linkage(squareform(distances, checks=False), method="average"))
    while not node.is_leaf():
        left, right = node.get_left(), node.get_right()
        if min(left.count, right.count) >= min_part:
            first, second = refine_halves(sims, list(left.pre_order()), list(right.pre_order()), min_part)
            cores = ([group[k] for k in first], [group[k] for k in second])
            return Bisection(cores, _complete(group, sims, first, second))
        node = left if left.count > right.count else right
    return None


def refine_halves(sims: np.ndarray, first: list[int], second: list[int], min_part: int,
                  rounds: int = 20) -> tuple[list[int], list[int]]:
    """Move each member of the two branches to the branch it resembles more (mean similarity to the
    branch's other members; ties stay), until nothing moves. Average linkage merges greedily, so a
    report joined early to the wrong branch stays there; this is the 2-means step that corrects it.
    A move that would leave a branch under `min_part` members is not made; `rounds` bounds the loop."""
    halves = (sorted(first), sorted(second))
    for _ in range(rounds):
        moved = _moved_members(sims, halves)
        if not moved:
            break
        new = (sorted((set(halves[0]) - moved) | (moved & set(halves[1]))),
               sorted((set(halves[1]) - moved) | (moved & set(halves[0]))))
        if min(len(new[0]), len(new[1])) < min_part:
            break
        halves = new
    return halves


def _moved_members(sims: np.ndarray, halves: tuple[list[int], list[int]]) -> set[int]:
    """Members whose mean similarity to the other branch exceeds that to their own branch's others."""
    moved = set()
    for side, other in ((halves[0], halves[1]), (halves[1], halves[0])):
        for k in side:
            own = [j for j in side if j != k]
            if own and sims[k, other].mean() > sims[k, own].mean():
                moved.add(k)
    return moved


def _complete(group: list[int], sims: np.ndarray, first: list[int], second: list[int]) -> list[list[int]]:
    """Both halves with the outliers each one resembles most (mean similarity; ties to the first)."""
    halves: tuple[list[int], list[int]] = (list(first), list(second))
    for k in sorted(set(range(len(group))) - set(first) - set(second)):
        halves[0 if sims[k, first].mean() >= sims[k, second].mean() else 1].append(k)
    return [sorted(group[k] for k in half) for half in halves]


def local_similarities(bags: Sequence[dict[str, float]]) -> np.ndarray:
    """Cosine similarities with IDF computed inside the group, ln(n/df): a word every member uses
    (the protagonist, the kind of happening) weighs nothing; the particulars remain."""
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    vocab = {term: i for i, term in enumerate(sorted(df))}
    matrix = np.zeros((len(bags), len(vocab)))
    for r, bag in enumerate(bags):
        for term, tf in bag.items():
            matrix[r, vocab[term]] = (1 + math.log(tf)) * math.log(len(bags) / df[term])
    norms = np.linalg.norm(matrix, axis=1)
    norms[norms == 0] = 1.0
    matrix /= norms[:, None]
    return np.asarray(matrix @ matrix.T)


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
