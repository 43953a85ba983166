"""A nationality said once before two coordinated group nouns belongs to both.

Sentence from the Wikipedia Current Events Portal (2025; CC BY-SA 4.0, "Wikipedia contributors, Portal:Current
events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04, links stripped), not in the real-news gold; the
second is written for the test.
"""

from __future__ import annotations


def test_the_second_group_shares_the_nationality(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The Pakistani Foreign Ministry denies claims that Afghan forces and police downed the pilot.",
                     "2025-10-12")
    assert (found["police"].country, found["police"].sector) == ("AFG", "COP")


def test_a_group_with_its_own_determiner_does_not(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Iranian police and the soldiers fired on crowds.", "2019-11-20")
    assert found["the soldiers"].country is None
