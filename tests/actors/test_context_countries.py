"""Unknown people take the country their context gives: the body they serve, the one country of their story; a
surname said alone is the person.

The first sentence of the surname test is a Wikipedia Current Events Portal bullet (2025; CC BY-SA 4.0,
"Wikipedia contributors, Portal:Current events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04, links
stripped), not in the real-news gold; every other passage is written for the test.
"""

from __future__ import annotations


def test_a_spokesperson_for_a_national_body_is_of_its_country(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Maria Lopez, a spokesperson for the Colombian army, said the talks had failed.", "2025-03-02")
    maria = next(r for text, r in found.items() if text.startswith("Maria Lopez"))
    assert (maria.country, maria.role) == ("COL", "spokesperson")


def test_a_researcher_at_a_foreign_body_is_of_its_country(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Tom Baker, an analyst at the Japanese Foreign Ministry, warned of new tariffs.", "2025-03-02")
    tom = next(r for text, r in found.items() if text.startswith("Tom Baker"))
    assert tom.country == "JPN"


def test_a_person_after_for_is_no_body_served(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Paul Reed, a lawyer for German Chancellor Olaf Scholz, filed the appeal.", "2023-05-02")
    paul = next(r for text, r in found.items() if text.startswith("Paul Reed"))
    assert paul.country is None


def test_a_double_barrelled_surname_said_alone_is_the_person(mentions) -> None:  # type: ignore[no-untyped-def]
    text = ("The opposition Anguilla United Front (AUF) wins a majority in the House of Assembly. AUF leader Cora "
            "Richardson-Hodge becomes the first female Premier of Anguilla. Richardson-Hodge thanked voters.")
    found = mentions(text, "2025-02-27")
    assert found["Richardson-Hodge"].name == "Cora Richardson-Hodge"


STORY = ("Kenyan police arrested two opposition activists in Nairobi on Monday. Senator Joseph Otieno said the "
         "arrests were unlawful. The Kenyan interior ministry did not comment. Peter Mwangi, who saw the arrests, "
         "said the police beat them.")


def test_an_office_holder_of_a_one_country_story_is_of_that_country(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions(STORY, "2025-03-02")
    assert (found["Senator Joseph Otieno"].country, found["Senator Joseph Otieno"].sector) == ("KEN", "LEG")


def test_a_person_without_a_title_is_not_placed(mentions) -> None:  # type: ignore[no-untyped-def]
    assert mentions(STORY, "2025-03-02")["Peter Mwangi"].country is None


def test_a_party_leader_is_not_placed(mentions) -> None:  # type: ignore[no-untyped-def]
    """A "leader" (a GOV title) leads parties and movements as often as governments."""
    found = mentions(STORY.replace("Senator Joseph Otieno", "Opposition party leader Joseph Otieno"), "2025-03-02")
    otieno = next(r for text, r in found.items() if text.endswith("Joseph Otieno"))
    assert otieno.country is None


def test_a_story_of_two_countries_places_no_one(mentions) -> None:  # type: ignore[no-untyped-def]
    story = STORY.replace("The Kenyan interior ministry", "Uganda's interior ministry")
    assert mentions(story, "2025-03-02")["Senator Joseph Otieno"].country is None
