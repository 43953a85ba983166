"""The country of an official the text names by office but does not place (events/code.py `_main_officials`): in a
story that names one country most, a named office holder or an unowned state body with no country of its own is
that country's. A foreign official is introduced by nationality; the story's own officials by office alone.

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text

STORY = ("The United States has pressed Ukraine for months. American officials met in Washington on Monday. "
         "The U.S. Congress will vote on the bill in December. ")


def _accusers(text: str) -> list[tuple[str, str | None]]:
    return [(e.source.text, e.source.country) for e in code_text(text, "2019-11-20")
            if e.plover == "ACCUSE" and e.source is not None]


def test_a_senator_of_no_country_is_of_the_story_s_main_country() -> None:
    text = STORY + "Senator Tom Hallwell criticized Ukraine on Tuesday for the delay."
    assert _accusers(text) == [("Senator Tom Hallwell", "USA")]


def test_a_former_envoy_in_apposition_is_of_the_story_s_main_country() -> None:
    text = STORY + "Tom Hallwell, a former special envoy, criticized Ukraine on Tuesday for the delay."
    assert _accusers(text) == [("Tom Hallwell, a former special envoy", "USA")]


def test_unowned_lawmakers_are_of_the_story_s_main_country() -> None:
    text = STORY + "The lawmakers criticized Ukraine on Tuesday for the delay."
    assert _accusers(text) == [("The lawmakers", "USA")]


def test_an_official_of_a_named_country_keeps_it() -> None:
    """Only a side with no country is placed: a Ukrainian envoy in a story about the US stays Ukrainian."""
    text = STORY + "Ukrainian envoy Olena Marchenko criticized the United States on Tuesday for the delay."
    assert [country for _, country in _accusers(text)] == ["UKR"]


def test_no_main_country_leaves_the_official_unplaced() -> None:
    """A story naming two countries as often as each other has no main country to give."""
    text = ("Ukraine and Poland met in Warsaw. Ukraine and Poland signed a deal. "
            "Senator Tom Hallwell criticized the deal on Tuesday.")
    assert all(country is None for name, country in _accusers(text) if "Hallwell" in name)


def test_an_unknown_doer_named_in_the_act_s_clause_stays_the_doer() -> None:
    """`context_targets`: a named doer the base cannot place keeps the act, and takes the missing side's country
    only; another actor of the story does not stand in for the person the clause names."""
    text = STORY + "Tom Hallwell criticized Ukraine on Tuesday for the delay."
    assert _accusers(text) == [("Tom Hallwell", "USA")]
