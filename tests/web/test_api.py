"""The JSON API over a hand-built store: every endpoint, its filters, paging and the error shape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tidings.records import AnalyzedDocument
from tidings.web.app import WebConfig, create_app

Docs = dict[str, AnalyzedDocument]


def assert_error(body: dict[str, Any], status: int, code: str) -> None:
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "field"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert body["error"]["message"]


def ids(page: dict[str, Any]) -> set[str]:
    return {item["id"] for item in page["items"]}


# -- documents ---------------------------------------------------------------------------------------


def test_search_finds_words_and_phrases(client: TestClient, docs: Docs) -> None:
    page = client.get("/api/documents", params={"q": "congratulatory"}).json()
    assert ids(page) == {docs["tourism"].document.id, docs["duplicate"].document.id}
    assert "\x02" in page["items"][0]["snippet"]  # match markers, turned into <mark> by the page
    phrase = client.get("/api/documents", params={"q": '"Vice Premier"'}).json()
    assert ids(phrase) == {docs["meeting"].document.id}
    assert client.get("/api/documents", params={"q": '"Premier Vice"'}).json()["items"] == []


def test_search_survives_fts_syntax(client: TestClient) -> None:
    for q in ['"unbalanced', "AND OR NOT", "near(", "*", "a:b", "x^y -z", "((("]:
        r = client.get("/api/documents", params={"q": q})
        assert r.status_code == 200, q


@pytest.mark.parametrize(("params", "expected"), [
    ({"source": "tass"}, {"meeting"}),
    ({"dyad": "KAZ-CHN"}, {"tourism", "duplicate", "meeting"}),
    ({"actor": "Q15031"}, {"tourism", "duplicate"}),
    ({"cameo": "04"}, {"tourism", "duplicate"}),
    ({"plover": "consult"}, {"tourism", "duplicate"}),
    ({"from": "2023-05", "to": "2023-05"}, {"hostile"}),
    ({"from": "2024"}, {"tourism", "duplicate", "meeting"}),
])
def test_document_filters(client: TestClient, docs: Docs, params: dict[str, str], expected: set[str]) -> None:
    page = client.get("/api/documents", params=params).json()
    assert ids(page) == {docs[k].document.id for k in expected}


def test_document_detail(client: TestClient, docs: Docs) -> None:
    doc = docs["tourism"].document
    body = client.get(f"/api/documents/{doc.id}").json()
    assert body["text"] == doc.text
    assert [r["reason"] for r in body["removed"]] == ["nav-bullet", "share-line"]
    assert {a["name"] for a in body["actors"]} == {"Xi Jinping", "Kassym-Jomart Tokayev"}
    assert len(body["events"]) == 2 and len(body["facts"]) == 1 and len(body["timexes"]) == 3
    assert [d["id"] for d in body["duplicates"]] == [docs["duplicate"].document.id]
    for ev in body["events"]:
        m = ev["mentions"][0]
        assert doc.text[m["start"]:m["end"]] == m["sentence"]


def test_paging(client: TestClient) -> None:
    first = client.get("/api/documents", params={"limit": 2}).json()
    second = client.get("/api/documents", params={"limit": 2, "offset": first["next_offset"]}).json()
    assert first["total"] == 4 and first["total_exact"] and first["next_offset"] == 2
    assert len(first["items"]) == 2 and len(second["items"]) == 2 and second["next_offset"] is None
    assert not ids(first) & ids(second)


# -- events ------------------------------------------------------------------------------------------


def test_events_filters(client: TestClient, docs: Docs) -> None:
    everything = client.get("/api/events").json()
    assert everything["total"] == 7
    assert {e["mode"] for e in client.get("/api/events", params={"mode": "negated"}).json()["items"]} == {"negated"}
    cameo = client.get("/api/events", params={"cameo": "05"}).json()["items"]
    assert {e["cameo"] for e in cameo} == {"051"} and len(cameo) == 3
    dyad = client.get("/api/events", params={"dyad": "CHN-KAZ"}).json()["items"]
    assert all({e["source"]["country"], e["target"]["country"]} == {"CHN", "KAZ"} for e in dyad)
    one_doc = client.get("/api/events", params={"doc_id": docs["meeting"].document.id}).json()["items"]
    assert {e["doc_id"] for e in one_doc} == {docs["meeting"].document.id}
    july = client.get("/api/events", params={"from": "2024-07", "to": "2024-07"}).json()["items"]
    assert {e["date"] for e in july} == {"2024-07"}


def test_events_order_and_paging(client: TestClient) -> None:
    newest = client.get("/api/events", params={"limit": 3}).json()
    oldest = client.get("/api/events", params={"limit": 3, "order": "oldest"}).json()
    assert newest["items"][0]["date"] == "2024-07" and oldest["items"][0]["date"] == "2023-05-05"
    rest = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert not ids(newest) & ids(rest)


def test_event_detail_has_evidence_and_other_mentions(client: TestClient, docs: Docs) -> None:
    event = docs["tourism"].events[0]
    body = client.get(f"/api/events/{event.id}").json()
    assert body["cameo"] == "051" and body["cameo_name"]
    assert body["source"]["name"] == "Xi Jinping" and body["target"]["country"] == "KAZ"
    text = docs["tourism"].document.text
    first = body["mentions"][0]
    assert text[first["start"]:first["end"]] == first["sentence"] and first["doc_id"] == event.doc_id
    # the copy of the article reports the same happening: it is a second mention
    assert {m["doc_id"] for m in body["mentions"]} == {event.doc_id, docs["duplicate"].document.id}


# -- timeline, facts, actors, trend, stats ------------------------------------------------------------


def cli_entries(path: Path, **options: Any) -> list[dict[str, Any]]:
    """What `tidings timeline --format json` prints for these options."""
    from tidings.store import Store
    from tidings.views.timeline import build_timeline

    with Store(path, readonly=True) as store:
        return [e.as_json() for e in build_timeline(store, **options)]


def web_entries(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    """The API's entries without the two keys the web adds to each source (document title, outlet)."""
    items = client.get("/api/timeline", params={"limit": 500, **params}).json()["items"]
    for item in items:
        for source in item["sources"]:
            source.pop("title")
            source.pop("outlet")
    return list(items)


TIMELINE_OPTIONS = [
    ({}, {}),
    ({"actor": "kaz"}, {"actor": "kaz"}),
    ({"dyad": "KAZ-CHN"}, {"dyad": "KAZ-CHN"}),
    ({"from": "2024-01-01", "to": "2024-03-31"}, {"date_from": "2024-01-01", "date_to": "2024-03-31"}),
    ({"from": "2024-03"}, {"date_from": "2024-03-01"}),
    ({"type": "AGREE"}, {"type": "AGREE"}),
    ({"type": "05"}, {"type": "05"}),
    ({"type": "fact"}, {"type": "fact"}),
    ({"q": "Kazakhstan reached"}, {"query": "Kazakhstan reached"}),
    ({"q": "congratulatory"}, {"query": "congratulatory"}),
    ({"min_sources": 2}, {"min_sources": 2}),
]


@pytest.mark.parametrize(("params", "options"), TIMELINE_OPTIONS)
def test_fused_timeline_is_the_cli_timeline(fused_client: TestClient, fused: tuple[Path, Docs],
                                            params: dict[str, Any], options: dict[str, Any]) -> None:
    """Same entries, same order, same JSON as `tidings timeline`, though read page by page in SQL."""
    assert web_entries(fused_client, **params) == cli_entries(fused[0], **options)


@pytest.mark.parametrize(("params", "options"), TIMELINE_OPTIONS[:4])
def test_unfused_timeline_is_the_cli_preview(client: TestClient, built: tuple[Path, Docs],
                                             params: dict[str, Any], options: dict[str, Any]) -> None:
    assert web_entries(client, **params) == cli_entries(built[0], **options)


def test_fused_timeline_entries(fused_client: TestClient, fused: tuple[Path, Docs]) -> None:
    docs = fused[1]
    day = fused_client.get("/api/timeline").json()["items"]
    # by earliest day, the wider period first; bounded happenings are never shown, negated ones are marked
    assert [e["id"] for e in day] == ["h-trade", "h-year", "h-agree", "h-negated"]
    assert day[3]["mode"] == "negated"
    agree = day[2]
    assert {s["doc_id"] for s in agree["sources"]} == {docs["tourism"].document.id, docs["duplicate"].document.id}
    assert {s["outlet"] for s in agree["sources"]} == {"Xinhua", "Kazinform"}
    assert [e["cameo"] for e in agree["events"]] == ["051", "051"]
    assert fused_client.get("/api/timeline", params={"source": "TASS"}).json()["items"] == []
    by_outlet = fused_client.get("/api/timeline", params={"source": "kazinform"}).json()["items"]
    assert [e["id"] for e in by_outlet] == ["h-agree"]


def test_fused_timeline_buckets(fused_client: TestClient) -> None:
    years = fused_client.get("/api/timeline", params={"precision": "year"}).json()["buckets"]
    assert [(b["period"], b["count"], b["by_quad"]["0"], b["by_quad"]["1"]) for b in years] == [
        ("2023", 1, 1, 0), ("2024", 3, 1, 2)]
    assert years[1]["goldstein_mean"] == 2.65 and years[0]["goldstein_mean"] is None
    months = fused_client.get("/api/timeline", params={"precision": "month", "from": "2024"}).json()["buckets"]
    assert [(b["period"], b["count"], b["from"], b["to"]) for b in months] == [
        ("2024-01", 1, "2024-01-01", "2024-01-31"), ("2024-03", 2, "2024-03-01", "2024-03-31")]
    # a filter other than dates counts from `happenings` instead of `timeline_days`: the same numbers
    dyad = fused_client.get("/api/timeline", params={"precision": "year", "dyad": "CHN-KAZ"}).json()["buckets"]
    assert [(b["period"], b["count"]) for b in dyad] == [("2023", 1), ("2024", 3)]
    agree = fused_client.get("/api/timeline", params={"precision": "year", "type": "AGREE"}).json()["buckets"]
    assert [(b["period"], b["count"]) for b in agree] == [("2024", 1)]


def test_timeline_buckets_add_up_to_entries(client: TestClient) -> None:
    entries = client.get("/api/timeline", params={"limit": 500}).json()["items"]
    years = client.get("/api/timeline", params={"precision": "year"}).json()["buckets"]
    assert sum(b["count"] for b in years) == len(entries) > 0
    assert sum(sum(b["by_quad"].values()) for b in years) == len(entries)


def test_timeline_paging(fused_client: TestClient) -> None:
    page1 = fused_client.get("/api/timeline", params={"limit": 2}).json()
    page2 = fused_client.get("/api/timeline", params={"limit": 2, "offset": 2}).json()
    assert page1["next_offset"] == 2 and page2["next_offset"] is None
    assert [e["id"] for e in page1["items"] + page2["items"]] == ["h-trade", "h-year", "h-agree", "h-negated"]


def test_event_in_a_happening(fused_client: TestClient, fused: tuple[Path, Docs]) -> None:
    docs = fused[1]
    event = fused_client.get(f"/api/events/{docs['tourism'].events[0].id}").json()
    assert event["happening"]["id"] == "h-agree" and len(event["mentions"]) == 2
    assert event["mentions"][1]["event_id"] == docs["duplicate"].events[0].id
    doc = fused_client.get(f"/api/documents/{docs['duplicate'].document.id}").json()
    assert doc["fusion"]["duplicate_of"] == docs["tourism"].document.id
    assert [c["id"] for c in doc["clusters"]] == [docs["tourism"].document.id]
    original = fused_client.get(f"/api/documents/{docs['tourism'].document.id}").json()
    assert [c["id"] for c in original["fusion"]["copies"]] == [docs["duplicate"].document.id]


def test_facts(client: TestClient, docs: Docs) -> None:
    page = client.get("/api/facts", params={"actor": "KAZ", "from": "2023", "to": "2023"}).json()
    assert [f["what"] for f in page["items"]] == ["trade", "trade"]
    fact = page["items"][0]
    assert fact["actors"] == ["CHN", "KAZ"] and fact["value"] == 41e9 and fact["change_pct"] == 32.0
    assert client.get("/api/facts", params={"what": "inflation"}).json()["items"] == []
    one = client.get("/api/facts", params={"doc_id": docs["tourism"].document.id}).json()["items"]
    assert len(one) == 1 and one[0]["doc_id"] == docs["tourism"].document.id


def test_actors(client: TestClient) -> None:
    listing = client.get("/api/actors").json()
    assert {"Q2714", "Q15031", "KAZ"} <= ids_of_actors(listing)
    assert ids_of_actors(client.get("/api/actors", params={"q": "Tokayev"}).json()) == {"Q2714"}
    tok = client.get("/api/actors/Q2714").json()
    assert [r["role"] for r in tok["roles"]] == ["President"]
    assert tok["roles"][0]["first"] == "2024-03-29"
    assert tok["as_target"]["total"] == 2 and tok["as_source"]["total"] == 2  # the report and its copy
    kaz = client.get("/api/actors/KAZ").json()
    assert kaz["kind"] == "country" and kaz["as_source"]["total"] >= 3


def ids_of_actors(page: dict[str, Any]) -> set[str]:
    return {a["key"] for a in page["items"]}


def test_trend(client: TestClient) -> None:
    body = client.get("/api/trend", params={"dyad": "CHN-KAZ"}).json()
    assert body["months"] == [{"month": "2024-03", "events": 3, "by_quad": {"1": 3, "2": 0, "3": 0, "4": 0},
                               "goldstein_mean": 3.4}]
    future = client.get("/api/trend", params={"dyad": "CHN-KAZ", "mode": "future"}).json()["months"]
    assert [m["month"] for m in future] == ["2024-07"]


def test_stats(client: TestClient) -> None:
    body = client.get("/api/stats").json()
    assert body["counts"]["documents"] == 4 and body["counts"]["events"] == 7 and body["schema_version"] >= 1


# -- errors ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "status", "code", "field"), [
    ("/api/documents/nope", 404, "not_found", "doc_id"),
    ("/api/events/nope", 404, "not_found", "event_id"),
    ("/api/actors/nobody-at-all", 404, "not_found", "key"),
    ("/api/nothing", 404, "not_found", None),
    ("/api/events?from=2024-13", 400, "invalid_parameter", "from"),
    ("/api/events?from=2024-05&to=2024-01", 400, "invalid_parameter", "from"),
    ("/api/events?dyad=CHINA", 400, "invalid_parameter", "dyad"),
    ("/api/events?cameo=abc", 400, "invalid_parameter", "cameo"),
    ("/api/events?mode=maybe", 400, "invalid_parameter", "mode"),
    ("/api/events?limit=0", 400, "invalid_parameter", "limit"),
    ("/api/events?limit=100000", 400, "invalid_parameter", "limit"),
    ("/api/events?offset=-1", 400, "invalid_parameter", "offset"),
    ("/api/timeline?precision=week", 400, "invalid_parameter", "precision"),
    ("/api/timeline?min_sources=-1", 400, "invalid_parameter", "min_sources"),
    ("/api/trend", 400, "invalid_parameter", "dyad"),
    ("/api/documents?sort=random", 400, "invalid_parameter", "sort"),
])
def test_error_shape(client: TestClient, url: str, status: int, code: str, field: str | None) -> None:
    r = client.get(url)
    assert r.status_code == status
    assert_error(r.json(), status, code)
    assert r.json()["error"]["field"] == field


def test_method_not_allowed_and_readonly_ingest(client: TestClient) -> None:
    r = client.delete("/api/events")
    assert_error(r.json(), 405, "method_not_allowed")
    r = client.post("/api/ingest", json={"documents": [{"text": "x"}]})
    assert r.status_code == 403
    assert_error(r.json(), 403, "forbidden")


def test_unexpected_failure_keeps_the_shape(built: tuple[Path, Docs], tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(built[0].read_bytes())
    app = create_app(WebConfig(db=str(broken)))
    broken.write_bytes(b"this is not a database" * 100)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/stats")
    assert r.status_code in (500, 503)
    assert_error(r.json(), r.status_code, "internal_error" if r.status_code == 500 else "store_unavailable")


def test_host_check(built: tuple[Path, Docs]) -> None:
    app = create_app(WebConfig(db=str(built[0]), allowed_hosts=("127.0.0.1", "localhost")))
    with TestClient(app, base_url="http://evil.example") as c:
        r = c.get("/api/stats")
    assert_error(r.json(), 400, "bad_host")
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/stats").status_code == 200


def test_missing_store_is_a_coded_error(tmp_path: Path) -> None:
    from tidings.errors import TidingsError

    with pytest.raises(TidingsError, match="T304"):
        create_app(WebConfig(db=str(tmp_path / "none.db")))


# -- headers and OpenAPI -----------------------------------------------------------------------------


def test_security_headers_everywhere(client: TestClient) -> None:
    for url in ("/search", "/api/stats", "/static/style.css", "/api/nothing", "/openapi.json"):
        headers = client.get(url).headers
        assert "default-src 'self'" in headers["content-security-policy"], url
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_openapi_is_valid_and_documents_every_endpoint(client: TestClient) -> None:
    from openapi_spec_validator import validate

    spec = client.get("/openapi.json").json()
    validate(spec)
    paths = set(spec["paths"])
    assert {"/api/documents", "/api/documents/{doc_id}", "/api/events", "/api/events/{event_id}", "/api/timeline",
            "/api/facts", "/api/actors", "/api/actors/{key}", "/api/trend", "/api/stats", "/api/ingest"} <= paths
    assert not any(p.startswith(("/search", "/timeline", "/documents")) for p in paths)  # pages stay out
    for path, ops in spec["paths"].items():
        for op in ops.values():
            assert "4XX" in op["responses"] and "422" not in op["responses"], path
    schemas = spec["components"]["schemas"]
    assert set(schemas["ErrorDetail"]["properties"]) == {"status", "code", "message", "field"}
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "dyad", "cameo", "plover", "from", "to", "source", "mode", "limit", "offset"} <= params
