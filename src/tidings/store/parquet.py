"""Parquet datasets of stored analyses: written by the Dask engine and by `tidings export`, read by merge.

Layout of a dataset folder:

    DATASET/_tidings.json                 manifest: format version, tables, store schema version
    DATASET/<table>/part-<name>.parquet   one file per partition and table (documents, sentences,
                                          entities, timexes, actor_mentions, events, facts, failures)
    DATASET/_parts/<name>.json            a partition's counts, written last: its presence says the
                                          partition is complete (an interrupted run redoes the others)

Columns are the store's own (read from the SQLite schema, so they never drift): a Parquet row is a store
row. Types are real ones: INTEGER → int64 and REAL → float64 (both nullable), the day bounds of every date
(`*_earliest`, `*_latest`, `timeline_days.day`: always whole ISO days) → date32, `ingested_at` → a UTC
timestamp; the other text stays text (a date *value* such as "2024-03" keeps its precision as text). Read
back (`parquet_rows`), dates and timestamps become the store's ISO strings again.
Every table of a part is sorted by document id, so a merge streams the tables
side by side and holds one document's rows at a time, whatever the size of a part.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from itertools import groupby
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from tidings.records import ActorMention, ActorRef, AnalyzedDocument, Entity, Sentence, Timex
from tidings.store import Store
from tidings.store.fusion_tables import document_of, event_of, fact_of, story_date_of

FORMAT_VERSION = 1
ANALYSIS_TABLES = ("documents", "sentences", "entities", "timexes", "actor_mentions", "events", "facts")
DATASET_TABLES = (*ANALYSIS_TABLES, "failures")
ROWS_PER_CHUNK = 5_000
_ARROW_TYPES = {"INTEGER": pa.int64(), "REAL": pa.float64()}
Row = dict[str, Any]


def store_tables(store: Store) -> list[str]:
    """The store's data tables (no full-text index internals, no migration log)."""
    rows = store.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents_fts%' "
                       "AND name NOT LIKE 'sqlite_%' AND name != 'schema_migrations' ORDER BY name")
    return [r["name"] for r in rows]


def table_schema(store: Store, table: str) -> pa.Schema:
    """The Arrow schema of a store table (see the module's docstring for the types)."""
    info = store.query(f"PRAGMA table_info({table})")
    if not info:
        raise KeyError(table)
    return pa.schema([pa.field(r["name"], column_type(table, r["name"], str(r["type"]))) for r in info])


def column_type(table: str, column: str, declared: str) -> pa.DataType:
    """The Arrow type of one store column."""
    if declared.upper() in _ARROW_TYPES:
        return _ARROW_TYPES[declared.upper()]
    if column.endswith(("earliest", "latest")) or (table, column) == ("timeline_days", "day"):
        return pa.date32()
    if column == "ingested_at":
        return pa.timestamp("ms", tz="UTC")  # Parquet has no seconds unit
    return pa.string()


def sort_key(table: str, store: Store) -> str:
    """ORDER BY clause: document id first (so parts merge-join), then the table's key (stable output)."""
    info = store.query(f"PRAGMA table_info({table})")
    keys = [f'"{r["name"]}"' for r in sorted((r for r in info if r["pk"]), key=lambda r: r["pk"])]
    first = ['"doc_id"'] if any(r["name"] == "doc_id" for r in info) else []
    return ", ".join(dict.fromkeys(first + (keys or ["rowid"])))


def table_rows(store: Store, table: str, where: str = "") -> Iterator[tuple[Any, ...]]:
    """A table's rows as tuples in schema order, sorted by document id, read with a cursor."""
    cursor = store.conn.execute(f"SELECT * FROM {table} {where} ORDER BY {sort_key(table, store)}")
    while chunk := cursor.fetchmany(ROWS_PER_CHUNK):
        yield from (tuple(r) for r in chunk)


def write_parquet(store: Store, table: str, path: Path) -> int:
    """Write a store table to one Parquet file, chunk by chunk; atomic (tmp file, then rename)."""
    schema = table_schema(store, table)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
        chunk: list[tuple[Any, ...]] = []
        for row in table_rows(store, table):
            chunk.append(row)
            if len(chunk) >= ROWS_PER_CHUNK:
                writer.write_table(_arrow(chunk, schema))
                count, chunk = count + len(chunk), []
        if chunk or not count:
            writer.write_table(_arrow(chunk, schema))
            count += len(chunk)
    os.replace(tmp, path)
    return count


def _arrow(rows: Sequence[tuple[Any, ...]], schema: pa.Schema) -> pa.Table:
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True)) if rows else [[] for _ in schema.names]
    return pa.Table.from_arrays([_column(c, f.type) for c, f in zip(columns, schema, strict=True)], schema=schema)


def _column(values: Sequence[Any], kind: pa.DataType) -> pa.Array:
    """Store values as an Arrow array of `kind`; ISO text is parsed into dates and timestamps."""
    if pa.types.is_date32(kind):
        return pa.array([None if v is None else date.fromisoformat(v[:10]) for v in values], type=kind)
    if pa.types.is_timestamp(kind):
        return pa.array([None if v is None else datetime.fromisoformat(v.replace("Z", "+00:00")) for v in values],
                        type=kind)
    return pa.array(values, type=kind)


def _stored(value: Any) -> Any:
    """A Parquet value back as the store keeps it (dates and UTC timestamps as ISO text)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def write_manifest(dataset: Path, store: Store, extra: dict[str, Any] | None = None,
                   tables: Sequence[str] = DATASET_TABLES) -> None:
    """`_tidings.json`: format, version, the tables written (each a folder of the dataset), store schema."""
    dataset.mkdir(parents=True, exist_ok=True)
    manifest = {"format": "tidings-dataset", "version": FORMAT_VERSION, "tables": list(tables),
                "store_schema_version": store.schema_version(), **(extra or {})}
    (dataset / "_tidings.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def write_part(dataset: Path, name: str, store: Store, counts: dict[str, Any]) -> None:
    """Write every dataset table of a (partition's) store as `part-<name>`, then its marker."""
    for table in DATASET_TABLES:
        write_parquet(store, table, dataset / table / f"part-{name}.parquet")
    marker = dataset / "_parts" / f"{name}.json"
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.with_suffix(".tmp").write_text(json.dumps(counts) + "\n", encoding="utf-8")
    os.replace(marker.with_suffix(".tmp"), marker)


def part_done(dataset: Path, name: str) -> dict[str, Any] | None:
    """The counts of a completed partition, None if it was never completed."""
    marker = dataset / "_parts" / f"{name}.json"
    if not marker.is_file():
        return None
    counts: dict[str, Any] = json.loads(marker.read_text(encoding="utf-8"))
    return counts


def dataset_parts(dataset: Path) -> list[str]:
    """Names of the parts a dataset holds (`part-<name>.parquet` under documents/), sorted."""
    folder = dataset / "documents"
    return sorted(p.name[len("part-"):-len(".parquet")] for p in folder.glob("part-*.parquet"))


def parquet_rows(path: Path) -> Iterator[Row]:
    """A Parquet file's rows as dicts, batch by batch (empty if the file is absent)."""
    if not path.is_file():
        return
    for batch in pq.ParquetFile(path).iter_batches(batch_size=ROWS_PER_CHUNK):
        for row in batch.to_pylist():
            yield {k: _stored(v) for k, v in row.items()}


def part_documents(dataset: Path, name: str) -> Iterator[AnalyzedDocument]:
    """The analyzed documents of one part, rebuilt from its tables by a merge-join on document id."""
    groups = {t: _Groups(parquet_rows(dataset / t / f"part-{name}.parquet")) for t in ANALYSIS_TABLES[1:]}
    for row in parquet_rows(dataset / "documents" / f"part-{name}.parquet"):
        tables = {t: g.take(row["id"]) for t, g in groups.items()}
        yield analyzed_of(row, tables)


def part_failures(dataset: Path, name: str) -> Iterator[Row]:
    yield from parquet_rows(dataset / "failures" / f"part-{name}.parquet")


class _Groups:
    """Rows grouped by doc_id from a stream sorted by doc_id; `take` returns one document's rows."""

    def __init__(self, rows: Iterator[Row]) -> None:
        self._groups = groupby(rows, key=lambda r: str(r["doc_id"]))
        self._head: tuple[str, list[Row]] | None = None
        self._advance()

    def _advance(self) -> None:
        nxt = next(self._groups, None)
        self._head = (nxt[0], list(nxt[1])) if nxt else None

    def take(self, doc_id: str) -> list[Row]:
        while self._head is not None and self._head[0] < doc_id:
            self._advance()  # rows of a document absent from `documents`: not possible from a store
        if self._head is None or self._head[0] != doc_id:
            return []
        rows = self._head[1]
        self._advance()
        return rows


def analyzed_of(document: Row, tables: dict[str, list[Row]]) -> AnalyzedDocument:
    """An `AnalyzedDocument` from its store rows (the inverse of `Store.save`)."""
    return AnalyzedDocument(
        document=document_of(document),  # type: ignore[arg-type]
        sentences=[Sentence(r["start"], r["end"]) for r in sorted(tables["sentences"], key=lambda r: r["idx"])],
        entities=[Entity(r["start"], r["end"], r["label"]) for r in tables["entities"]],
        timexes=[Timex(**{k: v for k, v in r.items() if k != "doc_id"}) for r in tables["timexes"]],
        story_date=story_date_of(document),  # type: ignore[arg-type]
        actors=[ActorMention(_actor_ref(r), r["sentence"]) for r in tables["actor_mentions"]],
        events=[event_of(r) for r in tables["events"]],  # type: ignore[arg-type]
        facts=[fact_of(r) for r in tables["facts"]],  # type: ignore[arg-type]
    )


def _actor_ref(row: Row) -> ActorRef:
    return ActorRef(text=row["text"], start=row["start"], end=row["end"], actor_id=row["actor_id"],
                    name=row["name"], country=row["country"], sector=row["sector"], role=row["role"])
