"""Dating rules of session 20 (s20d), whole pipeline. Passages are written for these tests.

- a noun the coder took as the act is a happening: a time that modifies it is its own, even where the noun
  is the object of a verb that is no part of the event ("FOLLOWING airstrikes ... on November 14");
- a later conjunct told in the present ("arrested him IN MARCH and ARE HOLDING him") is not covered by the
  first conjunct's past time;
- a time right after a "since" phrase ("to visit since Hu Jintao IN 2005") is that phrase's, not the act's.
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


def test_a_later_conjunct_in_the_present_is_not_covered_by_a_past_conjuncts_time() -> None:
    # the holding goes on now, told from the news present; only the arrest lies in March
    text = ("Police arrested the former militia commander in March under an international warrant and are holding "
            "him in a detention facility in The Hague.")
    found = dates(text, "2019-11-20")
    assert found.get("arrested") == ("2019-03", "timex")
    assert found.get("holding") == ("2019-11-20", "tense")


def test_a_later_conjunct_in_the_past_still_takes_the_first_conjuncts_time() -> None:
    text = ("Police arrested the former militia commander in March under an international warrant and held "
            "him in a detention facility in The Hague.")
    assert dates(text, "2019-11-20").get("held") == ("2019-03", "timex")


def test_a_time_right_after_a_since_phrase_is_the_phrases_not_the_acts() -> None:
    # the visit counted is today's; 2005 is when Hu Jintao's visit, the bound, took place
    text = ("Chinese President Xi Jinping arrived in Manila, becoming the first Chinese leader to visit the "
            "Philippines since Hu Jintao in 2005.")
    assert dates(text, "2019-11-20").get("visit") == ("2019-11-20", "publication")


def test_a_time_of_the_act_itself_is_still_the_acts() -> None:
    assert dates("Chinese President Xi Jinping visited the Philippines in 2005.", "2019-11-20").get("visited") \
        == ("2005", "timex")
