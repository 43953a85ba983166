"""Issue 13 point 6: the right participant as source and target, from the verb's own clause.

Passages written for these tests in the style of agency news (no gold sentence).
"""

from __future__ import annotations

import pytest

from tidings.analysis import code_text


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, "2024-03-05")]


def _acts_of(text: str, word: str) -> list[tuple[str, str | None, str | None]]:
    """The sides of the events whose trigger includes `word`."""
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, "2024-03-05") if e.verb_span and word in text[e.verb_span[0]:e.verb_span[1]]]


@pytest.mark.parametrize(("text", "word", "victim"), [
    ("A court in Lyon sentenced two men to life in prison for murdering a Moroccan diplomat in 2021.", "sentenced",
     "MAR"),
    ("A court in Seoul issued an arrest warrant for Lee Sang-ho for destroying records about the Japanese embassy.",
     "issued", "JPN"),
])
def test_the_victim_of_the_crime_is_not_the_courts_target(text: str, word: str, victim: str) -> None:
    """"sentenced X FOR murdering Y": the court acts on X; Y, inside the charge, is no target of the sentence."""
    court_acts = _acts_of(text, word)
    assert court_acts, _sides(text)
    assert all(target != victim for _, _, target in court_acts), _sides(text)


def test_a_bare_passive_keeps_its_charge() -> None:
    """"was arrested for attacking ..." names no one else the arrest is done to: the rule needs an object."""
    sides = _sides("Police in Athens arrested two men for attacking the Turkish consulate.")
    assert sides, sides


def test_the_one_asked_does_the_wanted_act() -> None:
    """"the senator's request TO the Mexican government to investigate": the government investigates (the
    senator does the REQUEST)."""
    sides = _sides("The senator's request to the Mexican government to investigate the killings was turned down.")
    assert ("020", None, "MEX") in sides, sides
    investigations = [s for s in sides if s[0].startswith("09")]
    assert investigations and all(source == "MEX" for _, source, _ in investigations), sides


def test_without_the_one_asked_the_asker_keeps_the_act() -> None:
    """No "to"/"on" object on the request: nothing to hand the infinitive to."""
    sides = _sides("Germany's request to investigate the killings in Mali was welcomed by the United Nations.")
    assert all(source != "MLI" for code, source, _ in sides if code.startswith("09")), sides


@pytest.mark.parametrize("text", [
    "A French court sentenced Karim Dufour to 20 years in prison for killing the Moroccan ambassador.",
    "A Kenyan court jailed three men for attacking Ugandan traders.",
])
def test_the_court_does_not_do_the_crime(text: str) -> None:
    """The act one is sentenced FOR is the accused's, even when the parser hangs "for" on "prison"; an accused the
    base cannot place leaves it without a source, not with the court (the story's other side)."""
    crimes = [s for s in _sides(text) if s[0][:2] in ("18", "19")]
    assert all(source is None for _, source, _ in crimes), _sides(text)


def test_a_placed_accused_does_the_crime() -> None:
    sides = _sides("A Kenyan court jailed three Somali men for six years for attacking Ugandan traders.")
    assert any(code[:2] == "19" and (source, target) == ("SOM", "UGA") for code, source, target in sides), sides


@pytest.mark.parametrize(("text", "reporter"), [
    ("Voice of America reported that Iranian forces seized a tanker in the Gulf.", "USA"),
    ("Rebels attacked a convoy near Goma, Agence France-Presse reported.", "FRA"),
])
def test_a_country_in_a_news_outlets_name_is_no_side(text: str, reporter: str) -> None:
    """The outlet that reports the act names no side of it, though its name holds a country."""
    sides = _sides(text)
    assert sides and all(reporter not in (source, target) for _, source, target in sides), sides


@pytest.mark.parametrize(("text", "person", "country"), [
    ("Israel killed Samir Khalil in an airstrike, Hamas said.", "Samir Khalil", "PSE"),
    ("A court in Osaka, Japan, sentenced Hiroshi Tanaka to life in prison.", "Hiroshi Tanaka", "JPN"),
])
def test_an_unplaced_person_in_the_slot_is_the_target(text: str, person: str, country: str) -> None:
    """A person the actor base does not know, named as the act's object, is the target; the story's other side
    only lends the country (it no longer stands in for the person)."""
    events = code_text(text, "2024-03-05")
    assert any(e.target is not None and e.target.text == person and e.target.country == country for e in events), [
        (e.cameo, e.source, e.target) for e in events]
