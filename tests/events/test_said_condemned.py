"""What a speaker says is illegal, unacceptable or a violation is denounced (CAMEO 111, PLOVER ACCUSE), as when a
verb of judging says so (events/triggers.py `blame_trigger`, word_classes.toml `condemning_words`).

Passages written for these tests; none is a gold sentence.
"""

from __future__ import annotations

from tidings.analysis import code_text


def _accused(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, "2025-06-01") if e.cameo == "111"}


def test_saying_an_act_is_illegal_denounces_its_doer() -> None:
    assert _accused("Russia said the American sanctions were illegal.") == {("RUS", "USA")}


def test_saying_an_act_is_a_violation_denounces_its_doer() -> None:
    text = "The Palestinian foreign ministry said the Israeli decision was a flagrant violation of international law."
    assert _accused(text) == {("PSE", "ISR")}


def test_saying_it_is_not_illegal_denounces_no_one() -> None:
    assert _accused("Russia said the American sanctions were not illegal.") == set()


def test_an_it_standing_for_a_clause_is_not_judged() -> None:
    assert _accused("The Chinese minister said it was unacceptable to let the talks fail.") == set()


def test_saying_a_plain_word_denounces_no_one() -> None:
    assert _accused("Russia said the American sanctions were new.") == set()


def test_calling_a_bill_interference_denounces_its_makers() -> None:
    assert _accused("China called the U.S. bill a gross interference in its internal affairs.") == {("CHN", "USA")}
