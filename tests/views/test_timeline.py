"""Timeline entries: filters, order, and the text, Markdown, JSON, HTML and TimelineJS outputs."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from tidings.store import Store
from tidings.views.rows import query_events
from tidings.views.timeline import build_timeline, render_json, render_markdown, render_text
from tidings.views.timeline_pages import render_html, timelinejs


def test_entries_are_in_date_order_with_dates_at_their_precision(fused_store: Store) -> None:
    entries = build_timeline(fused_store)
    assert [e.earliest for e in entries] == sorted(e.earliest for e in entries)
    assert "1991" in {e.date for e in entries}  # a year stays a year
    assert all(len(e.date) in (4, 7, 10) or "/" in e.date or "-Q" in e.date for e in entries)


def test_contract_shape_and_events_match_tidings_events(fused_store: Store) -> None:
    data = json.loads(render_json(build_timeline(fused_store)))
    listed = {e["id"]: e for e in query_events(fused_store)}
    for entry in data["entries"]:
        assert {"date", "headline", "events", "sources"} <= entry.keys()
        for source in entry["sources"]:
            assert {"path", "sentence", "start", "end"} <= source.keys()
        for event in entry["events"]:
            assert event == listed[event["id"]]


def test_filters(fused_store: Store) -> None:
    every = build_timeline(fused_store)
    assert {e.id for e in build_timeline(fused_store, dyad="BRA-ARG")} < {e.id for e in every}
    assert all({"BRA", "ARG"} <= set(e.actors) for e in build_timeline(fused_store, dyad="ARG-BRA"))
    assert all(e.earliest >= "2023-01-01" for e in build_timeline(fused_store, date_from="2023-01-01"))
    assert all(e.latest <= "2019-12-31" for e in build_timeline(fused_store, date_to="2019-12-31"))
    assert all(e.kind == "statement" for e in build_timeline(fused_store, type="statement"))
    assert all(e.plover == "CONSULT" for e in build_timeline(fused_store, type="consult"))
    found = build_timeline(fused_store, query="Mercosur")
    assert found and all("mercosur" in (e.headline + str(e.sources)).lower() for e in found)
    assert len(build_timeline(fused_store, top=2)) == 2


def test_text_and_markdown_group_by_date(fused_store: Store) -> None:
    entries = build_timeline(fused_store)
    text = render_text(entries)
    assert text.splitlines()[0].split(" (")[0] == entries[0].date
    assert "## 2023-05-11 \\(11 May 2023\\)" in render_markdown(entries)  # Markdown escapes the brackets
    assert "2023-05-11 (11 May 2023)" in text.splitlines()


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "link", "img") or any(k in ("src", "href") for k, _ in attrs):
            self.external.append(tag)


def test_html_is_self_contained_and_escaped(fused_store: Store) -> None:
    page = render_html(build_timeline(fused_store), title="A <b> & C")
    parser = _Tags()
    parser.feed(page)
    assert parser.external == []
    assert "A &lt;b&gt; &amp; C" in page and page.startswith("<!DOCTYPE html>")


def test_timelinejs_dates_keep_their_precision(fused_store: Store) -> None:
    data = timelinejs(build_timeline(fused_store))
    years = [e for e in data["events"] if e["start_date"] == {"year": "1991"}]
    assert years and "end_date" not in years[0]
    days = [e for e in data["events"] if e["start_date"].get("day")]
    assert days and all(e["text"]["headline"] for e in days)


def test_default_layers_and_the_statement_and_key_views(fused_store: Store) -> None:
    default = build_timeline(fused_store)
    assert {e.layer for e in default} <= {"event", "fact"}
    more = build_timeline(fused_store, statements=True, background=True)
    assert {e.id for e in default} < {e.id for e in more}
    assert {e.layer for e in more} - {"event", "fact"}  # the extra layers add entries of their own kind
    with_statements = build_timeline(fused_store, statements=True)
    assert {e.layer for e in with_statements} <= {"event", "fact", "statement"}
    key = build_timeline(fused_store, key=True)
    assert key and all(e.layer == "event" for e in key)
    assert [e.earliest for e in key] == sorted(e.earliest for e in key)
    top = build_timeline(fused_store, top=1)
    assert top[0].weight == max(e.weight for e in default)


def test_entries_carry_layer_stages_evidence_and_importance(fused_store: Store) -> None:
    for entry in json.loads(render_json(build_timeline(fused_store)))["entries"]:
        assert entry["layer"] in ("event", "fact") and entry["stages"] and entry["importance"] > 0
        assert entry["evidence"] in {" ".join(s["sentence"].split()) for s in entry["sources"]}
        assert len(entry["headline"]) <= 120


def test_json_gives_the_label_beside_the_value(fused_store: Store) -> None:
    entries = json.loads(render_json(build_timeline(fused_store)))["entries"]
    day = next(e for e in entries if e["date"] == "2023-05-11")
    assert day["date_label"] == "11 May 2023"
    assert all(ev["date_label"] for e in entries for ev in e["events"] if ev["date"])
