"""Bodies and people the tables do not know, placed by their own document (issue 13 item 5, session 20).

A state body named by its own name ("the Department of Education", "Kenya's Ministry of Interior") is a government
body of the country its phrase names, of the same name placed before, or of the story's one country; a person who
serves or belongs to a body named by "the" takes the country of that body named before. Passages written for the
test, and one bullet from the Wikipedia Current Events Portal (2025; CC BY-SA 4.0, "Wikipedia contributors,
Portal:Current events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04, links stripped), not in the gold.
"""

from __future__ import annotations

from tidings.actors.tables import learning_bodies, state_body_heads


def test_a_department_named_with_its_country(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Twenty-four U.S. states and the District of Columbia file a joint lawsuit against the U.S. "
                     "Department of Education in an attempt to reverse freezing of education funding.", "2025-07-14")
    body = found["the U.S. Department of Education"]
    assert (body.country, body.sector) == ("USA", "GOV")


def test_a_ministry_takes_its_whole_name(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The Ministry of Foreign Affairs of Ukraine condemned the strike.")
    body = found["The Ministry of Foreign Affairs of Ukraine"]
    assert (body.country, body.sector) == ("UKR", "GOV")


def test_an_unplaced_department_is_no_actor(mentions) -> None:  # type: ignore[no-untyped-def]
    """A named body the tables do not list, placed nowhere, is not enough (events/test_placement_s16b.py)."""
    found = mentions("The Department of Transportation has launched a review of the new rules.")
    assert not any("Department" in text for text in found)


def test_an_unplaced_ministry_stays_a_ministry(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The Ministry of Transport has launched a review of the new rules.")
    body = found["The Ministry of Transport"]
    assert (body.country, body.sector) == (None, "GOV")


def test_a_department_of_the_story_s_one_country(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Kenya will reopen its schools next week. The Department of Basic Education said on Monday "
                     "that teachers in Kenya would be paid.")
    assert found["The Department of Basic Education"].country == "KEN"


def test_the_same_body_named_again(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Kenya's Ministry of Interior said on Monday that 40 people were arrested. The Ministry of "
                     "Interior accused Somalia of backing the attackers.")
    assert found["The Ministry of Interior"].country == "KEN"


def test_no_country_in_a_story_of_two(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Kenya and Somalia met in Nairobi. The Department of Foreign Affairs said the talks went well. "
                     "Kenya and Somalia will meet again.")
    assert not any("Department" in text for text in found)


def test_departments_of_universities_and_regions_are_no_state_bodies(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The Department of Physics at Stanford University criticised the plan.")
    assert "The Department of Physics" not in found
    found = mentions("Three miners are killed in a shooting in Pataz District, Department of La Libertad, Peru.")
    assert not any("Department" in text for text in found)


def test_a_spokesman_for_the_ministry_named_before(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Iran's interior ministry said the protests were over. Ali Rabiei, a spokesman for the interior "
                     "ministry, accused foreign media of lying. Rabiei also criticised the United States.")
    assert found["Ali Rabiei, a spokesman"].country == "IRN"
    assert found["Rabiei"].country == "IRN"


def test_a_member_of_the_ministry_named_before(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Egypt's foreign ministry criticised the report. Ahmed Hafez, head of the foreign ministry, "
                     "accused the group of bias.")
    assert (found["Ahmed Hafez"].country, found["Ahmed Hafez"].sector) == ("EGY", "GOV")


def test_a_person_with_no_evidence_stays_unplaced(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Egypt's foreign ministry criticised the report. Ahmed Hafez accused the group of bias.")
    assert found["Ahmed Hafez"].country is None


def test_the_words_are_data() -> None:
    assert {"department", "ministry"} <= state_body_heads()
    assert {"university", "hospital"} <= learning_bodies()


def test_a_seat_of_government_before_an_occupation(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Kremlin aide Ivan Petrenko criticised the sanctions. Petrenko said Moscow would respond.")
    assert found["Kremlin aide Ivan Petrenko"].country == "RUS"
    assert found["Petrenko"].country == "RUS"


def test_a_nationality_before_an_unknown_noun_is_not_enough(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The navy answered a distress call from Ethiopian merchant vessel Gibe on Saturday.")
    assert not any(ref.name == "Gibe" and ref.country == "ETH" for ref in found.values())


def test_a_country_s_name_before_an_occupation_is_not_enough(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Jane Doe met China watcher John Roe in Paris.")
    assert found["John Roe"].country is None


def test_a_modified_membership_phrase(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Mark Olsen, the acting director of the Department of Homeland Security, resigned on Friday. "
                     "Olsen criticised the judges.")
    assert found["Mark Olsen"].country == "USA"
    found = mentions("A letter went to Mark Olsen, who was the acting director of the Department of Homeland Security.")
    assert found["Mark Olsen"].country == "USA"


def test_a_title_of_a_country_in_an_apposition(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The suit was filed by Musa Bello, a Senior Advocate of Nigeria, on behalf of the lawmakers.")
    assert found["Musa Bello"].country == "NGA"
    found = mentions("Musa Bello, a lecturer of Nigeria studies, spoke.")
    assert not any(ref.country == "NGA" and ref.name == "Musa Bello" for ref in found.values())


def test_a_seat_of_government_or_a_state_body_before_an_occupation(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("White House senior adviser Jane Roe attends a cabinet meeting in Washington.")
    assert found["White House senior adviser Jane Roe"].country == "USA"
    found = mentions("The U.S. Department of Justice indicts former FBI director John Roe on two counts.")
    assert (found["former FBI director John Roe"].country, found["former FBI director John Roe"].sector) == (
        "USA", "ELI")
