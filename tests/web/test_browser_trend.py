"""The web trend and timeline over real news pages agree with `tidings trend`, in a real headless Chromium.

The store holds 152 real web pages, ingested once for the module by the real pipeline: 132 news pages of the
Scrapinghub article-extraction benchmark (Nov 2019; the 20 annotated pages of `../shared/gold/realnews`
first, then the others by file name) and the first 20 WCXB article pages (2025 web pages of many kinds).
The test is skipped when the shared folder is not at hand.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tidings.web.app import WebConfig

from .conftest import LiveServer
from .test_browser import CHROMIUM, FLAGS, ROOT

SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "realnews" / "dev.json"
AEB = SHARED / "corpora" / "scrapinghub_aeb" / "html"
WCXB = SHARED / "corpora" / "wcxb" / "dev" / "html"
AEB_PAGES, WCXB_PAGES = 132, 20

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: apt-get install -y chromium"),
    pytest.mark.skipif(not GOLD.exists() or not WCXB.exists(), reason="no ../shared gold/realnews and corpora/wcxb"),
]


@pytest.fixture(scope="module")
def news_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tidings.config import Settings
    from tidings.pipeline import ingest
    from tidings.store import Store

    folder = tmp_path_factory.mktemp("news")
    gold = [SHARED / a["file"] for a in json.loads(GOLD.read_text(encoding="utf-8"))["articles"]]
    aeb = gold + [p for p in sorted(AEB.glob("*.html.gz")) if p not in gold]
    for page in aeb[:AEB_PAGES] + sorted(WCXB.glob("*.html.gz"))[:WCXB_PAGES]:
        name = f"{page.parent.parent.name}-{page.name[:-8][:16]}.html"
        (folder / name).write_bytes(gzip.decompress(page.read_bytes()))
    assert len(list(folder.glob("*.html"))) == AEB_PAGES + WCXB_PAGES
    path = folder / "store.db"
    with Store(path) as store:
        ingest([str(folder)], store, Settings(db=str(path)))
    return path


@pytest.fixture(scope="module")
def server(news_store: Path) -> Iterator[LiveServer]:
    with LiveServer(WebConfig(db=str(news_store))) as live:
        yield live


@pytest.fixture(scope="module")
def page(server: LiveServer) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium.new_page(viewport={"width": 1280, "height": 900})
        chromium.close()


def busiest_dyad(store_path: Path) -> str:
    from tidings.store import Store

    with Store(store_path, readonly=True) as store:
        row = store.query("SELECT source_country || '-' || target_country AS dyad, COUNT(*) AS n FROM happenings "
                          "WHERE layer = 'event' AND quad_class IS NOT NULL AND source_country IS NOT NULL "
                          "AND target_country IS NOT NULL AND source_country != target_country "
                          "GROUP BY 1 ORDER BY n DESC, dyad LIMIT 1")[0]
    return str(row["dyad"])


def cli_trend(store_path: Path, dyad: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-m", "tidings", "trend", "--db", str(store_path), "--dyad", dyad,
                          "--format", "json"], check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out))


def table(pg: Any, selector: str) -> list[list[str]]:
    return [[c.strip() for c in row] for row in pg.eval_on_selector_all(
        f"{selector} tbody tr", "rows => rows.map(r => [...r.querySelectorAll('th, td')].map(c => c.textContent))")]


def test_trend_page_shows_the_cli_trend_most_recent_month_first(server: LiveServer, news_store: Path,
                                                                page: Any) -> None:
    dyad = busiest_dyad(news_store)
    months = cli_trend(news_store, dyad)["months"]
    assert months and sum(m["events"] for m in months) > 0
    page.goto(f"{server.url}/trend?dyad={dyad}")
    rows = table(page, "table.trend-table")
    expected = [[m["month"], str(m["events"]), *(str(m[q]) for q in ("verbal_coop", "material_coop",
                                                                        "verbal_conflict", "material_conflict"))]
                for m in reversed(months)]
    assert [r[:6] for r in rows] == expected
    assert page.locator("svg.chart").count() == 1


def test_timeline_opens_on_the_most_recent_month_and_holds_the_trend(server: LiveServer, news_store: Path,
                                                                     page: Any) -> None:
    from tidings.store import Store

    with Store(news_store, readonly=True) as store:
        now = store.query("SELECT MAX(substr(COALESCE(published, story_date_earliest), 1, 10)) FROM documents")[0][0]
        latest = store.query("SELECT MAX(date_earliest) FROM happenings WHERE layer IN ('event', 'fact') "
                             "AND date_earliest <= ? AND date_note NOT LIKE 'bound%'", (now,))[0][0]
    page.goto(f"{server.url}/timeline")
    periods = [r[0] for r in table(page, "table.buckets")]
    past = [p for p in periods if p <= now[:7]]
    assert periods[0] == latest[:7] and past == sorted(past, reverse=True)
    assert periods[:len(past)] == past  # periods after the newest report (plans, misread dates) come last
    dyad = busiest_dyad(news_store)
    page.goto(f"{server.url}/timeline?dyad={dyad}&precision=month")
    counts = {r[0]: int(r[1]) for r in table(page, "table.buckets")}
    for month in cli_trend(news_store, dyad)["months"]:  # every counted happening is a timeline entry
        assert counts.get(month["month"], 0) >= month["events"]
