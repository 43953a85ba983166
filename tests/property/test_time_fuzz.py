"""Property tests of the temporal engine: any text, any anchor, no exception, sound offsets and values.

docs/time.md promises that no input raises and that `text[start:end] == timex.text`; here that is
checked over news-like and hostile texts, with every value a well-formed TIMEX3 value and every
interval made of real ISO days (earliest <= latest).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tidings.records import Timex
from tidings.time import analyze_time, find_timexes

from .strategies import ANCHORS, fuzz_settings, news_text
from .timex_values import interval_ok, value_ok


def check_timexes(text: str, timexes: list[Timex]) -> None:
    for t in timexes:
        assert 0 <= t.start < t.end <= len(text), t
        assert text[t.start:t.end] == t.text, t
        assert t.type in ("DATE", "TIME", "DURATION", "SET"), t
        assert value_ok(t.value, t.type), t
        assert interval_ok(t.earliest, t.latest), t
        if t.anchor_used is not None:
            assert value_ok(t.anchor_used, "DATE"), t


@fuzz_settings(200)
@given(text=news_text(), anchor=ANCHORS)
def test_find_timexes(text: str, anchor: str | None) -> None:
    found = find_timexes(text, anchor)
    check_timexes(text, found)
    assert found == find_timexes(text, anchor)  # deterministic


@fuzz_settings(200)
@given(text=news_text(), published=ANCHORS)
def test_analyze_time_story_date(text: str, published: str | None) -> None:
    story, timexes = analyze_time(text, published)
    check_timexes(text, timexes)
    assert story.basis in ("published", "inferred", "linked", "none")
    assert 0.0 <= story.confidence <= 1.0
    if story.date is not None:
        assert value_ok(story.date.value, "DATE"), story
        assert interval_ok(story.date.earliest, story.date.latest), story
    for start, end in story.evidence:
        assert 0 <= start <= end <= len(text), story


@fuzz_settings(100)
@given(text=news_text(), published=ANCHORS, override=ANCHORS)
def test_reanchoring_keeps_offsets(text: str, published: str | None, override: str | None) -> None:
    story, timexes = analyze_time(text, published, story_date=override)
    check_timexes(text, timexes)
    if story.date is not None:
        assert interval_ok(story.date.earliest, story.date.latest), story


@fuzz_settings(100)
@given(text=st.text(max_size=200), anchor=ANCHORS)
def test_raw_unicode(text: str, anchor: str | None) -> None:
    check_timexes(text, find_timexes(text, anchor))


def test_anchors_before_year_1000_give_valid_values() -> None:
    for anchor in ("0001-01-01", "0100-01-01"):
        for t in find_timexes("Relations were set up 27 years ago, in the early 90s.", anchor):
            assert value_ok(t.value, t.type), t


def test_years_before_year_one_are_not_negative_numbers() -> None:
    for text, anchor in (("The city was founded 3000 years ago.", "2024-03-29"), ("next century", "9999-12-31")):
        for t in find_timexes(text, anchor):
            assert value_ok(t.value, t.type), t
