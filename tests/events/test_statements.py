"""Statements are not events: `tidings events` lists PLOVER-typed events, `--statements` adds plain ones."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tidings.cli import app

STORY = ("Published: 2024-07-04\n\n"
         "Xi told reporters that China will open a second workshop in Kazakhstan.\n\n"
         "Russia attacked Ukraine on Monday.\n")


def _listed(db: Path, *extra: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["events", "--db", str(db), "--format", "jsonl", *extra])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_events_lists_statements_only_when_asked(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "story.txt").write_text(STORY, encoding="utf-8")
    db = tmp_path / "s.db"
    ingest = CliRunner().invoke(app, ["ingest", "--db", str(db), str(tmp_path / "pages")])
    assert ingest.exit_code == 0, ingest.output
    events = _listed(db)
    everything = _listed(db, "--statements")
    assert events and all(e["plover"] for e in events)
    assert [e["cameo"] for e in everything if not e["plover"]] == ["010"]
    assert len(everything) == len(events) + 1
