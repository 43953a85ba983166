"""Incremental fusion: a new batch is fused against what it can match, found through keys kept in the store.

A full pass (`Fusion.run(full=True)`) reads every document. A daily batch only needs the documents a
new one could join, so each fused document leaves candidate keys in `fusion_keys`:

- "lsh": the bands of its MinHash signature (the banding datasketch's `MinHashLSH` uses at the
  near-duplicate threshold), so a near copy shares at least one band with its original;
- "term": its most weighted words (names weigh more, see `tidings.fuse.text`), by the month of its
  story date, so a report of the same story shares several of them within weeks;
- "cast" and "act": the participants of each dated mention (and the event's PLOVER type or CAMEO root),
  by the months its date covers, so another report of the happening shares one;
- "link" and "anchor": an event's cast and type by the year of the story date, for date reconciliation,
  which links reports of one happening whatever dates they carry (a repost dated by its page, up to a
  year later); "anchor" only for an event dated against its story date (what reconciliation may move),
  so a lookup pairs one with the other.

The new documents' keys find the candidates (a key held by too many documents in the window is too
common to propose anything; a new document proposes at most `MAX_CANDIDATES` stored ones, those whose
shared keys are rarest); the region to recompute is then the candidates with every document that shares
a stored story or happening with them, ring after ring until nothing more joins, a ring that would take
the region past `CLOSURE_DOCS` documents not taken (`affected_region`). When the closure was cut, the
stored happenings reaching outside the region are kept as they are, and the stored stories reaching
outside it keep their id (`pin_stories`). Fusion then runs the full
pass's own steps (duplicates, reconciliation, stories, happenings) over that region alone, and replaces
the region's rows: nothing outside it is read or written, and no structure is larger than the region,
whose size depends on the batch, not on the store. Exact copies are found through the content hash.

Happening ids never change once shown (`keep_shown_ids`): a recomputed happening takes the id of the
stored happening it shares most mentions with; a stored happening whose mentions went to another one
is logged as merged into it, and one whose mentions were parted as split, in `happening_log`, which
`resolve_happening` replays so an old link still finds its happening.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from datasketch import MinHashLSH

from tidings.fuse.coreference import Happening
from tidings.fuse.dates import MONTH_DAYS, day, span, width
from tidings.fuse.duplicates import signature
from tidings.fuse.mentions import Mention, mentions_of
from tidings.fuse.reconcile import ANCHORED
from tidings.fuse.text import fusion_settings, weighted_terms
from tidings.ids import stable_id
from tidings.records import AnalyzedDocument
from tidings.store import Store
from tidings.store.fusion_tables import (
    documents_sharing,
    load_analysis,
    neighbours,
    same_text,
    straddling_happenings,
    straddling_stories,
)

TERM_KEYS = 20  # a document's most weighted words kept as story keys
MIN_SHARED_TERMS = 2  # story candidates share at least this many of them
MAX_KEY_DOCS = 200  # a key held by more documents in its window proposes nothing (too common)
LINK_CAP = 50  # the same for the date-free reconciliation keys, which have no window to narrow them
MAX_CANDIDATES = 10  # a new document proposes at most this many stored ones: those sharing the rarest keys
BATCH_CANDIDATES = 500  # a batch keeps at most this many of its ranked candidates (`within_budget`)
MIN_RARITY = 0.25  # ... whose shared keys weigh at least this (a key weighs 1 / the documents holding it)
CLOSURE_DOCS = 200  # the closure over stored stories and happenings stops growing past this many documents
WIDE_DAYS = 93  # a mention dated more loosely than this is keyed at any date
DocKey = tuple[str, str, str, str]  # (kind, key, month, doc id)
Finder = Callable[[Store, list[str]], set[str]]  # (store, unfused ids) → stored documents they can join


def story_day(analyzed: AnalyzedDocument) -> date | None:
    """The story date's first day when it is known to within a month (a year says too little)."""
    value = analyzed.story_date.date
    if value is None or width(value) > MONTH_DAYS:
        return None
    return day(value.earliest or value.value)


def _month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _months(first: date, last: date) -> list[str]:
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def around(month: str) -> list[str]:
    """The month and its neighbours: the window a key is looked up in ("" only matches "")."""
    if not month:
        return [""]
    y, m = int(month[:4]), int(month[5:7])
    before = f"{y - 1:04d}-12" if m == 1 else f"{y:04d}-{m - 1:02d}"
    after = f"{y + 1:04d}-01" if m == 12 else f"{y:04d}-{m + 1:02d}"
    return [before, month, after]


def term_window(month: str) -> list[str] | None:
    """Story words: a story dated to the month meets reports within a month and undated ones; an undated
    one meets reports of any date (story clustering only lowers the similarity of two dated reports far apart)."""
    return [*around(month), ""] if month else None


def around_year(year: str) -> list[str]:
    """The year and its neighbours ("" only matches "")."""
    return [str(int(year) + k) for k in (-1, 0, 1)] if year else [""]


LOOK_UP = {"anchor": "link", "link": "anchor"}  # an anchored event looks for any report; any event for anchored ones


@lru_cache(maxsize=8)
def band_ranges(threshold: float, num_perm: int) -> tuple[tuple[int, int], ...]:
    """The bands `MinHashLSH` cuts a signature into at `threshold` (found by numerical integration, so
    computed once, not once per document)."""
    return tuple((int(a), int(b)) for a, b in MinHashLSH(threshold=threshold, num_perm=num_perm).hashranges)


def lsh_bands(text: str) -> list[str]:
    """The document's MinHash bands as `MinHashLSH` at the near-duplicate threshold cuts them."""
    conf = fusion_settings()["duplicates"]
    values = signature(text, conf["shingle_words"], conf["num_perm"]).hashvalues
    return [f"{i}:{stable_id('b', values[start:end].tobytes().hex())}"
            for i, (start, end) in enumerate(band_ranges(conf["near_threshold"], conf["num_perm"]))]


def story_terms(analyzed: AnalyzedDocument) -> list[str]:
    conf = fusion_settings()["stories"]
    doc = analyzed.document
    bag = weighted_terms(f"{doc.title or ''}\n\n{doc.text}", conf["name_weight"], conf["number_weight"])
    return [t for t, _ in sorted(bag.items(), key=lambda kv: (-kv[1], kv[0]))[:TERM_KEYS]]


def mention_keys(m: Mention) -> list[tuple[str, str, str]]:
    """(kind, key, month) of one mention: its cast, and its cast with its type, in each month its date covers
    (a mention dated more loosely than `WIDE_DAYS` gets none: it would match everything)."""
    if not m.participants:
        return []
    cast = "|".join(sorted(m.participants))
    act = f"{cast}|{m.plover or (m.cameo or '')[:2]}"
    days = span(m.claim.value)
    months = [] if days is None or (days[1] - days[0]).days > WIDE_DAYS else _months(days[0], days[1])
    kinds = [("cast", cast)] + ([("act", act)] if m.kind == "event" else [])
    keys = [(kind, key, month) for kind, key in kinds for month in months]
    return keys


def link_keys(m: Mention, year: str) -> list[tuple[str, str, str]]:
    """An event's cast and type in the year of its document's story date ("link"), and again as "anchor" when
    its date was resolved against that story date (what reconciliation may move): reconciliation links
    reports of one happening whatever dates they carry, such as a repost dated by its page."""
    if m.kind != "event" or not m.participants:
        return []
    act = f"{'|'.join(sorted(m.participants))}|{m.plover or (m.cameo or '')[:2]}"
    return [("link", act, year)] + ([("anchor", act, year)] if m.claim.evidence in ANCHORED else [])


def document_keys(analyzed: AnalyzedDocument, mentions: Sequence[Mention], day: date | None) -> list[DocKey]:
    """Every candidate key of one fused document (see the module docstring)."""
    doc_id = analyzed.document.id
    month = _month(day) if day else ""
    keys = {("lsh", band, "") for band in lsh_bands(analyzed.document.text)}
    keys |= {("term", term, month) for term in story_terms(analyzed)}
    keys |= {k for m in mentions for k in mention_keys(m)}
    keys |= {k for m in mentions for k in link_keys(m, story_year(analyzed))}
    return sorted((kind, key, mon, doc_id) for kind, key, mon in keys)


def ranked_candidates(store: Store, keys: Iterable[DocKey]) -> tuple[set[str], list[tuple[str, float]]]:
    """Stored documents a new document could join: a shared LSH band (a near copy), `MIN_SHARED_TERMS` story
    words within a month of its story date, a mention's cast within a month of its date, or, for date
    reconciliation, an event of the same cast and type within a year when one of the two was dated against
    its story date (an "anchor" key meets the other document's "link" key). At most `MAX_CANDIDATES` of them:
    those whose shared keys are rarest (each key weighs 1 / the documents holding it in its window; together
    at least `MIN_RARITY`: one key of four documents, two of eight), so a document proposes the reports of
    its own story, not every document that names the same country in the same month. Both bounds hold
    whatever the store's size: how many documents hold a key in its window depends on how much news a month
    brings, not on how many months the store holds. Returns the near copies, and the others ranked with
    their weights (`candidates_of` keeps a batch's strongest ones)."""
    by_kind: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for kind, key, month, _ in keys:
        looked_up = LOOK_UP.get(kind, kind)
        by_kind[(looked_up, month)].append((looked_up, key, month))
    weight: dict[str, float] = defaultdict(float)
    near: set[str] = set()
    for (kind, month), group in by_kind.items():
        window = term_window(month) if kind == "term" else [""] if kind == "lsh" else \
            around_year(month) if kind in ("link", "anchor") else around(month)
        shared = documents_sharing(store, group, window, LINK_CAP if kind in ("link", "anchor") else MAX_KEY_DOCS)
        need = MIN_SHARED_TERMS if kind == "term" else 1
        for doc_id, (count, rarity) in shared.items():
            if count >= need:
                weight[doc_id] += rarity
                if kind == "lsh":
                    near.add(doc_id)
    ranked = sorted((d for d in weight if weight[d] >= MIN_RARITY), key=lambda d: (-weight[d], d))
    return near, [(d, weight[d]) for d in ranked[:MAX_CANDIDATES]]


def candidates(store: Store, keys: Iterable[DocKey]) -> set[str]:
    """`ranked_candidates` as one set: the near copies and the ranked candidates."""
    near, ranked = ranked_candidates(store, keys)
    return near | {d for d, _ in ranked}


def story_year(analyzed: AnalyzedDocument) -> str:
    """The year of the story date when it lies within one calendar year ("" otherwise)."""
    value = analyzed.story_date.date
    first, last = (value.earliest or value.value, value.latest or value.value) if value else ("", "")
    return first[:4] if first and last and first[:4] == last[:4] and first[:4].isdigit() else ""


def candidates_of(store: Store, doc_ids: Sequence[str], keys: dict[str, list[DocKey]] | None = None) -> set[str]:
    """The stored documents that unfused documents can join: exact copies (content hash), near copies, and
    the ranked `candidates` of their keys, at most `BATCH_CANDIDATES` in all (`within_budget`). A pure read
    of the store, so it can run anywhere the store file is readable (a Dask worker:
    `tidings.engines.dask.dask_finder`). `keys`, when given, receives each document's keys, so the pass that
    writes them need not compute them again."""
    found, new = same_text(store, doc_ids), set(doc_ids)
    ranked: list[list[tuple[str, float]]] = []
    for doc_id in doc_ids:
        analyzed = load_analysis(store, doc_id)
        own = document_keys(analyzed, mentions_of(analyzed), story_day(analyzed))
        if keys is not None:
            keys[doc_id] = own
        near, best = ranked_candidates(store, own)
        found |= near
        ranked.append([(d, w) for d, w in best if d not in new])
    return (found | within_budget(ranked, BATCH_CANDIDATES)) - new


def within_budget(ranked: Sequence[Sequence[tuple[str, float]]], budget: int) -> set[str]:
    """A batch's ranked candidates (one list per new document, strongest first), at most `budget` of them:
    every document's strongest candidate first, then the others by weight (ties: by id). A daily batch of
    20 documents proposes at most 200 (`MAX_CANDIDATES` each) and keeps them all; a batch of 500 keeps
    the stored reports its documents are closest to, so the region it recomputes stays about twice the batch
    instead of reaching every document a key of the batch's weeks leads to."""
    chosen = {best[0][0] for best in ranked if best}
    rest = sorted({(-w, d) for best in ranked for d, w in best[1:] if d not in chosen})
    for _, doc_id in rest:
        if len(chosen) >= budget:
            break
        chosen.add(doc_id)
    return chosen


def time_windows(store: Store, doc_ids: Sequence[str]) -> list[list[str]]:
    """Unfused documents grouped by the month of their story date (undated ones together): the partitions
    a distributed candidate search maps over."""
    groups: dict[str, list[str]] = defaultdict(list)
    for doc_id in doc_ids:
        row = store.document(doc_id)
        groups[(row["story_date_earliest"] or "")[:7] if row is not None else ""].append(doc_id)
    return [groups[k] for k in sorted(groups)]


@dataclass
class Region:
    """The documents a pass recomputes, and what reaches outside them when the closure was cut: the stored
    happenings kept as they are, and the stored stories (doc id → story id) whose id the region keeps."""

    documents: set[str]
    kept_happenings: set[str] = field(default_factory=set)
    pinned_stories: dict[str, str] = field(default_factory=dict)


def affected_region(store: Store, new_ids: Iterable[str], found: set[str]) -> Region:
    """The new documents, their candidates, and every document sharing a stored story or happening with one
    of those, ring after ring until nothing more joins; a ring that would take the region past `CLOSURE_DOCS`
    documents is not taken. Then the stored happenings reaching outside the region are kept as they are, and
    the stored stories reaching outside it keep their id (`pin_stories`): the region never grows with the store."""
    region = set(new_ids) | found
    frontier = set(found)
    while frontier:
        joined = neighbours(store, frontier) - region
        if len(region) + len(joined) > CLOSURE_DOCS:
            return Region(region, straddling_happenings(store, region), straddling_stories(store, region))
        region |= joined
        frontier = joined
    return Region(region)


def pin_stories(stories: dict[str, str], pinned: dict[str, str]) -> dict[str, str]:
    """Recomputed stories (doc id → story id) with the stored ids of stories reaching outside the region: each
    stored story gives its id to the recomputed story holding most of its documents in the region (ties: the
    smaller id), so its documents outside the region and those inside stay one story."""
    overlap: dict[tuple[str, str], int] = defaultdict(int)
    for doc_id, old in pinned.items():
        overlap[(old, stories[doc_id])] += 1
    renamed: dict[str, str] = {}
    for (old, new), _ in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
        if new not in renamed and old not in renamed.values():
            renamed[new] = old
    return {doc_id: renamed.get(story, story) for doc_id, story in stories.items()}


def keep_shown_ids(happenings: Sequence[Happening], before: dict[str, str],
                   taken: set[str]) -> list[tuple[str, str, str]]:
    """Give each recomputed happening the id already shown for most of its mentions (`before`: item id →
    stored happening id), and return the log of what changed: ("merge", old, new) when a stored happening's
    mentions now belong to another one, ("split", old, new) when a part of them left for `new`.
    `taken`: ids in use outside the region or retired by the log, never handed out again."""
    overlap: dict[tuple[int, str], int] = defaultdict(int)
    for index, h in enumerate(happenings):
        for m in h.mentions:
            if m.item_id in before:
                overlap[(index, before[m.item_id])] += 1
    owner: dict[int, str] = {}
    given: set[str] = set()
    for (index, old), _ in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0][1], kv[0][0])):
        if index not in owner and old not in given:
            owner[index], happenings[index].id = old, old
            given.add(old)
    used = set(given) | taken
    for index, h in enumerate(happenings):
        if index not in owner:
            h.id = _free(h.id, used)
        used.add(h.id)
    return _changes(happenings, overlap, given)


def _free(candidate: str, used: set[str]) -> str:
    n, out = 0, candidate
    while out in used:
        n += 1
        out = stable_id("h", candidate, n)
    return out


def _changes(happenings: Sequence[Happening], overlap: dict[tuple[int, str], int],
             given: set[str]) -> list[tuple[str, str, str]]:
    """A stored id that no happening kept is merged into the one holding most of its mentions; every other
    happening holding some of a stored happening's mentions was split from it."""
    parts: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (index, old), count in overlap.items():
        if happenings[index].id != old:
            parts[old].append((-count, happenings[index].id))
    log = []
    for old in sorted(parts):
        ranked = sorted(parts[old])
        if old not in given:
            log.append(("merge", old, ranked[0][1]))
            ranked = ranked[1:]
        log += [("split", old, new) for _, new in ranked]
    return log
