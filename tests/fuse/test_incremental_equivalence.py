"""Incremental fusion gives the full pass's answer, whatever the batches and their order.

Corpus: the five seed articles (examples/china-kazakhstan) and the first 15 pages, by name, of the
Scrapinghub Article Extraction Benchmark (../shared/corpora/scrapinghub_aeb, MIT-licensed repository; the
pages belong to their publishers; several outlets report the same November 2019 stories there). The
analysis is run once per document and copied between stores, so the stores differ only in how fusion met
the documents: all at once (a full pass), or in batches (each batch an incremental pass).

The one allowed difference, stated exactly: happening ids. An id once shown is kept
(`tidings.fuse.incremental.keep_shown_ids`), so a store grown in batches keeps the ids its first entries
got, where a full pass over a new store names each happening after its earliest report. Everything else
(documents and their story dates, duplicates, stories, happenings with every column but the id, the
mentions each one holds, the timeline) must be equal.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from tidings.config import Settings
from tidings.fuse import fuse_store
from tidings.pipeline import ingest
from tidings.store import Store
from tidings.store.fusion_tables import load_analysis, resolve_happening
from tidings.store.reads import pending_documents
from tidings.views.timeline import build_timeline

AEB_PAGES = 15
HAPPENING_COLUMNS = ("kind", "date", "date_earliest", "date_latest", "date_note", "cameo", "plover", "quad_class",
                     "goldstein", "mode", "source_country", "target_country", "actors", "headline", "mentions",
                     "sources", "articles", "weight", "story_id", "layer", "stages", "main_item")


def corpus(examples_dir: Path, shared_dir: Path) -> list[str]:
    pages = sorted((shared_dir / "corpora" / "scrapinghub_aeb" / "html").glob("*.html.gz"))[:AEB_PAGES]
    return sorted(str(p) for p in examples_dir.glob("*.txt")) + [str(p) for p in pages]


@pytest.fixture(scope="module")
def analysed(examples_dir: Path, shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """Every document analysed once, never fused: the source the test stores copy from."""
    db = tmp_path_factory.mktemp("source") / "analysed.db"
    store = Store(db)
    summary = ingest(corpus(examples_dir, shared_dir), store, Settings(db=str(db)), fuse=False)
    assert summary.new == len(corpus(examples_dir, shared_dir)) and not summary.failed
    return store


def grown(source: Store, path: Path, batches: list[list[str]]) -> tuple[Store, list[str]]:
    """A store fed `batches` of document ids (copied from `source`), fused after each batch."""
    store = Store(path)
    settings = Settings(db=str(path))
    kinds = []
    for batch in batches:
        for doc_id in batch:
            store.save(load_analysis(source, doc_id))
        assert sorted(pending_documents(store)) == sorted(batch)
        report = fuse_store(store, settings)
        kinds.append(f"{report.pass_kind}:{report.region}/{report.documents}")
    return store, kinds


def state(store: Store) -> dict[str, object]:
    """Everything fusion decides, with happenings keyed by the mentions they hold instead of their id."""
    docs = [tuple(r) for r in store.query(
        "SELECT d.id, d.story_date, d.story_date_basis, d.story_date_note, f.story_id, f.duplicate_of, "
        "f.duplicate_kind, f.repost_of, f.linked_to, f.original_story_date FROM documents d "
        "JOIN fusion_documents f ON f.doc_id = d.id ORDER BY d.id")]
    events = [tuple(r) for r in store.query("SELECT id, doc_id, cameo, date, date_evidence FROM events ORDER BY id")]
    members: dict[str, list[str]] = {}
    for r in store.query("SELECT happening_id, item_id FROM happening_mentions ORDER BY item_id"):
        members.setdefault(r["happening_id"], []).append(r["item_id"])
    cols = ", ".join(HAPPENING_COLUMNS)
    happenings = sorted((tuple(members[r["id"]]), tuple(r[c] for c in HAPPENING_COLUMNS))
                        for r in store.query(f"SELECT id, {cols} FROM happenings"))
    timeline = [{k: v for k, v in e.as_json().items() if k != "id"} for e in build_timeline(store)]
    return {"documents": docs, "events": events, "happenings": happenings, "timeline": timeline}


@pytest.mark.slow
def test_batches_in_any_order_give_the_full_pass(analysed: Store, tmp_path: Path) -> None:
    ids = sorted(r["id"] for r in analysed.query("SELECT id FROM documents"))
    full, _ = grown(analysed, tmp_path / "full.db", [ids])
    expected = state(full)
    shuffled = list(ids)
    random.Random(16).shuffle(shuffled)
    orders = {"forward in 3": [ids[i:i + 7] for i in range(0, len(ids), 7)],
              "backward one by one then 5s": [[i] for i in ids[:-11:-1]] + [ids[5:10], ids[:5]],
              "shuffled in 4": [shuffled[i:i + 5] for i in range(0, len(shuffled), 5)]}
    regions = []
    for name, batches in orders.items():
        store, kinds = grown(analysed, tmp_path / f"{name}.db", batches)
        assert state(store) == expected, name
        regions += kinds[1:]
        store.close()
    # not a full pass in disguise: some batches were fused over a part of the store only
    assert any(int(k.split(":")[1].split("/")[0]) < int(k.split("/")[1]) for k in regions), regions


@pytest.mark.slow
def test_shown_ids_survive_a_full_pass_and_merges_are_logged(analysed: Store, tmp_path: Path) -> None:
    ids = sorted(r["id"] for r in analysed.query("SELECT id FROM documents"))
    store, _ = grown(analysed, tmp_path / "grown.db", [[i] for i in reversed(ids)])
    shown = {r["id"] for r in store.query("SELECT id FROM happenings")}
    logged = store.query("SELECT kind, old_id, new_id FROM happening_log")
    again = fuse_store(store, Settings(db=store.path), full=True)
    assert again.pass_kind == "full"
    assert {r["id"] for r in store.query("SELECT id FROM happenings")} == shown  # the full pass keeps every id
    assert store.query("SELECT COUNT(*) FROM happening_log")[0][0] == len(logged)
    for row in logged:  # every retired id still leads to a happening that exists
        if row["kind"] == "merge":
            assert resolve_happening(store, row["old_id"]) in shown
    store.close()


def test_a_merge_retires_the_absorbed_id(tmp_path: Path) -> None:
    from tidings.store.fusion_tables import retired_happenings

    store = Store(tmp_path / "log.db")
    with store.transaction() as conn:
        conn.executemany("INSERT INTO happening_log (kind, old_id, new_id, at) VALUES (?, ?, ?, 'now')",
                         [("merge", "h1", "h2"), ("merge", "h2", "h3"), ("split", "h3", "h4")])
    assert resolve_happening(store, "h1") == "h3"  # replayed: h1 went into h2, h2 into h3
    assert resolve_happening(store, "h4") == "h4"
    assert retired_happenings(store) == {"h1", "h2"}
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
        conn.execute("INSERT INTO happening_log (kind, old_id, new_id, at) VALUES (NULL, 'a', 'b', 'now')")
    store.close()
