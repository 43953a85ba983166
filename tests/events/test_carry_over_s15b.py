"""Narrative carry-over (tidings.events.carry_over): where a careful reader stops carrying a past passage's time.

Passages written for these tests in wire style (no gold sentence). A past passage ("In 1998 the mayor
founded a clinic") dates the acts the writer goes on narrating; it ends where the story returns to the news
present (a quotation, a present-tense sentence), for a plain comment (a reaction told later) and for a
pluperfect reported by a verb of saying ("said he had instructed": before the saying, not before the passage).
A sentence whose only times are spans of hours or minutes ("about 10 minutes after") does not change the day
the story set.
"""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.records import Event


def _told_in(text: str, story: str, words: str, coded: bool = True) -> list[Event]:
    """The events `text` codes in the sentence holding `words` (with a PLOVER type when `coded`)."""
    return [e for e in code_text(text, story) if words in text[e.sentence.start:e.sentence.end]
            and (bool(e.plover) or not coded)]


def test_a_quotation_between_ends_the_past_passage() -> None:
    text = ("In 1998 the mayor founded a clinic for farm workers in the valley. "
            "\"She has never stopped fighting for them,\" the governor said of her. "
            "In her acceptance speech, the mayor thanked the governor and the state health department.")
    events = _told_in(text, "2026-03-10", "thanked")
    assert events
    assert all(e.date is not None and e.date.value == "2026-03-10" for e in events)


def test_a_plain_comment_after_a_past_passage_keeps_the_story_date() -> None:
    # MEANTIME (Wikinews, CC BY 4.0), "Ford reports $2.7 billion profit for 2009", 2010-01-28; first sentence ours
    text = ("Ford Motor Company reported a profit for 2009. In the fourth quarter, Ford brand sales were up thirteen "
            "percent compared to the same time in 2008 in the US. The firm's president and chief executive, Alan "
            "Mulally, commented on the profits.")
    events = _told_in(text, "2010-01-28", "commented", coded=False)
    assert events
    assert all(e.date is not None and e.date.value == "2010-01-28" for e in events)


def test_a_reported_pluperfect_is_before_the_saying_not_before_the_passage() -> None:
    text = ("On Dec. 16, the previous administration allowed federal agencies to skip the reviews. "
            "The president said he had instructed the interior minister to review the rules.")
    events = _told_in(text, "2026-03-04", "instructed")
    assert events
    assert all(e.date is not None and e.date.value == "2026-03-04" for e in events)


def test_a_span_of_minutes_does_not_change_the_day() -> None:
    text = ("Gunmen attacked a police station in the city shortly after 8:30 p.m. Thursday. "
            "About 10 minutes after the attack began, soldiers arrived, the army said. "
            "The soldiers arrested two of the gunmen.")
    events = _told_in(text, "2026-09-11", "arrested")
    assert events
    assert all(e.date is not None and e.date.value == "2026-09-10" for e in events)
