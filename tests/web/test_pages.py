"""Server-rendered pages over hand-built stores: they render, escape article text, keep offsets."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from fastapi.testclient import TestClient

from tidings.records import AnalyzedDocument
from tidings.web.chart import trend_svg
from tidings.web.markup import Span, mark_snippet, render_spans

Docs = dict[str, AnalyzedDocument]


class TextOf(HTMLParser):
    """The text content of the element with a given id, as a browser's textContent would give it."""

    def __init__(self, element_id: str) -> None:
        super().__init__(convert_charrefs=True)
        self.element_id, self.depth, self.parts = element_id, 0, []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            self.depth += 1
        elif dict(attrs).get("id") == self.element_id:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


def text_of(page: str, element_id: str) -> str:
    parser = TextOf(element_id)
    parser.feed(page)
    return "".join(parser.parts)


def tags_in(page: str) -> set[str]:
    return {m.lower() for m in re.findall(r"<\s*([a-zA-Z][a-zA-Z0-9]*)", page)}


@pytest.mark.parametrize("url", ["/search", "/search?q=tourism", "/timeline", "/timeline?precision=month",
                                 "/timeline?precision=day", "/events", "/events?dyad=CHN-KAZ", "/actors",
                                 "/actors/KAZ", "/actors/Q2714", "/trend", "/trend?dyad=CHN-KAZ"])
def test_pages_render(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith("text/html")
    assert '<html lang="en">' in r.text and "<main id=\"main\">" in r.text


def test_home_is_the_overview(client: TestClient) -> None:
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 200 and "<h1>Overview" in r.text


def test_document_page_text_is_the_stored_text(client: TestClient, docs: Docs) -> None:
    for analyzed in docs.values():
        page = client.get(f"/documents/{analyzed.document.id}").text
        assert text_of(page, "doctext") == analyzed.document.text


def test_document_page_marks_evidence_at_its_offsets(client: TestClient, docs: Docs) -> None:
    doc = docs["tourism"].document
    page = client.get(f"/documents/{doc.id}").text
    for event in docs["tourism"].events:
        s = event.sentence
        assert text_of(page, f"s-{s.start}-{s.end}") == doc.text[s.start:s.end]
    assert 'class="actor role source"' in page and 'class="role verb"' in page and 'class="fact"' in page
    assert "Removed boilerplate (2 pieces)" in page and "share-line" in page
    assert f'href="/documents/{docs["duplicate"].document.id}"' in page  # exact duplicate linked


def test_hostile_article_is_text(client: TestClient, docs: Docs) -> None:
    """Markup inside article text and metadata reaches the page as text, never as elements."""
    hostile = docs["hostile"].document
    for url in (f"/documents/{hostile.id}", "/search?q=Astana", "/search?q=photo", "/events",
                f"/events/{docs['hostile'].events[0].id}", "/timeline?precision=day"):
        page = client.get(url).text
        assert not {"img", "b"} & tags_in(page), url
        assert "<script>document" not in page and "<img src=x" not in page and "<b onmouseover" not in page, url
        assert re.search(r"<[^>]*\son[a-z]+\s*=", page) is None, url  # no event handler attribute anywhere
        scripts = re.findall(r"<script[^>]*>", page)
        assert scripts == ['<script src="/static/app.js" defer>'], url
    page = client.get(f"/documents/{hostile.id}").text
    assert "&lt;script&gt;document.title=" in page
    assert text_of(page, "doctext") == hostile.text
    assert html.escape("<script>alert('title')</script> talks", quote=False) in page.replace("&#39;", "'")


def test_search_page_marks_matches(client: TestClient) -> None:
    page = client.get("/search", params={"q": "congratulatory"}).text
    assert "<mark>congratulatory</mark>" in page


def test_event_page_shows_every_field_and_the_evidence(client: TestClient, docs: Docs) -> None:
    event = docs["tourism"].events[0]
    page = client.get(f"/events/{event.id}").text
    for field in ("Source", "Action", "Target", "Date", "Mode", "Goldstein", "Quad class"):
        assert f"<dt>{field}</dt>" in page
    assert "2024-03-29" in page and "3.4" in page and "verbal cooperation" in page
    s = event.sentence
    assert f'data-start="{s.start}" data-end="{s.end}"' in page
    assert f'href="/documents/{event.doc_id}#s-{s.start}-{s.end}"' in page
    assert '<span class="role verb">exchanged</span>' in page


def test_trend_page_has_a_chart_and_table(client: TestClient) -> None:
    page = client.get("/trend", params={"dyad": "CHN-KAZ"}).text
    assert "<svg" in page and "<rect" in page and "<title id=\"chart-title\">" in page
    assert "<th scope=\"row\"><a href=\"/timeline?" in page and "2024-03" in page
    assert " style=" not in page  # CSP forbids inline styles: the chart uses attributes and classes


def zoom_links(page: str) -> list[dict[str, str]]:
    hrefs = re.findall(r'<a class="zoom" href="([^"]+)"', page)
    return [dict(parse_qsl(urlsplit(html.unescape(h)).query)) for h in hrefs]


def test_timeline_zoom_links(fused_client: TestClient) -> None:
    years = zoom_links(fused_client.get("/timeline", params={"precision": "year"}).text)
    assert {"precision": "month", "from": "2024-01-01", "to": "2024-12-31"} in years
    months = zoom_links(fused_client.get("/timeline", params={"precision": "month", "from": "2024"}).text)
    assert months == [{"precision": "day", "from": "2024-03-01", "to": "2024-03-31"},  # the most recent first
                      {"precision": "day", "from": "2024-01-01", "to": "2024-01-31"}]
    filtered = zoom_links(fused_client.get("/timeline", params={"dyad": "kaz-chn", "type": "AGREE",
                                                                "precision": "year", "all": 1}).text)
    assert filtered == [{"dyad": "KAZ-CHN", "type": "AGREE", "precision": "month", "from": "2024-01-01",
                         "to": "2024-12-31"}]
    day = fused_client.get("/timeline", params={"precision": "day", "from": "2024-03", "to": "2024-03"}).text
    assert 'id="h-h-agree"' in day and "/events/" in day and 'href="/documents/' in day


@pytest.mark.parametrize(("url", "status"), [("/documents/nope", 404), ("/events/nope", 404),
                                             ("/actors/nobody-at-all", 404), ("/timeline?precision=week", 400),
                                             ("/search?from=yesterday", 400)])
def test_page_errors_are_pages(client: TestClient, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status and r.headers["content-type"].startswith("text/html")
    assert 'role="alert"' in r.text


# -- markup helpers -----------------------------------------------------------------------------------


def test_render_spans_nests_crossing_spans_and_escapes() -> None:
    text = "Xi <met> Tokayev & Ding."
    out = render_spans(text, [Span(0, 24, 0, "mark", (("id", "s"),)), Span(0, 7, 2, "span", (("class", "a"),)),
                              Span(3, 16, 1, "span", (("class", "f"),))])
    assert str(out) == ('<mark id="s"><span class="a">Xi </span><span class="f"><span class="a">&lt;met</span>'
                        '&gt; Tokayev</span> &amp; Ding.</mark>')
    assert html.unescape(re.sub(r"<[^>]+>", "", str(out))) == text


def test_render_spans_refuses_handlers_and_odd_tags() -> None:
    with pytest.raises(ValueError, match="attribute"):
        render_spans("abc", [Span(0, 1, 0, "span", (("onclick", "x"),))])
    with pytest.raises(ValueError, match="tag"):
        render_spans("abc", [Span(0, 1, 0, "script")])
    assert str(render_spans("abc", [Span(2, 9, 0, "mark")])) == "abc"  # out of range: ignored, not clipped


def test_attribute_values_are_escaped() -> None:
    out = render_spans("abc", [Span(0, 3, 0, "span", (("title", '"><script>x</script>'),))])
    assert "<script>" not in str(out) and "&#34;&gt;&lt;script&gt;" in str(out)


def test_mark_snippet() -> None:
    assert str(mark_snippet("a \x02<b>\x03 c")) == "a <mark>&lt;b&gt;</mark> c"
    assert str(mark_snippet("odd \x02 marker")) == "odd  marker"


def test_trend_svg_escapes_and_fills_gaps() -> None:
    points = [{"month": "2024-01", "events": 2, "by_quad": {"1": 2, "2": 0, "3": 0, "4": 0}, "goldstein_mean": 3.0},
              {"month": "2024-04", "events": 1, "by_quad": {"1": 0, "2": 0, "3": 0, "4": 1}, "goldstein_mean": -9.0}]
    svg = str(trend_svg(points, "<b>CHN-KAZ</b>"))
    assert "&lt;b&gt;CHN-KAZ" in svg and svg.count("<rect") == 2
    assert all(m in svg for m in ("2024-01", "2024-02", "2024-03", "2024-04"))  # quiet months keep their place
    assert str(trend_svg([], "x")).startswith("<p")


def test_fixture_path_is_a_real_sqlite_file(built: tuple[Path, Docs]) -> None:
    assert built[0].read_bytes()[:16] == b"SQLite format 3\x00"


def test_document_page_highlights_only_evidence(client: TestClient, docs: Docs) -> None:
    """Names no event uses, and dates no event is dated by, stay plain text: a highlight means evidence."""
    analyzed = docs["tourism"]
    page = client.get(f"/documents/{analyzed.document.id}").text
    article = page[page.index('id="doctext"'):page.index("</article>")]
    marked = re.findall(r'<(?:a|span)[^>]*class="actor role (?:source|target)"[^>]*>([^<]*)<', article)
    used = {(a.start, a.end) for e in analyzed.events for a in (e.source, e.target) if a}
    assert sorted(marked) == sorted(analyzed.document.text[s:t] for s, t in used)
    assert analyzed.timexes and not any(e.date_span for e in analyzed.events)  # dates here date no event ...
    assert "timex" not in article and "doc-legend" in page  # ... so none is highlighted
