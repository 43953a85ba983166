"""Watch a folder and ingest files as they arrive (`tidings ingest --watch DIR`).

The folder is polled (portable, no extra dependency): every `interval` seconds, supported files
(the extensions `tidings ingest DIR` reads; hidden files and `.part`/`.tmp` names are ignored) that
are new or changed since they were last ingested are ingested, once they are settled, i.e. not
modified for `settle` seconds, so a file still being written is not read half-way. A changed file is
read again: documents already stored are skipped, so a JSONL file that grows only adds its new lines.

The worker pool stays up between rounds. Fusion runs after a round that stored documents, but at most
once every `fuse_every` seconds (it recomputes over the whole store), and once more when the watch
stops with documents left unfused. Stop with Ctrl-C or SIGTERM (after the current round): every
stored document is already committed.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tidings.config import Settings
from tidings.engines.intake import MAX_FAILURES_KEPT, IngestSummary, Progress, ingest_with, needs_fusion
from tidings.engines.local import LocalEngine, worker_count
from tidings.fuse import fuse_store
from tidings.readers import file_format
from tidings.store import Store

Signature = tuple[int, int]  # (modification time in ns, size in bytes)


@dataclass
class WatchState:
    """What has been ingested (file → signature when ingested) and when fusion last ran."""

    done: dict[str, Signature] = field(default_factory=dict)
    last_fusion: float = 0.0
    rounds: int = 0


def supported_files(directory: Path) -> dict[str, Signature]:
    """Supported files below the folder, with their signatures (files that vanish are left out)."""
    found: dict[str, Signature] = {}
    for path in directory.rglob("*"):
        parts = path.relative_to(directory).parts
        if any(p.startswith(".") for p in parts) or file_format(path) is None:
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        if path.is_file():
            found[str(path.resolve())] = (stat.st_mtime_ns, stat.st_size)
    return found


def ready_files(directory: Path, state: WatchState, settle: float, now: float | None = None) -> dict[str, Signature]:
    """Files new or changed since ingested and untouched for `settle` seconds, in name order."""
    now = time.time() if now is None else now
    found = supported_files(directory)
    return {path: found[path] for path in sorted(found)
            if state.done.get(path) != found[path] and now - found[path][0] / 1e9 >= settle}


def watch(directory: Path, store: Store, settings: Settings, *, interval: float = 2.0, settle: float = 1.0,
          fuse_every: float = 60.0, workers: int | None = None, progress: Progress | None = None,
          should_stop: Callable[[WatchState], bool] | None = None) -> IngestSummary:
    """Ingest the folder's files, then new ones as they come, until Ctrl-C or `should_stop(state)`."""
    state = WatchState()
    total = IngestSummary()
    stop = threading.Event()
    with LocalEngine(settings, worker_count(workers, settings)) as engine, _stop_on_sigterm(stop):
        try:
            while not stop.is_set() and not (should_stop and should_stop(state)):
                _round(directory, store, settings, engine, state, total, settle, fuse_every, progress)
                if should_stop and should_stop(state):
                    break
                stop.wait(interval)
        except KeyboardInterrupt:
            pass
    if needs_fusion(store):
        fuse_store(store, settings)
    return total


@contextmanager
def _stop_on_sigterm(stop: threading.Event) -> Iterator[None]:
    """SIGTERM (a service manager stopping the watch) ends it like Ctrl-C: after the current round,
    with a last fusion pass."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _round(directory: Path, store: Store, settings: Settings, engine: LocalEngine, state: WatchState,
           total: IngestSummary, settle: float, fuse_every: float, progress: Progress | None) -> None:
    state.rounds += 1
    files = ready_files(directory, state, settle)
    if files:
        summary = ingest_with(engine, list(files), store, settings, progress)
        state.done.update(files)
        _add(total, summary)
    if time.time() - state.last_fusion >= fuse_every and needs_fusion(store):
        fuse_store(store, settings)
        state.last_fusion = time.time()


def _add(total: IngestSummary, summary: IngestSummary) -> None:
    total.read += summary.read
    total.new += summary.new
    total.unchanged += summary.unchanged
    total.failed += summary.failed
    total.failures += summary.failures[: max(0, MAX_FAILURES_KEPT - len(total.failures))]
