"""Options and helpers shared by every command, so `--db` and `--format` mean the same everywhere."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import lru_cache
from importlib.resources import files
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


def check_date(param: str) -> Callable[[str | None], str | None]:
    """A callback refusing anything but an ISO year, month or day (`--from 2024-13-45` is an error)."""
    def check(value: str | None) -> str | None:
        from tidings.time.values import point_of

        if value is not None and point_of(value) is None:
            fail_usage(f"bad {param} {value!r}: give an ISO date such as 2024-03-29 (or 2024-03, 2024)")
        return value
    return check


def check_actor(value: str | None) -> str | None:
    """A country or group code (CHN, UN) or an actor id of the actor base (with the user's actor files)."""
    if value is None or value.upper() in known_codes():
        return value.upper() if value else value
    from tidings.actors import configured_paths, load_actor_base

    if value not in load_actor_base(configured_paths(settings_for())).actors:
        fail_usage(f"unknown --actor {value!r}: give a country or group code such as CHN or UN, or an actor id")
    return value


def check_dyad(value: str | None) -> str | None:
    """Two country or group codes joined by a hyphen (CHN-KAZ)."""
    if value is None:
        return value
    parts = value.upper().split("-")
    if len(parts) != 2 or not all(p in known_codes() for p in parts):
        fail_usage(f"bad --dyad {value!r}: give two country or group codes joined by '-', such as CHN-KAZ")
    return value.upper()


def check_cameo(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{2,4}", value):
        fail_usage(f"bad --cameo {value!r}: give a CAMEO code or prefix of 2 to 4 digits, such as 04 or 042")
    return value


def check_type(value: str | None) -> str | None:
    """event, statement or fact; a CAMEO prefix; or a PLOVER event type (CONSULT, AGREE...)."""
    if value is None or value.lower() in ("event", "statement", "fact") or re.fullmatch(r"\d{2,4}", value):
        return value
    from tidings.events.ontology import load_ontology

    types = {p.event.upper() for p in load_ontology().plover.values() if p.event}
    if value.upper() not in types:
        fail_usage(f"bad --type {value!r}: give event, statement or fact, a CAMEO prefix such as 04, or a PLOVER "
                   f"type ({', '.join(sorted(types)[:4])}...)")
    return value


def check_count(param: str) -> Callable[[int], int]:
    """A callback refusing a negative count (one line, exit 2, like every other bad value)."""
    def check(value: int) -> int:
        if value < 0:
            fail_usage(f"bad {param} {value}: give 0 or more")
        return value
    return check


@lru_cache(maxsize=1)
def known_codes() -> frozenset[str]:
    """Country codes (countries.tsv) and the codes of organisations and groups (organizations.tsv)."""
    folder = files("tidings") / "data" / "actors"
    codes = set()
    for name, column in (("countries.tsv", 0), ("organizations.tsv", 3)):
        for line in (folder / name).read_text(encoding="utf-8").splitlines()[1:]:
            cells = line.split("\t")
            if line and not line.startswith("#") and len(cells) > column and cells[column].isupper():
                codes.add(cells[column])
    return frozenset(codes)


QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")]
ActorOption = Annotated[str | None, typer.Option(
    "--actor", callback=check_actor, help="A country or group code (CHN, UN) or an actor id.")]
DyadOption = Annotated[str | None, typer.Option(
    "--dyad", callback=check_dyad, help="Two country or group codes, e.g. CHN-KAZ (either direction).")]
CameoOption = Annotated[str | None, typer.Option(
    "--cameo", callback=check_cameo, help="CAMEO code prefix, e.g. 04.")]
DateFromOption = Annotated[str | None, typer.Option(
    "--from", callback=check_date("--from"), help="Earliest date (ISO: 2024-03-29, 2024-03 or 2024).")]
DateToOption = Annotated[str | None, typer.Option(
    "--to", callback=check_date("--to"), help="Latest date (ISO: 2024-03-29, 2024-03 or 2024).")]
TypeOption = Annotated[str | None, typer.Option(
    "--type", callback=check_type, help="event, statement or fact; a CAMEO prefix; or a PLOVER type.")]


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


ReviewedOnly = Annotated[bool, typer.Option("--reviewed-only",
                                            help="Only events an analyst confirmed or corrected (rejected ones "
                                                 "are always left out).")]


class PhaseReport:
    """One line per finished phase on stderr ("fusing: ... in 2.1 s, 9.5/s"), beside the live progress bar a
    terminal shows; nothing with --quiet. Times are wall-clock seconds of this process."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self._started: dict[str, float] = {}

    def start(self, phase: str) -> None:
        import time

        self._started[phase] = time.perf_counter()

    def done(self, phase: str, what: str, count: int = 0) -> None:
        import time

        seconds = time.perf_counter() - self._started.pop(phase, time.perf_counter())
        rate = f", {count / seconds:.1f}/s" if count and seconds > 0 else ""
        if not self.quiet:
            stderr.print(f"{phase}: {what} in {seconds:.1f} s{rate}", highlight=False, soft_wrap=True, markup=False)
