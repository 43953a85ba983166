"""The field's agent dictionary (Phoenix.agents.txt) converted into sector words (tidings.actors.phoenix_agents).

Converter tests run on a small agents file written here (the dictionary's format); finder tests on own passages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tidings.actors.base as base_module
from tidings.actors import load_actor_base, tables
from tidings.actors.phoenix_agents import IMPORTED_SECTORS, excluded, sector_rows, tidings_sector

AGENTS = """# a small agents file in the Phoenix format
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES

FISHER!PERSON! [~AGR]
IRRIGATION_!MINIST! [~GOVAGR]
ARMED_GANG [~UAF]
EXTREMIST_WAHHABI [~MUSRAD]
BUDDHIST_MONK [~BUD]
PEOPLE [~PPL]
TRUCE_MONITOR [IGO~]
HITMAN {HITMEN} [~UAF]
TRIGGERMAN {} [~UAF]
WARSHIP [~MIL]
SOLDIER [~MIL]
HOSPITAL_BOARD [~HLH]
STATE_GOVERNOR [~GOV]
AMBASSADOR_TO {} [~GOV]
"""


@pytest.fixture()
def rows(tmp_path: Path) -> dict[str, list[str]]:
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    return {row[0].split("|")[0]: row for row in sector_rows(path, {"warship": "a vehicle"}, sectors=None,
                                                                  bodies=True)}


@pytest.mark.parametrize(("code", "sector"), [
    ("~COP", "COP"), ("~GOVMED", "GOV"), ("~MILSPY", "MIL"), ("~MUS", "REL"), ("~CHRCTH", "REL"),
    ("~MUSRAD", "RAD"), ("~MUSREB", "REB"), ("~UAF", "REB"), ("~UAFMUS", "REB"), ("~PPL", None), ("~IMG", None),
])
def test_sector_codes_map_onto_tidings_sectors(code: str, sector: str | None) -> None:
    assert tidings_sector(code) == sector


def test_substitution_sets_are_expanded(rows: dict[str, list[str]]) -> None:
    assert {"fisherman", "fishermen", "fisherwoman", "fisherperson"} <= rows.keys()
    assert rows["irrigation ministry"][1] == "GOV"
    assert rows["irrigation ministry"][2] == "body"
    assert rows["fisherman"][2] == "person"


def test_codes_without_a_tidings_sector_and_prefix_codes_are_left_out(rows: dict[str, list[str]]) -> None:
    assert "people" not in rows
    assert "truce monitor" not in rows
    assert rows["armed gang"][1] == "REB"
    assert rows["extremist wahhabi"][1] == "RAD"
    assert rows["buddhist monk"][1] == "REL"


def test_explicit_plurals_are_kept(rows: dict[str, list[str]]) -> None:
    assert rows["hitman"][0] == "hitman|hitmen"
    assert rows["triggerman"][0] == "triggerman|triggerman"  # "{}": no generated plural


def test_exclusions_and_hand_table_phrases_are_not_written(rows: dict[str, list[str]]) -> None:
    assert "warship" not in rows  # excluded
    assert "soldier" not in rows  # the hand table sectors.tsv has it: its row wins
    assert rows["hospital board"][1] == "HLH"
    assert "state governor" not in rows  # "state" (a place level) before "governor": the finder composes it
    assert "ambassador to" not in rows  # would cut off the name after it


def test_only_political_sectors_are_imported_by_default(tmp_path: Path) -> None:
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    rows = {row[0].split("|")[0]: row for row in sector_rows(path, {})}
    assert {"irrigation minister", "armed gang", "extremist wahhabi", "hitman"} <= rows.keys()
    assert not {"fisherman", "buddhist monk", "hospital board"} & rows.keys()
    assert "irrigation ministry" not in rows  # a named institution: not imported by default
    assert rows["armed gang"][2] == "body"  # a group is
    assert {row[1] for row in rows.values()} <= IMPORTED_SECTORS


def test_every_exclusion_has_a_reason() -> None:
    reasons = excluded()
    assert len(reasons) > 50
    assert all(reasons.values())
    assert {"state-owned", "muslim", "revolt", "intelligence"} <= reasons.keys()


def test_shipped_table_does_not_repeat_the_hand_table() -> None:
    _, hand, _ = tables.read_rows(tables.data_dir() / "sectors.tsv")
    _, generated, _ = tables.read_rows(tables.data_dir() / "phoenix_sectors.tsv")
    hand_forms = {phrase.lower() for phrase, _ in tables.sector_words(hand)}
    assert len(generated) > 1500
    assert {row["sector"] for row in generated} <= IMPORTED_SECTORS
    # named institutions are not imported ("X of Y" is judged by its head X: "chief of election commission" is a person)
    assert not [row for row in generated if " of " not in row["phrase"]
                and row["phrase"].split()[-1] in ("ministry", "commission", "council")]
    assert not hand_forms & {row["phrase"].split("|")[0] for row in generated}
    assert not excluded().keys() & {row["phrase"].split("|")[0] for row in generated}


def test_generated_table_loads_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_actor_base()
    read: list[str] = []
    real = tables.read_rows
    monkeypatch.setattr(tables, "read_rows", lambda path: read.append(Path(path).name) or real(path))
    assert load_actor_base() is first
    assert "phoenix_sectors.tsv" not in read
    assert "phoenix_sectors.tsv" in base_module.DEFAULT_FILES


@pytest.mark.parametrize(("text", "phrase", "sector"), [
    # own passages
    ("Government spokesmen denied the report.", "Government spokesmen", "GOV"),
    ("An armed gang abducted the village chief.", "An armed gang", "REB"),
    ("Opposition forces shelled the airport overnight.", "Opposition forces", "OPP"),
    ("Riot police dispersed the crowd with tear gas.", "Riot police", "COP"),
    ("The military junta extended the curfew.", "The military junta", "GOV"),
])
def test_phoenix_phrases_are_found_as_actors(mentions, text: str, phrase: str, sector: str) -> None:  # type: ignore[no-untyped-def]
    found = mentions(text)
    assert found[phrase].sector == sector


@pytest.mark.parametrize("text", [
    # own passages: excluded words make no actor
    "The state-owned broker posted a loss.",
    "The revolt spread to three provinces.",
    "Artificial intelligence was the theme of the fair.",
])
def test_excluded_words_make_no_actor(mentions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [m for m, ref in mentions(text).items() if ref.sector and m.lower().split()[-1] in
                ("state-owned", "broker", "revolt", "intelligence")]
