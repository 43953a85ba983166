"""Render lists of JSON-shaped records as json, jsonl, csv or a terminal table.

Every listing command uses these, so `--format` means the same everywhere. CSV flattens nested
objects with dotted column names (`source.country`) and lists as JSON text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from tidings.time.labels import with_label


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list):
            out[name] = json.dumps(value, ensure_ascii=False)
        else:
            out[name] = value
    return out


def to_json(records: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(records), ensure_ascii=False, indent=2)


def to_jsonl(records: Sequence[dict[str, Any]]) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records)


def to_csv(records: Sequence[dict[str, Any]]) -> str:
    flat = [flatten(r) for r in records]
    columns: list[str] = []
    for row in flat:
        columns += [c for c in row if c not in columns]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(flat)
    return buf.getvalue()


def to_table(records: Sequence[dict[str, Any]], columns: Sequence[str], width: int = 160) -> str:
    """A readable table of chosen (dotted) columns; long cells are cut."""
    table = Table(*columns, show_lines=False, expand=False)
    for record in records:
        flat = flatten(record)
        table.add_row(*[_cell(with_label(flat.get(c)) if _is_date(c) else flat.get(c)) for c in columns])
    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    console.print(table)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return str(out)


def _is_date(column: str) -> bool:
    """A column holding a TIMEX3 value ("date", "story_date", "happening.date"): shown with its label."""
    return column == "date" or column.endswith(("_date", ".date"))


def _cell(value: Any, limit: int = 70) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render(records: Sequence[dict[str, Any]], fmt: str, table_columns: Sequence[str]) -> str:
    if fmt == "json":
        return to_json(records)
    if fmt == "jsonl":
        return to_jsonl(records)
    if fmt == "csv":
        return to_csv(records)
    return to_table(records, table_columns)
