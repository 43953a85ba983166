"""Render lists of JSON-shaped records as json, jsonl, csv or a terminal table.

Every listing command uses these, so `--format` means the same everywhere. CSV flattens nested
objects with dotted column names (`source.country`) and lists as JSON text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from tidings.time.labels import with_label

# C0 controls (but tab and newline) and DEL as their visible Control Pictures (U+2400-U+2421): one
# character for one, so offsets into the text still hold, and none reaches a page, a snippet or a
# Markdown file raw (a stray U+0002 must not become a match marker, a NUL must not cut a string).
CONTROL_PICTURES = {c: 0x2400 + c for c in range(32) if c not in (9, 10)} | {0x7F: 0x2421}
# The characters that can start Markdown syntax inside a line (CommonMark and GitHub's extensions:
# HTML, entities, links, images, emphasis, code, tables, strikethrough, math), backslash-escaped.
# The others (- + . : = ...) only mean something at the start of a line, where escaped text never is.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#<>&!|~$])")
# What at the start of the text would still open a block where the caller puts it (after "- "): a list
# marker ("-", "+", "1." or "1)") or a setext underline ("="); its punctuation is escaped.
_BLOCK_START = re.compile(r"^(\d{1,9}(?=[.)])|(?=[-+=]))([-+=.)])")


def visible_controls(text: str) -> str:
    """`text` with each control character (but tab and newline) shown as its Control Picture."""
    if text.isprintable():  # no control character at all (the usual case): skip the table lookup
        return text
    return text.translate(CONTROL_PICTURES)


def markdown_text(text: str) -> str:
    """Untrusted text (article text, titles, file names) as Markdown that renders to exactly that text
    and nothing else, within a line the caller starts: the characters of inline syntax backslash-
    escaped, so no `<script>`, `<img onerror=...>`, entity, link, image or emphasis can come out of
    it; runs of white space (line breaks included) become one space, so it cannot start a block."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(visible_controls(text).split()))
    return _BLOCK_START.sub(r"\1\\\2", escaped, count=1)


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
