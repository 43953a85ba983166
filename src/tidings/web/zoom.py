"""The timeline at any size: counts per year or month, and paged happenings at day precision.

`tidings.views.timeline.build_timeline` groups every event in memory, which is right for a report
but not for a store of a million events behind a web page. Here the same grouping (same date value,
same PLOVER type, same participants in either order; only factual and planned events) runs in SQL,
one page of happenings at a time, and coarser zoom levels are aggregates the date index answers.
An event sits at its earliest day, so each event is counted in exactly one bucket.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from tidings.store import Store
from tidings.views.timeline import SHOWN_MODES, headline_of
from tidings.web.filters import Filters, event_where
from tidings.web.queries import EVENT_SELECT, _event_rows_json, happening_key

PRECISIONS = ("year", "month", "day")
EVENTS_PER_ENTRY = 10
_MODES_SQL = "e.mode IN (" + ", ".join(f"'{m}'" for m in sorted(SHOWN_MODES)) + ")"
_PARTY = "COALESCE(e.{0}_actor_id, e.{0}_country, e.{0}_text)"
_A, _B = _PARTY.format("source"), _PARTY.format("target")


def _where(f: Filters) -> tuple[str, dict[str, Any]]:
    where, params = event_where(f, dated_only=True)
    return " AND ".join([*where, _MODES_SQL]), params


def period_bounds(period: str) -> tuple[str, str]:
    """`2024` → (2024-01-01, 2024-12-31); `2024-03` → (2024-03-01, 2024-03-31)."""
    if len(period) == 4:
        return f"{period}-01-01", f"{period}-12-31"
    year, month = int(period[:4]), int(period[5:7])
    nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return f"{period}-01", date.fromordinal(nxt.toordinal() - 1).isoformat()


def buckets(store: Store, f: Filters, precision: str) -> list[dict[str, Any]]:
    """Events per year (or month): totals, counts by quad class and mean Goldstein, oldest first."""
    width = 4 if precision == "year" else 7
    cond, params = _where(f)
    sql = (f"SELECT substr(e.date_earliest, 1, {width}) AS period, e.quad_class AS quad, COUNT(*) AS n, "
           f"SUM(e.goldstein) AS g FROM events e WHERE {cond} GROUP BY period, quad ORDER BY period")
    out: dict[str, dict[str, Any]] = {}
    for r in store.query(sql, params):
        b = out.setdefault(r["period"], {"period": r["period"], "events": 0, "by_quad": {str(q): 0 for q in (1, 2, 3, 4)},
                                         "goldstein_sum": 0.0})
        b["events"] += r["n"]
        b["by_quad"][str(r["quad"])] = b["by_quad"].get(str(r["quad"]), 0) + r["n"]
        b["goldstein_sum"] += r["g"] or 0.0
    result = []
    for b in out.values():
        first, last = period_bounds(b["period"])
        mean = b.pop("goldstein_sum") / b["events"] if b["events"] else None
        result.append({**b, "from": first, "to": last, "goldstein_mean": None if mean is None else round(mean, 2)})
    return result


@dataclass
class EntryPage:
    entries: list[dict[str, Any]]
    limit: int
    offset: int
    has_more: bool

    def as_json(self) -> dict[str, Any]:
        return {"items": self.entries, "limit": self.limit, "offset": self.offset,
                "next_offset": self.offset + self.limit if self.has_more else None}


def entries(store: Store, f: Filters, limit: int, offset: int) -> EntryPage:
    """One page of happenings (grouped events) in date order, each with its events and sources."""
    cond, params = _where(f)
    lo = f"CASE WHEN {_A} IS NULL THEN {_B} WHEN {_B} IS NULL OR {_A} <= {_B} THEN {_A} ELSE {_B} END"
    hi = f"CASE WHEN {_A} IS NULL OR {_B} IS NULL OR {_A} = {_B} THEN NULL WHEN {_A} <= {_B} THEN {_B} ELSE {_A} END"
    sql = (f"SELECT date, plover, lo, hi, MIN(date_earliest) AS earliest, COUNT(*) AS n, "
           f"COUNT(DISTINCT doc_id) AS docs, COUNT(DISTINCT doc_id || ':' || sentence_start) AS mentions, "
           f"MAX(ABS(goldstein)) AS strength FROM (SELECT e.date, e.plover, e.date_earliest, e.doc_id, "
           f"e.sentence_start, e.goldstein, {lo} AS lo, {hi} AS hi FROM events e WHERE {cond}) "
           f"GROUP BY date, plover, lo, hi "
           f"ORDER BY earliest, date, docs * 10 + mentions + strength / 10 DESC, lo, hi LIMIT :limit OFFSET :offset")
    groups = store.query(sql, {**params, "limit": limit + 1, "offset": offset})
    more = len(groups) > limit
    groups = groups[:limit]
    events = _events_of(store, f, groups)
    out = []
    for g in groups:
        key = (g["date"], g["plover"], frozenset(x for x in (g["lo"], g["hi"]) if x))
        evs = events.get(key, [])
        out.append(_entry_json(g, evs))
    return EntryPage(out, limit, offset, more)


def _events_of(store: Store, f: Filters, groups: list[Any]) -> dict[tuple[Any, ...], list[dict[str, Any]]]:
    """The events of a page of groups, found by the groups' days and grouped by happening."""
    if not groups:
        return {}
    cond, params = _where(f)
    first, last = min(g["earliest"] for g in groups), max(g["earliest"] for g in groups)
    sql = (f"SELECT e.rowid AS rid, e.date, e.plover, e.source_actor_id, e.source_country, e.source_text, "
           f"e.target_actor_id, e.target_country, e.target_text FROM events e WHERE {cond} "
           f"AND e.date_earliest BETWEEN :first AND :last ORDER BY e.date_earliest, e.doc_id, e.sentence_start, e.id")
    wanted = {(g["date"], g["plover"], frozenset(x for x in (g["lo"], g["hi"]) if x)) for g in groups}
    picked: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for r in store.query(sql, {**params, "first": first, "last": last}):
        key = happening_key(r)
        if key in wanted and len(picked[key]) < EVENTS_PER_ENTRY:
            picked[key].append(r["rid"])
    rowids = [rid for rids in picked.values() for rid in rids]
    if not rowids:
        return {}
    rows = store.query(f"{EVENT_SELECT.replace('SELECT e.*,', 'SELECT e.*, e.rowid AS rid, d.title AS title, d.source AS outlet,')}"
                       f" WHERE e.rowid IN ({','.join('?' * len(rowids))})", rowids)
    by_rid = {r["rid"]: r for r in rows}
    out: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for key, rids in picked.items():
        chosen = [by_rid[rid] for rid in rids if rid in by_rid]
        items = _event_rows_json(chosen)
        for item, row in zip(items, chosen, strict=True):
            for m in item["mentions"]:
                m.update(event_id=row["id"], title=row["title"], source=row["outlet"])
        out[key] = items
    return out


def _entry_json(group: Any, events: list[dict[str, Any]]) -> dict[str, Any]:
    sources: list[dict[str, Any]] = []
    for ev in events:
        for m in ev["mentions"]:
            if not any(s["doc_id"] == m["doc_id"] and s["start"] == m["start"] for s in sources):
                sources.append(m)
    weight = group["docs"] * 10 + group["mentions"] + (group["strength"] or 0) / 10
    return {"date": group["date"], "earliest": group["earliest"], "plover": group["plover"],
            "headline": headline_of(events[0]) if events else "", "weight": round(weight, 2),
            "event_count": group["n"], "document_count": group["docs"],
            "participants": [x for x in (group["lo"], group["hi"]) if x], "events": events, "sources": sources}
