"""The pair bound of coreference (`promising_pairs`) drops only pairs that cannot reach the bar.

Mentions are drawn with Zipf-like word frequencies (a few words in most clauses, many rare ones) and varied
casts and types; the scored pairs found through the bound must equal those found by scoring every
candidate pair one by one, at each bar fusion uses.
"""

from __future__ import annotations

import random

import pytest

from tidings.fuse import coreference
from tidings.fuse.coreference import Scorer, candidate_pairs, promising_pairs, scored_pairs
from tidings.fuse.dates import DatedClaim
from tidings.fuse.mentions import Mention

COUNTRIES = ["CHN", "KAZ", "USA", "RUS", "FRA", "IGOUNO"]
CODES = [("042", "CONSULT"), ("057", "AGREE"), ("190", "ASSAULT"), ("010", None), ("036", "CONSULT")]


def mention(rng: random.Random, index: int, vocabulary: list[str]) -> Mention:
    size = rng.randint(0, 12)
    terms = frozenset(vocabulary[min(int(rng.paretovariate(0.7)) - 1, len(vocabulary) - 1)] for _ in range(size))
    kind = rng.choice(["event", "event", "statement", "fact"])
    cameo, plover = rng.choice(CODES) if kind == "event" else (None, None)
    cast = frozenset(rng.sample(COUNTRIES, rng.randint(0, 2)))
    return Mention(kind=kind, item_id=f"m{index}", doc_id=f"d{index // 7}", sentence=(index, index + 1),
                   text="", terms=terms, claim=DatedClaim(None, "none"), participants=cast,
                   mode=rng.choice(["factual"] * 5 + ["negated"]), cameo=cameo, plover=plover,
                   quad_class=rng.randint(1, 4))


def brute_force(mentions: list[Mention], scorer: Scorer, minimum: float) -> list[tuple[float, int, int]]:
    found = [(round(s, 6), i, j) for i, j in candidate_pairs(mentions, scorer.idf)
             if (s := scorer.score(mentions[i], mentions[j])) >= minimum]
    return sorted(found, key=lambda t: (-t[0], t[1], t[2]))


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("minimum", [0.28, 0.4])
def test_the_bound_keeps_every_pair_that_reaches_the_bar(seed: int, minimum: float,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    vocabulary = [f"w{k}" for k in range(400)]
    mentions = [mention(rng, i, vocabulary) for i in range(900)]
    monkeypatch.setattr(coreference, "PAIR_BLOCK", 128)  # several blocks
    monkeypatch.setattr(coreference, "MAX_POSTING", 150)  # some words too common to propose pairs
    scorer = Scorer.over(mentions)
    expected = brute_force(mentions, scorer, minimum)
    assert len(expected) > 50  # the bar is reached by enough pairs to test something
    assert scored_pairs(mentions, scorer, minimum) == expected
    proposed = promising_pairs(mentions, scorer, minimum)
    assert len(proposed) < len(candidate_pairs(mentions, scorer.idf))  # and it does prune


def test_no_pairs_without_shared_rare_words() -> None:
    rng = random.Random(1)
    mentions = [mention(rng, i, ["only"]) for i in range(3)]
    assert promising_pairs(mentions[:1], Scorer.over(mentions[:1]), 0.28) == []
