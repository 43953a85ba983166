"""Issue 13 part 6 (P4): "pressured Y INTO V-ing": the one pressed does the act, not the one pressing.

Sentences written for these tests in the style of agency news.
"""

from __future__ import annotations

import pytest

from tidings.analysis import code_text


@pytest.mark.parametrize(("text", "doer", "presser"), [
    ("The United States pressured Mexico into deploying troops to its southern border.", "MEX", "USA"),
    ("Russia tried to force Ukraine into accepting the ceasefire terms.", "UKR", "RUS"),
    ("The president's attempt to coerce Ukraine into investigating a political rival was wrong.", "UKR", None),
])
def test_the_one_pressed_is_the_doer(text: str, doer: str, presser: str | None) -> None:
    sources = {e.source.country for e in code_text(text, "2024-03-05") if e.source is not None}
    assert doer in sources
    assert presser not in sources


def test_a_plain_subject_still_does_its_gerund() -> None:
    events = code_text("Russia insisted on withdrawing its troops from the border with Ukraine.", "2024-03-05")
    assert {e.source.country for e in events if e.source is not None} <= {"RUS"}


@pytest.mark.parametrize(("text", "doer", "presser"), [
    ("Kenyan troops were forced by Somali militants to withdraw from the town.", "KEN", "SOM"),
    ("Uganda was persuaded by Kenya to release the prisoners.", "UGA", "KEN"),
])
def test_the_one_pressed_in_the_passive_is_the_doer(text: str, doer: str, presser: str) -> None:
    """"X WAS FORCED by Y to V": the passive subject of a verb of pressing does the act, not its "by" phrase."""
    sources = {e.source.country for e in code_text(text, "2024-03-05") if e.source is not None}
    assert doer in sources
    assert presser not in sources


def test_an_appeal_in_the_passive_is_aimed_at_the_one_pressed() -> None:
    events = code_text("Iran was urged by France to halt uranium enrichment.", "2024-03-05")
    assert [(e.source.country, e.target.country) for e in events if e.plover == "REQUEST" and e.source and e.target
            ] == [("FRA", "IRN")]
