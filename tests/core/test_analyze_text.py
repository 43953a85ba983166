"""The Python API's one-call entry point: a text and its publication date in, a full analysis out."""

from __future__ import annotations

from tidings.analysis import analyze_text


def test_publication_date_anchors_relative_dates() -> None:
    analyzed = analyze_text("On Friday, Vice-Premier Ding Xuexiang met Murat Nurtleu in Beijing.",
                            published="2024-03-29")
    assert analyzed.document.published == "2024-03-29"
    assert analyzed.story_date.date is not None and analyzed.story_date.date.value == "2024-03-29"
    (event,) = analyzed.events
    assert event.date is not None and event.date.value == "2024-03-29"
    assert (event.source and event.source.code, event.target and event.target.code) == ("CHNGOV", "KAZGOV")


def test_without_a_date_nothing_is_invented() -> None:
    analyzed = analyze_text("On Friday, Vice-Premier Ding Xuexiang met Murat Nurtleu in Beijing.")
    assert analyzed.story_date.date is None
    assert all(e.date is None for e in analyzed.events)
