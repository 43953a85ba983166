"""The exports of the hostile corpus run no script in Chromium (issue 17, B6).

The markup family of the hostile corpus (`hostile.XSS`: `<script>`, `onerror=`, `onload=`, `ontoggle=`,
`javascript:` links and images, in HTML and in Markdown syntax) and its control characters go through
the real `tidings ingest` with the example corpus; then `tidings timeline` writes the Markdown, HTML
and TimelineJS exports. Each is opened in a real headless Chromium as a reader would meet it, from a
file (no Content-Security-Policy to help): the Markdown rendered to HTML by a CommonMark renderer that
passes raw HTML through (markdown-it's "commonmark" preset), the HTML as written, the TimelineJS JSON
through a page that sets each slide's headline and text as HTML, as TimelineJS does. No payload may run
(`window.pwned` stays undefined, no dialog), and each payload must be in the export, as text.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt

from .hostile import Corpus, probe_breaks

CHROMIUM = Path("/usr/bin/chromium")
TIDINGS = str(Path(sys.executable).with_name("tidings"))
EXAMPLES = Path(__file__).parents[2] / "examples" / "china-kazakhstan"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
TIMELINEJS_PAGE = """<!doctype html><html><body><div id="slides"></div><script>
const data = %s;
const slides = document.getElementById("slides");
for (const e of [data.title, ...data.events]) {
  const d = document.createElement("div");
  d.innerHTML = "<h2>" + e.text.headline + "</h2><p>" + e.text.text + "</p>";
  slides.appendChild(d);
}
</script></body></html>"""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: apt-get install -y chromium"),
]


def tidings(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([TIDINGS, *map(str, args)], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "TIDINGS_N_PROCESS": "1"})


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("exports")
    corpus = Corpus(root / "corpus")
    probe_breaks(corpus)
    shutil.copytree(EXAMPLES, root / "corpus" / "examples")
    db = root / "s.db"
    run = tidings("ingest", "--db", db, root / "corpus", "-q")
    assert run.returncode == 1, run.stderr  # the probe's bad inputs fail, the rest is stored
    out = {}
    for fmt in ("md", "html", "timelinejs"):
        run = tidings("timeline", "--db", db, "--format", fmt)
        assert run.returncode == 0, run.stderr
        out[fmt] = run.stdout
    files = {"md": root / "timeline-md.html", "html": root / "timeline.html", "timelinejs": root / "timelinejs.html"}
    files["md"].write_text(MarkdownIt("commonmark").render(out["md"]), encoding="utf-8")
    files["html"].write_text(out["html"], encoding="utf-8")
    files["timelinejs"].write_text(TIMELINEJS_PAGE % json.dumps(json.loads(out["timelinejs"])), encoding="utf-8")
    for fmt, text in out.items():
        assert text.count("pwned") >= 4, fmt  # the payloads reached the export (as text)
    return {**files, "db": db}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


def test_a_broken_fragment_throws_nothing(browser: Any, exports: dict[str, Path]) -> None:
    """app.js decodes the fragment to open a timeline entry: `#%E0%A4%A` is no valid percent-encoding."""
    from tidings.web.app import WebConfig
    from web.conftest import LiveServer

    with LiveServer(WebConfig(db=str(exports["db"]))) as live:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        for fragment in ("#%E0%A4%A", "#%", "#entry-%ZZ"):
            page.goto(f"{live.url}/timeline?precision=day{fragment}")
            page.wait_for_timeout(200)
        page.close()
    assert errors == []


@pytest.mark.parametrize("fmt", ["md", "html", "timelinejs"])
def test_no_payload_runs_in_an_export(browser: Any, exports: dict[str, Path], fmt: str) -> None:
    page = browser.new_page()
    events: list[str] = []
    page.on("dialog", lambda d: (events.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: events.append(str(e)))
    page.goto(exports[fmt].as_uri())
    page.wait_for_timeout(500)
    page.evaluate("() => document.querySelectorAll('details').forEach(d => { d.open = true; })")
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.pwned") == "undefined", fmt
    assert events == [], events
    assert page.locator("body img, body svg, body iframe, a[href^='javascript']").count() == 0
    if fmt != "timelinejs":  # our own harness script is the only script of that page
        assert page.locator("script").count() == 0
    assert "window.pwned" in page.locator("body").inner_text()  # shown as text
    page.close()
