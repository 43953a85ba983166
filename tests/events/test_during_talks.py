"""An act done during talks or a meeting with someone means its doer met them (nouns.txt "*:during"), unless the
verb has an act of its own ("praised X during talks" stays praise): events/triggers.py `_any_verb_light`. The
passages are written for these tests; no gold sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text


def test_an_announcement_during_a_meeting_with_someone_is_a_meeting() -> None:
    text = "Kenyan President William Ruto announced the deal during a meeting in Nairobi with Ugandan officials."
    events = code_text(text, "2025-06-01")
    assert [(e.plover, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events] == [("CONSULT", "KEN", "UGA")]


def test_a_verb_with_an_act_of_its_own_keeps_it() -> None:
    text = "Kenyan President William Ruto praised Uganda during talks with Ugandan officials in Nairobi."
    assert "SUPPORT" in [e.plover for e in code_text(text, "2025-06-01")]
