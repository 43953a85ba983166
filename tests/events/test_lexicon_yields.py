"""Yields the lexicon missed (CAMEO 08x, PLOVER YIELD): a ceasefire that "comes into effect" is declared (0871), a
leader who quits resigns (0831), "permit" as "allow" (0863), access unblocked is a restriction eased (081), an armed
force evacuating a town retreats (087), a softened stance yields (080). Passages: a WCEP daily bullet (2025, not the
gold) and sentences written for these tests; no gold sentence is copied."""

from __future__ import annotations

from events_helpers import coded_sides

from tidings.analysis import code_text
from tidings.records import Event

DAY = "2025-06-01"


def yields(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return coded_sides(events, ("08",))


def test_a_ceasefire_coming_into_effect_is_a_truce_between_its_sides() -> None:
    text = ("A ceasefire between Israel and Hamas comes into effect hours after the approval of the ceasefire "
            "agreement by the Israeli war cabinet.")  # WCEP bullet
    assert [c[0] for c in yields(code_text(text, DAY))] == ["0871"]
    assert not yields(code_text("The storm between Chile and Peru came into view.", DAY))


def test_a_leader_who_quits_resigns() -> None:
    assert yields(code_text("The Bolivian president quit after weeks of protests.", DAY)) == [("0831", "BOL", None)]
    assert not yields(code_text("Bolivian smokers quit after the tax rise.", DAY))


def test_permitting_deliveries_and_unblocking_access_yield() -> None:
    assert [c[0] for c in yields(code_text("Israel permitted fuel deliveries into Gaza.", DAY))] == ["0863"]
    assert [c[0] for c in yields(code_text("The Turkish government unblocked access to Wikipedia.", DAY))] == ["081"]


def test_an_army_evacuating_a_town_retreats_but_not_the_authorities_before_a_storm() -> None:
    assert [c[0] for c in yields(code_text("The Ethiopian army evacuated the town.", DAY))] == ["087"]
    assert not yields(code_text("The Cuban authorities evacuated the town before the hurricane.", DAY))


def test_a_softened_stance_yields() -> None:
    events = code_text("The Hungarian government softened its stance on Ukraine's membership.", DAY)
    assert [c[:2] for c in yields(events)] == [("080", "HUN")]


def test_restoring_access_and_reinstating_the_dismissed_yield() -> None:
    assert [c[0] for c in yields(code_text("Kenya restored internet access in the region.", DAY))] == ["081"]
    events = code_text("The Nepalese government reinstated the dismissed judges.", DAY)
    assert [c[:2] for c in yields(events)] == [("083", "NPL")]
    assert not yields(code_text("The Iraqi government restored power to Basra.", DAY))


def test_prisoners_handed_or_transferred_and_pauses_in_penalties_yield() -> None:
    handed = code_text("The Taliban handed the prisoners to the Red Cross.", DAY)
    assert [c[0] for c in yields(handed)] == ["0841"]
    moved = code_text("The Venezuelan government transferred the prisoners to Colombia.", DAY)
    assert yields(moved) == [("0841", "VEN", "COL")]
    paused = code_text("The United States paused tariffs on Canadian goods.", DAY)
    assert yields(paused) == [("085", "USA", "CAN")]
    assert [c[0] for c in yields(code_text("The Ethiopian rebels disbanded their militia.", DAY))] == ["0873"]


def test_handing_a_letter_or_transferring_funds_yields_nothing() -> None:
    for text in ("The minister handed the letter to the Chinese ambassador.", "The bank transferred funds to Iran."):
        assert not yields(code_text(text, DAY)), text


def test_bowing_to_pressure_yields() -> None:
    bowed = code_text("The Kenyan government bowed to pressure from the churches.", DAY)
    assert [c[:2] for c in yields(bowed)] == [("080", "KEN")]
