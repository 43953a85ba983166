"""Dating an event by the dated phrase its clause describes (tidings.events.dating), whole pipeline: a
relative clause opened by "during which" / "in which" after a time, and a present participle of a dated
noun. Passages are written for these tests (the patterns were found on WCEP bullets and non-gold AEB
pages); story dates are given with each."""

from __future__ import annotations

import pytest

from tidings.analysis import code_text
from tidings.events import dating


def dates(text: str, story: str) -> dict[str, str | None]:
    """verb text -> date value of each coded event."""
    return {text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "": (e.date.value if e.date else None)
            for e in code_text(text, story)}


def test_a_during_which_clause_of_a_time_happens_then() -> None:
    text = "The army shelled the town in 2014, during which troops killed dozens of civilians."
    assert dates(text, "2025-03-10") == {"shelled": "2014", "killed": "2014"}
    text = "The reporter asked where the prince was on the night of March 10, during which he allegedly assaulted her."
    assert dates(text, "2025-03-12")["assaulted"] == "2025-03-10"


def test_a_which_clause_without_a_preposition_of_time_is_not_dated_by_it() -> None:
    # "which" as the subject of a clause on the place: nothing hangs on the date
    text = "Russian forces attacked the town on Monday, which Ukrainian troops had recaptured in May."
    found = dates(text, "2025-03-12")
    assert found.get("attacked") == "2025-03-10"
    assert found.get("recaptured") == "2024-05"


def test_a_participle_of_a_dated_happening_happens_then() -> None:
    text = ("Officials say that yesterday's sinking of a tourist submarine near the port, killing six Russian "
            "tourists, happened during boarding.")
    assert dates(text, "2025-03-28")["killing"] == "2025-03-27"
    text = "Monday's statement by the ministry, accusing Israel of violating the truce, drew criticism."
    assert dates(text, "2025-03-12")["accusing"] == "2025-03-10"


def test_a_participle_of_an_undated_noun_keeps_its_hosts_time() -> None:
    text = "Police sent letters to the ministers last Friday urging them to act."
    assert set(dates(text, "2025-03-12").values()) == {"2025-03-07"}


@pytest.mark.parametrize("on", [True, False])
def test_the_dated_noun_clause_rule_is_switchable(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    # session 11's rule was written looking at check items (in-sample): the lead measures with and without it
    monkeypatch.setattr(dating, "DATED_NOUN_CLAUSES", on)
    text = "Relations have been frozen since the 2014 annexation, when Russian troops seized Crimea."
    assert dates(text, "2019-11-20").get("seized") == ("2014" if on else "2019-11-20")


def test_a_count_of_years_after_an_act_counts_back_from_the_story_date() -> None:
    # the main clause is past with no time of its own: news tells it because it is recent
    text = "That came seven years after Assange sought refuge at Ecuador's embassy in London."
    assert set(dates(text, "2019-11-20").values()) == {"2012"}
    text = "The vote came six months after Russia invaded Ukraine."
    assert dates(text, "2022-08-24")["invaded"] == "2022-02"


def test_a_count_of_days_after_an_act_needs_the_main_acts_own_time() -> None:
    # a few days' offset of an undated main act would move the day: the act keeps the story date
    text = "The arrest came two days after Assange sought refuge at Ecuador's embassy in London."
    assert set(dates(text, "2019-11-20").values()) == {"2019-11-20"}


def test_a_participle_hung_on_a_bound_is_not_dated_by_it() -> None:
    # WCEP bullet of 2025-02-18: "since the agreed ceasefire on January 19" bounds the attacks; spaCy hangs
    # the killing on the ceasefire, but it is the attacks', dated with them
    text = ("Hamas accuses Israel of carrying out at least 266 attacks in the Gaza Strip since the agreed ceasefire "
            "on January 19, killing at least 132 Palestinians and wounding 900 others.")
    found = dates(text, "2025-02-18")
    assert found["killing"] == found["carrying out at least 266 attacks"]


def test_a_time_between_the_subject_and_its_verb_dates_the_act() -> None:
    # spaCy hangs "on Sunday" / a bare "Thursday" on the subject; news puts the act's time there
    text = "Israel's military on Sunday said it had struck Hezbollah targets in Lebanon."
    assert dates(text, "2025-03-10")["struck"] == "2025-03-09"
    text = "Governor John Rankin Thursday called for calm after US officials arrested the Premier."
    assert dates(text, "2025-03-10")["called"] == "2025-03-06"
    text = "Egypt's foreign minister in a statement on Friday condemned the Israeli strikes."
    assert dates(text, "2025-03-10")["condemned"] == "2025-03-07"


def test_a_time_inside_a_clause_of_the_subject_is_that_clauses() -> None:
    text = "The Israeli soldiers who were captured on Sunday were freed by Hamas."
    assert dates(text, "2025-03-10") == {"captured": "2025-03-09", "freed": "2025-03-10"}
