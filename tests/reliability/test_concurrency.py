"""Readers while an ingest writes, and two ingests into one store.

Readers: `tidings docs/events/failures/timeline` and the web API of `tidings serve` are queried over
and over while a real `tidings ingest` writes (WAL mode): every call must succeed, the document count
must never go down, a document seen by a reader must already carry its complete analysis (its events
are those it ends with), and at the end the CLI, the web API and the store agree on the counts.

Writers: two `tidings ingest` runs started together into one store (different halves of a corpus)
must either serialize safely (both succeed) or the second must refuse with T302; either way, after a
rerun of a refused one, the store holds exactly what one ingest of the whole corpus stores.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tidings.store import Store

from .storecheck import ANALYSIS, count, soundness_problems, table_rows
from .synthetic import synthetic_records, write_corpus

TIDINGS = str(Path(sys.executable).with_name("tidings"))
ENV = {**os.environ, "TIDINGS_N_PROCESS": "1"}


def tidings(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([TIDINGS, *args], capture_output=True, text=True, env=ENV, timeout=timeout)


def start_ingest(db: Path, corpus: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen([TIDINGS, "ingest", "--db", str(db), str(corpus), "-q"], stdout=out, stderr=out,
                                env=ENV)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """An empty store served by `tidings serve` on a loopback port."""
    db = tmp_path / "store.db"
    Store(db).close()
    port = free_port()
    proc = subprocess.Popen([TIDINGS, "serve", "--db", str(db), "--port", str(port)], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                get(base, "/api/stats")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "tidings serve did not start"
                time.sleep(0.2)
        yield db, base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def get(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=30) as answer:
        assert answer.status == 200
        return json.loads(answer.read())


def read_cli(db: Path) -> dict[str, Any]:
    """One round of reading through the CLI; raises on any error."""
    runs = {name: tidings(name, "--db", str(db), "--format", "json") for name in ("docs", "failures", "timeline")}
    runs["events"] = tidings("events", "--statements", "--db", str(db), "--format", "json")  # every stored event
    for run in runs.values():
        assert run.returncode == 0, run.stderr
    return {"docs": json.loads(runs["docs"].stdout), "events": json.loads(runs["events"].stdout)}


class WebReader(threading.Thread):
    """Reads the web API in a loop until stopped: counts, and each listed document with its events."""

    def __init__(self, base: str) -> None:
        super().__init__(daemon=True)
        self.base = base
        self.counts: list[int] = []
        self.seen: dict[str, set[str]] = {}  # doc id -> its event ids as a reader saw them
        self.errors: list[str] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.counts.append(get(self.base, "/api/stats")["counts"]["documents"])
                for doc in get(self.base, "/api/documents?limit=5&sort=date")["items"]:
                    detail = get(self.base, f"/api/documents/{doc['id']}")
                    self.seen[doc["id"]] = {e["id"] for e in detail["events"]}
            except Exception as exc:  # reported by the test, which fails on any
                self.errors.append(f"{type(exc).__name__}: {exc}")


def test_cli_and_web_read_while_ingest_writes(server: tuple[Path, str], tmp_path: Path) -> None:
    db, base = server
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 200, files=2)
    web = WebReader(base)
    writer = start_ingest(db, corpus, tmp_path / "ingest.log")
    web.start()
    cli_counts: list[int] = []
    while writer.poll() is None:
        cli_counts.append(len(read_cli(db)["docs"]))
    web_rounds = len(web.counts)
    web.stop.set()
    web.join(timeout=60)
    assert writer.wait() == 0, (tmp_path / "ingest.log").read_text()
    assert not web.errors, web.errors[:3]
    assert len(cli_counts) >= 2 and web_rounds >= 5, "the ingest ended before readers could read during it"
    assert cli_counts == sorted(cli_counts), f"document count went down: {cli_counts}"
    assert web.counts == sorted(web.counts), f"document count went down: {web.counts}"

    final = read_cli(db)
    stats = get(base, "/api/stats")["counts"]
    n_docs, n_events = count(db, "SELECT COUNT(*) FROM documents"), count(db, "SELECT COUNT(*) FROM events")
    assert n_docs == 200 == len(final["docs"]) == stats["documents"]
    assert n_events == len(final["events"]) == stats["events"]
    for doc_id, events in web.seen.items():  # a document was never visible without its whole analysis
        assert events == {e["id"] for e in get(base, f"/api/documents/{doc_id}")["events"]}, doc_id
    assert soundness_problems(db) == []


def test_two_ingests_into_one_store(tmp_path: Path) -> None:
    records = synthetic_records(100, seed=11)
    halves = [tmp_path / "a", tmp_path / "b"]
    for k, folder in enumerate(halves):
        folder.mkdir()
        (folder / "part.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records[k::2]), encoding="utf-8")
    db = tmp_path / "shared.db"  # not made yet: both runs also race to create it
    runs = [start_ingest(db, folder, tmp_path / f"ingest{k}.log") for k, folder in enumerate(halves)]
    statuses = [r.wait(timeout=600) for r in runs]
    logs = [(tmp_path / f"ingest{k}.log").read_text() for k in range(2)]
    assert not any("Traceback" in log for log in logs), logs
    for k, status in enumerate(statuses):
        if status != 0:  # refused: only allowed with the T302 message, and only while the other one worked
            assert "T302" in logs[k] and statuses[1 - k] == 0, (statuses, logs)
            rerun = tidings("ingest", "--db", str(db), str(halves[k]), "-q")
            assert rerun.returncode == 0, rerun.stderr

    reference = tmp_path / "reference.db"
    whole = tidings("ingest", "--db", str(reference), str(halves[0]), str(halves[1]), "-q")
    assert whole.returncode == 0, whole.stderr
    assert soundness_problems(db) == []
    assert count(db, "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                     "(SELECT 1 FROM fusion_documents f WHERE f.doc_id = d.id)") == 0, "documents left unfused"
    for table in ("documents", *ANALYSIS, "fusion_documents"):
        assert table_rows(db, table) == table_rows(reference, table), f"{table} differs from a single ingest"
