"""Doers the parse leaves to the clause around (events/arguments.py `_quotation_speaker`, `_perfect`).

- "I" or "we" in a quotation of several sentences is the speaker its attribution names, before the quotation opens
  or after it closes, within the paragraph; a quotation in another paragraph, or one whose attribution names two
  speakers, gives no speaker;
- a perfect participle ("HAVING MET ...") is done by the subject of the clause it hangs on; a bare past participle
  ("ASKED about ...") is passive and is not.

Passages written for these tests.
"""

from __future__ import annotations

from events_helpers import coded_sides

from tidings.analysis import code_text


def _sides(text: str, prefixes: tuple[str, ...]) -> list[tuple[str, str | None, str | None]]:
    return coded_sides(code_text(text, "2025-06-01"), prefixes)


def test_a_quotation_opened_after_its_attribution_keeps_its_speaker() -> None:
    text = ("Kenya's finance minister said on Monday: \"We will never pay the fine. We reject the demand of the IMF. "
            "We condemn the IMF.\"")
    assert _sides(text, ("111", "12")) == [("120", "KEN", "IMF"), ("111", "KEN", "IMF")]


def test_a_quotation_closed_before_its_attribution_keeps_its_speaker() -> None:
    text = ('"We will never pay the fine. We reject the demand of the IMF. We condemn the IMF," the Kenyan finance '
            "minister said on Monday.")
    assert ("120", "KEN", "IMF") in _sides(text, ("12",))


def test_a_quotation_does_not_take_the_speaker_of_another_paragraph() -> None:
    text = ("Kenya's finance minister spoke to reporters on Monday.\n\n"
            "\"The talks went on all night. We reject the demand of the IMF.\"")
    assert ("120", "KEN", "IMF") not in _sides(text, ("12",))


def test_two_speakers_before_a_quotation_give_none() -> None:
    text = ("Kenya's finance minister said the talks failed and Uganda's president said they would go on: \"The talks "
            "went on all night. We reject the demand of the IMF.\"")
    assert [s for s in _sides(text, ("12",)) if s[1] is not None] == []


def test_a_perfect_participle_is_done_by_the_main_subject() -> None:
    text = "Having met the Ugandan president on Monday, the Kenyan finance minister condemned the IMF."
    assert ("040", "KEN", "UGA") in _sides(text, ("04",))


def test_a_bare_past_participle_is_not_done_by_the_main_subject() -> None:
    text = "Asked by the Ugandan president about the fine, the Kenyan finance minister condemned the IMF."
    assert [s for s in _sides(text, ("02",)) if s[1] == "KEN"] == []
