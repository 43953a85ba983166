"""Groups placed by the words before them: a capital before a state body ("a Tehran court"), a people before a
group noun ("Bosnian Serb police").

Sentences from the Wikipedia Current Events Portal (2025; CC BY-SA 4.0, "Wikipedia contributors,
Portal:Current events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04, links stripped), not in the
real-news gold; the short ones are written for the test.
"""

from __future__ import annotations

import pytest


def test_a_capital_places_a_court(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The Supreme Court of Iran overturns a 5-year prison sentence imposed by a Tehran court against "
                     "singer Amir Tataloo and confirms his death sentence for blasphemy.", "2025-01-20")
    assert (found["Tehran court"].country, found["Tehran court"].sector) == ("IRN", "JUD")


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Beijing police detained two men on Sunday.", "Beijing police", "CHN"),
    ("The Moscow city court jailed the journalist.", "Moscow city court", "RUS"),
])
def test_a_capital_places_police_and_courts(mentions, text: str, mention: str,  # type: ignore[no-untyped-def]
                                            country: str) -> None:
    assert mentions(text, "2025-01-20")[mention].country == country


def test_a_capital_inside_a_name_places_nothing(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The Washington Post said police arrested two men.", "2025-01-20")
    assert found["police"].country is None


def test_a_people_before_a_group_noun_gives_the_group_its_home(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Bosnian Serb police begin removing state police from their posts in Banja Luka, Bosnia and "
                     "Herzegovina, in a move aimed at implementing separatist legislation signed into law by "
                     "Republika Srpska leader Milorad Dodik.", "2025-04-07")
    police = found["Bosnian Serb police"]
    assert (police.country, police.sector) == ("BIH", "COP")


def test_a_people_alone_is_still_a_people(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Bosnian Serbs protested in Banja Luka.", "2025-04-07")
    assert (found["Bosnian Serbs"].country, found["Bosnian Serbs"].sector) == ("BIH", "CVL")
