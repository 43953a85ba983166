"""Protests that go on with no one and no place named for them are by people of the country the story names most
often (events/code.py `_protesters_of_story`). The passages are written for these tests; no gold sentence is
copied."""

from __future__ import annotations

from tidings.analysis import code_text

STORY = ("Hong Kong police fired teargas at students in Hong Kong on Monday. China warned Hong Kong's leaders. "
         "The protests began peacefully in June.")


def test_doerless_protests_are_the_main_country_s() -> None:
    start = STORY.index("The protests")
    protests = [e for e in code_text(STORY, "2019-11-19") if e.plover == "PROTEST" and e.sentence.start <= start]
    assert [(e.source.country if e.source else None) for e in protests] == ["HKG"]


def test_no_main_country_no_protest() -> None:
    assert not [e for e in code_text("The protests began peacefully in June.", "2019-11-19") if e.plover]
