"""A bare surname never links to a famous namesake by itself: full name, title or country is the evidence."""

from __future__ import annotations

import pytest

from tidings.analysis import actors_of
from tidings.config import Settings
from tidings.nlp import get_nlp


def _linked(text: str) -> dict[str, str | None]:
    doc = get_nlp(Settings())(text)
    return {m.actor.text: m.actor.actor_id for m in actors_of(doc, "2019-11-20")}


@pytest.mark.parametrize("text", [
    "Timothy Morrison, a former National Security Council official, testified on Thursday.",
    "Morrison testified that he was told about the aid.",
    "Burhan said the police had beaten him.",
])
def test_a_surname_alone_is_not_a_famous_person(text: str) -> None:
    assert not {"scott-morrison", "abdel-fattah-al-burhan"} & set(_linked(text).values())


def test_full_name_title_or_country_is_evidence() -> None:
    assert "scott-morrison" in _linked("Scott Morrison flew to Jakarta. Morrison met the president.").values()
    assert "abdel-fattah-al-burhan" in _linked("Sudan's army chief Burhan met the envoy.").values()
    assert "recep-tayyip-erdogan" in _linked("Erdogan said Turkey would not back down.").values()


def test_a_close_spelling_needs_both_ends_of_the_name() -> None:
    """Wikipedia Current Events Portal, 2025-02-22 (CC BY-SA 4.0, "Wikipedia contributors, Portal:Current
    events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04): "Mohamed Amra" is close to "Mohamed Damba"
    as a whole string, but the family names differ."""
    linked = _linked("Mohamed Amra, a French criminal and suspected drug lord known as \"The Fly\", is recaptured "
                     "in Romania, nine months after escaping during an ambush.")
    assert "phoenix-mohamed-damba" not in linked.values()
