"""The SQLite store: one file, WAL mode, explicit keys, recorded migrations, FTS5 over documents.

A document and everything extracted from it are written in one transaction, so a crash mid-ingest
never leaves a half-written document; ids are content hashes, so re-ingesting changes nothing.
Readers (CLI queries, the web app) can read while an ingest writes (WAL).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tidings.errors import TidingsError
from tidings.records import ActorRef, AnalyzedDocument, Event, Fact, Failure
from tidings.store.review import apply_to_document
from tidings.store.schema import MIGRATIONS

BUSY_TIMEOUT_MS = 60_000
APPLICATION_ID = 0x54444E47  # "TDNG" in the SQLite header: this file is a tidings store
SQLITE_MAGIC = b"SQLite format 3\x00"
ANALYSIS_TABLES = ("sentences", "entities", "timexes", "actor_mentions", "events", "facts")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    """A tidings store at `path` (created and migrated on first open)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        self._columns: dict[str, frozenset[str]] = {}
        try:
            if self.path != ":memory:":
                check_store_file(self.path)  # before any connection that could write to the file
                if not readonly:
                    _create_whole(self.path)
            self.conn = self._connect(readonly)
            self._check_version(readonly)
            if not readonly:
                self._migrate()
        except sqlite3.DatabaseError as exc:
            raise store_error(self.path, exc) from None
        except OSError as exc:  # its folder cannot be made (no such parent, read-only file system)
            raise TidingsError("T301", self.path, exc.strerror or str(exc)) from None

    def _connect(self, readonly: bool) -> sqlite3.Connection:
        if readonly:
            uri = f"file:{Path(self.path).resolve()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        else:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            _use_wal(conn)
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.isolation_level = None  # we issue BEGIN/COMMIT ourselves
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return conn

    @classmethod
    def _make_draft(cls, path: Path) -> None:
        """A whole new store at `path`, made under a rollback journal and left in WAL mode (see
        `_create_whole`)."""
        draft = cls.__new__(cls)
        draft.path = str(path)
        draft.conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            draft.conn.isolation_level = None
            draft._migrate()
            draft.conn.execute("PRAGMA journal_mode=WAL")
        finally:
            draft.conn.close()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error: all or nothing.

        A full disk, an I/O error or a damaged file (at any statement or at COMMIT) rolls the whole
        transaction back and becomes a coded TidingsError (T301, T306) naming the store; errors of the
        data itself (IntegrityError ...) pass through, for the caller to record against its input."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise
        except (sqlite3.OperationalError, sqlite3.InternalError) as exc:
            raise store_error(self.path, exc) from None
        except sqlite3.DatabaseError as exc:
            if type(exc) is not sqlite3.DatabaseError:  # IntegrityError, DataError ...: this document's
                raise
            raise store_error(self.path, exc) from None

    def _rollback(self) -> None:
        """ROLLBACK if a transaction is still open (SQLite ends it itself on some errors, e.g. a full disk)."""
        if self.conn.in_transaction:
            with suppress(sqlite3.Error):  # the connection is unusable; SQLite's journal still undoes it
                self.conn.execute("ROLLBACK")

    # -- schema ---------------------------------------------------------------------------------

    def _check_version(self, readonly: bool = True) -> None:
        """T303 for a store written by a newer tidings, whatever the command (reading included): its
        tables may mean something this version does not know. T304 for reading an empty file."""
        newest = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").fetchone():
            newest = max(newest, self.schema_version())
        elif readonly:
            raise TidingsError("T304", self.path, "the file holds no store yet")
        if newest > len(MIGRATIONS):
            raise TidingsError("T303", self.path, f"schema version {newest} > {len(MIGRATIONS)}")

    def check_version(self) -> None:
        """The same check on a connection already open (a long-running server sees a store upgraded
        under it by a newer tidings): T303, or T306 if the file can no longer be read."""
        try:
            self._check_version()
        except sqlite3.DatabaseError as exc:
            raise store_error(self.path, exc) from None

    def _migrate(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        done = {r[0] for r in self.conn.execute("SELECT version FROM schema_migrations")}
        for version, (name, sql) in enumerate(MIGRATIONS, start=1):
            if version in done:
                continue
            with self.transaction() as conn:
                if conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
                    continue  # another process opening the new store applied it while we waited to write
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now())
                )
        self._stamp()

    def _stamp(self) -> None:
        """Mark the file as a tidings store of this schema (header fields other programs also read)."""
        stamp = (self.conn.execute("PRAGMA application_id").fetchone()[0],
                 self.conn.execute("PRAGMA user_version").fetchone()[0])
        if stamp != (APPLICATION_ID, len(MIGRATIONS)):
            with self.transaction() as conn:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    # -- writing --------------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def save(self, analyzed: AnalyzedDocument) -> bool:
        """Store a document and its analysis in one transaction; False if it was already stored."""
        doc_id = analyzed.document.id
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
                return False
            _insert(conn, "documents", _document_row(analyzed))
            self._insert_analysis(conn, analyzed)
            conn.execute("DELETE FROM failures WHERE origin = ?", (analyzed.document.origin,))
        return True

    def _insert_analysis(self, conn: sqlite3.Connection, analyzed: AnalyzedDocument) -> None:
        doc_id = analyzed.document.id
        _insert_many(conn, "sentences", [
            {"doc_id": doc_id, "idx": i, "start": s.start, "end": s.end}
            for i, s in enumerate(analyzed.sentences)
        ])
        _insert_many(conn, "entities", [
            {"doc_id": doc_id, "start": e.start, "end": e.end, "label": e.label} for e in analyzed.entities
        ], ignore=True)
        _insert_many(conn, "timexes", [{"doc_id": doc_id, **asdict(t)} for t in analyzed.timexes], ignore=True)
        _insert_many(conn, "actor_mentions", [_mention_row(doc_id, m.actor, m.sentence)
                                              for m in analyzed.actors], ignore=True)
        _insert_many(conn, "events", [_event_row(e) for e in analyzed.events], ignore=True)
        _insert_many(conn, "facts", [_fact_row(f) for f in analyzed.facts], ignore=True)
        apply_to_document(conn, doc_id)  # analysts' decisions hold for re-derived events

    def replace_analysis(self, analyzed: AnalyzedDocument) -> None:
        """Swap a stored document's analysis for a new one (e.g. re-anchored to another story date),
        in one transaction: readers see the old analysis or the new one, never a mix."""
        doc_id = analyzed.document.id
        with self.transaction() as conn:
            for table in ANALYSIS_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            _insert(conn, "documents", _document_row(analyzed))
            self._insert_analysis(conn, analyzed)

    def record_failure(self, failure: Failure) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO failures (origin, stage, code, message, at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (origin, stage, code) DO UPDATE SET message = excluded.message, at = excluded.at",
                (failure.origin, failure.stage, failure.code, failure.message, _now()),
            )

    def update_story_date(self, doc_id: str, value: str | None, earliest: str | None,
                          latest: str | None, basis: str, confidence: float, note: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE documents SET story_date = ?, story_date_earliest = ?, story_date_latest = ?, "
                "story_date_basis = ?, story_date_confidence = ?, story_date_note = ? WHERE id = ?",
                (value, earliest, latest, basis, confidence, note, doc_id),
            )

    # -- reading --------------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return list(self.conn.execute(sql, params))

    def columns(self, table: str) -> frozenset[str]:
        """The column names of `table`, read once per connection: a store's schema changes only when a
        tidings opens it to write, which migrates on opening, so within one `Store` the answer holds (a
        server renews its pooled connections after another process writes; `web.app.Stores`)."""
        if table not in self._columns:
            self._columns[table] = frozenset(r[1] for r in self.conn.execute(f"PRAGMA table_info({table})"))
        return self._columns[table]

    def count(self, table: str) -> int:
        if table not in {"documents", "events", "facts", "failures", "timexes", "actor_mentions"}:
            raise ValueError(table)
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def document(self, doc_id: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM documents WHERE id = ?", (doc_id,))
        return rows[0] if rows else None


def store_error(path: str, exc: sqlite3.Error) -> TidingsError:
    """A coded error for what SQLite said about the store: damaged (T306) or cannot be used (T301)."""
    message = " ".join(str(exc).split())[:200]  # a decoding error quotes the bytes it met
    # "vtable constructor failed": the full-text index's shadow tables cannot be read (a damaged page)
    if any(m in message for m in ("malformed", "not a database", "corrupt", "Could not decode",
                                  "vtable constructor failed")):
        return TidingsError("T306", path, message)
    if "full" in message:
        return TidingsError("T301", path, f"{message}: the disk is full; the document being written was rolled "
                                          "back, free some space and run the same command again")
    return TidingsError("T301", path, message)


def check_store_file(path: str) -> None:
    """Refuse, before anything can write to it, a file that is not a tidings store.

    A store is a new or empty file, or an SQLite file carrying tidings' application_id (or, written by
    a tidings from before the id, holding tidings' own schema_migrations and documents tables). Any
    other file is someone else's: T305, and it is never modified (no WAL switch, no tables added). A
    file that SQLite cannot read is T306. A newer schema is refused after connecting (T303)."""
    file = Path(path)
    try:
        with file.open("rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise TidingsError("T301", path, "this is a folder; give a file name for the store") from None
    if not header:
        return  # an empty file: a new store
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise TidingsError("T305", path, "not an SQLite database")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise TidingsError("T305", path, f"an SQLite database of another program (application_id {app_id:#010x})")
    if app_id == 0 and not _looks_like_old_store(file):
        raise TidingsError("T305", path, "an SQLite database without tidings' tables")


def _create_whole(path: str) -> None:
    """Make a store that does not exist yet beside it, complete and stamped, then link it into place.

    Other processes never see a half-made store: the name appears only once the schema is whole (a
    second ingest started at the same moment used to read a file with the migration table but no
    documents table yet and refuse it as another program's). Link, unlike rename, fails if the name
    was taken meanwhile: then the other process's store, also whole, is the one used. The draft is
    written with a rollback journal, which for a new file holds next to nothing, so making it needs
    no more disk than the store itself; it is switched to WAL, with nothing in the log, before linking."""
    target = Path(path)
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    draft = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.new")
    try:
        Store._make_draft(draft)
        try:
            os.link(draft, target)
        except FileExistsError:
            pass  # made by another process in the meantime
        except OSError:  # a file system without hard links: take the name only if still free
            if not target.exists():
                os.replace(draft, target)
    except sqlite3.DatabaseError as exc:
        raise store_error(path, exc) from None
    finally:
        for leftover in (draft, Path(f"{draft}-journal"), Path(f"{draft}-wal"), Path(f"{draft}-shm")):
            leftover.unlink(missing_ok=True)


def _looks_like_old_store(file: Path) -> bool:
    """True for an SQLite file that is empty of tables or holds tidings' own tables (a store written
    before the application_id), read through a read-only connection that cannot change the file."""
    # Without a -wal file beside it the file holds everything: read it as immutable, which creates no
    # -wal/-shm files next to someone else's database; with one, a read-only connection reads it too.
    wal = Path(f"{file}-wal").exists()
    query = "mode=ro" if wal else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"{file.resolve().as_uri()}?{query}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
            return True  # stamped in the write-ahead log, not yet copied into the file's header
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return True
        if "schema_migrations" not in tables or not ({"documents"} <= tables or tables == {"schema_migrations"}):
            return False  # only the migration table: a store another process is making in an empty file
        columns = {r[1] for r in conn.execute("PRAGMA table_info(schema_migrations)")}
        return {"version", "name", "applied_at"} <= columns
    finally:
        conn.close()


def _use_wal(conn: sqlite3.Connection, attempts: int = 100) -> None:
    """Switch to WAL. SQLite answers "database is locked" at once, without waiting, when another process
    opens the same new store at that moment (two ingests started together): retry for a few seconds."""
    for attempt in range(attempts):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05)


def _statements(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (which contain ';') whole."""
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    _insert_many(conn, table, [row])


PRIMARY_KEYS = {
    "documents": ("id",), "sentences": ("doc_id", "idx"), "entities": ("doc_id", "start", "end", "label"),
    "timexes": ("doc_id", "start", "end"), "actor_mentions": ("doc_id", "start", "end"),
    "events": ("id",), "facts": ("id",),
}


def _insert_many(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]], ignore: bool = False) -> None:
    """Insert rows; with `ignore`, later rows repeating an earlier row's key are dropped first.

    Deduplication happens here rather than with INSERT OR IGNORE, which would also swallow
    NOT NULL violations and silently lose data.
    """
    if not rows:
        return
    if ignore:
        key = PRIMARY_KEYS[table]
        unique: dict[tuple[Any, ...], dict[str, Any]] = {}
        for row in rows:
            unique.setdefault(tuple(row[k] for k in key), row)
        rows = list(unique.values())
    cols = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(_q(c) for c in cols)}) VALUES ({', '.join('?' * len(cols))})"
    conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])


def _q(column: str) -> str:
    return f'"{column}"'


def _document_row(analyzed: AnalyzedDocument) -> dict[str, Any]:
    d = analyzed.document
    sd = analyzed.story_date
    return {
        "id": d.id, "origin": d.origin, "content_sha": d.content_sha, "text": d.text, "title": d.title,
        "published": d.published, "source": d.source, "author": d.author, "dateline": d.dateline,
        "language": d.language, "url": d.url,
        "story_date": sd.date.value if sd.date else None,
        "story_date_earliest": sd.date.earliest if sd.date else None,
        "story_date_latest": sd.date.latest if sd.date else None,
        "story_date_basis": sd.basis, "story_date_confidence": sd.confidence, "story_date_note": sd.note,
        "removed_json": json.dumps([asdict(r) for r in d.removed], ensure_ascii=False),
        "ingested_at": _now(),
    }


def _actor_cols(prefix: str, actor: ActorRef | None) -> dict[str, Any]:
    keys = ("text", "start", "end", "actor_id", "name", "country", "sector", "role")
    if actor is None:
        return {f"{prefix}_{k}": None for k in keys}
    return {f"{prefix}_{k}": getattr(actor, k) for k in keys}


def _mention_row(doc_id: str, actor: ActorRef, sentence: int) -> dict[str, Any]:
    return {"doc_id": doc_id, "start": actor.start, "end": actor.end, "sentence": sentence, "text": actor.text,
            "actor_id": actor.actor_id, "name": actor.name, "country": actor.country, "sector": actor.sector,
            "role": actor.role}


def _event_row(e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "doc_id": e.doc_id, "sentence_start": e.sentence.start, "sentence_end": e.sentence.end,
        "cameo": e.cameo, "plover": e.plover, "quad_class": e.quad_class, "goldstein": e.goldstein,
        "mode": e.mode, "date": e.date.value if e.date else None,
        "date_earliest": e.date.earliest if e.date else None, "date_latest": e.date.latest if e.date else None,
        "date_start": e.date_span[0] if e.date_span else None, "date_end": e.date_span[1] if e.date_span else None,
        "date_evidence": e.date_evidence,
        "verb_start": e.verb_span[0] if e.verb_span else None, "verb_end": e.verb_span[1] if e.verb_span else None,
        "location": e.location, "reciprocal": int(e.reciprocal), "plover_mode": e.plover_mode,
        "plover_context": e.plover_context, "confidence": e.confidence, "pattern": e.pattern,
        **_actor_cols("source", e.source), **_actor_cols("target", e.target),
    }


def _fact_row(f: Fact) -> dict[str, Any]:
    from tidings.ids import stable_id

    return {
        "id": stable_id("f", f.doc_id, f.start, f.end), "doc_id": f.doc_id, "start": f.start, "end": f.end,
        "sentence_start": f.sentence.start, "sentence_end": f.sentence.end, "what": f.what, "value": f.value,
        "unit": f.unit, "period": f.period.value if f.period else None,
        "period_earliest": f.period.earliest if f.period else None,
        "period_latest": f.period.latest if f.period else None,
        "change_pct": f.change_pct, "change_basis": f.change_basis, "qualifier": f.qualifier,
        "actors": ",".join(f.actors),
    }
