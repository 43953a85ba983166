"""The example corpus ingested by the plain single-process path, shared by the engine tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from engines_helpers import EXAMPLES

from tidings.config import Settings
from tidings.pipeline import ingest
from tidings.store import Store


@pytest.fixture(scope="package")
def plain_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The example articles ingested file by file, in one process, then fused."""
    db = tmp_path_factory.mktemp("plain") / "plain.db"
    store = Store(db)
    summary = ingest([str(EXAMPLES)], store, Settings(db=str(db)), workers=1)
    assert summary.new == len(list(EXAMPLES.glob("*.txt")))
    yield store
    store.close()
