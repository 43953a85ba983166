"""`tidings code` (code sentences or short passages to events) and `tidings eval events`."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from tidings.cli.common import fail_usage, settings_for, stderr, write_out
from tidings.errors import EXIT_ALL_FAILED, EXIT_SOME_FAILED, TidingsError
from tidings.eval import shared_dir

EVAL_SETS = ("realnews", "plv", "plover", "petrarch", "quad", "seeds")
HALF_NAMES = ("tune", "check", "all")


def _records(stream: TextIO, origin: str) -> Any:
    """(line number, record or error message) for each non-blank JSONL line."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, TidingsError("T106", f"{origin}:{number}", f"not JSON ({exc.msg})").message
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield number, TidingsError("T106", f"{origin}:{number}", "no 'text' string").message
            continue
        yield number, record


def _date_of(record: dict[str, Any]) -> str | None:
    value = record.get("date")
    return str(value)[:10] if value else None


def code_cmd(
    path: Annotated[str, typer.Argument(help="JSONL file of {id, text, date} records, '-' for stdin.")] = "-",
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Read and write JSON lines (the only mode).")] = True,
) -> None:
    """Code each sentence or short passage: one {"id", "events"} line per input line."""
    from tidings.analysis import analyzer_for
    from tidings.events.output import event_to_json

    if not jsonl:
        fail_usage("only --jsonl input is supported: lines of {\"id\", \"text\", \"date\"}")
    origin = "<stdin>" if path == "-" else path
    try:
        stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        fail_usage(TidingsError("T100", path, exc.strerror or "cannot open").message)
    good: list[tuple[Any, dict[str, Any]]] = []
    failed = 0
    try:
        for number, record in _records(stream, origin):
            if isinstance(record, str):
                stderr.print(record, markup=False, highlight=False)
                failed += 1
            else:
                good.append((record.get("id", number), record))
    finally:
        if stream is not sys.stdin:
            stream.close()
    coded = analyzer_for(settings_for()).code_texts((r["text"], _date_of(r)) for _, r in good)
    for (rid, record), (_, events) in zip(good, coded, strict=True):
        rows = [event_to_json(e, origin, record["text"]) for e in events]
        write_out(json.dumps({"id": rid, "events": rows}, ensure_ascii=False))
    if failed:
        raise typer.Exit(EXIT_ALL_FAILED if not good else EXIT_SOME_FAILED)


def _shared_dir(given: str | None) -> Path:
    found = shared_dir(given, "event_coding_gold")
    if found is not None:
        return found
    fail_usage("shared data not found: pass --shared DIR (the folder holding event_coding_gold/)")
    raise AssertionError  # unreachable: fail_usage exits


def eval_events_cmd(
    shared: Annotated[str | None, typer.Option("--shared", help="Folder with event_coding_gold/ and gold/.")] = None,
    only: Annotated[str, typer.Option("--only", help="Comma-separated subset of "
                                      "realnews,plv,plover,petrarch,quad,seeds.")] = ",".join(EVAL_SETS),
    misses: Annotated[int, typer.Option("--misses", help="Print this many wrong items per set.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object instead of text.")] = False,
) -> None:
    """Event coder figures on every dev set, by tune and check half (tidings.eval.split): real news pages,
    PLV_train, PLOVER GSR, PETRARCH functional tests, quad classes; and the seeds (whole set)."""
    root = _shared_dir(shared)
    wanted = [s.strip() for s in only.split(",") if s.strip()]
    unknown = set(wanted) - set(EVAL_SETS)
    if unknown:
        fail_usage(f"unknown set(s) {', '.join(sorted(unknown))}: choose from {', '.join(EVAL_SETS)}")
    report: dict[str, Any] = {}
    for name in wanted:
        started = time.perf_counter()
        report[name], wrong = _RUNNERS[name](root)
        report[name]["seconds"] = round(time.perf_counter() - started, 1)
        if misses and not as_json:
            for line in wrong[:misses]:
                write_out(f"  {name} miss: {line}")
    write_out(json.dumps(report, indent=1) if as_json else _render(report))


def _cell(value: Any) -> str:
    if isinstance(value, dict) and "rate" in value:
        return f"{value['rate']:.3f} ({value['right']}/{value['of']})"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _render_halves(figures: dict[str, Any]) -> list[str]:
    """One row per figure, one column per half."""
    names = list(dict.fromkeys(k for half in HALF_NAMES for k in figures.get(half, {})))
    lines = [f"  {'':32} " + " ".join(f"{h:>18}" for h in HALF_NAMES)]
    for key in names:
        lines.append(f"  {key:32} " + " ".join(f"{_cell(figures.get(h, {}).get(key, '')):>18}" for h in HALF_NAMES))
    lines.extend(f"  {key:32} {value}" for key, value in figures.items() if key not in HALF_NAMES)
    return lines


def _render(report: dict[str, Any]) -> str:
    lines = []
    for name, figures in report.items():
        lines.append(f"== {name} ({figures.pop('seconds', '?')} s)")
        if "check" in figures:
            lines.extend(_render_halves(figures))
            continue
        for key, value in figures.items():
            if isinstance(value, dict) and "rate" in value:
                lines.append(f"  {key:32} {value['rate']:.3f}  ({value['right']}/{value['of']})")
            else:
                lines.append(f"  {key:32} {value}")
    return "\n".join(lines)


def _batch_coder(base: Any = None, book: Any = None) -> Any:
    """The production analyzer of the user's settings (actor files included); the PETRARCH tests swap in
    their own fictional actors and verb dictionary."""
    from dataclasses import replace

    from tidings.analysis import analyzer_for

    analyzer = analyzer_for(settings_for())
    analyzer = replace(analyzer, actors=base if base is not None else analyzer.actors,
                       book=book if book is not None else analyzer.book)

    def coder(items: list[tuple[str, str | None]]) -> list[Any]:
        return list(analyzer.code_texts(items))

    return coder


def _run_plover(root: Path) -> tuple[dict[str, Any], list[str]]:
    from tidings.eval.events import load_plover_gsr, score_plover

    records = load_plover_gsr(root / "event_coding_gold/plover_gsr/PLOVER_GSR_dev.json")
    tally, wrong = score_plover(records, _batch_coder())
    return dict(tally.as_dict()), wrong


def _run_plv(root: Path) -> tuple[dict[str, Any], list[str]]:
    from tidings.eval.events import load_plv, score_plv

    tally, wrong = score_plv(load_plv(root / "event_coding_gold/plv/PLV_train.tsv"), _batch_coder())
    return dict(tally.as_dict()), wrong


def _run_realnews(root: Path) -> tuple[dict[str, Any], list[str]]:
    """Ingest the 20 gold pages into a fresh store and score `tidings events` with the shared scorer."""
    from tidings.eval.events import score_realnews

    with tempfile.TemporaryDirectory() as folder:
        return dict(score_realnews(root, Path(folder))), []


def _run_quad(root: Path) -> tuple[dict[str, Any], list[str]]:
    from tidings.eval.events import load_quad, score_quad

    items = load_quad(root / "event_coding_gold/conflibert_cameo/cameo_class_train.tsv")
    tally, confusion = score_quad(items, _batch_coder())
    figures: dict[str, Any] = dict(tally.as_dict())
    figures["confusion gold>predicted"] = " ".join(f"{g}>{p}:{n}" for (g, p), n in sorted(confusion.items()))
    return figures, []


def _run_petrarch(root: Path) -> tuple[dict[str, Any], list[str]]:
    from tidings.actors import ActorBase
    from tidings.eval.events import load_petrarch, score_petrarch
    from tidings.events.petrarch import book_from_petrarch

    folder = root / "event_coding_gold/petrarch"
    base = ActorBase.from_petrarch(folder / "PETR.Validate.actors.txt", folder / "PETR.Validate.agents.txt")
    book = book_from_petrarch(folder / "PETR.Validate.verbs.txt")
    tally, wrong = score_petrarch(load_petrarch(folder / "PETR.UnitTest.records.xml"), _batch_coder(base, book))
    return dict(tally.as_dict()), wrong


def _tidings(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tidings", *args], capture_output=True, text=True, check=False)


def _run_seeds(root: Path) -> tuple[dict[str, Any], list[str]]:
    """The seeds as the acceptance test runs them: `tidings ingest` into a fresh store, `tidings events
    --format jsonl`, scored by shared/tools/score_events.py.

    The shared scorer adds None to an int when a non-reciprocal gold event gets wrong actors
    (`x or (None and ...)`); the copy run here wraps that one expression in bool(), nothing else."""
    source = (root / "tools/score_events.py").read_text(encoding="utf-8")
    fixed = source.replace("ok_actors = (ss, st) == (gs, gt) or (g.get(\"reciprocal\") and (ss, st) == (gt, gs))",
                           "ok_actors = bool((ss, st) == (gs, gt) or (g.get(\"reciprocal\") and (ss, st) == (gt, gs)))")
    with tempfile.TemporaryDirectory() as folder:
        db, system, scorer = Path(folder, "seeds.db"), Path(folder, "events.jsonl"), Path(folder, "score.py")
        ingest = _tidings("ingest", str(root / "seeds"), "--db", str(db))
        listed = _tidings("events", "--db", str(db), "--format", "jsonl")
        if ingest.returncode or listed.returncode:
            return {"scorer": f"tidings ingest/events failed: {(ingest.stderr or listed.stderr)[-300:]}"}, []
        system.write_text(listed.stdout, encoding="utf-8")
        scorer.write_text(fixed, encoding="utf-8")
        done = subprocess.run([sys.executable, str(scorer), str(root / "gold/seeds/events.json"), str(system)],
                              capture_output=True, text=True, check=False)
    output = done.stdout.strip().splitlines() or [(done.stderr.strip().splitlines() or ["scorer failed"])[-1]]
    events = sum(1 for line in listed.stdout.splitlines() if line.strip())
    return {"scorer": output[-1], "events_coded": events, "scorer_patched": fixed != source}, output[:-1]


_RUNNERS = {"realnews": _run_realnews, "plv": _run_plv, "plover": _run_plover, "petrarch": _run_petrarch,
            "quad": _run_quad, "seeds": _run_seeds}


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("code")(code_cmd)
    eval_app.command("events")(eval_events_cmd)
