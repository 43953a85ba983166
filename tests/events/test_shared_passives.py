"""A participle coordinated with a passive verb shares its passive voice (events/arguments.py `in_passive`):
"were arrested and CHARGED" is a passive charge with no doer named.

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text


def test_a_shared_passive_charge_is_done_by_the_courts() -> None:
    """"charged" has no auxiliary of its own: it is passive as "were arrested" is, so the implied doer applies."""
    text = "Two Kenyan opposition lawmakers were arrested and charged with incitement in Nairobi on Monday."
    events = code_text(text, "2025-06-01")
    assert [(e.source.country, e.source.sector) for e in events if e.cameo.startswith("112") and e.source] == [
        ("KEN", "JUD")]


def test_the_first_passive_lends_its_by_phrase_to_the_second() -> None:
    """The second participle is passive, but its doer is still the first one's "by" phrase, not an implied one."""
    text = "The Ugandan journalist was dragged from his car by Kenyan police and detained overnight."
    assert {e.source.country for e in code_text(text, "2025-06-01") if e.plover == "COERCE" and e.source} == {"KEN"}
