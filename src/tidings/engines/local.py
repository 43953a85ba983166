"""The single-machine engine: batches of documents through spaCy and the stages, on one or more cores.

`analyze_batch` is the unit of work every engine maps: one nlp.pipe pass over a batch, then the
settings' analyzer (`tidings.analysis`) on each parse. It never raises: a document whose analysis fails becomes a
`Failure`, so one bad article cannot lose its batch.

`LocalEngine.map` runs it in this process (`workers=1`) or in a pool of worker processes. Either way
results come back in input order and at most `2 × workers` batches are in flight: the reader is only
asked for more documents when a batch is done (back-pressure), so memory does not grow with the
corpus. Workers only compute; the store is written by the caller, in the main process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType

from spacy.tokens import Doc

from tidings.analysis import Analyzer, analyzer_for
from tidings.config import Settings
from tidings.engines.intake import Batch, Result
from tidings.errors import TidingsError
from tidings.records import Document, Failure

IN_FLIGHT_PER_WORKER = 2


def worker_count(requested: int | None, settings: Settings) -> int:
    """How many processes to use: the request, else the `n_process` setting; 0 means one per core."""
    n = settings.n_process if requested is None else requested
    return n if n > 0 else (os.cpu_count() or 1)


def analyze_one(document: Document, parse: Doc, analyzer: Analyzer) -> Result:
    """The analyzer on one parse, its errors turned into a Failure record."""
    try:
        return analyzer.analyze(document, parse)
    except TidingsError as exc:
        return Failure(document.origin, "analyze", exc.code, exc.message)
    except Exception as exc:  # a bug in a stage must not stop the batch: record it and go on
        return _bug(document, exc)


def _bug(document: Document, exc: Exception) -> Failure:
    message = TidingsError("T201", document.origin, f"{type(exc).__name__}: {exc}").message
    return Failure(document.origin, "analyze", "T201", message)


def analyze_batch(documents: Sequence[Document], settings: Settings) -> list[Result]:
    """Parse a batch with one nlp.pipe pass and analyze each parse, in order (never raises).

    Parses are consumed as they come, so only one spaCy Doc is alive at a time beyond spaCy's own
    batch. If spaCy itself fails part-way, the rest of the batch is parsed one document at a time.
    """
    analyzer = analyzer_for(settings)  # with the user's extra actor tables (actor_files)
    results: list[Result] = []
    try:
        parses = analyzer.parse_many((d.text for d in documents), batch_size=len(documents))
        for document, parse in zip(documents, parses, strict=False):
            results.append(analyze_one(document, parse, analyzer))
    except Exception:  # spaCy failed on the batch: isolate the culprit
        results += [_parse_alone(d, analyzer) for d in documents[len(results):]]
    return results


def _parse_alone(document: Document, analyzer: Analyzer) -> Result:
    try:
        parse = analyzer.parse(document.text)
    except Exception as exc:
        return _bug(document, exc)
    return analyze_one(document, parse, analyzer)


def _warm_worker(settings: Settings) -> None:
    """Load the model and the actor base once per worker; Ctrl-C is the main process's to handle."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    analyzer_for(settings)


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where available: workers start from a clean process that already imported spaCy
    and the stages, never from a copy of a parent holding threads (progress bars) or an open store."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["tidings.analysis"])
        return ctx
    return multiprocessing.get_context("spawn")


class LocalEngine:
    """Maps `analyze_batch` over batches on this machine; use as a context manager."""

    def __init__(self, settings: Settings, workers: int = 1) -> None:
        self.settings = settings
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalEngine:
        if self.workers > 1:
            self._pool = self._new_pool()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=kind is None, cancel_futures=True)
            self._pool = None

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=_context(), initializer=_warm_worker,
                                   initargs=(self.settings,))

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[Result]]]:
        """(batch, results) for each batch, in input order."""
        if self._pool is None:
            for batch in batches:
                yield batch, analyze_batch(batch, self.settings)
            return
        yield from self._map_pool(iter(batches))

    def _map_pool(self, batches: Iterator[Batch]) -> Iterator[tuple[Batch, list[Result]]]:
        pending: deque[tuple[Batch, Future[list[Result]]]] = deque()
        limit = IN_FLIGHT_PER_WORKER * self.workers
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                else:
                    pending.append((batch, self._submit(batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            yield batch, self._collect(batch, future)

    def _submit(self, batch: Batch) -> Future[list[Result]]:
        assert self._pool is not None
        return self._pool.submit(analyze_batch, batch, self.settings)

    def _collect(self, batch: Batch, future: Future[list[Result]]) -> list[Result]:
        """The batch's results; if a worker died (killed, out of memory), its batches fail and a
        fresh pool takes the next ones: a rerun retries them, since they were not stored."""
        try:
            return future.result()
        except BrokenProcessPool:
            if self._pool is not None and getattr(self._pool, "_broken", False):
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool()
            detail = "a worker process died (out of memory or killed); run the ingest again to retry"
            return [Failure(d.origin, "analyze", "T201", TidingsError("T201", d.origin, detail).message) for d in batch]
