"""Sides known only by their kind placed where the act happens (session 18a, tidings.events.code), whole pipeline.
Passages are written for these tests."""

from __future__ import annotations

from tidings.analysis import code_text


def sides(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(cameo, plover, source country, target country) of each typed event."""
    return [(e.cameo, e.plover or "", e.source.country if e.source else None,
             e.target.country if e.target else None) for e in code_text(text, "2025-03-04") if e.plover]


def test_a_capital_named_as_a_place_sets_the_story_for_its_police() -> None:
    # a story naming two countries (no home), set in Kenya by "in Nairobi" twice: a capital the actor finder leaves as
    # a mere place counts as a place (`_place_counts`), so the unowned police are Kenya's (`_setting_of`)
    text = ("Clashes broke out in Nairobi on Monday, and troops from Uganda massed on the border. Students marched "
            "in Nairobi again on Tuesday. Later, police arrested ten students.")
    assert any(plover == "COERCE" and source == "KEN" for _, plover, source, _ in sides(text))


def test_people_killed_in_a_capital_are_that_countrys() -> None:
    # the people a placed doer acts on are of the country the sentence names as the place, a capital included
    found = sides("Russian jets bombed a market in Kyiv, killing 40 people.")
    assert ("190", "ASSAULT", "RUS", "UKR") in found


def test_a_capital_named_with_another_country_places_no_one() -> None:
    # a list of places of two countries ("in Nairobi and Kampala"): whose police act is not said
    found = sides("Police arrested ten men in Nairobi and Kampala on Friday.")
    assert not any(plover == "COERCE" and source in ("KEN", "UGA") for _, plover, source, _ in found)


def test_visiting_officials_are_not_placed_by_the_capital_they_meet_in() -> None:
    # officials travel: the capital of a meeting does not say whose they are (tried and dropped in session 18)
    found = sides("Several European leaders met with the president at the White House in Washington on Monday.")
    assert not any(plover == "CONSULT" and source == "USA" and target is None for _, plover, source, target in found)


def test_rioters_known_by_their_kind_are_not_placed_by_the_setting() -> None:
    # civilians who use force were placed in the story's setting and the rule dropped (non-gold: 2 wrong in 8)
    text = ("Troops from Uganda and Kenya massed on the border on Monday. Later, protesters threw petrol bombs at a "
            "police station.")
    assert not any(plover == "ASSAULT" for _, plover, _, _ in sides(text))
