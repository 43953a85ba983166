"""`tidings eval wcep`: the pipeline on real dated news bullets (Wikipedia Current Events Portal).

See tidings.eval.wcep for what is measured and why; docs/evaluation-wcep.md for how to run it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from tidings.cli.common import fail_usage, settings_for, stderr, write_out
from tidings.errors import TidingsError
from tidings.eval import shared_dir

CORPUS = Path("corpora", "wcep_daily_2025-01_to_2026-04", "events.jsonl.gz")
REPO = Path(__file__).resolve().parents[3]


def default_wcep() -> Path | None:
    """The shared WCEP events file (see `tidings.eval.shared_dir`); None when no shared folder has it."""
    root = shared_dir(None, str(CORPUS))
    return root / CORPUS if root else None


def eval_wcep_cmd(
    wcep: Annotated[str | None, typer.Option("--wcep", help="WCEP events.jsonl(.gz) (default: "
                                             "../shared/corpora/wcep_daily_2025-01_to_2026-04/events.jsonl.gz).")
                    ] = None,
    size: Annotated[int, typer.Option("--size", help="Bullets in the stratified sample (0: all).")] = 400,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the sample (fixed: same sample every run).")] = (
        20250101),
    floor: Annotated[int, typer.Option("--floor", help="Least bullets per category in the sample.")] = 25,
    json_path: Annotated[str | None, typer.Option("--json", help="Also write the figures as JSON to this file "
                                                  "('-' for stdout instead of the text report).")] = None,
    failures: Annotated[str, typer.Option("--failures", help="Markdown list of the most informative failures "
                                          "('' to skip).")] = "/tmp/wcep_failures.md",
    top: Annotated[int, typer.Option("--top", help="How many failures to list.")] = 40,
) -> None:
    """Event recall, date accuracy, actor plausibility, type mix and speed on WCEP bullets."""
    from tidings.eval import wcep as ev

    path = Path(wcep) if wcep else default_wcep()
    if path is None or not path.is_file():
        stderr.print(f"WCEP corpus not found at {path or CORPUS}: pass --wcep PATH to events.jsonl.gz; skipped.",
                     markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(0)
    if size < 0 or floor < 0 or top < 0:
        fail_usage("--size, --floor and --top must be 0 or more")
    try:
        bullets = ev.bullets_from_rows(ev.read_rows(path))
    except TidingsError as exc:
        fail_usage(exc.message)
    sample = ev.stratified_sample(bullets, size, seed, floor) if size else bullets
    stderr.print(f"coding {len(sample)} of {len(bullets)} WCEP bullets from {path}", highlight=False)
    settings = settings_for()
    coded, speed = ev.code_bullets(sample, settings=settings)
    countries = ev.known_countries()
    figures = ev.score(coded, speed, countries)
    report = figures.as_dict() | {"sample": {"path": str(path), "size": size, "seed": seed, "floor": floor}}
    if json_path == "-":
        write_out(json.dumps(report, indent=1))
    else:
        write_out(ev.render_report(figures))
        if json_path:
            Path(json_path).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if failures and top:
        listing = ev.failures_markdown(ev.pick_failures(coded, top, countries))
        Path(failures).write_text(listing + "\n", encoding="utf-8")
        stderr.print(f"failures written to {failures}", highlight=False)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    eval_app.command("wcep")(eval_wcep_cmd)
