"""Documents with no publication date (issue 14): a year the text states only about the background does not
date the story, and when the story's year is only a lower bound (the latest year stated), an act with no time
of its own stays undated rather than taking a retold year. Passages written for these tests."""

from __future__ import annotations

from tidings.analysis import analyze_text
from tidings.time import analyze_time
from tidings.time.story_date import is_lower_bound


def test_a_year_in_a_relative_clause_that_retells_the_past_does_not_date_the_story() -> None:
    text = ("Voters elect a new parliament on Sunday. The vote follows the rule of the leader who died in 2006, "
            "and observers were invited to watch it.")
    story, _ = analyze_time(text, None)
    assert (story.basis, story.date) == ("none", None)


def test_a_year_that_names_a_vintage_or_an_old_article_does_not_date_the_story() -> None:
    text = ("Police found the suspect in a 2007 silver sedan on Tuesday. The 2005 magazine article had named "
            "him, the sheriff said.")
    story, _ = analyze_time(text, None)
    assert (story.basis, story.date) == ("none", None)


def test_a_reduced_relative_with_its_agent_is_background_too() -> None:
    story, _ = analyze_time("Students marched for a boy killed by police in 1985 and clashed with riot units.", None)
    assert story.date is None


def test_a_year_of_the_main_clause_still_dates_the_story_as_a_lower_bound() -> None:
    text = "In the first quarter of 2023, visits had already doubled. The 2019 treaty set the rules."
    story, _ = analyze_time(text, None)
    assert story.date is not None and story.date.value == "2023"
    assert is_lower_bound(story)


def test_background_years_still_bound_the_story_from_below() -> None:
    text = "In March 2019, the ministers signed a pact. The leader who died in 2021 had opposed it."
    story, _ = analyze_time(text, None)
    assert story.date is not None and story.date.value == "2021"


def test_datelines_and_anniversaries_are_not_lower_bounds() -> None:
    dated, _ = analyze_time("BEIJING, July 4, 2024 /PRNewswire/ — Xi said on Tuesday that ties are strong.", None)
    since, _ = analyze_time("Since the establishment of diplomatic ties 30 years ago, China and South Korea "
                            "have traded more every year.", None)
    page, _ = analyze_time("Xi met Tokayev on Friday.", "2024-03-29")
    assert not any(is_lower_bound(s) for s in (dated, since, page))


def test_an_act_with_no_time_of_its_own_stays_undated_under_a_lower_bound() -> None:
    text = ("Police in Fresno arrested a man who shot a deputy. In 2005, the man had been convicted of assault, "
            "court records show. Prosecutors charged him with murder.")
    analyzed = analyze_text(text)
    assert analyzed.story_date.date is not None and is_lower_bound(analyzed.story_date)
    undated = [e for e in analyzed.events if e.date_span is None]
    assert undated, [(e.cameo, e.date) for e in analyzed.events]
    assert all(e.date is None and e.date_evidence == "none" for e in undated)


def test_the_same_act_on_a_dated_page_takes_the_page_date() -> None:
    text = ("Police in Fresno arrested a man who shot a deputy. In 2005, the man had been convicted of assault, "
            "court records show. Prosecutors charged him with murder.")
    analyzed = analyze_text(text, published="2024-03-29")
    undated = [e for e in analyzed.events if e.date_span is None]
    assert undated and all(e.date is not None and e.date.value == "2024-03-29" for e in undated)


def test_a_modified_or_comma_enclosed_year_before_a_noun_is_background() -> None:
    for text in ("A judge sentenced the bomber on Saturday for her failed 2003 plot against the depot.",
                 "He got life for the May 4, 2001, blast at the depot."):
        story, _ = analyze_time(text, None)
        assert story.date is None, text


def test_a_year_after_a_preposition_or_said_that_still_counts() -> None:
    for text in ("He said that in 2005, police raided the office.", "Officials said that 2005 was a bad year."):
        story, _ = analyze_time(text, None)
        assert story.date is not None and story.date.value == "2005", text
