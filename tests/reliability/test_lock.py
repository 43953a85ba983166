"""The store's writer lock: one holder, a clear T302 refusal, released by any exit (even SIGKILL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tidings.errors import TidingsError
from tidings.store.lock import lock_path, writer_lock

HOLD = "import sys, time\nfrom tidings.store.lock import writer_lock\nwith writer_lock(sys.argv[1]):\n" \
       "    print('held', flush=True)\n    time.sleep(60)\n"


def hold_in_child(db: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def reap(child: subprocess.Popen[str]) -> None:
    """Wait for the child and close its pipe (an open pipe is a ResourceWarning, an error in tests)."""
    child.wait()
    if child.stdout is not None:
        child.stdout.close()


def test_second_writer_is_refused_with_t302_naming_the_holder(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    child = hold_in_child(db)
    try:
        with pytest.raises(TidingsError) as caught, writer_lock(db):
            pass
        assert caught.value.code == "T302"
        assert f"process {child.pid}" in caught.value.message
        assert str(db) in caught.value.message and "(fix: " in caught.value.message
    finally:
        child.kill()
        reap(child)


def test_lock_of_a_killed_holder_is_free_at_once(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    child = hold_in_child(db)
    os.kill(child.pid, signal.SIGKILL)
    reap(child)
    with writer_lock(db):
        assert lock_path(db).read_text().strip() == str(os.getpid())


def test_waiting_writer_gets_the_lock_when_the_holder_ends(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    child = hold_in_child(db)
    started = time.monotonic()
    killer = subprocess.Popen([sys.executable, "-c", f"import os, time; time.sleep(1); os.kill({child.pid}, 15)"])
    with writer_lock(db, wait=30):
        assert 0.5 < time.monotonic() - started < 30
    killer.wait()
    reap(child)


def test_lock_is_released_after_the_block_even_on_error(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with pytest.raises(RuntimeError), writer_lock(db):
        raise RuntimeError("boom")
    with writer_lock(db), pytest.raises(TidingsError), writer_lock(db):  # held: a second taker is refused
        pass


def test_web_ingest_takes_the_writer_lock(tmp_path: Path) -> None:
    """Bug W1: POST /api/ingest used to write and fuse while `tidings ingest` held the lock."""
    from fastapi.testclient import TestClient

    from tidings.store import Store
    from tidings.web.app import WebConfig, create_app

    db = tmp_path / "web.db"
    with Store(str(db)):
        pass
    article = {"documents": [{"text": "Kazakh President Kassym-Jomart Tokayev met Chinese Foreign Minister Wang Yi "
                                      "in Astana on Monday. The two sides agreed to expand trade."}]}
    with TestClient(create_app(WebConfig(db=str(db), allow_ingest=True))) as client:
        child = hold_in_child(db)
        try:
            refused = client.post("/api/ingest", json=article)
        finally:
            child.kill()
            reap(child)
        assert refused.status_code == 409
        error = refused.json()["error"]
        assert error["status"] == 409 and error["code"] == "T302" and error["message"].startswith("T302 ")
        assert f"process {child.pid}" in error["message"]
        accepted = client.post("/api/ingest", json=article)
        assert accepted.status_code == 200 and accepted.json()["new"] == 1


def test_merge_takes_the_writer_lock(tmp_path: Path) -> None:
    """`tidings merge` writes and fuses like an ingest, so it must refuse while another writer holds the store."""
    db = tmp_path / "s.db"
    dataset = tmp_path / "dataset"
    dataset.mkdir()
    child = hold_in_child(db)
    try:
        run = subprocess.run([sys.executable, "-m", "tidings", "merge", "--db", str(db), str(dataset)],
                             capture_output=True, text=True, timeout=120)
    finally:
        child.kill()
        reap(child)
    assert run.returncode == 2
    assert run.stderr.startswith("T302 "), run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
