"""Event nouns whose sides stand outside their own phrase (events/nominal.py, nominal.toml `[members]`): an object
that lists or counts whom the act is aimed at, "between X and Y" hung on the verb the noun is the subject of, a measure
noun or an ordinal standing in for the noun's phrase, and an undoing verb whose active subject is the act. The
passages are written for these tests; no gold sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.records import Event

DAY = "2025-06-01"


def _sides(events: list[Event], prefix: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if e.cameo.startswith(prefix)}


def _pair(events: list[Event], prefix: str) -> set[frozenset[str | None]]:
    return {frozenset(sides) for sides in _sides(events, prefix)}


def test_an_object_that_names_no_actor_stands_for_the_members_it_lists() -> None:
    events = code_text("Russia's talks with several partners, including China and India, went well.", DAY)
    assert _sides(events, "046") == {("RUS", "CHN"), ("RUS", "IND")}


def test_such_as_lists_the_members_too() -> None:
    events = code_text("The EU's sanctions on several countries, such as Iran and Syria, remain in force.", DAY)
    assert _sides(events, "163") == {("EU", "IRN"), ("EU", "SYR")}


def test_a_measure_of_worth_counts_the_goods_it_is_aimed_at() -> None:
    events = code_text("Canada's tariffs on $30 billion worth of Chinese steel angered Beijing.", DAY)
    assert ("CAN", "CHN") in _sides(events, "163")


def test_between_hung_on_the_verb_names_both_sides() -> None:
    events = code_text("Clashes broke out on Monday between Indian and Pakistani troops.", DAY)
    assert _pair(events, "190") == {frozenset({"IND", "PAK"})}


def test_between_after_a_measure_noun_and_its_verb() -> None:
    events = code_text("A new round of talks opened in Cairo on Sunday between Egypt and Ethiopia.", DAY)
    assert _pair(events, "046") == {frozenset({"EGY", "ETH"})}


def test_a_measure_noun_lends_the_act_its_possessor() -> None:
    events = code_text("Israel's latest wave of strikes on Gaza killed 20 people.", DAY)
    assert ("ISR", "PSE") in _sides(events, "19")


def test_an_ordinal_after_a_copula_stands_for_the_noun() -> None:
    events = code_text("The strike was the first by Israel on Iranian soil since June.", DAY)
    assert _sides(events, "195") == {("ISR", "IRN")}


def test_an_ordinal_names_the_sides_of_a_meeting() -> None:
    events = code_text("The meeting was the second between Russia and the United States this year.", DAY)
    assert _pair(events, "040") == {frozenset({"RUS", "USA"})}


def test_talks_that_ended_were_held() -> None:
    events = code_text("The talks between Serbia and Kosovo ended without a deal.", DAY)
    assert [e.mode for e in events if e.cameo == "046"] == ["factual"]


def test_an_object_that_names_an_actor_keeps_it() -> None:
    events = code_text("Japan's sanctions on Russian banks, including Sberbank, took effect.", DAY)
    assert _sides(events, "163") <= {("JPN", "RUS")}


def test_sanctions_undergone_are_aimed_at_who_is_under_them() -> None:
    events = code_text("Cuba and Venezuela are under U.S. sanctions.", DAY)
    assert _sides(events, "163") == {("USA", "CUB"), ("USA", "VEN")}


def test_sanctions_come_under_are_imposed_by_the_from_phrase() -> None:
    events = code_text("Iran came under new sanctions from the European Union.", DAY)
    assert _sides(events, "163") == {("EU", "IRN")}
