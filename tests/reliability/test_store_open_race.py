"""Several processes opening one new store at the same moment (two ingests started together) all succeed:
the schema is made once, whoever gets there first, and nobody fails with "table already exists" or
"database is locked" (both happened before: store/sqlite.py `_migrate` and `_use_wal`)."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from tidings.store import Store


def _open(path: str, barrier: mp.synchronize.Barrier, answers: mp.Queue[str]) -> None:
    barrier.wait()
    try:
        with Store(path) as store:
            answers.put(f"ok {store.schema_version()}")
    except Exception as exc:
        answers.put(f"{type(exc).__name__}: {exc}")


def test_concurrent_first_opens_all_succeed(tmp_path: Path) -> None:
    ctx = mp.get_context("fork")
    for round_ in range(8):
        path = str(tmp_path / f"new{round_}.db")
        barrier, answers = ctx.Barrier(3), ctx.Queue()
        workers = [ctx.Process(target=_open, args=(path, barrier, answers)) for _ in range(3)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=120)
        results = [answers.get(timeout=10) for _ in workers]
        assert all(r.startswith("ok ") for r in results), results
        assert len(set(results)) == 1, results
    assert [p.name for p in tmp_path.iterdir() if ".new" in p.name] == []  # no drafts left behind
