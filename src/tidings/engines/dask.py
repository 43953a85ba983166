"""The distributed engine: the same per-document stages mapped over partitions of the inputs with Dask.

The driver expands the inputs into files and groups them into partitions of about equal size (a
file is never split: split a huge JSONL file into shards to spread it). Each partition is one
dask.bag element; a worker reads, cleans and analyzes its files with `analyze_batch` (the function
the local engine maps), stores the results in a private in-memory store (the very `Store.save` of a
local ingest) and writes that store's tables as `part-<name>` of a Parquet dataset. Nothing is sent
back but counts, and the SQLite store is never touched by a worker: `merge_dataset` brings the dataset
into it, then fuses.

Partition names are hashes of their files (paths, sizes, modification times), and a partition is
skipped when its marker exists: rerunning after an interruption only does the missing partitions.
Workers must see the input files and the dataset folder at the same paths (a shared filesystem).
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.records import Failure

if TYPE_CHECKING:
    from tidings.store import Store

DEFAULT_PARTITION_BYTES = 16 * 1024 * 1024
PARTS_PER_WORKER = 4  # enough partitions that a slow one does not leave workers idle


@dataclass(frozen=True)
class Part:
    """A partition: files read and analyzed together by one task."""

    name: str
    files: tuple[str, ...]


@dataclass
class DaskSummary:
    """What a Dask run did: partitions computed and skipped (already complete), document counts."""

    parts: int = 0
    skipped_parts: int = 0
    names: list[str] = field(default_factory=list)  # the parts of this run, for merge_dataset
    counts: dict[str, int] = field(default_factory=lambda: {"read": 0, "new": 0, "unchanged": 0, "failed": 0})

    def add(self, counts: dict[str, Any]) -> None:
        for key in self.counts:
            self.counts[key] += int(counts.get(key, 0))


def expand_inputs(paths: Sequence[str]) -> tuple[list[Path], list[Failure]]:
    """The files the arguments name (as a local ingest reads them) and failures for missing ones."""
    from tidings.readers import expand_path  # the readers' own expansion, so origins are identical

    files: list[Path] = []
    failures: list[Failure] = []
    for arg in paths:
        if arg == "-":
            raise TidingsError("T105", "<stdin>", "the Dask engine reads files only; save standard input to a file")
        for item in expand_path(arg):
            (failures if isinstance(item, Failure) else files).append(item)  # type: ignore[arg-type]
    return files, failures


def plan_parts(files: Sequence[Path], workers: int, max_bytes: int = DEFAULT_PARTITION_BYTES) -> list[Part]:
    """Group files, in order, into partitions of at most `max_bytes` (and at least
    PARTS_PER_WORKER partitions per worker when there are enough files)."""
    sizes = [(f, f.stat()) for f in files]
    total = sum(s.st_size for _, s in sizes)
    target = max(1, min(max_bytes, total // max(1, PARTS_PER_WORKER * workers)))
    parts: list[Part] = []
    group: list[tuple[Path, os.stat_result]] = []
    for item in sizes:
        if group and sum(s.st_size for _, s in group) + item[1].st_size > target:
            parts.append(_part(group))
            group = []
        group.append(item)
    if group:
        parts.append(_part(group))
    return parts


def _part(group: list[tuple[Path, os.stat_result]]) -> Part:
    key = "\n".join(f"{f}\t{s.st_size}\t{s.st_mtime_ns}" for f, s in group)
    return Part(hashlib.sha256(key.encode()).hexdigest()[:16], tuple(str(f) for f, _ in group))


def process_part(part: Part, dataset: str, settings: Settings) -> dict[str, Any]:
    """Read, clean, analyze and write one partition (runs on a worker); returns its counts."""
    from tidings.engines.intake import IngestSummary, batches, new_documents, record_failure
    from tidings.store import Store
    from tidings.store.parquet import part_done, write_part

    root = Path(dataset)
    if (done := part_done(root, part.name)) is not None:
        return {**done, "skipped": True}
    store = Store(":memory:")
    summary = IngestSummary()
    documents = new_documents(list(part.files), store, settings, summary)
    from tidings.engines.local import analyze_batch

    for batch in batches(documents, settings.batch_size, settings.batch_chars):
        for result in analyze_batch(batch, settings):
            if isinstance(result, Failure):
                record_failure(result, store, summary)
            elif store.save(result):
                summary.new += 1
            else:
                summary.unchanged += 1
    counts = {**summary.as_dict(), "files": len(part.files)}
    write_part(root, part.name, store, counts)
    store.close()
    return counts


def _plan_failures(dataset: Path, failures: list[Failure]) -> str:
    """Inputs that could not even be listed (missing files) go in a part of their own."""
    from tidings.store import Store
    from tidings.store.parquet import write_part

    store = Store(":memory:")
    for failure in failures:
        store.record_failure(failure)
    key = "\n".join(f.origin for f in failures)
    name = "plan-" + hashlib.sha256(key.encode()).hexdigest()[:11]
    write_part(dataset, name, store, {"read": 0, "new": 0, "unchanged": 0, "failed": len(failures)})
    store.close()
    return name


def run_dask(paths: Sequence[str], dataset: Path, settings: Settings, scheduler: str | None = None,
             workers: int = 2, max_bytes: int = DEFAULT_PARTITION_BYTES) -> DaskSummary:
    """Analyze the inputs on a Dask cluster (`scheduler` address) or a LocalCluster of `workers`
    single-threaded worker processes, writing the Parquet dataset at `dataset`."""
    import dask.bag as db

    from tidings.store import Store
    from tidings.store.parquet import write_manifest

    files, failures = expand_inputs(paths)
    parts = plan_parts(files, workers, max_bytes)
    dataset = dataset.resolve()
    with Store(":memory:") as schema_store:
        write_manifest(dataset, schema_store, {"inputs": list(paths), "parts": [p.name for p in parts]})
    summary = DaskSummary(parts=len(parts), names=[p.name for p in parts])
    if failures:
        summary.names.append(_plan_failures(dataset, failures))
    summary.counts["failed"] += len(failures)
    if not parts:
        return summary
    with _ClusterClient(scheduler, workers):
        bag = db.from_sequence(parts, npartitions=len(parts)).map(process_part, str(dataset), settings)
        for counts in bag.compute():
            summary.skipped_parts += int(bool(counts.get("skipped")))
            summary.add(counts)
    return summary


def find_part(doc_ids: list[str], db: str) -> set[str]:
    """One time window's candidate search (runs on a worker): the store opened read-only, nothing written."""
    from tidings.fuse.incremental import candidates_of
    from tidings.store import Store

    with Store(db, readonly=True) as store:
        return candidates_of(store, doc_ids)


def dask_finder(scheduler: str | None = None, workers: int = 2) -> Callable[[Store, list[str]], set[str]]:
    """A fusion `finder` that maps the candidate search of the unfused documents over a Dask cluster, one task
    per month of story dates (`tidings.fuse.incremental.time_windows`). Workers read the store file at the
    path the driver uses (a shared filesystem); the region is then fused and written by the driver, so the
    tables are those of the local path."""
    def find(store: Store, pending: list[str]) -> set[str]:
        import dask.bag as db

        from tidings.fuse.incremental import time_windows

        windows = time_windows(store, pending)
        if not windows:
            return set()
        with _ClusterClient(scheduler, workers):
            bag = db.from_sequence(windows, npartitions=len(windows)).map(find_part, store.path)
            return set().union(*bag.compute())
    return find


class _ClusterClient:
    """A distributed Client on the given scheduler, or on a LocalCluster started (and stopped) here."""

    def __init__(self, scheduler: str | None, workers: int) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self._cluster: Any = None
        self._client: Any = None

    def __enter__(self) -> Any:
        from distributed import Client, LocalCluster

        if self.scheduler:
            try:
                self._client = Client(self.scheduler, timeout="30s")
            except OSError as exc:
                detail = f"no Dask scheduler answers at this address ({exc})"
                raise TidingsError("T502", self.scheduler, detail) from None
            return self._client
        self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                     dashboard_address=None, silence_logs=logging.ERROR)
        self._client = Client(self._cluster)
        return self._client

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
