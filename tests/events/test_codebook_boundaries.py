"""Boundaries between PLOVER types drawn as the CAMEO and PLOVER codebooks draw them (issue 13). Each test names
the codebook passage it follows. The passages are WCEP bullets (2025-26) or written for these tests; no gold
sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.records import Event


def _events(text: str) -> list[Event]:
    return code_text(text, "2025-06-01")


def _types(text: str) -> list[str]:
    return [e.plover or "" for e in _events(text)]


# CAMEO 113 "Rally opposition against": "one party (the source) solicits third parties to express disapproval
# of, protest against, or punish another party (the target)"; the manual's example is "called for sanctions
# against Nigeria". PLOVER folds 11x into ACCUSE.


def test_a_call_for_an_embargo_against_a_country_rallies_opposition_against_it() -> None:
    events = _events("He also calls for an arms embargo against Israel and sanctions on individuals obstructing "
                     "the two-state solution.")  # WCEP 2025
    assert [(e.cameo, e.plover) for e in events] == [("113", "ACCUSE")]
    assert events[0].target is not None and events[0].target.country == "ISR"


def test_urging_sanctions_is_rallying_opposition_and_urging_talks_a_request() -> None:
    assert _types("The French foreign minister urged sanctions against Russia.") == ["ACCUSE"]
    assert _types("The French foreign minister called for talks with Iran.") == ["REQUEST"]


# An order is a demand (CAMEO 10x; PLOVER REQUEST: "all requests, demands, and orders"), but an order to restrict,
# arrest, expel or break off is that act: the CAMEO manual codes "ordered the opposition newspaper ... to suspend
# publication" as 1721, and PETRARCH-2 codes "ordered ... to close", "... to leave" 161/174 (frames.toml order).


def test_an_order_to_close_a_consulate_breaks_off_relations() -> None:
    events = _events("Russia orders Poland to close its consulate in Irkutsk in response to Poland's closure of the "
                     "Russian consulate in Gdańsk.")  # WCEP 2025
    assert [(e.cameo, e.plover) for e in events][:1] == [("161", "SANCTION")]


def test_an_order_to_arrest_is_an_arrest_and_an_order_to_appear_a_demand() -> None:
    assert _types("The Kenyan president ordered the police to arrest the opposition leader.") == ["COERCE"]
    assert _types("A Kenyan court ordered the former minister to appear for questioning.")[:1] == ["REQUEST"]


# CAMEO 191/192 (blockade, occupation "using armed forces") are uses of force (CAMEO 19 FIGHT); PLOVER COERCE stops
# "short of violence", ASSAULT is "deliberate actions which can potentially result in substantial physical harm"
# (cameo2plover_supplement.txt overrides the 2021 crosswalk's COERCE for these two).


def test_capturing_a_city_by_force_is_an_assault() -> None:
    events = _events("Russian forces capture the city of Chasiv Yar in Donetsk Oblast, Ukraine, after a year of "
                     "intense fighting for control of the front line city.")  # WCEP 2025
    assert [(e.cameo, e.plover) for e in events] == [("192", "ASSAULT")]


def test_an_armed_blockade_is_an_assault_and_a_confiscation_coercion() -> None:
    from tidings.events.ontology import load_ontology

    ontology = load_ontology()
    assert ontology.plover_of("191").event == "ASSAULT"
    assert ontology.plover_of("1711").event == "COERCE"  # confiscating property stays coercion
    assert ontology.plover_of("174").event == "COERCE"


def test_seizing_a_town_is_occupation_and_seizing_goods_confiscation() -> None:
    events = _events("M23 rebels seize the town of Minova in Kalehe Territory, Democratic Republic of the Congo, "
                     "cutting off a major supply route to the strategic city of Goma.")  # WCEP 2025
    assert [(e.cameo, e.plover) for e in events][:1] == [("192", "ASSAULT")]
    assert [e.cameo for e in _events("Nigerian police seized weapons and cash during the raid.")] == ["1711"]


# CAMEO 057 "Sign formal agreement: ratify, sign, finalize an agreement, treaty" (PLOVER SUPPORT: "ratify, sign,
# or finalize an agreement or treaty"); "promises to sign or ratify" are AGREE. Agreeing on a treaty is reaching it.


def test_agreeing_on_a_treaty_finalizes_it_and_agreeing_to_sign_one_promises() -> None:
    events = _events("Armenia and Azerbaijan agreed on a peace treaty on Friday.")
    assert [(e.cameo, e.plover) for e in events] == [("057", "SUPPORT")]
    assert _types("The European Union and Mercosur agreed a free trade deal.") == ["SUPPORT"]
    assert _types("Kenya and Uganda agreed to sign a trade deal next month.")[:1] == ["AGREE"]


# CAMEO 139 "Give ultimatum: give a final warning, ultimate demand or order"; PLOVER REQUEST demands "are less
# forceful than threats", THREATEN is "coercive or forceful warnings with serious potential repercussions". A demand
# that names the price of refusing it ("... or face ...") is an ultimatum (word_classes.toml `ultimatum_penalties`).


def test_an_order_with_a_penalty_for_refusing_is_an_ultimatum() -> None:
    text = ("The Congolese military has ordered the deserters to return to their posts within 12 hours or face "
            "criminal action.")  # WCEP 2025 (its second sentence, "The military" named as in its first)
    assert ("139", "THREATEN") in [(e.cameo, e.plover) for e in _events(text)]


def test_an_appeal_with_or_face_threatens_and_without_it_requests() -> None:
    assert _types("The European Union urged Russia to withdraw its troops or face further sanctions.") == ["THREATEN"]
    assert _types("The European Union urged Russia to withdraw its troops.") == ["REQUEST"]


# PLOVER SUPPORT is "political, diplomatic, and non-material support" ("this category should only be used for verbal
# cooperation"); support in money or arms, or support that aid gives, is material aid (CAMEO 07, PLOVER AID).


def test_support_in_arms_or_by_aid_is_aid_and_support_for_a_bid_is_support() -> None:
    assert _types("Britain supported Ukraine with weapons and money.") == ["AID"]
    assert _types("British aid supported 300,000 Kenyan children going to school.") == ["AID"]
    assert _types("Britain supported Ukraine's bid to join NATO.") == ["SUPPORT"]


def test_calling_off_a_visit_cancels_it() -> None:
    """PLOVER manual (SANCTION, ambiguities): cancelling a meeting is REJECT; "called off" is "cancelled", not a call
    for a visit (the appeal frame's "call")."""
    assert _types("The Kenyan president called off his visit to Uganda.") == ["REJECT"]


def test_firing_across_a_border_is_an_attack_and_firing_a_chief_no_event() -> None:
    """CAMEO 190 "all uses of conventional force"; "fired across/into" as "fired on/at"."""
    assert _types("Indian troops fired across the border into Pakistan.") == ["ASSAULT"]
    assert _types("The Kenyan company fired its chief executive.") == []
