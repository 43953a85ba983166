"""A stance on a kind of thing or people is not an act between actors (word_classes.toml `backing_types`,
`asking_types`; events/code.py `_on_a_kind`). The passages are written for these tests; no gold sentence is
copied."""

from __future__ import annotations

from tidings.analysis import code_text

STORY = ("Syrian forces shelled the camp on Monday, and Syria blamed the United States for the crisis. "
         "The United States rejected the claim. Washington said it was sending aid to the camp. "
         "“The United States does not support forced or coerced relocations, including forcing people to move "
         "because they are hungry,” the envoy said. “As a principle, we support informed, safe and voluntary "
         "movements of displaced persons within Syria.”")


def _types_in(text: str, sentence_words: str) -> list[str]:
    start = text.index(sentence_words)
    events = code_text(text, "2025-06-01")
    return [e.plover for e in events if e.plover and e.sentence.start <= start < e.sentence.end]


def test_backing_a_kind_is_a_statement_of_principle_even_in_a_two_sided_story() -> None:
    """Before the rule, the story's other side (Syria) was given as the addressee of both principles."""
    assert _types_in(STORY, "does not support forced") == []
    assert _types_in(STORY, "As a principle") == []


def test_backing_an_actor_or_its_act_stays_support() -> None:
    for text in ("Germany supports Ukraine's bid for membership of the European Union.",
                 "Germany backs Ukrainian refugees in Poland."):
        assert "SUPPORT" in [e.plover for e in code_text(text, "2025-06-01")], text


def test_advice_to_everyone_is_no_request_but_asking_a_group_or_for_a_kind_is() -> None:
    for advice in ("The Kenya Medical Research Institute recommends all adults get a flu vaccine every year.",
                   "The Kenya Medical Research Institute recommends that all adults receive a flu vaccine every year."):
        story = "Kenyan doctors urged the Ministry of Health of Kenya to open more clinics. " + advice
        assert _types_in(story, "recommends") == [], advice
    for text in ("The Nigerian government is pressuring lecturers to end the strike.",
                 "The United Nations urged restraint by Israel and Iran."):
        assert "REQUEST" in [e.plover for e in code_text(text, "2025-06-01")], text
