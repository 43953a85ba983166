"""A small fused store shared by the view tests (the multi-document corpus of tests/fuse)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tidings.config import Settings
from tidings.pipeline import ingest
from tidings.store import Store

CORPUS = Path(__file__).resolve().parents[1] / "fuse" / "corpus"


@pytest.fixture(scope="package")
def fused_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    db = tmp_path_factory.mktemp("views") / "t.db"
    store = Store(db)
    ingest(sorted(str(p) for p in CORPUS.glob("*.txt")), store, Settings(db=str(db)))
    yield store
    store.close()
