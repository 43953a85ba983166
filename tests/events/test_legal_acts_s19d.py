"""Police, courts and officials acting (session 19d): the doer of a doerless legal act placed by its sentence, the
owner of a measure lifted in the passive, raids and searches of premises, blocked websites and roads.

The WCEP bullets are quoted (shortened) from the Wikipedia Current Events Portal corpus (CC BY-SA 4.0, not gold);
the other passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text


def _coded(text: str, cameo: str) -> list[tuple[str | None, str | None, str | None]]:
    """(source country, source sector, target country) of the events under a CAMEO code prefix."""
    return [(e.source.country if e.source else None, e.source.sector if e.source else None,
             e.target.country if e.target else None)
            for e in code_text(text, "2025-06-01") if e.cameo.startswith(cameo)]


# --- a doerless police or court act is done in the one country its sentence names as a place ---------------


def test_a_sentence_naming_a_town_and_its_country_places_the_court() -> None:
    """WCEP bullet: "in Nice, France" names the place of the crime in the subject's phrase; Nice is not in the
    gazetteer, the country after it is."""
    text = ("Brahim Aouissaoui, the perpetrator of the 2020 stabbing in Nice, France, is sentenced to life "
            "imprisonment without parole.")
    assert [c for c, _, _ in _coded(text, "17")] == ["FRA"]


def test_a_place_in_another_clause_of_the_sentence_places_the_arrest() -> None:
    """WCEP bullet: the arrest is in a participle clause; the place is in the main clause."""
    text = "Four people are injured in a stabbing attack in Trondheim, Norway, with the perpetrator being arrested."
    assert [c for c, _, _ in _coded(text, "173")] == ["NOR"]


def test_a_sentence_naming_two_countries_as_places_gives_no_guess() -> None:
    text = "A man who had travelled from Lyon in France to Turin in Italy was arrested on Monday."
    assert _coded(text, "173") == []


def test_a_deportation_is_not_placed_by_the_sentence() -> None:
    """The deported leave the country the sentence names: which state deports them is not said."""
    assert _coded("Dozens of migrants held at a camp in Tijuana, Mexico, were deported.", "174") == []


# --- a measure lifted in the passive is lifted by its owner ------------------------------------------------


def test_the_owner_of_sanctions_eased_in_the_passive_eased_them() -> None:
    assert ("USA", None, "IRN") in _coded("American sanctions on Iran were eased last year.", "085")


def test_a_possessor_owns_the_ban_lifted() -> None:
    assert [(c, t) for c, _, t in _coded("Russia's ban on Turkish tomatoes was lifted in 2020.", "081")] == \
        [("RUS", "TUR")]


def test_the_owner_of_aid_suspended_suspended_it() -> None:
    assert [(c, t) for c, _, t in _coded("American aid to Egypt was suspended in 2013.", "16")] == [("USA", "EGY")]


def test_people_released_are_no_ones_measure() -> None:
    """A demonym on people released names the people, not who let them go."""
    assert "YEM" not in [c for c, _, _ in _coded("Seven Yemeni fishermen were released on Monday.", "084")]


# --- raids and searches of premises, blocked websites and roads -------------------------------------------------


def test_police_raiding_offices_seize() -> None:
    """WCEP bullet: a police raid on a news agency's office is a search (PLOVER COERCE seize), not an armed attack."""
    text = ("Police in Baku, Azerbaijan, raid the office of the Russian state-owned news agency Sputnik, alleging "
            "its operations in Azerbaijan are via illegal financing.")
    assert [c for c, _, _ in _coded(text, "171")] == ["AZE"] and _coded(text, "19") == []


def test_forces_raiding_hideouts_attack() -> None:
    text = "Pakistani security forces raid two militant hideouts in Balochistan."
    assert [c for c, _, _ in _coded(text, "19")] == ["PAK"] and _coded(text, "171") == []


def test_blocking_access_to_websites_is_censorship() -> None:
    """WCEP bullet."""
    text = "Hungary blocks access to 12 Ukrainian news websites."
    assert [(c, t) for c, _, t in _coded(text, "1721")] == [("HUN", "UKR")] and _coded(text, "14") == []


def test_police_blocking_a_road_restrict_and_protesters_obstruct() -> None:
    assert [c for c, _, _ in _coded("Egyptian police blocked the road to the square.", "172")] == ["EGY"]
    assert [c for c, _, _ in _coded("Lebanese protesters blocked roads in Beirut.", "144")] == ["LBN"]


# --- an arrest or a conviction told by a participle on the people -----------------------------------------------


def test_people_arrested_whom_a_state_executes_were_arrested_by_it() -> None:
    """WCEP bullet: the participle names the arrest; the state that executes the men held them."""
    assert [c for c, _, _ in _coded("Iran executes three men arrested during protests last January.", "173")] \
        == ["IRN"]


def test_people_detained_whom_a_state_releases_were_detained_by_it() -> None:
    """WCEP bullet."""
    text = "Venezuela states that it has released 99 people detained after protests over the presidential election."
    assert [c for c, _, _ in _coded(text, "173")] == ["VEN"]


def test_the_people_named_by_a_participle_do_not_convict_themselves() -> None:
    """A demonym on people convicted abroad is no doer: "Dutch nationals convicted" were not convicted by Dutch
    courts."""
    text = "Two Dutch nationals convicted of drug trafficking will be sent home."
    assert "NLD" not in [c for c, _, _ in _coded(text, "116")]
