"""Verb senses that carry over (issue 13, session 18b): senses of PETRARCH-2's CAMEO.2.0 verb blocks that a hand-written
verbs.txt line hid (a verb of verbs.txt replaces its imported lines), and whole families of the PLOVER manual's ACCUSE,
AID, SUPPORT and PROTEST sections (criticism and defamation words, formal charges and lawsuits, investigations,
asylum and aid shipped, protesters rioting).

Every passage here is written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

import pytest

from tidings.analysis import code_text


def _codes(text: str) -> list[str]:
    return [e.cameo for e in code_text(text, "2025-06-01")]


def _has(text: str, prefix: str) -> bool:
    return any(code.startswith(prefix) for code in _codes(text))


@pytest.mark.parametrize(("text", "prefix"), [
    # a verbal attack (PETRARCH-2 PHYSICAL_CONFLICT: "attack" 111 before a plan, a decision, a ruling)
    ("The prime minister attacked the opposition's economic plan.", "111"),
    ("The Turkish president attacked the central bank's decision to raise interest rates.", "111"),
    ("The Chinese foreign ministry hit back at Washington's criticism.", "111"),
    # politicians clash in words (110); protesters clashing with police riot (145)
    ("The two leaders clashed over the budget at the summit.", "110"),
    ("Kenyan protesters clashed with police in Nairobi.", "145"),
    ("Protesters stormed the parliament building in Belgrade.", "145"),
    ("Protesters set fire to the parliament building in Kathmandu.", "145"),
    # criticism (CAMEO 111; PLOVER ACCUSE "criticize, defame, denigrate")
    ("The French president assailed the American tariffs.", "111"),
    ("The German chancellor called out China for its human rights record.", "111"),
    ("The Iranian president pointed the finger at Israel for the explosion.", "112"),
    ("The Chinese foreign ministry took issue with the American report.", "110"),
    ("The Turkish president delivered a stinging rebuke to the European Union.", "111"),
    # formal charges and lawsuits (PLOVER ACCUSE mode allege: "sue, indict, or charge")
    ("French prosecutors pressed charges against the former minister.", "1121"),
    ("The Mexican government slapped a lawsuit on American gun makers.", "115"),
    ("Mexico took the United States to court over the tariffs.", "115"),
    # investigations (PLOVER ACCUSE mode investigate: "any investigation")
    ("The Organization of American States will audit the Bolivian election.", "090"),
    ("The European Commission is scrutinizing the merger between the two German banks.", "090"),
    # PLOVER SUPPORT: "approve policy", "recognition of newly independent states"
    ("Germany gave its approval to the merger.", "051"),
    ("Russia granted recognition to the two breakaway regions.", "054"),
    # PLOVER AID: asylum, material aid (PETRARCH-2 SEND block: ship, transport)
    ("Canada resettled 25,000 Syrian refugees.", "075"),
    ("China shipped medical supplies to Italy.", "070"),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", "071"),
])
def test_sense(text: str, prefix: str) -> None:
    assert _has(text, prefix), _codes(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # an armed attack stays one
    ("Pakistan's army attacked militant hideouts in the north.", "11"),
    ("Houthi rebels attacked the ship for the second time this week.", "11"),
    ("Indian and Chinese troops clashed on the border.", "11"),
    ("Israeli troops stormed the Jenin refugee camp.", "14"),
    # "set fire to homes" plans no shooting (the plan frame's "set" frames only an infinitive)
    ("Soldiers set fire to homes in the village.", "13"),
    # "called out the army" mobilizes, it criticizes no one
    ("The Philippine government called out the army to restore order.", "11"),
])
def test_not_sense(text: str, wrong: str) -> None:
    assert not _has(text, wrong), _codes(text)


def test_set_to_still_plans() -> None:
    """"is set to visit" is still a planned visit (the plan frame reads the infinitive)."""
    assert _has("The Chinese president is set to visit Russia next week.", "036")
