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
    # WCEP, 2026-02-06: "on January 28" hangs on "are found"; it closes the participle "kidnapped from ... Mexico"
    text = ("Bodies and remains are found in an area where search and rescue operations are ongoing for 10 missing "
            "workers kidnapped from a Canadian gold and silver mine in Sinaloa, Mexico, on January 28.")
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
