"""Implied doers of passive police, legal and state acts (events/code.py `_implied_doers`).

The WCEP bullets are quoted from the Wikipedia Current Events Portal corpus (not gold); the other passages
are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text

KENYA = "Kenya has seen weeks of protests against new taxes. The Kenyan president did not speak on Monday. "


def _coded(text: str, cameo: str) -> list[tuple[str | None, str | None, str | None]]:
    """(source country, source sector, target country) of the events under a CAMEO code prefix."""
    return [(e.source.country if e.source else None, e.source.sector if e.source else None,
             e.target.country if e.target else None)
            for e in code_text(text, "2025-06-01") if e.cameo.startswith(cameo)]


def test_an_arrest_is_done_where_the_clause_places_it() -> None:
    """WCEP bullet: the country of "in Patras" arrests; no target is named beyond "the suspect"."""
    text = "The 89-year-old suspect fled the scene, but was arrested at a bus stop in Patras."
    assert [(c, s) for c, s, _ in _coded(text, "173")] == [("GRC", "COP")]


def test_an_arrest_abroad_is_the_host_country_acting_on_a_foreigner() -> None:
    """WCEP bullet: the arrest in a relative clause, placed in Iran, of a Swedish citizen."""
    text = ("Swedish foreign minister Maria Malmer Stenergard says that Iran has executed a Swedish citizen "
            "who was arrested in Iran last June.")
    assert ("IRN", "COP", "SWE") in _coded(text, "173")


def test_a_state_body_announcing_an_arrest_made_it() -> None:
    """WCEP bullet: the Bahraini interior ministry tells of the arrests; no place is named."""
    text = ("The Bahraini interior ministry says that three men have been arrested for allegedly trying to form "
            "a terrorist cell linked to Hezbollah.")
    assert [c for c, _, _ in _coded(text, "173")] == ["BHR"]


def test_a_one_country_story_gives_its_police_courts_and_government() -> None:
    text = KENYA + ("Six protesters were arrested on Tuesday. Two officers were charged with murder. "
                    "Rallies were banned.")
    coded = [(c, s) for c, s, _ in _coded(text, "17") + _coded(text, "1121")]  # a formal charge is 1121 (ACCUSE)
    assert ("KEN", "COP") in coded and ("KEN", "JUD") in coded and ("KEN", "GOV") in coded


def test_a_lone_sentence_with_no_place_implies_no_one() -> None:
    assert _coded("Six protesters were arrested on Tuesday.", "173") == []


def test_a_story_of_two_countries_gives_no_guess() -> None:
    text = "Kenya and Uganda signed a trade deal on Monday. Six protesters were arrested on Tuesday."
    assert _coded(text, "173") == []


def test_an_arrest_that_did_not_happen_implies_no_one() -> None:
    """The same clause as above with the arrest denied: the place no longer gives anyone a doer."""
    assert _coded("The suspect was not arrested at a bus stop in Patras.", "173") == []


def test_a_deportee_is_not_deported_by_his_own_country() -> None:
    """WCEP bullet (shortened): the Russian deported to Russia was deported by the Philippines, not Russia."""
    text = ("The Philippines Bureau of Immigration confirms that Russian YouTuber Vitaly Zdorovetskiy has been "
            "deported to Irkutsk, Russia.")
    assert all(c != "RUS" for c, _, _ in _coded(text, "174"))


def test_a_release_of_things_is_no_act_on_people() -> None:
    """Non-gold AEB page (paraphrased): photos "released" online are not people freed by the story's state."""
    text = KENYA + "Photos which were released online show the actress in new make-up."
    assert _coded(text, "0841") == []


def test_a_person_released_in_a_named_place_is_freed_by_that_country() -> None:
    text = "The reporter Jane Mbeki was released in Uganda on Friday."
    assert [c for c, _, _ in _coded(text, "0841")] == ["UGA"]
