"""An undated past act told "at the time" or "back then" takes the time the passage last named
(tidings.events.carry_over.time_referred_back), whole pipeline. Passages are written for these tests."""

from __future__ import annotations

from events_helpers import dates


def test_at_the_time_takes_the_time_of_the_sentence_before() -> None:
    text = ("Police arrested the opposition leader in March 2018. At the time, the government accused him of "
            "plotting a coup.")
    assert dates(text, "2019-11-20").get("accused") == ("2018-03", "narrative")


def test_at_the_time_reaches_a_time_that_dates_a_noun_across_a_paragraph() -> None:
    text = ("Rebels seized the town during the 2014 offensive.\n\n"
            "The army, which lost 200 soldiers, accused Russia at the time of arming the rebels.")
    assert dates(text, "2019-11-20").get("accused") == ("2014", "narrative")


def test_without_the_phrase_an_act_after_a_dated_noun_keeps_the_story_date() -> None:
    text = ("Rebels seized the town during the 2014 offensive.\n\n"
            "The army, which lost 200 soldiers, accused Russia of arming the rebels.")
    assert dates(text, "2019-11-20").get("accused") == ("2019-11-20", "publication")


def test_a_time_after_the_story_date_is_not_referred_back_to() -> None:
    text = ("The two leaders will meet in March 2026. At the time, the government accused the rebels of "
            "breaking the truce.")
    assert dates(text, "2025-11-20").get("accused") == ("2025-11-20", "publication")
