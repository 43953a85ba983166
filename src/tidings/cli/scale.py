"""Commands for scale: export (parquet, csv, jsonl, gdelt) and merge (a Parquet dataset into a store)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tidings.cli.common import DbOption, QuietOption, check_format, fail_usage, settings_for, stderr
from tidings.config import Settings
from tidings.errors import EXIT_ALL_FAILED, EXIT_OK, EXIT_SOME_FAILED, TidingsError, require_extra
from tidings.store import Store
from tidings.store.lock import writer_lock

if TYPE_CHECKING:
    from tidings.pipeline import IngestSummary, Progress

Quiet = QuietOption


def _open(db: str | None, readonly: bool) -> Store:
    from tidings.cli.common import open_store

    return open_store(db, readonly=readonly)


def export_cmd(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="parquet, csv, jsonl or gdelt.")] = "parquet",
    out: Annotated[str | None, typer.Option("--out", "-o", help="Output folder (file for one table or gdelt); "
                                            "default: standard output (csv/jsonl of one --table, gdelt).")] = None,
    table: Annotated[list[str] | None, typer.Option("--table", help="Only this table (repeatable).")] = None,
    quiet: Quiet = False,
) -> None:
    """Export the store: every table as Parquet/CSV/JSON lines, or the events as a GDELT 2.0 event table."""
    from tidings.views import export

    check_format(fmt, export.FORMATS)
    store = _open(db, readonly=True)
    try:
        counts = _export(store, fmt, out, table or [])
    except TidingsError as exc:
        fail_usage(exc.message)
        raise
    if not quiet and out:
        stderr.print(", ".join(f"{t}: {n}" for t, n in counts.items()) + f" rows written to {out}", highlight=False)


def _export(store: Store, fmt: str, out: str | None, tables: list[str]) -> dict[str, int]:
    from tidings.views import export

    if fmt == "gdelt":
        if out is None:
            return {"gdelt": export.write_gdelt(store, sys.stdout)}
        with Path(out).open("w", encoding="utf-8", newline="") as fh:
            return {"gdelt": export.write_gdelt(store, fh)}
    if fmt == "parquet":
        if out is None:
            fail_usage("--format parquet writes a folder: give it with --out DIR")
        return export.export_parquet(store, Path(out or "."), tables)
    if out is None or (len(tables) == 1 and out.endswith(f".{fmt}")):
        if len(tables) != 1:
            fail_usage(f"--format {fmt} to standard output needs exactly one --table (or --out DIR for all)")
        if out is None:
            return {tables[0]: export.write_table(store, tables[0], fmt, sys.stdout)}
        with Path(out).open("w", encoding="utf-8", newline="") as fh:
            return {tables[0]: export.write_table(store, tables[0], fmt, fh)}
    return export.export_text(store, fmt, Path(out), tables)


def merge_cmd(
    dataset: Annotated[str, typer.Argument(metavar="DATASET", help="A dataset folder (ingest --engine dask, "
                                                                   "or export --format parquet).")],
    db: DbOption = None,
    no_fuse: Annotated[bool, typer.Option("--no-fuse", help="Skip the cross-document fusion pass.")] = False,
    quiet: Quiet = False,
) -> None:
    """Bring a Parquet dataset into the store, then fuse across documents. Exit 1 if some inputs failed."""
    from tidings.engines.merge import merge_dataset

    settings = settings_for(db)
    store = _open(db, readonly=False)
    try:
        with writer_lock(settings.db):  # a merge writes like an ingest: one writer per store
            summary = merge_dataset(Path(dataset), store, settings, fuse=not no_fuse)
    except TidingsError as exc:
        fail_usage(exc.message)
        raise
    finally:
        store.close()
    if not quiet:
        s = summary.as_dict()
        stderr.print(f"merged {s['read']} documents: new {s['new']}, unchanged {s['unchanged']}; "
                     f"{s['failed']} failures recorded", highlight=False)
    if summary.failed and not (summary.new or summary.unchanged):
        raise typer.Exit(EXIT_ALL_FAILED)
    raise typer.Exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)


def scaled_ingest(paths: list[str], store: Store, settings: Settings, progress: Progress, *,
                  workers: int | None, engine: str, scheduler: str | None, watch: str | None,
                  dataset: str | None, fuse: bool = True) -> IngestSummary:
    """`tidings ingest` with --engine dask (analyze on a cluster, then merge; the caller fuses) or --watch DIR
    (fused as it goes, unless `fuse` is False)."""
    if watch:
        return _watch(paths, store, settings, progress, workers, engine, watch)
    require_extra("scale", "tidings ingest --engine dask")
    from tidings.engines.dask import run_dask
    from tidings.engines.merge import merge_dataset

    root = Path(dataset) if dataset else Path(settings.db + ".dataset")
    n = workers if workers else (os.cpu_count() or 1)
    done = run_dask(paths, root, settings, scheduler=scheduler, workers=n)
    return merge_dataset(root, store, settings, progress=progress, parts=done.names, fuse=False)


def _watch(paths: list[str], store: Store, settings: Settings, progress: Progress, workers: int | None,
           engine: str, directory: str) -> IngestSummary:
    from tidings.engines.watch import watch
    from tidings.pipeline import ingest

    if engine != "local":
        fail_usage("--watch runs on this machine: drop --engine dask")
    if not Path(directory).is_dir():
        fail_usage(f"T100 {directory}: --watch needs an existing folder (fix: create it or check the path)")
    if paths:
        ingest(paths, store, settings, progress=progress, workers=workers)
    stderr.print(f"watching {directory} (Ctrl-C stops)", highlight=False)
    return watch(Path(directory), store, settings, workers=workers, progress=progress)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("export")(export_cmd)
    app.command("merge")(merge_cmd)
