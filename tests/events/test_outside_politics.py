"""Acts outside politics: harm done by a fire, a crash or a disease, violence between two private people, and
praise of one's own people.

The real-news guidelines code no accidents or hazards and no crimes between private individuals unless police or a
court acts (then the police or court act is coded). The WCEP bullets are quoted from the Wikipedia Current Events
Portal (../shared/corpora/wcep_daily_2025-01_to_2026-04); the other passages are written for these tests.
"""

from __future__ import annotations

import pytest

from tidings.analysis import code_text

NO_DOER = [
    # WCEP bullets tidings coded as violence before
    "Six people are killed and eight others are critically injured in a fire at a firecracker factory in East "
    "Godavari district, Andhra Pradesh, India.",
    "At least 500 families are displaced and 400 houses are destroyed in a large fire in Cagayan de Oro, Misamis "
    "Occidental, Northern Mindanao, Philippines.",
    "One girl is killed and another is missing after a fire destroys six homes in Millville, New Jersey, United "
    "States.",
    "Ethiopia declares an end to its two-month Marburg virus outbreak which killed nine people.",
    "One person is killed and another is injured when a building in Manado, North Sulawesi, Indonesia, collapses "
    "following a 7.4-magnitude earthquake that struck eastern Indonesia.",
    # written for these tests
    "A German tourist was killed after falling from a cliff in Portugal on Sunday.",
    "Two British hikers were killed in a fall in the Swiss Alps on Sunday.",
    "Firefighters attacked the fire at the warehouse in Manchester, England.",
]


@pytest.mark.parametrize("text", NO_DOER)
def test_fires_accidents_and_diseases_use_no_force(text: str) -> None:
    events = code_text(text, "2025-06-01")
    assert not [e for e in events if e.cameo[:2] in ("15", "17", "18", "19", "20")], \
        [(e.cameo, e.source, e.target) for e in events]


PRIVATE = [  # written for these tests; each was coded as an ASSAULT in the named country before
    "A man killed his wife in Nairobi, Kenya on Saturday.",
    "In France, a woman attacked her husband with a knife at their home in Lyon.",
    "He shot his wife at their home in Kenya on Sunday.",
]


@pytest.mark.parametrize("text", PRIVATE)
def test_violence_between_private_people_is_not_coded(text: str) -> None:
    events = code_text(text, "2025-06-01")
    assert not [e for e in events if e.plover == "ASSAULT"], [(e.cameo, e.source, e.target) for e in events]


STAYS = [
    # WCEP bullets: gunfire, armed forces and terror attacks are violence
    ("At least 79 Palestinians are killed by Israeli fire across the Gaza Strip, including 15 people near a Gaza "
     "Humanitarian Foundation (GHF) site, according to the Gaza Health Ministry.", "ASSAULT"),
    ("Cambodian and Thai forces reportedly exchange fire across their countries' shared border despite a ceasefire "
     "agreement in place since August.", "ASSAULT"),
    # written for these tests
    ("Police shot a man in Minneapolis on Monday.", "ASSAULT"),
    ("A Palestinian man stabbed an Israeli soldier in Jerusalem on Friday.", "ASSAULT"),
    ("Police arrested a man who shot his neighbour in Ohio on Sunday.", "COERCE"),
    # WCEP bullet: an "outbreak" of violence is violence
    ("At least six people are killed and ten others are injured after a fresh outbreak of tribal violence in the "
     "Galgaduud region of Somalia.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "plover"), STAYS)
def test_gunfire_police_and_attacks_on_the_state_stay(text: str, plover: str) -> None:
    events = code_text(text, "2025-06-01")
    assert plover in [e.plover for e in events], [(e.cameo, e.source, e.target) for e in events]


OWN_PEOPLE = [  # written for these tests; each was coded as SUPPORT (051 praise) before
    "The Los Angeles sheriff praised the work of his investigators on Monday.",
    "The governor of Texas praised his staff for their work during the floods.",
    "The French president thanked his team after the summit in Paris.",
]


@pytest.mark.parametrize("text", OWN_PEOPLE)
def test_praising_ones_own_people_is_no_act_towards_another(text: str) -> None:
    events = code_text(text, "2025-06-01")
    assert not [e for e in events if e.cameo.startswith("051")], [(e.cameo, e.source, e.target) for e in events]


def test_praising_another_actor_stays() -> None:
    events = code_text("Biden praised his Japanese counterpart for his leadership.", "2025-06-01")
    assert "051" in [e.cameo for e in events]
