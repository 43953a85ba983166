"""Dating rules of session 18 (s18d), whole pipeline: a time the parse hangs on the object of a verb's
preposition ("with a shotgun ON MONDAY") dates the verb, and a day named without a year in a document whose
story date is only a lower-bound year leaves the act undated. Passages are written for these tests."""

from __future__ import annotations

from events_helpers import dates

from tidings.analysis import analyze_text
from tidings.time.story_date import is_lower_bound


def test_a_time_after_the_instrument_of_the_first_conjunct_dates_both_acts() -> None:
    # spaCy hangs "on Monday" on "shotgun"; a shotgun has no time of its own: the walk and the shooting do
    text = ("A Syrian gunman walked into the Turkish embassy with a shotgun on Monday and shot three guards, "
            "killing one, before fleeing.")
    assert dates(text, "2019-11-20").get("shot") == ("2019-11-18", "timex")


def test_a_time_after_a_happening_noun_of_a_preposition_stays_the_happening_s() -> None:
    # "the September 11, 2001 attacks" date the attacks, not the invasion that came in their wake
    text = ("Roughly 13,000 US troops remain in Afghanistan, 18 years after Washington invaded the country in the "
            "wake of the September 11, 2001 attacks.")
    assert dates(text, "2019-11-20").get("invaded", (None, None))[0] != "2001-09-11"


def test_a_weekday_under_a_lower_bound_year_leaves_the_act_undated() -> None:
    # no page date: the story's year is only the latest year stated (2005), so "on Saturday" is no date
    text = ("A judge on Saturday sentenced the Somali pirate to life in prison. The pirate had attacked a "
            "Kenyan ship in 2005, the court heard.")
    analyzed = analyze_text(text)
    assert analyzed.story_date.date is not None and is_lower_bound(analyzed.story_date)
    sentenced = [e for e in analyzed.events if e.verb_span and text[e.verb_span[0]:e.verb_span[1]] == "sentenced"]
    assert sentenced, [(e.cameo, e.date) for e in analyzed.events]
    assert all(e.date is None and e.date_evidence == "none" and e.date_span is not None for e in sentenced)


def test_a_stated_year_still_dates_the_act_under_a_lower_bound() -> None:
    text = ("A judge on Saturday sentenced the Somali pirate to life in prison. The pirate had attacked a "
            "Kenyan ship in 2005, the court heard.")
    attacked = [e for e in analyze_text(text).events if e.date_span is not None and e.date is not None]
    assert any(e.date is not None and e.date.value == "2005" for e in attacked)


def test_a_weekday_on_a_dated_page_keeps_its_day() -> None:
    text = "A judge on Saturday sentenced the Somali pirate to life in prison."
    assert dates(text, "2019-11-20").get("sentenced") == ("2019-11-16", "timex")
