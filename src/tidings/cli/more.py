"""Commands over fused results: fuse, happenings, facts, trend; and `eval fusion` (ECB+)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Any

import typer

from tidings.cli.common import (
    ActorOption,
    DateFromOption,
    DateToOption,
    DbOption,
    DyadOption,
    QuietOption,
    ReviewedOnly,
    check_dyad,
    check_format,
    fail_usage,
    settings_for,
    stderr,
    write_out,
)
from tidings.errors import TidingsError, require_extra
from tidings.store import Store
from tidings.store.lock import writer_lock
from tidings.views import formats

Format = Annotated[str, typer.Option("--format", help="json, jsonl, csv or table.")]


def fuse_cmd(
    db: DbOption = None,
    full: Annotated[bool, typer.Option("--full", help="Recompute every document's fusion from scratch (ids already "
                                       "shown are kept).")] = False,
    quiet: QuietOption = False,
) -> None:
    """Fuse the documents no pass has seen yet (ingest --no-fuse) with what they match; --full recomputes
    duplicates, story clusters, story dates and happenings over the whole store. The report is JSON."""
    from tidings.cli.common import PhaseReport, open_store
    from tidings.cli.core import fuse_pending
    from tidings.fuse import fuse_store

    settings = settings_for(db)
    store = open_store(db)
    try:
        with writer_lock(settings.db):
            report = fuse_pending(store, settings, PhaseReport(quiet), full=full) or fuse_store(store, settings)
    except TidingsError as exc:
        fail_usage(exc.message)
    write_out(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))


def happenings_cmd(
    db: DbOption = None,
    fmt: Format = "table",
    dyad: DyadOption = None,
    actor: ActorOption = None,
) -> None:
    """List happenings (events fused across documents) with their mention, source and article counts."""
    from tidings.cli.common import open_store
    from tidings.views.timeline import build_timeline

    check_format(fmt, ("json", "jsonl", "csv", "table"))
    store = open_store(db, readonly=True)
    rows = [e.as_json() for e in build_timeline(store, actor=actor, dyad=dyad)]
    cols = ("date", "kind", "plover", "mentions", "sources_count", "articles", "headline")
    write_out(formats.render(rows, fmt, cols))


def facts_cmd(
    db: DbOption = None,
    fmt: Format = "table",
    doc: Annotated[str | None, typer.Option("--doc", help="Only facts of this document id.")] = None,
    what: Annotated[str | None, typer.Option("--what", help="Only facts whose 'what' contains this text.")] = None,
) -> None:
    """List stored facts: quantities the articles state, with unit, period, change and evidence."""
    from tidings.cli.common import open_store

    check_format(fmt, ("json", "jsonl", "csv", "table"))
    store = open_store(db, readonly=True)
    rows = query_facts(store, doc_id=doc, what=what)
    write_out(formats.render(rows, fmt, ("period", "what", "value", "unit", "change_pct", "path")))


def query_facts(store: Store, doc_id: str | None = None, what: str | None = None) -> list[dict[str, Any]]:
    """Stored facts as `tidings.facts.fact_to_json` shapes them, in document and text order."""
    from tidings.facts import fact_to_json
    from tidings.store.fusion_tables import fact_of

    sql = ("SELECT f.*, d.origin AS origin, d.text AS doc_text FROM facts f JOIN documents d ON d.id = f.doc_id"
           " WHERE (:doc IS NULL OR f.doc_id = :doc) AND (:what IS NULL OR f.what LIKE '%' || :what || '%')"
           " ORDER BY d.origin, f.start, f.id")
    return [fact_to_json(fact_of(r), r["origin"], r["doc_text"]) for r in store.query(sql, {"doc": doc_id,
                                                                                             "what": what})]


def trend_cmd(
    dyad: Annotated[str, typer.Option(callback=check_dyad, help="Two country or group codes, e.g. CHN-KAZ.")],
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
    out: Annotated[str | None, typer.Option("--out", help="Also draw the plot to this .png or .svg file.")] = None,
    date_from: DateFromOption = None,
    date_to: DateToOption = None,
    reviewed_only: ReviewedOnly = False,
) -> None:
    """A dyad's happenings per month by quad class, with the mean Goldstein score (table and plot)."""
    from tidings.cli.common import open_store
    from tidings.views.trends import dyad_trend, plot_trend

    check_format(fmt, ("table", "json", "csv"))
    store = open_store(db, readonly=True)
    try:
        trend = dyad_trend(store, dyad, date_from, date_to, reviewed_only=reviewed_only)
        if out:
            require_extra("charts", "tidings trend --out")
            stderr.print(f"wrote {plot_trend(trend, out)}", highlight=False)
    except TidingsError as exc:
        fail_usage(exc.message)
    if fmt == "json":
        write_out(json.dumps(trend.as_json(), ensure_ascii=False, indent=2))
        return
    cols = ("month", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
            "goldstein_mean", "mentions")
    write_out(formats.render(trend.months, fmt, cols))
    if trend.unplaced:
        stderr.print(f"{trend.unplaced} happening(s) dated only to a year or quarter are not in any month",
                     highlight=False)


def eval_fusion_cmd(
    corpus: Annotated[str | None, typer.Option(help="ECB+ tarball or folder (default: the shared folder's).")] = None,
    topics: Annotated[str | None, typer.Option(help="Comma-separated topic numbers, or 'dev' / 'nondev'.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    level: Annotated[str, typer.Option("--level", help="document (story clusters) or mention (event "
                                                        "coreference of coded mentions).")] = "document",
) -> None:
    """ECB+: B-cubed F1 of story clusters against (topic, seminal event), or with --level mention MUC,
    B-cubed, CEAF-e and CoNLL F1 of happenings over the coded mentions aligned to the gold mentions."""
    from tidings.eval import shared_dir
    from tidings.eval.fusion import DEFAULT_CORPUS, DEV_TOPICS, evaluate_ecbplus

    chosen: list[int] | None = None
    if topics == "dev":
        chosen = list(DEV_TOPICS)
    elif topics == "nondev":
        chosen = [t for t in range(1, 36) if t not in DEV_TOPICS]
    elif topics:
        try:
            chosen = [int(t) for t in topics.split(",")]
        except ValueError:
            fail_usage(f"--topics {topics!r}: give numbers like 1,2,3, or 'dev' / 'nondev'")
    if corpus is None:
        shared = shared_dir(None, DEFAULT_CORPUS)
        if shared is None:
            fail_usage("ECB+ not found: pass --corpus (the ECB+ tarball or folder) or set TIDINGS_SHARED")
            return
        corpus = str(shared / DEFAULT_CORPUS)
    if level not in ("document", "mention"):
        fail_usage(f"--level {level!r}: choose document or mention")
    if level == "mention":
        _eval_mentions(corpus, chosen, as_json)
        return
    result = _scored(lambda: evaluate_ecbplus(corpus, chosen), as_json)
    if result is None:
        return
    look = result["lookalikes"]
    write_out(
        f"documents {result['documents']}  gold clusters {result['gold_clusters']}  clusters {result['clusters']}\n"
        f"B3 precision {result['bcubed_precision']:.3f}  recall {result['bcubed_recall']:.3f}  "
        f"F1 {result['bcubed_f1']:.3f}\n"
        f"look-alike events kept apart in {look['kept_apart']}/{look['topics']} topics "
        f"(mean share of cross pairs merged {look['merged_pair_share']:.3f}); not apart: {look['not_apart']}\n"
        f"bcubed_f1={result['bcubed_f1']} kept_apart={look['kept_apart']}/{look['topics']} seconds={result['seconds']}"
    )


def _scored(evaluate: Callable[[], dict[str, Any]], as_json: bool) -> dict[str, Any] | None:
    """Run an evaluation (a coded error is a usage error); with --json print it and return None."""
    try:
        result = evaluate()
    except TidingsError as exc:
        fail_usage(exc.message)
    if as_json:
        write_out(json.dumps(result))
        return None
    return result


def _eval_mentions(corpus: str, topics: list[int] | None, as_json: bool) -> None:
    from tidings.eval.fusion_mentions import evaluate_mentions

    result = _scored(lambda: evaluate_mentions(corpus, topics), as_json)
    if result is None:
        return
    lines = [f"documents {result['documents']}  gold mentions {result['gold_mentions']}  coded events "
             f"{result['coded_events']}  aligned mentions {result['aligned_mentions']}"]
    lines += [f"{name:7} precision {result[name]['precision']:.3f}  recall {result[name]['recall']:.3f}  "
              f"F1 {result[name]['f1']:.3f}" for name in ("muc", "bcubed", "ceaf_e")]
    lines.append(f"conll_f1={result['conll_f1']} aligned_mentions={result['aligned_mentions']} "
                 f"seconds={result['seconds']}")
    write_out("\n".join(lines))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("fuse")(fuse_cmd)
    app.command("happenings")(happenings_cmd)
    app.command("facts")(facts_cmd)
    app.command("trend")(trend_cmd)
    eval_app.command("fusion")(eval_fusion_cmd)
