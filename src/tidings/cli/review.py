"""`tidings review`: confirm, reject or correct events and happenings; move decisions between stores.

Decisions are stored in the store (`review_decisions`) and re-applied whenever the analysis is re-derived
(see `tidings.store.review`). Each is stored under the reviewer name (the `reviewer` setting, else the
login name), with its time and reason.
"""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from tidings.cli.common import (
    DbOption,
    check_format,
    fail_usage,
    open_store,
    settings_for,
    stderr,
    write_out,
)
from tidings.errors import TidingsError
from tidings.store import review
from tidings.views import formats

review_app = typer.Typer(help="Review events and happenings: confirm, reject, correct; export and import decisions.",
                         no_args_is_help=True)

ItemId = Annotated[str, typer.Argument(metavar="ID", help="An event id (e...) or a happening id (h...).")]
Reason = Annotated[str, typer.Option("--reason", "-r", help="Why (kept with the decision).")]


def reviewer_name(configured: str) -> str:
    """The configured reviewer, else the login name (decisions always say who made them)."""
    if configured.strip():
        return configured.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"


def _decide(db: str | None, item_id: str, action: str, reason: str, changes: dict[str, Any] | None = None) -> None:
    settings = settings_for(db)
    store = open_store(db)
    who = reviewer_name(settings.reviewer)
    try:
        if item_id.startswith("h"):
            made = review.decide_happening(store, item_id, action, reviewer=who, reason=reason, changes=changes)
        else:
            made = [review.decide_event(store, item_id, action, reviewer=who, reason=reason, changes=changes)]
    except TidingsError as exc:
        fail_usage(exc.message)
    stderr.print(f"{action}: {len(made)} item(s) of {item_id} by {who}", highlight=False)


def confirm_cmd(item_id: ItemId, db: DbOption = None, reason: Reason = "") -> None:
    """Confirm an event or a happening: it is right as coded."""
    _decide(db, item_id, "confirm", reason)


def reject_cmd(item_id: ItemId, reason: Annotated[str, typer.Option("--reason", "-r", help="Why it is wrong.")],
               db: DbOption = None) -> None:
    """Reject an event or a happening: default outputs (events, timeline, trend, exports) leave it out."""
    _decide(db, item_id, "reject", reason)


def correct_cmd(
    item_id: ItemId,
    db: DbOption = None,
    reason: Reason = "",
    type_: Annotated[str | None, typer.Option("--code", help="The right type: CAMEO code (042) or PLOVER type.")
                     ] = None,
    mode: Annotated[str | None, typer.Option(help="factual, future, hypothetical or negated.")] = None,
    date: Annotated[str | None, typer.Option(help="ISO date: 2024, 2024-03 or 2024-03-29.")] = None,
    source: Annotated[str | None, typer.Option(help="Source actor: a name the actor base knows, or a text "
                                                    "with --source-country.")] = None,
    source_country: Annotated[str | None, typer.Option(help="Source actor's country (ISO3).")] = None,
    source_sector: Annotated[str | None, typer.Option(help="Source actor's sector (GOV, MIL, BUS ...).")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor, as --source.")] = None,
    target_country: Annotated[str | None, typer.Option(help="Target actor's country (ISO3).")] = None,
    target_sector: Annotated[str | None, typer.Option(help="Target actor's sector.")] = None,
) -> None:
    """Correct an event's (or a happening's events') type, mode, date or actors."""
    changes: dict[str, Any] = {"mode": mode, "date": date}
    if type_:
        changes.update(review.parse_type(type_))
    try:
        for side, text, country, sector in (("source", source, source_country, source_sector),
                                            ("target", target, target_country, target_sector)):
            if text or country:
                changes[side] = review.actor_change(text or "", country, sector)
    except TidingsError as exc:
        fail_usage(exc.message)
    _decide(db, item_id, "correct", reason, changes)


def merge_cmd(happening_ids: Annotated[list[str], typer.Argument(metavar="ID...", help="Two or more happening ids.")],
              db: DbOption = None, reason: Reason = "") -> None:
    """Merge happenings that report the same thing (kept through re-fusion: the members stay together)."""
    settings = settings_for(db)
    store = open_store(db)
    who = reviewer_name(settings.reviewer)
    try:
        made = review.merge_happenings(store, happening_ids, reviewer=who, reason=reason)
    except TidingsError as exc:
        fail_usage(exc.message)
    stderr.print(f"merge: {len(made)} member(s) of {', '.join(happening_ids)} by {who}", highlight=False)


def split_cmd(happening_id: Annotated[str, typer.Argument(metavar="HAPPENING", help="A happening id.")],
              item_id: Annotated[str, typer.Argument(metavar="MEMBER", help="The id of the member to take out.")],
              db: DbOption = None, reason: Reason = "") -> None:
    """Take one member (event, statement or fact) out of a happening into a happening of its own."""
    settings = settings_for(db)
    store = open_store(db)
    who = reviewer_name(settings.reviewer)
    try:
        review.split_member(store, happening_id, item_id, reviewer=who, reason=reason)
    except TidingsError as exc:
        fail_usage(exc.message)
    stderr.print(f"split: {item_id} out of {happening_id} by {who}", highlight=False)


def export_cmd(db: DbOption = None,
               out: Annotated[str | None, typer.Option("--out", "-o", help="File (default: standard output).")] = None
               ) -> None:
    """Every decision as JSON lines, to move them to another store (`tidings review import`)."""
    store = open_store(db, readonly=True)
    lines = list(review.export_lines(store))
    text = "".join(line + "\n" for line in lines)
    if out:
        Path(out).write_text(text, encoding="utf-8")
        stderr.print(f"{len(lines)} decision(s) written to {out}", highlight=False)
    else:
        sys.stdout.write(text)


def import_cmd(path: Annotated[str, typer.Argument(help="A file of JSON lines from 'tidings review export', "
                                                        "or '-' for standard input.")],
               db: DbOption = None) -> None:
    """Add decisions exported from another store, and re-apply them to this store's events and happenings."""
    from tidings.fuse import fuse_store

    store = open_store(db)
    try:
        if path == "-":
            added, skipped = review.import_lines(store, sys.stdin, "-")
        else:
            if not Path(path).is_file():
                fail_usage(TidingsError("T501", path, "no such file: give the file 'tidings review export' "
                                                      "wrote").message)
            with Path(path).open(encoding="utf-8") as fh:
                added, skipped = review.import_lines(store, fh, path)
        if added:  # corrected events re-fuse into the happenings a store built with them would have
            fuse_store(store, settings_for(db), force=True)
    except TidingsError as exc:
        fail_usage(exc.message)
    stderr.print(f"imported {added} decision(s), {skipped} already here", highlight=False)


def list_cmd(db: DbOption = None,
             fmt: Annotated[str, typer.Option("--format", help="table, jsonl, json or csv.")] = "table",
             rejected: Annotated[bool, typer.Option("--rejected", help="Only the rejected events, with why.")
                                 ] = False) -> None:
    """List the decisions (or the rejected events)."""
    check_format(fmt, ("table", "jsonl", "json", "csv"))
    store = open_store(db, readonly=True)
    if rejected:
        rows = review.rejected_events(store, limit=1_000_000)
        write_out(formats.render(rows, fmt, ("id", "date", "cameo", "source_country", "target_country", "reason",
                                             "reviewer", "at")))
        return
    rows = [d.as_json() for d in review.decisions(store)]
    for r in rows:
        r["changes"] = json.dumps(r["changes"], ensure_ascii=False) if r["changes"] else ""
    write_out(formats.render(rows, fmt, ("at", "reviewer", "action", "kind", "item_id", "changes", "reason")))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    review_app.command("confirm")(confirm_cmd)
    review_app.command("reject")(reject_cmd)
    review_app.command("correct")(correct_cmd)
    review_app.command("merge")(merge_cmd)
    review_app.command("split")(split_cmd)
    review_app.command("export")(export_cmd)
    review_app.command("import")(import_cmd)
    review_app.command("list")(list_cmd)
    app.add_typer(review_app, name="review")
