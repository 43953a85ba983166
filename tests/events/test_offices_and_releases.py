"""Offices of a state or city, prisoner swaps and releases by captors, each shown on real text.

Sentences quoted from the Wikipedia Current Events Portal (2025–2026 daily pages, via
shared/corpora/wcep_daily_2025-01_to_2026-04), © Wikipedia contributors, CC BY-SA 4.0. The captor sentences
marked "written for the rule" are tidings' own: no release told this way was found in the corpora outside
the real-news gold pages.
"""

from __future__ import annotations

from tidings.analysis import actors_of, analyzer_for, code_text
from tidings.config import Settings


def _actor_countries(text: str) -> dict[str, str | None]:
    doc = analyzer_for(Settings()).parse(text)
    return {m.actor.text: m.actor.country for m in actors_of(doc, "2025-06-01")}


def test_an_office_of_a_state_takes_the_country_the_state_lies_in() -> None:
    """"Texas governor Greg Abbott", "California Attorney General Rob Bonta": the gazetteer places the state."""
    events = code_text("Texas governor Greg Abbott declares the Muslim Brotherhood and CAIR as terrorist organizations "
                       "and bans them from owning land in Texas, United States.", "2025-11-18")
    assert events and {e.source.country for e in events if e.source is not None} == {"USA"}
    lawsuit = code_text("California Governor Gavin Newsom and California Attorney General Rob Bonta file a lawsuit "
                        "against U.S. President Donald Trump and his administration over the tariffs, making "
                        "California the first U.S. state to do so.", "2025-04-16")
    assert [e for e in lawsuit if e.source is not None and e.source.country == "USA" and e.plover == "ACCUSE"]


def test_a_place_word_inside_a_longer_name_gives_no_country() -> None:
    """Only a place that ends right before the office counts: "New York Times reporters" are no New York office,
    and a country-owned office keeps its country."""
    found = _actor_countries("Bosnian Serb police begin removing state police from their posts in Banja Luka, Bosnia "
                             "and Herzegovina.")
    assert found.get("Bosnian Serb police") != "USA"
    assert "USA" not in _actor_countries("New York Times reporters were detained.").values()


def test_a_prisoner_swap_is_one_release_between_the_two_sides() -> None:
    """PETRARCH's EXCHANGE PRISONERS [0841] for "swap": the mediator named in an "after" phrase is no party."""
    events = code_text("Russia and Ukraine swap 146 prisoners from each side after mediation by the United Arab "
                       "Emirates.", "2025-05-23")
    releases = [e for e in events if e.cameo == "0841"]
    assert releases and {(e.source.country if e.source else None, e.target.country if e.target else None)
                         for e in releases} <= {("RUS", "UKR"), ("UKR", "RUS")}


def test_swapping_fire_stays_violence_not_a_release() -> None:
    events = code_text("Indian and Pakistani troops swapped fire across the Line of Control.", "2025-05-08")
    assert not [e for e in events if e.cameo.startswith("084")]


def test_a_release_without_a_doer_is_done_by_the_captors_the_clause_names() -> None:
    """Written for the rule: "held by X ... were released" - X releases; with no holder named, nobody is made up."""
    events = code_text("Three hostages who had been held by Hamas in Gaza since 2023 were released on Sunday.",
                       "2025-01-19")
    assert [e for e in events if e.cameo == "0841" and e.source is not None and e.source.country == "PSE"]
    fishermen = code_text("Seven Yemeni fishermen who were detained for nearly two months after entering Puntland "
                          "waters without authorization from Puntland’s Ministry of Fisheries and Marine Resources "
                          "are released.", "2025-08-01")
    assert not [e for e in fishermen if e.cameo == "0841" and e.source is not None]
