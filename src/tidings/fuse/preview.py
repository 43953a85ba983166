"""Happenings of a store that has not been fused yet, computed in memory without writing.

A store opened read-only (the CLI's listing commands) cannot be fused; this gives its timeline from
the stored analyses as they are, without date reconciliation. `tidings fuse` (or any ingest) writes
the real thing.
"""

from __future__ import annotations

from typing import Any

from tidings.fuse.apply import _mention_order, outlet_of
from tidings.fuse.coreference import merge_mentions
from tidings.fuse.mentions import mentions_of
from tidings.fuse.render import happening_rows
from tidings.store import Store
from tidings.store.fusion_tables import load_analysis


def preview_rows(store: Store) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(happening rows, mention rows with `origin` and `sentence_text`), shaped like the fusion tables."""
    analyses = {r["id"]: load_analysis(store, r["id"]) for r in store.query("SELECT id FROM documents ORDER BY id")}
    mentions = [m for a in analyses.values() for m in mentions_of(a)]
    happenings = merge_mentions(mentions, order=_mention_order(analyses))
    outlets = {i: outlet_of(a.document) for i, a in analyses.items()}
    rows, mention_rows = happening_rows(happenings, outlets, {})
    for m in mention_rows:
        doc = analyses[m["doc_id"]].document
        m["origin"] = doc.origin
        m["sentence_text"] = doc.text[m["sentence_start"]:m["sentence_end"]]
    return rows, mention_rows
