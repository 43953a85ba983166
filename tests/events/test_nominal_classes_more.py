"""More event nouns that tell an act by themselves or under a light verb (nominal.toml classes, nouns.txt lines).

The texts are Wikipedia Current Events Portal bullets (2025-2026, `../shared/corpora/wcep_daily_2025-01_to_2026-04`,
CC BY-SA 4.0) and passages written for these tests; none is a gold sentence.
"""

from __future__ import annotations

from tidings.analysis import code_text

Side = tuple[str | None, str | None]


def _pairs(text: str, plover: str, date: str = "2025-06-01") -> set[Side]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, date) if e.plover == plover}


# --- nominal.toml: a noun whose own phrase names both sides -----------------------------------------------------


def test_a_killing_by_someone_is_done_to_its_of_object() -> None:
    # suffered: the "by" phrase does it, the "of" object undergoes it
    assert ("USA", "IRN") in _pairs("The killing of the Iranian general by U.S. forces raised tensions.", "ASSAULT")


def test_a_kidnapping_by_someone_is_their_act() -> None:
    text = "The kidnapping of the Nigerian students by Boko Haram shocked the world."
    assert ("NGA", "NGA") in _pairs(text, "ASSAULT")


def test_a_possessor_who_is_killed_is_no_doer() -> None:
    # suffered takes no possessor as doer: "the general's killing" names the one killed
    assert _pairs("The Iranian general's killing raised tensions in the region.", "ASSAULT") == set()


def test_a_seizure_is_done_to_the_owner_of_what_is_seized() -> None:
    assert ("IRN", "GBR") in _pairs("Iran's seizure of a British tanker angered London.", "COERCE")


def test_shelling_by_a_force_is_its_act() -> None:  # WCEP 2025
    text = ("At least two civilians are killed in the artillery shelling of a displacement camp in El Fasher, "
            "North Darfur, Sudan, by the Rapid Support Forces.")
    assert any(s == "SDN" for s, _ in _pairs(text, "ASSAULT"))


def test_a_warning_to_someone_threatens_them() -> None:
    assert ("IRN", "ISR") in _pairs("Iran's warning to Israel came a day after the strike.", "THREATEN")


def test_a_ban_on_an_actor_coerces_it() -> None:
    assert ("USA", "CHN") in _pairs("The U.S. ban on Huawei hurt Chinese exports.", "COERCE")


def test_a_ban_on_a_thing_codes_nothing() -> None:  # WCEP 2025: "on conversion therapy" names no one
    text = ("The U.S. Supreme Court overturns Colorado's ban on conversion therapy in an 8-1 decision, ruling that "
            "it infringed on the First Amendment.")
    assert not any(e.cameo == "172" for e in code_text(text, "2026-03-31"))


def test_a_trade_war_is_no_fighting() -> None:
    # nominal.toml figurative_modifiers: a trade war, a price war, a legal battle are figures of speech
    assert _pairs("Trump's trade war with China hurt American farmers.", "ASSAULT") == set()


def test_a_war_with_no_figurative_modifier_is_fighting() -> None:
    assert ("RUS", "UKR") in _pairs("Russia's war with Ukraine entered its fourth year.", "ASSAULT")


# --- nouns.txt: light verbs --------------------------------------------------------------------------------------


def test_issuing_sanctions_imposes_them() -> None:  # WCEP 2025
    text = "The United States issues sanctions against Francesca Albanese, the United Nations special rapporteur."
    assert any(s == "USA" for s, _ in _pairs(text, "COERCE"))


def test_raising_tariffs_on_someone_imposes_more() -> None:  # WCEP 2025
    text = "China increases its tariffs on U.S. imports from 84% to 125% in response to U.S. duties on Chinese goods."
    assert ("CHN", "USA") in _pairs(text, "COERCE", "2025-04-11")


def test_raising_a_tariff_with_no_one_it_falls_on_codes_nothing() -> None:
    assert not any(e.cameo == "163" for e in code_text("The government raised the tariff by two percent.",
                                                       "2025-06-01"))


def test_an_operation_against_someone_attacks_them() -> None:  # WCEP 2025
    text = ("The Israeli military's 91st Division launches a ground operation against Hezbollah in southern "
            "Lebanon, expanding a buffer zone along the border.")
    assert ("ISR", "LBN") in _pairs(text, "ASSAULT")


def test_an_operation_against_no_one_is_no_attack() -> None:  # WCEP 2025: the nouns.txt line asks for "against"
    text = ("At least eight migrants are found dead as the United Nations International Organization for Migration "
            "and the Djiboutian government launch a joint rescue operation.")
    assert not any(e.plover == "ASSAULT" for e in code_text(text, "2025-07-01"))


# --- verbs.txt: working with someone (PETRARCH-2 COORDINATE block) ---------------------------------------------------


def test_coordinating_with_someone_is_cooperation() -> None:
    assert ("JOR", "USA") in _pairs("Jordan coordinated with the United States on the border operation.", "SUPPORT")


def test_coordinating_a_response_alone_codes_nothing() -> None:
    assert not any(e.cameo == "050" for e in code_text("The French government coordinated its response.",
                                                       "2025-06-01"))


# --- nouns.txt: exercises held alone, inquiries ended -------------------------------------------------------------


def test_drills_one_side_holds_show_force() -> None:
    assert ("CHN", "TWN") in _pairs("China held military drills around Taiwan on Monday.", "MOBILIZE")


def test_joint_exercises_stay_cooperation() -> None:
    events = code_text("The United States conducted joint exercises with South Korea.", "2025-06-01")
    assert {e.cameo for e in events} == {"062"}


def test_discontinuing_an_investigation_yields_to_the_one_investigated() -> None:
    text = "Swedish prosecutors discontinued the investigation into the Australian activist."
    assert ("SWE", "AUS") in _pairs(text, "CONCEDE")


def test_withdrawing_charges_yields() -> None:
    text = "Russian prosecutors withdrew the charges against the American journalist."
    assert ("RUS", "USA") in _pairs(text, "CONCEDE")


def test_opening_an_investigation_stays_an_investigation() -> None:
    text = "Swedish prosecutors opened an investigation into the Australian activist."
    assert {e.cameo for e in code_text(text, "2025-06-01")} == {"090"}


def test_suspending_someone_pending_an_investigation_is_no_concession() -> None:  # WCEP 2026
    text = ("South African president Cyril Ramaphosa suspends national police commissioner Fannie Masemola pending "
            "investigation into allegations of procurement violations.")
    assert not any(e.plover == "CONCEDE" for e in code_text(text, "2026-03-01"))
