"""The fused timeline at any size: counts per year or month, and paged happenings at day precision.

Entries are fusion's happenings (`tidings.fuse`), shown as `tidings timeline` shows them: the same
filters (`tidings.views.timeline.build_timeline`: actor, dyad, date overlap, type, text, minimum
articles), the same order (earliest day, wider period first, then weight) and the same JSON
(`TimelineEntry.as_json`). What differs is scale: instead of loading every happening, the filters run
in SQL and one page is read at a time, and the coarse zoom levels read `timeline_days` (per-day
counts kept by triggers on `happenings`), so a store of a million events answers in milliseconds.
A happening is counted in the bucket of its earliest day, so every happening is counted once.

A store that was never fused (fusion runs at the end of every ingest) gets the CLI's in-memory
preview of its happenings, paged afterwards: fine for small stores, which is what such stores are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tidings.store import Store
from tidings.views import timeline as cli_timeline
from tidings.views.timeline import DEFAULT_LAYERS
from tidings.web.filters import Filters
from tidings.web.queries import fts_query, table_exists

PRECISIONS = ("year", "month", "day")
# views.timeline._shown as SQL (with the layers added per query); the mode, date and note terms are the
# WHERE of the partial index happenings_shown, which serves the timeline's order: keep them alike
SHOWN = (f"h.mode IN ({', '.join(repr(m) for m in sorted(cli_timeline.SHOWN_MODES))}) "
         "AND h.date_earliest IS NOT NULL AND h.date_note NOT LIKE 'bound%'")


@dataclass(frozen=True, slots=True)
class TimelineQuery:
    """The CLI's timeline options (plus the outlet, a web extension), validated by `filters.py`."""

    filters: Filters
    type: str | None = None  # PLOVER type, CAMEO prefix, or event/statement/fact
    query: str | None = None  # words in the headline or the evidence
    min_sources: int = 0  # at least this many articles
    statements: bool = False  # plain public statements too (the CLI's --statements)
    background: bool = False  # dated sentences that report no act too (--background)

    @property
    def layers(self) -> tuple[str, ...]:
        return cli_timeline.shown_layers(self.statements, self.background)

    def as_params(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.filters.as_query())
        out.update({k: v for k, v in (("type", self.type), ("q", self.query), ("min_sources", self.min_sources),
                                      ("statements", int(self.statements)), ("background", int(self.background)))
                    if v})
        return out


@dataclass
class EntryPage:
    entries: list[dict[str, Any]]
    limit: int
    offset: int
    has_more: bool

    def as_json(self) -> dict[str, Any]:
        return {"items": self.entries, "limit": self.limit, "offset": self.offset,
                "next_offset": self.offset + self.limit if self.has_more else None}


def period_bounds(period: str) -> tuple[str, str]:
    """`2024` → (2024-01-01, 2024-12-31); `2024-03` → (2024-03-01, 2024-03-31)."""
    if len(period) == 4:
        return f"{period}-01-01", f"{period}-12-31"
    year, month = int(period[:4]), int(period[5:7])
    nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return f"{period}-01", date.fromordinal(nxt.toordinal() - 1).isoformat()


def is_fused(store: Store) -> bool:
    """Fusion has run on this store (the CLI's own test, `tidings.views.timeline.is_fused`)."""
    return cli_timeline.is_fused(store)


# -- SQL over fusion's tables -----------------------------------------------------------------------------


def _members(store: Store) -> str:
    """SQL true when actor `:{0}` takes part in happening `h` (its actors, source or target country):
    through the `happening_actors` index when the store has it, else by reading the row."""
    if table_exists(store, "happening_actors"):
        return "h.id IN (SELECT happening_id FROM happening_actors WHERE actor = :{0})"
    return ("(instr(',' || upper(h.actors) || ',', ',' || :{0} || ',') > 0 OR upper(h.source_country) = :{0} "
            "OR upper(h.target_country) = :{0})")


def _where(store: Store, tq: TimelineQuery, *, dates: bool = True) -> tuple[list[str], dict[str, Any]]:
    """The CLI's `_row_matches` as SQL over `happenings h`."""
    f = tq.filters
    # `+h.layer`: a layer matches most happenings, so its index is a poor way in; left to the date
    # index, a page of the timeline is read in date order instead of sorting every happening shown
    where = [SHOWN.replace("h.layer", "+h.layer")]
    if _has_layers(store):  # a read-only store of an older tidings has no layers: all its happenings show
        where.append(f"+h.layer IN ({', '.join(repr(layer) for layer in tq.layers)})")
    params: dict[str, Any] = {}
    members = _members(store)
    if f.actor:
        params["actor"] = f.actor.upper()
        where.append(members.format("actor"))
    if f.dyad:
        a, _, b = f.dyad.upper().partition("-")
        params.update(dyad_a=a, dyad_b=b or a)
        if members.startswith("h.id IN"):
            where.append("h.id IN (SELECT a.happening_id FROM happening_actors a JOIN happening_actors b "
                         "ON b.happening_id = a.happening_id AND b.actor = :dyad_b WHERE a.actor = :dyad_a)")
        else:
            where += [members.format("dyad_a"), members.format("dyad_b")]
    if dates and f.date_from:
        params["date_from"] = f.date_from
        where.append("h.date_latest >= :date_from")
    if dates and f.date_to:
        params["date_to"] = f.date_to
        where.append("h.date_earliest <= :date_to")
    _type_where(tq.type, where, params)
    _extra_where(tq, where, params)
    return where, params


def _type_where(wanted: str | None, where: list[str], params: dict[str, Any]) -> None:
    if not wanted:
        return
    w = wanted.strip()
    params["type"] = w.upper() if not w[:1].isdigit() else w
    if w.lower() in ("event", "statement", "fact"):
        params["type"] = w.lower()
        where.append("h.kind = :type")
    elif w[:1].isdigit():  # a CAMEO prefix, as a range the cameo index answers (codes are digits)
        where.append("h.cameo >= :type AND h.cameo < :type || ':'")
    else:  # PLOVER types are stored upper-case (data/ontology), so equality keeps the CLI's upper() test
        where.append("h.plover = :type")


def _extra_where(tq: TimelineQuery, where: list[str], params: dict[str, Any]) -> None:
    """Text, minimum articles, the plover/cameo/outlet/document filters the other pages share."""
    f = tq.filters
    if tq.min_sources:
        params["min_sources"] = tq.min_sources
        where.append("h.articles >= :min_sources")
    if tq.query and (match := fts_query(" ".join(w + "*" for w in tq.query.split()))):
        # FTS narrows to documents with the words; instr keeps the CLI's exact substring test
        params.update(q=tq.query.lower(), match=match)
        where.append("(instr(lower(h.headline), :q) > 0 OR h.id IN (SELECT hm.happening_id FROM happening_mentions hm "
                     "JOIN documents d ON d.id = hm.doc_id WHERE d.rowid IN (SELECT rowid FROM documents_fts "
                     "WHERE documents_fts MATCH :match) AND instr(lower(substr(d.text, hm.sentence_start + 1, "
                     "hm.sentence_end - hm.sentence_start)), :q) > 0))")
    for key, clause in (("cameo", "h.cameo >= :cameo AND h.cameo < :cameo || ':'"), ("plover", "h.plover = :plover"),
                        ("doc_id", "h.id IN (SELECT happening_id FROM happening_mentions WHERE doc_id = :doc_id)")):
        if getattr(f, key):
            params[key] = getattr(f, key)
            where.append(clause)
    if f.source:
        params["source"] = f.source
        where.append("h.id IN (SELECT hm.happening_id FROM happening_mentions hm WHERE hm.doc_id IN "
                     "(SELECT id FROM documents WHERE source = :source COLLATE NOCASE))")


def _has_layers(store: Store) -> bool:
    return "layer" in store.columns("happenings")


def _unfiltered(tq: TimelineQuery) -> bool:
    """Only dates (and the default layers, which `timeline_days` counts)."""
    return tq.as_params().keys() <= {"from", "to"} and tq.layers == DEFAULT_LAYERS


def _fused_periods(store: Store, tq: TimelineQuery, width: int) -> list[tuple[str, int, int, float, int]]:
    """(period, quad, n, goldstein sum, goldstein count) per year (width 4) or month (7) of the
    earliest day: from `timeline_days` when the query has no filter but dates, else from the
    matching happenings."""
    f = tq.filters
    if _unfiltered(tq) and table_exists(store, "timeline_days"):
        where, params = ["1"], {}
        if f.date_from:
            where.append("day >= :date_from")
            params["date_from"] = f.date_from
        if f.date_to:
            where.append("day <= :date_to")
            params["date_to"] = f.date_to
        sql = (f"SELECT substr(day, 1, {width}) AS period, quad, SUM(n), SUM(goldstein_sum), SUM(goldstein_n) "
               f"FROM timeline_days WHERE {' AND '.join(where)} GROUP BY period, quad")
        return [tuple(r) for r in store.query(sql, params)]
    where, params = _where(store, tq, dates=False)
    for key, clause in (("date_from", "h.date_earliest >= :date_from"), ("date_to", "h.date_earliest <= :date_to")):
        if getattr(f, key):
            params[key] = getattr(f, key)
            where.append(clause)
    sql = (f"SELECT substr(h.date_earliest, 1, {width}) AS period, COALESCE(h.quad_class, 0) AS quad, COUNT(*), "
           f"COALESCE(SUM(h.goldstein), 0), COUNT(h.goldstein) FROM happenings h WHERE {' AND '.join(where)} "
           f"GROUP BY period, quad")
    return [tuple(r) for r in store.query(sql, params)]


def _fold(days: list[tuple[str, int, int, float, int]], precision: str) -> list[dict[str, Any]]:
    """Per-day counts → per-year or per-month buckets with counts by quad class and mean Goldstein."""
    width = 4 if precision == "year" else 7
    out: dict[str, dict[str, Any]] = {}
    for day, quad, n, gsum, gn in days:
        period = day[:width]
        b = out.setdefault(period, {"period": period, "count": 0, "by_quad": {str(q): 0 for q in range(5)},
                                    "g": 0.0, "gn": 0})
        b["count"] += n
        b["by_quad"][str(quad)] = b["by_quad"].get(str(quad), 0) + n
        b["g"] += gsum
        b["gn"] += gn
    result = []
    for period in sorted(out):
        b = out[period]
        first, last = period_bounds(period)
        g, gn = b.pop("g"), b.pop("gn")
        result.append({**b, "from": first, "to": last, "goldstein_mean": round(g / gn, 2) if gn else None})
    return result


def _fused_page(store: Store, tq: TimelineQuery, limit: int, offset: int) -> EntryPage:
    where, params = _where(store, tq)
    rows = store.query(f"SELECT h.* FROM happenings h WHERE {' AND '.join(where)} "
                       "ORDER BY h.date_earliest, h.date_latest DESC, h.weight DESC, h.id LIMIT :limit OFFSET :offset",
                       {**params, "limit": limit + 1, "offset": offset})
    entries = cli_timeline.entries_for(store, rows[:limit])
    return EntryPage(_with_documents(store, [e.as_json() for e in entries]), limit, offset, len(rows) > limit)


# -- the CLI's preview for unfused stores ------------------------------------------------------------------


def _preview(store: Store, tq: TimelineQuery) -> list[cli_timeline.TimelineEntry]:
    f = tq.filters
    entries = cli_timeline.build_timeline(store, actor=f.actor, dyad=f.dyad, date_from=f.date_from,
                                          date_to=f.date_to, type=tq.type, query=tq.query,
                                          min_sources=tq.min_sources, statements=tq.statements,
                                          background=tq.background)
    if f.cameo or f.plover:
        entries = [e for e in entries if (not f.cameo or (e.cameo or "").startswith(f.cameo))
                   and (not f.plover or (e.plover or "").upper() == f.plover)]
    if f.source or f.doc_id:
        docs = _documents_matching(store, f)
        entries = [e for e in entries if any(s["doc_id"] in docs for s in e.sources)]
    return entries


def _documents_matching(store: Store, f: Filters) -> set[str]:
    if f.doc_id:
        return {f.doc_id}
    return {r[0] for r in store.query("SELECT id FROM documents WHERE source = ? COLLATE NOCASE", (f.source,))}


# -- public ------------------------------------------------------------------------------------------------


def timeline_buckets(store: Store, tq: TimelineQuery, precision: str) -> list[dict[str, Any]]:
    """Happenings per year or month (quad class "0": dated statements and facts)."""
    if is_fused(store):
        return _fold(_fused_periods(store, tq, 4 if precision == "year" else 7), precision)
    days: dict[tuple[str, int], list[float]] = {}
    for e in _preview(store, tq):
        if (tq.filters.date_from and e.earliest < tq.filters.date_from) or \
                (tq.filters.date_to and e.earliest > tq.filters.date_to):
            continue
        cell = days.setdefault((e.earliest, e.quad_class or 0), [0, 0.0, 0])
        cell[0] += 1
        if e.goldstein is not None:
            cell[1] += e.goldstein
            cell[2] += 1
    return _fold([(d, q, int(c[0]), c[1], int(c[2])) for (d, q), c in days.items()], precision)


def timeline_entries(store: Store, tq: TimelineQuery, limit: int, offset: int) -> EntryPage:
    """One page of timeline entries in the CLI's order, each with its events and sources."""
    if is_fused(store):
        return _fused_page(store, tq, limit, offset)
    entries = _preview(store, tq)
    page = [e.as_json() for e in entries[offset:offset + limit]]
    return EntryPage(_with_documents(store, page), limit, offset, offset + limit < len(entries))


def _with_documents(store: Store, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add each source's document title and outlet (the page links them by name)."""
    ids = sorted({s["doc_id"] for e in entries for s in e["sources"]})
    if not ids:
        return entries
    rows = store.query(f"SELECT id, title, source FROM documents WHERE id IN ({','.join('?' * len(ids))})", ids)
    docs = {r["id"]: r for r in rows}
    for e in entries:
        for s in e["sources"]:
            doc = docs.get(s["doc_id"])
            s["title"], s["outlet"] = (doc["title"], doc["source"]) if doc else (None, None)
    return entries
