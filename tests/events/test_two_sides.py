""""The two sides", "both countries": the story's two countries (events/arguments.py `_pair_phrase`,
`ActorIndex.story_pair`).

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text


def _events(text: str, plover: str) -> list[tuple[str | None, str | None, bool]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None, e.reciprocal)
            for e in code_text(text, "2025-06-01") if e.plover == plover]


def test_both_countries_are_the_two_the_story_names() -> None:
    text = ("India and Pakistan exchanged fire along the border on Monday. India accused Pakistan of shelling "
            "villages. Both countries agreed to hold talks on Friday.")
    assert _events(text, "AGREE") == [("IND", "PAK", True)]


def test_the_two_sides_negotiate_with_each_other() -> None:
    text = ("Kenya and Ethiopia held trade talks in Addis Ababa. Kenya wants Ethiopia to open its markets, while "
            "Ethiopia wants Kenya to lower its port fees. The two sides continue to negotiate.")
    assert ("KEN", "ETH", True) in _events(text, "CONSULT")[1:]


def test_no_pair_when_a_third_country_is_named_as_often() -> None:
    text = ("India, Pakistan and China traded accusations on Monday. India blamed Pakistan, Pakistan blamed China "
            "and China blamed India. Both countries agreed to hold talks on Friday.")
    assert _events(text, "AGREE") == []
