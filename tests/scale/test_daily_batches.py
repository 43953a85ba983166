"""Daily batches through the real CLI: ingest --no-fuse, status, fuse (incremental, then --full), the phase
lines on stderr, and the streamed `events --format jsonl` (no document text unless --with-text)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tidings.store import Store
from tidings.views.rows import query_events


def tidings(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tidings", *map(str, args)], capture_output=True, text=True,
                          timeout=600)


@pytest.fixture(scope="module")
def two_days(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> dict[str, Any]:
    """Day one: three seed articles ingested and fused. Day two: two more stored with --no-fuse."""
    work = tmp_path_factory.mktemp("daily")
    files = sorted(examples_dir.glob("*.txt"))
    for day, chosen in (("one", files[:3]), ("two", files[3:])):
        (work / day).mkdir()
        for f in chosen:
            shutil.copy(f, work / day / f.name)
    db = work / "s.db"
    first = tidings("ingest", work / "one", "--db", db)
    deferred = tidings("ingest", work / "two", "--db", db, "--no-fuse")
    pending = tidings("status", "--db", db, "--format", "json")
    fused = tidings("fuse", "--db", db)
    after = tidings("status", "--db", db, "--format", "json")
    return {"db": db, "first": first, "deferred": deferred, "pending": pending, "fused": fused, "after": after}


def test_phases_are_reported_one_line_each(two_days: dict[str, Any]) -> None:
    first = two_days["first"]
    assert isinstance(first, subprocess.CompletedProcess) and first.returncode == 0
    lines = first.stderr.splitlines()
    assert any(line.startswith("analysing: read 3, stored 3 new") for line in lines), lines
    assert any(line.startswith("fusing: full pass over 3 of 3 documents (3 new)") for line in lines), lines


def test_no_fuse_leaves_documents_pending_and_fuse_catches_up(two_days: dict[str, Any]) -> None:
    deferred, pending, fused, after = (two_days[k] for k in ("deferred", "pending", "fused", "after"))
    assert isinstance(deferred, subprocess.CompletedProcess) and "fusing:" not in deferred.stderr
    assert "run 'tidings fuse'" in deferred.stderr
    assert isinstance(pending, subprocess.CompletedProcess) and json.loads(pending.stdout)["pending_fusion"] == 2
    assert isinstance(fused, subprocess.CompletedProcess) and fused.returncode == 0, fused.stderr
    report = json.loads(fused.stdout)
    assert report["pass_kind"] == "incremental" and report["documents"] == 5 and 2 <= report["region"] <= 5
    assert isinstance(after, subprocess.CompletedProcess)
    status = json.loads(after.stdout)
    assert status["pending_fusion"] == 0 and status["happenings"] == report["happenings"] > 0
    assert status["last_fusion"] == f"incremental over {report['region']} documents"


def test_a_full_pass_keeps_the_shown_ids(two_days: dict[str, Any]) -> None:
    db = two_days["db"]
    assert isinstance(db, Path)
    with Store(db, readonly=True) as store:
        before = {r["id"] for r in store.query("SELECT id FROM happenings")}
    full = tidings("fuse", "--db", db, "--full")
    assert json.loads(full.stdout)["pass_kind"] == "full"
    assert full.stderr.startswith("fusing: full pass over 5 of 5 documents (0 new)")
    with Store(db, readonly=True) as store:
        assert {r["id"] for r in store.query("SELECT id FROM happenings")} == before


def test_streamed_events_equal_the_listed_ones_without_the_text(two_days: dict[str, Any]) -> None:
    db = two_days["db"]
    assert isinstance(db, Path)
    streamed = [json.loads(line) for line in tidings("events", "--db", db, "--format", "jsonl",
                                                     "--statements").stdout.splitlines()]
    with Store(db, readonly=True) as store:
        listed = query_events(store)
        texts = {r["id"]: r["text"] for r in store.query("SELECT id, text FROM documents")}
    assert streamed == listed and len(streamed) > 20
    assert all("document_text" not in e for e in streamed)
    with_text = [json.loads(line) for line in tidings("events", "--db", db, "--format", "jsonl", "--statements",
                                                      "--with-text").stdout.splitlines()]
    assert [e["document_text"] for e in with_text] == [texts[e["mentions"][0]["doc_id"]] for e in streamed]
    wrong = tidings("events", "--db", db, "--with-text")
    assert wrong.returncode == 2 and "--with-text goes with --format jsonl" in wrong.stderr
