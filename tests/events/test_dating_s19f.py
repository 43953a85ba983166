"""Dating rules of session 19 (s19f), whole pipeline. Passages are written for these tests.

- a gerund after "since" tells an act gone by, so a weekend (or weekday) it names lies back, not ahead;
- a present act inside a quotation takes the day its past saying is narrated on;
- a calendar date that only modifies a noun ("the July 25 call") does not stop the narrative day.
"""

from __future__ import annotations

from events_helpers import dates


def test_a_weekend_after_since_and_a_gerund_is_the_one_gone_by() -> None:
    # 2019-11-20 is a Wednesday: the bailout was agreed on the weekend before it (16-17 Nov), not the next one
    text = ("The general strike was the first major test of the government resolve to push through measures "
            "since agreeing a debt bailout from the EU at the weekend.")
    assert dates(text, "2019-11-20").get("agreeing") == ("2019-11-16/2019-11-17", "timex")


def test_a_weekend_of_a_plan_told_now_is_still_the_coming_one() -> None:
    text = "Leaders meet at the weekend to discuss the crisis."
    assert dates(text, "2019-11-20").get("meet") == ("2019-11-23/2019-11-24", "timex")


def test_a_present_act_in_a_quotation_takes_the_day_its_saying_is_narrated_on() -> None:
    # the demand is made by saying it; "she told reporters" goes on with Monday, the day the passage set
    text = ('On Monday, the minister visited the border town. "We demand that Russia withdraw its troops," she '
            'told reporters.')
    assert dates(text, "2019-11-20").get("demand that Russia withdraw") == ("2019-11-18", "narrative")


def test_a_quotation_reported_in_the_present_keeps_the_story_date() -> None:
    text = ('On Monday, the minister visited the border town. "We demand that Russia withdraw its troops," she '
            'says.')
    assert dates(text, "2019-11-20").get("demand that Russia withdraw") == ("2019-11-20", "tense")


def test_a_time_that_only_names_a_noun_does_not_stop_the_narrative_day() -> None:
    # "the July 25 call" dates the call, not the accusation, which goes on with Tuesday's session
    text = ("The committee questioned the ambassador on Tuesday. Democratic lawmakers accused him of lying about "
            "the July 25 call.")
    assert dates(text, "2019-11-20").get("accused") == ("2019-11-19", "narrative")


def test_a_time_of_the_act_itself_still_stops_the_narrative_day() -> None:
    text = ("The committee questioned the ambassador on Tuesday. Democratic lawmakers accused him of lying in "
            "July.")
    assert dates(text, "2019-11-20").get("accused") != ("2019-11-19", "narrative")

