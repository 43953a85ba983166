"""The `tidings` command line: a thin layer over the Python API.

Data goes to stdout, progress and logs to stderr. Stage owners add their commands in a module of
this package with a `register(app, eval_app)` function, listed in `COMMAND_MODULES`.
"""

from __future__ import annotations

import importlib

import typer

from tidings.cli.common import eval_app

app = typer.Typer(
    name="tidings",
    help="Turn news articles into a sourced, dated database of political events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(eval_app, name="eval")

COMMAND_MODULES = (
    "tidings.cli.core",  # run, ingest, docs, events, timeline, show, failures
    "tidings.cli.timex",  # timex (temporal engine), eval timex
    "tidings.cli.coding",  # code (event coder), eval events
    "tidings.cli.more",  # facts, trend, export, merge, serve ... (added as issues land)
    "tidings.cli.serve",
    "tidings.cli.scale",  # export (parquet, csv, jsonl, gdelt), merge
    "tidings.cli.wcep",
    "tidings.cli.review",  # review confirm|reject|correct|export|import|list
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
