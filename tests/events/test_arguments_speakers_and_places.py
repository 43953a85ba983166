"""Doers the parse leaves unsaid or unplaced (events/arguments.py `_quote_continued`; events/code.py `_acting_where`,
`_named_before`, `_home_side`).

- a quotation running on into a sentence with no speech verb is still the speaker's: "I"/"we" there is the speaker
  of the quoting sentence before;
- an armed group known only by its kind ("gunmen", "militants") using violence in a place its own clause names is
  of that place's country; civilians and non-violent acts are not placed so.
- a definite group noun ("the rebels") outside the state is the group of that kind named in an earlier sentence,
  when all its earlier mentions are of one country, and not the other side of its own act.

Bullets from the Wikipedia Current Events Portal (2025; CC BY-SA 4.0, "Wikipedia contributors, Portal:Current
events", via ../shared/corpora/wcep_daily_2025-01_to_2026-04, links stripped), not in the real-news gold; the other
passages are written for the test.
"""

from __future__ import annotations

import pytest

from tidings.analysis import code_text


def _sources(text: str, date: str, prefix: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country, e.source.sector) if e.source else (None, None)
            for e in code_text(text, date) if e.cameo.startswith(prefix)]


def test_a_quotation_running_on_keeps_its_speaker() -> None:
    text = ('"We will not pay the fine," the Kenyan finance minister said on Monday. "We rejected the demand of the '
            'IMF."')
    assert ("KEN", "GOV") in _sources(text, "2025-01-20", "12")


def test_an_unquoted_sentence_does_not_borrow_a_speaker() -> None:
    text = '"We will not pay the fine," the Kenyan finance minister said on Monday. We rejected the demand of the IMF.'
    assert ("KEN", "GOV") not in _sources(text, "2025-01-20", "12")


@pytest.mark.parametrize(("text", "date", "country"), [
    ("Gunmen on motorbikes kill 22 people in Takoubatt, Tillabéri Region, Niger, most of whom were attending a "
     "baptism ceremony.", "2025-06-21", "NER"),
    ("Three policemen are killed in a shooting attack by unknown militants with assault rifles on a roadside "
     "checkpoint in Hangu District, Khyber Pakhtunkhwa, Pakistan.", "2025-03-01", "PAK"),
    ("At least 28 people are killed and dozens of others are injured when terrorists open fire on people in "
     "Pahalgam, Anantnag district, Indian-controlled Jammu and Kashmir.", "2025-04-22", "IND"),
])
def test_an_armed_group_is_of_the_place_it_strikes(text: str, date: str, country: str) -> None:
    assert (country, "REB") in _sources(text, date, "19")


@pytest.mark.parametrize(("text", "date", "source"), [
    ("A protester is shot dead by security forces in Harsin, Kermanshah province, Iran.", "2026-01-05", ("IRN", "MIL")),
    ("Gunmen in Zamfara State, Nigeria, killed twelve villagers on Sunday.", "2025-01-20", ("NGA", "REB")),
])
def test_an_armed_group_placed_by_its_own_phrase(text: str, date: str, source: tuple[str, str]) -> None:
    assert source in _sources(text, date, "19")


def test_an_unarmed_group_is_not_placed_by_the_place() -> None:
    text = "A company chief executive in Vancouver, Canada, was gunned down at an office party."
    assert ("CAN", "BUS") not in _sources(text, "2025-01-20", "19")


def test_people_in_a_place_are_not_made_doers() -> None:
    text = ("The remaining 89 people kidnapped from three churches in Kaduna State, Nigeria, by criminal gangs on "
            "January 18, are released.")
    assert ("NGA", "CVL") not in _sources(text, "2025-02-01", "")


def test_a_definite_group_noun_refers_back() -> None:
    text = "Colombian rebels seized a village on Monday. On Tuesday the rebels ambushed a police patrol near the river."
    events = [e for e in code_text(text, "2025-01-20") if e.cameo.startswith("19") and "the rebels" in
              (e.source.text if e.source else "")]
    assert events and all(e.source is not None and e.source.country == "COL" for e in events)
    assert all(e.target is None or (e.target.country, e.target.sector) != ("COL", "REB") for e in events)


def test_a_definite_group_of_two_countries_stays_unplaced() -> None:
    text = "Colombian rebels and Peruvian rebels met in July. The rebels ambushed a police patrol near the river."
    assert not [e for e in code_text(text, "2025-01-20") if e.cameo.startswith("19")]
