"""The commands of tidings.cli.more and the timeline formats, through the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from tidings.cli import app
from tidings.store import Store

runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_facts_formats(fused_store: Store) -> None:
    rows = json.loads(run("facts", "--db", fused_store.path, "--format", "json"))
    assert isinstance(rows, list)
    for row in rows:
        assert {"what", "value", "unit", "period", "path", "sentence"} <= row.keys()
    text = run("facts", "--db", fused_store.path, "--format", "csv")
    assert len(list(csv.DictReader(io.StringIO(text)))) == len(rows)


def test_trend_writes_plot(fused_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "t.svg"
    data = json.loads(run("trend", "--dyad", "ARG-BRA", "--db", fused_store.path, "--format", "json",
                          "--out", str(out)))
    assert data["dyad"] == "ARG-BRA" and out.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_timeline_formats(fused_store: Store) -> None:
    assert json.loads(run("timeline", "--db", fused_store.path, "--format", "json"))["entries"]
    assert "events" in json.loads(run("timeline", "--db", fused_store.path, "--format", "timelinejs"))
    assert run("timeline", "--db", fused_store.path, "--format", "html").startswith("<!DOCTYPE html>")
    assert run("timeline", "--db", fused_store.path, "--type", "statement", "--format", "md").startswith("# Timeline")


def test_unknown_format_is_a_usage_error(fused_store: Store) -> None:
    result = runner.invoke(app, ["timeline", "--db", fused_store.path, "--format", "pdf"])
    assert result.exit_code == 2


def test_happenings_and_fuse(fused_store: Store) -> None:
    rows = json.loads(run("happenings", "--db", fused_store.path, "--format", "json"))
    assert rows and all(r["articles"] >= 1 for r in rows)
    report = json.loads(run("fuse", "--db", fused_store.path))
    assert report["documents"] == fused_store.count("documents")
