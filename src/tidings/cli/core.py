"""The main commands: run, ingest, docs, events, timeline, show, failures."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

from tidings.cli.common import (
    ActorOption,
    CameoOption,
    DateFromOption,
    DateToOption,
    DbOption,
    DyadOption,
    PhaseReport,
    QuietOption,
    ReviewedOnly,
    TypeOption,
    check_count,
    check_format,
    fail_usage,
    open_store,
    settings_for,
    stderr,
    write_out,
)
from tidings.config import Settings
from tidings.engines.intake import IngestSummary
from tidings.errors import EXIT_ALL_FAILED, EXIT_OK, EXIT_SOME_FAILED, TidingsError
from tidings.store import Store, reads
from tidings.store.fusion_tables import document_fusion
from tidings.store.lock import writer_lock
from tidings.views import formats
from tidings.views.rows import document_json, query_events, stream_events
from tidings.views.timeline import build_timeline, render_json, render_markdown, render_text

if TYPE_CHECKING:
    from tidings.fuse.apply import FusionReport

Paths = Annotated[list[str], typer.Argument(help="Files, folders, globs, or '-' for standard input.")]
Quiet = QuietOption


def _ingest(paths: list[str], db: str | None, quiet: bool, workers: int | None = None, engine: str = "local",
            scheduler: str | None = None, watch: str | None = None, dataset: str | None = None,
            fuse: bool = True) -> int:
    from tidings.pipeline import ingest

    settings = settings_for(db)
    existed = Path(settings.db).exists()
    store = open_store(db)
    phases = PhaseReport(quiet)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[n]}"),
                  console=stderr, transient=True, disable=quiet or not stderr.is_terminal) as bar:
        task = bar.add_task("ingesting", total=None, n="")
        phases.start("analysing")

        def show(origin: str, s: IngestSummary) -> None:
            bar.update(task, description=origin.rsplit("/", 1)[-1][:40], n=f"{s.new} new, {s.failed} failed")

        try:
            with writer_lock(settings.db):  # one ingest per store at a time; a second one gets T302
                if engine != "local" or watch:
                    from tidings.cli.scale import scaled_ingest

                    summary = scaled_ingest(paths, store, settings, show, workers=workers, engine=engine,
                                            scheduler=scheduler, watch=watch, dataset=dataset, fuse=fuse)
                else:
                    summary = ingest(paths, store, settings, progress=show, stdin=sys.stdin.buffer, workers=workers,
                                     fuse=False)
                phases.done("analysing", f"read {summary.read}, stored {summary.new} new, "
                            f"{summary.unchanged} unchanged, {summary.failed} failed", summary.read)
                if fuse and not watch:
                    bar.update(task, description="fusing", n="")
                    fuse_pending(store, settings, phases, finder=_finder(engine, scheduler, workers))
        except TidingsError as exc:
            fail_usage(exc.message)
            raise
    for failure in summary.failures:
        stderr.print(failure.message, markup=False, highlight=False, soft_wrap=True)
    if summary.failed > len(summary.failures):
        stderr.print(f"... and {summary.failed - len(summary.failures)} more (list them with 'tidings failures')",
                     highlight=False)
    if not quiet:
        s = summary.as_dict()
        stderr.print(f"read {s['read']}, new {s['new']}, unchanged {s['unchanged']}, failed {s['failed']}",
                     highlight=False)
        if not fuse:
            stderr.print("fusion deferred (--no-fuse): run 'tidings fuse' to fuse the new documents",
                         highlight=False)
    store.close()
    if summary.failed and not (summary.new or summary.unchanged):
        if not existed and _nothing_found(summary):
            _remove_store(settings.db)
            if not quiet:
                stderr.print(f"no store written: no input was found ({settings.db} not created)", highlight=False,
                             soft_wrap=True)
        return EXIT_ALL_FAILED
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


def _finder(engine: str, scheduler: str | None, workers: int | None) -> Any:
    """With --engine dask, the new documents' candidates are searched on the cluster."""
    if engine != "dask":
        return None
    import os

    from tidings.engines.dask import dask_finder

    return dask_finder(scheduler, workers or os.cpu_count() or 1)


def fuse_pending(store: Store, settings: Settings, phases: PhaseReport, full: bool = False,
                 finder: Any = None) -> FusionReport | None:
    """Fuse what an ingest left unfused (or everything, `full`), the phase reported on stderr."""
    from tidings.fuse import fuse_store

    pending = len(reads.pending_documents(store))
    if not pending and not full:
        return None
    phases.start("fusing")
    report = fuse_store(store, settings, full=full, finder=finder)
    phases.done("fusing", f"{report.pass_kind} pass over {report.region} of {report.documents} documents "
                f"({pending} new): {report.stories} stories, {report.happenings} happenings", report.region)
    return report


def _nothing_found(summary: IngestSummary) -> bool:
    """True when every input was a path that does not exist (T100): there is nothing to keep a record of.

    An input that exists but fails (empty, binary, too large) keeps its failure in the store, where
    `tidings failures` lists it and a later ingest of the fixed input clears it."""
    return len(summary.failures) == summary.failed and all(f.code == "T100" for f in summary.failures)


def _remove_store(db: str) -> None:
    """Remove a store this ingest created and stored nothing in (with its WAL, shared memory and lock)."""
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(db + suffix).unlink(missing_ok=True)


def ingest_cmd(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, folders, globs, or '-' for standard input.")] = None,
    db: DbOption = None,
    quiet: Quiet = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", help="Processes analyzing in parallel; 0: one per core (default: the n_process setting; "
        "with --engine dask, one per core).")] = None,
    engine: Annotated[str, typer.Option(help="local (this machine) or dask (a Dask cluster).")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        help="Address of a Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: start a LocalCluster).")] = None,
    dataset: Annotated[str | None, typer.Option(
        help="With --engine dask: the Parquet dataset folder (default: the store's path + .dataset).")] = None,
    watch: Annotated[str | None, typer.Option(
        metavar="DIR", help="Ingest DIR's files, then new files as they arrive; Ctrl-C stops.")] = None,
    no_fuse: Annotated[bool, typer.Option(
        "--no-fuse", help="Store the documents without fusing them; 'tidings fuse' catches up later.")] = False,
) -> None:
    """Read, clean, analyze and store articles, then fuse the new ones with what they match. Exit 0: all
    stored; 1: some failed; 3: all failed. Phases and their counts go to stderr."""
    if not paths and not watch:
        fail_usage("give files, folders or globs to ingest (or --watch DIR)")
    if engine not in ("local", "dask"):
        fail_usage(f"unknown --engine {engine!r}: choose local or dask")
    raise typer.Exit(_ingest(paths or [], db, quiet, workers, engine, scheduler, watch, dataset, fuse=not no_fuse))


def run_cmd(
    paths: Paths,
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="text, md or json.")] = "text",
    quiet: Quiet = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", help="Processes analyzing in parallel; 0: one per core.")] = None,
    engine: Annotated[str, typer.Option(help="local (this machine) or dask (a Dask cluster).")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a LocalCluster).")] = None,
) -> None:
    """The main job: ingest the articles, then print the timeline."""
    check_format(fmt, ("text", "md", "json"))
    if engine not in ("local", "dask"):
        fail_usage(f"unknown --engine {engine!r}: choose local or dask")
    status = _ingest(paths, db, quiet, workers, engine, scheduler)
    if status == EXIT_ALL_FAILED:
        raise typer.Exit(status)
    timeline_cmd(db=db, fmt=fmt)
    raise typer.Exit(status)


def docs_cmd(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="json, jsonl, csv or table.")] = "table",
) -> None:
    """List stored documents with their metadata and cleaned text."""
    check_format(fmt, ("json", "jsonl", "csv", "table"))
    store = open_store(db, readonly=True)
    fusion = document_fusion(store)
    rows = [document_json(r, fusion=fusion.get(r["id"]))
            for r in reads.documents(store)]
    write_out(formats.render(rows, fmt, ("id", "path", "published", "story_date", "title", "source")))


def events_cmd(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl, json, csv or table.")] = "table",
    actor: ActorOption = None,
    dyad: DyadOption = None,
    cameo: CameoOption = None,
    date_from: DateFromOption = None,
    date_to: DateToOption = None,
    statements: Annotated[bool, typer.Option("--statements", help="Also list plain statements (CAMEO 01x, no "
                                             "PLOVER type).")] = False,
    reviewed_only: ReviewedOnly = False,
    with_text: Annotated[bool, typer.Option("--with-text", help="With --format jsonl: add each event's document "
                                            "text (document_text).")] = False,
) -> None:
    """List coded events (PLOVER-typed), one per line, each with its evidence; --statements adds statements;
    rejected ones are left out."""
    from tidings.views.rows import dyad_filters

    check_format(fmt, ("jsonl", "json", "csv", "table"))
    store = open_store(db, readonly=True)
    filters = {"actor": actor, "cameo": cameo, "date_from": date_from, "date_to": date_to,
               "typed": None if statements else "1", **dyad_filters(dyad)}
    if fmt == "jsonl":  # streamed: one row in memory at a time, no document text unless asked
        for record in stream_events(store, reviewed_only=reviewed_only, with_text=with_text, **filters):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    if with_text:
        fail_usage("--with-text goes with --format jsonl")
    events = query_events(store, reviewed_only=reviewed_only, **filters)
    cols = ("date", "cameo", "plover", "mode", "source.text", "source.country", "target.text", "target.country",
            "review")
    write_out(formats.render(events, fmt, cols))


def timeline_cmd(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="text, md, json, html or timelinejs.")] = "text",
    actor: ActorOption = None,
    dyad: DyadOption = None,
    date_from: DateFromOption = None,
    date_to: DateToOption = None,
    type_: TypeOption = None,
    query: Annotated[str | None, typer.Option("--query", help="Only entries whose evidence has this text.")
                     ] = None,
    min_sources: Annotated[int, typer.Option("--min-sources", callback=check_count("--min-sources"),
                                             help="Only entries reported by this many articles.")] = 0,
    top: Annotated[int, typer.Option("--top", callback=check_count("--top"),
                                     help="Only the N most important entries (0: all).")] = 0,
    key: Annotated[bool, typer.Option("--key", help="Key events only: the most important typed events.")] = False,
    statements: Annotated[bool, typer.Option("--statements", help="Also plain public statements.")] = False,
    background: Annotated[bool, typer.Option("--background", help="Also dated sentences that report no act.")
                          ] = False,
    reviewed_only: ReviewedOnly = False,
) -> None:
    """Print the timeline: one entry per happening, on its date, with every source that reports it."""
    from tidings.views.timeline_pages import render_html, render_timelinejs

    check_format(fmt, ("text", "md", "json", "html", "timelinejs"))
    store = open_store(db, readonly=True)
    entries = build_timeline(store, actor=actor, dyad=dyad, date_from=date_from, date_to=date_to, type=type_,
                             query=query, min_sources=min_sources, top=top, statements=statements,
                             background=background, key=key, reviewed_only=reviewed_only)
    render = {"json": render_json, "md": render_markdown, "text": render_text, "html": render_html,
              "timelinejs": render_timelinejs}[fmt]
    write_out(render(entries))


def show_cmd(item_id: Annotated[str, typer.Argument(metavar="ID", help="A document or event id.")],
             db: DbOption = None) -> None:
    """Show one document or event, with its evidence, as JSON."""
    store = open_store(db, readonly=True)
    doc = store.document(item_id)
    if doc is not None:
        out = document_json(doc)
        out["events"] = query_events(store, doc_id=item_id)
        out["removed"] = json.loads(doc["removed_json"])
        write_out(json.dumps(out, ensure_ascii=False, indent=2))
        return
    doc_id = reads.document_of_event(store, item_id)
    if doc_id is None:
        fail_usage(f"no document or event with id {item_id!r} in {store.path} (list them with 'tidings docs')")
    event = next(e for e in query_events(store, doc_id=doc_id) if e["id"] == item_id)
    write_out(json.dumps(event, ensure_ascii=False, indent=2))


def status_cmd(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """What the store holds and what is pending: documents, documents not fused yet, events, happenings,
    failures, and the last fusion pass."""
    check_format(fmt, ("table", "json"))
    store = open_store(db, readonly=True)
    figures = reads.status(store)
    if fmt == "json":
        write_out(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    lines = [f"{k.replace('_', ' ')}: {v}" for k, v in figures.items()]
    if figures["pending_fusion"]:
        lines.append("run 'tidings fuse' to fuse the pending documents")
    write_out("\n".join(lines))


def failures_cmd(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json, jsonl or csv.")] = "table",
) -> None:
    """List inputs that could not be stored, with the stage, code and fix."""
    check_format(fmt, ("json", "jsonl", "csv", "table"))
    store = open_store(db, readonly=True)
    rows = reads.failures(store)
    write_out(formats.render(rows, fmt, ("origin", "stage", "code", "message")))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("run")(run_cmd)
    app.command("ingest")(ingest_cmd)
    app.command("docs")(docs_cmd)
    app.command("events")(events_cmd)
    app.command("timeline")(timeline_cmd)
    app.command("show")(show_cmd)
    app.command("failures")(failures_cmd)
    app.command("status")(status_cmd)
