"""A name many countries' bodies share ("House of Representatives") names one country's body only on evidence."""

from __future__ import annotations

from tidings.actors import ActorBase
from tidings.actors.tables import generic_bodies


def test_a_shared_name_of_another_country_s_body_is_not_the_us_house(mentions) -> None:  # type: ignore[no-untyped-def]
    """Wikipedia Current Events Portal, 2025-10-21 (CC BY-SA 4.0, "Wikipedia contributors, Portal:Current
    events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04): Japan's lower house."""
    found = mentions("Sanae Takaichi is elected as Japan's first female prime minister by the House of "
                     "Representatives after her party, the Liberal Democratic Party, agreed to form a coalition "
                     "government with the Japan Innovation Party.", "2025-10-21")
    house = next(ref for text, ref in found.items() if "House of Representatives" in text)
    assert house.actor_id != "USA-HOUSE" and house.country != "USA" and house.sector == "LEG"


def test_nigerian_page_former_speaker_is_not_american(mentions) -> None:  # type: ignore[no-untyped-def]
    """A non-gold AEB page (0dd13570, The Paradigm, Nigeria's Senate): the Nigeria-type error of issue 13."""
    found = mentions("Senator representing Yobe North, Ahmad Lawan, on Tuesday moved a motion for the adjournment "
                     "of the first plenary session of the Senate since resumption over the deaths of former House "
                     "of Representatives Speaker, Benjamin Nzeribe and member, Funke Adedoyin. The Nigerian Senate "
                     "observed a minute of silence.", "2018-10-09")
    assert all(ref.country != "USA" for ref in found.values())


def test_with_its_country_named_the_shared_name_is_that_body(mentions) -> None:  # type: ignore[no-untyped-def]
    """Written here: the document names the United States (or one of its people in full)."""
    for text in ("The House of Representatives voted on Tuesday. Washington said the vote was final.",
                 "Nancy Pelosi said the House of Representatives would vote on Tuesday."):
        found = mentions(text, "2019-11-19")
        assert found["House of Representatives"].actor_id == "USA-HOUSE"


def test_shared_names_are_aliases_in_the_tables(base: ActorBase) -> None:
    """Every listed name is a national body's alias (a name no table holds would be a dead rule)."""
    aliases = {" ".join(a.lower().split()) for actor in base.actors.values() if actor.kind == "institution"
               for a in (actor.name, *actor.aliases)}
    assert generic_bodies() <= aliases
