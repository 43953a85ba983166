"""The fixed, seeded tune/check split of every development set.

Rules are written while looking at the *tune* half; a change is kept only if the *check* half does not
get worse. The split must never change, or figures stop being comparable across sessions: keys are
sorted, shuffled with one fixed seed, and the first half (rounded down) is tune.

Keys: real-news pages by article id; PLV_train rows by `sentence_id`; PLOVER GSR records by their
position in the file; PETRARCH cases by their id.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Iterable, Sequence
from typing import Literal, TypeVar

SEED = 2026
Half = Literal["tune", "check", "all"]
HALVES: tuple[Half, ...] = ("tune", "check", "all")
K = TypeVar("K", bound=Hashable)


def split_keys(keys: Iterable[K]) -> tuple[frozenset[K], frozenset[K]]:
    """(tune, check): the unique keys, sorted by their text, shuffled with `SEED`, cut in two."""
    ordered = sorted(set(keys), key=str)
    random.Random(SEED).shuffle(ordered)
    cut = len(ordered) // 2
    return frozenset(ordered[:cut]), frozenset(ordered[cut:])


def in_half(keys: Sequence[K], half: Half) -> list[bool]:
    """For each key, whether it belongs to `half` (`all` takes every key)."""
    if half == "all":
        return [True] * len(keys)
    tune, check = split_keys(keys)
    chosen = tune if half == "tune" else check
    return [key in chosen for key in keys]
