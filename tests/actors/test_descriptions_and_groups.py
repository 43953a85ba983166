"""Actors named without a name: country descriptions ("the Central Asian country"), ethnic groups, peoples
named by where they live ("Bosnian Serbs"); and office changes of 2025 in the world tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tidings.actors import ActorBase, load_actor_base
from tidings.actors.tables import read_rows, region_words
from tidings.records import ActorRef

Mentions = Callable[..., dict[str, ActorRef]]


def test_region_description_resolves_to_the_country_named_before(mentions: Mentions) -> None:
    found = mentions("Xi arrived in Kazakhstan on Tuesday. China will open a workshop in the Central Asian country.",
                     "2024-07-04")
    assert found["the Central Asian country"].country == "KAZ"


def test_region_words_exclude_countries_outside_the_region(mentions: Mentions) -> None:
    found = mentions("Officials from Russia and Kazakhstan met. Moscow praised the Central Asian country.",
                     "2024-07-04")
    assert found["the Central Asian country"].country == "KAZ"  # Russia is named later but is not Central Asian


def test_plain_description_is_not_the_subject_of_its_own_clause(mentions: Mentions) -> None:
    found = mentions("Peru recalled its ambassador. Chile said it will send aid to the country.", "2024-07-04")
    assert found["the country"].country == "PER"


def test_description_without_an_earlier_country_names_nothing(mentions: Mentions) -> None:
    assert "the Central Asian country" not in mentions("Investors returned to the Central Asian country.", "2024")


def test_ethnic_group_has_no_country_of_its_own(mentions: Mentions) -> None:
    group = mentions("Ethnic Albanians protested in Skopje.", "2001")["Ethnic Albanians"]
    assert (group.country, group.sector, group.name) == (None, "CVL", "Albanians")


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Bosnian Serbs said their forces had withdrawn.", "Bosnian Serbs", "BIH"),
    ("Syrian Armenians fled to Yerevan.", "Syrian Armenians", "SYR"),
])
def test_people_named_by_where_they_live(mentions: Mentions, text: str, phrase: str, country: str) -> None:
    assert mentions(text, "1995")[phrase].country == country


@pytest.mark.parametrize(("name", "date", "actor_id", "sector"), [
    ("the German chancellor", "2025-09", "friedrich-merz", "GOV"),
    ("the German chancellor", "2024-09", "olaf-scholz", "GOV"),
    ("Canadian Prime Minister", "2025-06", "mark-carney", "GOV"),
    ("Pope Leo XIV", "2025-06", "pope-leo-xiv", "GOV"),
    ("Gorbachev", "1991-06", "mikhail-gorbachev", "GOV"),
    ("Omar El Bashir", "2000", "omar-al-bashir", "GOV"),
])
def test_dated_roles_added_for_2025_and_spellings(base: ActorBase, name: str, date: str, actor_id: str,
                                                  sector: str) -> None:
    ref = base.lookup(name, date)
    assert ref is not None and (ref.actor_id, ref.sector) == (actor_id, sector)


def test_us_bodies_are_placed(mentions: Mentions) -> None:
    found = mentions("The Justice Department and USAID declined to comment.", "2025-02")
    assert found["Justice Department"].code == "USAJUD" and found["USAID"].country == "USA"


def test_regions_table_reads_and_extra_file_extends(tmp_path: Path) -> None:
    kind, rows, _ = read_rows(Path(__file__).parents[2] / "src/tidings/data/actors/regions.tsv")
    table = dict(region_words(rows))
    assert kind == "regions" and {"KAZ", "UZB"} <= table["central asian"]
    extra = tmp_path / "regions.tsv"
    extra.write_text("words\tcountries\nandean\tBOL|COL|ECU|PER\n", encoding="utf-8")
    assert load_actor_base([str(extra)]).regions["andean"] == frozenset({"BOL", "COL", "ECU", "PER"})


def test_a_country_opening_a_newspaper_s_name_is_its_media(mentions: Mentions) -> None:
    """A non-gold AEB page (08f79376, a Browns fight story); "USA Today" is a newspaper, not the United States.
    A name that goes on after the media word is something else (written here)."""
    found = mentions("Richardson, via USA Today, said that Rudolph \"can't antagonize a fight and then claim "
                     "bullying.", "2019-11-19")
    assert (found["USA Today"].country, found["USA Today"].sector) == ("USA", "MED")
    assert "USA" not in found
    square = mentions("Protesters gathered in Hong Kong Times Square on Sunday.", "2019-11-19")
    assert "Hong Kong Times" not in square


@pytest.mark.parametrize(("text", "phrase", "sector"), [
    # a non-gold AEB page (0dd13570, The Paradigm, Nigeria's Senate)
    ("Lawan raised the motion after the Senate President Bukola Saraki , read 16 letters that the legislative "
     "chambers had received.", "the Senate President Bukola Saraki", "LEG"),
    ("Senate Leader, Ahmad Lawan raises a motion on the deaths.", "Senate Leader, Ahmad Lawan", "LEG"),
    # written here
    ("The Inspector-General of Police, Mohammed Adamu, ordered the arrest of the suspects.",
     "The Inspector-General of Police, Mohammed Adamu", "COP"),
])
def test_offices_of_senates_and_police_forces(mentions: Mentions, text: str, phrase: str, sector: str) -> None:
    found = mentions(text, "2018-10-09")
    assert found[phrase].sector == sector


def test_abbreviated_military_ranks(mentions: Mentions) -> None:
    """A non-gold AEB page (680c2848, the impeachment hearings): "Lt. Col." names a military officer; the
    second sentence is written here."""
    found = mentions("Lt. Col. Alexander Vindman, a National Security Council expert on Ukraine testified before "
                     "the House Intelligence Committee. US Army Maj. Gen. Patrick Donahoe visited the base.",
                     "2019-11-19")
    assert found["Lt. Col. Alexander Vindman"].sector == "MIL"
    assert (found["US Army Maj. Gen. Patrick Donahoe"].country, found["US Army Maj. Gen. Patrick Donahoe"].sector) \
        == ("USA", "MIL")


def test_an_office_of_a_body_named_after_a_nationality_is_not_the_state_s(mentions: Mentions) -> None:
    """Written here: "the president of the American Red Cross" is American, but neither the US president nor
    a government official."""
    found = mentions("The president of the American Red Cross said volunteers were ready.", "2019-11-19")
    office = next(ref for text, ref in found.items() if text.startswith("The president"))
    assert office.actor_id is None and office.country == "USA" and office.sector != "GOV"
