"""The orchestrator: inputs → documents → analysis → store → fusion.

`analyze` is the per-document chain of pure stages (the same function runs in-process, in nlp.pipe
batches and on Dask); `ingest` streams inputs through it in bounded batches and stores each document
with its analysis in one transaction. Every failure becomes a `Failure` record; none stops the batch.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from spacy.tokens import Doc

from tidings.actors import ActorBase, find_actors, load_actor_base
from tidings.clean import to_document
from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.events import code_events
from tidings.facts import find_facts
from tidings.fuse import fuse_store
from tidings.nlp import entities_of, get_nlp, sentences_of
from tidings.readers import read_inputs
from tidings.records import AnalyzedDocument, Document, Failure, RawDocument
from tidings.store import Store
from tidings.time import analyze_time

if TYPE_CHECKING:
    from tidings.engines.local import LocalEngine


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


def analyze(document: Document, doc: Doc, actors: ActorBase | None = None,
            story_date: str | None = None) -> AnalyzedDocument:
    """All per-document stages over one cleaned document and its spaCy parse (pure, no I/O).

    `story_date` overrides the reference date (fusion uses it to re-anchor a repost).
    """
    base = actors or load_actor_base()
    when, timexes = analyze_time(document.text, document.published, doc, story_date=story_date)
    role_date = when.date.value if when.date else None
    mentions = find_actors(doc, role_date, base)
    analyzed = AnalyzedDocument(
        document=document,
        sentences=sentences_of(doc),
        entities=entities_of(doc),
        timexes=timexes,
        story_date=when,
        actors=mentions,
        events=code_events(doc, document.id, mentions, timexes, when),
        facts=find_facts(doc, document.id, timexes, mentions),
    )
    check_offsets(analyzed)
    return analyzed


def check_offsets(analyzed: AnalyzedDocument) -> None:
    """Every span must point inside the stored text: a stage that breaks this is a bug."""
    n = len(analyzed.document.text)
    spans: list[tuple[int, int]] = [(t.start, t.end) for t in analyzed.timexes]
    spans += [(m.actor.start, m.actor.end) for m in analyzed.actors]
    spans += [(e.sentence.start, e.sentence.end) for e in analyzed.events]
    spans += [(f.start, f.end) for f in analyzed.facts]
    bad = [s for s in spans if not 0 <= s[0] <= s[1] <= n]
    if bad:
        raise TidingsError("T201", analyzed.document.origin, f"span {bad[0]} outside text of length {n}")


def analyze_text(text: str, published: str | None = None, origin: str = "<text>",
                 settings: Settings | None = None) -> AnalyzedDocument:
    """Convenience for the Python API: clean and analyze one plain text."""
    settings = settings or Settings()
    given = {"published": published} if published else {}
    document = to_document(RawDocument(origin=origin, content=text, given=given), settings)
    return analyze(document, get_nlp(settings)(document.text))


def ingest(paths: Sequence[str], store: Store, settings: Settings, progress: Progress | None = None,
           stdin: BinaryIO | None = None, fuse: bool = True, workers: int | None = None,
           engine: LocalEngine | None = None) -> IngestSummary:
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
    from tidings.engines.local import LocalEngine, worker_count

    if engine is not None:
        summary = _ingest_with(engine, paths, store, settings, progress, stdin)
    else:
        with LocalEngine(settings, worker_count(workers, settings)) as own:
            summary = _ingest_with(own, paths, store, settings, progress, stdin)
    if fuse and (summary.new or needs_fusion(store)):
        fuse_store(store, settings)
    return summary


def _ingest_with(engine: LocalEngine, paths: Sequence[str], store: Store, settings: Settings,
                 progress: Progress | None, stdin: BinaryIO | None) -> IngestSummary:
    summary = IngestSummary()
    in_flight: set[str] = set()
    documents = new_documents(paths, store, settings, summary, stdin, in_flight)
    for batch, results in engine.map(batches(documents, settings.batch_size, settings.batch_chars)):
        for result in results:
            _store_result(result, store, summary)
            if progress:
                progress(result.origin if isinstance(result, Failure) else result.document.origin, summary)
        in_flight.difference_update(d.id for d in batch)
    return summary


def needs_fusion(store: Store) -> bool:
    """True when a stored document has never been fused (an ingest stopped before its fusion pass)."""
    rows = store.query("SELECT 1 FROM documents d WHERE NOT EXISTS "
                       "(SELECT 1 FROM fusion_documents f WHERE f.doc_id = d.id) LIMIT 1")
    return bool(rows)


def new_documents(paths: Sequence[str], store: Store, settings: Settings, summary: IngestSummary,
                  stdin: BinaryIO | None = None, in_flight: set[str] | None = None) -> Iterator[Document]:
    """Cleaned documents not stored yet nor already on their way (so memory holds only ids in flight).

    Every engine reads through this one function (the Dask engine with a partition's own store), so
    reading, cleaning and failure records are the same whichever engine runs."""
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


def _store_result(result: AnalyzedDocument | Failure, store: Store, summary: IngestSummary) -> None:
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
