"""The web workspace in a real headless Chromium, over the example corpus ingested by the real pipeline.

Run with `pytest tests/web -m browser`. Screenshots go to test-artifacts/web/. Needs Debian's
`chromium` at /usr/bin/chromium (Playwright drives it; `playwright install` is never needed).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tidings.web.app import WebConfig

from .conftest import LiveServer

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "china-kazakhstan"
ARTIFACTS = ROOT / "test-artifacts" / "web"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = (
    "Astana talks: officials say progress was made\n\n"
    "Officials in Astana said <script>window.pwned = 1; alert('pwned')</script> the talks on transit went well.\n\n"
    'A caption read <img src="x" onerror="window.pwned = 2"> and <svg onload="window.pwned = 3"></svg> '
    "and <a href=\"javascript:window.pwned=4\">a link</a>, reported on 5 May 2023.\n"
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: apt-get install -y chromium"),
]


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example corpus plus one hostile article, through `tidings ingest`'s own pipeline."""
    from tidings.config import Settings
    from tidings.pipeline import ingest
    from tidings.store import Store

    folder = tmp_path_factory.mktemp("corpus")
    (folder / "hostile-page.txt").write_text(HOSTILE, encoding="utf-8")
    path = folder / "store.db"
    with Store(path) as store:
        summary = ingest([str(EXAMPLES), str(folder / "hostile-page.txt")], store, Settings(db=str(path)))
    assert summary.failed == 0 and summary.new == 6
    return path


@pytest.fixture(scope="module")
def server(corpus_store: Path) -> Iterator[LiveServer]:
    with LiveServer(WebConfig(db=str(corpus_store))) as live:
        yield live


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that records console errors (CSP violations show there) and refuses dialogs."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.errors = []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.errors.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    context.close()


def shot(pg: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def api(server: LiveServer, path: str, **params: Any) -> Any:
    return httpx.get(server.url + path, params=params, timeout=30).json()


def test_every_page_opens(server: LiveServer, page: Any) -> None:
    event = api(server, "/api/events", dyad="CHN-KAZ", limit=1)["items"][0]
    urls = {
        "search": "/search", "search-results": "/search?q=Tokayev", "timeline-years": "/timeline?precision=year",
        "timeline-months": "/timeline?precision=month", "timeline-days": "/timeline?precision=day",
        "events": "/events", "event": f"/events/{event['id']}", "document": f"/documents/{event['doc_id']}",
        "actors": "/actors", "actor": "/actors/KAZ", "trend": "/trend?dyad=CHN-KAZ",
    }
    for name, url in urls.items():
        response = page.goto(server.url + url)
        assert response.status == 200, url
        assert page.locator("h1").count() == 1, url
        shot(page, name)
    assert page.locator("svg.chart rect").count() > 0
    assert page.errors == []


def test_timeline_entry_to_event_to_document(server: LiveServer, page: Any) -> None:
    page.goto(server.url + "/timeline?precision=day")
    entry = page.locator("li.entry details", has=page.locator("ul.events a[href^='/events/']")).first
    entry.locator("summary").click()
    assert entry.get_attribute("open") is not None
    shot(page, "timeline-entry-open")
    link = entry.locator("ul.events a[href^='/events/']").first
    event_id = link.get_attribute("href").rsplit("/", 1)[-1]
    link.click()
    page.wait_for_url(f"**/events/{event_id}")
    for field in ("Source", "Action", "Target", "Date", "Mode", "Goldstein", "Quad class"):
        assert page.locator("dl.facts dt", has_text=field).count() == 1
    event = api(server, f"/api/events/{event_id}")
    mark = page.locator("mark.evidence").first
    start, end = int(mark.get_attribute("data-start")), int(mark.get_attribute("data-end"))
    assert (start, end) == (event["mentions"][0]["start"], event["mentions"][0]["end"])
    assert mark.text_content() == event["mentions"][0]["sentence"]
    shot(page, "event")
    page.locator("a.to-document").first.click()
    page.wait_for_url(f"**/documents/{event['mentions'][0]['doc_id']}#s-{start}-{end}")
    text = api(server, f"/api/documents/{event['mentions'][0]['doc_id']}")["text"]
    where = page.evaluate(
        """([id]) => {
            const root = document.getElementById("doctext"), mark = document.getElementById(id);
            const before = document.createRange();
            before.setStart(root, 0); before.setEnd(mark, 0);
            return {offset: before.toString().length, length: mark.textContent.length,
                    text: mark.textContent, all: root.textContent, target: mark.matches(":target")};
        }""", [f"s-{start}-{end}"])
    assert where["all"] == text  # the page shows exactly the stored text
    assert (where["offset"], where["offset"] + where["length"]) == (start, end)
    assert where["text"] == text[start:end] and where["target"]
    shot(page, "document-evidence")
    assert page.errors == []


def test_search(server: LiveServer, page: Any) -> None:
    page.goto(server.url + "/search")
    page.fill("input[name=q]", "tourism Tokayev")
    page.click("form.search button[type=submit]")
    page.wait_for_url("**/search?q=tourism+Tokayev**")
    results = page.locator("ol.results > li")
    assert results.count() >= 1
    assert page.locator("ol.results mark").count() >= 1
    shot(page, "search-results")
    page.fill("input[name=dyad]", "CHN-KAZ")
    page.click("form.search button[type=submit]")
    page.wait_for_url("**dyad=CHN-KAZ**")  # count the new page's results, not the old page's while it unloads
    assert page.locator("ol.results > li").count() >= 1
    results.first.locator("a.title").click()
    page.wait_for_url("**/documents/*")
    assert page.locator("#doctext").count() == 1
    page.goto(server.url + "/search?q=nosuchwordanywhere")
    assert page.locator("p.empty").count() == 1
    assert page.errors == []


def test_annotation_layers_toggle(server: LiveServer, page: Any) -> None:
    doc = api(server, "/api/events", dyad="CHN-KAZ", limit=1)["items"][0]["doc_id"]
    page.goto(server.url + f"/documents/{doc}")
    layers = page.locator("fieldset.layers")
    assert layers.is_visible()  # app.js shows it: scripts from /static run under the CSP
    page.locator("input[data-layer=actor]").uncheck()
    assert "hide-actor" in page.locator("#doctext").get_attribute("class")
    page.locator("details.removed summary").click()
    shot(page, "document-removed-boilerplate")
    assert page.errors == []


def test_hostile_article_runs_nothing(server: LiveServer, page: Any) -> None:
    found = api(server, "/api/documents", q="caption")["items"]
    assert len(found) == 1
    doc = api(server, f"/api/documents/{found[0]['id']}")
    assert "<script>" in doc["text"] and "onerror=" in doc["text"]  # the cleaner kept the markup as text
    page.goto(server.url + f"/documents/{doc['id']}")
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("#doctext script, #doctext img, #doctext svg, #doctext a[href^='javascript']").count() == 0
    assert page.locator("#doctext").text_content() == doc["text"]
    shot(page, "hostile-document")
    page.goto(server.url + "/search?q=caption")
    page.goto(server.url + "/events?from=2023-05&to=2023-05")
    page.goto(server.url + "/timeline?precision=day&from=2023")
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert not any("dialog" in e for e in page.errors)
    assert page.errors == []


def test_csp_blocks_injected_inline_script(server: LiveServer, page: Any) -> None:
    """Even markup that got into the page would not run: the CSP refuses inline script."""
    page.goto(server.url + "/search")
    page.evaluate("""() => { const s = document.createElement('div');
        s.innerHTML = '<img src=x onerror="window.pwned=5">'; document.body.appendChild(s); }""")
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert any("Content Security Policy" in e for e in page.errors)
