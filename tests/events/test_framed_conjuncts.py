"""A verb coordinated, with no subject of its own, with a clause a frame governs is governed by that frame too
(events/code.py `_first_conjunct`): "wants X to eliminate the tariffs as well as provide relief" asks for the
relief, it does not give it. The passages are written for these tests; no gold sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text


def test_the_second_act_wanted_of_another_is_asked_for_not_done() -> None:
    text = ("Beijing also wants Washington to eliminate the tariffs on Chinese goods as well as provide some relief "
            "from other duties.")
    events = code_text(text, "2025-06-01")
    assert events and all(e.plover == "REQUEST" for e in events)
    assert not [e for e in events if e.source is not None and e.source.country == "USA"]


def test_a_coordinated_act_with_its_own_subject_is_not_governed() -> None:
    events = code_text("Kenya agreed to reopen the border on Monday, and Uganda freed 20 Kenyan prisoners.",
                       "2025-06-01")
    released = [e for e in events if e.source is not None and e.source.country == "UGA"]
    assert released and all(e.mode == "factual" for e in released)
