"""A participle coordinated with a passive verb shares its passive voice (events/arguments.py `_shares_passive`):
"were arrested and CHARGED", "was captured and KILLED by Hamas".

Passages are written for these tests or are WCEP bullets (Wikipedia Current Events Portal, CC BY-SA 4.0), not
real-news gold.
"""

from __future__ import annotations

from tidings.analysis import code_text


def test_a_shared_passive_charge_is_done_by_the_courts() -> None:
    """"charged" has no auxiliary of its own: it is passive as "were arrested" is, so the implied doer applies."""
    text = "Two Kenyan opposition lawmakers were arrested and charged with incitement in Nairobi on Monday."
    events = code_text(text, "2025-06-01")
    assert [(e.source.country, e.source.sector) for e in events if e.cameo.startswith("112") and e.source] == [
        ("KEN", "JUD")]


def test_the_by_phrase_of_a_shared_passive_is_its_doer() -> None:
    """WCEP bullet, 2025."""
    text = ("Israel announces that its troops have recovered the body of staff sergeant Oron Shaul, who was captured "
            "and killed by Hamas in 2014.")
    assert [e.source.text for e in code_text(text, "2025-01-19") if e.plover == "ASSAULT" and e.source] == ["Hamas"]


def test_the_first_passive_lends_its_by_phrase_to_the_second() -> None:
    text = "The Ugandan journalist was dragged from his car by Kenyan police and detained overnight."
    assert {e.source.country for e in code_text(text, "2025-06-01") if e.plover == "COERCE" and e.source} == {"KEN"}
