"""Tariffs are sanctions (CAMEO 163; real-news guidelines: SANCTION, COERCE accepted), and an event noun at the head
of a relative clause or a participle is that verb's object ("the tariffs THAT the US IMPOSED", "the attack CARRIED
OUT BY the Taliban"): events/triggers.py `_relativized_object`, events/code.py `_source_args`. The passages are
written for these tests; no gold sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text


def _pairs(text: str, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, "2025-06-01") if e.cameo.startswith(root)]


def test_imposing_tariffs_is_a_sanction() -> None:
    assert _pairs("The United States imposed tariffs on China.", "163") == [("USA", "CHN")]


def test_a_relative_clause_codes_the_noun_it_describes() -> None:
    assert _pairs("The tariffs that the United States imposed on Chinese goods hurt farmers.", "163") == [
        ("USA", "CHN")]


def test_a_participle_codes_its_noun_with_the_by_phrase_as_doer() -> None:
    assert _pairs("Afghan officials condemned the attack carried out by the Taliban in Kabul.", "19") == [
        ("AFG", "AFG")]
    assert _pairs("China criticised the tariffs imposed by the United States on Chinese goods.", "163") == [
        ("USA", "CHN")]


def test_a_relative_clause_with_an_object_of_its_own_is_not_looked_through() -> None:
    events = code_text("The summit, which Kenya hosted, ended with tariffs that nobody expected.", "2025-06-01")
    assert not [e for e in events if e.cameo.startswith("163")]
