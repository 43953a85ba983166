"""The timeline: one entry per happening, on its date at its true precision, citing every source.

Entries are the happenings fusion found (`tidings.fuse`). By default the timeline holds two layers:
happenings with a PLOVER-typed event, fused across documents, and stated facts (a quantity over a
period, or a dated statement whose words report an act). Plain public statements (CAMEO 01 only)
join with `statements=True` (`--statements`), dated sentences that report no act with
`background=True` (`--background`). Each entry keeps its date at the precision the evidence supports
(`2005`, `2022-09`, `2024-03-29`, `2024-Q1`, `2019-09-10/2019-09-12`), has a headline built from its
coded event, its best evidence sentence, its outlets, its stages (a planned happening and the same
happening carried out are one entry, "planned,done"), an importance score (outlets, mentions, actor
prominence, Goldstein magnitude, mode; `top=N` keeps the N most important, `key=True` the key events)
and its evidence: the coded events exactly as `tidings events` lists them, and one source per mention
(path, sentence, offsets). Happenings only bounded in time
("over 80 years ago"), never reach the timeline; planned, possible and denied ones are marked as such.

If the store has not been fused yet (an older store), happenings are computed on the fly.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from tidings.store import Store
from tidings.time.labels import label, with_label
from tidings.views.formats import markdown_text
from tidings.views.rows import event_json

Row = Any  # a sqlite3.Row, or a dict of the same shape for an unfused store

SHOWN_MODES = {"factual", "future", "hypothetical", "negated"}  # the last two marked as such
COUNTED_MODES = {"factual", "future"}  # what trends count: a possible or denied act is no happening
MODE_NOTES = {"future": " (planned)", "hypothetical": " (possible)", "negated": " (did not happen)"}
OPEN_MODS_NOTE = "bound"
DEFAULT_LAYERS = ("event", "fact")
KEY_EVENTS = 20  # the key-events view: the most important typed events, at most this many


@dataclass
class TimelineEntry:
    """One happening as the timeline shows it."""

    id: str
    date: str
    earliest: str
    latest: str
    headline: str
    kind: str
    mode: str
    weight: float
    counts: dict[str, int]
    actors: list[str]
    plover: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    date_note: str = ""
    layer: str = "event"
    stages: list[str] = field(default_factory=list)
    main_item: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)

    @property
    def evidence(self) -> dict[str, Any] | None:
        """The best evidence: the sentence of the event the headline names, else the shortest source."""
        main = [s for s in self.sources if s["item_id"] == self.main_item]
        ranked = main or sorted(self.sources, key=lambda s: (len(s["sentence"] or ""), s["path"]))
        return ranked[0] if ranked else None

    @property
    def outlets(self) -> list[str]:
        return sorted({s.get("outlet") or s["path"] for s in self.sources})

    def as_json(self) -> dict[str, Any]:
        best = self.evidence
        return {
            "id": self.id, "date": self.date, "date_label": label(self.date) or None, "headline": self.headline,
            "kind": self.kind, "layer": self.layer,
            "mode": self.mode, "stages": self.stages, "importance": self.weight, "weight": self.weight,
            "evidence": " ".join(best["sentence"].split()) if best else None,
            "mentions": self.counts["mentions"], "sources_count": self.counts["sources"],
            "articles": self.counts["articles"], "actors": self.actors, "plover": self.plover, "cameo": self.cameo,
            "quad_class": self.quad_class, "goldstein": self.goldstein, "date_note": self.date_note,
            "events": self.events, "sources": self.sources,
        }


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """What to keep: an actor (ISO3 or actor id), a dyad ("CHN-KAZ"), a type (PLOVER type, CAMEO
    prefix, or entry kind: event/statement/fact), a date range (ISO, inclusive), a text query."""

    actor: str | None = None
    dyad: str | None = None
    type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    query: str | None = None
    min_sources: int = 0
    top: int = 0
    statements: bool = False
    background: bool = False
    key: bool = False

    @property
    def layers(self) -> tuple[str, ...]:
        return shown_layers(self.statements, self.background)


def shown_layers(statements: bool = False, background: bool = False) -> tuple[str, ...]:
    """The layers a timeline shows: the default two, plus statements and background on request."""
    return DEFAULT_LAYERS + (("statement",) if statements else ()) + (("background",) if background else ())


def build_timeline(store: Store, actor: str | None = None, dyad: str | None = None, date_from: str | None = None,
                   date_to: str | None = None, type: str | None = None, query: str | None = None,
                   min_sources: int = 0, top: int = 0, statements: bool = False, background: bool = False,
                   key: bool = False, reviewed_only: bool = False) -> list[TimelineEntry]:
    """The timeline entries of the store, filtered, in date order (most important first within a date)."""
    from tidings.store.review import keep_happening

    flt = TimelineFilter(actor, dyad, type, date_from, date_to, query, min_sources, top, statements, background, key)
    all_rows, preview_mentions = happening_records(store)
    rows = [r for r in all_rows if _shown(r, flt.layers) and _row_matches(r, flt) and keep_happening(r, reviewed_only)]
    if flt.key:
        rows = [r for r in rows if layer_of(r) == "event"]
    entries = entries_for(store, rows, preview_mentions)
    entries = [e for e in entries if _text_matches(e, flt.query) and e.counts["articles"] >= flt.min_sources]
    top = min(filter(None, (flt.top, KEY_EVENTS if flt.key else 0)), default=0)
    if top:
        keep = {e.id for e in sorted(entries, key=lambda e: (-e.weight, e.earliest, e.id))[:top]}
        entries = [e for e in entries if e.id in keep]
    return sorted(entries, key=entry_order)


def layer_of(row: Row) -> str:
    """A happening's layer (a store fused before layers existed: every happening counts as an event)."""
    return _column(row, "layer", "event") or "event"


def _column(row: Row, name: str, default: Any = None) -> Any:
    try:
        return row[name]
    except (IndexError, KeyError):
        return default


def entry_order(e: TimelineEntry) -> tuple[str, str, float, str]:
    """By first day; a wider period (a year) before the days inside it; then importance."""
    return (e.earliest, _invert(e.latest), -e.weight, e.id)


def _invert(iso: str) -> str:
    return "".join(chr(255 - ord(c)) for c in iso)


def happening_records(store: Store, sides: tuple[str, ...] = (), *, columns: str = "*",
                      where: str = "") -> tuple[list[Row], dict[str, list[Row]] | None]:
    """Stored happenings, or (store not fused yet) happenings computed in memory with their mentions.

    `sides` (a dyad's two codes, or one actor's) narrows a fused store's rows in SQL to those with
    the codes on a side, through the dyad index: a superset of what the caller keeps, never the whole
    store read into memory for one dyad. `columns` and `where` narrow a fused store's rows further
    (the caller still applies its own tests: these only save reading what it would drop).
    """
    if is_fused(store):
        sql, params = f"SELECT {columns} FROM happenings WHERE date IS NOT NULL {where}", {}
        if len(sides) == 2:
            sql += " AND source_country IN (:a, :b) AND target_country IN (:a, :b)"
            params = {"a": sides[0].upper(), "b": sides[1].upper()}
        elif len(sides) == 1:
            sql += " AND id IN (SELECT id FROM happenings WHERE source_country = :a UNION ALL " \
                   "SELECT id FROM happenings WHERE target_country = :a)"
            params = {"a": sides[0].upper()}
        return store.query(sql + " ORDER BY date_earliest, id", params), None
    from tidings.fuse.preview import preview_rows

    rows, mention_rows = preview_rows(store)
    mentions: dict[str, list[Row]] = defaultdict(list)
    for m in sorted(mention_rows, key=lambda m: (m["origin"], m["sentence_start"], m["item_id"])):
        mentions[m["happening_id"]].append(m)
    return sorted((r for r in rows if r["date"]), key=lambda r: (r["date_earliest"], r["id"])), mentions


def is_fused(store: Store) -> bool:
    """Fusion has run on this store: fusion_documents has a row, or there are no documents (two seeks,
    not counts). The one test for the CLI, the views and the web."""
    try:
        if store.query("SELECT 1 FROM fusion_documents LIMIT 1"):
            return True
        return not store.query("SELECT 1 FROM documents LIMIT 1")
    except sqlite3.OperationalError:  # no fusion_documents table: a store from before fusion
        return False


def _shown(row: Row, layers: tuple[str, ...] = DEFAULT_LAYERS) -> bool:
    return row["mode"] in SHOWN_MODES and row["date_earliest"] is not None and \
        not row["date_note"].startswith(OPEN_MODS_NOTE) and layer_of(row) in layers


def _row_matches(row: Row, f: TimelineFilter) -> bool:
    actors = set(filter(None, (row["actors"] or "").split(",")))
    actors |= {row["source_country"], row["target_country"]} - {None}
    if f.actor and f.actor.upper() not in {a.upper() for a in actors}:
        return False
    if f.dyad:
        a, _, b = f.dyad.upper().partition("-")
        if not {a, b or a} <= {x.upper() for x in actors}:
            return False
    if f.type and not _type_matches(row, f.type):
        return False
    if f.date_from and (row["date_latest"] or "") < f.date_from:
        return False
    return not (f.date_to and (row["date_earliest"] or "") > f.date_to)


def _type_matches(row: Row, wanted: str) -> bool:
    w = wanted.strip()
    if w.lower() in ("event", "statement", "fact"):
        return bool(row["kind"] == w.lower())
    if w[:1].isdigit():
        return bool(row["cameo"]) and str(row["cameo"]).startswith(w)
    return (row["plover"] or "").upper() == w.upper()


def _text_matches(entry: TimelineEntry, query: str | None) -> bool:
    if not query:
        return True
    q = query.lower()
    return q in entry.headline.lower() or any(q in s["sentence"].lower() for s in entry.sources)


def entries_for(store: Store, rows: list[Row], preview: dict[str, list[Row]] | None = None) -> list[TimelineEntry]:
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    mentions = preview if preview is not None else _mentions(store, ids)
    events = _events(store, [m["item_id"] for ms in mentions.values() for m in ms if m["kind"] == "event"])
    out = []
    for r in rows:
        ms = mentions.get(r["id"], [])
        out.append(TimelineEntry(
            id=r["id"], date=r["date"], earliest=r["date_earliest"], latest=r["date_latest"] or r["date_earliest"],
            headline=r["headline"], kind=r["kind"], mode=r["mode"], weight=r["weight"],
            counts={"mentions": r["mentions"], "sources": r["sources"], "articles": r["articles"]},
            actors=[a for a in (r["actors"] or "").split(",") if a], plover=r["plover"], cameo=r["cameo"],
            quad_class=r["quad_class"], goldstein=r["goldstein"], date_note=r["date_note"], layer=layer_of(r),
            stages=[s for s in (_column(r, "stages", "") or "").split(",") if s], main_item=_column(r, "main_item"),
            events=[events[m["item_id"]] for m in ms if m["kind"] == "event" and m["item_id"] in events],
            sources=[_source(m) for m in ms],
        ))
    return out


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _mentions(store: Store, ids: list[str]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for m in store.query(
            "SELECT m.*, d.origin AS origin, substr(d.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) "
            f"AS sentence_text FROM happening_mentions m JOIN documents d ON d.id = m.doc_id "
            f"WHERE m.happening_id IN ({marks}) ORDER BY d.origin, m.sentence_start, m.item_id", chunk):
            out[m["happening_id"]].append(m)
    return out


def _events(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for r in store.query("SELECT e.*, d.origin AS origin, d.text AS doc_text FROM events e "
                             f"JOIN documents d ON d.id = e.doc_id WHERE e.id IN ({marks})", chunk):
            out[r["id"]] = event_json(r, r["origin"], r["doc_text"])
    return out


def _source(m: Row) -> dict[str, Any]:
    return {"path": m["origin"], "doc_id": m["doc_id"], "kind": m["kind"], "item_id": m["item_id"],
            "sentence": m["sentence_text"], "start": m["sentence_start"], "end": m["sentence_end"],
            "date": m["date"], "date_evidence": m["date_evidence"]}


# -- renderers ---------------------------------------------------------------------------------------------


def render_json(entries: list[TimelineEntry]) -> str:
    return json.dumps({"entries": [e.as_json() for e in entries]}, ensure_ascii=False, indent=2)


def _by_date(entries: list[TimelineEntry]) -> list[tuple[str, list[TimelineEntry]]]:
    groups: dict[str, list[TimelineEntry]] = {}
    for e in entries:
        groups.setdefault(e.date, []).append(e)
    return [(d, sorted(g, key=lambda e: (-e.weight, e.id))) for d, g in groups.items()]


def _cites(e: TimelineEntry) -> str:
    n = e.counts["articles"]
    planned = MODE_NOTES.get(e.mode, " (planned, then done)" if len(e.stages) > 1 else "")
    return f"{planned}  [{n} article{'s' if n != 1 else ''}, {e.counts['mentions']} mention" \
           f"{'s' if e.counts['mentions'] != 1 else ''}]"


def render_text(entries: list[TimelineEntry]) -> str:
    lines = []
    for date, group in _by_date(entries):  # the value, then the label an analyst reads: "2019-W46-WE (weekend of …)"
        lines.append(with_label(date))
        for e in group:
            lines.append(f"  - {e.headline}{_cites(e)}")
            if e.evidence and " ".join(e.evidence["sentence"].split()) != e.headline:
                lines.append(f"      “{_short(e.evidence['sentence'])}” ({e.evidence['path'].rsplit('/', 1)[-1]})")
    return "\n".join(lines)


def _short(sentence: str, limit: int = 200) -> str:
    text = " ".join(sentence.split()).strip("\"“”")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def render_markdown(entries: list[TimelineEntry]) -> str:
    lines = ["# Timeline", ""]
    for date, group in _by_date(entries):  # article text and names escaped: Markdown is rendered to HTML
        lines += [f"## {markdown_text(with_label(date))}", ""]
        for e in group:
            lines.append(f"- **{markdown_text(e.headline)}**{_cites(e)}")
            if e.evidence:
                lines.append(f"  > {markdown_text(_short(e.evidence['sentence']))}")
            for s in e.sources:
                name = markdown_text(s["path"].rsplit("/", 1)[-1])
                sentence = markdown_text(" ".join(s["sentence"].split())[:160])
                lines.append(f"  - {name} \\[{s['start']}:{s['end']}\\] {sentence}")
        lines.append("")
    return "\n".join(lines)
