"""Property tests of the event coder and the whole per-document analysis over random texts.

Every event must point inside the text it came from (sentence, verb, date and actor spans), carry
a valid date (real ISO days), a quad class 1-4, a Goldstein score in [-10, 10] and a known mode; the
full analysis (time, actors, events, facts) must hold the same for whatever the cleaner lets through.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tidings.analysis import analyze_text, check_offsets, code_text
from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.records import ActorRef, Event

from .strategies import ANCHORS, fuzz_settings, news_text
from .timex_values import interval_ok, value_ok

MODES = {"factual", "future", "hypothetical", "negated"}


def inside(span: tuple[int, int] | None, start: int, end: int) -> bool:
    return span is None or start <= span[0] <= span[1] <= end


def check_actor(actor: ActorRef | None, text: str) -> None:
    if actor is None:
        return
    assert 0 <= actor.start <= actor.end <= len(text), actor
    assert actor.country is None or actor.country.strip() == actor.country, actor


def check_event(event: Event, text: str) -> None:
    s = event.sentence
    assert 0 <= s.start < s.end <= len(text), event
    assert inside(event.verb_span, s.start, s.end), event
    assert inside(event.date_span, 0, len(text)), event
    check_actor(event.source, text)
    check_actor(event.target, text)
    assert event.quad_class in (1, 2, 3, 4), event
    assert -10.0 <= event.goldstein <= 10.0, event
    assert event.mode in MODES, event
    assert event.cameo.isdigit() and 2 <= len(event.cameo) <= 4, event
    assert 0.0 <= event.confidence <= 1.0, event
    if event.date is not None:
        assert value_ok(event.date.value, "DATE"), event
        assert interval_ok(event.date.earliest, event.date.latest), event


@fuzz_settings(100)
@given(text=news_text(), date=ANCHORS)
def test_code_text(text: str, date: str | None) -> None:
    events = code_text(text, date)
    for event in events:
        check_event(event, text)
    assert len({e.id for e in events}) == len(events)


@fuzz_settings(60)
@given(text=news_text(max_pieces=20), published=st.one_of(st.none(), ANCHORS))
def test_full_analysis(text: str, published: str | None) -> None:
    try:
        analyzed = analyze_text(text, published=published, settings=Settings())
    except TidingsError as exc:
        assert exc.code == "T107", exc.message  # nothing left after cleaning
        return
    doc_text = analyzed.document.text
    check_offsets(analyzed)
    for event in analyzed.events:
        check_event(event, doc_text)
    for fact in analyzed.facts:
        assert 0 <= fact.start < fact.end <= len(doc_text), fact
        if fact.period is not None:
            assert interval_ok(fact.period.earliest, fact.period.latest), fact


def test_code_text_ignores_an_invalid_date() -> None:
    events = code_text("China and Kazakhstan signed an agreement on trade.", "2024-13-45")
    assert events and all(e.date is None or interval_ok(e.date.earliest, e.date.latest) for e in events)


def test_fact_period_of_a_decade_is_made_of_real_days() -> None:
    analyzed = analyze_text("In the 1990s China and Kazakhstan built 32 years of cooperation after the "
                            "establishment of diplomatic relations, Xi said.")
    periods = [f.period for f in analyzed.facts if f.period is not None]
    assert periods and all(interval_ok(p.earliest, p.latest) for p in periods), periods
