"""Sides known only by their kind placed where the act happens (session 18a, tidings.events.code), whole pipeline.
Passages are written for these tests."""

from __future__ import annotations

from tidings.analysis import code_text


def sides(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(cameo, plover, source country, target country) of each typed event."""
    return [(e.cameo, e.plover or "", e.source.country if e.source else None,
             e.target.country if e.target else None) for e in code_text(text, "2025-03-04") if e.plover]


def test_visiting_officials_are_not_placed_by_the_capital_they_meet_in() -> None:
    # officials travel: the capital of a meeting does not say whose they are (tried and dropped in session 18)
    found = sides("Several European leaders met with the president at the White House in Washington on Monday.")
    assert not any(plover == "CONSULT" and source == "USA" and target is None for _, plover, source, target in found)


def test_rioters_of_a_story_set_in_one_country_are_that_countrys() -> None:
    # a story naming two countries (no home), set in Kenya by its places: the crowd that uses force is Kenyan
    text = ("Clashes broke out in Mombasa on Monday, and troops from Uganda massed on the border. Students marched "
            "in Mombasa again on Tuesday. Later, protesters threw petrol bombs at a police station.")
    assert any(plover == "ASSAULT" and source == "KEN" for _, plover, source, _ in sides(text))


def test_rioters_of_a_story_with_no_setting_stay_dropped() -> None:
    # two countries, no place named: whose crowd it is is not said
    text = ("Troops from Uganda and Kenya massed on the border on Monday. Later, protesters threw petrol bombs at a "
            "police station.")
    assert not any(plover == "ASSAULT" for _, plover, _, _ in sides(text))


def test_people_who_only_speak_are_not_placed_by_the_setting() -> None:
    # acts of words by unowned people stay unplaced (a foreign public is as likely): no event kept
    text = ("Clashes broke out in Mombasa on Monday, and troops from Uganda massed on the border. Students marched "
            "in Mombasa again on Tuesday. Later, residents criticized the decision.")
    assert not any(plover == "ACCUSE" for _, plover, _, _ in sides(text))


def test_a_capital_named_as_a_place_sets_the_story() -> None:
    # "in Nairobi" is where things happen, as a town the gazetteer knows is (`_place_counts` counts capitals)
    text = ("Clashes broke out in Nairobi on Monday, and troops from Uganda massed on the border. Students marched "
            "in Nairobi again on Tuesday. Later, protesters threw petrol bombs at a police station.")
    assert any(plover == "ASSAULT" and source == "KEN" for _, plover, source, _ in sides(text))
