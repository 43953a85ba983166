"""The `tidings` command line: a thin layer over the Python API.

Data goes to stdout, progress and logs to stderr. Stage owners add their commands in a module of
this package with a `register(app, eval_app)` function, listed in `COMMAND_MODULES`.
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated

import typer

from tidings.cli.common import eval_app, write_out

app = typer.Typer(
    name="tidings",
    help="Turn news articles into a sourced, dated database of political events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(eval_app, name="eval")


def _show_version(wanted: bool) -> None:
    if wanted:
        try:
            write_out(f"tidings {version('tidings')}")
        except PackageNotFoundError:  # running from a source tree that was never installed
            write_out("tidings (not installed)")
        raise typer.Exit(0)


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_show_version,
                                                help="Print the version and exit.")] = False) -> None:
    """Turn news articles into a sourced, dated database of political events."""

COMMAND_MODULES = (
    "tidings.cli.core",  # run, ingest, docs, events, timeline, show, failures
    "tidings.cli.timex",  # timex (temporal engine), eval timex
    "tidings.cli.coding",  # code (event coder), eval events
    "tidings.cli.more",  # facts, trend, export, merge, serve ... (added as issues land)
    "tidings.cli.serve",
    "tidings.cli.scale",  # export (parquet, csv, jsonl, gdelt), merge
    "tidings.cli.wcep",
    "tidings.cli.gate",  # eval --gate, eval --rebaseline
    "tidings.cli.review",  # review confirm|reject|correct|merge|split|export|import|list
)


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # a command module not written yet
                continue
            raise
        module.register(app, eval_app)


_register_all()


def main() -> None:
    """Run the CLI. A store that turns out damaged part-way through a command (a corrupt page is only
    met when read) ends it with one coded line and status 2, like any unusable store, not a traceback."""
    import sqlite3

    try:
        app()
    except sqlite3.DatabaseError as exc:
        from tidings.cli.common import fail_usage, settings_for
        from tidings.store.sqlite import store_error

        try:
            fail_usage(store_error(settings_for(_db_argument()).db, exc).message)
        except typer.Exit as done:
            raise SystemExit(done.exit_code) from None


def _db_argument() -> str | None:
    """The --db the command line gave, to name the store in an error raised outside any command."""
    import sys

    args = sys.argv[1:]
    for i, arg in enumerate(args):
        if arg == "--db" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--db="):
            return arg[5:]
    return None
