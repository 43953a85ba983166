"""US party-state tags after a name mark a US legislator; local and sub-national government titles are government.

Sentences from the Wikipedia Current Events Portal (2025-2026; CC BY-SA 4.0, "Wikipedia contributors,
Portal:Current events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04, links stripped), not in the
real-news gold; the short ones are written for the test.
"""

from __future__ import annotations

import pytest

from tidings.actors.tables import us_states


@pytest.mark.parametrize("text, mention", [
    ("Rep. Jane Roe (D-Minn.) criticized the decision on Tuesday.", "Rep. Jane Roe"),
    ("Rep. John Doe, R-W.Va., visited the border with Mexico.", "Rep. John Doe"),
    ("Sen. John Doe (R-Texas) urged the Senate to act.", "Sen. John Doe"),
    ("Rep. John Doe (R-AL) pushed for greater use of the rocket.", "Rep. John Doe"),
    ("Jane Roe (I-Vt.) accused the administration of lying.", "Jane Roe"),
])
def test_party_state_tag_marks_a_us_legislator(mentions, text: str, mention: str) -> None:  # type: ignore[no-untyped-def]
    ref = mentions(text, "2025-03-10")[mention]
    assert (ref.country, ref.sector) == ("USA", "LEG")


def test_a_tag_on_a_governor_keeps_the_government_sector(mentions) -> None:  # type: ignore[no-untyped-def]
    ref = mentions("Gov. Jane Roe (R-Okla.) signed the bill on Friday.", "2025-03-10")["Gov. Jane Roe"]
    assert (ref.country, ref.sector) == ("USA", "GOV")


def test_no_state_no_tag(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("John Doe (D-Day veteran) met the mayor.", "2025-03-10")
    assert all(ref.country != "USA" for ref in found.values())


def test_wcep_senator_with_tag(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("U.S. Marine veteran Brian McGinnis interrupts a U.S. Senate hearing in protest of the Iran war "
                     "and is removed by the United States Capitol Police assisted by US Senator Tim Sheehy (R-MT).",
                     "2026-03-04")
    ref = next(r for text, r in found.items() if "Sheehy" in text)
    assert (ref.country, ref.sector) == ("USA", "LEG")


@pytest.mark.parametrize("text, mention, sector", [
    ("County Executive Jane Roe criticized the state budget.", "County Executive Jane Roe", "GOV"),
    ("The county commissioner rejected the proposal.", "The county commissioner", "GOV"),
    ("The city council approved the plan.", "The city council", "GOV"),
    ("Lt. Gov. John Doe accused the Democrats of fraud.", "Lt. Gov. John Doe", "GOV"),
    ("Assemblywoman Jane Roe criticized the governor's plan.", "Assemblywoman Jane Roe", "LEG"),
    ("The sheriff arrested two men on Monday.", "The sheriff", "COP"),
])
def test_local_titles_are_state_sectors(mentions, text: str, mention: str, sector: str) -> None:  # type: ignore[no-untyped-def]
    assert mentions(text, "2025-03-10")[mention].sector == sector


def test_wcep_councilwoman_is_government(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Councilwoman Elena Rojas is assassinated and several others are injured, including at least "
                     "four children, in a targeted mass shooting at a Christmas event in Chicama, Department of La "
                     "Libertad, Peru.", "2025-12-18")
    assert found["Councilwoman Elena Rojas"].sector == "GOV"


def test_states_are_data() -> None:
    assert {"Minn", "W.Va", "Texas", "TX", "N.Y"} <= us_states()
