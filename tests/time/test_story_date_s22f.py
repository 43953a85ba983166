"""A time told as a plan never dates the story (s22f): passages written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tidings.time import analyze_time


@pytest.mark.parametrize("sentence", [
    "The council approved a pay rise for January 2027.",
    "The government promised deep cuts by June 2030.",
    "The club extended the striker's contract through June 2028.",
])
def test_a_later_date_told_as_a_target_does_not_overrule_the_page_date(nlp: Language, sentence: str) -> None:
    text = f"Lawmakers met on Tuesday. {sentence}\n"
    story, _ = analyze_time(text, "2024-05-14", nlp(text))
    assert (story.basis, story.date and story.date.value) == ("published", "2024-05-14")


def test_a_later_past_date_told_as_happened_still_overrules_the_page_date(nlp: Language) -> None:
    text = "Lawmakers met on Tuesday. The council approved the funding in March 2026.\n"
    story, _ = analyze_time(text, "2024-05-14", nlp(text))
    assert story.basis != "published"


def test_a_year_a_plan_reports_back_in_does_not_raise_the_story_year(nlp: Language) -> None:
    text = ("The storm flooded the harbour in 2019 and again in 2021. The governor has directed state agencies to "
            "study the idea and report back in 2026 as to its cost.\n")
    story, _ = analyze_time(text, None, nlp(text))
    assert story.date is not None and story.date.value == "2021"


def test_a_year_a_past_order_looks_ahead_to_does_not_raise_the_story_year(nlp: Language) -> None:
    text = "The storm flooded the harbour in 2021. The agency was asked to deliver its findings in 2026.\n"
    story, _ = analyze_time(text, None, nlp(text))
    assert story.date is not None and story.date.value == "2021"


def test_a_present_year_still_dates_a_text_that_tells_no_past_year(nlp: Language) -> None:
    text = "The new harbour rules take effect in 2026, the port authority says.\n"
    story, _ = analyze_time(text, None, nlp(text))
    assert story.date is not None and story.date.value == "2026"


def test_a_year_told_in_a_participle_clause_still_raises_the_story_year(nlp: Language) -> None:
    # no infinitive or modal before the year: the writer's own time, not a plan
    text = ("The first port ran in 2002 on a borrowed machine. While writing this history in 2025, I could find "
            "no trace of the old manual.\n")
    story, _ = analyze_time(text, None, nlp(text))
    assert story.date is not None and story.date.value == "2025"
