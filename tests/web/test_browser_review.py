"""The analyst's workspace end to end in a real headless Chromium: overview → dyad → timeline; reject an
event with a reason and correct another's target from their pages; the decisions hold after `tidings
ingest` of another file (which re-fuses the store); and `tidings review export | import` into a store
built afresh from the same files gives the same timeline.

Store: the example corpus plus a handful of pages of the Scrapinghub article-extraction benchmark
(../shared/corpora/scrapinghub_aeb), through the real `tidings ingest`. Run with `pytest tests/web -m browser`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tidings.web.app import WebConfig
from tidings.web.overview import month_bounds

from .conftest import LiveServer
from .test_browser import CHROMIUM, EXAMPLES, FLAGS, shot

ROOT = Path(__file__).resolve().parents[2]
AEB = ROOT.parent / "shared" / "corpora" / "scrapinghub_aeb" / "html"
FIRST_PAGES, LATER_PAGE = slice(0, 4), 4

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: apt-get install -y chromium"),
    pytest.mark.skipif(not AEB.is_dir(), reason="no ../shared/corpora/scrapinghub_aeb"),
]


def tidings(*args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "tidings", *args], capture_output=True, text=True, timeout=600,
                            env={**os.environ, "TIDINGS_REVIEWER": "browser-test"})
    assert result.returncode == 0, result.stderr
    return result


def aeb_pages() -> list[str]:
    return [str(p) for p in sorted(AEB.glob("*.html.gz"))]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("review") / "store.db"
    tidings("ingest", str(EXAMPLES), *aeb_pages()[FIRST_PAGES], "--db", str(path), "--quiet")
    return path


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[LiveServer]:
    with LiveServer(WebConfig(db=str(store), allow_review=True, reviewer="browser-test")) as live:
        yield live


@pytest.fixture(scope="module")
def page(server: LiveServer) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        pg.errors = []
        pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))
        yield pg
        browser.close()


def _single_event_happenings(store: Path, dyad: tuple[str, str]) -> list[sqlite3.Row]:
    """Happenings of the dyad reported by one coded event and placed in one month (so a trend counts them)."""
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(
            "SELECT h.id, h.headline, m.item_id AS event_id, substr(h.date_earliest, 1, 7) AS month "
            "FROM happenings h JOIN happening_mentions m ON m.happening_id = h.id "
            "WHERE h.mentions = 1 AND m.kind = 'event' AND h.mode = 'factual' AND h.quad_class IS NOT NULL "
            "AND {h.source_country, h.target_country} AND substr(h.date_earliest, 1, 7) = "
            "substr(h.date_latest, 1, 7) ORDER BY h.weight DESC, h.id".replace(
                "{h.source_country, h.target_country}",
                "min(h.source_country, h.target_country) = ? AND max(h.source_country, h.target_country) = ?"),
            sorted(dyad)).fetchall()


def _timeline_event_ids(page: Any, server: LiveServer, dyad: str, month: str) -> set[str]:
    """The events cited by the dyad's timeline entries of one month (one page of the day view)."""
    bounds = month_bounds(month)
    page.goto(f"{server.url}/timeline?precision=day&dyad={dyad}&from={bounds['from']}&to={bounds['to']}")
    return {h.rsplit("/", 1)[-1] for h in page.eval_on_selector_all(
        "ul.events a[href^='/events/'], ul.sources a[href^='/events/']", "els => els.map(e => e.getAttribute('href'))")}


def test_overview_dyad_reject_correct_and_they_hold(store: Path, server: LiveServer, page: Any,
                                                   tmp_path: Path) -> None:
    db = str(store)
    # overview → dyad → its timeline
    page.goto(server.url + "/")
    assert page.locator("svg.overview-months rect").count() > 0
    shot(page, "overview")
    dyad_link = page.locator("ol.dyads a.dyad").first
    dyad = dyad_link.text_content().strip()
    dyad_link.click()
    page.wait_for_url(f"**/timeline?*dyad={dyad}*")
    assert page.locator("li.entry").count() > 0
    shot(page, "overview-dyad-timeline")

    candidates = _single_event_happenings(store, tuple(dyad.split("-")))  # type: ignore[arg-type]
    assert len(candidates) >= 2, "the example corpus has several single-report happenings of its top dyad"
    rejected, corrected = candidates[0], candidates[1]
    trend_before = json.loads(tidings("trend", "--dyad", dyad, "--format", "json", "--db", db).stdout)
    assert rejected["event_id"] in _timeline_event_ids(page, server, dyad, rejected["month"])
    assert corrected["event_id"] in _timeline_event_ids(page, server, dyad, corrected["month"])

    # open an event and reject it with a reason
    page.goto(f"{server.url}/events/{rejected['event_id']}")
    page.fill("form.reject input[name=reason]", "a proposal, not a cooperation event")
    page.click("form.reject button")
    page.wait_for_url(f"**/events/{rejected['event_id']}")
    assert "rejected" in page.locator("p.review-status").text_content()
    shot(page, "event-rejected")
    assert rejected["event_id"] not in _timeline_event_ids(page, server, dyad, rejected["month"])
    trend_after = json.loads(tidings("trend", "--dyad", dyad, "--format", "json", "--db", db).stdout)
    month_count = lambda t, m: sum(x["events"] for x in t["months"] if x["month"] == m)  # noqa: E731
    assert month_count(trend_after, rejected["month"]) == month_count(trend_before, rejected["month"]) - 1
    page.goto(f"{server.url}/trend?dyad={dyad}")
    assert page.locator("body").count() == 1
    page.goto(server.url + "/review/rejected")
    item = page.locator(f"#r-{rejected['event_id']}")
    assert "a proposal, not a cooperation event" in item.text_content()
    shot(page, "rejected-list")

    # correct another event's target: its headline and its dyad change
    other = "JPN" if "JPN" not in dyad else "RUS"
    page.goto(f"{server.url}/events/{corrected['event_id']}")
    page.fill("form.correct input[name=target_text]", "Tokyo" if other == "JPN" else "Moscow")
    page.fill("form.correct input[name=target_country]", other)
    page.click("form.correct button")
    page.wait_for_url(f"**/events/{corrected['event_id']}")
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as conn:
        src = conn.execute("SELECT source_country FROM events WHERE id = ?", (corrected["event_id"],)).fetchone()[0]
    new_dyad = f"{src}-{other}"
    bounds = month_bounds(corrected["month"])
    new_timeline = f"{server.url}/timeline?precision=day&dyad={new_dyad}&from={bounds['from']}&to={bounds['to']}"
    page.goto(new_timeline)
    headline = page.locator(f"#h-{corrected['id']} .headline")
    assert headline.text_content().startswith(f"[corrected: {src} → {other} ")
    assert headline.text_content() != corrected["headline"]
    shot(page, "corrected-on-new-dyad-timeline")
    assert corrected["event_id"] not in _timeline_event_ids(page, server, dyad, corrected["month"])

    # another file comes in: `tidings ingest` stores it and re-fuses the whole store
    fused_before = _fusion_signature(store)
    tidings("ingest", aeb_pages()[LATER_PAGE], "--db", db, "--quiet")
    assert _fusion_signature(store) != fused_before  # fusion ran again
    assert rejected["event_id"] not in _timeline_event_ids(page, server, dyad, rejected["month"])
    page.goto(new_timeline)
    assert page.locator(f"#h-{corrected['id']} .headline").text_content().startswith(f"[corrected: {src} → {other} ")
    page.goto(server.url + "/review/rejected")
    assert page.locator(f"#r-{rejected['event_id']}").count() == 1
    assert page.errors == []

    # the decisions move to a store built afresh from the same files, and give the same timeline there
    decisions = tmp_path / "decisions.jsonl"
    tidings("review", "export", "--db", db, "--out", str(decisions))
    fresh = str(tmp_path / "fresh.db")
    tidings("ingest", str(EXAMPLES), *aeb_pages()[FIRST_PAGES], aeb_pages()[LATER_PAGE], "--db", fresh, "--quiet")
    assert tidings("timeline", "--format", "json", "--db", fresh).stdout != \
        tidings("timeline", "--format", "json", "--db", db).stdout
    tidings("review", "import", str(decisions), "--db", fresh)
    assert tidings("timeline", "--format", "json", "--db", fresh).stdout == \
        tidings("timeline", "--format", "json", "--db", db).stdout
    assert httpx.get(server.url + "/api/stats", timeout=30).status_code == 200


def _fusion_signature(store: Path) -> str:
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as conn:
        return str(conn.execute("SELECT value || at FROM fusion_state WHERE key = 'store_signature'").fetchone()[0])


def test_queue_keyboard_confirm_reject_next(store: Path, server: LiveServer, page: Any) -> None:
    page.goto(server.url + "/review")
    first, second = page.eval_on_selector_all("li.queue-item", "els => els.slice(0, 2).map(e => e.dataset.event)")
    assert page.evaluate("document.activeElement.dataset.event") == first  # the first item has the focus
    page.keyboard.press("c")  # confirm it: the queue comes back without it
    page.wait_for_load_state()
    page.wait_for_selector(f"#q-{first}", state="detached")  # no eval: the page's CSP forbids it
    assert page.evaluate("document.activeElement.dataset.event") == second
    page.keyboard.press("j")
    third = page.evaluate("document.activeElement.dataset.event")
    assert third not in (first, second)
    page.keyboard.press("k")
    page.keyboard.press("r")  # reject asks the reason; Enter sends it
    page.keyboard.type("duplicate of a confirmed event")
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#q-{second}", state="detached")
    shot(page, "queue")
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as conn:
        review = dict(conn.execute("SELECT id, review FROM events WHERE id IN (?, ?)", (first, second)).fetchall())
    assert review == {first: "confirmed", second: "rejected"}
    assert page.errors == []
