"""Easing a restrictive measure is a yield whatever the verb of ending or easing (CAMEO 08x: the measure picks the
code, verbs.txt); accepting another's offer or proposal is agreeing to it (PETRARCH-2's EMBRACE block), and not
accepting it, in any tense, is rejecting it (modality.toml acceptance_verbs). Passages: WCEP daily bullets
(2025, not the gold) and sentences written for these tests; no gold sentence is copied."""

from __future__ import annotations

import pytest
from events_helpers import coded_sides

from tidings.analysis import code_text
from tidings.records import Event

DAY = "2025-06-01"


def codes(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return coded_sides(events, ("",), ("01",))


def test_suspending_an_export_ban_eases_a_restriction() -> None:
    text = ("China's commerce ministry suspends a ban on the export of gallium, germanium, antimony, and other "
            "materials used in the semiconductor industry, to the United States.")  # WCEP bullet
    assert [c for c in codes(code_text(text, DAY)) if c[0].startswith("08")] == [("081", "CHN", "USA")]


@pytest.mark.parametrize(("verb", "measure", "code"), [
    ("rescinded", "the sanctions", "085"), ("scaled back", "the embargo", "085"), ("ended", "the curfew", "0813"),
    ("revoked", "the state of emergency", "0814"), ("loosened", "the blockade", "0872"),
    ("withdrew", "the travel ban", "081"), ("cancelled", "the lockdown", "081")])
def test_each_verb_of_easing_takes_each_kind_of_measure(verb: str, measure: str, code: str) -> None:
    events = code_text(f"The government of Peru {verb} {measure} on Bolivia.", DAY)
    assert ("PER", "BOL") in [(c[1], c[2]) for c in codes(events) if c[0] == code], codes(events)


def test_easing_verbs_over_other_objects_are_no_yield() -> None:
    events = code_text("The government of Peru ended the season and cancelled the concert in Lima.", DAY)
    assert not [c for c in codes(events) if c[0].startswith("08")]


def test_accepting_a_proposed_agreement_is_agreeing() -> None:
    text = ("Hamas officials say that they have accepted a draft agreement for a potential ceasefire as well as "
            "the release of hostages.")  # WCEP bullet
    events = code_text(text, DAY)
    assert [e.plover for e in events if e.cameo.startswith("03")] == ["AGREE"]


def test_not_accepting_an_offer_is_rejecting_it() -> None:
    rejected = [e for e in code_text("Brazil did not accept the offer from Argentina.", DAY)
                if e.plover == "REJECT"]
    assert [(e.mode, e.source.country if e.source else None) for e in rejected] == [("factual", "BRA")]
    unratified = code_text("The Senate of Colombia has not ratified the treaty with Venezuela.", DAY)
    assert [e.plover for e in unratified if not e.cameo.startswith("01")] == ["REJECT"]


def test_a_conditional_or_modal_non_acceptance_is_no_rejection() -> None:
    for text in ("Kenya could not approve the request from Somalia.",
                 "Chile threatened new tariffs should Peru not accept its terms."):
        assert not [e for e in code_text(text, DAY) if e.plover == "REJECT"], text


def test_a_negated_act_that_accepts_nothing_stays_negated() -> None:
    events = code_text("Israel has not withdrawn its troops from Lebanon.", DAY)
    assert [(e.plover, e.mode) for e in events if e.cameo.startswith("08")] == [("RETREAT", "negated")]


def test_ignoring_requests_is_rejecting_them() -> None:
    text = ("Australia announces sanctions on a Russian bulletproof hosting services provider that is allegedly "
            "ignoring law enforcement requests.")  # a WCEP bullet, shortened
    assert [e.source.country if e.source else None for e in code_text(text, DAY) if e.plover == "REJECT"] == ["RUS"]
    ignored = code_text("The Chilean government ignored the demands of the Bolivian government.", DAY)
    assert [(c[0], c[1], c[2]) for c in codes(ignored)] == [("120", "CHL", "BOL")]
    defied = code_text("Peruvian protesters disregarded the curfew imposed by the government.", DAY)
    assert "128" in [c[0] for c in codes(defied)]


def test_ignoring_what_no_one_asked_is_no_rejection() -> None:
    events = code_text("The government of Peru ignored the heat and the noise in Lima.", DAY)
    assert not [e for e in events if e.plover == "REJECT"]
