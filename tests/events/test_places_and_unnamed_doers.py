"""Round 3: where an event happened and who did it when the sentence names no doer.

Sentences are written for these tests in the style of agency news (not taken from any gold set); the whole
pipeline (actor base, gazetteer, temporal engine) is used.
"""

from __future__ import annotations

import pytest

from tidings.analysis import code_text
from tidings.records import Event


def source_country(events: list[Event], prefix: str) -> str | None:
    found = [e for e in events if e.cameo.startswith(prefix)]
    assert found, [e.cameo for e in events]
    return found[0].source.country if found[0].source else None


@pytest.mark.parametrize(("text", "country"), [
    ("A car bomb near the city of Kirkuk killed four policemen on Tuesday.", "IRQ"),
    ("A roadside bomb in Kandahar killed two soldiers.", "AFG"),
    ("An explosion near the town of Maiduguri killed six villagers on Friday.", "NGA"),
])
def test_unattributed_attack_is_placed_where_it_happened(text: str, country: str) -> None:
    assert source_country(code_text(text, "2024-03-05"), "19") == country


def test_a_named_attacker_is_kept() -> None:
    events = code_text("A Russian strike on Kharkiv killed five civilians.", "2024-03-05")
    assert source_country(events, "19") == "RUS"


def test_an_actor_based_in_a_town_takes_its_country() -> None:
    events = code_text("A newspaper based in Peshawar accused the governor of corruption.", "2024-03-05")
    assert source_country(events, "11") == "PAK"


def test_an_unplaced_opposition_group_acting_on_a_state_is_of_that_state() -> None:
    events = code_text("Striking workers demanded the resignation of the Kenyan president.", "2024-03-05")
    assert source_country(events, "1") == "KEN"


def test_a_government_official_acting_on_a_foreign_state_is_not_made_domestic() -> None:
    events = code_text("Officials met the Kenyan president on Monday.", "2024-03-05")
    assert all(e.source is None or e.source.country != "KEN" for e in events)


def test_a_container_noun_is_looked_through() -> None:
    events = code_text("The United States suspended its military aid program for Bosnia.", "2024-03-05")
    assert [e.cameo for e in events if e.cameo.startswith("16")] == ["162"]


def test_an_organization_after_of_owns_the_troops() -> None:
    events = code_text("The first deployment of NATO peacekeeping troops arrived in Kosovo.", "2024-03-05")
    arrivals = [e for e in events if e.source is not None and e.source.country == "NATO"]
    assert arrivals and arrivals[0].source is not None and arrivals[0].source.sector == "MIL"
