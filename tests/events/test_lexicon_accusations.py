"""Accusations told through idioms and light verbs (CAMEO 11x, PLOVER ACCUSE): a court finding a party guilty
(116, as "convict"; not when it finds them NOT guilty), a case brought or filed against a party (115), "hit out at"
and "take aim at" (111). Passages: WCEP daily bullets (2025, not the gold) and sentences written for these tests;
no gold sentence is copied."""

from __future__ import annotations

from events_helpers import coded_sides

from tidings.analysis import code_text
from tidings.records import Event

DAY = "2025-06-01"


def accusations(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return coded_sides(events, ("11",))


def test_a_court_finding_a_party_guilty_convicts_it() -> None:
    text = ("A court in Zaporizhzhia, Ukraine, finds a Russian soldier guilty of killing a surrendered Ukrainian "
            "soldier in January 2024.")  # WCEP bullet
    assert accusations(code_text(text, DAY)) == [("116", "UKR", "RUS")]


def test_a_court_finding_a_party_not_guilty_convicts_no_one() -> None:
    text = ("A court in Belfast, Northern Ireland, finds a British soldier not guilty over killings on Bloody Sunday "
            "in 1972 in Derry.")  # WCEP bullet
    assert not accusations(code_text(text, DAY))
    assert not accusations(code_text("Iraqi police found weapons in the car of the Syrian driver.", DAY))


def test_bringing_or_filing_a_case_against_a_party_sues_it() -> None:
    text = ("South Korean police file a case against impeached president Yoon Suk Yeol for obstructing his arrest "
            "warrant.")  # WCEP bullet
    assert accusations(code_text(text, DAY)) == [("115", "KOR", "KOR")]
    brought = code_text("Chile brought a case against Bolivia at the International Court of Justice.", DAY)
    assert accusations(brought) == [("115", "CHL", "BOL")]
    assert not accusations(code_text("In the case of Chile, the government of Peru sent aid.", DAY))


def test_hitting_out_and_taking_aim_at_a_party_criticize_it() -> None:
    for text in ("The Chinese foreign ministry hit out at Japan over the visit.",
                 "The Chinese foreign ministry took aim at Japan over the visit."):
        assert accusations(code_text(text, DAY)) == [("111", "CHN", "JPN")], text
    assert not accusations(code_text("A Chinese missile hit an oil depot in Japan.", DAY))


def test_criminal_cases_and_proceedings_opened_against_a_party_accuse_it() -> None:
    for text in ("Russian prosecutors opened a criminal case against the Ukrainian commander.",
                 "The Turkish authorities launched criminal proceedings against the Swedish journalist."):
        assert [c[0] for c in accusations(code_text(text, DAY))] == ["1121"], text
    impeach = code_text("The Peruvian Congress opened impeachment proceedings against the president.", DAY)
    assert [c[:2] for c in accusations(impeach)] == [("1121", "PER")]


def test_a_government_protesting_an_act_complains_officially_but_crowds_demonstrate() -> None:
    official = code_text("The Philippine government protested China's actions in the South China Sea.", DAY)
    assert accusations(official) == [("114", "PHL", "CHN")]
    crowd = code_text("Thousands of Chileans protested against the government in Santiago.", DAY)
    assert [e.cameo for e in crowd] == ["141"]
