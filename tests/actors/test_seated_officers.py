"""Officers of the law and legislators serve where they sit: "a judge in Peru", "prosecutors in South Korea",
"lawmakers in Ohio" are of that place's country (`_seat_of_body`), as bodies of the state already were ("police in
Colombia"); a lawyer is not (`counsel_words.txt`: counsel act for clients anywhere). A town may be followed by its
province and then its country ("a court in Aachen, North Rhine-Westphalia, Germany"). US cities the gazetteer knows
place a body before or after them ("Fresno police", "police in Tulsa").

Sentences from the Wikipedia Current Events Portal (2025; CC BY-SA 4.0, "Wikipedia contributors, Portal:Current
events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04, links stripped), not in the real-news gold; the others
are written for the test.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "actor", "country"), [
    ("A judge in Peru dismisses charges of money laundering against Popular Force leader and former presidential "
     "candidate Keiko Fujimori.", "A judge", "PER"),
    ("A judge in Bolivia orders the arrest of former Bolivian President Evo Morales on statutory rape charges.",
     "A judge", "BOL"),
    ("Prosecutors in South Korea request that former president Yoon Suk Yeol be detained amid the ongoing "
     "investigation against him for insurrection.", "Prosecutors", "KOR"),
    ("A court in Aachen, North Rhine-Westphalia, Germany, sentences a 44-year-old palliative care nurse to life "
     "imprisonment for murdering 10 patients.", "A court", "DEU"),
])
def test_wcep_officers_and_courts_in_a_place(mentions, text: str, actor: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert mentions(text, "2025-06-01")[actor].country == country


@pytest.mark.parametrize(("text", "actor", "country"), [
    ("A federal judge in Texas blocked the order on Tuesday.", "A federal judge", "USA"),
    ("Lawmakers in Ohio passed the bill late on Thursday.", "Lawmakers", "USA"),
    ("A sheriff in Ohio said two deputies were hurt.", "A sheriff", "USA"),
    ("Fresno police arrested a man after the shooting.", "Fresno police", "USA"),
    ("Police in Tulsa arrested three men after the shooting.", "Police", "USA"),
])
def test_written_officers_in_a_place(mentions, text: str, actor: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert mentions(text, "2025-06-01")[actor].country == country


@pytest.mark.parametrize("text", [
    "Lawyers in Kabul said the trial was unfair.",
    "Diplomats in Beijing said the talks had stalled.",
])
def test_counsel_and_envoys_are_not_placed_by_where_they_are(mentions, text: str) -> None:  # type: ignore[no-untyped-def]
    """Lawyers and diplomats may be foreign where they are (written for the test)."""
    assert next(iter(mentions(text, "2025-06-01").values())).country is None


@pytest.mark.parametrize(("text", "actor", "country"), [
    ("Prosecutors in Tanzania charge 98 people with treason over their alleged participation in violent protests.",
     "Prosecutors", "TZA"),
    ("A judge in the Dominican Republic sentences seven former government officials to over a year in preventative "
     "detention in a US$250 million corruption case involving the health ministry.", "A judge", "DOM"),
])
def test_wcep_officers_in_a_country_with_the(mentions, text: str, actor: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert mentions(text, "2025-12-15")[actor].country == country


@pytest.mark.parametrize(("text", "actor"), [
    ("The Harris County Sheriff's Office is investigating the shooting.", "Harris County Sheriff"),
    ("A Cook County sheriff's deputy was shot on Monday.", "Cook County sheriff"),
])
def test_a_county_sheriff_is_american(mentions, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    """A county's sheriff is a US office (`us_county_offices.txt`), though the county is not in the gazetteer
    (written for the test)."""
    found = mentions(text, "2025-06-01")[actor]
    assert (found.country, found.sector) == ("USA", "COP")


def test_other_county_offices_are_not_placed_by_the_word_county(mentions) -> None:  # type: ignore[no-untyped-def]
    """Kenya, Liberia, Taiwan and China have counties too: a county commissioner is not American by the word
    (written for the test)."""
    found = mentions("A Kiambu County commissioner said the road would be closed.", "2025-06-01")
    assert all(ref.country is None for ref in found.values())


def test_a_caribbean_territory_is_its_own_country(mentions) -> None:  # type: ignore[no-untyped-def]
    """Self-governing territories have their own ISO code, premier and police (WCEP, 2025-02-26)."""
    found = mentions("The opposition Anguilla United Front (AUF) wins a majority in the House of Assembly. AUF leader "
                     "Cora Richardson-Hodge becomes the first female Premier of Anguilla.", "2025-02-26")
    assert found["Premier of Anguilla"].country == "AIA"
    written = mentions("BVI Premier Andrew Fahie said the ports would stay open.", "2022-04-01")
    assert written["BVI Premier Andrew Fahie"].country == "VGB"
