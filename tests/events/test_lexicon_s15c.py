"""PLOVER types from the codebooks' own wording (session 15c): arming another, lending or granting it money is
material aid (CAMEO 071/072: "military and police assistance including arms and personnel", "grants, gifts and
credit"; 062's note: one-way provisions are 07); agreeing on a deal's text finalizes it (057, SUPPORT); pulling
or walking out of talks halts them (164), out of a pact or coalition breaks relations (161); people captured are
detained (173), places captured occupied (192); and a headline verb in -s that the parser tags as a plural noun
while parsing it as the clause's head is read as the verb.
Passages: WCEP daily bullets (2025, not the gold; marked) and sentences written for these tests; no gold
sentence is copied."""

from __future__ import annotations

from events_helpers import coded_sides

from tidings.analysis import code_text

DAY = "2025-06-01"


def test_arms_and_money_given_to_an_actor_are_aid() -> None:
    assert coded_sides(code_text("Iran armed the Houthi rebels.", DAY), ("07",)) == [("072", "IRN", "YEM")]
    assert coded_sides(code_text("Japan lent $500 million to Sri Lanka.", DAY), ("07",)) == [("071", "JPN", "LKA")]
    assert coded_sides(code_text("Germany granted 20 million euros to Jordan.", DAY), ("07",)) == [
        ("070", "DEU", "JOR")]
    assert not coded_sides(code_text("Heavily armed men stormed the hotel.", DAY), ("07",))


def test_agreeing_on_the_text_of_a_deal_finalizes_it() -> None:
    events = code_text("Kenya and Uganda agreed on the final text of the border treaty.", DAY)
    assert {e.cameo for e in events} == {"057"}
    assert {e.plover for e in events} == {"SUPPORT"}


def test_pulling_or_walking_out_of_talks_halts_them() -> None:
    assert coded_sides(code_text("Kenya pulled out of the talks with Uganda.", DAY), ("16", "08")) == [
        ("164", "KEN", "UGA")]
    assert coded_sides(code_text("Kenya walked out of the summit with Uganda.", DAY), ("16", "08")) == [
        ("164", "KEN", "UGA")]
    assert [c for c, _, _ in coded_sides(code_text("Kenya pulled out of the coalition.", DAY), ("16", "08"))] == [
        "161"]
    assert [c for c, _, _ in coded_sides(code_text("Kenyan troops pulled out of the town.", DAY), ("16", "08"))] == [
        "087"]


def test_people_captured_are_detained_places_captured_occupied() -> None:
    text = ("In a joint military operation, Puntland Counter-Terrorism forces capture the financial chief of "
            "ISIS-Somalia and two others.")  # WCEP bullet, shortened
    assert {e.cameo for e in code_text(text, DAY)} == {"173"}
    assert {e.cameo for e in code_text("Russian forces captured the village of Fyholivka.", DAY)} == {"192"}


def test_a_headline_verb_tagged_as_a_plural_noun_is_read_as_the_verb() -> None:
    text = ("A Peruvian court sentences former president Alejandro Toledo to 13 years and four months in prison "
            "for laundering bribes.")  # WCEP bullet, shortened
    # a sentence to prison is a detention (CAMEO 173; s16i), no longer 116
    assert coded_sides(code_text(text, DAY), ("17",)) == [("173", "PER", "PER")]
    assert not code_text("The court's sentences were harsh.", DAY)
