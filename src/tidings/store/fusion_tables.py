"""Store access for fusion: read a stored analysis back as records, write the fusion tables.

Kept apart from `sqlite.py` (the per-document store) so fusion can grow its tables without touching
the ingest path. Every writer here runs inside one transaction: readers see the previous fusion
result or the new one, never a mix.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from tidings.records import (
    ActorMention,
    ActorRef,
    AnalyzedDocument,
    DateValue,
    Document,
    Entity,
    Event,
    Fact,
    RemovedLine,
    Sentence,
    StoryDate,
    Timex,
)
from tidings.store.sqlite import Store


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def document_of(row: sqlite3.Row) -> Document:
    """The `Document` record a stored row was written from."""
    removed = tuple(RemovedLine(**r) for r in json.loads(row["removed_json"] or "[]"))
    return Document(
        id=row["id"], origin=row["origin"], text=row["text"], content_sha=row["content_sha"], title=row["title"],
        published=row["published"], source=row["source"], author=row["author"], dateline=row["dateline"],
        language=row["language"], url=row["url"], removed=removed,
    )


def story_date_of(row: sqlite3.Row, prefix: str = "") -> StoryDate:
    value = row[f"{prefix}story_date"]
    date = DateValue(value, row[f"{prefix}story_date_earliest"], row[f"{prefix}story_date_latest"]) if value else None
    return StoryDate(date, row[f"{prefix}story_date_basis"] or "none", row[f"{prefix}story_date_confidence"] or 0.0,
                     note=row[f"{prefix}story_date_note"] or "")


def _date(value: str | None, earliest: str | None, latest: str | None) -> DateValue | None:
    return DateValue(value, earliest, latest) if value else None


def _actor(row: sqlite3.Row, prefix: str) -> ActorRef | None:
    if row[f"{prefix}_text"] is None and row[f"{prefix}_country"] is None:
        return None
    return ActorRef(text=row[f"{prefix}_text"] or "", start=row[f"{prefix}_start"] or 0, end=row[f"{prefix}_end"] or 0,
                    actor_id=row[f"{prefix}_actor_id"], name=row[f"{prefix}_name"],
                    country=row[f"{prefix}_country"], sector=row[f"{prefix}_sector"], role=row[f"{prefix}_role"])


def event_of(row: sqlite3.Row) -> Event:
    span = lambda a, b: (row[a], row[b]) if row[a] is not None else None  # noqa: E731
    return Event(
        id=row["id"], doc_id=row["doc_id"], sentence=Sentence(row["sentence_start"], row["sentence_end"]),
        source=_actor(row, "source"), target=_actor(row, "target"), cameo=row["cameo"], plover=row["plover"],
        quad_class=row["quad_class"], goldstein=row["goldstein"], mode=row["mode"],
        date=_date(row["date"], row["date_earliest"], row["date_latest"]), date_span=span("date_start", "date_end"),
        date_evidence=row["date_evidence"],
        verb_span=span("verb_start", "verb_end"), location=row["location"], reciprocal=bool(row["reciprocal"]),
        plover_mode=row["plover_mode"], plover_context=row["plover_context"], confidence=row["confidence"],
        pattern=row["pattern"],
    )


def fact_of(row: sqlite3.Row) -> Fact:
    return Fact(
        doc_id=row["doc_id"], start=row["start"], end=row["end"],
        sentence=Sentence(row["sentence_start"], row["sentence_end"]), what=row["what"], value=row["value"],
        unit=row["unit"], period=_date(row["period"], row["period_earliest"], row["period_latest"]),
        change_pct=row["change_pct"], change_basis=row["change_basis"], qualifier=row["qualifier"],
        actors=tuple(a for a in (row["actors"] or "").split(",") if a),
    )


def load_analysis(store: Store, doc_id: str) -> AnalyzedDocument:
    """A stored document with its stored analysis, as the records `tidings.analysis` produced."""
    row = store.document(doc_id)
    if row is None:
        raise KeyError(doc_id)
    q = lambda sql: store.query(sql, (doc_id,))  # noqa: E731
    timex_cols = "start, \"end\", text, type, value, earliest, latest, anchor_used, mod"
    return AnalyzedDocument(
        document=document_of(row),
        sentences=[Sentence(r["start"], r["end"]) for r in q("SELECT * FROM sentences WHERE doc_id = ? ORDER BY idx")],
        entities=[Entity(r["start"], r["end"], r["label"])
                  for r in q("SELECT * FROM entities WHERE doc_id = ? ORDER BY start, \"end\"")],
        timexes=[Timex(**dict(r)) for r in q(f"SELECT {timex_cols} FROM timexes WHERE doc_id = ? ORDER BY start")],
        story_date=story_date_of(row),
        actors=[ActorMention(_actor_ref(r), r["sentence"])
                for r in q("SELECT * FROM actor_mentions WHERE doc_id = ? ORDER BY start, \"end\"")],
        events=[event_of(r) for r in q("SELECT * FROM events WHERE doc_id = ? ORDER BY sentence_start, id")],
        facts=[fact_of(r) for r in q("SELECT * FROM facts WHERE doc_id = ? ORDER BY start, id")],
    )


def _actor_ref(row: sqlite3.Row) -> ActorRef:
    return ActorRef(text=row["text"], start=row["start"], end=row["end"], actor_id=row["actor_id"], name=row["name"],
                    country=row["country"], sector=row["sector"], role=row["role"])


def original_story_dates(store: Store, doc_ids: Sequence[str] | None = None) -> dict[str, StoryDate]:
    """Per document (of `doc_ids`, default all): its own story date as the last fusion pass recorded it
    (before any re-anchoring)."""
    try:
        if doc_ids is None:
            rows = store.query("SELECT * FROM fusion_documents")
        else:
            _with_region(store.conn, doc_ids)
            rows = store.query("SELECT f.* FROM fusion_documents f JOIN fusion_region r ON r.doc_id = f.doc_id")
    except sqlite3.OperationalError:  # a store from before migration 2
        return {}
    return {r["doc_id"]: story_date_of(r, "original_") for r in rows if r["original_story_date_basis"]}


def same_text(store: Store, doc_ids: Sequence[str]) -> set[str]:
    """Other stored documents with the same cleaned text (content hash) as one of `doc_ids`."""
    _with_region(store.conn, doc_ids)
    return {r[0] for r in store.conn.execute(
        "SELECT d.id FROM documents d WHERE d.content_sha IN (SELECT e.content_sha FROM documents e JOIN "
        "fusion_region r ON r.doc_id = e.id) AND d.id NOT IN (SELECT doc_id FROM fusion_region)")}


def fusion_rows(store: Store) -> dict[str, sqlite3.Row]:
    return {r["doc_id"]: r for r in store.query("SELECT * FROM fusion_documents")}


def store_signature(store: Store, salt: str) -> str:
    """A digest of everything a fusion pass reads: every document's text (its sha), story date and
    ingest time (a re-analysis or a re-anchoring rewrites it), and the sizes of the analysis tables,
    plus `salt` (the fusion code's version and knowledge files). Equal digests, equal passes."""
    digest = hashlib.sha256(salt.encode())
    for row in store.conn.execute(
            "SELECT id, content_sha, story_date, story_date_earliest, story_date_latest, story_date_basis, "
            "story_date_note, ingested_at FROM documents ORDER BY id"):
        digest.update(json.dumps(tuple(row), ensure_ascii=False).encode())
    for table in ("sentences", "timexes", "actor_mentions", "events", "facts"):
        digest.update(f"{table}:{store.conn.execute(f'SELECT COUNT(*) FROM {table}').fetchone()[0]};".encode())
    return digest.hexdigest()


def fusion_state(store: Store, key: str) -> str | None:
    """A value the last fusion pass recorded (None on a store without one, or from before migration 5)."""
    try:
        rows = store.query("SELECT value FROM fusion_state WHERE key = ?", (key,))
    except sqlite3.OperationalError:
        return None
    return str(rows[0]["value"]) if rows else None


def fusion_counts(store: Store) -> dict[str, int]:
    """What the stored fusion result holds: documents, duplicates, stories, happenings, mentions."""
    one = lambda sql: int(store.query(sql)[0][0])  # noqa: E731
    return {"documents": one("SELECT COUNT(*) FROM documents"),
            "duplicates": one("SELECT COUNT(*) FROM fusion_documents WHERE duplicate_of IS NOT NULL"),
            "stories": one("SELECT COUNT(DISTINCT story_id) FROM fusion_documents"),
            "happenings": one("SELECT COUNT(*) FROM happenings"),
            "mentions": one("SELECT COUNT(*) FROM happening_mentions")}


def reposts(store: Store) -> list[str]:
    """The documents the last pass found to be reposts, by id."""
    return [r["doc_id"] for r in store.query("SELECT doc_id FROM fusion_documents WHERE repost_of IS NOT NULL "
                                             "ORDER BY doc_id")]


def write_fusion(store: Store, documents: Sequence[dict[str, Any]], happenings: Sequence[dict[str, Any]],
                 mentions: Sequence[dict[str, Any]], decisions: Iterable[tuple[str, str, str, Any]],
                 state: dict[str, str] | None = None) -> None:
    """Replace the fusion result in one transaction (documents, happenings, mentions; decisions appended;
    `state` values, such as the store's signature, recorded)."""
    with store.transaction() as conn:
        conn.executemany("INSERT INTO fusion_state (key, value, at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE "
                         "SET value = excluded.value, at = excluded.at",
                         [(k, v, _now()) for k, v in (state or {}).items()])
        for table in ("happening_mentions", "happenings", "fusion_documents"):
            conn.execute(f"DELETE FROM {table}")
        _insert_many(conn, "fusion_documents", documents)
        _insert_many(conn, "happenings", happenings)
        _insert_many(conn, "happening_mentions", mentions)
        conn.executemany(
            "INSERT INTO fusion_decisions (kind, subject, decision, evidence_json, at) VALUES (?, ?, ?, ?, ?)",
            [(k, s, d, json.dumps(e, ensure_ascii=False), _now()) for k, s, d, e in decisions],
        )


def _insert_many(conn: sqlite3.Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    cols = list(rows[0])
    names = ", ".join('"' + c + '"' for c in cols)
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(cols))})"
    conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])


def document_fusion(store: Store) -> dict[str, dict[str, Any]]:
    """Per document id: what fusion decided about it (story, duplicate of, repost of, linked to, own story
    date), for `tidings docs` and the API to show beside the document."""
    try:
        rows = store.query("SELECT * FROM fusion_documents")
    except sqlite3.OperationalError:  # a read-only store from before migration 2
        return {}
    return {r["doc_id"]: {"story_id": r["story_id"], "duplicate_of": r["duplicate_of"],
                          "duplicate_kind": r["duplicate_kind"], "repost_of": r["repost_of"],
                          "linked_to": r["linked_to"], "original_story_date": r["original_story_date"],
                          "original_story_date_basis": r["original_story_date_basis"]} for r in rows}


# -- incremental fusion: candidate keys, regions, the happening log -----------------------------------

Key = tuple[str, str, str]  # (kind, key, month); month "" when the key holds at any date


def documents_sharing(store: Store, keys: Iterable[Key], months: Iterable[str] | None,
                      cap: int) -> dict[str, tuple[int, float]]:
    """Per document: how many of `keys` it shares and how rare they are (the sum of 1 / the documents holding
    each), a key counting in the months given ("" for a key kept at no date; None: at any date); a key held
    by more than `cap` documents in that window is too common to propose anything and is skipped."""
    window = sorted(set(months)) if months is not None else None
    where = f"AND month IN ({', '.join('?' * len(window))})" if window is not None else ""
    shared: dict[str, tuple[int, float]] = {}
    for kind, key, _ in sorted(set(keys)):
        rows = store.conn.execute(f"SELECT DISTINCT doc_id FROM fusion_keys WHERE kind = ? AND key = ? {where} "
                                  f"LIMIT ?", (kind, key, *(window or []), cap + 1)).fetchall()
        if len(rows) > cap:
            continue
        for (doc_id,) in rows:
            count, rarity = shared.get(doc_id, (0, 0.0))
            shared[doc_id] = (count + 1, rarity + 1 / len(rows))
    return shared


def _with_region(conn: sqlite3.Connection, doc_ids: Iterable[str]) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS fusion_region (doc_id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM fusion_region")
    conn.executemany("INSERT OR IGNORE INTO fusion_region VALUES (?)", [(d,) for d in doc_ids])


def neighbours(store: Store, doc_ids: Iterable[str]) -> set[str]:
    """The documents that share a stored story or a stored happening with any of `doc_ids`: what a new
    decision about those documents can change."""
    conn = store.conn
    _with_region(conn, doc_ids)
    stories = conn.execute("SELECT f.doc_id FROM fusion_documents f WHERE f.story_id IN (SELECT g.story_id "
                           "FROM fusion_documents g JOIN fusion_region r ON r.doc_id = g.doc_id)").fetchall()
    happenings = conn.execute("SELECT DISTINCT m.doc_id FROM happening_mentions m WHERE m.happening_id IN "
                              "(SELECT n.happening_id FROM happening_mentions n JOIN fusion_region r "
                              "ON r.doc_id = n.doc_id)").fetchall()
    return {r[0] for r in stories} | {r[0] for r in happenings}


def story_members(store: Store, doc_ids: Iterable[str]) -> set[str]:
    """Every document of the stored stories of `doc_ids` (stories partition the store: one step is whole)."""
    _with_region(store.conn, doc_ids)
    return {r[0] for r in store.conn.execute(
        "SELECT f.doc_id FROM fusion_documents f WHERE f.story_id IN (SELECT g.story_id FROM fusion_documents g "
        "JOIN fusion_region r ON r.doc_id = g.doc_id)")}


def straddling_stories(store: Store, doc_ids: Iterable[str]) -> dict[str, str]:
    """doc id → stored story id, for the documents of `doc_ids` whose story also holds documents outside them."""
    _with_region(store.conn, doc_ids)
    return {r[0]: r[1] for r in store.conn.execute(
        "SELECT f.doc_id, f.story_id FROM fusion_documents f JOIN fusion_region r ON r.doc_id = f.doc_id "
        "WHERE EXISTS (SELECT 1 FROM fusion_documents o WHERE o.story_id = f.story_id AND o.doc_id NOT IN "
        "(SELECT doc_id FROM fusion_region))")}


def straddling_happenings(store: Store, doc_ids: Iterable[str]) -> set[str]:
    """Stored happenings holding mentions of `doc_ids` and of documents outside them."""
    _with_region(store.conn, doc_ids)
    return {r[0] for r in store.conn.execute(
        "SELECT DISTINCT m.happening_id FROM happening_mentions m JOIN fusion_region r ON r.doc_id = m.doc_id "
        "WHERE EXISTS (SELECT 1 FROM happening_mentions o WHERE o.happening_id = m.happening_id AND o.doc_id NOT "
        "IN (SELECT doc_id FROM fusion_region))")}


def region_membership(store: Store, doc_ids: Iterable[str]) -> dict[str, str]:
    """item id → id of the stored happening holding it, for the mentions of `doc_ids`."""
    _with_region(store.conn, doc_ids)
    return {r[0]: r[1] for r in store.conn.execute(
        "SELECT m.item_id, m.happening_id FROM happening_mentions m JOIN fusion_region r ON r.doc_id = m.doc_id")}


def retired_happenings(store: Store) -> set[str]:
    """Ids a merge or split retired (they resolve through the log): never handed to a new happening."""
    try:
        return {r[0] for r in store.conn.execute("SELECT old_id FROM happening_log WHERE kind = 'merge'")}
    except sqlite3.OperationalError:
        return set()


def happening_ids_outside(store: Store, doc_ids: Iterable[str]) -> set[str]:
    """Ids of stored happenings none of whose mentions belong to `doc_ids` (they stay as they are)."""
    _with_region(store.conn, doc_ids)
    return {r[0] for r in store.conn.execute(
        "SELECT h.id FROM happenings h WHERE NOT EXISTS (SELECT 1 FROM happening_mentions m JOIN fusion_region r "
        "ON r.doc_id = m.doc_id WHERE m.happening_id = h.id)")}


def resolve_happening(store: Store, happening_id: str) -> str:
    """The id a happening goes by now: its own, or the id it was merged into (the log replayed)."""
    seen = {happening_id}
    current = happening_id
    while True:
        row = store.conn.execute("SELECT new_id FROM happening_log WHERE old_id = ? AND kind = 'merge' "
                                 "ORDER BY seq DESC LIMIT 1", (current,)).fetchone()
        if row is None or row[0] in seen:
            return current
        current = row[0]
        seen.add(current)


def write_fusion_region(store: Store, region: Sequence[str] | None, rekeyed: Sequence[str] | None,
                        shown: Iterable[str],
                        documents: Sequence[dict[str, Any]],
                        happenings: Sequence[dict[str, Any]], mentions: Sequence[dict[str, Any]],
                        decisions: Iterable[tuple[str, str, str, Any]], state: dict[str, str],
                        keys: Sequence[tuple[str, str, str, str]], log: Sequence[tuple[str, str, str]],
                        kept: Iterable[str] = ()) -> None:
    """Replace the fusion result of the documents in `region` (None: the whole store) in one transaction:
    their fusion rows, the happenings that held their mentions (`shown`, read before fusion rewrote any
    document), the candidate keys of the `rekeyed` documents (None: of the region); the happening log appended.
    `kept`: stored happenings left as they are, with their mentions (they reach outside the region)."""
    with store.transaction() as conn:
        conn.executemany("INSERT INTO fusion_state (key, value, at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE "
                         "SET value = excluded.value, at = excluded.at", [(k, v, _now()) for k, v in state.items()])
        if region is None:
            for table in ("happening_mentions", "happenings", "fusion_documents", "fusion_keys"):
                conn.execute(f"DELETE FROM {table}")
        else:
            _with_region(conn, region)
            keep = set(kept)
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS kept_happenings (id TEXT PRIMARY KEY)")
            conn.execute("DELETE FROM kept_happenings")
            conn.executemany("INSERT INTO kept_happenings VALUES (?)", [(h,) for h in sorted(keep)])
            conn.executemany("DELETE FROM happenings WHERE id = ?", [(h,) for h in sorted(set(shown) - keep)])
            conn.execute("DELETE FROM happenings WHERE id IN (SELECT m.happening_id FROM happening_mentions m "
                         "JOIN fusion_region r ON r.doc_id = m.doc_id) AND id NOT IN (SELECT id FROM kept_happenings)")
            conn.execute("DELETE FROM happening_mentions WHERE doc_id IN (SELECT doc_id FROM fusion_region) "
                         "AND happening_id NOT IN (SELECT id FROM kept_happenings)")
            conn.execute("DELETE FROM fusion_documents WHERE doc_id IN (SELECT doc_id FROM fusion_region)")
            stale = region if rekeyed is None else rekeyed
            conn.executemany("DELETE FROM fusion_keys WHERE doc_id = ?", [(d,) for d in stale])
        _insert_many(conn, "fusion_documents", documents)
        _insert_many(conn, "happenings", happenings)
        _insert_many(conn, "happening_mentions", mentions)
        conn.executemany("INSERT INTO fusion_keys (kind, key, month, doc_id) VALUES (?, ?, ?, ?)", keys)
        conn.executemany("INSERT INTO happening_log (kind, old_id, new_id, at) VALUES (?, ?, ?, ?)",
                         [(k, o, n, _now()) for k, o, n in log])
        conn.executemany(
            "INSERT INTO fusion_decisions (kind, subject, decision, evidence_json, at) VALUES (?, ?, ?, ?, ?)",
            [(k, s, d, json.dumps(e, ensure_ascii=False), _now()) for k, s, d, e in decisions],
        )
