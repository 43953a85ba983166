"""Acts told by nouns and light verbs (session 15d): where an act of force was done, whom a participle aims it at, a
sanctions package, and event nouns of expelling, releasing and executing.

The texts are Wikipedia Current Events Portal bullets (2025, `../shared/corpora/wcep_daily_2025-01_to_2026-04`,
CC BY-SA 4.0, marked "WCEP") and passages written for these tests; none is a gold sentence.
"""

from __future__ import annotations

from tidings.analysis import code_text

Side = tuple[str | None, str | None]


def _pairs(text: str, plover: str, date: str = "2025-06-01") -> set[Side]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, date) if e.plover == plover}


# --- an act of force names whom it was done to by where it was done ----------------------------------------------


def test_a_strike_in_a_place_is_done_to_the_country_of_that_place() -> None:  # WCEP 2025
    text = "Two civilians are killed and eight others are wounded in a Russian drone strike in Zaporizhzhia."
    assert ("RUS", "UKR") in _pairs(text, "ASSAULT")


def test_a_place_told_with_its_region_and_country_names_the_country() -> None:  # WCEP 2025
    text = ("Six people are killed and two others are wounded in Israeli airstrikes near Jannata, South Governorate, "
            "Lebanon.")
    assert _pairs(text, "ASSAULT") == {("ISR", "LBN")}


def test_a_strike_in_a_capital_is_done_to_its_country() -> None:
    assert ("ISR", "YEM") in _pairs("The Israeli strikes in Sanaa were condemned by Iran on Monday.", "ASSAULT")


def test_a_place_in_the_doers_own_country_names_no_one() -> None:
    assert _pairs("The Ukrainian strikes in Kharkiv continued on Monday.", "ASSAULT") == set()


def test_a_measure_done_in_a_place_is_not_done_to_it() -> None:
    # only acts of force: "U.S. sanctions in Geneva" are not sanctions on Switzerland
    assert _pairs("The new U.S. sanctions in Geneva were discussed by the delegates.", "SANCTION") == set()
    assert ("USA", "CHE") not in _pairs("The new U.S. sanctions in Geneva were discussed by the delegates.", "COERCE")


# --- a participle names whom the act aims at ------------------------------------------------------------------------


def test_strikes_targeting_a_group_are_done_to_it() -> None:  # WCEP 2025
    text = ("Ten people are killed and 102 others are injured, including 21 critically, in Israeli airstrikes "
            "targeting the Houthis in Sanaa, Yemen.")
    assert _pairs(text, "ASSAULT") == {("ISR", "YEM")}


def test_attacks_aimed_at_a_country_are_done_to_it() -> None:
    assert ("RUS", "UKR") in _pairs("The Russian attacks aimed at Ukraine were condemned by France.", "ASSAULT")


def test_the_verbs_event_on_victims_of_no_country_gives_way_to_the_nouns() -> None:
    # one act, one doer: the victims' verb and the noun that names whom it aimed at are one event, the noun's kept
    text = "Ten people were killed in Israeli airstrikes targeting the Houthis on Monday."
    events = [e for e in code_text(text, "2025-06-01") if e.plover == "ASSAULT"]
    assert [(e.source and e.source.country, e.target and e.target.country) for e in events] == [("ISR", "YEM")]


# --- light verbs: a sanctions package ---------------------------------------------------------------------------------


def test_adopting_a_sanctions_package_imposes_sanctions() -> None:  # WCEP 2025
    text = "The European Council adopts a 17th sanctions package against Russia."
    events = [e for e in code_text(text, "2025-06-01") if e.cameo == "163"]
    assert [(e.source and e.source.country, e.target and e.target.country) for e in events] == [("EU", "RUS")]


def test_a_labour_strike_is_done_to_no_place() -> None:  # WCEP 2025
    text = "A teachers' strike in Alberta begins, making 51,000 teachers off-work."
    assert _pairs(text, "ASSAULT") == set()


# --- event nouns: expelling, releasing, executing; not fighting ------------------------------------------------------


def test_a_political_fight_is_no_force() -> None:
    # "fight" and "battle" are as often political as armed ("Trump's fight with Congress"): no event noun of force
    assert _pairs("President Trump's fight with Congress over the budget continued on Monday.", "ASSAULT") == set()


def test_a_response_with_tariffs_is_aimed_at_the_doer_of_what_it_answers() -> None:  # WCEP 2025
    text = ("China responds to U.S. President Donald Trump's tariffs with a 34% reciprocal tariff on imports of "
            "American goods.")
    events = [e for e in code_text(text, "2025-06-01") if e.cameo == "163"]
    assert [(e.source and e.source.country, e.target and e.target.country) for e in events] == [("CHN", "USA")]


def test_retaliating_with_strikes_on_a_country_is_force_against_it() -> None:
    assert ("IRN", "ISR") in _pairs("Iran retaliated with missile strikes on Israel.", "ASSAULT")


def test_sanctions_answering_no_one_named_need_the_other_side() -> None:
    assert _pairs("The EU responded with new sanctions.", "COERCE") == set()


# --- light verbs: under arrest, behind bars, campaigns of force, prisoner exchanges -----------------------------------


def test_placing_someone_under_arrest_is_an_arrest() -> None:
    assert ("TUR", "TUR") in _pairs("Turkish police placed the mayor of Istanbul under arrest on Wednesday.", "COERCE")


def test_putting_someone_behind_bars_is_a_detention() -> None:
    assert ("IRN", "GBR") in _pairs("The Iranian regime put the British journalist behind bars.", "COERCE")


def test_launching_a_military_campaign_against_a_country_is_an_attack() -> None:
    assert ("RUS", "UKR") in _pairs("Russia launched a military campaign against Ukraine.", "ASSAULT")


def test_a_bombing_campaign_against_a_country_is_a_bombing() -> None:  # WCEP 2025
    text = "The Israeli Air Force launches a bombing campaign against Iran targeting nuclear facilities."
    assert ("ISR", "IRN") in _pairs(text, "ASSAULT")


def test_a_prisoner_exchange_is_one_reciprocal_release() -> None:
    events = [e for e in code_text("Russia and Ukraine conducted a prisoner swap on Friday.", "2025-06-01")
              if e.cameo == "0841"]
    assert [(e.source and e.source.country, e.target and e.target.country, e.reciprocal) for e in events] == [
        ("RUS", "UKR", True)]


# --- an act undergone: the event noun that draws criticism lends the critic no sides ---------------------------------


def test_strikes_that_draw_condemnation_are_condemned_not_condemning() -> None:
    pairs = _pairs("Israel's strikes on Gaza drew international condemnation.", "ACCUSE")
    assert pairs and all(s != "ISR" and t == "ISR" for s, t in pairs)


def test_a_named_critic_of_an_act_undergone_stays_its_source() -> None:
    assert _pairs("Turkey's offensive on Syria drew condemnation from the EU.", "ACCUSE") == {("EU", "TUR")}
