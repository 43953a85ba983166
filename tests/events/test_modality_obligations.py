"""An obligation voiced with no one voicing it in the sentence is an opinion, not an act (events/no_act.py
`_voiced_obligation`, modality.py `obligation`); reported by a speaker it stays a demand. Passages written for these
tests."""

from __future__ import annotations

from events_helpers import plover_types as _plover

from tidings.analysis import code_text

DAY = "2026-03-10"


def test_an_act_that_someone_must_or_should_do_is_not_coded_as_done() -> None:
    for text in ("Russia must withdraw its troops from Syria.",
                 "Washington ought to lift its sanctions on Cuba.",
                 "The European Union should impose new sanctions on Russia over the invasion.",
                 "We should be sending more weapons to the Kurdish fighters in Syria."):
        assert _plover(text) == [], text


def test_the_same_acts_told_as_done_are_coded() -> None:
    assert _plover("Russia withdrew its troops from Syria.") == ["RETREAT"]
    assert _plover("Washington lifted its sanctions on Cuba.") != []


def test_a_speaker_saying_another_must_act_still_demands() -> None:
    events = code_text("Russia said Sudan must return the helicopter.", DAY)
    assert [(e.plover, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if e.plover] == [("REQUEST", "RUS", "SDN")]
    assert _plover("Iran should stop enriching uranium, the French foreign minister said.") == ["REQUEST"]


def test_an_obligation_in_a_clause_another_verb_governs_is_someones_demand() -> None:
    """Only an obligation in a main clause is an opinion: under a verb that is not in the speech list it is still
    asked of someone."""
    events = code_text("The foreign minister of Ethiopia insisted that Libya should have acted against the smugglers.",
                       DAY)
    assert [(e.plover, e.target.country if e.target else None) for e in events if e.plover] == [("REQUEST", "LBY")]


def test_an_agreement_that_talks_should_resume_is_still_a_commitment() -> None:
    events = code_text("China and Japan agreed that the two sides should resume negotiations in Geneva.", DAY)
    assert [(e.plover, e.mode) for e in events if e.plover] == [("AGREE", "future")]
