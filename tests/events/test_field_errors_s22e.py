"""Field errors of coded events seen on unseen news (session 22, task e): a frame verb made another verb by its
particle, the subject of a verb of foiling taken for the doer of the act it foiled, and a `subj=` condition not met
through an infinitive. The passages are written for these tests; no gold sentence is copied."""

from __future__ import annotations

import pytest

from tidings.analysis import code_text
from tidings.records import Event


def _events(text: str) -> list[Event]:
    return code_text(text, "2025-06-01")


def _codes(text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.source.country if e.source else None) for e in _events(text)]


# "push", "call", "set" are frame verbs (an appeal, a plan); with "back", "off", "aside" they are other verbs.
@pytest.mark.parametrize("text", [
    "Kenya pushed back the deadline for the election by two weeks.",
    "The Nigerian government pushed the deadline back to March.",
])
def test_a_phrasal_verb_is_no_frame_over_its_object(text: str) -> None:
    assert not [c for c, _ in _codes(text) if c.startswith("02")]


def test_the_frame_verb_without_particle_still_frames() -> None:
    assert [c for c, _ in _codes("Germany called for talks with Russia.")] == ["020"]


# The one who foils an act is not its doer; the act foiled did not come about (CAMEO codes the security act or
# nothing).
@pytest.mark.parametrize("text", [
    "French police foiled a plot to bomb the Eiffel Tower, the interior minister said.",
    "The Egyptian army thwarted an attempt to overthrow the government.",
    "Kenyan police stopped the protesters from storming parliament.",
    "A plot to kill the Pakistani president was foiled by the army.",
])
def test_the_foiler_does_not_do_the_foiled_act(text: str) -> None:
    assert not [c for c, _ in _codes(text) if c[:2] in ("14", "18", "19", "20")]


def test_an_act_not_prevented_is_still_coded() -> None:
    text = "The Israeli army stopped shelling Gaza on Friday."
    assert [c for c, _ in _codes(text)] == ["0871"]


# Protesters storming a building riot (CAMEO 145, as "protesters stormed ..." already is) whether they did it or
# tried: the verbs.txt `subj=` condition is met by the subject an infinitive inherits.
def test_protesters_who_try_to_storm_riot() -> None:
    assert [c for c, _ in _codes("Thousands of demonstrators attempted to storm the presidential palace in Colombo.")
            ] == ["145"]
    assert [c for c, _ in _codes("Protesters tried to storm the parliament building in Belgrade.")] == ["145"]


# Verb senses that are no event: a press conference is a statement, a show hosted has no visitor, a name released
# frees no one; the events of the same verbs stay.
@pytest.mark.parametrize("text", [
    "President Obama held a press conference on Monday to announce his nominee.",
    "The Kenyan actor hosted the awards show in Nairobi in 2019.",
    "Police in Ohio have released the name of the woman who was killed.",
])
def test_verb_senses_that_are_no_event(text: str) -> None:
    assert _codes(text) == []


def test_the_same_verbs_still_code_their_events() -> None:
    assert [c for c, _ in _codes("China hosted the Pakistani prime minister in Beijing.")] == ["043"]
    assert [c for c, _ in _codes("Russia released two American prisoners on Friday.")] == ["0841"]
    assert [c for c, _ in _codes("Egypt held talks with Israel.")] == ["046"]


@pytest.mark.parametrize("text", [
    "Kenyan police thwarted an attack on a bank in Nairobi, arresting five suspects.",
    "Kenyan police thwarted an attack on a bank in Nairobi by arresting five suspects.",
])
def test_what_the_foiler_did_is_still_coded(text: str) -> None:
    assert [c for c, _ in _codes(text)] == ["173"]


@pytest.mark.parametrize("text", [
    "The military junta came to power in Mali in 2020.",
    "Egypt came to the aid of Sudanese refugees.",
])
def test_idioms_of_come_are_no_visit(text: str) -> None:
    assert _codes(text) == []


def test_coming_to_a_country_is_still_a_visit() -> None:
    assert [c for c, _ in _codes("The French president came to Algeria on Monday.")] == ["040"]


# A state's body abroad (an embassy) places no one who acts on it at that state's home; protesters at it are of the
# country where it sits.
def test_protesters_at_an_embassy_are_of_the_country_it_sits_in() -> None:
    assert _codes("Hundreds of protesters stormed the US embassy in Baghdad.") == [("145", "IRQ")]


def test_an_embassy_does_not_make_its_attackers_its_citizens() -> None:
    assert [s for _, s in _codes("Protesters attacked the French embassy in Niamey.")] != ["FRA"]


def test_a_consulate_named_by_its_state_sits_where_its_place_says() -> None:
    text = "Hundreds of protesters tried to storm the consulate of the United States in Karachi, Pakistan."
    assert _codes(text) == [("145", "PAK")]


# "a man accused of killing a journalist": the one accused is the man, never the journalist his alleged act was done
# to (the actor further inside the phrase is no target of the accusation).
def test_the_victim_of_the_offence_is_not_the_accused() -> None:
    events = _events("Police arrested a man accused of killing a Kenyan journalist.")
    assert not [e for e in events if e.cameo.startswith("11") and e.target is not None]
