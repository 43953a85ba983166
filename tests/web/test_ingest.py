"""POST /api/ingest: off unless --allow-ingest, then size-limited, then the real pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tidings.records import AnalyzedDocument
from tidings.web.app import WebConfig, create_app

from .test_api import assert_error

Docs = dict[str, AnalyzedDocument]
ARTICLE = ("ASTANA, May 6 (Xinhua) -- Kazakh President Kassym-Jomart Tokayev met Chinese Foreign Minister Wang Yi "
           "in Astana on Monday. The two sides agreed to expand trade.")


@pytest.fixture
def writable(built: tuple[Path, Docs], tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    shutil.copy(built[0], path)
    return path


def ingest_client(path: Path, **limits: int) -> TestClient:
    return TestClient(create_app(WebConfig(db=str(path), allow_ingest=True, **limits)))


def test_limits_are_checked_before_anything_is_read(writable: Path) -> None:
    with ingest_client(writable, max_ingest_bytes=200, max_ingest_documents=2) as c:
        big = c.post("/api/ingest", json={"documents": [{"text": "x" * 500}]})
        assert big.status_code == 413
        assert_error(big.json(), 413, "too_large")
        many = c.post("/api/ingest", json={"documents": [{"text": "a"}, {"text": "b"}, {"text": "c"}]})
        assert_error(many.json(), 413, "too_large")
        assert many.json()["error"]["field"] == "documents"
        form_type = {"content-type": "application/x-www-form-urlencoded"}
        form = c.post("/api/ingest", content=b"text=hello", headers=form_type)
        assert_error(form.json(), 415, "unsupported_media_type")
        bad = c.post("/api/ingest", content=b"{not json", headers={"content-type": "application/json"})
        assert_error(bad.json(), 400, "invalid_parameter")
        empty = c.post("/api/ingest", json={"documents": []})
        assert_error(empty.json(), 400, "invalid_parameter")
        assert empty.json()["error"]["field"] == "documents"


def test_ingest_stores_an_article_through_the_pipeline(writable: Path) -> None:
    with ingest_client(writable) as c:
        before = c.get("/api/stats").json()["counts"]["documents"]
        body = {"documents": [{"text": ARTICLE, "title": "Tokayev meets Wang Yi", "published": "2024-05-06",
                               "source": "Xinhua", "origin": "api-test/tokayev-wang"}]}
        r = c.post("/api/ingest", json=body)
        assert r.status_code == 200, r.text
        summary = r.json()
        assert summary["new"] == 1 and summary["failed"] == 0 and len(summary["documents"]) == 1
        assert summary["fusion"]["documents"] == before + 1  # fused like `tidings ingest`
        assert c.post("/api/ingest", json=body).json()["unchanged"] == 1  # ids are content hashes
        doc = c.get(f"/api/documents/{summary['documents'][0]}").json()
        assert doc["title"] == "Tokayev meets Wang Yi" and "Wang Yi" in doc["text"]
        assert c.get("/api/stats").json()["counts"]["documents"] == before + 1
