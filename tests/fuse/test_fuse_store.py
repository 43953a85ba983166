"""Fusion over a real store (the full pipeline on tests/fuse/corpus): reposts, copies, retellings, order."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tidings.config import Settings
from tidings.pipeline import ingest
from tidings.store import Store
from tidings.views.timeline import build_timeline, render_json

CORPUS = Path(__file__).parent / "corpus"
ACCORD = ["a_accord.txt", "b_repost.txt", "d_retelling.txt"]


def ingest_files(db: Path, files: list[Path], one_by_one: bool = False) -> Store:
    store = Store(db)
    settings = Settings(db=str(db))
    batches = [[str(f)] for f in files] if one_by_one else [[str(f) for f in files]]
    for batch in batches:
        ingest(batch, store, settings)
    return store


@pytest.fixture(scope="module")
def accord(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, str]]]:
    folder = tmp_path_factory.mktemp("accord")
    for name in ACCORD:
        shutil.copy(CORPUS / name, folder / name)
    store = ingest_files(folder / "t.db", sorted(folder.glob("*.txt")))
    ids = {Path(r["origin"]).name: r["id"] for r in store.query("SELECT id, origin FROM documents")}
    yield store, ids
    store.close()


def signing(store: Store) -> list[dict[str, object]]:
    return [e.as_json() for e in build_timeline(store, query="energy cooperation agreement")]


def test_repost_is_reanchored_and_flagged(accord: tuple[Store, dict[str, str]]) -> None:
    store, ids = accord
    row = store.document(ids["b_repost.txt"])
    assert row is not None
    assert (row["story_date"], row["story_date_basis"]) == ("2023-05-12", "linked")
    assert f"repost of {ids['a_accord.txt']}" in row["story_date_note"]
    fused = store.query("SELECT repost_of FROM fusion_documents WHERE doc_id = ?", (ids["b_repost.txt"],))
    assert fused[0]["repost_of"] == ids["a_accord.txt"]
    original = store.document(ids["a_accord.txt"])
    assert original is not None and original["story_date_basis"] == "published"


def test_one_entry_for_the_signing_citing_every_report(accord: tuple[Store, dict[str, str]]) -> None:
    store, _ = accord
    (entry,) = [e for e in signing(store) if e["date"] == "2023-05-11"]
    sources = entry["sources"]
    assert isinstance(sources, list)
    cited = {Path(str(s["path"])).name for s in sources}
    assert cited == {"a_accord.txt", "b_repost.txt", "d_retelling.txt"}  # the retelling attaches to the day


def test_no_entry_on_the_repost_page_date(accord: tuple[Store, dict[str, str]]) -> None:
    store, _ = accord
    assert not [e for e in build_timeline(store) if e.date.startswith("2023-08")]


def test_copy_under_another_name_adds_a_mention_and_a_source_not_an_entry(
        accord: tuple[Store, dict[str, str]], tmp_path: Path) -> None:
    store, _ = accord
    before = {e.id: e for e in build_timeline(store)}
    copy = tmp_path / "copy_of_accord.txt"
    shutil.copy(CORPUS / "a_accord.txt", copy)
    ingest([str(copy)], store, Settings(db=store.path))
    after = {e.id: e for e in build_timeline(store)}
    assert after.keys() == before.keys()
    key = next(k for k, e in after.items() if e.date == "2023-05-11" and "agreement" in e.headline)
    assert after[key].counts["mentions"] == before[key].counts["mentions"] + 1
    assert after[key].counts["articles"] == before[key].counts["articles"] + 1
    assert after[key].counts["sources"] == before[key].counts["sources"] + 1
    dup = store.query("SELECT f.duplicate_kind FROM fusion_documents f JOIN documents d ON d.id = f.doc_id "
                      "WHERE d.origin LIKE '%copy_of_accord.txt' OR d.origin LIKE '%a_accord.txt'")
    assert sorted(str(r["duplicate_kind"]) for r in dup) == ["None", "exact"]  # same day: either is the original


def test_fusion_is_idempotent(accord: tuple[Store, dict[str, str]]) -> None:
    from tidings.fuse import fuse_store

    store, _ = accord
    before = render_json(build_timeline(store))
    report = fuse_store(store, Settings(db=store.path))
    assert report.reanchored == [] and report.restored == []
    assert render_json(build_timeline(store)) == before


def without_ids(store: Store) -> list[dict[str, object]]:
    """The timeline without happening ids: an id once shown is kept (tidings.fuse.incremental), so a store
    grown one document at a time keeps the ids its first entries got; everything else must be equal."""
    return [{k: v for k, v in e.as_json().items() if k != "id"} for e in build_timeline(store)]


def test_result_does_not_depend_on_ingest_order(tmp_path: Path) -> None:
    files = [CORPUS / n for n in ACCORD]
    forward = ingest_files(tmp_path / "f.db", files)
    backward = ingest_files(tmp_path / "b.db", list(reversed(files)), one_by_one=True)
    assert without_ids(forward) == without_ids(backward)


def test_document_fusion_fields(accord: tuple[Store, dict[str, str]]) -> None:
    from tidings.store.fusion_tables import document_fusion

    store, ids = accord
    fields = document_fusion(store)[ids["b_repost.txt"]]
    sql = "SELECT id FROM documents WHERE content_sha = (SELECT content_sha FROM documents WHERE id = ?)"
    same_text = {r["id"] for r in store.query(sql, (ids["a_accord.txt"],))}
    assert fields["repost_of"] in same_text  # the original, or its byte copy published the same day
    assert fields["original_story_date"] == "2023-08-30" and fields["original_story_date_basis"] == "published"
