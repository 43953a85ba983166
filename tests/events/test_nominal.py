"""Acts told by a noun, with their actors in the noun phrase (events/nominal.py, data/patterns/nominal.toml).

The texts are Wikipedia Current Events Portal bullets (2025, `../shared/corpora/wcep_daily_2025-01_to_2026-04`,
CC BY-SA 4.0) and passages written for these tests; none is a gold sentence.
"""

from __future__ import annotations

from tidings.analysis import code_text

Side = tuple[str | None, str | None]


def _events(text: str, plover: str, date: str = "2025-06-01") -> list[tuple[str | None, str | None, str]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None, e.mode)
            for e in code_text(text, date) if e.plover == plover]


def _pairs(text: str, plover: str) -> set[Side]:
    return {(s, t) for s, t, _ in _events(text, plover)}


# --- a noun standing alone: its possessor, "by", "between" and the other side per class ---------------------


def test_a_possessor_wars_on_the_one_after_on() -> None:  # WCEP 2025
    text = "North Korea has sent 3,000 more soldiers to bolster Russia’s war on Ukraine, South Korea’s military says."
    assert ("RUS", "UKR") in _pairs(text, "ASSAULT")


def test_attacks_on_two_targets_give_one_event_each() -> None:  # WCEP 2025
    text = ("The United Nations Security Council approves a resolution condemning Iran's attacks on the Gulf "
            "Cooperation Council states and Jordan.")
    assert ("IRN", "JOR") in _pairs(text, "ASSAULT")


def test_a_transitive_act_is_done_to_its_of_object() -> None:
    assert _pairs("Canada's recognition of Palestine angered Israel.", "SUPPORT") == {("CAN", "PSE")}


def test_a_place_after_of_stands_for_its_country() -> None:
    # annexation is CAMEO 192 (occupy territory), under FIGHT: PLOVER ASSAULT (cameo2plover_supplement.txt)
    assert ("RUS", "UKR") in _pairs("Russia's annexation of Crimea was condemned by the European Union.", "ASSAULT")


def test_the_by_phrase_is_the_doer_and_the_possessor_undergoes() -> None:
    events = _events("The activist's detention by Turkish police sparked protests in Istanbul.", "COERCE")
    assert [s for s, _, _ in events] == ["TUR"]


def test_talks_between_two_countries_are_one_reciprocal_consultation() -> None:
    events = [e for e in code_text("The talks between the United States and Iran collapsed last year.", "2025-06-01")
              if e.plover == "CONSULT"]
    assert [(e.source and e.source.country, e.target and e.target.country, e.reciprocal) for e in events] == [
        ("USA", "IRN", True)]


def test_a_clash_between_two_sides_is_done_by_the_first_to_the_second() -> None:
    text = "Clashes between Sudanese troops and Ethiopian militias left dozens dead near the border."
    assert _pairs(text, "ASSAULT") == {("SDN", "ETH")}


def test_an_actor_modifier_is_the_doer() -> None:  # WCEP 2025
    text = ("A Russian drone attack on Dnipro, Ukraine, kills four people and wounds 19 others. Multiple buildings "
            "in the city are reported to be ablaze.")
    assert ("RUS", "UKR") in _pairs(text, "ASSAULT")


def test_talks_after_a_preposition_are_held_by_the_clauses_subject() -> None:  # WCEP 2026
    text = ("China is reportedly in talks with Iran to allow crude oil and Qatari liquefied natural gas vessels safe "
            "passage through the Strait of Hormuz.")
    assert ("CHN", "IRN") in _pairs(text, "CONSULT")
    assert _pairs("Oil prices rose after talks with Iran on Friday.", "CONSULT") == set()  # no actor subject


def test_the_possessor_of_the_noun_it_hangs_on_is_the_doer() -> None:
    text = ("Seoul is worried about Joe Biden's sudden exit from a summit in Vilnius with Japan's prime minister, "
            "Fumio Kishida.")
    assert ("USA", "JPN") in _pairs(text, "CONSULT")


def test_two_countries_hyphened_before_a_joint_act_do_it_together() -> None:
    text = "Kenyan-Somali joint patrols along the border deterred al-Shabaab fighters last month."
    assert _pairs(text, "COOPERATE") == {("KEN", "SOM")} or _pairs(text, "COOPERATE") == {("SOM", "KEN")}
    assert _pairs("Russian military drills near the border worried Finland.", "COOPERATE") == set()  # one side


def test_an_actor_on_a_noun_of_means_is_the_doer() -> None:  # WCEP 2025
    text = ("A 17-year-old girl is killed, and nine other people are injured in overnight Russian missile strikes on "
            "Berestyn, Kharkiv Oblast, Ukraine.")
    assert ("RUS", "UKR") in _pairs(text, "ASSAULT")


def test_a_mutual_act_with_one_side_named_codes_nothing() -> None:
    assert _pairs("Vladimir Putin's news conference in Moscow ran for four hours.", "CONSULT") == set()


def test_a_noun_with_no_doer_in_its_phrase_codes_nothing() -> None:
    assert _pairs("The attack on the convoy killed five soldiers near Kabul.", "ASSAULT") == set()


def test_no_talks_are_no_consultation() -> None:
    assert _pairs("There will be no talks between Russia and Ukraine this year.", "CONSULT") == set()


def test_a_noun_repeating_the_verbs_act_is_not_a_second_event() -> None:  # WCEP 2025
    text = ("At least 23 Palestinians are killed, including three children, in overnight Israeli airstrikes on Gaza "
            "City.")
    assert len([e for e in _events(text, "ASSAULT") if e[:2] == ("ISR", "PSE")]) == 1


# --- the mode of a noun standing alone ------------------------------------------------------------------------


def test_a_called_off_meeting_did_not_happen() -> None:
    text = "A meeting between Vladimir Putin and Recep Tayyip Erdogan that was called off last week angered Ankara."
    assert {m for _, _, m in _events(text, "CONSULT")} == {"negated"}


def test_a_cancelling_verb_tells_the_cancelled_visit() -> None:  # WCEP 2026 (a refusal, 125: test_general_rules)
    text = ("Taiwanese president Lai Ching-te cancels his planned visit to Eswatini after the governments of "
            "Madagascar, Mauritius, and Seychelles denied overflight permissions for his aircraft.")
    assert _events(text, "CONSULT") == []


def test_lifting_sanctions_is_the_event_not_the_sanctions() -> None:  # WCEP 2025
    text = ("Following the release of political prisoners, the U.S. lifts its sanctions on Belarusian flag carrier "
            "Belavia.")
    assert _events(text, "COERCE") == []
    assert [e.cameo for e in code_text(text, "2025-09-13") if e.plover] == ["085"]  # ease sanctions


def test_a_potential_round_of_talks_may_happen() -> None:  # WCEP 2025
    text = ("Pakistan tightens major security in Islamabad ahead of potential second round of talks between Iran "
            "and the U.S.")
    assert [m for s, _, m in _events(text, "CONSULT") if s == "IRN"] == ["hypothetical"]


def test_a_verb_of_happening_gives_its_mode() -> None:
    text = "The meeting between Vladimir Putin and Recep Tayyip Erdogan will take place in Sochi next week."
    assert {m for _, _, m in _events(text, "AGREE")} == {"future"}  # a meeting to come is an intent to meet (036)


def test_talks_a_verb_may_lead_to_are_not_told() -> None:
    text = ("He said the prisoner exchange would pave the way for direct talks between the Armenian government and "
            "Azerbaijan.")
    assert _events(text, "CONSULT") == [] and _events(text, "AGREE") == []


def test_who_does_not_stand_for_an_event_noun() -> None:
    text = ("He praised direct talks between the Yemeni government and the Houthis, who have long refused to "
            "negotiate with Aden.")
    assert {s for s, _, _ in _events(text, "REJECT")} <= {"YEM"}
    assert all(e.source is None or e.source.text != "the Yemeni government"
               for e in code_text(text, "2025-06-01") if e.plover == "REJECT")


def test_a_negated_verb_over_the_noun_leaves_the_act_as_told() -> None:
    assert ("RUS", "UKR", "factual") in _events("Hungary did not condemn Russia's invasion of Ukraine.", "ASSAULT")


# --- nouns a verb reports -------------------------------------------------------------------------------------


def test_a_light_verb_with_no_doer_leaves_the_noun_to_name_both_sides() -> None:  # WCEP 2025
    text = ("Peace talks held in Istanbul, Turkey, between Afghanistan and Pakistan collapse and achieve no clear "
            "agreement.")
    assert _pairs(text, "CONSULT") == {("AFG", "PAK")}


def test_the_light_verbs_subject_stays_the_doer() -> None:
    assert _pairs("Pakistan held talks with the Taliban in Doha.", "CONSULT") == {("PAK", "AFG")}


def test_an_attack_on_their_own_position_is_not_aimed_at_the_attackers() -> None:  # WCEP 2025
    text = ("Four more South African peacekeepers are killed after M23 forces launch a mortar attack on their "
            "position at Goma Airport.")
    assert all(t != "COD" for _, t, _ in _events(text, "ASSAULT"))


def test_condemning_an_act_is_aimed_at_its_doer() -> None:  # WCEP 2025
    text = ("The United Nations Security Council approves a resolution condemning Iran's attacks on the Gulf "
            "Cooperation Council states and Jordan.")
    assert {t for _, t, _ in _events(text, "ACCUSE")} == {"IRN"}
