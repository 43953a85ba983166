"""Named reads of the store for the command line, the engines and the views: the SQL lives here, not in
the callers, so a schema change is made in the store package alone."""

from __future__ import annotations

import sqlite3

from tidings.store.sqlite import Store


def documents(store: Store) -> list[sqlite3.Row]:
    """Every stored document, in origin order (the order `tidings docs` lists them)."""
    return store.query("SELECT * FROM documents ORDER BY origin, id")


def failures(store: Store) -> list[dict[str, object]]:
    """Every recorded failure, oldest first: origin, stage, code, message and when."""
    return [dict(r) for r in store.query("SELECT origin, stage, code, message, at FROM failures ORDER BY id")]


def document_of_event(store: Store, event_id: str) -> str | None:
    """The id of the document an event was coded from, None when no event has that id."""
    rows = store.query("SELECT doc_id FROM events WHERE id = ?", (event_id,))
    return str(rows[0]["doc_id"]) if rows else None


def has_unfused_documents(store: Store) -> bool:
    """True when a stored document has never been fused (an ingest stopped before its fusion pass)."""
    rows = store.query("SELECT 1 FROM documents d WHERE NOT EXISTS "
                       "(SELECT 1 FROM fusion_documents f WHERE f.doc_id = d.id) LIMIT 1")
    return bool(rows)


def pending_documents(store: Store) -> list[str]:
    """Ids of the stored documents no fusion pass has seen (ingested with --no-fuse, or stopped before fusing)."""
    return [r[0] for r in store.conn.execute("SELECT d.id FROM documents d WHERE NOT EXISTS "
                                             "(SELECT 1 FROM fusion_documents f WHERE f.doc_id = d.id) ORDER BY d.id")]


def reviewed_since_fusion(store: Store) -> list[str]:
    """Ids of documents an analyst decided on since the last fusion pass (same second included).

    A decision changes events, not documents, so the store signature does not see it; the next
    incremental pass must still re-render those documents' happenings from the corrected events, as a
    full pass would.
    """
    try:
        return [r[0] for r in store.conn.execute(
            "SELECT DISTINCT doc_id FROM review_decisions WHERE at >= COALESCE((SELECT at FROM fusion_state "
            "WHERE key = 'last_pass'), '') ORDER BY doc_id")]
    except sqlite3.OperationalError:  # a store from before review or incremental fusion
        return []


def status(store: Store) -> dict[str, object]:
    """What the store holds and what is pending: documents, unfused documents, events, happenings, failures,
    and the last fusion pass (its kind, region and time)."""
    one = lambda sql: int(store.conn.execute(sql).fetchone()[0])  # noqa: E731
    out: dict[str, object] = {
        "documents": one("SELECT COUNT(*) FROM documents"), "pending_fusion": len(pending_documents(store)),
        "events": one("SELECT COUNT(*) FROM events"), "happenings": one("SELECT COUNT(*) FROM happenings"),
        "failures": one("SELECT COUNT(*) FROM failures")}
    for value, at in store.conn.execute("SELECT value, at FROM fusion_state WHERE key = 'last_pass'"):
        out["last_fusion"], out["last_fusion_at"] = value, at
    return out
