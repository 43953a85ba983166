"""The orchestrator: inputs → documents → analysis → store → fusion.

`ingest` picks the engine (the local one unless the caller passes another running engine), streams
the inputs through it in bounded batches (`tidings.engines.intake`), each document stored with its
analysis in one transaction, then fuses the store when anything is new. Every failure becomes a
`Failure` record; none stops the batch. The per-document chain itself is `tidings.analysis`.

This module sits above the engines (it drives them) and below the views and the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from tidings.analysis import analyze, analyze_text, check_offsets
from tidings.config import Settings
from tidings.engines.intake import (
    MAX_FAILURES_KEPT,
    Engine,
    IngestSummary,
    Progress,
    batches,
    ingest_with,
    needs_fusion,
    new_documents,
    record_failure,
    unexpected_failure,
)
from tidings.engines.local import LocalEngine, worker_count
from tidings.fuse import fuse_store
from tidings.store import Store


def ingest(paths: Sequence[str], store: Store, settings: Settings, progress: Progress | None = None,
           stdin: BinaryIO | None = None, fuse: bool = True, workers: int | None = None,
           engine: Engine | None = None) -> IngestSummary:
    """Read, clean, analyze and store every input, then fuse across documents when anything is new.

    Failures are recorded, not raised. Inputs are streamed: documents are read only as fast as they
    are analyzed (at most a few batches in flight), each is committed as soon as it is analyzed, and
    documents already stored are skipped before parsing, so a rerun after an interruption resumes.
    `workers` processes analyze in parallel (default: the `n_process` setting, 0 = one per core; or
    pass a running `engine` to reuse its workers); the store is only written from this process.
    Fusion recomputes over the whole store, so the result does not depend on the order or the
    batches in which documents arrive; it also runs when an earlier ingest stored documents but was
    stopped before fusing them.
    """
    if engine is not None:
        summary = ingest_with(engine, paths, store, settings, progress, stdin)
    else:
        with LocalEngine(settings, worker_count(workers, settings)) as own:
            summary = ingest_with(own, paths, store, settings, progress, stdin)
    if fuse and (summary.new or needs_fusion(store)):
        fuse_store(store, settings)
    return summary


__all__ = ["MAX_FAILURES_KEPT", "IngestSummary", "Progress", "analyze", "analyze_text", "batches",
           "check_offsets", "ingest", "ingest_with", "needs_fusion", "new_documents", "record_failure",
           "unexpected_failure"]
