"""The seed articles against the gold facts in ../shared/gold/seeds/documents.json.

Every gold fact must come out with its value, unit, period, change and qualifier, and nothing
else in the seeds may come out as a fact (precision). The dates are what the temporal engine
gives for these phrases, written by hand so that this test checks only the fact rules; the last
test runs the real temporal engine when it is installed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from facts_helpers import timex
from spacy.language import Language

from tidings.facts import find_facts
from tidings.records import Fact, Timex

# Per seed: (phrase, TIMEX3 value[, type[, occurrence]]) for the dates of the article, distractors included.
SEED_DATES: dict[str, list[tuple[Any, ...]]] = {
    "000": [("2024", "2024")],
    "001": [("Last year", "2023"), ("2013", "2013"), ("Thursday", "2024-03-28")],
    "002": [
        ("Tuesday", "2024-07-02"),
        ("1943", "1943"),
        ("25-year", "P25Y", "DURATION"),
        ("Last year", "2023"),
        ("the first quarter of 2024", "2024-Q1"),
        ("the end of the year", "2024-12"),
        ("1992", "1992"),
        ("December 1991", "1991-12"),
        ("January 3, 1992", "1992-01-03"),
    ],
    "003": [
        ("July 4, 2024", "2024-07-04"),
        ("September 2022", "2022-09"),
        ("October 2023", "2023-10"),
        ("32 years", "P32Y", "DURATION"),
        ("Wednesday", "2024-07-03"),
        ("1992", "1992"),
        ("2023", "2023", "DATE", 1),  # the first "2023" is inside "October 2023"
        ("2025", "2025"),
    ],
    "004": [
        ("from September 10th to 12th", "2019-09-10/2019-09-12"),
        ("27 years ago", "1992"),
        ("April this year", "2019-04"),
        ("June this year", "2019-06"),
        ("From January to June this year", "2019-01/2019-06"),
        ("the past 6 years", "P6Y", "DURATION"),
    ],
}


def _gold(shared_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((shared_dir / "gold" / "seeds" / "documents.json").read_text("utf-8"))
    return data


def _seed_facts(nlp: Language, shared_dir: Path, doc: str, timexes: list[Timex] | None = None) -> list[Fact]:
    path = next((shared_dir / "seeds").glob(f"{doc}_*.txt"))
    text = path.read_text("utf-8")
    if timexes is None:
        timexes = [timex(text, *spec) for spec in SEED_DATES[doc]]
    return find_facts(nlp(text), doc, timexes, [])


def _matches(fact: Fact, gold: dict[str, Any]) -> bool:
    return fact.unit == gold["unit"] and fact.value == pytest.approx(gold["value"])


def _check_gold(facts: list[Fact], gold: dict[str, Any]) -> None:
    found = [f for f in facts if _matches(f, gold)]
    assert len(found) == 1, f"{gold['what']}: {[(f.value, f.unit) for f in facts]}"
    fact = found[0]
    assert (fact.period.value if fact.period else None) == gold["period"], gold["what"]
    assert fact.change_pct == gold.get("change_pct"), gold["what"]
    assert fact.change_basis == gold.get("change_basis"), gold["what"]
    assert fact.qualifier == gold.get("qualifier"), gold["what"]
    assert fact.what, gold["what"]


def test_every_gold_fact_comes_out(nlp: Language, shared_dir: Path) -> None:
    golds = _gold(shared_dir)["facts"]
    by_doc = {doc: _seed_facts(nlp, shared_dir, doc) for doc in SEED_DATES}
    for gold in golds:
        _check_gold(by_doc[gold["doc"]], gold)


def test_nothing_else_in_the_seeds_is_a_fact(nlp: Language, shared_dir: Path) -> None:
    golds = _gold(shared_dir)["facts"]
    for doc in SEED_DATES:
        facts = _seed_facts(nlp, shared_dir, doc)
        expected = [g for g in golds if g["doc"] == doc]
        extra = [f for f in facts if not any(_matches(f, g) for g in expected)]
        assert extra == [], doc


def test_gold_facts_with_the_real_temporal_engine(nlp: Language, shared_dir: Path) -> None:
    time = pytest.importorskip("tidings.time")
    gold = _gold(shared_dir)
    story = {d["doc"]: d["story_date"] for d in gold["documents"]}
    for doc in SEED_DATES:
        text = next((shared_dir / "seeds").glob(f"{doc}_*.txt")).read_text("utf-8")
        parsed = nlp(text)
        facts = find_facts(parsed, doc, time.find_timexes(text, story[doc], parsed), [])
        expected = [g for g in gold["facts"] if g["doc"] == doc]
        for g in expected:
            _check_gold(facts, g)
        assert len(facts) == len(expected), doc
