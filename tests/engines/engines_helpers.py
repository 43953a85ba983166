"""Helpers for the engine tests: the example corpus and timelines compared without input names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tidings.store import Store
from tidings.views.timeline import build_timeline, render_json

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "china-kazakhstan"


def timeline_json(store: Store) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = json.loads(render_json(build_timeline(store)))["entries"]
    return entries


def timeline_content(store: Store) -> list[tuple[Any, ...]]:
    """The timeline without the names of its inputs: what happened when, said where in which text.

    Happening and document ids hash the input's origin (a file path, `archive#3`), so they differ
    between containers of the same articles; everything else must not.
    """
    out = []
    for e in timeline_json(store):
        sources = sorted((s["kind"], s["sentence"], s["start"], s["end"], s["date"], s["date_evidence"])
                         for s in e["sources"])
        out.append((e["date"], e["headline"], e["kind"], e["mode"], e["mentions"], e["sources_count"],
                    e["articles"], tuple(e["actors"]), e["cameo"], e["date_note"], e["weight"], tuple(sources)))
    return sorted(out, key=repr)


def rows(store: Store, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in store.query(sql)]
