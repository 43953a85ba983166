"""Police act at home (events/code.py `_police_at_home`).

The first three passages are WCEP bullets (2025), shortened; the others are written for these tests. No gold
sentence is copied.
"""

from __future__ import annotations

import pytest

from tidings.analysis import code_text


def _sides(text: str, plover: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, "2025-06-01") if e.plover == plover]


@pytest.mark.parametrize(("text", "plover", "country"), [
    ("Serbian police arrest 37 protesters near the parliament house in Belgrade.", "COERCE", "SRB"),
    ("Turkish police detain two journalists, one from BirGun and one from Cumhuriyet.", "COERCE", "TUR"),
    ("Georgian police used water cannons against protesters in Tbilisi.", "ASSAULT", "GEO"),
])
def test_police_of_a_country_act_on_its_people(text: str, plover: str, country: str) -> None:
    assert (country, country) in _sides(text, plover)


def test_unplaced_police_take_the_country_of_the_people_they_act_on() -> None:
    assert _sides("Police fired tear gas at Kenyan protesters on Tuesday.", "ASSAULT") == [("KEN", "KEN")]


def test_police_do_not_place_a_target_of_another_country() -> None:
    sides = _sides("Kenyan police fired tear gas at Ugandan protesters on Tuesday.", "ASSAULT")
    assert sides and all(target == "UGA" for _, target in sides)
