"""The seed acceptance figures, with the shared scorers, in two ingest orders (issue 5's bar)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tidings.config import Settings
from tidings.pipeline import ingest
from tidings.store import Store
from tidings.views.rows import document_json
from tidings.views.timeline import build_timeline, render_json


def score(shared: Path, tool: str, gold: str, system: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(shared / "tools" / tool), str(shared / "gold" / "seeds" / gold),
                          str(system), "--json"], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def without_ids(timeline: str) -> list[dict[str, object]]:
    """Entries without their happening ids: an id once shown is kept (tidings.fuse.incremental), so a store
    grown one document at a time keeps the ids its first entries got; everything else must be equal."""
    return [{k: v for k, v in e.items() if k != "id"} for e in json.loads(timeline)["entries"]]


@pytest.mark.slow
def test_seed_timeline_and_documents(examples_dir: Path, shared_dir: Path, tmp_path: Path) -> None:
    files = sorted(str(p) for p in examples_dir.glob("*.txt"))
    timelines = []
    for name, order, one_by_one in (("batch", files, False), ("reversed", files[::-1], True)):
        store = Store(tmp_path / f"{name}.db")
        for batch in ([[f] for f in order] if one_by_one else [order]):
            ingest(batch, store, Settings(db=store.path))
        timelines.append(render_json(build_timeline(store)))
        docs = [document_json(r) for r in store.query("SELECT * FROM documents ORDER BY origin")]
        (tmp_path / f"{name}-docs.json").write_text(json.dumps(docs), encoding="utf-8")
        notes = {Path(r["origin"]).name[:3]: r["story_date_note"] for r in store.query("SELECT * FROM documents")}
        assert notes["001"].startswith("repost of ")
        store.close()
    assert without_ids(timelines[0]) == without_ids(timelines[1])
    (tmp_path / "timeline.json").write_text(timelines[0], encoding="utf-8")
    figures = score(shared_dir, "score_timeline.py", "timeline.json", tmp_path / "timeline.json")
    assert figures["core_recall"] >= 0.95 and figures["recall"] >= 0.8
    assert figures["date_precision"] >= 0.9 and figures["wrong_dates"] == 0
    assert figures["source_recall"] >= 0.85
    checks = score(shared_dir, "score_documents.py", "documents.json", tmp_path / "batch-docs.json")
    assert checks["passed"] == checks["total"]
