"""People and offices of a one-country story, and acts judged by "it" or "the move" (events/code.py `_home_people`,
`_needs_no_addressee` with CAMEO prefixes, `_referred_doer`).

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text

ONE_COUNTRY = "Kenya's parliament met on Monday. The Kenyan president did not attend. "
TWO_COUNTRIES = "Kenya and Uganda signed a trade deal on Monday. "
BAN = "Japan banned exports of chemicals to South Korea on Monday. "


def _of(text: str, plover: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, "2025-06-01") if e.plover == plover]


def test_an_office_resigning_in_a_one_country_story_is_that_countrys() -> None:
    """A resignation needs no one it is done to: the office takes the story's country, and no target is added."""
    assert _of(ONE_COUNTRY + "The interior minister resigned on Tuesday.", "CONCEDE") == [("KEN", None)]


def test_a_named_person_the_finder_cannot_place_is_of_the_one_country() -> None:
    assert _of(ONE_COUNTRY + "Interior Secretary Wambugu resigned on Tuesday.", "CONCEDE") == [("KEN", None)]


def test_a_story_of_two_countries_leaves_the_person_unplaced() -> None:
    assert ("KEN", None) not in _of(TWO_COUNTRIES + "Interior Secretary Wambugu resigned on Tuesday.", "CONCEDE")


def test_a_person_acting_on_no_one_stays_unplaced() -> None:
    """A warning to nobody by an unplaced person is not placed: it would only keep a one-sided statement."""
    assert ("KEN", None) not in _of(ONE_COUNTRY + "Wambugu warned that the season would be hard.", "THREATEN")


def test_the_move_judged_is_the_act_told_before() -> None:
    assert ("KOR", "JPN") in _of(BAN + "South Korea called the move illegal.", "ACCUSE")


def test_it_judged_in_the_same_sentence() -> None:
    assert ("KOR", "JPN") in _of("Japan banned exports of chemicals to South Korea, and South Korea called it unfair.",
                                 "ACCUSE")


def test_a_judged_act_with_no_act_told_before_blames_no_one() -> None:
    assert _of("The weather was cold on Monday. South Korea called the move illegal.", "ACCUSE") == []


def test_one_does_not_condemn_oneself() -> None:
    """The act told before is the judge's own: "it" is not its doer's act condemned by that doer."""
    assert ("JPN", "JPN") not in _of(BAN + "Japan called it unavoidable and unfair to no one.", "ACCUSE")



def test_people_acting_on_people_are_not_placed_by_the_story() -> None:
    """Only an act that needs no addressee places an unknown person by the story's country. Between two people the
    story's country alone is too weak a sign: on 181 non-gold AEB pages, 8 of the 10 events it made were film,
    business or medical chatter (a singer and her record label, an actress and a friend)."""
    text = ONE_COUNTRY + "Interior Secretary Wambugu met Health Secretary Otieno on Tuesday."
    assert ("KEN", "KEN") not in _of(text, "CONSULT")
