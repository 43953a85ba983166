"""A known body's name inside another body's name is not the known body.

Sentences from the Wikipedia Current Events Portal (2025; CC BY-SA 4.0, "Wikipedia contributors,
Portal:Current events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04, links stripped) and from WCXB
page 4363 (CC-BY-4.0), none in the real-news gold.
"""

from __future__ import annotations

import pytest

from tidings.records import ActorRef


def _ids(found: dict[str, ActorRef]) -> set[str | None]:
    return {ref.actor_id for ref in found.values()}


@pytest.mark.parametrize("text", [
    "The opposition United National Congress, led by Kamla Persad-Bissessar, wins a majority of seats.",
    "The ruling coalition of the Liberal Democratic Party (LDP) and Komeito lose their majority in the House of "
    "Councillors.",
    "Friedrich Merz announces the formation of a grand coalition government between the CDU/CSU and Social "
    "Democratic Party.",
    "The GSMA’s Mobile World Congress (MWC) has been held in Barcelona since 2006.",
])
def test_a_longer_name_is_another_body(mentions, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {"USA-DEM", "USA-CONGRESS"} & _ids(mentions(text, "2025-06-01"))


def test_another_countrys_body_of_the_same_kind(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Argentina's Congress overturns President Javier Milei's veto of a bill.", "2025-09-04")
    assert (found["Argentina's Congress"].country, found["Argentina's Congress"].sector) == ("ARG", "LEG")
    found = mentions("The High Court in Seoul, South Korea, clears Democratic Party of Korea leader Lee Jae-myung "
                     "of charges of violating election laws.", "2025-05-01")
    party = next(ref for ref in found.values() if "Democratic Party" in ref.text)
    assert (party.actor_id, party.country, party.sector) == (None, "KOR", "PTY")


def test_the_known_body_itself_is_kept(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Senate Democrats and the Democratic National Committee said the Republican Party lied, "
                     "and the U.S. Congress passed the bill.", "2019-11-20")
    assert {"USA-DEM", "USA-GOP", "USA-CONGRESS"} <= _ids(found)
