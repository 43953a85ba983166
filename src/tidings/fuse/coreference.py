"""Event coreference across documents: mentions of one happening merge into one happening.

Two mentions corefer when they share the happening's particulars (IDF-weighted overlap of the words
of their clauses, the main signal), its participants (countries or actors on either side) and a
compatible type (same PLOVER type or CAMEO root for two coded events), and their dates can name the
same days (see `tidings.fuse.dates.compatible`; an undated mention needs a stricter score). Pairs are
merged best first; a merge that would leave a happening with dates that exclude each other, or two
coded events of different types from one sentence ("met ... and signed ..."), is refused. The
happening's date is its most precise compatible mention date (see `dates.best_claim`), so a
background retelling dated "in 1992" stays in 1992 whatever day the article appeared.

Within one article, a happening is often told over neighbouring sentences that share few words ("I first
met President Xi in 2017. After the performance, he came to me ..."): two nearby mentions of the same
article with the same date of their own, an act of the same type and no participant against each other
are one happening too (`continues`). Two mentions of one sentence dated by two different time
expressions ("We declared independence on December 16th, and by January 3 the minister arrived") are
two happenings, whatever their words.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from scipy.sparse import csr_matrix

from tidings.fuse.dates import DatedClaim, best_claim
from tidings.fuse.mentions import SPEECH_ROOT, Mention, event_word_roots
from tidings.fuse.text import fusion_settings, idf_table
from tidings.ids import stable_id

MAX_POSTING = 200  # a word in more mentions than this is too common to propose pairs
PAIR_BLOCK = 2048  # mentions whose pairs are bounded at once (`promising_pairs`)
BOUND_SLACK = 1e-9  # the bound is computed in another summation order than the score: never cut a pair at the bar
INCOMPATIBLE_MODES = {"negated", "hypothetical"}
DAY_CHARS = len("2019-11-19")  # a date value naming one day


@dataclass
class Happening:
    """One happening with every mention that reports it."""

    id: str
    mentions: list[Mention] = field(default_factory=list)
    claim: DatedClaim | None = None
    title: str | None = None  # the headline of its first report, for a story's news peg (`tidings.fuse.pegs`)

    @property
    def kind(self) -> str:
        kinds = {m.kind for m in self.mentions}
        return "event" if "event" in kinds else "statement" if "statement" in kinds else "fact"

    @property
    def documents(self) -> list[str]:
        return sorted({m.doc_id for m in self.mentions})


@dataclass(frozen=True, slots=True)
class Scorer:
    """Pair scores over one set of mentions (the IDF table is computed from that set)."""

    idf: dict[str, float]
    default_idf: float
    norms: dict[frozenset[str], float] = field(default_factory=dict)  # IDF weight of each term set, once

    @classmethod
    def over(cls, mentions: Sequence[Mention]) -> Scorer:
        idf = idf_table([m.terms for m in mentions])
        return cls(idf, max(idf.values(), default=1.0))

    def score(self, a: Mention, b: Mention) -> float:
        """0..1: the wording overlap, scaled down when participants or types agree only in part
        (0.6 + 0.25 participants + 0.15 type); 0 when participants or types exclude each other."""
        if (a.mode in INCOMPATIBLE_MODES) != (b.mode in INCOMPATIBLE_MODES):
            return 0.0
        participants = _participant_agreement(a, b)
        kind = _type_agreement(a, b)
        if participants == 0.0 or kind == 0.0:
            return 0.0
        return self.wording(a.terms, b.terms) * (0.6 + 0.25 * participants + 0.15 * kind)

    def wording(self, a: frozenset[str], b: frozenset[str]) -> float:
        """`weighted_cosine` of two term sets, with each set's weight computed once per pass."""
        if not a or not b:
            return 0.0
        return self._weight(a & b) / math.sqrt(self._norm(a) * self._norm(b))

    def _weight(self, terms: frozenset[str]) -> float:
        idf, default = self.idf, self.default_idf
        return sum(idf.get(t, default) for t in terms)

    def _norm(self, terms: frozenset[str]) -> float:
        norm = self.norms.get(terms)
        if norm is None:
            norm = self.norms[terms] = self._weight(terms)
        return norm


def _participant_agreement(a: Mention, b: Mention) -> float:
    """Share of participants in common; two full casts (two sides each) with nobody in common exclude
    each other, a partial cast (one side unknown) only weakens the match. Full agreement when two
    outlets tell one actor's act of one day and only one of them names whom (`one_actor_one_act`)."""
    if one_actor_one_act(a, b):
        return 1.0
    if not a.participants or not b.participants:
        return 0.5
    shared = a.participants & b.participants
    if shared:
        return len(shared) / len(a.participants | b.participants)
    return 0.0 if len(a.participants) > 1 and len(b.participants) > 1 else 0.2


def one_actor_one_act(a: Mention, b: Mention) -> bool:
    """Two reports in different documents of the same actor (one actor-base id, not just one country)
    doing the same act (one CAMEO base code) on the same day, each dated by its own words, where at most
    one names the party acted upon: "hostages, an American and an Australian, held by the Taliban were
    released Tuesday" (Taliban -> USA) and "a day after the Taliban swapped two Western hostages for
    three of its commanders" (Taliban -> its commanders, AFG). What one outlet leaves unnamed or only
    describes does not disagree with what the other names; two named parties that differ still do
    ("Israel struck Lebanon" and "Israel struck Syria" the same day stay two happenings)."""
    if a.kind != "event" or b.kind != "event" or a.doc_id == b.doc_id or a.source_id is None:
        return False
    if a.source_id != b.source_id or (a.cameo or "")[:3] != (b.cameo or "")[:3] or a.mode != b.mode:
        return False
    return not (a.target_named and b.target_named) and _own_same_day(a, b)


def _own_same_day(a: Mention, b: Mention) -> bool:
    """Both dated by a time expression of their own to the same day."""
    own = ("explicit", "relative")
    values = [m.claim.value.value if m.claim.value is not None and m.claim.evidence in own else None for m in (a, b)]
    return values[0] is not None and len(values[0]) == DAY_CHARS and values[0] == values[1]


def _type_agreement(a: Mention, b: Mention) -> float:
    if a.kind != "event" or b.kind != "event" or not a.cameo or not b.cameo:
        return 0.5
    if (a.plover and a.plover == b.plover) or a.cameo[:3] == b.cameo[:3]:
        return 1.0
    if a.cameo[:2] == b.cameo[:2]:
        return 0.7
    if SPEECH_ROOT in (a.cameo[:2], b.cameo[:2]):  # "officials said" is the report, not the happening reported
        return 0.0
    return 0.3 if a.quad_class == b.quad_class else 0.0


def candidate_pairs(mentions: Sequence[Mention], idf: dict[str, float]) -> set[tuple[int, int]]:
    """Index pairs that share at least one word rare enough to propose them (an inverted index,
    so the work grows with the number of plausible pairs, not with the square of all mentions)."""
    postings = _postings(mentions)
    pairs: set[tuple[int, int]] = set()
    for items in postings.values():
        if len(items) > MAX_POSTING:
            continue
        for x, i in enumerate(items):
            for j in items[x + 1:]:
                pairs.add((i, j))
    return pairs


def _postings(mentions: Sequence[Mention]) -> dict[str, list[int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        for term in m.terms:
            postings[term].append(i)
    return postings


def promising_pairs(mentions: Sequence[Mention], scorer: Scorer, minimum: float) -> list[tuple[int, int]]:
    """The `candidate_pairs` whose wording can reach `minimum`, found with sparse matrix products instead of
    one Python call per pair. A pair's score is at most its wording (the agreement factor is at most 1),
    and its wording at most (the weight of the rare words both share + the smaller of the two weights of
    common words) / sqrt(both weights): pairs under that bound cannot score `minimum` and are not proposed,
    so the result is the one scoring every candidate would give, at a cost that grows with the pairs that
    can merge. Rows are taken `PAIR_BLOCK` at a time, so no structure grows with the square of the mentions."""
    postings = _postings(mentions)
    rare = sorted(t for t, items in postings.items() if 1 < len(items) <= MAX_POSTING)
    n = len(mentions)
    if not rare or n < 2:
        return []
    rows = np.fromiter((i for t in rare for i in postings[t]), dtype=np.int64)
    cols = np.fromiter((c for c, t in enumerate(rare) for _ in postings[t]), dtype=np.int64)
    weights = np.array([scorer.idf.get(t, scorer.default_idf) for t in rare])
    indicator = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(rare)))
    weighted = csr_matrix((weights[cols], (rows, cols)), shape=(n, len(rare)))
    norms = np.array([scorer._norm(m.terms) if m.terms else 0.0 for m in mentions])
    common = np.maximum(norms - np.asarray(weighted.sum(axis=1)).ravel(), 0.0)
    transposed = indicator.T.tocsc()
    out: list[tuple[int, int]] = []
    for start in range(0, n, PAIR_BLOCK):
        block = (weighted[start:start + PAIR_BLOCK] @ transposed).tocoo()
        i, j = block.row + start, block.col
        upper = j > i
        i, j, shared = i[upper], j[upper], block.data[upper]
        bound = (shared + np.minimum(common[i], common[j])) / np.sqrt(norms[i] * norms[j])
        keep = bound >= minimum - BOUND_SLACK
        out.extend(zip(i[keep].tolist(), j[keep].tolist(), strict=True))
    return out


def scored_pairs(mentions: Sequence[Mention], scorer: Scorer, minimum: float,
                 keep: Callable[[Mention, Mention], bool] = lambda a, b: True,
                 extra: Sequence[tuple[float, int, int]] = ()) -> list[tuple[float, int, int]]:
    """(score, i, j) for every candidate pair at or above `minimum`, best first, ties by position; `extra`
    pairs (i < j) with a score of their own join the candidates, keeping the higher of the two scores."""
    found: dict[tuple[int, int], float] = {}
    for i, j in promising_pairs(mentions, scorer, minimum):
        a, b = mentions[i], mentions[j]
        if not keep(a, b):
            continue
        s = scorer.score(a, b)
        if s >= minimum:
            found[(i, j)] = round(s, 6)
    for s, i, j in extra:
        if s >= minimum and keep(mentions[i], mentions[j]):
            found[(i, j)] = max(found.get((i, j), 0.0), round(s, 6))
    return sorted(((s, i, j) for (i, j), s in found.items()), key=lambda t: (-t[0], t[1], t[2]))


def continues(a: Mention, b: Mention, window: int) -> bool:
    """Whether `b` goes on telling the happening `a` tells, in the same article: at most `window` sentences
    apart, the same date of their own (a date the text gives, not the report's day), the same kind of act
    (two coded events of one PLOVER type or CAMEO base code, a coded event and a dated statement with a
    word the coder's patterns give the event's CAMEO root, or two stated figures of common parties, a
    total and its breakdown), the same modality, and the same participants when both name some ("Xi and
    Tokayev unveiled a university branch" and "Xi said China will open a second workshop" are two acts).
    Public statements ("..., he said") tell words, not the act, and never continue."""
    if a.doc_id != b.doc_id or a.sentence == b.sentence or min(a.sentence_index, b.sentence_index) < 0:
        return False
    if abs(a.sentence_index - b.sentence_index) > window:
        return False
    if (a.mode in INCOMPATIBLE_MODES) != (b.mode in INCOMPATIBLE_MODES):
        return False
    if not _own_same_date(a, b) or not _same_act(a, b):
        return False
    return not (a.participants and b.participants) or a.participants == b.participants


def _own_same_date(a: Mention, b: Mention) -> bool:
    """Both dated by a time expression (an event that took its date from another event of its sentence
    has none of its own) to the same value."""
    own = ("explicit", "relative", "narrative")
    if any(m.kind == "event" and m.timex_span is None for m in (a, b)):
        return False
    return (a.claim.value is not None and b.claim.value is not None and a.claim.evidence in own
            and b.claim.evidence in own and a.claim.value.value == b.claim.value.value)


def _same_act(a: Mention, b: Mention) -> bool:
    if any(m.kind == "event" and (m.cameo or "").startswith(SPEECH_ROOT) for m in (a, b)):
        return False
    if a.kind == b.kind == "event":
        return _type_agreement(a, b) == 1.0
    if a.kind == b.kind == "fact":  # a total and its breakdown over the same period, between the same parties
        return bool(a.participants & b.participants)
    event, statement = sorted((a, b), key=lambda m: m.kind)  # "event" before "statement"
    if event.kind != "event" or statement.kind != "statement" or not event.cameo:
        return False
    roots = event_word_roots()
    return any(event.cameo[:2] in roots.get(term, ()) for term in statement.terms)


def continuation_pairs(mentions: Sequence[Mention], score: float, window: int) -> list[tuple[float, int, int]]:
    """(score, i, j) for the pairs of `mentions` where one continues the other (see `continues`)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.sentence_index >= 0:
            by_doc[m.doc_id].append(i)
    out = []
    for items in by_doc.values():
        for x, i in enumerate(items):
            for j in items[x + 1:]:
                if continues(mentions[i], mentions[j], window):
                    out.append((score, min(i, j), max(i, j)))
    return out


def merge_mentions(mentions: Sequence[Mention], order: Callable[[Mention], tuple[object, ...]]) -> list[Happening]:
    """Group mentions into happenings (see the module docstring). `order` sorts mentions so that the
    earliest report founds the happening and gives it its id: the result is independent of input order."""
    conf = fusion_settings()["coreference"]
    ordered = sorted(mentions, key=order)
    scorer = Scorer.over(ordered)
    groups = {i: [i] for i in range(len(ordered))}
    states = {i: _GroupState.of(m) for i, m in enumerate(ordered)}
    owner = list(range(len(ordered)))
    nearby = continuation_pairs(ordered, conf["continuation_score"], int(conf["continuation_window"]))
    for score, i, j in scored_pairs(ordered, scorer, min(conf["min_score"], conf["undated_min_score"]), extra=nearby):
        gi, gj = owner[i], owner[j]
        if gi == gj:
            continue
        merged = states[gi].merge(states[gj], score, conf)
        if merged is None:
            continue
        keep, drop = min(gi, gj), max(gi, gj)
        groups[keep] = sorted(groups[keep] + groups.pop(drop))
        states[keep] = merged
        del states[drop]
        for k in groups[keep]:
            owner[k] = keep
    happenings = [_happening([ordered[k] for k in members]) for _, members in sorted(groups.items())]
    seen: dict[str, int] = {}
    for h in happenings:  # two happenings founded by identical words (rare): keep ids unique
        n = seen.get(h.id, 0)
        seen[h.id] = n + 1
        if n:
            h.id = stable_id("h", h.id, n)
    return happenings


Interval = tuple[date, date]


@dataclass(frozen=True, slots=True)
class _GroupState:
    """What decides whether two groups of mentions may merge, kept per group so that a merge test costs
    the size of the sentence table, not of the groups: whether any member is dated, the days every dated
    member allows (None when no member is dated), the event types coded in each sentence, the casts
    of its events between two named people, and the time expressions that date its members in each
    sentence."""

    dated: bool
    days: Interval | None
    codes: dict[tuple[str, tuple[int, int]], frozenset[str]]
    casts: frozenset[frozenset[str]] = frozenset()
    timexes: dict[tuple[str, tuple[int, int]], tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, m: Mention) -> _GroupState:
        key = (m.doc_id, m.sentence)
        codes = {key: frozenset({m.plover or (m.cameo or "")[:3]})} if m.kind == "event" else {}
        timexes = {key: m.timex_span} if m.timex_span else {}
        return cls(m.dated, m.claim.interval(), codes, frozenset({m.cast}) if m.cast else frozenset(), timexes)

    def merge(self, other: _GroupState, score: float, conf: dict[str, float]) -> _GroupState | None:
        """The merged group's state, or None when the merge is refused: the score is below the bar (the
        stricter one if a side is undated), the dates exclude each other, a sentence would hold two
        coded events of different types, or two events between named people would have different casts
        ("Ding Xuexiang met Nurtleu" and "Wang Yi and Nurtleu co-chaired the dialogue", the same day:
        two meetings; "Xi met Tokayev" and "Tokayev hosted Xi": one), or one sentence would have members
        dated by two different time expressions."""
        undated = not self.dated or not other.dated
        if score < (conf["undated_min_score"] if undated else conf["min_score"]):
            return None
        days = self.days if other.days is None else other.days if self.days is None else \
            (max(self.days[0], other.days[0]), min(self.days[1], other.days[1]))
        if days is not None and days[0] > days[1]:
            return None
        small, large = sorted((self.codes, other.codes), key=len)
        codes = dict(large)
        for key, found in small.items():
            joined = codes.get(key, frozenset()) | found
            if len(joined) > 1:
                return None
            codes[key] = joined
        if any(a != b for a in self.casts for b in other.casts):
            return None
        timexes = dict(self.timexes)
        for key, found_span in other.timexes.items():
            if timexes.setdefault(key, found_span) != found_span:
                return None
        return _GroupState(self.dated or other.dated, days, codes, self.casts | other.casts, timexes)


def _happening(members: list[Mention]) -> Happening:
    """The id comes from the words of the first report, not from its document, so a copy of that report
    ingested later under another name leaves the id unchanged."""
    founder = members[0]
    value = founder.claim.value.value if founder.claim.value else ""
    words = " ".join(founder.text.split())
    return Happening(id=stable_id("h", founder.kind, founder.cameo or "", value, words), mentions=members,
                     claim=best_claim([m.claim for m in members]))

