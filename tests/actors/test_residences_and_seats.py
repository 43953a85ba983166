"""Where an unknown person lives and where a state body sits, written after the name (actors/resolve.py
`_residences`, `_seat_of_body` / `_country_after_place`).

- "Jane Doe, 55, of Tulsa", "a resident of Tijuana", "John Smith of Dallas": a person the tables do not know, followed
  by "of"/"from" and a town, region, US state or capital the tables place, is of that place's country;
- "a court in Kano State, Nigeria", "police in Siverek, Turkey": a state body seated in a place written with its
  country after a comma is that country's body.

Bullets from the Wikipedia Current Events Portal (2025; CC BY-SA 4.0, "Wikipedia contributors, Portal:Current
events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04, links stripped), not in the real-news gold; the short
ones are written for the test.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("John Smith, 55, of Houston, Texas, threatened to sue the city council.", "John Smith", "USA"),
    ("Maria Lopez, a resident of Tijuana, accused the police of beating her.", "Maria Lopez, a resident", "MEX"),
    ("Jane Doe, a native of Kyiv, joined the protest.", "Jane Doe", "UKR"),
    ("Carlos Mendes of Porto said he would appeal.", "Carlos Mendes", "PRT"),
])
def test_a_residence_places_an_unknown_person(mentions, text: str, mention: str,  # type: ignore[no-untyped-def]
                                              country: str) -> None:
    assert mentions(text, "2025-01-20")[mention].country == country


@pytest.mark.parametrize(("text", "mention"), [
    ("Adam Smith from Reuters reported the vote.", "Adam Smith"),  # an employer is no residence
    ("John Smith, 55, of Springfield, said nothing.", "John Smith"),  # a town the tables do not place
])
def test_no_residence_no_country(mentions, text: str, mention: str) -> None:  # type: ignore[no-untyped-def]
    assert mentions(text, "2025-01-20")[mention].country is None


@pytest.mark.parametrize(("text", "date", "mention", "country"), [
    ("A Sharia court in Kano State, Nigeria, sentences a 38-year-old man to death and 150 strokes of the cane for "
     "setting a mosque on fire and killing 23 people inside in May 2024.", "2025-03-01", "court", "NGA"),
    ("A court in Daejeon, South Korea, sentences a teacher to life in prison for the murder of a eight-year-old "
     "student whom she stabbed at school in a murder-suicide attempt in February 2025.", "2025-10-20", "A court",
     "KOR"),
    ("Police in Siverek, Turkey, detained the gunman.", "2025-01-20", "Police", "TUR"),
])
def test_a_body_seated_in_a_place_of_a_named_country(mentions, text: str, date: str,  # type: ignore[no-untyped-def]
                                                     mention: str, country: str) -> None:
    assert (mentions(text, date)[mention].country, mentions(text, date)[mention].sector[:3]) \
        in ((country, "JUD"), (country, "COP"))


def test_an_embassy_in_a_place_stays_abroad(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The embassy in Kabul, Afghanistan, closed on Monday.", "2025-01-20")
    assert all(ref.country != "AFG" or ref.text == "Afghanistan" for ref in found.values())
