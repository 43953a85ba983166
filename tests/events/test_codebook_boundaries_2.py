"""Boundaries between event types drawn as the CAMEO and PLOVER codebooks draw them (issue 13), round 2. Each test
names the codebook passage it follows. The passages are written for these tests; no gold sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.records import Event


def _events(text: str) -> list[Event]:
    return code_text(text, "2025-06-01")


def _codes(text: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.plover or "") for e in _events(text)]


# PLOVER MOBILIZE: "all military or police moves that fall short of the actual use of force" (CAMEO 15 "exhibit
# force posture", 154 "mobilize or increase armed forces"); PLOVER AID is material aid "whose material benefits
# primarily accrue to the recipient", "military and police assistance including arms and personnel" (CAMEO 074).
# Troops sent to a border face the neighbour; peacekeepers sent to a country keep its peace.


def test_troops_sent_to_a_border_mobilize() -> None:
    assert _codes("Turkey sent tanks and troops to the Syrian border on Monday.") == [("154", "MOBILIZE")]
    assert _codes("Russia sent more troops along its border with Ukraine.") == [("154", "MOBILIZE")]


def test_peacekeepers_sent_to_a_country_are_aid() -> None:
    assert [t for _, t in _codes("Kenya sent 400 peacekeepers to Haiti.")] == ["AID"]


# CAMEO 091 "investigate crime, corruption" (PLOVER ACCUSE, mode investigate) against CAMEO 114 "complain officially"
# (PLOVER ACCUSE, mode allege; the PLOVER manual: "summoning an in-country ambassador to present such grievances is
# just coded ACCUSE"): a summons by the police or a prosecutor is part of an investigation, a foreign ministry's
# summons of an envoy a protest.


def test_a_police_summons_investigates_and_a_summoned_envoy_is_a_complaint() -> None:
    summons = "Nigerian police summoned the governor for questioning over the missing funds."
    assert _codes(summons) == [("091", "ACCUSE")]
    assert _codes("Egypt summoned the Israeli ambassador over the strike.") == [("114", "ACCUSE")]


# CAMEO 051 "praise or endorse"; PLOVER SUPPORT: "express support for, commend, approve policy, action, or actor".


def test_cheering_on_or_acclaiming_a_decision_praises_it() -> None:
    cheer = "The Polish prime minister cheered on the court's decision to annul the vote."
    assert _codes(cheer) == [("051", "SUPPORT")]
    assert _codes("Kenya's president acclaimed the peace deal signed by the two factions.") == [("051", "SUPPORT")]


def test_cheering_crowds_endorse_nothing() -> None:
    assert all(code != "051" for code, _ in _codes("Crowds cheered as the Argentine president arrived."))


# PLOVER AGREE: "agree to, offer, promise, or otherwise indicate willingness or commitment to cooperate"; PLOVER
# THREATEN: "coercive or forceful warnings with serious potential repercussions". A vow of revenge threatens.


def test_a_vow_of_revenge_threatens_and_a_vow_of_help_agrees() -> None:
    assert [t for _, t in _codes("Iran vowed revenge against Israel for the killing of its general.")] == ["THREATEN"]
    assert [t for _, t in _codes("The Russian army vows retaliation.")] == ["THREATEN"]
    assert [t for _, t in _codes("Kenya vowed to help Somalia rebuild its army.")] == ["AGREE"]


# CAMEO 072 "provide military aid"; PLOVER AID: "military and police assistance including arms and personnel";
# PLOVER AGREE: cooperative actions of type AID "reported in future tense ... should be coded as AGREE".


def test_arms_sent_to_a_state_are_military_aid_and_drones_sent_into_it_no_aid() -> None:
    assert _codes("Germany sent weapons to Ukraine.") == [("072", "AID")]
    assert [t for _, t in _codes("Germany will send 50 tanks to Ukraine.")] == ["AGREE"]
    assert all(t != "AID" for _, t in _codes("Russia sent 100 drones into Ukraine overnight."))
