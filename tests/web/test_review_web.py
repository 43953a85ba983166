"""Review over HTTP: every write refused (403) without --allow-review, a token, and a same-origin request;
with all three, decisions are written and the pages show them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tidings.records import AnalyzedDocument
from tidings.store import Store, review
from tidings.web.app import WebConfig, create_app

from .storebuild import build_store, write_happenings

Docs = dict[str, AnalyzedDocument]
ORIGIN = "http://testserver"
FORM = {"content-type": "application/x-www-form-urlencoded"}


@pytest.fixture
def store_path(tmp_path: Path) -> tuple[Path, Docs]:
    path = tmp_path / "store.db"
    docs = build_store(path)
    write_happenings(path, docs)
    return path, docs


def _client(path: Path, allow: bool) -> TestClient:
    return TestClient(create_app(WebConfig(db=str(path), allow_review=allow, reviewer="web-analyst")),
                      follow_redirects=False)


@pytest.fixture
def open_client(store_path: tuple[Path, Docs]) -> Iterator[TestClient]:
    with _client(store_path[0], True) as c:
        yield c


def _token(client: TestClient, page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(page).text)
    assert found, "the page has no review form"
    return found.group(1)


def _writes(event_id: str) -> list[tuple[str, str]]:
    return [(f"/review/events/{event_id}", "confirm"), (f"/review/events/{event_id}", "reject"),
            (f"/review/events/{event_id}", "correct"), ("/review/happenings/h-agree", "confirm"),
            ("/review/happenings/h-agree", "reject"), ("/review/happenings/h-agree", "correct"),
            ("/review/happenings/h-agree", "merge"), ("/review/happenings/h-agree", "split")]


def test_every_write_is_403_without_allow_review(store_path: tuple[Path, Docs]) -> None:
    path, docs = store_path
    event = docs["meeting"].events[0]
    with _client(path, False) as client:
        page = client.get(f"/events/{event.id}").text
        assert 'name="csrf"' not in page and "--allow-review" in page
        for url, action in _writes(event.id):
            body = f"action={action}&reason=x&type=042&other=h-trade&member={event.id}&csrf=anything"
            r = client.post(url, content=body, headers={**FORM, "origin": ORIGIN})
            assert r.status_code == 403, (url, action)
            assert r.json()["error"]["code"] == "forbidden" if r.headers["content-type"].startswith(
                "application/json") else "forbidden" in r.text
    with Store(path) as store:
        assert review.decisions(store) == []


def test_cross_origin_or_tokenless_posts_are_refused(open_client: TestClient, store_path: tuple[Path, Docs]) -> None:
    path, docs = store_path
    event = docs["meeting"].events[0]
    token = _token(open_client, f"/events/{event.id}")
    url = f"/review/events/{event.id}"
    body = f"action=confirm&csrf={token}"
    refused = [
        {**FORM, "origin": "http://evil.example"},
        {**FORM, "origin": "http://testserver.evil.example"},
        {**FORM, "referer": "http://evil.example/page"},
        {**FORM},  # neither Origin nor Referer
        {**FORM, "origin": ORIGIN, "sec-fetch-site": "cross-site"},
        {**FORM, "origin": "null", "sec-fetch-site": "same-site"},
        {**FORM, "origin": "null"},
    ]
    for headers in refused:
        assert open_client.post(url, content=body, headers=headers).status_code == 403, headers
    for bad in ("action=confirm", "action=confirm&csrf=wrong"):
        assert open_client.post(url, content=bad, headers={**FORM, "origin": ORIGIN}).status_code == 403
    with Store(path) as store:
        assert review.decisions(store) == []
    r = open_client.post(url, content=body, headers={**FORM, "origin": ORIGIN})
    assert r.status_code == 303 and r.headers["location"] == url.replace("/review", "")
    r = open_client.post(url, content=body, headers={**FORM, "origin": "null", "sec-fetch-site": "same-origin"})
    assert r.status_code == 303  # what Chromium sends from our pages (they carry no referrer)
    with Store(path) as store:
        [d, _] = review.decisions(store)
        assert (d.action, d.reviewer, d.item_id) == ("confirm", "web-analyst", event.id)


def test_reject_and_correct_from_the_pages(open_client: TestClient, store_path: tuple[Path, Docs]) -> None:
    _, docs = store_path
    tourism, meeting = docs["tourism"].events[0], docs["meeting"].events[0]
    token = _token(open_client, f"/events/{tourism.id}")
    headers = {**FORM, "origin": ORIGIN}
    r = open_client.post(f"/review/events/{meeting.id}", content=f"action=reject&csrf={token}", headers=headers)
    assert r.status_code == 400 and "reason" in r.text  # a rejection needs its reason
    r = open_client.post(f"/review/events/{meeting.id}", headers=headers,
                         content=f"action=reject&reason=not+a+meeting+%3Cb%3E&csrf={token}")
    assert r.status_code == 303
    assert "not a meeting &lt;b&gt;" in open_client.get("/review/rejected").text
    assert "rejected" in open_client.get(f"/events/{meeting.id}").text
    r = open_client.post("/review/happenings/h-agree", headers=headers,
                         content=f"action=correct&target_text=Moscow&target_country=rus&csrf={token}")
    assert r.status_code == 303 and r.headers["location"] == "/happenings/h-agree"
    page = open_client.get("/happenings/h-agree").text
    assert "CHN → RUS" in page and "[corrected: CHN → RUS AGREE]" in page
    entries = open_client.get("/api/timeline", params={"dyad": "CHN-RUS"}).json()
    assert [e["id"] for e in entries.get("items", entries.get("entries", []))] == ["h-agree"]
    r = open_client.post(f"/review/events/{tourism.id}", headers=headers,
                         content=f"action=correct&type=999&csrf={token}")
    assert r.status_code == 400 and "CAMEO" in r.text
    r = open_client.post("/review/happenings/h-nope", headers=headers, content=f"action=confirm&csrf={token}")
    assert r.status_code == 404


def test_review_pages_read_only(store_path: tuple[Path, Docs]) -> None:
    path, docs = store_path
    with _client(path, False) as client:
        for page in ("/review", "/review/rejected", "/happenings/h-agree", f"/events/{docs['meeting'].events[0].id}"):
            r = client.get(page)
            assert r.status_code == 200 and "<form method=\"post\"" not in r.text, page
        assert client.get("/happenings/h-missing").status_code == 404


def test_split_and_merge_from_the_happening_page(open_client: TestClient, store_path: tuple[Path, Docs]) -> None:
    _, docs = store_path
    copy = docs["duplicate"].events[0]
    page = open_client.get("/happenings/h-agree").text
    assert 'value="split"' in page and 'value="merge"' in page
    token = _token(open_client, "/happenings/h-agree")
    headers = {**FORM, "origin": ORIGIN}
    r = open_client.post("/review/happenings/h-agree", headers=headers,
                         content=f"action=split&member={copy.id}&csrf={token}")
    assert r.status_code == 303 and r.headers["location"] == "/happenings/h-agree"
    assert copy.id not in open_client.get("/happenings/h-agree").text
    r = open_client.post("/review/happenings/h-agree", headers=headers,
                         content=f"action=merge&other=h-trade&csrf={token}")
    assert r.status_code == 303
    merged = open_client.get(r.headers["location"]).text
    assert "Members (2)" in merged
    r = open_client.post(f"/review/events/{copy.id}", headers=headers, content=f"action=merge&csrf={token}")
    assert r.status_code == 400
