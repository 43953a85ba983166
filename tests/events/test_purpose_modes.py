"""An infinitive of purpose is done only as far as the act it is the purpose of (events/modality.py `_purpose_of`):
"will deploy soldiers TO TRAIN the army" plans the training, "did not send troops TO SECURE the border" secured
nothing. Passages written for these tests after the pattern of Wikipedia Current Events bullets."""

from __future__ import annotations

from tidings.analysis import code_text

DAY = "2026-03-10"


def _modes(text: str) -> list[tuple[str, str]]:
    return sorted((e.plover, e.mode) for e in code_text(text, DAY) if e.plover)


def test_the_purpose_of_a_planned_act_is_planned_too() -> None:
    modes = _modes("Canada announces that it will deploy 300 soldiers to Latvia to help train the Latvian army.")
    assert modes, "the deployment is coded"
    assert all(mode != "factual" for _, mode in modes), modes


def test_the_purpose_of_a_done_act_keeps_its_own_mode() -> None:
    modes = _modes("Canada deployed 300 soldiers to Latvia to help train the Latvian army.")
    assert modes, "the deployment is coded"
    assert any(mode == "factual" for _, mode in modes), modes
