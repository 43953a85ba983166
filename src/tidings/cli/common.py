"""Options and helpers shared by every command, so `--db` and `--format` mean the same everywhere."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from tidings.config import Settings, load_settings
from tidings.errors import EXIT_USAGE, TidingsError
from tidings.store import Store

eval_app = typer.Typer(help="Score tidings against gold sets.")
stderr = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="TIDINGS_DB", help="SQLite store path (default: ./tidings.db)."),
]


def settings_for(db: str | None = None, **changes: object) -> Settings:
    """Settings from defaults, file and environment, then the command-line options."""
    try:
        return load_settings().replace(db=db, **changes)
    except TidingsError as exc:
        fail_usage(exc.message)


def open_store(db: str | None, readonly: bool = False) -> Store:
    settings = settings_for(db)
    if readonly and not Path(settings.db).exists():
        fail_usage(TidingsError("T304", settings.db).message)
    try:
        return Store(settings.db, readonly=readonly)
    except TidingsError as exc:
        fail_usage(exc.message)
        raise


def fail_usage(message: str) -> NoReturn:
    """Print a one-line usage error on stderr and exit with status 2."""
    stderr.print(message, markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(EXIT_USAGE)


def check_format(value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        fail_usage(f"unknown --format {value!r}: choose one of {', '.join(allowed)}")
    return value


def write_out(text: str) -> None:
    """Data to stdout, always ending with one newline."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
