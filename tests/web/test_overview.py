"""The overview page: counts that agree with the lists they link to, kept up to date by the store."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tidings.records import AnalyzedDocument
from tidings.store import Store, review
from tidings.views.timeline import build_timeline
from tidings.web.app import WebConfig, create_app
from tidings.web.overview import OverviewFilter, overview

from .storebuild import build_store, write_happenings

Docs = dict[str, AnalyzedDocument]
EVERYTHING = OverviewFilter(date_from="1000")  # a filter that keeps every happening: counted the slow way


@pytest.fixture
def store_path(tmp_path: Path) -> tuple[Path, Docs]:
    path = tmp_path / "store.db"
    docs = build_store(path)
    write_happenings(path, docs)
    return path, docs


def _recount(store: Store) -> dict[str, object]:
    data = overview(store, EVERYTHING)
    return {k: data[k] for k in ("total", "unplaced", "months", "types", "quads", "dyads", "actors")}


def test_overview_counts_what_the_timeline_shows(store_path: tuple[Path, Docs]) -> None:
    with Store(store_path[0]) as store:
        data = overview(store, OverviewFilter())
        shown = build_timeline(store)
        assert data["total"] == len(shown) == 4  # the bounded happening is not shown (the negated one is, marked)
        assert data["unplaced"] == 2  # dated to a year only: 2023 (trade) and 2024 (the Year of Tourism)
        assert [(m["month"], m["n"]) for m in data["months"]] == [("2024-03", 2)]
        assert data["dyads"] == [{"dyad": "CHN-KAZ", "n": 2}]
        assert {a["actor"]: a["n"] for a in data["actors"]} == {"CHN": 4, "KAZ": 4}
        assert [h["id"] for h in data["cited"]] == ["h-agree", "h-negated"] and data["latest"] == "2024-03"
        assert {k: data[k] for k in _recount(store)} == _recount(store)


def test_kept_counts_follow_review_and_refusion(store_path: tuple[Path, Docs]) -> None:
    path, docs = store_path
    with Store(path) as store:
        review.decide_happening(store, "h-agree", "correct", reviewer="ana",
                                changes={"target": review.actor_change("Moscow", "RUS"), "cameo": "190"})
        data = overview(store, OverviewFilter())
        assert {"dyad": "CHN-RUS", "n": 1} in data["dyads"] and {"dyad": "CHN-KAZ", "n": 1} in data["dyads"]
        assert [t["plover"] for t in data["types"] if t["plover"]] == ["ASSAULT", "CONSULT"]
        assert {k: data[k] for k in _recount(store)} == _recount(store)
        review.decide_happening(store, "h-agree", "reject", reviewer="ana", reason="wrong")
        data = overview(store, OverviewFilter())
        assert data["total"] == 3 and data["dyads"] == [{"dyad": "CHN-KAZ", "n": 1}]
        assert {k: data[k] for k in _recount(store)} == _recount(store)
    write_happenings(path, docs)  # a re-fusion replaces every happening
    with Store(path) as store:
        review.refresh_reviewed(store)
        assert {k: v for k, v in overview(store, OverviewFilter()).items() if k in ("total", "dyads")} == \
            {"total": 3, "dyads": [{"dyad": "CHN-KAZ", "n": 1}]}
        assert {k: overview(store, OverviewFilter())[k] for k in _recount(store)} == _recount(store)


def test_every_link_on_the_overview_opens(store_path: tuple[Path, Docs]) -> None:
    with TestClient(create_app(WebConfig(db=str(store_path[0])))) as client:
        for url in ("/", "/?dyad=CHN-KAZ", "/?actor=KAZ&from=2024&to=2024-12", "/?type=AGREE", "/?type=05"):
            page = client.get(url)
            assert page.status_code == 200, url
            assert "<svg" in page.text or url != "/"
            links = {unescape(h) for h in re.findall(r'href="([^"]+)"', page.text) if h.startswith("/")}
            assert any(h.startswith("/timeline?") and "dyad=CHN-KAZ" in h for h in links) or "type=05" in url
            for href in sorted(links):
                assert client.get(href).status_code == 200, (url, href)
        for params in ({"dyad": "CHN-KAZ"}, {"actor": "KAZ", "type": "AGREE"}):
            found = re.search(r'class="total"[^>]*>(\d+) happenings?<', client.get("/", params=params).text)
            with Store(store_path[0]) as store:
                listed = build_timeline(store, dyad=params.get("dyad"), actor=params.get("actor"),
                                        type=params.get("type"))
            assert found and int(found.group(1)) == len(listed) > 0, params


def test_overview_rejects_bad_filters(store_path: tuple[Path, Docs]) -> None:
    with TestClient(create_app(WebConfig(db=str(store_path[0])))) as client:
        for params in ({"dyad": "CHN"}, {"from": "2024-13"}, {"actor": "<b>"}, {"to": "soon"}):
            r = client.get("/", params=params)
            assert r.status_code == 400, params
