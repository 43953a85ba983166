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


@pytest.mark.parametrize(("text", "date", "mention", "country"), [
    ("The Tokyo District Court orders the Unification Church to dissolve as a religious organization in Japan. It is "
     "the first religious group to be given a revocation order in modern Japanese history.", "2025-03-25",
     "Tokyo District Court", "JPN"),
    ("The Seoul High Court increases former South Korean president Yoon Suk Yeol's sentence to seven years in prison "
     "for obstruction of justice and abuse of power, citing his use of presidential security personnel to interfere "
     "with his arrest and other actions.", "2026-04-29", "Seoul High Court", "KOR"),
    ("The Bangkok Criminal Court sentences a Thai man to life in prison for the January 7 assassination of Cambodian "
     "politician Lim Kimya in Bangkok.", "2025-10-03", "Bangkok Criminal Court", "THA"),
])
def test_a_capital_opening_a_court_name(mentions, text: str, date: str, mention: str,  # type: ignore[no-untyped-def]
                                        country: str) -> None:
    court = mentions(text, date)[mention]
    assert (court.country, court.sector) == (country, "JUD")


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


def test_two_nationalities_joined_by_a_dash_are_no_people(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Poland indefinitely closes its border with Belarus and deploys 40,000 troops to it, citing "
                     "security concerns over Russian–Belarusian military exercises near the region, the first ones "
                     "since 2022.", "2025-09-11")
    assert found["Belarusian military"].country == "BLR"
    assert found["Russian"].country == "RUS"


def test_a_people_before_a_title_and_a_name_is_left_to_the_name(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Bosnian Serb leader Milorad Dodik said the ruling was void.", "2025-03-01")
    dodik = next(r for r in found.values() if r.name == "Milorad Dodik")
    assert dodik.role == "leader"


@pytest.mark.parametrize(("text", "date", "mention", "country"), [
    ("Police in Bangladesh arrest over 1,300 people amid riots and pro-Sheikh Hasina protests.", "2025-02-10",
     "Police", "BGD"),
    ("A court in Abu Dhabi, United Arab Emirates, sentences three people to death for killing Israeli-Moldovan rabbi "
     "Zvi Kogan in 2024.", "2025-03-31", "A court", "ARE"),
])
def test_a_body_in_a_country_or_its_capital(mentions, text: str, date: str, mention: str,  # type: ignore[no-untyped-def]
                                            country: str) -> None:
    assert mentions(text, date)[mention].country == country


@pytest.mark.parametrize(("text", "mention"), [
    ("The embassy in Kabul closed its doors on Monday.", "The embassy"),  # bodies_abroad.txt
    ("Troops in Syria came under fire.", "Troops"),  # armies are often abroad
])
def test_bodies_that_sit_abroad_are_not_placed(mentions, text: str, mention: str) -> None:  # type: ignore[no-untyped-def]
    assert mentions(text, "2025-03-01")[mention].country is None
