"""Narrative carry-over (tidings.events.carry_over) on short news passages written for these tests.

Each passage is a realistic wire-style story; the story date is Friday 2025-03-14 unless said otherwise,
so "Wednesday" is 2025-03-12. Cases where the day must carry and cases where it must not (background,
plans, quotations, old dates, states and habits, far paragraphs) sit side by side.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from tidings.analysis import actors_of, story_date_of, timexes_of
from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.events.carry_over import (
    carry_over_dates,
    gathering_time,
    inherited_day,
    load_carry_over_rules,
    may_inherit,
    sentence_times,
)
from tidings.events.code import code_events
from tidings.nlp import get_nlp

STORY = "2025-03-14"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return get_nlp(Settings())


def _verb(doc: Doc, word: str, nth: int = 0) -> Token:
    return [t for t in doc if t.text == word][nth]


def carried(nlp: Language, text: str, word: str, mode: str = "factual", story: str = STORY) -> str | None:
    """The day the verb `word` inherits in `text`, or None when it keeps the story date."""
    doc = nlp(text)
    rules = load_carry_over_rules()
    times = sentence_times(doc, timexes_of(doc, story), story_date_of(story), rules)
    verb = _verb(doc, word)
    index = [s.start_char for s in doc.sents].index(verb.sent.start_char)
    if times[index].has_time or not may_inherit(verb, mode, rules, verb.doc.text):
        return None
    day = inherited_day(times, index, rules)
    return day.value if day is not None else None


# --- the day carries ---------------------------------------------------------------------------------


def test_episode_day_carries_to_following_sentences(nlp: Language) -> None:
    text = ("On Wednesday, the foreign ministers of Peru and Chile met in Lima.\n\n"
            "The two ministers signed a fisheries accord. They also agreed to reopen a border crossing.")
    assert carried(nlp, text, "signed") == "2025-03-12"
    assert carried(nlp, text, "agreed") == "2025-03-12"


def test_reported_plan_is_dated_when_it_was_announced(nlp: Language) -> None:
    text = ("Brazil's foreign minister met his Argentine counterpart in Brasilia on Thursday.\n\n"
            "He told reporters that Brazil will send a trade mission to Buenos Aires.")
    assert carried(nlp, text, "send") == "2025-03-13"


def test_a_plans_date_does_not_break_the_chain(nlp: Language) -> None:
    text = ("On Wednesday, the Turkish president received the Iraqi prime minister in Ankara.\n\n"
            "He said Turkey would host a water conference in 2026.\n\n"
            "He also said Turkey backed Iraq's bid to join the regional grid.")
    assert carried(nlp, text, "backed") == "2025-03-12"


def test_speaker_outside_the_quote_carries_but_the_quote_does_not(nlp: Language) -> None:
    text = ('On Tuesday, Poland\'s prime minister visited Kyiv.\n\n'
            '"We signed many agreements with Ukraine in those years," he said.')
    assert carried(nlp, text, "said") == "2025-03-11"
    assert carried(nlp, text, "signed") is None


def test_passive_narrative_past_in_a_relative_clause_carries(nlp: Language) -> None:
    text = ("Ghana's president arrived in Abuja on Monday for a two-day visit.\n\n"
            "He is on his third trip to Nigeria, where he was welcomed by the Nigerian vice-president.")
    assert carried(nlp, text, "welcomed") == "2025-03-10"


# --- the day must not carry --------------------------------------------------------------------------


def test_background_year_stops_the_search(nlp: Language) -> None:
    text = ("On Tuesday, Kenya's president arrived in Addis Ababa.\n\n"
            "In 2019, the two countries signed a defence pact. Kenya later withdrew its troops from the border.")
    assert carried(nlp, text, "withdrew") is None


def test_future_without_a_past_reporting_verb_keeps_the_story_date(nlp: Language) -> None:
    text = ("On Monday, the Indonesian and Malaysian leaders met in Jakarta.\n\n"
            "The two leaders will sign a maritime boundary agreement.")
    assert carried(nlp, text, "sign") is None


def test_an_old_day_is_background_not_the_episode(nlp: Language) -> None:
    text = ("On 12 March 2019, Egypt and Sudan signed a water-sharing deal.\n\n"
            "Ethiopia rejected the deal.")
    assert carried(nlp, text, "rejected") is None


def test_states_habits_and_perfects_keep_the_story_date(nlp: Language) -> None:
    text = ("On Wednesday, Japan's defence minister visited Manila.\n\n"
            "Japan supplies the Philippines with patrol boats. Japan has trained Philippine coast guard crews.")
    assert carried(nlp, text, "supplies") is None
    assert carried(nlp, text, "trained") is None


def test_pluperfect_and_previously_point_before_the_episode(nlp: Language) -> None:
    text = ("On Monday, the Thai and Cambodian foreign ministers met in Bangkok.\n\n"
            "The two governments had clashed over the temple. Cambodia previously recalled its ambassador.")
    assert carried(nlp, text, "clashed") is None
    assert carried(nlp, text, "recalled") is None


def test_a_planned_day_never_anchors(nlp: Language) -> None:
    text = ("The summit is scheduled for March 20 in Geneva.\n\n"
            "Swiss officials invited both delegations.")
    assert carried(nlp, text, "invited") is None


def test_a_day_too_many_paragraphs_back_is_not_inherited(nlp: Language) -> None:
    text = ("On Monday, Vietnam's prime minister met the Lao president in Vientiane.\n\n"
            "The border region is mountainous.\n\nIt is home to many ethnic groups.\n\n"
            "Rivers cross it.\n\nThe two leaders signed a transport accord.")
    assert carried(nlp, text, "signed") is None


def test_two_days_in_one_sentence_leave_the_day_open(nlp: Language) -> None:
    text = ("Serbia said on Tuesday that its troops withdrew from the boundary line on Monday.\n\n"
            "Kosovo welcomed the move.")
    assert carried(nlp, text, "welcomed") is None


def test_a_day_attached_to_a_noun_does_not_set_the_episode(nlp: Language) -> None:
    text = ("Officials described Wednesday's talks in Doha as constructive.\n\n"
            "Qatar urged both sides to release prisoners.")
    assert carried(nlp, text, "urged") is None


def test_hypothetical_mode_never_inherits(nlp: Language) -> None:
    text = "On Wednesday, Chile's president visited La Paz.\n\nBolivia offered Chile access to its gas fields."
    assert carried(nlp, text, "offered") == "2025-03-12"
    assert carried(nlp, text, "offered", mode="hypothetical") is None


# --- the pass over coded events ----------------------------------------------------------------------


def test_coded_events_take_the_carried_day_and_point_at_its_words(nlp: Language) -> None:
    text = ("On Wednesday, Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev in Astana.\n\n"
            "Xi told reporters that China supports Kazakhstan's bid to join BRICS.")
    doc = nlp(text)
    timexes, story = timexes_of(doc, STORY), story_date_of(STORY)
    events = code_events(doc, "t", actors_of(doc, STORY), timexes, story)  # carry-over runs inside
    later = [e for e in events if e.sentence.start >= text.index("Xi told")]
    assert later and all(e.date is not None and e.date.value == "2025-03-12" for e in later)
    wednesday = (text.index("Wednesday"), text.index("Wednesday") + len("Wednesday"))
    assert all(e.date_span == wednesday for e in later)
    assert carry_over_dates(doc, events, timexes, story) == events  # a second pass changes nothing


def _coded_dates(nlp: Language, text: str, verb: str, story: str = STORY) -> set[str | None]:
    doc = nlp(text)
    events = code_events(doc, "t", actors_of(doc, story), timexes_of(doc, story), story_date_of(story))
    return {e.date.value if e.date else None for e in events
            if e.verb_span and verb in text[e.verb_span[0]:e.verb_span[1]]}


def test_a_week_of_the_episode_carries_like_a_day(nlp: Language) -> None:
    text = "Iraqi protesters clashed with Iraqi police last weekend. Iraqi police arrested 20 protesters."
    assert _coded_dates(nlp, text, "arrested") == {"2025-03-08/2025-03-09"}
    text = "Iraqi protesters clashed with Iraqi police this week. Iraqi police arrested 20 protesters."
    assert _coded_dates(nlp, text, "arrested") == {"2025-03-10/2025-03-16"}


def test_a_date_describing_a_thing_sets_no_time_for_the_passage(nlp: Language) -> None:
    """SpaceNews, 19 Nov 2019 (Scrapinghub article-extraction benchmark page d1c57d78, not a dev page): "in
    May" dates the lander's unveiling, a relative clause of "lander", not the declining told after it."""
    text = ("Blue Origin will offer NASA its Blue Moon lander that the company unveiled in May, capable of carrying "
            "several tons of cargo to the lunar surface. \u201cIt has a lot of payload capacity,\u201d said Brent "
            "Sherwood, vice president of advanced development programs at Blue Origin. He declined later to state "
            "when the lander would be ready for CLPS missions, saying it would depend on the specifics of each "
            "individual CLPS task order.")
    assert _coded_dates(nlp, text, "declined", "2019-11-19") == {"2019-11-19"}
    text = "In a letter in May, the head of the Chilean farm lobby accused Peru of dumping. He urged Chile to act."
    assert _coded_dates(nlp, text, "urged") == {"2024-05"}  # a frame of the main clause still sets it


def test_acts_at_a_gathering_named_again_take_its_day(nlp: Language) -> None:
    text = ("Leaders of Southeast Asian nations met in Bangkok on March 3 for the ASEAN summit.\n\n"
            "Trade officials say a deal is likely next year.\n\n"
            "At the summit, India rejected the trade pact and Vietnam criticized China over the sea.")
    assert _coded_dates(nlp, text, "rejected") == {"2025-03-03"}
    assert _coded_dates(nlp, text, "criticized") == {"2025-03-03"}  # the opening phrase covers both acts
    text = "Vietnam signed a defense deal with Japan at last week's summit. At the summit, Vietnam criticized China."
    assert _coded_dates(nlp, text, "criticized") == {"2025-03-03/2025-03-09"}


def test_a_gathering_still_ahead_or_never_dated_gives_no_day(nlp: Language) -> None:
    text = "Leaders will meet in Bangkok on March 24 for the ASEAN summit. At the summit, India rejected the pact."
    assert _coded_dates(nlp, text, "rejected") == {STORY}
    text = "Leaders met in Bangkok for the ASEAN summit. At the summit, India rejected the trade pact."
    assert _coded_dates(nlp, text, "rejected") == {STORY}


def test_that_hearing_refers_back_to_a_dated_hearing_in_real_news(nlp: Language) -> None:
    """ECB+ topic 26 (document 26_2ecbplus, CC BY 3.0, Vossen et al.): "at that hearing" is the April 2003 one."""
    text = ("Ultimately, after years of public craziness, he finally admitted his insanity ruse at an April 2003 "
            "federal hearing in which he calmly pleaded guilty to obstruction of justice. That brought him another "
            "three-year sentence. At that hearing, he chatted amiably with his son, shook hands with defense "
            "lawyers and said \"God bless you\" to U.S. District Judge.")
    doc = nlp(text)
    shook = _verb(doc, "shook")
    found = gathering_time(doc, shook, timexes_of(doc, "2008-05-01"), date(2008, 5, 1))
    assert found is not None and found.value == "2003-04"


def test_no_story_day_means_no_carry_over(nlp: Language) -> None:
    text = "On Wednesday, Peru's president met Chile's president.\n\nThe two signed a fisheries accord."
    doc = nlp(text)
    times = sentence_times(doc, timexes_of(doc, None), story_date_of(None), load_carry_over_rules())
    assert all(t.day is None for t in times)


def test_unreadable_rules_file_is_a_coded_error(tmp_path: Path) -> None:
    bad = tmp_path / "carry_over.toml"
    bad.write_text("window_days = \n", encoding="utf-8")
    with pytest.raises(TidingsError, match="T501"):
        load_carry_over_rules(bad)


def test_rules_file_without_a_limit_is_a_coded_error(tmp_path: Path) -> None:
    partial = tmp_path / "carry_over.toml"
    partial.write_text("window_days = 7\nmax_sentences_back = 4\n", encoding="utf-8")
    with pytest.raises(TidingsError, match=r"T501.*max_paragraphs_back"):
        load_carry_over_rules(partial)
