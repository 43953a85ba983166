"""Exports of a store: every table as Parquet, CSV or JSON lines, and the events as a GDELT 2.0 table.

- `parquet`: a dataset folder (`<table>/part-export.parquet` per table, plus `_tidings.json`) in the
  layout of the Dask engine's output, so `tidings merge` reads an export back into another store;
- `csv`, `jsonl`: one file per table in a folder, or one table to a file or standard output;
- `gdelt`: the 61 tab-separated columns of the GDELT 2.0 event table, no header (like GDELT's own
  `*.export.CSV` files), one row per fused happening that is a coded event (or per coded event when
  the store was never fused). Columns tidings does not measure (tone, ethnic and religion codes,
  geographic coordinates) are left empty. Mapping: docs/scale.md.

Every export reads the store with a cursor, a chunk at a time: memory does not grow with the store.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, TextIO

from tidings.errors import TidingsError
from tidings.store.sqlite import Store

FORMATS = ("parquet", "csv", "jsonl", "gdelt")
CHUNK = 5_000

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip


def check_tables(store: Store, tables: Sequence[str] | None) -> list[str]:
    """The tables to export: all data tables, or the named ones (T501 for an unknown name)."""
    from tidings.store.parquet import store_tables

    known = store_tables(store)
    if not tables:
        return known
    unknown = [t for t in tables if t not in known]
    if unknown:
        raise TidingsError("T501", f"--table {unknown[0]}", f"no such table; tables are {', '.join(known)}")
    return list(tables)


def export_parquet(store: Store, out: Path, tables: Sequence[str] | None = None) -> dict[str, int]:
    """Each table as `out/<table>/part-export.parquet`; returns rows written per table."""
    from tidings.store.parquet import write_manifest, write_parquet

    counts = {t: write_parquet(store, t, out / t / "part-export.parquet") for t in check_tables(store, tables)}
    write_manifest(out, store, {"exported_from": store.path}, tables=list(counts))
    return counts


def export_text(store: Store, fmt: str, out: Path, tables: Sequence[str] | None = None) -> dict[str, int]:
    """Each table as `out/<table>.csv` or `out/<table>.jsonl`; returns rows written per table."""
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in check_tables(store, tables):
        with (out / f"{table}.{fmt}").open("w", encoding="utf-8", newline="") as fh:
            counts[table] = write_table(store, table, fmt, fh)
    return counts


def write_table(store: Store, table: str, fmt: str, stream: TextIO) -> int:
    """One table as CSV (with a header row) or JSON lines to a text stream; returns the row count."""
    from tidings.store.parquet import table_rows

    check_tables(store, [table])
    columns = [r["name"] for r in store.query(f"PRAGMA table_info({table})")]
    count = 0
    writer = csv.writer(stream) if fmt == "csv" else None
    if writer:
        writer.writerow(columns)
    for row in table_rows(store, table):
        if writer:
            writer.writerow(row)
        else:
            stream.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False) + "\n")
        count += 1
    return count


_EVENT_COLUMNS = (
    "e.id AS event_id, e.cameo, e.quad_class, e.goldstein, e.location, e.sentence_start, e.date AS e_date, "
    + ", ".join(f"e.{p}_{k}" for p in ("source", "target") for k in ("text", "name", "country", "sector"))
    + ", d.url, d.origin, d.ingested_at, d.story_date AS story_date, "
    "instr(d.text, char(10) || char(10)) AS lead_end"
)
_HAPPENINGS_SQL = f"""
WITH firsts AS (
    SELECT happening_id, item_id, ROW_NUMBER() OVER (PARTITION BY happening_id ORDER BY rowid) AS n
    FROM happening_mentions WHERE kind = 'event')
SELECT h.id AS hid, h.date AS h_date, h.quad_class AS h_quad, h.goldstein AS h_goldstein,
       h.cameo AS h_cameo, h.mentions, h.sources, h.articles, h.source_country AS h_source_country,
       h.target_country AS h_target_country, {_EVENT_COLUMNS}
FROM happenings h JOIN firsts f ON f.happening_id = h.id AND f.n = 1
JOIN events e ON e.id = f.item_id JOIN documents d ON d.id = e.doc_id
WHERE h.cameo IS NOT NULL ORDER BY h.date_earliest, h.id
"""
_EVENTS_SQL = f"""
SELECT NULL AS hid, NULL AS h_date, NULL AS h_quad, NULL AS h_goldstein, NULL AS h_cameo,
       1 AS mentions, 1 AS sources, 1 AS articles, NULL AS h_source_country, NULL AS h_target_country,
       {_EVENT_COLUMNS}
FROM events e JOIN documents d ON d.id = e.doc_id
ORDER BY COALESCE(e.date_earliest, d.story_date_earliest), e.id
"""


def gdelt_rows(store: Store) -> Iterator[list[str]]:
    """GDELT 2.0 event rows: per fused happening coded as an event, else per coded event."""
    fused = store.query("SELECT 1 FROM happenings WHERE cameo IS NOT NULL LIMIT 1")
    cursor = store.conn.execute(_HAPPENINGS_SQL if fused else _EVENTS_SQL)
    while chunk := cursor.fetchmany(CHUNK):
        for row in chunk:
            yield gdelt_row(row)


def gdelt_row(row: sqlite3.Row) -> list[str]:
    """One happening (or event) with its first mention's actors as the 61 GDELT columns."""
    ident = row["hid"] or row["event_id"]
    day = row["h_date"] or row["e_date"] or row["story_date"]
    cameo = row["h_cameo"] or row["cameo"]
    lead = row["lead_end"] or 0
    values: dict[str, Any] = {
        "GLOBALEVENTID": int(ident[1:16], 16),
        **_date_columns(day),
        **_actor_columns(row, "source", "Actor1"), **_actor_columns(row, "target", "Actor2"),
        "IsRootEvent": int(lead == 0 or row["sentence_start"] < lead),
        "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
        "QuadClass": row["h_quad"] if row["h_quad"] is not None else row["quad_class"],
        "GoldsteinScale": row["h_goldstein"] if row["h_goldstein"] is not None else row["goldstein"],
        "NumMentions": row["mentions"], "NumSources": row["sources"], "NumArticles": row["articles"],
        "ActionGeo_FullName": row["location"] or "",
        "DATEADDED": "".join(ch for ch in (row["ingested_at"] or "") if ch.isdigit())[:14],
        "SOURCEURL": row["url"] or row["origin"],
    }
    return ["" if values.get(c) is None else str(values.get(c, "")) for c in GDELT_COLUMNS]


def _date_columns(value: str | None) -> dict[str, Any]:
    """SQLDATE (YYYYMMDD), MonthYear (YYYYMM), Year and FractionDate (year + elapsed share of the year), as
    far as the date is known: a month fills MonthYear and Year only, a year fills Year only (never a made-up
    first of January), so a count by day, month or year in GDELT's own columns counts only what is known."""
    import datetime as dt

    if not value:
        return {}
    head = value[:10]
    try:
        if len(head) == 10:
            when = dt.date.fromisoformat(head)
        elif len(head) == 7:
            return {"MonthYear": head.replace("-", ""), "Year": int(head[:4])}
        elif len(head) == 4 and head.isdigit():
            return {"Year": int(head)}
        else:
            return {}
    except ValueError:
        return {}
    fraction = when.year + (when.timetuple().tm_yday - 1) / 365
    return {"SQLDATE": when.strftime("%Y%m%d"), "MonthYear": when.strftime("%Y%m"), "Year": when.year,
            "FractionDate": f"{fraction:.4f}"}


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """The ISO 3166 alpha-3 codes of the shipped country table: any other actor 'country' (UN, EU, SCO,
    IMG...) is an international organisation or group, which GDELT puts in KnownGroupCode."""
    table = files("tidings") / "data" / "actors" / "countries.tsv"
    lines = table.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines[1:] if line and not line.startswith("#"))


def _actor_columns(row: sqlite3.Row, prefix: str, actor: str) -> dict[str, Any]:
    """CAMEO actor code (country or group + sector, as tidings codes actors), name, country or known group,
    and type code. The country is the mention's own, else the one fusion settled for the happening's actor."""
    country = row[f"{prefix}_country"] or row[f"h_{prefix}_country"]
    sector = row[f"{prefix}_sector"]
    name = row[f"{prefix}_name"] or row[f"{prefix}_text"]
    if not (country or sector or name):
        return {}
    group = country if country and country not in country_codes() else None
    return {f"{actor}Code": f"{country or ''}{sector or ''}", f"{actor}Name": (name or "").upper(),
            f"{actor}CountryCode": None if group else country, f"{actor}KnownGroupCode": group,
            f"{actor}Type1Code": sector}


def write_gdelt(store: Store, stream: TextIO) -> int:
    """The GDELT event table, tab-separated, no header; returns the row count."""
    count = 0
    for values in gdelt_rows(store):
        stream.write("\t".join(v.replace("\t", " ").replace("\n", " ") for v in values) + "\n")
        count += 1
    return count
