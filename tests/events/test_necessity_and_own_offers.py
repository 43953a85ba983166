"""Two general readings of news English (passages written for these tests; none is a gold sentence).

1. "X will have to / has to lift the sanctions" says an act is needed, as "needs to" does, not that it is intended or
   done (modality.py `_needed`, modality.toml `necessity_governors`); "had to" tells an act that followed.
2. Nobody accepts, rejects or answers their own offer, proposal or request: a possessive pronoun on an answered noun
   that would stand for the one answering it is left unresolved (nominal.py `_not_self_answered`), and the one urged
   to answer it is the one who answers (`_answerer`).
"""

from __future__ import annotations

from tidings.analysis import code_text

DAY = "2026-03-10"


def _coded(text: str) -> list[tuple[str | None, str, str | None, str | None]]:
    return [(e.plover, e.mode, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, DAY) if e.plover]


# --- 1. necessity ------------------------------------------------------------------------------------------


def test_what_someone_will_have_to_do_is_needed_not_announced() -> None:
    events = code_text("The United States will have to lift the sanctions on Cuba.", DAY)
    assert events and all(e.mode == "hypothetical" for e in events)
    assert not any(e.cameo and e.cameo.startswith("03") for e in events)  # no announced intent


def test_has_to_is_read_as_needs_to() -> None:
    has_to = _coded("Russia has to withdraw its troops from Syria.")
    needs_to = _coded("Russia needs to withdraw its troops from Syria.")
    assert has_to == needs_to
    assert has_to and all(mode == "hypothetical" for _, mode, _, _ in has_to)


def test_a_reported_necessity_is_needed_too() -> None:
    assert all(mode == "hypothetical" for _, mode, _, _ in
               _coded("Iran said the United States will have to lift the sanctions."))


def test_what_someone_had_to_do_was_done() -> None:
    events = _coded("Russia had to withdraw its troops from Syria.")
    assert [(p, mode) for p, mode, _, _ in events] == [("RETREAT", "factual")]


# --- 2. nobody answers their own offer ---------------------------------------------------------------------


def test_the_one_urged_to_accept_an_offer_is_not_its_author() -> None:
    events = _coded("The Red Cross urged Israel to accept its offer to deliver food.")
    assert ("REQUEST", "factual", "ICRC", "ISR") in events
    assert not any(source == "ISR" for _, _, source, _ in events)  # Israel offered nothing


def test_a_proposal_by_a_third_party_keeps_its_author() -> None:
    events = _coded("Egypt urged Israel to accept Turkey's proposal for a ceasefire.")
    assert ("AGREE", "factual", "TUR", "ISR") in events  # the proposal was put to Israel, who is urged to accept it


def test_a_named_offer_is_answered_by_its_addressee() -> None:
    events = _coded("Israel accepted the Red Cross's offer to deliver food.")
    assert ("AGREE", "factual", "ISR", "ICRC") in events
    assert ("AID", "hypothetical", "ICRC", "ISR") in events
