"""Dating (tidings.events.dating), whole pipeline: a perfect takes no time after the story date from what it
is about; a time the parse hangs on a verb told now dates the past clause it closes; a present perfect
conjunct keeps the news present.

Sentences are WCEP bullets (credited with their day page) or written for these tests; story dates are given
with each.
"""

from __future__ import annotations

from tidings.analysis import code_text


def dates(text: str, story: str) -> dict[str, str | None]:
    """verb text -> date value of each coded event."""
    return {text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "": (e.date.value if e.date else None)
            for e in code_text(text, story)}


def test_a_perfect_takes_no_planned_time_from_its_object() -> None:
    # written: the deadline is the thing given; the giving is done by now, it cannot lie ahead
    found = dates("The judge has given the actress a May 10 deadline to enter a rehab facility.", "2013-04-20")
    assert found and all(value == "2013-04-20" for value in found.values())


def test_a_time_the_parse_hangs_on_the_present_verb_dates_the_clause_it_closes() -> None:
    # WCEP, 2025-04-11: spaCy hangs "in July 2004" on "is executed" (by way of the subject); the killing is 2004
    text = ("American spree killer Mikal Mahdi, who killed three people, including an off-duty police officer, in "
            "July 2004, is executed by firing squad at the Broad River Correctional Institution in Columbia, South "
            "Carolina.")
    found = dates(text, "2025-04-11")
    assert found["killed"] == "2004-07"
    assert found["executed"] == "2025-04-11"


def test_a_closing_time_of_a_participle_of_the_object_is_its_own() -> None:
    # adapted from WCEP, 2026-02-06 (the kidnappers named, since the workers a participle modifies are not its
    # doers): "on January 28" hangs on "are found"; it closes the participle "kidnapped by ... from ... Mexico"
    text = ("Bodies and remains are found in an area where search and rescue operations are ongoing for 10 missing "
            "workers kidnapped by gunmen from a Canadian gold and silver mine in Sinaloa, Mexico, on January 28.")
    assert dates(text, "2026-02-06")["kidnapped"] == "2026-01-28"


def test_a_time_before_the_clause_is_not_the_clauses_own() -> None:
    # WCEP, 2025-05-11 (kept as a guard): "on May 15" opens the "after" clause the parse hangs it from
    text = ("Russian President Vladimir Putin proposes holding direct negotiations in Istanbul, Turkey, on May 15 "
            "after the United Kingdom, France, Germany and Poland threatened further sanctions.")
    found = dates(text, "2025-05-11")
    assert found["threatened"] is not None and "2025-05-01" <= found["threatened"] <= "2025-05-11"


def test_a_present_perfect_conjunct_keeps_the_news_present() -> None:
    # written: the charges are reported from now; June dates only the arrests
    found = dates("Police arrested 20 students in June and have charged more than 300 people with rioting.",
                  "2019-11-20")
    assert found["arrested"] == "2019-06"
    assert found["charged"] == "2019-11-20"


def test_an_act_along_an_old_dated_act_takes_its_time() -> None:
    # written: a later conjunct and a "when" clause happen along with the act the old time dates
    found = dates("Police arrested the protest leader in October when officers raided his home, and prosecutors "
                  "charged him with sedition.", "2019-11-20")
    assert found["arrested"] == "2019-10"
    assert found["charged"] == "2019-10"
    found = dates("The mayor backed the plan last year when unions threw their support behind it and council "
                  "members warned they had the votes.", "2023-11-08")
    assert found["warned they had"] == "2022"


def test_a_complement_of_an_old_finding_stays_undated() -> None:
    # written (kept as a guard): what a court found lies before its finding, at a time the text does not give
    found = dates("In 2012 the court found that the minister had accepted bribes from the company.", "2019-11-20")
    assert all(value != "2019-11-20" and value != "2012" for verb, value in found.items() if verb != "found")


def timex_values(text: str, anchor: str) -> dict[str, str]:
    """timex text -> value, resolved against `anchor` with the parse."""
    from tidings.analysis import analyzer_for
    from tidings.config import Settings

    analyzer = analyzer_for(Settings())
    return {t.text: t.value for t in analyzer.timexes(text, anchor, analyzer.nlp(text))}


def test_a_day_a_past_plan_was_made_for_takes_its_nearest_reading() -> None:
    # written: the vote scheduled in the past for Dec. 15 is the coming one, not last year's
    assert timex_values("The government had scheduled the vote for Dec. 15.", "2019-11-20")["Dec. 15"] == "2019-12-15"
    assert timex_values("The court had set the hearing for March 3.", "2019-11-20")["March 3"] == "2020-03-03"
    # a weekday keeps the clause's tense; an act's own day in a past clause stays past
    assert timex_values("The talks had been planned for Friday.", "2019-11-20")["Friday"] == "2019-11-15"
    assert timex_values("Rioters had set fire to the bank on March 3.", "2019-11-20")["March 3"] == "2019-03-03"


def test_the_end_of_the_year_in_a_present_or_future_clause_is_this_year() -> None:
    # AEB pages 04a6711caa7c (2019-11-19) and 9ebb3af65694 (2019-11-20), not in the real-news gold, shortened
    text = ("Their nominee lost by five points, a turnaround from four years ago. Democrats couldn't wrap up "
            "impeachment before the end of the year.")
    assert timex_values(text, "2019-11-19")["the end of the year"] == "2019"
    text = ("Dealers sold 303,417 vehicles last year. Experts expect rates to remain low toward the end of the year.")
    assert timex_values(text, "2019-11-20")["the end of the year"] == "2019"
    # in a past clause it is the year the text talks about
    text = "The company was founded in 2006. By the end of the year, it had hired 40 people."
    assert timex_values(text, "2019-11-20")["the end of the year"] == "2006"
