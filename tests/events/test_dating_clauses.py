"""Dating an event by the clause around it (tidings.events.dating), whole pipeline: an act counted from
a start takes that start. Sentences are written for these tests or come from non-gold real news (AEB
pages not in the real-news gold); story dates are given with each."""

from __future__ import annotations

from tidings.analysis import code_text


def dates(text: str, story: str) -> dict[str, str | None]:
    """verb text -> date value of each coded event."""
    return {text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "": (e.date.value if e.date else None)
            for e in code_text(text, story)}


def test_an_act_counted_from_a_day_takes_that_day() -> None:
    text = "Iranian security forces have killed at least 106 protesters since November 15, Amnesty International said."
    assert set(dates(text, "2019-11-20").values()) == {"2019-11-15"}
    assert set(dates("Since Friday, Iranian police have arrested more than 1,000 people.", "2019-11-20").values()) \
        == {"2019-11-15"}


def test_an_act_counted_from_a_dated_clause_takes_its_time() -> None:
    text = "The United States has imposed tariffs on Chinese goods since the trade war started in 2018."
    assert set(dates(text, "2019-11-20").values()) == {"2018"}


def test_since_as_a_cause_is_no_start() -> None:
    # "since" as "because": no time of its own, the act keeps the day it is told on
    text = "Chinese police arrested the activist on Monday, since he had refused to leave the square."
    assert set(dates(text, "2019-11-20").values()) == {"2019-11-18"}
