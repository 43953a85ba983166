"""Codebook senses the lexicon lacked: leaving a treaty or a body cuts relations (CAMEO 161, PETRARCH-2's WITHDRAW
"from &TREATY"), leaving talks halts them (164), only forces leaving a place retreat (087); a counterattack is an
attack (190); bail and parole granted release a person (0841); troops massed are a mobilization (154: nouns.txt keys
are the lemmas spaCy gives, "troop"); a protest issued to a government is a formal protest (114). Passages: WCEP daily
bullets (2025, not the gold) and sentences written for these tests; no gold sentence is copied."""

from __future__ import annotations

from events_helpers import coded_sides

from tidings.analysis import code_text
from tidings.records import Event

DAY = "2025-06-01"


def coded(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return coded_sides(events, ("",), ("01",))


def test_leaving_a_treaty_cuts_relations_and_leaving_talks_halts_them() -> None:
    text = ("The Finnish Parliament votes 155–18 to withdraw from the Ottawa Treaty, which bans the use of "
            "anti-personnel mines.")  # WCEP bullet
    assert [c[:2] for c in coded(code_text(text, DAY))] == [("161", "FIN")]
    talks = code_text("The Israeli delegation withdrew from the talks with Hamas in Cairo.", DAY)
    assert "164" in [c[0] for c in coded(talks)] and "087" not in [c[0] for c in coded(talks)]
    troops = code_text("Russian troops withdrew from Kherson.", DAY)
    assert [c[0] for c in coded(troops)] == ["087"]


def test_a_counterattack_is_an_attack() -> None:
    text = ("The Congolese military launches a counterattack against M23 rebels in South Kivu province with the "
            "assistance of the Burundian military.")  # WCEP bullet
    assert [c[0] for c in coded(code_text(text, DAY))] == ["190"]


def test_bail_granted_releases_a_person() -> None:
    events = code_text("The Iranian court granted bail to the French tourist.", DAY)
    assert [c for c in coded(events)] == [("0841", "IRN", "FRA")]


def test_massed_troops_are_a_mobilization_against_the_neighbour() -> None:
    events = code_text("Russia massed troops on the border with Ukraine.", DAY)
    assert coded(events) == [("154", "RUS", "UKR")]


def test_a_protest_issued_to_a_government_is_a_formal_protest() -> None:
    events = code_text("The Chinese government issued a protest to Japan over the islands.", DAY)
    assert coded(events) == [("114", "CHN", "JPN")]


def test_house_arrest_and_closed_newspapers_are_restrictions() -> None:
    held = code_text("The Chinese authorities placed the activist under house arrest.", DAY)
    assert [c[0] for c in coded(held)] == ["173"]
    shut = code_text("The Iranian authorities shut down two reformist newspapers.", DAY)
    assert [c[0] for c in coded(shut)] == ["1721"]
    assert not coded(code_text("The Kenyan bank closed its branch in Lagos.", DAY))
