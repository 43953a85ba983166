"""Bounded query cost (issue 17, B7): full-text searches limited in length, words and prefix words (a 400
that names the limit); each request's SQLite work limited in processor time (400 query_too_costly) and
stopped when its client goes; costly searches wait for their own few slots of the connection pool.

Over a real store (the example corpus through `tidings ingest`) and the real app; the timing figures on
a 30,000-document store are a benchmark (benchmarks/bench_query_limits.py), not a test.
"""

from __future__ import annotations

import os
import sqlite3
import string
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tidings.web.app import ApiError, Stores, WebConfig, create_app, query_interrupted
from tidings.web.queries import MAX_PREFIX_TERMS, MAX_QUERY_CHARS, MAX_TERMS, fts_query

TIDINGS = str(Path(sys.executable).with_name("tidings"))
EXAMPLES = Path(__file__).parents[2] / "examples" / "china-kazakhstan"
PROBE = " OR ".join(f"{c}*" for c in string.ascii_lowercase)  # the probe's 152 characters
SLOW_SQL = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT COUNT(*) FROM (SELECT i FROM n " \
           "LIMIT 2000000000)"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("limits") / "s.db"
    run = subprocess.run([TIDINGS, "ingest", "--db", str(db), str(EXAMPLES), "-q"], capture_output=True, text=True,
                         env={**os.environ, "TIDINGS_N_PROCESS": "1"}, timeout=300)
    assert run.returncode == 0, run.stderr
    return db


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(WebConfig(db=str(store)))) as c:
        yield c


@pytest.mark.parametrize(("query", "limit"), [
    (PROBE, f"at most {MAX_TERMS}"),
    ("x" * (MAX_QUERY_CHARS + 1), f"at most {MAX_QUERY_CHARS} characters"),
    (" ".join(f"wor{c}*" for c in "abcdefg"), f"at most {MAX_PREFIX_TERMS} are taken"),
    (" OR ".join(["trade"] * (MAX_TERMS + 1)), f"at most {MAX_TERMS}"),
])
def test_a_search_past_a_limit_is_a_clear_400(client: TestClient, query: str, limit: str) -> None:
    for path in ("/api/documents", "/search"):
        answer = client.get(path, params={"q": query})
        assert answer.status_code == 400, (path, answer.text)
        assert limit in answer.text
    body = client.get("/api/documents", params={"q": query}).json()["error"]
    assert body["field"] == "q" and body["code"] == "invalid_parameter"


def test_searches_within_the_limits_answer(client: TestClient) -> None:
    for query in ("Kazakhstan", "tra* OR pip* OR ene* OR coo* OR cou* OR cen*", "a* trade", '"transit corridor"'):
        assert client.get("/api/documents", params={"q": query}).status_code == 200, query


def test_short_prefixes_are_searched_as_words() -> None:
    assert fts_query("a* OR tr* OR tra*") == '"a" OR "tr" OR "tra"*'


def test_a_request_past_its_store_time_is_400(store: Path) -> None:
    config = WebConfig(db=str(store), query_seconds=1e-6)
    with TestClient(create_app(config)) as tight:
        answer = tight.get("/api/documents", params={"q": "Kazakhstan OR China OR trade OR pipeline"})
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "query_too_costly"


def test_the_time_limit_stops_a_runaway_query(store: Path) -> None:
    stores = Stores(str(store), query_seconds=0.2)
    started = time.monotonic()
    with pytest.raises(Exception) as stopped, stores.lease() as s:
        s.conn.execute(SLOW_SQL).fetchone()
    assert query_interrupted(stopped.value)
    assert time.monotonic() - started < 0.2 * 8 + 1  # processor time, or at worst the wall-clock backstop
    with stores.lease() as s:  # the connection went back to the pool without its limit
        assert s.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 5


def test_a_query_stops_when_its_client_goes(store: Path) -> None:
    stores = Stores(str(store), query_seconds=60)
    gone = threading.Event()
    threading.Timer(0.3, gone.set).start()
    started = time.monotonic()
    with pytest.raises(Exception) as stopped, stores.lease(gone) as s:
        s.conn.execute(SLOW_SQL).fetchone()
    assert query_interrupted(stopped.value)
    assert time.monotonic() - started < 5


def test_costly_searches_queue_for_their_own_slot(store: Path) -> None:
    stores = Stores(str(store), size=3, costly=1, wait_seconds=0.5)
    with stores.lease(costly=True):
        with stores.lease() as light:  # an ordinary request still gets a connection at once
            assert light.conn.execute("SELECT 1").fetchone()[0] == 1
        with pytest.raises(ApiError) as busy, stores.lease(costly=True):
            pass
        assert busy.value.status == 503 and busy.value.code == "busy"
        gone = threading.Event()
        gone.set()
        started = time.monotonic()
        with pytest.raises(ApiError), stores.lease(gone, costly=True):
            pass
        assert time.monotonic() - started < 0.3  # a client that went frees its place at once
    with stores.lease(costly=True):
        pass


def test_the_budget_is_looked_at_more_often_the_smaller_it_is() -> None:
    """A look every few microseconds of SQLite work would cost more than the work; a tiny budget still
    needs looks often enough to be enforced (the test above)."""
    from tidings.web.app import PROGRESS_STEPS, progress_steps

    assert progress_steps(1e-6) == 100
    assert progress_steps(0.5) < progress_steps(1.5) <= PROGRESS_STEPS == progress_steps(60)


def test_an_idle_current_connection_is_lent_without_waiting(store: Path, tmp_path: Path) -> None:
    """The web app hands an idle connection over on the event loop (`lend_now`): it is limited like a
    leased one and goes back with its limit removed; none is lent when the pool would have to open one, or
    when another connection has written since (that one is renewed by `lease`, in a worker thread)."""
    db = tmp_path / "lent.db"
    db.write_bytes(store.read_bytes())
    stores = Stores(str(db), query_seconds=0.2)
    assert stores.lend_now() is None  # nothing opened yet: opening is lease's work
    with stores.lease() as first:
        pass
    lent = stores.lend_now()
    assert lent is first
    with pytest.raises(Exception) as stopped:
        lent.conn.execute(SLOW_SQL).fetchone()
    assert query_interrupted(stopped.value)
    stores.give_back(lent)
    with stores.lease() as again:  # back in the pool without its limit
        assert again is first and again.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 5
    with sqlite3.connect(db) as writer:
        writer.execute("UPDATE documents SET title = title")
    assert stores.lend_now() is None
    with stores.lease() as renewed:
        assert renewed is not first
    assert stores.lend_now() is renewed
