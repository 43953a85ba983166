"""Police act at home (events/code.py `_police_at_home`).

The second sentences of the first three passages (stories naming a second country once, so that the rule for
one-country stories, `_home_groups`, does not apply) are WCEP bullets (2025), shortened; their lead sentences and the
other passages are written for these tests. No gold sentence is copied.
"""

from __future__ import annotations

import pytest

from tidings.analysis import code_text


def _sides(text: str, plover: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, "2025-06-01") if e.plover == plover]


@pytest.mark.parametrize(("text", "plover", "country"), [
    ("Protests against the government of Serbia entered their fourth month, and Croatia's press followed them. "
     "Serbian police arrest 37 protesters near the parliament house in Belgrade.", "COERCE", "SRB"),
    ("Turkey's government tightened its grip on the press, and Germany's foreign ministry protested. "
     "Turkish police detain two journalists, one from BirGun and one from Cumhuriyet.", "COERCE", "TUR"),
    ("Georgia's ruling party passed a new law on foreign agents, and Russia's press praised it. "
     "Georgian police used water cannons against protesters in Tbilisi.", "ASSAULT", "GEO"),
])
def test_police_of_the_story_s_main_country_act_on_its_people(text: str, plover: str, country: str) -> None:
    assert (country, country) in _sides(text, plover)


def test_a_lone_sentence_does_not_place_the_people() -> None:
    """With no story around it, the people keep no country (PETRARCH's functional-test convention)."""
    assert _sides("Peruvian police detained students on Monday.", "COERCE") == [("PER", None)]


def test_unplaced_police_take_the_country_of_the_people_they_act_on() -> None:
    assert _sides("Police fired tear gas at Kenyan protesters on Tuesday.", "ASSAULT") == [("KEN", "KEN")]


def test_police_do_not_place_a_target_of_another_country() -> None:
    sides = _sides("Kenya's parliament met on Monday. Kenyan police fired tear gas at Ugandan protesters on "
                   "Tuesday.", "ASSAULT")
    assert sides and all(target == "UGA" for _, target in sides)
