"""PLOVER types from the codebooks' own wording (session 15c): training, arming, lending or granting money to another
is material aid (CAMEO 071/072: "military and police assistance including arms and personnel", "grants, gifts and
credit"; 062's note: one-way provisions are 07), only training together is military cooperation (062); pardons
and amnesties are concessions (PLOVER manual: CONCEDE, not the release itself); agreeing on a deal's text
finalizes it (057, SUPPORT); people captured are detained (173), places captured occupied (192); and a headline
verb in -s that the parser tags as a plural noun while parsing it as the clause's head is read as the verb.
Passages: WCEP daily bullets (2025, not the gold; marked) and sentences written for these tests; no gold
sentence is copied."""

from __future__ import annotations

from events_helpers import coded_sides, plover_types

from tidings.analysis import code_text

DAY = "2025-06-01"


def test_training_another_country_s_forces_is_military_aid() -> None:
    assert coded_sides(code_text("Turkey trained Somali soldiers at a base in Mogadishu.", DAY), ("06", "07")) == [
        ("072", "TUR", "SOM")]
    assert coded_sides(code_text("Britain provided training to Ukrainian troops.", DAY), ("06", "07")) == [
        ("072", "GBR", "UKR")]
    assert plover_types("Turkey trained Somali soldiers at a base in Mogadishu.", DAY) == ["AID"]


def test_forces_training_with_one_another_cooperate() -> None:
    events = code_text("Turkey trained its troops with Somali soldiers near Mogadishu.", DAY)
    assert [e.cameo for e in events if e.cameo.startswith(("06", "07"))][:1] == ["062"]


def test_arms_and_money_given_to_an_actor_are_aid() -> None:
    assert coded_sides(code_text("Iran armed the Houthi rebels.", DAY), ("07",)) == [("072", "IRN", "YEM")]
    assert coded_sides(code_text("Japan lent $500 million to Sri Lanka.", DAY), ("07",)) == [("071", "JPN", "LKA")]
    assert coded_sides(code_text("Germany granted 20 million euros to Jordan.", DAY), ("07",)) == [
        ("070", "DEU", "JOR")]
    assert not coded_sides(code_text("Heavily armed men stormed the hotel.", DAY), ("07",))


def test_pardons_and_amnesties_are_concessions() -> None:
    text = ("Belarusian president Alexander Lukashenko pardons 18 political prisoners, including 15 for political "
            "charges and three who were convicted of unspecified crimes.")  # WCEP bullet
    assert plover_types(text, DAY) == ["CONCEDE"]
    assert plover_types("The Georgian president granted amnesty to two opposition politicians.", DAY) == ["CONCEDE"]
    assert plover_types("Rebels released 20 Georgian prisoners.", DAY) == ["RETREAT"]


def test_agreeing_on_the_text_of_a_deal_finalizes_it() -> None:
    events = code_text("Kenya and Uganda agreed on the final text of the border treaty.", DAY)
    assert {e.cameo for e in events} == {"057"}
    assert {e.plover for e in events} == {"SUPPORT"}


def test_people_captured_are_detained_places_captured_occupied() -> None:
    text = ("In a joint military operation, Puntland Counter-Terrorism forces capture the financial chief of "
            "ISIS-Somalia and two others.")  # WCEP bullet, shortened
    assert {e.cameo for e in code_text(text, DAY)} == {"173"}
    assert {e.cameo for e in code_text("Russian forces captured the village of Fyholivka.", DAY)} == {"192"}


def test_a_headline_verb_tagged_as_a_plural_noun_is_read_as_the_verb() -> None:
    text = ("A Peruvian court sentences former president Alejandro Toledo to 13 years and four months in prison "
            "for laundering bribes.")  # WCEP bullet, shortened
    assert coded_sides(code_text(text, DAY), ("11",)) == [("116", "PER", "PER")]
    assert not code_text("The court's sentences were harsh.", DAY)
