"""Protest acts the lexicon names (data/patterns/verbs.txt PROTEST lines). Passages written for these tests."""

from __future__ import annotations

from tidings.analysis import code_text


def _codes(text: str) -> list[str]:
    return [e.cameo for e in code_text(text, "2025-03-01")]


def test_walking_off_the_job_is_a_strike() -> None:
    assert "143" in _codes("Greek dockers walked off the job on Monday.")


def test_walking_off_a_pitch_is_no_strike() -> None:
    assert "143" not in _codes("The Greek player walked off the pitch on Monday.")
