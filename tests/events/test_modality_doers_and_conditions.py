"""Modes that English grammar gives an act beyond its own verb's auxiliaries (events/modality.py): a subject that names
no one ("none of", "no", "neither ... nor") negates the act; a condition ("if", an inverted "should") makes it
hypothetical even when negated; a hope ("hoped to arrest", which the small model lemmatizes as "hop") is not done; a
plan ("is slated to visit") is future. Also advice to the public at large ("urged everyone ..."), which is no request
of an actor (events/code.py `_on_a_kind`). Passages written for these tests."""

from __future__ import annotations

from tidings.analysis import code_text

DAY = "2026-03-10"


def _modes(text: str) -> list[tuple[str, str]]:
    return [(e.plover or "", e.mode) for e in code_text(text, DAY) if e.plover]


def test_a_subject_that_names_no_one_negates_the_act() -> None:
    assert _modes("Gulf states have recognized the Taliban government in Kabul.") == [("SUPPORT", "factual")]
    assert _modes("None of the Gulf states have recognized the Taliban government in Kabul.") == [
        ("SUPPORT", "negated")]
    assert _modes("France and Germany sent troops to Mali.") == [("AID", "factual"), ("AID", "factual")]
    assert _modes("Neither France nor Germany sent troops to Mali.") == [("AID", "negated"), ("AID", "negated")]


def test_a_negated_act_in_a_condition_is_hypothetical_not_refused() -> None:
    """"If Iran does not accept": no refusal happened, one may; told alone it is a refusal (a fact)."""
    events = code_text("If Iran does not accept the deal, the United States will impose sanctions.", DAY)
    assert [(e.plover, e.mode) for e in events if e.source is not None and e.source.country == "IRN"] == [
        ("AGREE", "hypothetical")]
    assert _modes("Iran did not accept the deal.") == [("REJECT", "factual")]


def test_a_conjunct_does_not_take_its_heads_auxiliary_for_a_condition() -> None:
    """"Israel HAD attacked Gaza, and Egypt condemned the strike": the "had" before "Egypt" is the first verb's."""
    events = code_text("Israel had attacked Gaza, and Egypt condemned the strike.", DAY)
    assert [(e.plover, e.mode) for e in events if e.plover == "ACCUSE"] == [("ACCUSE", "factual")]


def test_an_act_hoped_for_is_not_done() -> None:
    assert _modes("Kenyan police hoped to arrest the suspect in Mombasa.") == [("COERCE", "hypothetical")]
    assert _modes("Kenyan police were hoping to detain the opposition leader.") == [("COERCE", "hypothetical")]
    assert _modes("Kenyan police arrested the suspect in Mombasa.") == [("COERCE", "factual")]


def test_an_act_slated_is_planned() -> None:
    assert [mode for _, mode in _modes("The Russian president is slated to visit Turkey next month.")] == ["future"]


def test_advice_to_everyone_is_no_request_of_an_actor() -> None:
    assert _modes("Kenyan police urged everyone in Nairobi to stay at home.") == []
    assert _modes("The Kenyan police urged anyone with information to come forward.") == []
    assert _modes("Kenyan police urged the opposition leader to stay at home.") == [("REQUEST", "factual")]


def test_wcep_bullets_with_no_doer_and_a_negated_condition() -> None:
    """Two WCEP bullets (Wikipedia Current Events Portal, CC BY-SA 4.0): the missiles that did not hit are told
    negated beside the launch told as done; an agreement that Iran may not make is a condition."""
    launched = code_text("Iran's Islamic Revolutionary Guards Corps says it has launched missiles at the U.S. Al Udeid "
                         "Air Base in Qatar and U.S. bases in Iraq. U.S. officials later confirm no Iranian missiles "
                         "hit the Al Udeid Air Base.", "2025-06-23")
    assert sorted(e.mode for e in launched if e.plover == "ASSAULT") == ["factual", "negated"]
    warned = code_text('Trump warns that "a whole civilization will die tonight" and will "never be brought back" if '
                       "Iran does not agree to a deal by noon (GMT).", "2026-04-07")
    assert [(e.plover, e.mode) for e in warned if e.plover == "AGREE"] == [("AGREE", "hypothetical")]
