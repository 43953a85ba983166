"""The Dask engine on a LocalCluster gives the documents, events and timeline of the single-process path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from engines_helpers import EXAMPLES, rows, timeline_content

from tidings.config import Settings
from tidings.engines.dask import Part, plan_parts, run_dask
from tidings.engines.merge import merge_dataset
from tidings.store import Store

DOCUMENT_COLUMNS = ("id, origin, content_sha, text, title, published, source, author, dateline, language, url, "
                    "story_date, story_date_earliest, story_date_latest, story_date_basis, story_date_confidence, "
                    "story_date_note, removed_json")
ANALYSIS = {
    "events": "SELECT * FROM events ORDER BY id",
    "actor_mentions": "SELECT * FROM actor_mentions ORDER BY doc_id, start",
    "timexes": "SELECT * FROM timexes ORDER BY doc_id, start",
    "facts": "SELECT * FROM facts ORDER BY id",
    "sentences": "SELECT * FROM sentences ORDER BY doc_id, idx",
    "entities": "SELECT * FROM entities ORDER BY doc_id, start, label",
}


@pytest.mark.slow
def test_dask_local_cluster_matches_the_single_process_path(tmp_path: Path, plain_store: Store) -> None:
    dataset = tmp_path / "dataset"
    settings = Settings(db=str(tmp_path / "dask.db"))
    first = run_dask([str(EXAMPLES)], dataset, settings, workers=2)
    assert first.parts >= 2 and first.skipped_parts == 0  # the files really were spread over tasks
    assert first.counts["new"] == 5
    store = Store(tmp_path / "dask.db")
    merged = merge_dataset(dataset, store, settings, parts=first.names)
    assert (merged.new, merged.failed) == (5, 0)
    assert rows(store, f"SELECT {DOCUMENT_COLUMNS} FROM documents ORDER BY id") == rows(
        plain_store, f"SELECT {DOCUMENT_COLUMNS} FROM documents ORDER BY id")
    for table, sql in ANALYSIS.items():
        assert rows(store, sql) == rows(plain_store, sql), table
    assert rows(store, "SELECT COUNT(*) FROM events")[0][0] > 0
    assert timeline_content(store) == timeline_content(plain_store)
    again = run_dask([str(EXAMPLES)], dataset, settings, workers=2)  # a rerun redoes nothing
    assert again.skipped_parts == again.parts
    assert merge_dataset(dataset, store, settings).new == 0


def test_partitions_follow_file_order_and_size(tmp_path: Path) -> None:
    files = []
    for i, size in enumerate([100, 100, 100, 500, 50]):
        path = tmp_path / f"{i}.txt"
        path.write_text("x" * size)
        files.append(path)
    parts = plan_parts(files, workers=1, max_bytes=250)
    assert [[Path(f).name for f in p.files] for p in parts] == [["0.txt", "1.txt"], ["2.txt"], ["3.txt"], ["4.txt"]]
    assert plan_parts(files, workers=1, max_bytes=250) == parts  # same files, same partition names
    os.utime(files[4], ns=(0, 0))  # a changed file renames its partition only: a rerun redoes that one
    changed = plan_parts(files, workers=1, max_bytes=250)
    assert [p.name for p in changed[:3]] == [p.name for p in parts[:3]] and changed[3].name != parts[3].name
    spread = plan_parts(files, workers=2, max_bytes=10_000)  # small corpus: still several tasks per worker
    assert len(spread) >= 4 and all(isinstance(p, Part) for p in spread)


def test_missing_inputs_become_failures_in_the_dataset(tmp_path: Path) -> None:
    dataset = tmp_path / "dataset"
    settings = Settings(db=str(tmp_path / "x.db"))
    summary = run_dask([str(tmp_path / "nowhere.txt")], dataset, settings, workers=1)
    assert summary.parts == 0 and summary.counts["failed"] == 1
    store = Store(tmp_path / "x.db")
    merged = merge_dataset(dataset, store, settings)
    assert merged.failed == 1 and merged.failures[0].code == "T100"
    assert store.count("failures") == 1
