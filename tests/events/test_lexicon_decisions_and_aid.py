"""Codebook senses for session 13: aid paused, withheld or ended is aid stopped (CAMEO 162, PETRARCH-2's FREEZE and
WITHHOLD "AID" lines); an embassy opened or reopened is diplomatic recognition (PETRARCH-2 OPEN/REOPEN "EMBASSY", 054);
an investigation reopened is one opened (090); fuel, food and aid trucks let in are aid allowed (0863); refugees or
citizens evacuated are brought to safety (073, PETRARCH-2 EVACUATE "&REFUGEE"); seeking or requesting an extradition
is an appeal for judicial cooperation (0213, PETRARCH-2 SEEK/REQUEST "EXTRADITION"), not a promise of it; a government
overthrown by force is unconventional violence (PETRARCH-2 OVERTHREW, 180); a crowd named only by its number protests
("thousands marched"). Passages: sentences written for these tests after WCEP daily bullets (2025, not the gold); no
gold sentence is copied."""

from __future__ import annotations

from events_helpers import coded_sides

from tidings.analysis import code_text
from tidings.records import Event

DAY = "2025-06-01"


def coded(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return coded_sides(events, ("",), ("01",))


def codes(text: str) -> list[str]:
    return [c[0] for c in coded(code_text(text, DAY))]


def test_aid_paused_withheld_or_ended_is_aid_stopped() -> None:
    assert coded(code_text("The United States paused all military aid to Ukraine on Monday.", DAY)) == [
        ("162", "USA", "UKR")]
    assert coded(code_text("The US withheld military assistance from Egypt over human rights concerns.", DAY)) == [
        ("162", "USA", "EGY")]
    assert codes("Sweden ended its development aid to Tanzania.") == ["162"]
    assert "162" not in codes("The Korean carmaker paused production at its plant in Alabama.")


def test_an_embassy_reopened_is_recognition_and_an_inquiry_reopened_is_opened() -> None:
    assert codes("Syria reopened its embassy in London.") == ["054"]
    assert codes("Germany opened an embassy in Pristina.") == ["054"]
    assert codes("French prosecutors reopened the investigation into the death of the Rwandan president.") == ["090"]


def test_a_government_overthrown_by_force() -> None:
    assert codes("The Sudanese army overthrew President Omar al-Bashir in April 2019.") == ["180"]
    assert codes("Soldiers in Gabon ousted President Ali Bongo hours after his re-election.") == ["180"]
    assert "180" not in codes("Voters in Peru ousted the incumbent mayor in Tuesday's election.")
    assert "180" not in codes("Protesters in Baghdad toppled a statue of the former dictator in the main square.")


def test_a_crowd_named_by_its_number_protests() -> None:
    assert coded(code_text("Thousands demonstrated in Tbilisi on Sunday night.", DAY)) == [("141", "GEO", None)]


def test_aid_trucks_let_in_and_citizens_evacuated() -> None:
    assert codes("Israel allowed aid trucks into Gaza on Sunday.") == ["0863"]
    assert codes("Egypt permitted fuel shipments through the Rafah crossing.") == ["0863"]
    assert coded(code_text("India evacuated 300 Nepalese citizens from Sudan.", DAY)) == [("073", "IND", "NPL")]
    # an armed force leaving a place it held still retreats
    assert codes("Russian troops evacuated the base near Kherson.") == ["087"]


def test_an_extradition_sought_is_asked_for_not_promised() -> None:
    assert coded(code_text("Turkey sought the extradition of the cleric from the United States.", DAY)) == [
        ("0213", "TUR", "USA")]
    assert [e.plover for e in code_text("Peru requested the extradition of the former president.", DAY)] == [
        "REQUEST"]
    assert "0213" not in codes("Turkey is seeking to expand its trade with Iraq.")
