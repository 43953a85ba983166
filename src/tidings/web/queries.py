"""Paged reads over the store for the web pages and the JSON API.

Each function returns the shapes of `tidings.views.rows` (so the API, the pages and the CLI agree)
and reads one page at a time: a store of a million events is never loaded whole. Counts are capped
(`COUNT_CAP`) so a filter matching most of the store still answers fast; `total_exact` says whether
the number is exact.
"""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
from dataclasses import dataclass
from typing import Any

from tidings.store import Store
from tidings.store.review import event_clause
from tidings.views.formats import visible_controls
from tidings.views.rows import document_json, event_json
from tidings.web.filters import FilterError, Filters, event_where

COUNT_CAP = 10_000
MAX_OFFSET = 100_000
SNIPPET_TOKENS = 24
_WORD = re.compile(r'"([^"]*)"|(\S+)')
# What one full-text search may ask (docs/web.md "Limits"): each prefix word expands to every word of
# the store that starts with it, and each word or phrase reads its whole list of documents.
MAX_QUERY_CHARS = 200
MAX_TERMS = 12
MAX_PREFIX_TERMS = 6
MIN_PREFIX_CHARS = 3


@dataclass(frozen=True, slots=True)
class Page:
    """One page of results, how to get the next, and a (possibly capped) total."""

    items: list[dict[str, Any]]
    limit: int
    offset: int
    total: int
    total_exact: bool
    order: str | None = None  # how the items are ordered, when the caller may not get what it asked

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.items) < self.total or (not self.total_exact and bool(self.items))

    def as_json(self) -> dict[str, Any]:
        out = {"items": self.items, "limit": self.limit, "offset": self.offset, "total": self.total,
               "total_exact": self.total_exact, "next_offset": self.offset + self.limit if self.has_more else None}
        if self.order:
            out["order"] = self.order
        return out


def table_exists(store: Store, name: str, kind: str = "table") -> bool:
    """Whether the store has this table (or index): older stores lack the newer ones."""
    rows = store.query("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?", (kind, name))
    return bool(rows)


def capped_count(store: Store, sql: str, params: dict[str, Any]) -> tuple[int, bool]:
    """How many rows `sql` yields, counting at most COUNT_CAP + 1."""
    n = store.query(f"SELECT COUNT(*) FROM ({sql} LIMIT {COUNT_CAP + 1})", params)[0][0]
    return (COUNT_CAP, False) if n > COUNT_CAP else (int(n), True)


# -- full-text search --------------------------------------------------------------------------------


def fts_query(text: str) -> str:
    """A user's words as a safe FTS5 query: every word or "quoted phrase" becomes a quoted string,
    `word*` keeps its prefix star, and a bare OR stays an operator. Nothing else is syntax, so
    no input can raise an FTS5 syntax error.

    The cost is bounded before the query runs (docs/web.md "Limits"): at most MAX_QUERY_CHARS
    characters, MAX_TERMS words or phrases and MAX_PREFIX_TERMS prefix words, else FilterError (a 400
    naming the limit). A prefix shorter than MIN_PREFIX_CHARS is searched as the word itself: `a*`
    would expand to every word of the store that starts with an a."""
    if len(text) > MAX_QUERY_CHARS:
        raise FilterError("q", f"the search is {len(text)} characters long; "
                               f"at most {MAX_QUERY_CHARS} characters are taken")
    parts: list[str] = []
    for phrase, word in _WORD.findall(text):
        if word == "OR" and parts and parts[-1] != "OR":
            parts.append("OR")
            continue
        raw = phrase if phrase else word
        star = word.endswith("*") and len(word) > 1
        raw = raw.rstrip("*") if star else raw
        cleaned = " ".join(re.findall(r"\w+", raw))
        if cleaned:
            prefix = star and len(cleaned) >= MIN_PREFIX_CHARS
            parts.append('"' + cleaned + '"' + ("*" if prefix else ""))
    while parts and parts[-1] == "OR":
        parts.pop()
    _check_terms(parts)
    return " ".join(parts)


def costly_search(q: str | None) -> bool:
    """A full-text search that can cost much store time: prefix words, or more than four words (the web
    app gives these their own slot of its connection pool)."""
    return q is not None and ("*" in q or len(q.split()) > 4)


def _check_terms(parts: list[str]) -> None:
    terms = [p for p in parts if p != "OR"]
    prefixes = sum(p.endswith("*") for p in terms)
    if len(terms) > MAX_TERMS:
        raise FilterError("q", f"the search has {len(terms)} words or phrases; at most {MAX_TERMS} are taken")
    if prefixes > MAX_PREFIX_TERMS:
        raise FilterError("q", f"the search has {prefixes} prefix words (word*); at most {MAX_PREFIX_TERMS} "
                               "are taken")


def _document_where(f: Filters) -> tuple[list[str], dict[str, Any]]:
    """Filters on documents `m`: dates overlap the story date; outlet; actor, dyad and type through
    the documents that have such mentions or events. Only columns of the `documents_meta` index
    are read, so filtering never loads article text."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if f.date_from:
        where.append("m.story_date_latest >= :date_from")
        params["date_from"] = f.date_from
    if f.date_to:
        where.append("m.story_date_earliest <= :date_to")
        params["date_to"] = f.date_to
    if f.source:
        where.append("m.source = :source COLLATE NOCASE")
        params["source"] = f.source
    if f.actor:
        where.append("m.id IN (SELECT doc_id FROM actor_mentions WHERE country = :actor "
                     "UNION SELECT doc_id FROM actor_mentions WHERE actor_id = :actor)")
        params["actor"] = f.actor.upper() if len(f.actor) == 3 else f.actor
    ev_filters = Filters(dyad=f.dyad, cameo=f.cameo, plover=f.plover, mode=f.mode)
    ev_where, ev_params = event_where(ev_filters)
    if f.cameo:  # a prefix as a range, which the (cameo, doc_id) index answers; codes are digits
        ev_where = [w if "cameo" not in w else "e.cameo >= :cameo AND e.cameo < :cameo || ':'" for w in ev_where]
    if ev_where:
        where.append("m.id IN (SELECT e.doc_id FROM events e WHERE " + " AND ".join(ev_where) + ")")
        params.update(ev_params)
    return where, params


def _meta(docs: str, where: list[str]) -> str:
    cond = " AND ".join(where) if where else "1"
    return f"SELECT m.rowid FROM {docs} WHERE {cond}"


def search_documents(store: Store, q: str | None, f: Filters, limit: int, offset: int,
                     sort: str = "relevance") -> Page:
    """Documents matching the words `q` (FTS5) and the filters: best match first, or newest first.

    Ranking by relevance costs time in proportion to the number of matches, so it is done when at
    most COUNT_CAP documents match; a query matching more is listed newest first, and the answer
    says so (`order`). Without `q`, documents are listed newest first. Rowids are chosen first,
    then only one page of documents is read.
    """
    match = fts_query(q or "")
    where, params = _document_where(f)
    docs = "documents m INDEXED BY documents_meta" if table_exists(store, "documents_meta", "index") else "documents m"
    meta = _meta(docs, where)
    if not match:
        total, exact = capped_count(store, meta, params)
        ids = [r[0] for r in store.query(f"{meta} ORDER BY m.story_date_earliest DESC, m.rowid DESC "
                                         "LIMIT :limit OFFSET :offset", {**params, "limit": limit, "offset": offset})]
        return _document_page(store, ids, "", Page([], limit, offset, total, exact, order="date"))
    params["match"] = match
    fts = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH :match"
    page = {**params, "limit": limit, "offset": offset}
    if not where:
        total, exact = capped_count(store, fts, params)
        if sort == "relevance" and exact:
            sql, order = f"{fts} ORDER BY rank LIMIT :limit OFFSET :offset", "relevance"
        else:
            sql, order = (f"{meta} AND m.rowid IN ({fts}) ORDER BY m.story_date_earliest DESC, m.rowid DESC "
                          "LIMIT :limit OFFSET :offset"), "date"
        ids = [r[0] for r in store.query(sql, page)]
        return _document_page(store, ids, match, Page([], limit, offset, total, exact, order=order))
    # with filters: find the matching rowids once (at most COUNT_CAP + 1), then order only those
    found = [r[0] for r in store.query(f"{meta} AND m.rowid IN ({fts}) LIMIT {COUNT_CAP + 1}", params)]
    total, exact = (COUNT_CAP, False) if len(found) > COUNT_CAP else (len(found), True)
    if sort == "relevance" and exact:
        # `+rowid`: keep SQLite from running the FTS query once per listed rowid
        sql = f"{fts} AND +rowid IN (SELECT value FROM json_each(:ids)) ORDER BY rank LIMIT :limit OFFSET :offset"
        ids = [r[0] for r in store.query(sql, {**page, "ids": json.dumps(found)})]
        return _document_page(store, ids, match, Page([], limit, offset, total, exact, order="relevance"))
    sql = (f"{meta} AND m.rowid IN ({fts}) ORDER BY m.story_date_earliest DESC, m.rowid DESC "
           "LIMIT :limit OFFSET :offset")
    if exact:
        sql = (f"SELECT m.rowid FROM {docs} WHERE m.rowid IN (SELECT value FROM json_each(:ids)) "
               "ORDER BY m.story_date_earliest DESC, m.rowid DESC LIMIT :limit OFFSET :offset")
    ids = [r[0] for r in store.query(sql, {**page, "ids": json.dumps(found)})]
    return _document_page(store, ids, match, Page([], limit, offset, total, exact, order="date"))


def _document_page(store: Store, rowids: list[int], match: str, page: Page) -> Page:
    """Read the documents of one page (by rowid, in order) with their snippets."""
    rows = store.query(f"SELECT rowid AS rid, * FROM documents WHERE rowid IN ({','.join('?' * len(rowids))})",
                       rowids) if rowids else []
    by_rowid = {r["rid"]: r for r in rows}
    snippets = _snippets(store, match, rowids) if match else {}
    for rowid in rowids:
        r = by_rowid.get(rowid)
        if r is None:  # deleted between the two reads
            continue
        item = document_json(r, with_text=False)
        item["snippet"] = snippets.get(rowid) or _lead(r["text"])
        page.items.append(item)
    return page


SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"


def _snippets(store: Store, match: str, rowids: list[int]) -> dict[int, str]:
    """FTS5 snippets for one page of rows only (computing them for every match would be slow).
    Matched words are wrapped in \\x02 ... \\x03, which the page turns into <mark> after escaping."""
    if not rowids:
        return {}
    # The text may hold \x02 and \x03 itself: FTS5 marks matches with strings it cannot hold (a fresh
    # random token), its own control characters become Control Pictures, then the marks become \x02/\x03.
    token = secrets.token_hex(8)
    opened, closed = f"\ue000{token}\ue001", f"\ue002{token}\ue003"
    # `rowid IN (list)` makes FTS5 run the query once per rowid: cheap for whole words, but it expands
    # every prefix word each time (1 s for 20 rows of `con* OR pre* OR sta*` over 30,000 documents).
    # With a prefix word: one pass over the rowid range, the list checked outside FTS5 (+rowid), 0.07 s;
    # without one, the range pass would read every match in the range (14 ms against 3 ms for a page of
    # a common word over a million events' documents).
    marks = ",".join("?" * len(rowids))
    select = f"SELECT rowid, snippet(documents_fts, 1, ?, ?, '…', {SNIPPET_TOKENS}) FROM documents_fts"
    if "*" in match:
        sql = f"{select} WHERE documents_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN ({marks})"
        rows = store.query(sql, [opened, closed, match, min(rowids), max(rowids), *rowids])
    else:
        rows = store.query(f"{select} WHERE documents_fts MATCH ? AND rowid IN ({marks})",
                           [opened, closed, match, *rowids])
    return {r[0]: visible_controls(r[1]).replace(opened, SNIPPET_OPEN).replace(closed, SNIPPET_CLOSE) for r in rows}


def _lead(text: str, chars: int = 200) -> str:
    flat = " ".join(visible_controls(text[: chars * 2]).split())  # no \x02 of its own can pass for a mark
    return flat if len(flat) <= chars else flat[: chars - 1].rsplit(" ", 1)[0] + "…"


# -- events -----------------------------------------------------------------------------------------

EVENT_SELECT = "SELECT e.*, d.origin AS origin, d.text AS doc_text FROM events e JOIN documents d ON d.id = e.doc_id"
EVENT_ROWID_SELECT = EVENT_SELECT.replace("SELECT e.*,", "SELECT e.*, e.rowid AS rid,")


def _event_rows_json(rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        item = event_json(r, r["origin"], r["doc_text"])
        item["doc_id"] = r["doc_id"]
        out.append(item)
    return out


def list_events(store: Store, f: Filters, limit: int, offset: int, newest_first: bool = True,
                side_filter: tuple[str, str] | None = None) -> Page:
    """Events matching the filters, newest first (undated last), one page with their evidence.

    `side_filter` is an extra clause with a `:side_key` value (the actor page's "as source" list).
    """
    where, params = event_where(f)
    where.append(event_clause(store=store))  # rejected events are left out (tidings.store.review)
    if side_filter:
        where.append(side_filter[0])
        params["side_key"] = side_filter[1]
    cond = " WHERE " + " AND ".join(where) if where else ""
    order = "e.date_earliest DESC, e.rowid DESC" if newest_first else "e.date_earliest, e.rowid"
    ids = store.query(f"SELECT e.rowid FROM events e{_join_if_needed(where)}{cond} ORDER BY {order} "
                      "LIMIT :limit OFFSET :offset", {**params, "limit": limit, "offset": offset})
    rowids = [r[0] for r in ids]
    marks = ",".join("?" * len(rowids))
    rows = store.query(f"{EVENT_ROWID_SELECT} WHERE e.rowid IN ({marks})", rowids) if rowids else []
    by_rowid = {r["rid"]: r for r in rows}
    ordered = [by_rowid[i] for i in rowids if i in by_rowid]
    total, exact = capped_count(store, f"SELECT 1 FROM events e{_join_if_needed(where)}{cond}", params)
    return Page(_event_rows_json(ordered), limit, offset, total, exact)


def _join_if_needed(where: list[str]) -> str:
    return " JOIN documents d ON d.id = e.doc_id" if any("d." in w for w in where) else ""


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event with its evidence, plus every other report of the same happening (all mentions)."""
    rows = store.query(f"{EVENT_SELECT} WHERE e.id = ?", (event_id,))
    if not rows:
        return None
    row = rows[0]
    out = _event_rows_json(rows)[0]
    out["cameo_name"] = _cameo_name(row["cameo"])
    out["document"] = document_json(store.document(row["doc_id"]), with_text=False)  # type: ignore[arg-type]
    for mention in out["mentions"]:
        mention["title"] = out["document"]["title"]
        mention["source"] = out["document"]["source"]
    happening = _happening_of(store, event_id)
    out["happening"] = happening
    out["mentions"] += happening.pop("other_mentions") if happening else _other_mentions(store, row)
    return out


def _happening_of(store: Store, event_id: str) -> dict[str, Any] | None:
    """The fused happening an event belongs to, with every other mention of it (fusion's tables)."""
    if not table_exists(store, "happening_mentions"):
        return None
    rows = store.query("SELECT h.* FROM happening_mentions hm JOIN happenings h ON h.id = hm.happening_id "
                       "WHERE hm.item_id = ? LIMIT 1", (event_id,))
    if not rows:
        return None
    h = rows[0]
    mentions = store.query(
        "SELECT hm.kind, hm.item_id, hm.doc_id, hm.sentence_start AS start, hm.sentence_end AS \"end\", "
        "d.origin AS path, d.title, d.source, "
        "substr(d.text, hm.sentence_start + 1, hm.sentence_end - hm.sentence_start) AS sentence "
        "FROM happening_mentions hm JOIN documents d ON d.id = hm.doc_id "
        "WHERE hm.happening_id = ? AND hm.item_id != ? ORDER BY d.published, d.origin LIMIT 500",
        (h["id"], event_id))
    others = [{**dict(m), "event_id": m["item_id"] if m["kind"] == "event" else None} for m in mentions]
    keys = ("id", "kind", "date", "date_note", "headline", "mentions", "sources", "articles", "weight", "story_id")
    return {**{k: h[k] for k in keys}, "other_mentions": others}


def _cameo_name(code: str) -> str:
    from tidings.events.ontology import load_ontology

    try:
        return load_ontology().name(code)
    except Exception:  # the name is decoration: a missing table must not break the page
        return ""


def happening_key(row: sqlite3.Row | dict[str, Any]) -> tuple[Any, ...]:
    """What makes two events reports of one happening (as in the timeline): same date value,
    same PLOVER type, same participants in either order."""
    a = row["source_actor_id"] or row["source_country"] or row["source_text"]
    b = row["target_actor_id"] or row["target_country"] or row["target_text"]
    return (row["date"], row["plover"], frozenset(x for x in (a, b) if x))


def _other_mentions(store: Store, row: sqlite3.Row) -> list[dict[str, Any]]:
    if not row["date_earliest"] or row["mode"] in ("negated", "hypothetical"):
        return []
    sql = (f"{EVENT_SELECT} WHERE e.date_earliest = ? AND e.date = ? AND e.plover = ? AND e.id != ? "
           "AND e.mode IN ('factual', 'future') ORDER BY d.origin, e.sentence_start LIMIT 500")
    key = happening_key(row)
    same = [r for r in store.query(sql, (row["date_earliest"], row["date"], row["plover"], row["id"]))
            if happening_key(r) == key]
    out = []
    for r in same:
        m = event_json(r, r["origin"], r["doc_text"])["mentions"][0]
        doc = store.document(r["doc_id"])
        m.update(event_id=r["id"], title=doc["title"] if doc else None, source=doc["source"] if doc else None)
        out.append(m)
    return out


# -- documents --------------------------------------------------------------------------------------


def get_document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """A document with everything recognized in it, its removed boilerplate and related documents."""
    row = store.document(doc_id)
    if row is None:
        return None
    out = document_json(row)
    out["content_sha"] = row["content_sha"]
    out["removed"] = json.loads(row["removed_json"] or "[]")
    out["actors"] = [dict(r) for r in store.query(
        'SELECT start, "end", sentence, text, actor_id, name, country, sector, role FROM actor_mentions '
        'WHERE doc_id = ? ORDER BY start', (doc_id,))]
    out["timexes"] = [dict(r) for r in store.query(
        'SELECT start, "end", text, type, value, earliest, latest, mod FROM timexes WHERE doc_id = ? ORDER BY start',
        (doc_id,))]
    events = store.query(f"{EVENT_SELECT} WHERE e.doc_id = ? ORDER BY e.sentence_start, e.id", (doc_id,))
    out["events"] = _event_rows_json(events)
    out["facts"] = [fact_json(r) for r in store.query(
        'SELECT * FROM facts WHERE doc_id = ? ORDER BY start', (doc_id,))]
    out["duplicates"] = [document_json(r, with_text=False) for r in store.query(
        "SELECT * FROM documents WHERE content_sha = ? AND id != ? ORDER BY origin LIMIT 100",
        (row["content_sha"], doc_id))]
    out["clusters"] = story_clusters(store, doc_id)
    out["fusion"] = fusion_links(store, doc_id)
    return out


def story_clusters(store: Store, doc_id: str) -> list[dict[str, Any]]:
    """Other documents fusion put in the same story (empty before fusion has run)."""
    if not table_exists(store, "fusion_documents"):
        return []
    rows = store.query(
        "SELECT d.*, f2.story_id AS story_id FROM fusion_documents f1 JOIN fusion_documents f2 "
        "ON f2.story_id = f1.story_id AND f2.doc_id != f1.doc_id JOIN documents d ON d.id = f2.doc_id "
        "WHERE f1.doc_id = ? ORDER BY d.published, d.origin LIMIT 100", (doc_id,))
    return [{**document_json(r, with_text=False), "story_id": r["story_id"]} for r in rows]


def fusion_links(store: Store, doc_id: str) -> dict[str, Any]:
    """What fusion decided about a document: its story, the original it duplicates or reposts,
    the copies of it, and why its story date was re-anchored."""
    if not table_exists(store, "fusion_documents"):
        return {}
    rows = store.query("SELECT * FROM fusion_documents WHERE doc_id = ?", (doc_id,))
    if not rows:
        return {}
    row = rows[0]
    copies = store.query("SELECT d.*, f.duplicate_kind AS kind FROM fusion_documents f JOIN documents d "
                         "ON d.id = f.doc_id WHERE f.duplicate_of = ? OR f.repost_of = ? LIMIT 100", (doc_id, doc_id))
    out: dict[str, Any] = {k: row[k] for k in ("story_id", "duplicate_of", "duplicate_kind", "duplicate_similarity",
                                                 "repost_of", "linked_to", "original_story_date")}
    out["copies"] = [{**document_json(r, with_text=False), "kind": r["kind"]} for r in copies]
    return out


# -- facts ------------------------------------------------------------------------------------------


def fact_json(row: sqlite3.Row) -> dict[str, Any]:
    keys = ("id", "doc_id", "start", "end", "what", "value", "unit", "period", "period_earliest",
            "period_latest", "change_pct", "change_basis", "qualifier")
    out = {k: row[k] for k in keys}
    out["actors"] = [a for a in (row["actors"] or "").split(",") if a]
    return out


def list_facts(store: Store, f: Filters, what: str | None, limit: int, offset: int) -> Page:
    where: list[str] = []
    params: dict[str, Any] = {}
    if f.doc_id:
        where.append("doc_id = :doc_id")
        params["doc_id"] = f.doc_id
    if f.actor:
        where.append("(',' || actors || ',') LIKE '%,' || :actor || ',%'")
        params["actor"] = f.actor.upper()
    if what:
        where.append("what LIKE '%' || :what || '%'")
        params["what"] = what
    if f.date_from:
        where.append("period_latest >= :date_from")
        params["date_from"] = f.date_from
    if f.date_to:
        where.append("period_earliest <= :date_to")
        params["date_to"] = f.date_to
    base = "SELECT * FROM facts" + (" WHERE " + " AND ".join(where) if where else "")
    rows = store.query(f"{base} ORDER BY period_earliest DESC, rowid LIMIT :limit OFFSET :offset",
                       {**params, "limit": limit, "offset": offset})
    total, exact = capped_count(store, base, params)
    return Page([fact_json(r) for r in rows], limit, offset, total, exact)
