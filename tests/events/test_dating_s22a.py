"""Dating rules of session 22 (s22a): a time of another phrase is not the event's own. Whole pipeline; the
passages are written for these tests.

- a "to" time that closes a "from" range is a bound, like "from" ("suspends flights FROM June TO late October");
- a framing or reporting time after the story date never dates an act told as done or happening now ("has
  directed the army to survey the border and report back IN 2027", "arrest gunmen in a shooting at a CHRISTMAS
  event" told a week before Christmas);
- a participle's time frames the act only after a noun that is issued or held ("on charges LINKED to the killing
  of a journalist IN 2019" is no frame: the time is the killing's);
- a time weeks back that the parse hangs on a reporting verb told now is no reporting time ("announces that it
  has paid compensation over the sinking ... IN OCTOBER 2024");
- a time an "of" phrase brings to an object is the object's own ("to overturn the ruling OF 2019");
- an act told as to come ("will launch") takes no time before the story date that does not hang on its own
  words: it is a phrase's inside ("an investigation into abuses during the raid at a factory EARLIER THIS MONTH").
"""

from __future__ import annotations

import pytest
from events_helpers import dates

import tidings.events.dating as dating


def test_the_end_of_a_from_to_range_is_no_time_of_the_act() -> None:
    # the suspension is decided now; June and late October bound the time without flights
    text = "Peru's national airline suspends flights to Venezuela from June to late October."
    assert dates(text, "2025-05-20").get("suspends") == ("2025-05-20", "tense")


@pytest.mark.parametrize("verb", ["directed the army to survey", "ordered police to review"])
def test_a_later_time_of_a_complement_does_not_date_a_perfect_act(verb: str) -> None:
    # the report back is planned for 2027; the directing has been done by the story date
    texts = {"directed the army to survey": "The Chilean government has directed the army to survey the border "
                                            "and report back in 2027.",
             "ordered police to review": "The governor has ordered police to review the case and report back in 2027."}
    assert dates(texts[verb], "2025-05-20").get(verb) == ("2025-05-20", "tense")


def test_a_later_time_of_a_frame_does_not_date_an_act_told_now() -> None:
    # a "Christmas event" a week before Christmas: the arrest happens now, not on the 25th
    text = "Peruvian police arrest three gunmen in a shooting at a Christmas event in Lima."
    assert dates(text, "2025-12-18").get("arrest") == ("2025-12-18", "tense")


def test_a_later_time_the_acts_own_words_govern_is_kept() -> None:
    # the talks are planned for 2027: a time of the event's own complement is its plan, not another phrase's
    text = "Chile has agreed to hold talks with Peru in 2027."
    assert dates(text, "2025-05-20").get("agreed to hold talks") == ("2027", "timex")


def test_the_time_of_a_participle_after_charges_is_the_charged_acts() -> None:
    # 2019 is when the journalist was killed; the arrest is today's news
    text = "Police in Brazil arrested two men on charges linked to the killing of a journalist in 2019."
    assert dates(text, "2025-05-20").get("arrested") == ("2025-05-20", "publication")


def test_a_past_time_hung_on_a_reporting_verb_told_now_is_not_passed_to_the_report() -> None:
    # Wikipedia Current Events Portal, 2025-10-06 (CC BY-SA 4.0): the sinking lies in October 2024, the
    # payment is told as done by now; the parse hangs "in October 2024" on "announces"
    text = ("New Zealand announces that it has paid a NZ$6 million compensation to Samoa over the sinking of the "
            "HMNZS *Manawanui* off the coast of Upolu in October 2024.")
    assert dates(text, "2025-10-06").get("paid") == ("2025-10-06", "tense")


def test_a_time_of_an_of_phrase_is_the_objects_own() -> None:
    text = "The Supreme Court rejects the government's bid to overturn the ruling of 2019."
    assert dates(text, "2025-06-10").get("overturn") == ("2025-06-10", "publication")


def test_an_act_to_come_takes_no_past_time_of_a_phrase_inside() -> None:
    # Wikipedia Current Events Portal, 2025-09-15 (CC BY-SA 4.0): the raid lies earlier in the month, the
    # investigation is to come; the parse hangs the time on "factory"
    text = ("South Korea announces it will launch a formal investigation into human rights abuses by U.S. federal "
            "personnel during the raid at a Hyundai factory in Georgia earlier this month.")
    assert dates(text, "2025-09-15").get("launch a formal investigation") == ("2025-09-15", "tense")


def test_an_act_to_come_keeps_its_own_later_time() -> None:
    found = dates("Chile will hold talks with Peru on Monday.", "2025-06-20")
    assert found.get("hold talks") == ("2025-06-23", "timex")


def test_the_switches_turn_the_rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("RANGE_ENDS", "AHEAD_FRAMES", "FRAME_PARTICIPLES", "REPORTED_NOW", "OF_TIMES", "PLAN_FRAMES"):
        monkeypatch.setattr(dating, name, False)
    assert dates("Peru's national airline suspends flights to Venezuela from June to late October.",
                 "2025-05-20").get("suspends") == ("2025-10", "timex")
    assert dates("Police in Brazil arrested two men on charges linked to the killing of a journalist in 2019.",
                 "2025-05-20").get("arrested") == ("2019", "timex")
