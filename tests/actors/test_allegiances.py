"""A group with no country of its own, "loyal to" or "allied with" an actor of one country, serves that country.

Sentences from the Wikipedia Current Events Portal (2025; CC BY-SA 4.0, "Wikipedia contributors,
Portal:Current events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04, links stripped), not in the
real-news gold; the short ones are written for the test.
"""

from __future__ import annotations

from tidings.actors.tables import allegiance_words


def test_forces_allied_with_an_army_are_of_its_country(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Tribal forces allied with the Syrian Army take control of the Mashlab neighbourhood in Raqqa "
                     "from the Kurdish-led Syrian Democratic Forces (SDF).", "2026-01-18")
    assert (found["forces"].country, found["forces"].sector) == ("SYR", "MIL")


def test_legislators_allied_with_a_former_president(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Kyrgyz law enforcement conducts arrests, searches, and interrogations of journalists and "
                     "opposition figures, including former first lady Raisa Atambayeva and several former legislators "
                     "allied with former president Almazbek Atambayev, in an investigation into alleged calls for mass "
                     "unrest ahead of the November 30 snap election.", "2025-11-22")
    assert found["several former legislators"].country == "KGZ"


def test_troops_loyal_to_a_president(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Troops loyal to President Salva Kiir clashed with rebels near Juba.", "2025-03-10")
    assert found["Troops"].country == "SSD"
    assert found["rebels"].country is None  # "clashed with" ties no allegiance


def test_the_phrases_are_data() -> None:
    assert {"loyal to", "allied with"} <= allegiance_words()
