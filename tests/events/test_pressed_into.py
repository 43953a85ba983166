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
