"""Readings that tell no real event on unseen pages (events/no_act.py `_opinion_demand`, `_question_asked`,
`_thing_backs`, `_told_not_asked`; issue 13):

- a reported "must/should" clause is a demand only when it asks another party for an act: the speaker's own side
  ("we must ..."), a pointing pronoun or a thing as the one asked, or a state ("should be ...") voice an opinion;
- asking a question ("asked whether ...", a quoted wh-question) is no appeal or demand; asking someone to act is;
- wanting someone to know something ("wants the world to know that ...") tells it, asks no act;
- backing (CAMEO 051/052) in the passive with a thing as the "by" agent ("the euro was supported by data") is a
  market's or a figure's sense, not an actor's act.

Passages are written for these tests; no gold sentence is copied.
"""

from __future__ import annotations

import pytest

from tidings.analysis import code_text

DATE = "2019-11-20"


def _codes(text: str) -> list[str]:
    return [e.cameo for e in code_text(text, DATE)]


@pytest.mark.parametrize("text", [
    'Senator Jane Holm of Ohio said, "We must teach our children patience."',
    "The French foreign minister said these should be public assets under the control of the state.",
    "The German chancellor said the ministry's new policy should send a clear signal to Moscow.",
])
def test_opinion_with_a_modal_is_no_demand(text: str) -> None:
    assert not any(c.startswith("10") for c in _codes(text))


@pytest.mark.parametrize("text", [
    "Russia said Sudan must return the helicopter.",
    "Iran said the United States must lift the sanctions.",
    "Iran said the sanctions must be lifted.",
    "The Estonian foreign minister said the European Union must be ready to mediate talks in Ukraine.",
])
def test_a_party_asked_to_act_is_a_demand(text: str) -> None:
    assert any(c.startswith("10") for c in _codes(text))


def test_question_asked_is_no_request() -> None:
    assert not any(c.startswith(("02", "10"))
                   for c in _codes("Senator Jane Holm asked the Pentagon whether the troops would stay in Syria."))


def test_asked_to_act_is_an_appeal() -> None:
    assert any(c.startswith("02") for c in _codes("Russia asked Ukraine to release the prisoners."))


@pytest.mark.parametrize("text", [
    "The euro was supported by strong German economic data on Monday.",
    "The Chinese stock market's high valuations are being supported by a combination of factors.",
])
def test_backed_by_a_thing_is_no_support(text: str) -> None:
    assert not any(c.startswith("05") for c in _codes(text))


def test_backed_by_actors_is_support() -> None:
    assert _codes("The resolution was supported by France and Germany.").count("051") == 2


def test_wanting_someone_to_know_is_no_appeal() -> None:
    assert not any(c.startswith("02") for c in _codes(
        "The French president wants the world to know that France stands with Ukraine."))


def test_wanting_someone_to_act_is_an_appeal() -> None:
    assert any(c.startswith("02") for c in _codes("Russia wants Ukraine to release the prisoners."))
