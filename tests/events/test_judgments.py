"""Judgments told by speech or by an adjective (events/judgments.py, session 17a): a political speaker who says that an
actor's act or claim is illegal, a threat, false ... judges it (ACCUSE 111, or REJECT 016 for a claim called untrue);
an opinion about no one's act, a negated or hypothetical clause, and an analyst's assessment stay statements.

Passages written for these tests; none is a gold sentence.
"""

from __future__ import annotations

from tidings.analysis import code_text

Side = tuple[str | None, str | None]


def _coded(text: str, date: str = "2025-06-01") -> set[tuple[str | None, str | None, str | None]]:
    return {(e.plover, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, date) if e.plover}


def test_a_claim_said_to_be_false_is_rejected() -> None:
    assert any(p == "REJECT" and t == "RUS" for p, _, t in _coded(
        "The Finnish ministry said Russia's claims about the border were false."))


def test_a_quoted_claim_called_false_is_rejected() -> None:
    assert ("REJECT", "USA", "RUS") in _coded('"Russia\'s claims are completely false," the Pentagon spokesman said.')


def test_a_report_said_to_be_untrue_is_rejected() -> None:
    assert ("REJECT", "IRN", "USA") in _coded("Iran said the American report was untrue.")


def test_an_act_described_as_a_threat_is_condemned() -> None:
    assert ("ACCUSE", "CHN", "USA") in _coded(
        "Beijing described Washington's arms sale to Taiwan as a threat to regional peace.")


def test_an_act_called_an_act_of_aggression_is_condemned() -> None:
    assert ("ACCUSE", "IRN", "ISR") in _coded("Tehran called the Israeli strike an act of aggression.")


def test_a_stated_position_that_an_act_is_illegal_condemns_its_owner() -> None:
    assert ("ACCUSE", "GBR", "ISR") in _coded(
        "Britain reiterated its position that Israeli settlements are illegal under international law.")


def test_the_doer_of_a_judged_participle_is_the_one_judged() -> None:
    assert ("ACCUSE", "RUS", "USA") in _coded("Russia said the sanctions imposed by Washington were illegal.")


def test_an_opinion_about_no_ones_act_is_no_judgment() -> None:
    assert not any(p in ("ACCUSE", "REJECT") for p, _, _ in _coded("The French minister said the economy was strong."))


def test_a_negated_judgment_is_none() -> None:
    assert not any(p in ("ACCUSE", "REJECT") for p, _, _ in _coded(
        "The Kenyan government said Uganda's claims were not false."))


def test_a_conditional_judgment_is_none() -> None:
    assert not any(p in ("ACCUSE", "REJECT") for p, _, _ in _coded(
        "The Indian minister said that if the Chinese report was false, India would respond."))


def test_an_analysts_assessment_of_a_claim_is_a_statement() -> None:
    assert not any(p == "REJECT" for p, _, _ in _coded("Independent analysts said the Russian claims were false."))


def test_a_thing_no_actor_owns_is_not_judged() -> None:
    assert not any(p == "ACCUSE" for p, _, _ in _coded("Indian officials said the storm endangered the harvest."))


def test_a_claim_judged_in_a_relative_clause_is_rejected_and_its_maker_judged() -> None:
    assert ("REJECT", "CHL", "PER") in _coded(
        "Chile recalled its envoy after Peruvian officials issued statements that Santiago described as false.")


def test_a_statement_issued_by_an_actor_judges_through_its_participle() -> None:
    assert ("ACCUSE", "IRN", "USA") in _coded(
        "Iran issued a statement describing the American sanctions as economic terrorism.")
