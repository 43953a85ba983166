"""Police and courts of no named country in a story of several countries act where the story happens, and the
people a placed doer acts on are there too; parties contending in a story of one country are its own
(events/code.py `_setting_of`, `story_setting`).

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text

# names China and Britain (as doers) more often than Hong Kong, and Hong Kong as the place things happen
SEVERAL = ("China warned Britain on Monday. Beijing said China would not tolerate foreign meddling. "
           "Britain rejected the warning. ")
SET_IN_HONG_KONG = SEVERAL + "Thousands marched in Hong Kong on Sunday. "


def _sources(text: str, plover: str) -> list[str | None]:
    return [e.source.country if e.source else None for e in code_text(text, "2025-06-01") if e.plover == plover]


def test_police_act_where_the_story_happens_not_in_the_country_named_most() -> None:
    text = SET_IN_HONG_KONG + "Police arrested ten protesters. Clashes continued in Hong Kong on Monday."
    assert _sources(text, "COERCE") == ["HKG"]


def test_a_court_acts_where_the_story_happens() -> None:
    text = SET_IN_HONG_KONG + "A court jailed two activists. Clashes continued in Hong Kong on Monday."
    assert _sources(text, "COERCE") == ["HKG"]


def test_the_place_the_sentence_names_places_the_police() -> None:
    text = SEVERAL + "Clashes broke out in Hong Kong, and police arrested ten protesters."
    assert _sources(text, "COERCE") == ["HKG"]


def test_one_place_named_once_is_no_setting() -> None:
    assert _sources(SET_IN_HONG_KONG + "Police arrested ten protesters.", "COERCE") == []


def test_no_place_named_leaves_the_police_unplaced() -> None:
    assert _sources(SEVERAL + "Police arrested ten protesters.", "COERCE") == []


def test_a_government_of_no_country_is_not_placed_by_the_setting() -> None:
    text = SET_IN_HONG_KONG + "The government banned the protesters. Clashes continued in Hong Kong on Monday."
    assert "HKG" not in _sources(text, "COERCE")


def test_wcep_police_clashing_in_tel_aviv_are_israel_s() -> None:
    """WCEP bullet (2025): the one country the sentence names as a place is the police's."""
    text = ("Police clash with anti-war protesters at the Habima Square in Tel Aviv, defying the recent high court "
            "order. This comes after protesters defy a previous order by the Israeli military to limit gatherings "
            "to 150 people.")
    assert "ISR" in _sources(text, "ASSAULT")


def test_wcep_police_attacked_in_palestine_are_palestinian() -> None:
    """WCEP bullet (2025): police killed by a foreign attack are of the place the sentence names."""
    text = ("Eight police officers, including the police chief of the Deir al-Balah Governorate, are killed by an "
            "Israeli attack on a police vehicle in Az-Zawayda, Palestine.")
    assert [e.target.country for e in code_text(text, "2025-06-01") if e.plover == "ASSAULT" and e.target] == ["PSE"]


def _targets(text: str, plover: str, date: str = "2025-06-01") -> list[str | None]:
    return [e.target.country if e.target else None for e in code_text(text, date) if e.plover == plover]


def test_people_a_placed_doer_acts_on_are_where_the_story_happens() -> None:
    text = SET_IN_HONG_KONG + "Chinese troops fired on civilians. Clashes continued in Hong Kong on Monday."
    assert _targets(text, "ASSAULT") == ["HKG"]


def test_people_an_unplaced_doer_acts_on_make_no_event() -> None:
    text = SET_IN_HONG_KONG + "Troops fired on civilians. Clashes continued in Hong Kong on Monday."
    assert _targets(text, "ASSAULT") == []


def test_people_with_no_setting_stay_unplaced() -> None:
    assert _targets(SEVERAL + "Chinese troops fired on civilians.", "ASSAULT") == [None]


def test_a_sentence_naming_several_countries_places_no_one() -> None:
    text = SET_IN_HONG_KONG + "Chinese troops fired on civilians in Macau and Taiwan. Clashes continued in Hong Kong."
    assert _targets(text, "ASSAULT") == [None]
    police = SET_IN_HONG_KONG + "Police arrested ten protesters in Macau and Taiwan. Clashes continued in Hong Kong."
    assert _sources(police, "COERCE") == []


def test_a_list_with_a_place_of_unknown_country_places_no_one() -> None:
    """"in Nairobi and Lagos": the first place may be of another country than the second; neither is taken."""
    assert _sources("Police arrested two activists in Nairobi and Lagos on Monday.", "COERCE") == [None]


def test_wcep_civilians_attacked_in_sudan_are_sudanese() -> None:
    """WCEP bullet (2025-02-03): the civilians a placed doer attacks are of the place the sentence names."""
    text = ("The United Nations condemns the recent Rapid Support Forces attack on civilians at a market in "
            "Omdurman, Sudan, as a war crime.")
    assert _targets(text, "ASSAULT", "2025-02-03") == ["SDN"]


KENYA = "Kenyan police arrested two activists in Nairobi on Monday. Kenya's parliament passed the finance bill. "


def test_parties_condemning_in_a_one_country_story_are_of_that_country() -> None:
    """A party or the opposition contending with no one named (verbal conflict) in a story of one country is
    that country's, as a state body is (`_contention_at_home`)."""
    assert "KEN" in _sources(KENYA + "Opposition parties condemned the new tax.", "ACCUSE")


def test_parties_praising_are_not_placed() -> None:
    assert _sources(KENYA + "Opposition parties praised the new tax.", "SUPPORT") == []


def test_parties_in_a_story_of_several_countries_are_not_placed() -> None:
    text = ("Kenya and Uganda signed a trade deal. Kenya and Uganda will cut tariffs. Opposition parties condemned "
            "the new tax.")
    assert _sources(text, "ACCUSE") == []
