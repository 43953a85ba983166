"""Exports (parquet, csv, jsonl, gdelt) of a store, and merging a Parquet dataset back into a store."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from engines_helpers import rows, timeline_content

from tidings.config import Settings
from tidings.engines.merge import merge_dataset
from tidings.errors import TidingsError
from tidings.store import Store
from tidings.store.parquet import parquet_rows, table_schema
from tidings.views.export import GDELT_COLUMNS, export_parquet, export_text, gdelt_rows, write_gdelt, write_table

TABLES = ("documents", "sentences", "entities", "timexes", "actor_mentions", "events", "facts", "happenings")


def test_parquet_export_keeps_every_row_and_column_type(tmp_path: Path, plain_store: Store) -> None:
    counts = export_parquet(plain_store, tmp_path / "ds")
    for table in TABLES:
        data = pq.read_table(tmp_path / "ds" / table / "part-export.parquet")
        assert data.num_rows == counts[table] == plain_store.query(f"SELECT COUNT(*) FROM {table}")[0][0]
        assert data.schema.equals(table_schema(plain_store, table))
    events = parquet_rows(tmp_path / "ds" / "events" / "part-export.parquet")
    assert sorted(tuple(e.values()) for e in events) == sorted(rows(plain_store, "SELECT * FROM events"))


def test_parquet_columns_carry_real_types_and_the_manifest_lists_the_tables(tmp_path: Path,
                                                                          plain_store: Store) -> None:
    counts = export_parquet(plain_store, tmp_path / "ds", tables=["events", "documents"])
    manifest = json.loads((tmp_path / "ds" / "_tidings.json").read_text(encoding="utf-8"))
    assert manifest["tables"] == list(counts) == ["events", "documents"]
    events = pq.read_table(tmp_path / "ds" / "events" / "part-export.parquet")
    kinds = {f.name: f.type for f in events.schema}
    assert kinds["date_earliest"] == kinds["date_latest"] == pa.date32()
    assert kinds["quad_class"] == pa.int64() and kinds["goldstein"] == pa.float64()
    assert kinds["date"] == pa.string()  # a date value keeps its precision ("2024-03")
    stored = plain_store.query("SELECT date_earliest FROM events WHERE date_earliest IS NOT NULL LIMIT 1")[0][0]
    assert dt.date.fromisoformat(stored) in events.column("date_earliest").to_pylist()
    documents = pq.read_table(tmp_path / "ds" / "documents" / "part-export.parquet")
    assert pa.types.is_timestamp(documents.schema.field("ingested_at").type)


def test_a_parquet_export_merges_into_an_equal_store(tmp_path: Path, plain_store: Store) -> None:
    export_parquet(plain_store, tmp_path / "ds")
    store = Store(tmp_path / "copy.db")
    summary = merge_dataset(tmp_path / "ds", store, Settings(db=str(tmp_path / "copy.db")))
    assert (summary.new, summary.failed) == (5, 0)
    for table in ("events", "actor_mentions", "timexes", "facts", "sentences", "entities"):
        assert sorted(rows(store, f"SELECT * FROM {table}")) == sorted(rows(plain_store, f"SELECT * FROM {table}"))
    assert timeline_content(store) == timeline_content(plain_store)
    assert merge_dataset(tmp_path / "ds", store, Settings()).unchanged == 5  # merging twice changes nothing


def test_merge_refuses_a_folder_that_is_not_a_dataset(tmp_path: Path) -> None:
    with pytest.raises(TidingsError, match="not a tidings dataset"):
        merge_dataset(tmp_path, Store(tmp_path / "x.db"), Settings())


def test_csv_and_jsonl_exports(tmp_path: Path, plain_store: Store) -> None:
    counts = export_text(plain_store, "csv", tmp_path / "csv", ["events", "documents"])
    with (tmp_path / "csv" / "documents.csv").open(encoding="utf-8", newline="") as fh:
        docs = list(csv.DictReader(fh))
    assert len(docs) == counts["documents"] == 5
    assert {d["text"] for d in docs} == {r[0] for r in rows(plain_store, "SELECT text FROM documents")}
    out = io.StringIO()
    n = write_table(plain_store, "events", "jsonl", out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == len(lines) == counts["events"] and all("cameo" in e and "doc_id" in e for e in lines)


def test_gdelt_rows_have_the_61_columns_and_agree_with_the_store(plain_store: Store) -> None:
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[0] == "GLOBALEVENTID" and GDELT_COLUMNS[-1] == "SOURCEURL"
    out = io.StringIO()
    count = write_gdelt(plain_store, out)
    lines = out.getvalue().splitlines()
    coded = plain_store.query("SELECT COUNT(*) FROM happenings WHERE cameo IS NOT NULL")[0][0]
    assert count == len(lines) == coded > 0
    records = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    assert len({r["GLOBALEVENTID"] for r in records}) == count
    happenings = {(h["cameo"], h["mentions"], h["sources"], h["articles"]) for h in plain_store.query(
        "SELECT cameo, mentions, sources, articles FROM happenings WHERE cameo IS NOT NULL")}
    for r in records:
        assert (r["EventCode"], int(r["NumMentions"]), int(r["NumSources"]), int(r["NumArticles"])) in happenings
        assert r["EventRootCode"] == r["EventCode"][:2] and r["EventBaseCode"] == r["EventCode"][:3]
        assert r["QuadClass"] in {"1", "2", "3", "4"} and -10 <= float(r["GoldsteinScale"]) <= 10
        if r["SQLDATE"]:
            assert len(r["SQLDATE"]) == 8 and r["MonthYear"] == r["SQLDATE"][:6] and r["Year"] == r["SQLDATE"][:4]
            assert int(float(r["FractionDate"])) == int(r["Year"])
        assert r["SOURCEURL"].endswith(".txt") and len(r["DATEADDED"]) == 14
    countries = {c for r in records for c in (r["Actor1CountryCode"], r["Actor2CountryCode"]) if c}
    assert {"CHN", "KAZ"} <= countries


def test_gdelt_falls_back_to_events_in_an_unfused_store(tmp_path: Path, plain_store: Store) -> None:
    export_parquet(plain_store, tmp_path / "ds")
    store = Store(tmp_path / "unfused.db")
    merge_dataset(tmp_path / "ds", store, Settings(), fuse=False)
    records = list(gdelt_rows(store))
    events = rows(store, "SELECT cameo, source_country FROM events")
    assert len(records) == len(events) > 0
    assert sorted((r[26], r[7]) for r in records) == sorted((c, s or "") for c, s in events)
    assert {r[31] for r in records} == {"1"}  # NumMentions: one mention per unfused event


def test_a_part_gives_back_the_records_it_was_written_from(tmp_path: Path, plain_store: Store) -> None:
    """Store.save → Parquet part → records: nothing the store keeps is lost or changed on the way."""
    from tidings.store.fusion_tables import load_analysis
    from tidings.store.parquet import part_documents, write_part

    ids = [r["id"] for r in plain_store.query("SELECT id FROM documents ORDER BY id")]
    originals = [load_analysis(plain_store, i) for i in ids]
    partition = Store(":memory:")
    for analyzed in reversed(originals):  # stored in another order: parts still come out sorted by id
        partition.save(analyzed)
    write_part(tmp_path / "ds", "p1", partition, {})
    back = list(part_documents(tmp_path / "ds", "p1"))
    assert [a.document.id for a in back] == ids
    assert sum(len(a.events) for a in back) > 0 and sum(len(a.facts) for a in back) > 0
    for got, want in zip(back, originals, strict=True):
        assert got.document == want.document and got.story_date == want.story_date
        assert got.sentences == want.sentences and sorted(got.entities, key=repr) == sorted(want.entities, key=repr)
        assert sorted(got.timexes, key=repr) == sorted(want.timexes, key=repr)
        assert sorted(got.actors, key=repr) == sorted(want.actors, key=repr)
        assert (sorted(got.events, key=repr) == sorted(want.events, key=repr) and want.events) or not got.events
        assert sorted(got.facts, key=repr) == sorted(want.facts, key=repr)
