"""A first person whose only speaker is a phrase holding that same first person resolves to no one, instead of
looking for the speaker of "our" in the subject of the verb that reports it, without end (RecursionError on a WCXB
shopping page: "check out what our editor thinks about ..."). Passages written for this test."""

from __future__ import annotations

from tidings.analysis import code_text


def test_our_speaker_reporting_our_words_ends() -> None:
    assert code_text("Check out what our editor thinks about the new kit with our review.", "2025-06-01") == []
    assert isinstance(code_text("Our minister said our country will not pay the fine.", "2025-06-01"), list)


def test_a_first_person_quoted_by_a_named_speaker_is_still_placed() -> None:
    events = code_text('"We condemn the strikes on our territory," the Iranian foreign minister said.', "2025-06-01")
    assert [(e.cameo, e.source.country if e.source else None) for e in events] == [("111", "IRN")]
