"""Checks of a store's soundness, shared by the fault-injection, hostile-input and concurrency tests.

`soundness_problems` answers what a user would call corruption or a half-written document: SQLite's
own integrity and foreign-key checks, the full-text index agreeing with its documents, no analysis
row without its document, and no document without its analysis (every document has sentences).
`analysis_signatures` fingerprints each document's analysis in a way fusion's re-anchoring does not
change (sentence, entity, actor spans; event and fact ids), to compare a store with a reference.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

ANALYSIS = ("sentences", "entities", "timexes", "actor_mentions", "events", "facts")
SIGNATURES = {
    "sentences": "idx || ':' || start || '-' || \"end\"",
    "entities": "start || '-' || \"end\" || label",
    "actor_mentions": "start || '-' || \"end\" || ':' || coalesce(actor_id, '')",
    "events": "id",
    "facts": "id",
}
VOLATILE = {"ingested_at", "at", "applied_at"}


def connect(db: Path) -> sqlite3.Connection:
    """A plain read-write connection, as the next `tidings` command would open it (recovers the WAL)."""
    conn = sqlite3.connect(str(db), timeout=60)
    conn.row_factory = sqlite3.Row
    return conn


def soundness_problems(db: Path) -> list[str]:
    """Everything wrong with the store at `db` (empty when sound)."""
    if not db.exists():
        return []
    conn = connect(db)
    try:
        return _problems(conn)
    finally:
        conn.close()


def _problems(conn: sqlite3.Connection) -> list[str]:
    problems = [f"integrity_check: {r[0]}" for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    problems += [f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check")]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "documents" not in tables:
        return problems  # killed before the schema was made: nothing else to check
    try:
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        problems.append(f"full-text index: {exc}")
    for table in ANALYSIS:
        orphans = conn.execute(f"SELECT COUNT(*) FROM {table} t WHERE NOT EXISTS "
                               f"(SELECT 1 FROM documents d WHERE d.id = t.doc_id)").fetchone()[0]
        if orphans:
            problems.append(f"{orphans} {table} rows without their document")
    bare = [r[0] for r in conn.execute("SELECT id FROM documents d WHERE NOT EXISTS "
                                       "(SELECT 1 FROM sentences s WHERE s.doc_id = d.id)")]
    if bare:
        problems.append(f"{len(bare)} documents without their analysis, e.g. {bare[0]}")
    return problems


def analysis_signatures(db: Path) -> dict[str, tuple[str, ...]]:
    """doc id -> fingerprint of its analysis, one entry per table in SIGNATURES."""
    conn = connect(db)
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM documents")]
        parts: dict[str, list[str]] = {i: [] for i in ids}
        for table, expr in SIGNATURES.items():
            rows = dict(conn.execute(f"SELECT doc_id, group_concat(x, '|') FROM (SELECT doc_id, {expr} AS x "
                                     f"FROM {table} ORDER BY doc_id, x) GROUP BY doc_id").fetchall())
            for i in ids:
                parts[i].append(rows.get(i) or "")
        return {i: tuple(p) for i, p in parts.items()}
    finally:
        conn.close()


def table_rows(db: Path, table: str) -> list[tuple[Any, ...]]:
    """Every row of a table, sorted, without columns that record when something was written."""
    conn = connect(db)
    try:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in VOLATILE]
        quoted = ", ".join(f'"{c}"' for c in cols)
        return sorted(tuple(r) for r in conn.execute(f"SELECT {quoted} FROM {table}"))
    finally:
        conn.close()


def count(db: Path, sql: str) -> int:
    """A count read the way a reader would (read-only); -1 if the store cannot be read yet."""
    if not db.exists():
        return -1
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute(sql).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return -1
