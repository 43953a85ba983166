"""Issue 13 on local bodies and names without evidence (session 16, s16g). Passages written for the test.

- A police, military or court title before a known person's name that the person never held blocks the link
  (`rank_titles.txt`): a police sergeant who shares his name with a Fijian minister is an unknown officer.
- A country that shares its name with a US state is the state in a story placed in the US ("Atlanta, Georgia").
- An office only the US has ("district attorney") is American whatever town names it (`us_only_offices.txt`).
- A seated body in "Town, State" is American; a body named with a town of GeoNames (`towns.tsv`) takes the town's
  country ("Troy police"), never a town name that is also a common word ("Reading police").
"""

from __future__ import annotations

import pytest


def test_police_rank_blocks_a_politicians_full_name(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The clerk was held, and Troy police Sgt. Barry Whiteside said the suspect had fled. "
                     "Whiteside said the gun was found later.", "2012-05-01")
    assert found["Barry Whiteside"].actor_id is None
    assert found["Barry Whiteside"].country is None
    assert found["Whiteside"].country is None


def test_judge_title_blocks_a_politicians_surname(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Fiji's prime minister spoke in Suva. Judge Whiteside ordered the man held without bail.",
                     "2012-05-01")
    assert found["Judge Whiteside"].actor_id is None


def test_a_title_that_agrees_still_links(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("President Barack Obama said on Monday that the talks would go on.", "2012-05-01")
    assert found["President Barack Obama"].country == "USA"


def test_us_state_after_a_town_is_american(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Police in Atlanta, Georgia arrested the man. Georgia prosecutors say the law is too strict.",
                     "2012-05-01")
    assert found["Police"].country == "USA"
    assert found["Georgia prosecutors"].country == "USA"


def test_a_state_abbreviation_places_the_story(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("A judge in Fulton County, Ga., sentenced the man on Saturday. Georgia law asks for a "
                     "unanimous jury.", "2012-05-01")
    assert found["A judge"].country == "USA"
    assert found["Georgia"].country == "USA"


def test_the_country_georgia_stays(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Russia and Georgia fought a short war. Georgian officials said Georgia would not give up "
                     "South Ossetia.", "2012-05-01")
    assert {ref.country for text, ref in found.items() if text.startswith("Georgia")} == {"GEO"}


@pytest.mark.parametrize(("text", "actor"), [
    ("The Bristol District Attorney's office said the man was arrested after midnight.", "Bristol District Attorney"),
    ("District Attorney Paul Grant said he would seek a new trial.", "Attorney Paul Grant"),
])
def test_district_attorney_is_american(mentions, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert mentions(text, "2012-05-01")[actor].country == "USA"


@pytest.mark.parametrize(("text", "actor", "country"), [
    ("The owner was questioned, and Palmer police said the fire was set on purpose.", "Palmer police", "USA"),
    ("The man was later held by police in Rancho Mirage on Friday.", "police", "USA"),
    ("The trial went on, and Preston police said two men were held.", "Preston police", "GBR"),
])
def test_a_town_of_geonames_places_police(mentions, text: str, actor: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert mentions(text, "2012-05-01")[actor].country == country


def test_a_town_that_is_a_word_does_not(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("After the match, Reading police arrested two men.", "2012-05-01")
    assert all(ref.country is None for ref in found.values())


def test_a_force_named_after_a_county_is_not_placed_by_a_town(mentions) -> None:  # type: ignore[no-untyped-def]
    """Surrey is an English county and a Canadian city: "Surrey Police" is a proper name the towns cannot place."""
    found = mentions("The roads were closed, and Surrey Police thanked the volunteers.", "2012-05-01")
    assert all(ref.country != "CAN" for ref in found.values())


def test_the_end_of_a_longer_title_is_no_rank(mentions) -> None:  # type: ignore[no-untyped-def]
    """"Chief Executive Officer" is not "Officer": the known person keeps the link."""
    found = mentions("The company's Chief Executive Officer Barack Obama said sales rose.", "2012-05-01")
    assert found["Barack Obama"].actor_id is not None


def test_a_us_city_in_a_story_of_other_countries_leaves_georgia(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Georgia and Ukraine asked to join NATO. The talks in New York ended on Friday, and Georgia "
                     "said it would try again.", "2012-05-01")
    assert found["Georgia"].country == "GEO"


def test_a_us_city_in_a_story_of_no_other_country_makes_georgia_the_state(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Death sentences are rare in Atlanta's Fulton County. Georgia prosecutors say the rule is "
                     "too strict.", "2012-05-01")
    assert found["Georgia prosecutors"].country == "USA"


def test_a_force_named_after_an_english_county_is_not_american(mentions) -> None:  # type: ignore[no-untyped-def]
    """Kent is an English county and a town in Washington: lower-case "Kent police" is not placed by the town."""
    found = mentions("The lorry was stopped near the port, and Kent police said two men were held.", "2012-05-01")
    assert all(ref.country != "USA" for ref in found.values())


def test_a_title_after_an_ordinary_word_is_read_with_its_tags(mentions) -> None:  # type: ignore[no-untyped-def]
    # the word before the title decides whether the title is whole; the text's tags must be known by then
    found = mentions("Officials said Judge Barry Whiteside ruled.", "2012-05-01")
    assert found["Judge Barry Whiteside"].actor_id is None
