"""Yield constructions of session 21 (s21f), from the PLOVER and CAMEO codebooks' YIELD (CAMEO 08): martial law
ended, a captive "let go", armed forces leaving a place, office holders standing down or quitting as minister,
governments reversing course, caving in or succumbing to pressure, a veto lifted, power handed over, fire halted,
an attack ceased ("stopped shelling"); a curfew or a state of emergency lifted in the passive is lifted by the
authorities of its place, and troops withdrawn in the passive withdraw themselves. Passages are written for these
tests."""

from __future__ import annotations

import pytest

from tidings.analysis import code_text


def coded(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(CAMEO code, source text, source country, target text, mode) of each coded event."""
    return [(e.cameo, e.source.text if e.source else None, e.source.country if e.source else None,
             e.target.text if e.target else None, e.mode)
            for e in code_text(text, "2025-03-02")]


def codes(text: str) -> set[str]:
    return {code for code, *_ in coded(text)}


@pytest.mark.parametrize(("text", "code"), [
    ("Pakistan ended martial law in the province.", "0814"),
    ("Iran let the British tanker go after two months.", "0841"),
    ("Israeli forces left the Gaza city of Khan Younis.", "087"),
    ("The Japanese defence minister stood down on Tuesday.", "0831"),
    ("Boris Johnson quit as prime minister.", "0831"),
    ("Malaysia reversed course on the tax.", "080"),
    ("The Malaysian government caved to pressure from the unions.", "080"),
    ("The Turkish government lifted its veto on Sweden's NATO membership.", "080"),
    ("The United States handed control of the base to Iraq.", "0831"),
    ("Hamas halted its rocket fire at Israel.", "0871"),
    ("The Kenyan government shortened curfew hours in Nairobi.", "0813"),
    ("The Ethiopian government ended the internet blackout in Tigray.", "081"),
    ("India lifted the visa requirement for Chinese tourists.", "081"),
])
def test_yield_constructions(text: str, code: str) -> None:
    assert code in codes(text), coded(text)


def test_martial_law_named_elsewhere_in_the_phrase_is_not_lifted() -> None:
    # "removed him from office ... over his declaration of martial law": the removal is of him, not of martial law
    assert "0814" not in codes("The court of South Korea removed the president from office over his declaration "
                               "of martial law.")


def test_leaving_a_meeting_is_no_withdrawal() -> None:
    assert "087" not in codes("The minister of Chile left the meeting early.")


def test_caving_to_a_country_is_not_read_without_pressure_or_demands() -> None:
    # "criticism that he is caving to Beijing" tells what critics say, not a concession made
    assert "080" not in codes("Democrats accuse Trump of caving to China.")


@pytest.mark.parametrize(("text", "code", "country"), [
    ("The curfew in Bangladesh was lifted after a week of calm.", "0813", "BGD"),
    ("The state of emergency in Sri Lanka was lifted on Monday.", "0814", "LKA"),
])
def test_a_curfew_lifted_in_the_passive_is_lifted_by_its_place(text: str, code: str, country: str) -> None:
    found = [e for e in coded(text) if e[0] == code]
    assert found and found[0][2] == country, coded(text)


def test_troops_withdrawn_in_the_passive_withdraw_themselves() -> None:
    found = [e for e in coded("Russian troops were withdrawn from Kherson.") if e[0] == "087"]
    assert found and found[0][1] == "Russian troops", found


@pytest.mark.parametrize(("text", "code"), [
    ("The Turkish army stopped shelling Kurdish villages.", "0871"),
    ("Hezbollah ceased firing rockets at Israel.", "0871"),
    ("The Kenyan protesters stopped marching after the bill was withdrawn.", "082"),
])
def test_ceasing_an_attack_is_no_attack(text: str, code: str) -> None:
    found = codes(text)
    assert code in found and not {c for c in found if c[:2] in ("18", "19", "20")}, coded(text)


def test_ceasing_another_act_is_no_event() -> None:
    assert "040" not in codes("Russia stopped talking with Ukraine.")


def test_an_order_to_halt_stays_a_demand() -> None:
    # only "stop" and "cease" frame a verb form after them; "halt" keeps its own lines and an order to halt is a demand
    assert codes("The government of Congo ordered the miners to halt their work.") & {"100", "1041"}
