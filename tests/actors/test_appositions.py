"""An unknown person takes the country their apposition gives: a nationality, an owner, the body they
work for.

Sentences from the Wikipedia Current Events Portal (2025; CC BY-SA 4.0, "Wikipedia contributors,
Portal:Current events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04, links stripped), none in the
real-news gold; the Pentagon, critic and State Department sentences are written for the test.
"""

from __future__ import annotations


def test_a_nationality_in_the_apposition(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("U.S. Immigration and Customs Enforcement arrests Mahmoud Khalil, a Palestinian student who "
                     "played a prominent role during pro-Palestinian protests at Columbia University.", "2025-03-09")
    person = next(ref for ref in found.values() if ref.name == "Mahmoud Khalil")
    assert (person.actor_id, person.country) == (None, "PSE")


def test_the_body_a_person_speaks_for(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("John Kirby, a spokesman for the Pentagon, said the strike hit a depot.", "2019-11-20")
    person = next(ref for ref in found.values() if ref.name == "John Kirby")
    assert person.country == "USA"


def test_no_country_from_what_a_person_criticises(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Ahmed Ali, a critic of China's policy, was arrested.", "2019-11-20")
    assert next(ref for ref in found.values() if ref.name == "Ahmed Ali").country is None



def test_a_spokesperson_for_a_known_body(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("A spokeswoman for the State Department said on Monday that the talks would resume.",
                     "2019-11-20")
    speaker = next(ref for ref in found.values() if ref.text.startswith("A spokeswoman"))
    assert (speaker.country, speaker.sector) == ("USA", "GOV")
