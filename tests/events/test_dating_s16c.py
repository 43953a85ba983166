"""Event dates, session 16 (issue 14): general readings of where news gives an act's time. Passages are
written for these tests; story dates are given with each. Whole pipeline (`code_text`), so the parse, the
time expressions, `tidings.events.dating` and `tidings.events.carry_over` all take part."""

from __future__ import annotations

from tidings.analysis import code_text

STORY = "2019-11-20"  # a Wednesday


def dates(text: str, verb: str, story: str = STORY) -> set[str | None]:
    """The date values of the coded events whose verb text holds `verb`."""
    return {e.date.value if e.date else None for e in code_text(text, story)
            if e.verb_span and verb in text[e.verb_span[0]:e.verb_span[1]]}


def test_a_participle_aside_of_the_subject_dates_its_act() -> None:
    text = "The Iranian foreign minister, speaking to reporters in Tehran on Tuesday, accused Washington of lying."
    assert dates(text, "accused") == {"2019-11-19"}


def test_a_past_participle_aside_dates_its_act_only_with_a_recent_time() -> None:
    text = "The Iranian foreign minister, interviewed by state television on Monday, accused Washington of lying."
    assert dates(text, "accused") == {"2019-11-18"}
    text = "Hamas, founded in 1987, accused Israel of killing three Palestinian fishermen."
    assert dates(text, "accused") == {STORY}


def test_the_means_of_an_act_happens_at_its_time() -> None:
    assert dates("Russia retaliated on Tuesday by expelling two British diplomats.", "expelling") == {"2019-11-19"}
    text = ("Britain expelled two Russian diplomats on Tuesday. Russia responded by expelling two British "
            "diplomats.")
    assert dates(text, "expelling") == {"2019-11-19"}


def test_a_later_conjunct_goes_on_with_the_day_of_the_clause_before() -> None:
    text = "Iraqi protesters stormed the parliament building on Sunday, and Iraqi police arrested 20 people."
    assert dates(text, "arrested") == {"2019-11-17"}


def test_a_later_conjunct_keeps_a_time_of_its_own_or_its_own_tense() -> None:
    text = "Iraqi protesters stormed the parliament building on Sunday, and Iraqi police arrested 20 people on Tuesday."
    assert dates(text, "arrested") == {"2019-11-19"}
    text = "Iraqi protesters stormed the parliament building on Sunday, and Iraqi police have arrested 20 people."
    assert dates(text, "arrested") == {STORY}


def test_the_next_sentence_may_give_the_time_of_an_act_it_names() -> None:
    text = ("Turkish police arrested the Kurdish mayor at his home. The arrest came on Monday, a day after he "
            "called for protests.")
    assert dates(text, "arrested") == {"2019-11-18"}
    text = "Turkish police arrested the Kurdish mayor at his home.\n\nThe arrest came on Monday."
    assert dates(text, "arrested") == {STORY}  # another paragraph
    text = "Turkish police arrested the Kurdish mayor at his home. The protest came on Monday."
    assert dates(text, "arrested") == {STORY}  # not the act's own noun


def test_the_early_hours_of_a_day_are_that_day() -> None:
    text = "Israeli jets struck Hamas positions in Gaza in the early hours of Tuesday."
    assert dates(text, "struck") == {"2019-11-19"}


def test_a_statement_dated_by_its_modifier_frames_the_accusation() -> None:
    text = "Iraq's foreign ministry accused the Turkish government of violating its borders in a Sunday statement."
    assert dates(text, "accused") == {"2019-11-17"}
    text = "A Turkish court charged the Iraqi man with murder in the 2015 attacks."
    assert dates(text, "charged") == {STORY}  # a dated happening after a verb of accusation is its matter


def test_an_act_takes_the_time_of_a_clause_going_on_with_it() -> None:
    text = "Iraqi police arrested 40 Iraqi students as they tried to flee the campus on Monday."
    assert dates(text, "arrested") == {"2019-11-18"}


def test_a_past_act_earlier_this_week_lies_before_the_story_day() -> None:
    text = "Iraqi police arrested 40 Iraqi students earlier this week."
    assert dates(text, "arrested") == {"2019-11-18/2019-11-19"}
    text = "Iraqi police arrested 40 Iraqi students this week."
    assert dates(text, "arrested") == {"2019-11-18/2019-11-24"}  # the whole week: the phrase says no more


def test_a_scene_a_retold_happening_set_goes_on_in_the_next_sentence() -> None:
    text = ("Asian leaders met in Bangkok on November 4 for the ASEAN summit.\n\nAt the summit, Indian Prime "
            "Minister Narendra Modi rejected the trade pact. India accused China of dumping steel.")
    assert dates(text, "rejected") == {"2019-11-04"}
    assert dates(text, "accused") == {"2019-11-04"}
    text = ("Asian leaders met in Bangkok on November 4 for the ASEAN summit.\n\nAt the summit, Indian Prime "
            "Minister Narendra Modi rejected the trade pact.\n\nIndia accused China of dumping steel.")
    assert dates(text, "accused") == {STORY}  # another paragraph


def test_a_frame_dated_by_its_relative_clause_dates_the_act() -> None:
    text = "Iraqi police arrested 20 Iraqi protesters during clashes that erupted on Tuesday."
    assert dates(text, "arrested") == {"2019-11-19"}
    text = "A Turkish court charged the Iraqi man in the attack that killed 30 people in 2015."
    assert dates(text, "charged") == {STORY}  # "in" a dated happening after a verb of accusation: its matter


def test_earlier_this_month_sets_the_scene_for_the_acts_told_after_it() -> None:
    text = ("Earlier this month, Iraqi protesters stormed the Iranian consulate in Karbala. Iraqi police arrested "
            "20 people.")
    assert dates(text, "arrested") == {"2019-11"}
    text = ("Earlier this year, Iraqi protesters stormed the Iranian consulate in Karbala. Iraqi police arrested "
            "20 people.")
    assert dates(text, "arrested") == {"2019"}
    text = ("Earlier this month, Iraqi protesters stormed the Iranian consulate in Karbala. Iraqi police have "
            "arrested 20 people.")
    assert dates(text, "arrested") == {STORY}  # told from the news present


def test_earlier_in_the_day_is_the_day_the_passage_is_about() -> None:
    text = ("Bolivian police fired tear gas at protesters in La Paz on Monday. Earlier in the day, Bolivian police "
            "arrested 20 protesters near the plant.")
    assert dates(text, "arrested") == {"2019-11-18"}


def test_a_day_framing_a_clause_is_carried_like_a_day_dating_it() -> None:
    text = "Five Bolivian protesters died in clashes on Sunday. Bolivian police arrested 20 protesters."
    assert dates(text, "arrested") == {"2019-11-17"}
    text = "Sunday's election was marred by violence. Bolivian police arrested 20 protesters near polling stations."
    assert dates(text, "arrested") == {STORY}  # a day of a noun alone sets no day for the narrative


def test_two_coordinated_days_span_the_act() -> None:
    text = "Iranian police arrested 200 Iranian protesters on Saturday and Sunday."
    assert dates(text, "arrested") == {"2019-11-16/2019-11-17"}
    text = "Iranian police arrested 200 Iranian protesters on Saturday and released them on Sunday."
    assert dates(text, "arrested") == {"2019-11-16"}


def test_the_past_days_are_the_days_before_the_story_day() -> None:
    text = "Iranian police arrested 200 Iranian protesters over the past three days."
    assert dates(text, "arrested") == {"2019-11-17/2019-11-19"}
    text = "Iranian police have arrested 200 Iranian protesters in the last two weeks."
    assert dates(text, "arrested") == {"2019-11-06/2019-11-19"}


def test_the_means_of_a_gerund_is_not_read_as_part_of_it() -> None:
    # spaCy hangs "by revoking" on "attending"; the revoking is done now, not at the conference in December
    text = ("The Israeli government blocks Palestinian officials from attending a conference in Geneva in "
            "December by revoking their permits.")
    assert dates(text, "revoking") == {STORY}


def test_an_act_after_a_happening_of_the_episode_goes_on_with_its_day() -> None:
    assert dates("Iraqi police arrested 20 protesters after clashes erupted on Tuesday.", "arrested") == {"2019-11-19"}
    text = "Iraqi police arrested 20 protesters after clashes erupted in 2014."
    assert dates(text, "arrested") == {STORY}  # a background year: no episode day to go on with
    text = "Iraqi police have arrested 20 protesters after clashes erupted on Tuesday."
    assert dates(text, "arrested") == {STORY}  # told from the news present
