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
