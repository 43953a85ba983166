"""The event page's date evidence and surrounding sentences; the actor page's codes over time; the queue."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from tidings.records import AnalyzedDocument

Docs = dict[str, AnalyzedDocument]


def _main_text(page: str) -> str:
    main = page[page.index("<main"):page.index("</main>")]
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main)))


def test_event_page_shows_date_evidence_and_neighbours(client: TestClient, docs: Docs) -> None:
    analyzed = docs["tourism"]
    text = analyzed.document.text
    for event in analyzed.events:
        page = _main_text(client.get(f"/events/{event.id}").text)
        assert "Date evidence" in page and "In context" in page
        if event.date_span is None:
            assert "takes the story's date" in page or "Undated" in page
        index = next(i for i, s in enumerate(analyzed.sentences) if s.start == event.sentence.start)
        for near in (index - 1, index + 1):
            if 0 <= near < len(analyzed.sentences):
                s = analyzed.sentences[near]
                assert " ".join(text[s.start:s.end].split()) in page


def test_actor_page_gathers_codes_with_dates(client: TestClient, docs: Docs) -> None:
    codes = {m.actor.country + (m.actor.sector or "") for d in docs.values() for m in d.actors
             if m.actor.country == "CHN"}
    assert len(codes) >= 1
    page = client.get("/actors/CHN").text
    table = page[page.index('<table class="codes">'):page.index("</table>", page.index('<table class="codes">'))]
    shown = set(re.findall(r'<span class="code">([A-Z]+)</span>', table))
    assert shown == codes
    assert re.search(r"<td>\d{4}-\d{2}-\d{2}</td>", table)  # first and last dates seen


def test_queue_lists_unreviewed_events_most_important_first(fused_client: TestClient, docs: Docs) -> None:
    page = fused_client.get("/review").text
    ids = re.findall(r'data-event="([^"]+)"', page)
    assert set(ids) == {e.id for d in docs.values() for e in d.events}
    agree = {docs["tourism"].events[0].id, docs["duplicate"].events[0].id}  # the happening with two outlets
    assert set(ids[:2]) == agree


def test_actor_page_reads_only_the_newest_mentions_and_says_so(client: TestClient, docs: Docs,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A country named hundreds of thousands of times is answered within the time limit: the codes come
    from its newest mentions, and the page says how many of how many."""
    import tidings.web.context as context

    mentions = sorted((m for d in docs.values() for m in d.actors if m.actor.country == "CHN"),
                      key=lambda m: (m.actor.sector or ""))
    assert len(mentions) > 2
    monkeypatch.setattr(context, "NEWEST_MENTIONS", 2)
    page = client.get("/actors/CHN").text
    assert f"Counted over the newest 2 of its {len(mentions):,} mentions." in _main_text(page)
    table = page[page.index('<table class="codes">'):page.index("</table>", page.index('<table class="codes">'))]
    counts = [int(n) for n in re.findall(r'<td class="num">(\d+)</td>', table)]
    assert sum(counts) == 2
