"""Store rows → the JSON shapes every output shares (CLI, API, exports).

One function per record kind, so `tidings events`, the web API and exports never disagree.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from tidings.store import Store
from tidings.time.labels import label


def document_json(row: sqlite3.Row, with_text: bool = True,
                  fusion: dict[str, Any] | None = None) -> dict[str, Any]:
    """A document's metadata (and text); `fusion` adds what cross-document fusion decided about it
    (story cluster, duplicate of, repost of, the page's own story date before re-anchoring)."""
    out: dict[str, Any] = {
        "id": row["id"],
        "path": row["origin"],
        "published": row["published"],
        "story_date": row["story_date"],
        "story_date_basis": row["story_date_basis"],
        "story_date_confidence": row["story_date_confidence"],
        "story_date_note": row["story_date_note"],
        "title": row["title"],
        "source": row["source"],
        "author": row["author"],
        "dateline": row["dateline"],
        "language": row["language"],
        "url": row["url"],
    }
    fused = fusion or {}
    out["repost"] = bool(fused.get("repost_of"))
    for key in ("repost_of", "duplicate_of", "story_id", "original_story_date"):
        out[key] = fused.get(key)
    if with_text:
        out["text"] = row["text"]
    return out


def _actor(row: sqlite3.Row, prefix: str) -> dict[str, Any] | None:
    if row[f"{prefix}_text"] is None and row[f"{prefix}_country"] is None:
        return None
    keys = ("text", "country", "sector", "name", "actor_id", "role", "start", "end")
    return {k: row[f"{prefix}_{k}"] for k in keys}


def event_json(row: sqlite3.Row, origin: str, text: str) -> dict[str, Any]:
    """One event with its evidence: the sentence it was coded from, as offsets and as text."""
    verb = text[row["verb_start"]:row["verb_end"]] if row["verb_start"] is not None else None
    return event_record(row, origin, text[row["sentence_start"]:row["sentence_end"]], verb)


def event_record(row: sqlite3.Row, origin: str, sentence: str, verb_text: str | None) -> dict[str, Any]:
    """`event_json` from the evidence already cut out (by SQL, in a streamed read that never loads the text)."""
    s0, s1 = row["sentence_start"], row["sentence_end"]
    verb = None
    if row["verb_start"] is not None:
        verb = {"start": row["verb_start"], "end": row["verb_end"], "text": verb_text}
    return {
        "id": row["id"],
        "date": row["date"],
        "date_label": label(row["date"]) or None,  # what an analyst reads beside the TIMEX3 value
        "date_earliest": row["date_earliest"],
        "date_latest": row["date_latest"],
        "date_evidence": row["date_evidence"],
        "cameo": row["cameo"],
        "plover": row["plover"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "mode": row["mode"],
        "reciprocal": bool(row["reciprocal"]),
        "location": row["location"],
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "verb": verb,
        "mentions": [{"path": origin, "doc_id": row["doc_id"], "sentence": sentence, "start": s0, "end": s1}],
        "review": row["review"] if "review" in row.keys() else None,  # noqa: SIM118 (a Row's `in` tests values)
    }


EVENT_FILTERS = {
    "actor": "(e.source_country = :actor OR e.target_country = :actor OR e.source_actor_id = :actor "
             "OR e.target_actor_id = :actor)",
    "dyad_a": "((e.source_country = :dyad_a AND e.target_country = :dyad_b) "
              "OR (e.source_country = :dyad_b AND e.target_country = :dyad_a))",
    "date_from": "COALESCE(e.date_latest, d.story_date_latest) >= :date_from",
    "date_to": "COALESCE(e.date_earliest, d.story_date_earliest) <= :date_to",
    "cameo": "e.cameo LIKE :cameo || '%'",
    "plover": "e.plover = :plover",
    "doc_id": "e.doc_id = :doc_id",
    # PLOVER-typed events only: a plain statement (CAMEO 01x) has no PLOVER type and is not an event
    "typed": "COALESCE(e.plover, '') <> ''",
}


def _event_sql(store: Store, columns: str, reviewed_only: bool,
               filters: dict[str, str | None]) -> tuple[str, dict[str, str]]:
    from tidings.store.review import event_clause

    params = {k: v for k, v in filters.items() if v}
    where = [EVENT_FILTERS[k] for k in params if k in EVENT_FILTERS] + [event_clause(reviewed_only, store=store)]
    sql = (f"SELECT e.*, d.origin AS origin, {columns} FROM events e JOIN documents d ON d.id = e.doc_id"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY COALESCE(e.date_earliest, d.story_date_earliest), d.origin, e.sentence_start, e.id")
    return sql, params


def query_events(store: Store, reviewed_only: bool = False, **filters: str | None) -> list[dict[str, Any]]:
    """Events joined with their document, filtered like the CLI's options (rejected ones skipped)."""
    sql, params = _event_sql(store, "d.text AS doc_text", reviewed_only, filters)
    return [event_json(r, r["origin"], r["doc_text"]) for r in store.query(sql, params)]


def stream_events(store: Store, reviewed_only: bool = False, with_text: bool = False,
                  **filters: str | None) -> Iterator[dict[str, Any]]:
    """`query_events` one row at a time from an SQLite cursor, the evidence cut out by SQL: memory holds one
    row, never a document's text (unless `with_text`, which adds it as `document_text`)."""
    columns = ("substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence_text, "
               "substr(d.text, e.verb_start + 1, e.verb_end - e.verb_start) AS verb_text"
               + (", d.text AS doc_text" if with_text else ""))
    sql, params = _event_sql(store, columns, reviewed_only, filters)
    for row in store.conn.execute(sql, params):
        record = event_record(row, row["origin"], row["sentence_text"], row["verb_text"])
        if with_text:
            record["document_text"] = row["doc_text"]
        yield record


def dyad_filters(dyad: str | None) -> dict[str, str | None]:
    if not dyad:
        return {}
    a, _, b = dyad.upper().partition("-")
    return {"dyad_a": a, "dyad_b": b or a}
