"""Issue 13 part 6: a gerund of means ("by publishing ...") is a clause of its own.

What the gerund acts on is its own object; a country named deep inside it ("files about the wars in
Afghanistan") is not the target of the outer verb. Sentences written for these tests in the style of agency news.
"""

from __future__ import annotations

import pytest

from tidings.analysis import code_text


@pytest.mark.parametrize(("text", "places"), [
    ("The US Justice Department has charged Julian Marsh with espionage by publishing thousands of secret files "
     "about the wars in Afghanistan and Iraq.", {"AFG", "IRQ"}),
    ("Federal prosecutors have charged John Keller with fraud by selling shares in gold mines in Zambia.", {"ZMB"}),
    ("The police arrested Peter Hall for spying by sending photographs of military bases in Norway.", {"NOR"}),
])
def test_a_place_inside_a_means_clause_is_not_the_target(text: str, places: set[str]) -> None:
    events = code_text(text, "2024-03-05")
    targets = {e.target.country for e in events if e.target is not None}
    assert not targets & places, [(e.cameo, e.source, e.target) for e in events]


def test_the_charge_itself_is_still_coded() -> None:
    events = code_text("The US Justice Department has charged Julian Marsh with espionage by publishing thousands "
                       "of secret files about the wars in Afghanistan and Iraq.", "2024-03-05")
    assert [e.source.country for e in events if e.source is not None] == ["USA"]


def test_the_object_of_the_outer_verb_is_still_the_target() -> None:
    events = code_text("Federal prosecutors have charged Russia with espionage by hacking the servers.", "2024-03-05")
    assert any(e.target is not None and e.target.country == "RUS" for e in events), [
        (e.cameo, e.target) for e in events]
