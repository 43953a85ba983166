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
    app()
