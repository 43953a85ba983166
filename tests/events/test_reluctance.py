"""Being reluctant, unwilling or loath to act is a rejection of that act (frames.toml reject frame), as "refuse" is;
"willing" stays an intent. The passages are written for these tests; no gold sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text


def _types(text: str) -> list[str]:
    return [e.plover for e in code_text(text, "2025-06-01")]


def test_reluctance_to_meet_is_a_rejection() -> None:
    assert _types("China has been reluctant to commit to a meeting with the United States.") == ["REJECT"]
    assert _types("Kenya is unwilling to hold talks with Uganda.") == ["REJECT"]


def test_willingness_stays_an_intent() -> None:
    assert _types("Kenya is willing to hold talks with Uganda.") == ["AGREE"]


def _modes(text: str) -> list[str]:
    return [e.mode for e in code_text(text, "2025-06-01")]


def test_an_act_one_is_not_able_to_do_is_not_done() -> None:
    """"are NOT able to end": the negation sits on the copula above the adjective; the act is not told as done
    (events/modality.py `governed_mode`)."""
    assert _modes("Kenya is not able to end the violence in Somalia.") == ["hypothetical"]
    assert _modes("Kenya is able to end the violence in Somalia.") == ["factual"]
