"""The streaming single-machine engine: bounded reading, resumable runs, failures kept per document."""

from __future__ import annotations

from pathlib import Path

import pytest
from engines_helpers import EXAMPLES, rows

import tidings.engines.intake as intake
import tidings.pipeline as pipeline
from tidings.analysis import Analyzer
from tidings.clean import to_document
from tidings.config import Settings
from tidings.engines.local import analyze_batch, worker_count
from tidings.pipeline import IngestSummary, ingest, needs_fusion
from tidings.records import AnalyzedDocument, Document, Failure, RawDocument
from tidings.store import Store

EVENTS = "SELECT * FROM events ORDER BY id"


def _fresh(tmp_path: Path, name: str = "t.db") -> tuple[Store, Settings]:
    return Store(tmp_path / name), Settings(db=str(tmp_path / name), batch_size=2)


def test_reading_waits_for_analysis(tmp_path: Path) -> None:
    """Back-pressure: when a document is stored, at most one batch more has been read."""
    store, settings = _fresh(tmp_path)
    ahead: list[int] = []

    def watch(origin: str, s: IngestSummary) -> None:
        ahead.append(s.read - (s.new + s.unchanged + s.failed))

    summary = ingest([str(EXAMPLES)], store, settings, progress=watch, fuse=False, workers=1)
    assert summary.new == 5 and len(ahead) == 5
    assert max(ahead) <= settings.batch_size - 1


def test_interrupted_ingest_resumes_and_fuses(tmp_path: Path, plain_store: Store) -> None:
    store, settings = _fresh(tmp_path)

    def stop_after_two(origin: str, s: IngestSummary) -> None:
        if s.new == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest([str(EXAMPLES)], store, settings, progress=stop_after_two, workers=1)
    assert store.count("documents") == 2 and needs_fusion(store)
    again = ingest([str(EXAMPLES)], store, settings, workers=1)
    assert (again.read, again.new, again.unchanged) == (5, 3, 2)
    assert not needs_fusion(store)
    assert rows(store, EVENTS) == rows(plain_store, EVENTS)


def test_a_rerun_with_nothing_new_still_fuses_an_unfused_store(tmp_path: Path) -> None:
    store, settings = _fresh(tmp_path)
    ingest([str(EXAMPLES)], store, settings, fuse=False, workers=1)
    assert store.count("documents") == 5 and store.query("SELECT COUNT(*) FROM happenings")[0][0] == 0
    again = ingest([str(EXAMPLES)], store, settings, workers=1)
    assert again.new == 0 and again.unchanged == 5
    assert store.query("SELECT COUNT(*) FROM happenings")[0][0] > 0


def test_a_stage_bug_fails_one_document_not_its_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings()
    paths = sorted(EXAMPLES.glob("*.txt"))[:3]
    documents = [to_document(RawDocument(str(p), p.read_text(encoding="utf-8")), settings) for p in paths]
    real = Analyzer.analyze

    def flaky(self, document, doc=None, story_date=None):  # type: ignore[no-untyped-def]
        if document.origin == str(paths[1]):
            raise ZeroDivisionError("boom")
        return real(self, document, doc, story_date)

    monkeypatch.setattr(Analyzer, "analyze", flaky)
    results = analyze_batch(documents, settings)
    assert [type(r) for r in results] == [AnalyzedDocument, Failure, AnalyzedDocument]
    failure = results[1]
    assert isinstance(failure, Failure) and failure.code == "T201" and "ZeroDivisionError: boom" in failure.message
    assert failure.origin == str(paths[1])


def test_failures_kept_in_memory_are_capped_but_all_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(intake, "MAX_FAILURES_KEPT", 2)
    store, settings = _fresh(tmp_path)
    missing = [str(tmp_path / f"missing-{i}.txt") for i in range(4)]
    summary = ingest(missing, store, settings, workers=1)
    assert summary.failed == 4 and len(summary.failures) == 2
    assert store.count("failures") == 4


def test_worker_count_follows_the_setting_and_the_cores() -> None:
    assert worker_count(None, Settings(n_process=3)) == 3
    assert worker_count(2, Settings(n_process=3)) == 2
    assert worker_count(0, Settings()) >= 1


@pytest.mark.slow
def test_two_worker_processes_store_what_one_process_stores(tmp_path: Path, plain_store: Store) -> None:
    store, settings = _fresh(tmp_path)
    summary = ingest([str(EXAMPLES)], store, settings, workers=2)
    assert (summary.new, summary.failed) == (5, 0)
    for sql in (EVENTS, "SELECT * FROM actor_mentions ORDER BY doc_id, start", "SELECT * FROM facts ORDER BY id",
                "SELECT id, text, story_date FROM documents ORDER BY id"):
        assert rows(store, sql) == rows(plain_store, sql)


def _docs(lengths: list[int]) -> list[Document]:
    return [to_document(RawDocument(f"d{i}", "word " * (n // 5)), Settings()) for i, n in enumerate(lengths)]


def test_batches_are_bounded_by_count_and_characters() -> None:
    """A batch never holds more than `size` documents nor (unless it is one document) `max_chars` characters."""
    documents = _docs([1000, 1000, 1000, 5000, 200, 200, 200, 200])
    groups = list(pipeline.batches(documents, size=3, max_chars=2500))
    assert [len(g) for g in groups] == [2, 1, 1, 3, 1]
    assert [d for g in groups for d in g] == documents  # nothing lost, order kept
    for group in groups:
        assert len(group) == 1 or sum(len(d.text) for d in group) <= 2500


def test_batches_without_a_character_bound_count_documents() -> None:
    documents = _docs([5000] * 7)
    assert [len(g) for g in pipeline.batches(documents, size=3)] == [3, 3, 1]
