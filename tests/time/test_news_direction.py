"""Direction and reference of timexes in news text found wrong by hand-judging event dates on non-gold
news (WCEP bullets, AEB/trafilatura pages): the weekend a present-tense report means, "is to" + verb,
"at this time", a deadline with its clock time, and holiday names that a modifier makes another day."""

from __future__ import annotations

import pytest
from spacy.language import Language
from timex_helpers import values

from tidings.time import find_timexes


def _parsed(nlp: Language, text: str, anchor: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, anchor, nlp(text))}


@pytest.mark.parametrize("anchor", ["2025-03-10", "2025-03-12", "2025-03-14"])
def test_present_report_of_an_act_over_the_weekend_is_the_weekend_past(nlp: Language, anchor: str) -> None:
    # written in WCEP's style; Monday, Wednesday and Friday pages: the weekend of 8-9 March
    text = "Ukraine conducts drone strikes over the weekend, killing three people in Belgorod Oblast."
    assert _parsed(nlp, text, anchor)["the weekend"] == "2025-W10-WE"


def test_future_or_planned_weekend_is_the_coming_one(nlp: Language) -> None:
    assert _parsed(nlp, "The summit will take place over the weekend in Rome.", "2025-03-12")["the weekend"] \
        == "2025-W11-WE"
    # WCEP 2026-04-09 (a Thursday): a ceasefire FOR the weekend is ahead, though "declares" is present
    text = "Russian president Vladimir Putin declares a ceasefire for the weekend in Ukraine for Orthodox Easter."
    assert _parsed(nlp, text, "2026-04-09") == {"the weekend": "2026-W15-WE"}


def test_is_to_meet_on_a_weekday_lies_ahead(nlp: Language) -> None:
    # WCEP 2025-02-25 (a Tuesday)
    text = ("The move comes just before UK Prime Minister Keir Starmer is to meet with U.S. President Donald "
            "Trump on Thursday in Washington, D.C.")
    assert _parsed(nlp, text, "2025-02-25")["Thursday"] == "2025-02-27"
    text = "Foreign ministers are to gather in Brussels on Thursday to discuss sanctions."
    assert _parsed(nlp, text, "2025-03-10")["Thursday"] == "2025-03-13"
    # the same verb told as done stays in the past
    assert _parsed(nlp, "Foreign ministers gathered in Brussels on Thursday.", "2025-03-10")["Thursday"] == "2025-03-06"


def test_at_this_time_is_the_present(nlp: Language) -> None:
    # WCEP 2025-03-19
    text = ("The United Nations reports that a UN official is killed in a strike on a guesthouse. The UN states "
            "that the perpetrator is unclear at this time.")
    assert _parsed(nlp, text, "2025-03-19")["this time"] == "PRESENT_REF"
    # "at this time last year": the unit after it names the time, "this time" is no timex of its own
    assert values("Sales were higher at this time last year.", "2025-03-19") == {"last year": "2024"}
    # "that" still refers back to the time the text named
    got = values("The ceasefire began on March 3, 2024. By that time, most residents had fled.", "2025-03-19")
    assert got["that time"] == "2024-03-03"


def test_deadline_with_its_clock_time_takes_the_near_day(nlp: Language) -> None:
    # written after a politico.com page of 30 December 2019 (trafilatura_eval, not gold)
    text = ("The congressman will depart the House for a role with the president, a decision he disclosed in an "
            "interview that published around 5:30 a.m. on Dec. 19, ahead of the filing deadline at noon on Dec. 20."
            "\n\nLater that day came a campaign launch by a local activist.")
    got = _parsed(nlp, text, "2019-12-30")
    assert got["Dec. 20"] == "2019-12-20"
    assert got["Later that day"] == "2019-12-20"
    # a clock time with its zone between the noun and the day; a past clause, a date ahead of the page
    text = "The court set a deadline at 5 p.m. EST on March 14 for the filing."
    assert _parsed(nlp, text, "2025-03-10")["March 14"] == "2025-03-14"


def test_a_modifier_that_names_another_day_drops_the_holiday_date() -> None:
    # WCEP 2025-05-28 and 2026-04-11
    text = "Namibia commemorates its first Genocide Remembrance Day to honor the Herero and Nama peoples."
    assert "Remembrance Day" not in values(text, "2025-05-28")
    text = "Russia and Ukraine announce a 32-hour ceasefire in observation of Orthodox Easter."
    assert "Easter" not in values(text, "2026-04-11")
    # the plain holiday, also first in its sentence, keeps its date
    assert values("Britain observed Remembrance Day with a silence.", "2025-11-11")["Remembrance Day"] == "2025-11-11"
    assert values("On Christmas Day, the Pope called for peace.", "2025-12-26")["Christmas Day"] == "2025-12-25"
