"""Command-line conventions: version, validated filters (one line, exit 2), one meaning for -q, no store
made by a read or by an ingest that stored nothing, every command and option in docs/cli.md."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from tidings.cli import app
from tidings.cli.reference import commands, options

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
ROOT = typer.main.get_command(app)


def tidings(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tidings", *args], capture_output=True, text=True, cwd=cwd,
                          check=False)


def test_version() -> None:
    done = tidings("--version")
    assert done.returncode == 0 and re.fullmatch(r"tidings \d+\.\d+\.\d+\S*\n", done.stdout)


@pytest.mark.parametrize(("args", "option"), [
    (["events", "--from", "2024-13-45"], "--from"),
    (["events", "--to", "yesterday"], "--to"),
    (["events", "--dyad", "china-kaz"], "--dyad"),
    (["timeline", "--dyad", "CHN"], "--dyad"),
    (["events", "--actor", "ZZZ"], "--actor"),
    (["events", "--cameo", "4x"], "--cameo"),
    (["timeline", "--type", "FOO"], "--type"),
    (["timeline", "--top", "-1"], "--top"),
    (["timeline", "--min-sources", "-2"], "--min-sources"),
    (["trend", "--dyad", "usa-xx"], "--dyad"),
    (["happenings", "--dyad", "CHN-"], "--dyad"),
    (["events", "--from", "2024-02-30"], "--from"),
])
def test_a_bad_filter_value_is_one_line_and_exit_2(tmp_path: Path, args: list[str], option: str) -> None:
    done = tidings(*args, "--db", str(tmp_path / "none.db"))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and option in lines[0] and not done.stdout
    assert not (tmp_path / "none.db").exists()


def test_good_filter_values_pass_validation(tmp_path: Path) -> None:
    done = tidings("events", "--from", "2024-03", "--dyad", "chn-kaz", "--actor", "UN", "--cameo", "04",
                   "--db", str(tmp_path / "none.db"))
    assert done.returncode == 2 and done.stderr.startswith("T304")  # got as far as opening the (missing) store


@pytest.mark.parametrize("command", ["docs", "events", "timeline", "failures", "happenings", "facts"])
def test_a_read_never_creates_a_store(tmp_path: Path, command: str) -> None:
    done = tidings(command, "--db", str(tmp_path / "missing.db"))
    assert done.returncode == 2 and "T304" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_ingest_of_inputs_that_do_not_exist_leaves_no_store(tmp_path: Path) -> None:
    done = tidings("ingest", "--db", str(tmp_path / "s.db"), str(tmp_path / "absent.txt"))
    assert done.returncode == 3 and "T100" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_input_that_exists_and_fails_keeps_its_failure_in_a_store(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    done = tidings("ingest", "--db", str(tmp_path / "s.db"), str(tmp_path / "empty.txt"))
    assert done.returncode == 3 and "T101" in done.stderr
    listed = tidings("failures", "--db", str(tmp_path / "s.db"), "--format", "jsonl")
    assert listed.returncode == 0 and '"T101"' in listed.stdout


def test_q_means_quiet_wherever_it_exists() -> None:
    for name, command in commands(ROOT):
        for param in options(command):
            if "-q" in param.opts:
                assert "--quiet" in param.opts, f"{name}: -q is {param.opts}"


def test_shared_filters_are_defined_once() -> None:
    callbacks: dict[str, set[object]] = {}
    for _, command in commands(ROOT):
        for param in options(command):
            if set(param.opts) & {"--actor", "--dyad", "--from", "--to", "--cameo", "--type"}:
                callbacks.setdefault(param.opts[0], set()).add(getattr(param.callback, "__qualname__", None))
    assert callbacks and all(len(c) == 1 and None not in c for c in callbacks.values()), callbacks


def test_every_command_and_option_is_in_docs_cli() -> None:
    text = DOCS.read_text(encoding="utf-8")
    sections = dict(re.findall(r"^### `(tidings[^`]*)`\n(.*?)(?=^### |\Z)", text, flags=re.M | re.S))
    missing = []
    for name, command in [("tidings", ROOT), *commands(ROOT)]:
        body = sections.get(name)
        if body is None:
            missing.append(name)
            continue
        missing += [f"{name} {opt}" for p in options(command) for opt in p.opts if f"`{opt}`" not in body]
    assert missing == [], "run: python -m tidings.cli.reference --write docs/cli.md"
