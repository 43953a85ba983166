"""An office named with "the" and no name or country refers back to the last holder of that office the story named
(events/code.py `_offices_named_before`). Passages written for these tests."""

from __future__ import annotations

from tidings.analysis import code_text

DAY = "2026-03-10"


def _sources(text: str) -> list[tuple[str, str | None]]:
    return [(e.source.text, e.source.country) for e in code_text(text, DAY) if e.plover and e.source]


def test_the_office_alone_takes_the_country_of_its_holder_named_before() -> None:
    sources = _sources("President Emmanuel Macron of France spoke to reporters in Paris on Monday. "
                       "The president met Chinese Premier Li Qiang on Tuesday.")
    assert ("The president", "FRA") in sources, sources


def test_with_no_holder_named_before_the_office_stays_unplaced() -> None:
    sources = _sources("The president met Chinese Premier Li Qiang on Tuesday.")
    assert ("The president", None) in sources, sources
