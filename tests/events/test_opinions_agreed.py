""""Agree that" and "decide that" with a clause that commits to nothing (no will/would/should/must) say what
someone thinks, not an act agreed (frames.toml `claim_verbs`, `that_modals`; events/triggers.py `_opinion`).
The passages are written for these tests; no gold sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text


def _agreements(text: str) -> list[str]:
    return [e.plover for e in code_text(text, "2025-06-01") if e.plover == "AGREE"]


def test_agreeing_with_an_opinion_is_no_agreement() -> None:
    assert _agreements("Many Kenyan businesses agree that Uganda has long taken advantage of Kenya.") == []
    assert _agreements("Kenyan officials decided that the tariffs on Ugandan sugar require deeper concessions.") == []


def test_agreeing_on_what_will_be_done_or_with_someone_stays_an_agreement() -> None:
    assert _agreements("Kenya and Uganda agreed that talks would resume in May.") == ["AGREE"]
    assert _agreements("Kenya agreed with Uganda that the border should reopen.") == ["AGREE"]
    assert _agreements("Kenya agreed to reopen the border with Uganda.") == ["AGREE"]
