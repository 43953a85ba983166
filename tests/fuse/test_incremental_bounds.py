"""The region of an incremental pass is bounded, and a bounded region leaves a consistent store.

Corpus: the five seed articles (examples/china-kazakhstan), which report overlapping happenings, fed one by
one. With the bounds set tiny, the closure stops early: the stored happenings reaching outside the region are
kept as they are, and every row must still hold together (no mention without its happening, no happening
without mentions, every document fused once).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.config import Settings
from tidings.fuse import fuse_store, incremental
from tidings.fuse.mentions import mentions_of
from tidings.pipeline import ingest
from tidings.store import Store
from tidings.store.fusion_tables import documents_sharing, load_analysis


def consistent(store: Store) -> None:
    orphans = store.query("SELECT COUNT(*) FROM happening_mentions m WHERE NOT EXISTS "
                          "(SELECT 1 FROM happenings h WHERE h.id = m.happening_id)")[0][0]
    empty = store.query("SELECT COUNT(*) FROM happenings h WHERE NOT EXISTS "
                        "(SELECT 1 FROM happening_mentions m WHERE m.happening_id = h.id)")[0][0]
    doubled = store.query("SELECT COUNT(*) FROM (SELECT item_id FROM happening_mentions GROUP BY item_id "
                          "HAVING COUNT(*) > 1)")[0][0]
    fused = store.query("SELECT COUNT(*) FROM fusion_documents")[0][0]
    ids = [r["id"] for r in store.query("SELECT id FROM documents")]
    held = store.query("SELECT COUNT(*) FROM happening_mentions")[0][0]
    mentions = sum(len(mentions_of(load_analysis(store, doc_id))) for doc_id in ids)
    assert (orphans, empty, doubled, fused, held) == (0, 0, 0, len(ids), mentions)  # every mention in one happening


@pytest.mark.slow
def test_a_cut_closure_keeps_the_store_consistent(examples_dir: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    source = Store(tmp_path / "source.db")
    files = sorted(str(p) for p in examples_dir.glob("*.txt"))
    ingest(files, source, Settings(db=str(tmp_path / "source.db")), fuse=False)
    ids = sorted(r["id"] for r in source.query("SELECT id FROM documents"))
    monkeypatch.setattr(incremental, "CLOSURE_DOCS", 1)
    monkeypatch.setattr(incremental, "MAX_CANDIDATES", 1)
    store = Store(tmp_path / "grown.db")
    regions = []
    for doc_id in ids:
        store.save(load_analysis(source, doc_id))
        report = fuse_store(store, Settings(db=store.path))
        regions.append((report.region, report.documents))
        consistent(store)
    assert regions[0] == (1, 1)
    assert all(region <= documents for region, documents in regions)
    assert len({r["doc_id"] for r in store.query("SELECT doc_id FROM happening_mentions")}) == len(ids)
    store.close()
    source.close()


def test_rarer_shared_keys_weigh_more(tmp_path: Path) -> None:
    store = Store(tmp_path / "keys.db")
    rows = [("term", "tariff", "2025-03", f"common{i}") for i in range(10)]
    rows += [("term", "tariff", "2025-03", "rare"), ("term", "soybean", "2025-03", "rare")]
    with store.transaction() as conn:
        conn.executemany("INSERT INTO fusion_keys (kind, key, month, doc_id) VALUES (?, ?, ?, ?)", rows)
    shared = documents_sharing(store, [("term", "tariff", "2025-03"), ("term", "soybean", "2025-03")],
                               ["2025-03"], cap=200)
    assert shared["rare"] == (2, pytest.approx(1 / 11 + 1))
    assert shared["common3"] == (1, pytest.approx(1 / 11))
    assert documents_sharing(store, [("term", "tariff", "2025-03")], ["2025-03"], cap=5) == {}  # too common
    store.close()


def test_stories_reaching_outside_keep_their_id() -> None:
    recomputed = {"a": "s-a", "b": "s-a", "n": "s-a", "c": "s-c", "m": "s-m"}
    pinned = {"a": "s-old", "b": "s-old", "c": "s-other"}  # stored stories that also hold documents outside
    assert incremental.pin_stories(recomputed, pinned) == {"a": "s-old", "b": "s-old", "n": "s-old",
                                                           "c": "s-other", "m": "s-m"}


def test_a_large_batch_keeps_its_strongest_candidates() -> None:
    ranked = [[("a", 2.0), ("b", 1.5), ("c", 0.3)], [("d", 0.5), ("e", 0.4)], [], [("a", 1.0), ("f", 0.9)]]
    # every document's strongest candidate first (a, d), then the others by weight: b, f, e, c
    assert incremental.within_budget(ranked, 4) == {"a", "d", "b", "f"}
    assert incremental.within_budget(ranked, 100) == {"a", "b", "c", "d", "e", "f"}  # a small batch keeps all
    assert incremental.within_budget(ranked, 1) == {"a", "d"}  # the strongest of each are never dropped
