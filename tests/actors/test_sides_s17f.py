"""Sides of matched events (s17f, issue 13 points 5/6): the country and sector of an actor come from what the text
says of it. A description by "the body" refers back to the organisation named just before; a person's apposition
with a country in the genitive gives that country and office also when a modifier stands between ("Kenya's NEW
interior minister"), and a "former" in the apposition makes the office a past one.

Passages are written for these tests; no gold sentence is copied.
"""

from __future__ import annotations

from tidings.analysis import code_text

DATE = "2025-06-10"


def _targets(text: str, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.target.text, e.target.country) if e.target else (None, None)
            for e in code_text(text, DATE) if e.cameo.startswith(root)]


def test_the_body_is_the_international_organisation_named_before() -> None:
    text = ("The Arab League rejected the annexation plan on Sunday. "
            "Jordan's foreign minister called for an emergency meeting of the body.")
    assert [country for _, country in _targets(text, "02")] == ["ARL"]


def test_the_body_of_a_person_stays_no_actor() -> None:
    text = ("The Arab League met in Cairo on Sunday. "
            "The body of a Jordanian aid worker was found near the border, and Jordan demanded an inquiry.")
    assert all(target != "the body" for target, _ in _targets(text, "0"))


def test_apposition_with_a_genitive_country_and_a_modifier(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Amina Odhiambo, Kenya's new interior minister, ordered the police to reopen the road.", DATE)
    actor = next(a for text, a in found.items() if text.startswith("Amina Odhiambo"))
    assert (actor.country, actor.sector) == ("KEN", "GOV")


def test_former_in_an_apposition_makes_the_office_a_past_one(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Ali Hassan, the former Kenyan interior minister, was arrested in Nairobi on Monday.", DATE)
    actor = next(a for text, a in found.items() if text.startswith("Ali Hassan"))
    assert (actor.country, actor.sector) == ("KEN", "ELI")
    found = mentions("Ali Hassan, Kenya's former interior minister, was arrested in Nairobi on Monday.", DATE)
    actor = next(a for text, a in found.items() if text.startswith("Ali Hassan"))
    assert (actor.country, actor.sector) == ("KEN", "ELI")


def test_a_title_that_goes_on_links_no_holder_of_another_office(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The United States Secretary of Veterans Affairs toured a clinic in Ohio on Monday.", DATE)
    actor = next(a for text, a in found.items() if "Secretary" in text)
    assert (actor.country, actor.actor_id) == ("USA", None)  # not the Secretary of State
