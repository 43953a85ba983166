"""Facts: the quantities a news text states, as records.

A fact is a number with a measurable unit (money with its currency, a percentage, a count of
something, a distance, a duration of something), what it measures (a short phrase copied from the
sentence), the period it covers (the date of its clause), its change ("+32 % year on year") and
the countries it concerns. Years, dates, ages, ordinals, list numbers and names with numbers are
not facts. The rules are plain code over the spaCy parse; every word they know is in
src/tidings/data/facts/ (see docs/facts.md).

    facts = find_facts(doc, doc_id, timexes, actors)
    rows = [fact_to_json(f, path, text) for f in facts]
"""

from __future__ import annotations

from typing import Any

from tidings.facts.rules import find_facts
from tidings.ids import stable_id
from tidings.records import Fact

__all__ = ["fact_id", "fact_to_json", "find_facts"]


def fact_id(fact: Fact) -> str:
    """Deterministic: the same words of the same document always give the same id."""
    return stable_id("f", fact.doc_id, fact.start, fact.end)


def fact_to_json(fact: Fact, path: str, text: str) -> dict[str, Any]:
    """The JSON row of a fact; `text` is the document text its offsets point into."""
    period = fact.period
    return {
        "id": fact_id(fact),
        "doc_id": fact.doc_id,
        "path": path,
        "what": fact.what,
        "value": fact.value,
        "unit": fact.unit,
        "period": period.value if period else None,
        "period_earliest": period.earliest if period else None,
        "period_latest": period.latest if period else None,
        "change_pct": fact.change_pct,
        "change_basis": fact.change_basis,
        "qualifier": fact.qualifier,
        "actors": list(fact.actors),
        "start": fact.start,
        "end": fact.end,
        "sentence": text[fact.sentence.start : fact.sentence.end].strip(),
    }
