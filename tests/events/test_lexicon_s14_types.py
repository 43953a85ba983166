"""Type knowledge session 14 added: an armed force seizing ground occupies it (192), a suspended offensive de-escalates
(0871), a conviction or sentence set aside or suspended and a suspension lifted ease a legal penalty (081), a case
opened against someone is legal action (115), vaccinations provided are aid (070), an armed group burning down a
village destroys property (1712), and the possessor of an event noun a verb reports is on the doer's side.
Passages: WCEP daily bullets (2025, not the gold) and sentences written for these tests; no gold sentence is copied."""

from __future__ import annotations

from events_helpers import coded_sides

from tidings.analysis import code_text

DAY = "2025-06-01"


def test_an_armed_force_seizing_ground_occupies_it_and_a_government_seizing_it_confiscates() -> None:
    assert coded_sides(code_text("The Iraqi army seized the oil fields near Kirkuk.", DAY), ("19",)) == [
        ("192", "IRQ", None)]
    assert coded_sides(code_text("M23 rebels seized the border crossing with Rwanda.", DAY), ("19",))[0][0] == "192"
    events = code_text("The Bolivian government seized the oil fields of the foreign company.", DAY)
    assert [c[0] for c in coded_sides(events, ("1",))] == ["1711"]


def test_a_suspended_or_paused_offensive_is_de_escalation_not_an_attack() -> None:
    events = code_text("Colombia's government suspended its offensive against the ELN rebels.", DAY)
    assert [c[0] for c in coded_sides(events, ("08", "19"))] == ["0871"]
    events = code_text("The Saudi-led coalition suspended air raids on Yemen.", DAY)
    assert [c[0] for c in coded_sides(events, ("08", "19"))] == ["0871"]
    # suspending talks or a newspaper keeps its own sense
    assert [c[0] for c in coded_sides(code_text("Egypt suspended its talks with Ethiopia.", DAY), ("08",))] == []


def test_a_conviction_or_sentence_set_aside_eases_a_legal_penalty() -> None:
    text = ("Former Bolivian president Jeanine Áñez is freed from prison after the Supreme Court annulled her "
            "sentence the previous day.")  # WCEP bullet
    assert "081" in [c[0] for c in coded_sides(code_text(text, DAY), ("08",))]
    events = code_text("The Supreme Court of Pakistan quashed the conviction of the former prime minister.", DAY)
    assert [c[0] for c in coded_sides(events, ("08", "12"))] == ["081"]
    events = code_text("The court in Lahore suspended the sentence of the former prime minister.", DAY)
    assert [c[0] for c in coded_sides(events, ("08", "17"))] == ["081"]
    # quashing a decision still rejects it
    events = code_text("The High Court of Kenya quashed the government's decision to ban the party.", DAY)
    assert "124" in [c[0] for c in coded_sides(events, ("12",))]


def test_a_suspension_lifted_is_eased() -> None:
    text = ("Indonesia lifts its temporary suspension of TikTok's operating license after the platform provided "
            "government-requested data on live streaming activity during the recent protests.")  # WCEP bullet
    assert [c[:2] for c in coded_sides(code_text(text, DAY), ("08",))] == [("081", "IDN")]


def test_a_case_opened_against_someone_is_legal_action_but_not_a_case_alone() -> None:
    events = code_text("The Egyptian court opened a case against the Al Jazeera journalist.", DAY)
    assert [c[0] for c in coded_sides(events, ("11",))] == ["115"]
    assert not coded_sides(code_text("The Egyptian police opened a new case file in Cairo.", DAY), ("11",))


def test_vaccinations_provided_are_aid() -> None:
    events = code_text("The WHO provided vaccinations to children in Gaza.", DAY)
    assert [c[0] for c in coded_sides(events, ("07",))] == ["070"]


def test_the_possessor_of_a_reported_event_noun_is_no_target() -> None:
    events = code_text("Macron reaffirmed France's support for Lebanon.", DAY)
    assert coded_sides(events, ("05",)) == [("051", "FRA", "LBN")]
    # under a frame the possessor's act is the one judged: "dismissed Sudan's case" is aimed at Sudan
    events = code_text("The International Court of Justice dismisses Sudan's case against the United Arab Emirates.",
                       DAY)  # WCEP bullet (shortened)
    assert [c[2] for c in coded_sides(events, ("12",))] != ["ARE"]


def test_an_armed_group_burning_down_a_village_destroys_property_and_protesters_burning_tyres_riot() -> None:
    events = code_text("Boko Haram militants burned down a village in Borno State.", DAY)
    assert [c[0] for c in coded_sides(events, ("14", "17"))] == ["1712"]
    events = code_text("Protesters in Nairobi burned tyres on the highway.", DAY)
    assert [c[0] for c in coded_sides(events, ("14", "17"))] == ["145"]

