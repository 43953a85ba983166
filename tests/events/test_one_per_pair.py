"""One event per sentence, act and actor pair (real-news GUIDELINES.md): two words for one act told in one
sentence give one event (events/code.py `one_per_pair`). The passages are written for these tests."""

from __future__ import annotations

from tidings.analysis import code_text


def test_a_protest_march_to_protest_is_one_protest() -> None:
    text = ("Nigerian opposition leaders led a protest march to the electoral commission in Abuja on Friday to "
            "protest against the outcome of the election.")
    protests = [e for e in code_text(text, "2019-11-19") if e.plover == "PROTEST"]
    assert len(protests) == 1
    assert protests[0].date is not None and protests[0].date.value == "2019-11-15"  # the first told keeps its day


def test_the_same_act_between_other_actors_stays_apart() -> None:
    events = code_text("Hamas and Israel exchanged fire on Monday.", "2019-11-19")
    pairs = {(e.source.country, e.target.country) for e in events if e.plover == "ASSAULT" and e.source and e.target}
    assert pairs == {("PSE", "ISR"), ("ISR", "PSE")}
