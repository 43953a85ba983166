"""The missing side of an act is the one its own sentence names, not the story's most-named country
(events/code.py `context_targets`, `_sentence_side`).

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text

STORY = "Iran warned Washington on Sunday. Iran said its navy was ready. Iranian leaders met in Tehran. "


def _sources(text: str, plover: str) -> list[str | None]:
    return [e.source.country if e.source else None for e in code_text(text, "2025-06-01") if e.plover == plover]


def test_a_doerless_act_takes_the_other_country_its_sentence_names() -> None:
    """The drone downed over Yemen, as Houthi officials say, was not downed by the story's Iran."""
    text = STORY + "A US drone was shot down over Yemen, Houthi officials said."
    assert _sources(text, "ASSAULT") == ["YEM"]


def test_a_sentence_naming_no_other_country_leaves_the_story_guess() -> None:
    text = STORY + "A US drone was shot down overnight, officials said."
    assert _sources(text, "ASSAULT") == ["IRN"]


US_STORY = ("The United States recognised the annexation on Monday. Washington said the step was overdue. "
            "US officials defended it. Russia welcomed the US step. Russia praised Washington. ")


def test_a_doerless_act_in_reported_words_is_the_speaker_s() -> None:
    """`_speaker_side`: "they" under the negotiator's "said" names no doer the parse can follow; the act is the
    Ukrainian speaker's, not the story's most-named United States'."""
    text = US_STORY + "Ukrainian negotiator Rustem Umerov said they would adopt several steps to oppose it."
    assert _sources(text, "REJECT") == ["UKR"]


def test_it_does_not_stand_for_an_office_holder_of_a_named_country() -> None:
    """`_one_office_holder`: "a Ukrainian negotiator" is one person, whom "it" cannot mean, so the negotiator is
    not what the negotiator's side opposes."""
    text = US_STORY + "A Ukrainian negotiator said they would adopt a number of measures to oppose it."
    events = [e for e in code_text(text, "2025-06-01") if e.plover == "REJECT"]
    assert events and all(e.target is None or e.target.country != "UKR" for e in events)
