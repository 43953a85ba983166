"""Dating rules of session 20 (s20d), whole pipeline. Passages are written for these tests.

- a noun the coder took as the act is a happening: a time that modifies it is its own, even where the noun
  is the object of a verb that is no part of the event ("FOLLOWING airstrikes ... on November 14").
"""

from __future__ import annotations

from events_helpers import dates


def test_an_act_named_by_a_noun_keeps_the_time_that_modifies_it() -> None:
    # the time hangs on "airstrikes" after two place phrases; "Following" is no part of the event
    text = ("Following Indian airstrikes in Pakistan in Muzaffarabad and Kotli on November 14, the Pakistani army "
            "launches attacks on several border posts of India.")
    found = dates(text, "2019-11-20")
    assert found.get("airstrikes") == ("2019-11-14", "timex")
    assert found.get("launches attacks") == ("2019-11-20", "tense")


def test_a_time_after_the_object_of_a_reporting_verb_stays_the_verbs() -> None:
    # the condemnation is the event; the strikes are its matter and get no event of their own here
    text = "Turkey condemned the Syrian airstrikes on Monday."
    assert dates(text, "2019-11-20").get("condemned") == ("2019-11-18", "timex")
