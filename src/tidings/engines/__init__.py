"""Engines: how the per-document stages are mapped over many documents.

Every engine maps the same unit of work, `analyze_batch` (a batch of cleaned documents → nlp.pipe →
the settings' `tidings.analysis.Analyzer` on each), so there is one implementation of every stage:

- `local`: one machine, streaming, bounded memory; in-process or over a pool of worker processes,
  with the store written by the main process only (`tidings ingest --workers N`);
- `dask`: a Dask cluster (or a LocalCluster) maps it over partitions of the inputs and writes a
  partitioned Parquet dataset (`tidings ingest --engine dask`), which `merge` brings into a store;
- `watch`: ingest files as they arrive in a folder (`tidings ingest --watch DIR`).

`intake` holds what they share on the way into a store (reading, cleaning, batching, failure records).
Engines import their heavy dependencies (Dask, pyarrow) only when used.
"""
