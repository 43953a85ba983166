"""`tidings eval --gate`: every gated evaluation against the committed baseline (exit 1 when one fails),
and `tidings eval --rebaseline`: write the baseline from the figures measured now."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tidings.cli.common import fail_usage, settings_for, stderr, write_out
from tidings.errors import EXIT_OK

if TYPE_CHECKING:
    from tidings.eval.gate import Evaluation

EXIT_GATE_FAILED = 1


def eval_main(
    ctx: typer.Context,
    gate: Annotated[bool, typer.Option("--gate", help="Check the gated evaluations against the baseline; "
                                       "exit 1 below a floor, above a ceiling or on a changed corpus.")] = False,
    rebaseline: Annotated[bool, typer.Option("--rebaseline", help="Measure, then rewrite the baseline's bounds "
                                             "and corpus hashes from the figures measured now.")] = False,
    only: Annotated[str | None, typer.Option("--only", help="Comma-separated evaluations (default: those CI "
                                             "runs; 'all' for every one).")] = None,
    shared: Annotated[str | None, typer.Option("--shared", help="The shared data folder (default: ../shared).")
                      ] = None,
    baseline: Annotated[str | None, typer.Option("--baseline", help="Baseline file (default: the shipped one).")
                        ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the measured figures as JSON.")] = False,
) -> None:
    """Score tidings against gold sets; with --gate, fail when a gated figure fell."""
    if ctx.invoked_subcommand is not None:
        if gate or rebaseline:
            fail_usage("--gate and --rebaseline go before no subcommand: 'tidings eval --gate [--only ...]'")
        return
    if not (gate or rebaseline):
        write_out(ctx.get_help())
        raise typer.Exit(EXIT_OK)
    from tidings.eval import shared_dir
    from tidings.eval.gate import BASELINE, EVALUATIONS, check, load_baseline, measure, write_baseline
    from tidings.eval.gate import rebaseline as rebaselined

    names = _chosen(only, EVALUATIONS)
    folder = shared_dir(shared, "gold")
    if folder is None:
        fail_usage("shared data not found: pass --shared DIR (the folder holding gold/ and event_coding_gold/)")
    path = Path(baseline) if baseline else BASELINE
    results = measure(names, folder, settings_for(), progress=lambda n: stderr.print(f"measuring {n}",
                                                                                      highlight=False))
    if as_json:
        write_out(json.dumps(results, indent=1))
    current = load_baseline(path)
    if rebaseline:
        write_baseline(rebaselined(results, current), path)
        stderr.print(f"baseline written: {path} ({', '.join(names)})", highlight=False)
        raise typer.Exit(EXIT_OK)
    problems = check(results, current)
    for name, result in results.items():
        stderr.print(f"{name:10} {result['seconds']:>6} s  " + " ".join(
            f"{k}={v:g}" for k, v in result["figures"].items()), highlight=False, soft_wrap=True)
    for line in problems:
        stderr.print(f"GATE {line}", markup=False, highlight=False, soft_wrap=True)
    if problems:
        raise typer.Exit(EXIT_GATE_FAILED)
    stderr.print(f"gate passed: {len(results)} evaluations at or above their baseline", highlight=False)


def _chosen(only: str | None, evaluations: Mapping[str, Evaluation]) -> list[str]:
    if only is None:
        return [n for n, e in evaluations.items() if e.ci]
    if only == "all":
        return list(evaluations)
    names = [n.strip() for n in only.split(",") if n.strip()]
    unknown = sorted(set(names) - set(evaluations))
    if unknown:
        fail_usage(f"unknown evaluation(s) {', '.join(unknown)}: choose from {', '.join(evaluations)} or all")
    return names


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    eval_app.callback(invoke_without_command=True)(eval_main)
