"""Bring a Parquet dataset (from `tidings ingest --engine dask` or `tidings export --format parquet`)
into a store, then run the cross-document fusion over the whole store.

Documents go through `Store.save`, the same call a local ingest makes, so a merged store is the store
a local ingest of the same inputs would have written; documents already stored are skipped, so merging
twice (or merging after an interrupted merge) changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from tidings.config import Settings
from tidings.engines.intake import IngestSummary, Progress, needs_fusion, record_failure
from tidings.errors import TidingsError
from tidings.fuse import fuse_store
from tidings.records import Failure
from tidings.store import Store
from tidings.store.parquet import dataset_parts, part_documents, part_failures


def check_dataset(dataset: Path) -> None:
    """T105 unless the folder is a tidings dataset (it has a manifest and a documents table)."""
    manifest = dataset / "_tidings.json"
    if not manifest.is_file() or not (dataset / "documents").is_dir():
        raise TidingsError("T109", str(dataset), "not a tidings dataset (no _tidings.json and documents/ folder)")
    try:
        fmt = json.loads(manifest.read_text(encoding="utf-8")).get("format")
    except (OSError, json.JSONDecodeError) as exc:
        raise TidingsError("T109", str(manifest), f"unreadable manifest ({exc})") from None
    if fmt != "tidings-dataset":
        raise TidingsError("T109", str(manifest), f"format {fmt!r} is not 'tidings-dataset'")


def merge_dataset(dataset: Path, store: Store, settings: Settings, progress: Progress | None = None,
                  fuse: bool = True, parts: Sequence[str] | None = None) -> IngestSummary:
    """Store every document and failure of the dataset (or of the named parts), part by part, then
    fuse the store."""
    check_dataset(dataset)
    summary = IngestSummary()
    for name in dataset_parts(dataset) if parts is None else parts:
        for row in part_failures(dataset, name):
            record_failure(Failure(row["origin"], row["stage"], row["code"], row["message"]), store, summary)
        for analyzed in part_documents(dataset, name):
            summary.read += 1
            if store.save(analyzed):
                summary.new += 1
            else:
                summary.unchanged += 1
            if progress:
                progress(analyzed.document.origin, summary)
    if fuse and (summary.new or needs_fusion(store)):
        fuse_store(store, settings)
    return summary
