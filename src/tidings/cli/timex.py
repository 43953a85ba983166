"""`tidings timex` (the temporal engine on one text or a JSONL stream) and `tidings eval timex`."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer

from tidings.cli.common import fail_usage, settings_for, stderr, write_out
from tidings.eval import shared_dir
from tidings.records import Timex
from tidings.time import find_timexes
from tidings.time.values import point_of

MEANTIME = Path("data", "temporal", "meantime_newsreader_english_oct15", "intra-doc_annotation")


def _timex_json(timex: Timex) -> dict[str, Any]:
    row: dict[str, Any] = {
        "start": timex.start,
        "end": timex.end,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
        "anchor_used": timex.anchor_used,
    }
    for key in ("earliest", "latest", "mod"):
        if getattr(timex, key) is not None:
            row[key] = getattr(timex, key)
    return row


def _parser(parse: bool) -> Any:
    if not parse:
        return None
    from tidings.analysis import analyzer_for

    return analyzer_for(settings_for()).nlp  # the pipeline the analyzer of these settings parses with


def _read_text(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        fail_usage(f"T100 {source}: input not found (fix: check the path; use '-' to read from standard input)")
    return path.read_text(encoding="utf-8", errors="replace")


def _checked_anchor(anchor: str | None) -> str | None:
    if anchor is not None and point_of(anchor) is None:
        fail_usage(f"bad --anchor {anchor!r}: give an ISO date such as 2024-03-29 (or 2024-03, 2024)")
    return anchor


def timex_cmd(
    source: Annotated[str, typer.Argument(help="Text file, or '-' for standard input.")] = "-",
    anchor: Annotated[
        str | None, typer.Option("--anchor", help="Reference date YYYY-MM-DD (or YYYY-MM, YYYY).")
    ] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help='Read lines {"id","text","anchor"} from stdin.')] = False,
    parse: Annotated[bool, typer.Option("--parse/--no-parse", help="Use the spaCy parse for tense.")] = True,
) -> None:
    """Find and normalize the time expressions of a text: one JSON line per timex."""
    nlp = _parser(parse)
    if jsonl:
        _timex_stream(nlp, _checked_anchor(anchor))
        return
    text = _read_text(source)
    doc = nlp(text) if nlp is not None else None
    for timex in find_timexes(text, _checked_anchor(anchor), doc):
        write_out(json.dumps(_timex_json(timex), ensure_ascii=False))


def _timex_stream(nlp: Any, default_anchor: str | None) -> None:
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text, anchor = row["text"], row.get("anchor", default_anchor)
            if not isinstance(text, str) or not isinstance(row, dict):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            stderr.print(f"T106 stdin#{number}: bad record (fix: a JSON object with a 'text' field)", markup=False)
            continue
        doc = nlp(text) if nlp is not None else None
        anchor = anchor if isinstance(anchor, str) and point_of(anchor) else None
        found = [_timex_json(t) for t in find_timexes(text, anchor, doc)]
        write_out(json.dumps({"id": row.get("id"), "timexes": found}, ensure_ascii=False))


def _corpus_dir(given: str | None) -> Path:
    if given and Path(given).is_dir() and any(Path(given).rglob("*.xml")):
        return Path(given)
    shared = shared_dir(given, str(MEANTIME))
    if shared is not None:
        return shared / MEANTIME
    fail_usage("MEANTIME not found: pass --gold DIR (a folder of CAT XML files, or the shared/ folder)")
    raise AssertionError  # unreachable


def eval_timex_cmd(
    gold: Annotated[str | None, typer.Option("--gold", help="CAT XML folder, or the shared/ folder.")] = None,
    baseline: Annotated[bool, typer.Option("--baseline/--no-baseline", help="Also run dateparser.")] = True,
    parse: Annotated[bool, typer.Option("--parse/--no-parse", help="Give the engine the spaCy parse.")] = True,
    misses: Annotated[int, typer.Option("--misses", help="Print this many wrong values (gold spans).")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object instead of a table.")] = False,
    by_folder: Annotated[
        bool, typer.Option("--by-folder", help="DATE figures per subfolder (MEANTIME: per topic).")
    ] = False,
) -> None:
    """TempEval-3 figures on a TimeML (CAT XML) gold set, dateparser beside them."""
    from tidings.eval.timex import benchmark

    folder = _corpus_dir(gold)
    if by_folder:
        _by_folder(folder, _parser(parse), as_json)
        return
    started = time.perf_counter()
    reports = benchmark(folder, _parser(parse), baseline)
    seconds = round(time.perf_counter() - started, 1)
    figures = {r.name: r.figures() for r in reports}
    if as_json:
        write_out(json.dumps({"corpus": str(folder), "seconds": seconds, "runs": figures}, indent=1))
    else:
        write_out(_table(figures, folder, seconds))
    for doc, text, want, got in reports[1].errors[:misses]:
        write_out(f"  miss {doc[:40]}: {text!r} gold {want} system {got}")


def _by_folder(folder: Path, nlp: Any, as_json: bool) -> None:
    from tidings.eval.timex import benchmark_by_folder

    by_name = benchmark_by_folder(folder, nlp)
    figures = {name: {r.name: r.figures() for r in reports} for name, reports in by_name.items()}
    if as_json:
        write_out(json.dumps({"corpus": str(folder), "folders": figures}, indent=1))
        return
    head = f"{'folder':16} {'gold':>5} {'value acc':>9} {'e2e value F1':>12} {'relaxed F1':>10} {'dateparser acc':>14}"
    lines = [f"corpus {folder} (in-text DATE timexes)", head]
    for name, runs in figures.items():
        e2e, spans = runs["tidings end-to-end (DATE)"], runs["tidings gold spans (DATE)"]
        baseline = runs["dateparser gold spans (DATE)"]
        lines.append(f"{name:16} {int(spans['gold']):>5} {spans['value_r']:>9.3f} {e2e['value_f1']:>12.3f} "
                     f"{e2e['relaxed_f1']:>10.3f} {baseline['value_r']:>14.3f}")
    lines.append("value acc = correct values / gold timexes with gold spans; e2e = end to end")
    write_out("\n".join(lines))


def _table(figures: dict[str, dict[str, float]], folder: Path, seconds: float) -> str:
    head = f"{'run':34} {'gold':>5} {'sys':>5} {'strict F1':>9} {'relaxed P':>9} {'relaxed R':>9} " \
           f"{'relaxed F1':>10} {'type F1':>7} {'value F1':>8} {'value acc':>9}"
    lines = [f"corpus {folder} ({seconds} s)", head]
    for name, f in figures.items():
        lines.append(
            f"{name:34} {f['gold']:>5} {f['system']:>5} {f['strict_f1']:>9.3f} {f['relaxed_p']:>9.3f} "
            f"{f['relaxed_r']:>9.3f} {f['relaxed_f1']:>10.3f} {f['type_f1']:>7.3f} {f['value_f1']:>8.3f} "
            f"{f['value_r']:>9.3f}"
        )
    lines.append("value acc = correct values / gold timexes (with gold spans: the normalization accuracy)")
    return "\n".join(lines)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("timex")(timex_cmd)
    eval_app.command("timex")(eval_timex_cmd)
