"""The breaks the outside probe of 2026-12-03 found in what tidings shows (issue 17): web ingest bodies
that are nested or hold huge numbers (B5), Markdown output with article markup (B6), a Host header with
more than host[:port] (B8), control characters of article text in pages, snippets and Markdown.

The store is made by the real `tidings ingest` from JSON lines holding those characters and markup; the
app is the real one over it (Starlette's test client: same routing, middleware and SQLite).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from markdown_it import MarkdownIt

from tidings.web.app import LOOPBACK_HOSTS, WebConfig, create_app

TIDINGS = str(Path(sys.executable).with_name("tidings"))
CONTROLS = ("China accused Japan of provocation in Beijing on 3 May 2023, \x02a spokesman\x03 said.\x00 "
            "Japan rejected the \x01charge\x1b[31m on 4 May 2023.")
MARKUP = ("Kazakhstan accused Russia of interference <script>window.pwned=1</script> in Astana on 5 May 2023 "
          '<img src=x onerror="window.pwned=2"> [a link](javascript:window.pwned=3), officials said.')


def tidings(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([TIDINGS, *map(str, args)], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "TIDINGS_N_PROCESS": "1"})


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("probe-web")
    lines = folder / "hostile.jsonl"
    lines.write_text(json.dumps({"text": CONTROLS}) + "\n" + json.dumps({"text": MARKUP}) + "\n")
    run = tidings("ingest", "--db", folder / "s.db", lines, "-q")
    assert run.returncode == 0, run.stderr
    return folder / "s.db"


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    config = WebConfig(db=str(store), allow_ingest=True, allowed_hosts=LOOPBACK_HOSTS)
    with TestClient(create_app(config), base_url="http://127.0.0.1:8000") as c:
        yield c


@pytest.mark.parametrize("body", [
    b"[" * 100_000 + b"]" * 100_000,
    b'{"documents": [{"text": "a", "n": ' + b"9" * 50_000 + b"}]}",
    b'{"documents": [{"text": "lone \\ud800 surrogate"}]}',
    b'{"documents": [{"text": "\xff\xfe not UTF-8"}]}',
    b'{"documents": [{"text": "cut',
    b"NaN",
])
def test_b5_a_body_that_cannot_be_read_is_400(client: TestClient, body: bytes) -> None:
    answer = client.post("/api/ingest", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "invalid_parameter"


@pytest.mark.parametrize(("host", "status"), [
    ("127.0.0.1:8000", 200), ("localhost", 200), ("[::1]:8000", 200), ("LOCALHOST:80", 200),
    ("127.0.0.1:80@evil.example", 400), ("evil.example", 400), ("127.0.0.1:80:80", 400),
    ("127.0.0.1 evil.example", 400), ("127.0.0.1/evil", 400), ("127.0.0.1:http", 400), ("", 400),
    ("[::1]evil", 400), ("127.0.0.1:123456", 400), ("127.0.0.1\\@evil.example", 400),
])
def test_b8_host_must_be_exactly_host_and_port(client: TestClient, host: str, status: int) -> None:
    assert client.get("/api/stats", headers={"host": host}).status_code == status


def test_control_characters_never_reach_a_page_raw(client: TestClient) -> None:
    found = client.get("/api/documents", params={"q": "spokesman"}).json()["items"]
    assert len(found) == 1
    doc = client.get(f"/api/documents/{found[0]['id']}").json()
    assert "\x02" in doc["text"] and "\x00" in doc["text"]  # the text keeps what the source said
    snippet = found[0]["snippet"]
    assert snippet.count("\x02") == snippet.count("\x03") == 1  # the one match; the article's own are shown
    assert "\x02spokesman\x03" in snippet and "\u2402a" in snippet
    for url in (f"/documents/{doc['id']}", "/search?q=spokesman", "/search?q=charge", "/events", "/timeline"):
        page = client.get(url)
        assert page.status_code == 200, url
        assert not any(chr(c) in page.text for c in range(32) if c not in (9, 10, 13)), url
    search = client.get("/search", params={"q": "spokesman"}).text
    assert search.count("<mark>") == 1 and "<mark>spokesman</mark>" in search


def test_b6_markdown_escapes_article_text(store: Path) -> None:
    run = tidings("timeline", "--db", store, "--format", "md")
    assert run.returncode == 0, run.stderr
    assert "interference" in run.stdout  # the hostile sentence is in the timeline
    assert not any(chr(c) in run.stdout for c in range(32) if c not in (9, 10))
    html = MarkdownIt("commonmark").render(run.stdout)
    assert "<script" not in html and "<img" not in html and 'href="javascript' not in html
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html  # shown as the text it is
