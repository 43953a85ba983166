"""The store check on open and a full disk (issue 17, B3 and B4), through the real CLI.

Another program's SQLite file, random bytes or a text file passed as `--db` is refused by every command
that takes a store, `serve` included, with one coded line and status 2, and is byte-for-byte unchanged
afterwards (nothing added beside it either). A store written by a newer tidings is refused (T303) by
every command, and answers 503 with the code when it is upgraded under a running server. A damaged
store gives a coded line (T306), never a traceback. A disk that fills during an ingest gives T301 with
the document rolled back; the store stays sound, and a rerun with space completes it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from fastapi.testclient import TestClient

from tidings.cli import app as cli_app
from tidings.store import Store
from tidings.web.app import WebConfig, create_app

from .storecheck import soundness_problems

TIDINGS = str(Path(sys.executable).with_name("tidings"))
EXAMPLES = Path(__file__).parents[2] / "examples" / "china-kazakhstan"
ARTICLE = "China and Kazakhstan signed a trade agreement in Astana on Monday, officials said.\n"


def command_lines(tmp: Path) -> dict[str, list[str]]:
    """Each command that opens a store, with the arguments it needs (the store comes as --db)."""
    article = tmp / "article.txt"
    article.write_text(ARTICLE)
    dataset = tmp / "dataset"
    dataset.mkdir(exist_ok=True)
    return {"run": [str(article)], "ingest": [str(article)], "docs": [], "events": [], "timeline": [],
            "show": ["d0000"], "failures": [], "status": [], "fuse": [], "happenings": [], "facts": [],
            "trend": ["--dyad", "CHN-KAZ"], "export": ["--format", "jsonl", "--out", str(tmp / "out")],
            "merge": [str(dataset)], "serve": ["--port", "0"]}


def test_every_command_with_a_store_is_covered(tmp_path: Path) -> None:
    with_db = {c.name for c in typer.main.get_command(cli_app).commands.values()  # type: ignore[attr-defined]
               if any(p.name == "db" for p in c.params)}
    assert with_db == set(command_lines(tmp_path))


def tidings(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([TIDINGS, *map(str, args)], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "TIDINGS_N_PROCESS": "1"})


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def foreign_sqlite(path: Path, wal: bool = False) -> Path:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO notes (body) VALUES (?)", [(f"note {i}",) for i in range(200)])
    conn.commit()
    conn.close()
    return path


FOREIGN = {
    "sqlite": lambda p: foreign_sqlite(p),
    "sqlite-wal": lambda p: foreign_sqlite(p, wal=True),
    "sqlite-other-app": lambda p: (foreign_sqlite(p), _set(p, "PRAGMA application_id = 1234")) and p,
    "random": lambda p: (p.write_bytes(os.urandom(8192)), p)[1],
    "text": lambda p: (p.write_text("my notes\n"), p)[1],
}


def _set(path: Path, pragma: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(pragma)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_a_foreign_file_is_refused_and_unchanged_by_every_command(tmp_path: Path, kind: str) -> None:
    (tmp_path / "theirs").mkdir()
    db = FOREIGN[kind](tmp_path / "theirs" / "theirs.db")
    before, neighbours = digest(db), sorted(p.name for p in db.parent.iterdir())
    for command, args in command_lines(tmp_path).items():
        run = tidings(command, "--db", db, *args)
        assert run.returncode == 2, (command, run.stdout, run.stderr)
        assert run.stderr.splitlines() == [run.stderr.strip()], (command, run.stderr)
        assert run.stderr.startswith(f"T305 {db}: not a tidings store"), (command, run.stderr)
        assert digest(db) == before, command
        assert sorted(p.name for p in db.parent.iterdir()) == neighbours, command  # no -wal, -shm or .lock


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("small") / "s.db"
    assert tidings("ingest", "--db", db, EXAMPLES, "-q", timeout=300).returncode == 0
    return db


def test_a_store_from_a_newer_tidings_is_refused_by_every_command(small_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    db.write_bytes(small_store.read_bytes())
    with Store(db) as store:  # the stamp of this version, then one from the future
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] != 0
        store.conn.execute("PRAGMA user_version = 9999")
    for command, args in command_lines(tmp_path).items():
        run = tidings(command, "--db", db, *args)
        assert run.returncode == 2, (command, run.stderr)
        assert run.stderr.startswith(f"T303 {db}: store schema too new: schema version 9999"), (command, run.stderr)


def test_a_store_upgraded_under_a_running_server_answers_503(small_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "served.db"
    db.write_bytes(small_store.read_bytes())
    with TestClient(create_app(WebConfig(db=str(db)))) as client:
        assert client.get("/api/documents").status_code == 200
        _set(db, "PRAGMA user_version = 9999")
        for url in ("/api/documents", "/api/events", "/search?q=China"):
            answer = client.get(url)
            assert answer.status_code == 503, url
            assert "T303" in answer.text, url


def test_connections_refused_after_an_upgrade_leave_the_pool(small_store: Path, tmp_path: Path) -> None:
    """A pooled connection that meets T303 when it is renewed is closed and no longer counted: once the
    store is readable again, every request is answered, more of them than the pool holds."""
    db = tmp_path / "served.db"
    db.write_bytes(small_store.read_bytes())
    with TestClient(create_app(WebConfig(db=str(db)))) as client:
        stores = client.app.state.stores  # type: ignore[attr-defined]
        assert client.get("/api/documents").status_code == 200
        _set(db, "PRAGMA user_version = 9999")
        assert [client.get("/api/documents").status_code for _ in range(stores.size + 2)] == [503] * (stores.size + 2)
        _set(db, "PRAGMA user_version = 0")
        assert [client.get("/api/events").status_code for _ in range(stores.size + 2)] == [200] * (stores.size + 2)


def test_a_store_written_before_the_application_id_still_opens(small_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    db.write_bytes(small_store.read_bytes())
    _set(db, "PRAGMA application_id = 0")
    _set(db, "PRAGMA user_version = 0")
    docs = tidings("docs", "--db", db, "--format", "json")
    assert docs.returncode == 0, docs.stderr
    assert len(json.loads(docs.stdout)) == 5
    assert tidings("ingest", "--db", db, EXAMPLES, "-q").returncode == 0  # and is stamped by the next write
    with Store(db, readonly=True) as store:
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] != 0


def damaged_copies(store: Path, folder: Path) -> Iterator[Path]:
    """The store with one page overwritten, for 12 pages spread over the file (the write-ahead log
    folded in first)."""
    conn = sqlite3.connect(store)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size, pages = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count"))
    conn.close()
    data = store.read_bytes()
    for page in sorted({1, 2, *range(3, pages + 1, max(1, pages // 10))}):
        copy = folder / f"damaged{page}.db"
        start = (page - 1) * page_size + (100 if page == 1 else 0)
        copy.write_bytes(data[:start] + bytes([0xA5]) * (page_size // 2) + data[start + page_size // 2:])
        yield copy


def test_a_damaged_store_gives_a_coded_line_never_a_traceback(small_store: Path, tmp_path: Path) -> None:
    refused = 0
    for db in damaged_copies(small_store, tmp_path):
        for command in ("docs", "events", "timeline"):
            run = tidings(command, "--db", db)
            assert "Traceback" not in run.stderr, (db.name, command, run.stderr)
            if run.returncode:
                assert run.returncode == 2, (db.name, command, run.stderr)
                assert run.stderr[:5] in ("T306 ", "T305 "), (db.name, command, run.stderr)
                refused += 1
    assert refused > 0  # some damage is met (some pages are unused or hold nothing these commands read)


def test_a_server_over_a_damaged_store_answers_503_not_500(small_store: Path, tmp_path: Path) -> None:
    statuses: dict[int, int] = {}
    for db in damaged_copies(small_store, tmp_path):
        try:
            app = create_app(WebConfig(db=str(db)))
        except Exception as exc:  # refused at start: a coded error, as `tidings serve` prints it
            assert getattr(exc, "code", "") in ("T305", "T306"), exc
            continue
        with TestClient(app, raise_server_exceptions=False) as client:
            for url in ("/api/documents", "/api/events", "/api/timeline", "/search?q=China", "/timeline"):
                answer = client.get(url)
                statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
                assert answer.status_code in (200, 503), (db.name, url, answer.text[:300])
                if answer.status_code == 503:
                    assert "T306" in answer.text, (db.name, url, answer.text[:300])
    assert statuses.get(503, 0) > 0, statuses


def count_documents(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


def mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir()
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 700 KB file system (tmpfs), or a skip where this process may not mount one."""
    disk = tmp_path / "disk"
    if os.geteuid() != 0 or not mount_tmpfs(disk, "700k"):
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "--lazy", str(disk)], check=True)


def test_a_full_disk_is_t301_and_a_rerun_with_space_completes(small_disk: Path) -> None:
    db = small_disk / "s.db"
    full = tidings("ingest", "--db", db, EXAMPLES, "-q", timeout=300)
    assert full.returncode == 2, full.stderr
    assert full.stderr.splitlines() == [full.stderr.strip()]
    assert full.stderr.startswith(f"T301 {db}: store error: database or disk is full"), full.stderr
    assert soundness_problems(db) == []
    assert count_documents(db) < 5
    subprocess.run(["mount", "-o", "remount,size=16m", str(small_disk)], check=True)
    again = tidings("ingest", "--db", db, EXAMPLES, "-q", timeout=300)
    assert again.returncode == 0, again.stderr
    assert count_documents(db) == 5


def test_a_full_store_rolls_the_document_back(small_store: Path, tmp_path: Path) -> None:
    """The same path without root: SQLite's own size cap (max_page_count) makes the disk "full"."""
    from tidings.errors import TidingsError
    from tidings.pipeline import analyze_text

    db = tmp_path / "capped.db"
    db.write_bytes(small_store.read_bytes())
    analyzed = analyze_text(ARTICLE * 400, origin="big.txt")
    with Store(db) as store:
        before = store.count("documents"), store.count("events")
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(TidingsError) as raised:
            store.save(analyzed)
        assert raised.value.code == "T301" and "full" in raised.value.message
        assert (store.count("documents"), store.count("events")) == before
        assert not store.conn.in_transaction
    assert soundness_problems(db) == []
