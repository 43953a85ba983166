"""A one-country story's other side is not someone its own clause denies (events/code.py `_home_side`,
`_negated_mention`).

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text


def _targets(text: str, plover: str) -> list[str | None]:
    return [e.target.text if e.target else None for e in code_text(text, "2025-06-01") if e.plover == plover]


def test_an_actor_whose_clause_is_negated_is_no_one_s_other_side() -> None:
    """The president did not attend: the parliament did not meet him."""
    text = "Kenya's parliament met on Monday. The Kenyan president did not attend."
    assert "The Kenyan president" not in _targets(text, "CONSULT")


def test_an_actor_whose_clause_is_not_negated_stays_a_candidate() -> None:
    text = "Kenya's parliament met on Monday. The Kenyan president attended."
    assert "The Kenyan president" in _targets(text, "CONSULT")
