"""The main job, end to end, as a user runs it: the CLI over the example corpus in a real SQLite file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest


def tidings(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tidings", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600)


def counts(db: Path, cwd: Path) -> tuple[int, int]:
    docs = json.loads(tidings("docs", "--db", str(db), "--format", "json", cwd=cwd).stdout)
    events = tidings("events", "--db", str(db), "--format", "jsonl", cwd=cwd).stdout.splitlines()
    return len(docs), len(events)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory,
           examples_dir: Path) -> tuple[Path, subprocess.CompletedProcess[str]]:
    work = tmp_path_factory.mktemp("e2e")
    run = tidings("run", "--db", str(work / "s.db"), "--format", "json", str(examples_dir), cwd=work)
    return work, run


def test_run_prints_a_dated_sourced_timeline(seeded: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    _, run = seeded
    assert run.returncode == 0, run.stderr
    entries = json.loads(run.stdout)["entries"]
    assert len(entries) >= 20
    for entry in entries:
        assert entry["date"] and entry["sources"], entry
        assert not entry["date"].startswith(str(date.today().year)), "no seed event happens in the current year"
        for source in entry["sources"]:
            assert {"path", "sentence", "start", "end"} <= set(source)
    assert "read 5, new 5, unchanged 0, failed 0" in run.stderr


def test_ingesting_the_same_folder_twice_changes_nothing(
        seeded: tuple[Path, subprocess.CompletedProcess[str]], examples_dir: Path) -> None:
    work, _ = seeded
    before = counts(work / "s.db", work)
    again = tidings("ingest", "--db", str(work / "s.db"), str(examples_dir), cwd=work)
    assert again.returncode == 0, again.stderr
    assert "new 0, unchanged 5, failed 0" in again.stderr
    assert counts(work / "s.db", work) == before
    assert before[0] == 5 and before[1] > 0


def test_bad_inputs_get_one_line_each_and_good_files_are_stored(tmp_path: Path, examples_dir: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    good = tmp_path / "good.txt"
    shutil.copy(examples_dir / "003_159bf453b18760f3.txt", good)
    run = tidings("ingest", "--db", "s.db", "missing.txt", "empty.txt", "binary.txt", "good.txt", cwd=tmp_path)
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    for name, code in (("missing.txt", "T100"), ("empty.txt", "T101"), ("binary.txt", "T102")):
        mine = [line for line in lines if name in line]
        assert len(mine) == 1 and mine[0].startswith(code) and "(fix: " in mine[0], lines
    docs = json.loads(tidings("docs", "--db", "s.db", "--format", "json", cwd=tmp_path).stdout)
    assert [Path(d["path"]).name for d in docs] == ["good.txt"]
    failures = json.loads(tidings("failures", "--db", "s.db", "--format", "json", cwd=tmp_path).stdout)
    assert sorted(f["code"] for f in failures) == ["T100", "T101", "T102"]
