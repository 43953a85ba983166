"""Readings of the right type whose events had the sides the wrong way round (session 17e): the person a doerless
arrest, charge or verdict is done to kept as its target, never the police who said so; and the noun a past participle
modifies ("the pilot CAPTURED by ...") as the one the act is done to, never its doer.

All passages were written for these tests; none is a gold sentence.
"""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.records import Event


def _events(text: str, root: str, date: str = "2025-06-01") -> list[Event]:
    return [e for e in code_text(text, date) if e.cameo.startswith(root)]


def _sides(text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in _events(text, root)}


def test_people_known_by_their_kind_arrested_are_of_the_arresting_country() -> None:
    arrests = _events("Two reporters were detained at a hotel in Mombasa, Kenya, on Sunday.", "173")
    assert arrests and all(e.source is not None and e.source.country == "KEN" for e in arrests)
    assert all(e.target is None or e.target.country in (None, "KEN") for e in arrests)


def test_the_police_who_tell_of_an_arrest_are_not_the_arrested() -> None:
    text = "The man was arrested hours after the attack in Lyon, French police said on Monday."
    arrests = _events(text, "173")
    assert arrests and all(e.target is None or (e.target.sector or "") != "COP" for e in arrests)


def test_the_noun_a_participle_modifies_is_its_undergoer() -> None:
    # a pilot captured is a combatant taken (CAMEO 181, s22g), not a place occupied (192)
    assert ("PAK", "IND") in _sides("The Indian pilot captured by Pakistan was returned on Friday.", "181")


def test_those_killed_are_never_the_killers() -> None:
    text = "Three Afghan soldiers killed in the attack were buried in Kabul on Monday."
    assert all(e.source is None or e.source.country != "AFG" or e.target is not None
               for e in _events(text, "19"))


def test_a_release_in_a_capital_is_not_by_that_countrys_state() -> None:
    text = "Two aid workers kidnapped by gunmen last month were released in Bamako."
    assert all(e.source is None or e.source.country != "MLI" for e in _events(text, "0841"))
