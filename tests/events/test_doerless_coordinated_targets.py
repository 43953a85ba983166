"""An act told with no doer and done to several actors of different countries is one event per country
("Russia and the Syrian government have been accused of ..."): events/code.py `_named_pairs`. Before, only the
first was kept. The passage is written for this test; no gold sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text


def test_every_country_accused_in_the_passive_gets_an_event() -> None:
    text = "Russia and the Syrian government have been accused of blocking aid convoys to the camp."
    targets = {e.target.country for e in code_text(text, "2025-06-01") if e.plover == "ACCUSE" and e.target}
    assert targets == {"RUS", "SYR"}


def test_two_actors_of_one_country_stay_one_event() -> None:
    text = "The Kenyan president and the Kenyan interior minister have been accused of corruption."
    accused = [e for e in code_text(text, "2025-06-01") if e.plover == "ACCUSE"]
    assert len(accused) == 1
