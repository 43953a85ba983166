"""Frames that invert an act (s15i).

- a plan, decision or order that is scrapped, revoked or rescinded is not carried out: the act it names is negated,
  not coded as done or threatened (modality.toml `cancelling_verbs`, `order_nouns`; events/modality.py
  `_cancelled_plan`);
- not letting another do what it asked ("did not allow", "did not permit", "did not give permission") is a refusal
  (CAMEO 12), as "did not accept" is (modality.toml `acceptance_verbs`);
- "set on fire" is read in the active and in the passive (verbs.txt `set`), setting oneself on fire is a protest (145);

Passages are written for these tests; no gold sentence is copied.
"""

from __future__ import annotations

from tidings.analysis import code_text

DATE = "2025-06-10"


def _codes(text: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.mode) for e in code_text(text, DATE)]


def test_a_scrapped_plan_to_deport_is_no_deportation_threat() -> None:
    codes = _codes("Germany scrapped its plan to deport 200 Afghan refugees.")
    assert ("174", "negated") in codes
    assert not any(c.startswith("13") or m == "factual" for c, m in codes if c != "010")


def test_a_revoked_decision_and_a_rescinded_order_are_not_done() -> None:
    assert ("174", "negated") in _codes("Sweden revoked the decision to deport the Iraqi journalist.")
    assert ("166", "negated") in _codes("Tunisia rescinded the order expelling the French ambassador.")


def test_an_order_issued_is_still_carried_out() -> None:
    assert ("166", "factual") in _codes("Tunisia issued an order expelling the French ambassador.")
    assert ("132", "future") in _codes("Germany announced a plan to deport 200 Afghan refugees.")


def test_not_letting_in_is_a_refusal() -> None:
    assert ("1245", "factual") in _codes("Israel did not allow the aid convoy into Gaza.")
    assert ("124", "factual") in _codes("Israel did not give permission for the aid convoy.")


def test_set_on_fire_in_the_passive() -> None:
    events = code_text("The US embassy in Baghdad was set on fire by Iraqi protesters.", DATE)
    assert [(e.cameo, e.source.country if e.source else None) for e in events] == [("180", "IRQ")]


def test_setting_oneself_on_fire_is_a_protest() -> None:
    assert [c for c, _ in _codes("A monk set himself on fire outside the Chinese embassy.")] == ["145"]

