"""What every engine shares on the way into a store: reading and cleaning inputs, batching them, storing
results and recording failures.

Every engine reads through `new_documents` (the Dask engine with a partition's own store), so reading,
cleaning and failure records are the same whichever engine runs; `ingest_with` streams documents
through one engine's `map` into the store. Choosing the engine and fusing afterwards is the business of
`tidings.pipeline`, above the engines.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO, Protocol

from tidings.clean import to_document
from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.readers import read_inputs
from tidings.records import AnalyzedDocument, Document, Failure
from tidings.store import Store
from tidings.store.reads import has_unfused_documents


@dataclass
class IngestSummary:
    """What an ingest did; `failed` counts inputs that could not be stored."""

    read: int = 0
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {"read": self.read, "new": self.new, "unchanged": self.unchanged, "failed": self.failed}


Progress = Callable[[str, IngestSummary], None]
MAX_FAILURES_KEPT = 1000  # failures listed in an IngestSummary; `tidings failures` lists them all
Batch = list[Document]
Result = AnalyzedDocument | Failure


class Engine(Protocol):
    """Anything that maps batches of documents to their analyses, in input order."""

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[Result]]]: ...


def ingest_with(engine: Engine, paths: Sequence[str], store: Store, settings: Settings,
                progress: Progress | None = None, stdin: BinaryIO | None = None) -> IngestSummary:
    """Read, clean, analyze (on `engine`) and store every input; no fusion (the caller decides)."""
    summary = IngestSummary()
    in_flight: set[str] = set()
    documents = new_documents(paths, store, settings, summary, stdin, in_flight)
    for batch, results in engine.map(batches(documents, settings.batch_size, settings.batch_chars)):
        for result in results:
            store_result(result, store, summary)
            if progress:
                progress(result.origin if isinstance(result, Failure) else result.document.origin, summary)
        in_flight.difference_update(d.id for d in batch)
    return summary


def needs_fusion(store: Store) -> bool:
    """True when a stored document has never been fused (an ingest stopped before its fusion pass)."""
    return has_unfused_documents(store)


def new_documents(paths: Sequence[str], store: Store, settings: Settings, summary: IngestSummary,
                  stdin: BinaryIO | None = None, in_flight: set[str] | None = None) -> Iterator[Document]:
    """Cleaned documents not stored yet nor already on their way (so memory holds only ids in flight)."""
    in_flight = set() if in_flight is None else in_flight
    for item in read_inputs(paths, settings, stdin=stdin):
        if isinstance(item, Failure):
            record_failure(item, store, summary)
            continue
        summary.read += 1
        try:
            document = to_document(item, settings)
        except TidingsError as exc:
            record_failure(Failure(item.origin, "clean", exc.code, exc.message), store, summary)
            continue
        except Exception as exc:  # a cleaner bug (or a library's surprise) must not stop the batch
            record_failure(unexpected_failure(item.origin, "clean", exc), store, summary)
            continue
        if document.id in in_flight or store.has_document(document.id):
            summary.unchanged += 1
            continue
        in_flight.add(document.id)
        yield document


def store_result(result: Result, store: Store, summary: IngestSummary) -> None:
    """Save one analysis (or record its failure); a document the store refuses becomes a failure."""
    if isinstance(result, Failure):
        record_failure(result, store, summary)
        return
    try:
        saved = store.save(result)
    except (sqlite3.IntegrityError, sqlite3.InterfaceError, UnicodeEncodeError, OverflowError, ValueError) as exc:
        # this document's records cannot be stored (a stage bug, a lone surrogate): the next one can
        record_failure(unexpected_failure(result.document.origin, "store", exc), store, summary)
        return
    if saved:
        summary.new += 1
    else:
        summary.unchanged += 1


def unexpected_failure(origin: str, stage: str, exc: Exception) -> Failure:
    """A Failure for an exception no stage should raise: coded T201 (a bug to report), one line."""
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
    return Failure(origin, stage, "T201", TidingsError("T201", origin, detail).message)


def record_failure(failure: Failure, store: Store, summary: IngestSummary) -> None:
    """Count and store a failure; only the first few are kept in memory (all are in the store)."""
    summary.failed += 1
    if len(summary.failures) < MAX_FAILURES_KEPT:
        summary.failures.append(failure)
    store.record_failure(failure)


def batches(items: Iterable[Document], size: int, max_chars: int = 0) -> Iterator[list[Document]]:
    """Groups of at most `size` documents and, when `max_chars` > 0, at most `max_chars` characters.

    Why characters: spaCy's working memory during `nlp.pipe` grows with the batch's total length, so a
    count-only batch that happens to hold long articles makes a memory peak, and the chance of such a
    batch grows with the corpus. Bounding the characters bounds the peak whatever the corpus size; a
    document longer than `max_chars` forms a batch of its own.
    """
    batch: list[Document] = []
    chars = 0
    for item in items:
        if batch and max_chars > 0 and chars + len(item.text) > max_chars:
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item.text)
        if len(batch) >= size:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch
