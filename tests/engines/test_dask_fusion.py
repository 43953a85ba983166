"""Fusion with --engine dask: the candidate search runs as Dask tasks on a LocalCluster (one per month of
story dates) and the store's fusion tables come out exactly as the local path writes them."""

from __future__ import annotations

from pathlib import Path

import pytest
from engines_helpers import rows

from tidings.config import Settings
from tidings.engines.dask import dask_finder
from tidings.fuse import fuse_store
from tidings.fuse.incremental import candidates_of, time_windows
from tidings.store import Store
from tidings.store.fusion_tables import load_analysis
from tidings.store.reads import pending_documents

FUSION_TABLES = {
    "fusion_documents": "SELECT * FROM fusion_documents ORDER BY doc_id",
    "happenings": "SELECT * FROM happenings ORDER BY id",
    "happening_mentions": "SELECT * FROM happening_mentions ORDER BY happening_id, item_id",
    "fusion_keys": "SELECT * FROM fusion_keys ORDER BY doc_id, kind, key, month",
    "documents": "SELECT id, story_date, story_date_basis, story_date_note FROM documents ORDER BY id",
}


def half_fused(source: Store, path: Path) -> Store:
    """The first two example documents fused, the other three stored and waiting for fusion."""
    store = Store(path)
    ids = sorted(r["id"] for r in source.query("SELECT id FROM documents"))
    for doc_id in ids[:2]:
        store.save(load_analysis(source, doc_id))
    fuse_store(store, Settings(db=str(path)))
    for doc_id in ids[2:]:
        store.save(load_analysis(source, doc_id))
    return store


@pytest.mark.slow
def test_dask_candidate_search_writes_the_tables_of_the_local_path(tmp_path: Path, plain_store: Store) -> None:
    local = half_fused(plain_store, tmp_path / "local.db")
    distributed = half_fused(plain_store, tmp_path / "dask.db")
    pending = pending_documents(distributed)
    assert len(pending) == 3 and len(time_windows(distributed, pending)) >= 2  # more than one task
    found = dask_finder(workers=2)(distributed, pending)
    assert found == candidates_of(local, pending) and found  # the same candidates, and some were found
    local_report = fuse_store(local, Settings(db=local.path))
    dask_report = fuse_store(distributed, Settings(db=distributed.path), finder=dask_finder(workers=2))
    assert dask_report.pass_kind == local_report.pass_kind == "incremental"
    for table, sql in FUSION_TABLES.items():
        assert rows(distributed, sql) == rows(local, sql), table
    local.close()
    distributed.close()
