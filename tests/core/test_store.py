"""The store: migrations, atomic saves, idempotence, FTS5, failures — on real SQLite files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tidings.errors import TidingsError
from tidings.ids import document_id, sha256_text
from tidings.records import (
    ActorRef,
    AnalyzedDocument,
    DateValue,
    Document,
    Event,
    Failure,
    Sentence,
    StoryDate,
    Timex,
)
from tidings.store import Store
from tidings.store.schema import MIGRATIONS

TEXT = "On Friday, Vice-Premier Ding Xuexiang met with Murat Nurtleu in Beijing."


def make_analyzed(text: str = TEXT, origin: str = "/news/a.txt", title: str = "A meeting") -> AnalyzedDocument:
    sha = sha256_text(text)
    doc = Document(id=document_id(origin, sha), origin=origin, text=text, content_sha=sha,
                   title=title, published="2024-03-29")
    sent = Sentence(0, len(text))
    src = ActorRef("Ding Xuexiang", 24, 37, "ding-xuexiang", "Ding Xuexiang", "CHN", "GOV")
    tgt = ActorRef("Murat Nurtleu", 47, 60, None, "Murat Nurtleu", "KAZ", "GOV")
    event = Event(id="e1" + doc.id, doc_id=doc.id, sentence=sent, source=src, target=tgt, cameo="043",
                  plover="CONSULT", quad_class=1, goldstein=2.8, date=DateValue("2024-03-29", "2024-03-29",
                                                                                 "2024-03-29"))
    timex = Timex(3, 9, "Friday", "DATE", "2024-03-29", "2024-03-29", "2024-03-29", "2024-03-29")
    return AnalyzedDocument(document=doc, sentences=[sent], timexes=[timex],
                            story_date=StoryDate(DateValue("2024-03-29"), "published", 1.0), events=[event])


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    with Store(path) as store:
        assert store.schema_version() == len(MIGRATIONS)
        assert store.query("SELECT COUNT(*) AS n FROM schema_migrations")[0]["n"] == len(MIGRATIONS)
        assert store.query("PRAGMA journal_mode")[0][0] == "wal"


def test_columns_are_read_once_per_connection(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert {"review", "plover", "date_earliest"} <= store.columns("events")
        pragmas: list[str] = []
        store.conn.set_trace_callback(pragmas.append)
        assert "layer" in store.columns("happenings")
        assert "layer" in store.columns("happenings")
        assert "nothing" not in store.columns("events")
        assert pragmas == ["PRAGMA table_info(happenings)"]


def test_save_is_idempotent(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        analyzed = make_analyzed()
        assert store.save(analyzed) is True
        assert store.save(analyzed) is False
        assert store.count("documents") == 1
        assert store.count("events") == 1
        row = store.query("SELECT * FROM events")[0]
        assert (row["source_country"], row["target_country"], row["cameo"]) == ("CHN", "KAZ", "043")


def test_a_failed_save_leaves_nothing_behind(tmp_path: Path) -> None:
    analyzed = make_analyzed()
    broken = Event(**{**{f: getattr(analyzed.events[0], f) for f in analyzed.events[0].__slots__},
                      "id": "e-broken", "cameo": None})  # type: ignore[arg-type]
    analyzed.events.append(broken)
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.save(analyzed)
        assert store.count("documents") == 0
        assert store.count("events") == 0
        assert store.query("PRAGMA integrity_check")[0][0] == "ok"


def test_full_text_search_finds_stored_documents(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save(make_analyzed())
        store.save(make_analyzed("Tokayev visited Beijing for talks.", "/news/b.txt", "Talks"))
        hits = store.query("SELECT d.origin FROM documents_fts f JOIN documents d ON d.rowid = f.rowid "
                           "WHERE documents_fts MATCH ?", ("meeting OR Nurtleu",))
        assert [h["origin"] for h in hits] == ["/news/a.txt"]
        hits = store.query("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", ("visiting",))
        assert len(hits) == 1  # porter stemming: visiting ~ visited


def test_replace_analysis_swaps_everything(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        analyzed = make_analyzed()
        store.save(analyzed)
        analyzed.events.clear()
        analyzed.story_date = StoryDate(DateValue("2024-03-28"), "linked", 0.9, note="test")
        store.replace_analysis(analyzed)
        assert store.count("events") == 0
        assert store.count("documents") == 1
        assert store.document(analyzed.document.id)["story_date_basis"] == "linked"  # type: ignore[index]


def test_failures_are_recorded_once_per_input_and_cleared_on_success(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        failure = Failure("/news/a.txt", "read", "T101", "T101 /news/a.txt: empty input")
        store.record_failure(failure)
        store.record_failure(failure)
        assert store.count("failures") == 1
        store.save(make_analyzed())
        assert store.count("failures") == 0


def test_store_from_a_newer_tidings_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'now')")
    conn.commit()
    conn.close()
    with pytest.raises(TidingsError) as err:
        Store(path)
    assert err.value.code == "T303"


def test_not_a_database_gives_a_coded_error(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(TidingsError) as err:
        Store(path)
    assert err.value.code == "T305"
    assert str(path) in str(err.value)


# SHA-256 (first 16 hex digits) of each released migration's SQL, in order. A store that applied one
# never runs it again, so editing it would give new stores another schema than upgraded ones; add a new
# migration instead, and its digest here once it is released.
RELEASED_MIGRATIONS = (
    "604b2bd27a6bb381", "477503b18dd75f0f", "0508a98f94b84688", "9de75c15cdc52642",
    "4738d022001d91f4", "87c4e8be11ad7518", "c22a8aef97d72d73", "22dee9465e58cf80",
    "702e0cdf506ffefd", "bdbe1e3e43093c6a", "8385c1afad061814",
)


def test_released_migrations_never_change() -> None:
    import hashlib

    digests = tuple(hashlib.sha256(sql.encode()).hexdigest()[:16] for _, sql in MIGRATIONS)
    assert digests[: len(RELEASED_MIGRATIONS)] == RELEASED_MIGRATIONS
