"""Retold history is not dated on the page's day: a decade or century dates an act as a year does; a past
passage dates every coordinated act it narrates; a pluperfect inside a past passage, and an act inside the
clause of a verb dated long ago, lie before that time and stay undated. Passages written for these tests;
story dates given with each."""

from __future__ import annotations

from tidings.analysis import code_text


def dates(text: str, story: str) -> dict[str, str | None]:
    """verb text -> date value of each coded event (the last one for a verb text told twice)."""
    return {text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "": (e.date.value if e.date else None)
            for e in code_text(text, story)}


def test_a_decade_dates_an_act_like_a_year() -> None:
    found = dates("During the 19th century, Britain threatened China with war.", "2019-11-20")
    assert found.get("threatened") == "18XX"


def test_a_decade_set_earlier_in_the_paragraph_dates_the_passage() -> None:
    text = ("The envoy arrived in Berlin on Monday.\n\n"
            "In the 1880s Germany colonised the region. Its agents signed protection treaties with local chiefs.")
    found = dates(text, "2020-01-19")
    assert found.get("signed protection treaties") == "188X"


def test_every_coordinated_act_of_a_past_passage_takes_its_time() -> None:
    text = ("Police arrested two men on Friday.\n\n"
            "The coup of November 1923 failed within a day. State police opposed the insurgents and arrested "
            "their leaders.")
    events = [(text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "", e.date.value if e.date else None)
              for e in code_text(text, "2023-11-05")]
    assert ("arrested", "2023-11-03") in events  # Friday's arrest, the news
    assert ("arrested", "1923-11") in events  # the leaders' arrest, the retold history
    assert ("opposed", "1923-11") in events


def test_a_pluperfect_in_a_past_passage_is_not_dated_on_the_page_day() -> None:
    text = ("The chancellor resigned on Tuesday.\n\n"
            "In 1974 the president resigned rather than face impeachment. Congress had threatened to remove him, "
            "and Senate leaders urged him to step down.")
    found = dates(text, "2023-11-05")
    assert found.get("threatened to remove") is None  # before 1974, the text does not say when
    assert found.get("urged him to step down") == "1974"


def test_a_pluperfect_in_the_current_news_keeps_the_story_date() -> None:
    text = ("Police in Lagos arrested a former Nigerian minister on Monday. The minister had threatened a judge "
            "and had attacked a reporter.")
    found = dates(text, "2019-11-20")
    assert found.get("threatened") == "2019-11-20"  # no past passage: the fallback stands


def test_an_act_inside_a_clause_dated_long_ago_stays_undated() -> None:
    found = dates("In the 1990s, Russia accused Georgia of sheltering rebels.", "2019-11-20")
    assert found.get("accused") == "199X"
    assert found.get("sheltering") is None  # at or before the accusation, never the page's day


def test_an_act_inside_a_clause_dated_this_week_keeps_the_fallback() -> None:
    found = dates("On Monday, Russia accused Georgia of sheltering rebels.", "2019-11-20")
    assert found.get("accused") == "2019-11-18"
    assert found.get("sheltering") == "2019-11-20"


def test_an_act_before_a_time_long_past_stays_undated() -> None:
    found = dates("Before the 2012 election, the president accused China of stealing jobs.", "2019-11-19")
    assert "accused" in found
    assert found["accused"] is None  # before 2012, never the page's day


def test_an_act_before_a_time_of_the_current_news_keeps_the_fallback() -> None:
    found = dates("Before Friday's vote, the president accused the opposition of fraud.", "2019-11-19")
    assert found.get("accused") == "2019-11-19"


def test_a_deadline_long_past_of_a_pluperfect_still_dates_it() -> None:
    found = dates("By 1995, Iraq had expelled the inspectors.", "2019-11-19")
    assert found.get("expelled") == "1995"  # "by" of a past clause is its deadline: the passage is set then


VISIT = "In October, Senator Jane Hollis visited Mexico City and argued for more agents.\n\n"


def test_an_act_told_again_takes_the_time_it_was_first_told_with() -> None:
    text = VISIT + ("The figures cover both borders. Even though Hollis visited Mexico City, the totals "
                    "include seizures in the north.")
    events = [(text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "", e.date.value if e.date else None)
              for e in code_text(text, "2019-11-18")]
    assert events.count(("visited", "2019-10")) == 2


def test_an_act_told_as_repeated_is_a_new_one() -> None:
    text = VISIT + "The figures cover both borders. Hollis visited Mexico City again, her office said."
    events = [(text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "", e.date.value if e.date else None)
              for e in code_text(text, "2019-11-18")]
    assert events.count(("visited", "2019-10")) == 1
