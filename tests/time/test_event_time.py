"""Event time from the event's own clause (tidings.events.dating, tidings.events.carry_over).

Passages written for these tests in wire style (none is a dev-set sentence), plus the seed articles:
every event carries `date_evidence`, a retold past never takes the publication day, and a framing
phrase, a past deadline or "N years after" date the event they belong to.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.analysis import analyze_text
from tidings.records import Event

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "china-kazakhstan"


def _events(text: str, published: str | None = "2021-06-10") -> tuple[str, list[Event]]:
    analyzed = analyze_text(text, published)
    return analyzed.document.text, analyzed.events


def _by_verb(text: str, events: list[Event], verb: str) -> list[Event]:
    return [e for e in events if e.verb_span and verb in text[e.verb_span[0]:e.verb_span[1]]]


def _dates(text: str, events: list[Event], verb: str) -> set[str | None]:
    return {e.date.value if e.date else None for e in _by_verb(text, events, verb)}


def test_every_event_says_where_its_date_comes_from() -> None:
    text, events = _events("Russia criticized Ukraine on Tuesday. Germany has praised France for its help.")
    assert events and all(e.date_evidence in ("timex", "narrative", "tense", "publication", "none") for e in events)
    tuesday = _by_verb(text, events, "criticized")
    assert tuesday and all(e.date_evidence == "timex" and e.date_span is not None for e in tuesday)


def test_a_phrase_that_frames_the_event_dates_it() -> None:
    text, events = _events("In a letter sent March 2, Iran accused Israel of sabotage at the plant.")
    assert _dates(text, events, "accused") == {"2021-03-02"}
    text, events = _events("Japan condemned China in the 2010 dispute over the islands.")
    assert _dates(text, events, "condemned") == {"2010"}


def test_a_dated_announcement_dates_the_act_it_announces() -> None:
    text, events = _events("Despite the June 3 announcement that Peru had signed a deal with Chile, talks stalled.")
    assert _dates(text, events, "signed") == {"2021-06-03"}


def test_a_deadline_in_a_past_clause_dates_the_act() -> None:
    text, events = _events("By April 4, 2014, Russian troops had seized the airport in Ukraine.")
    assert _dates(text, events, "seized") == {"2014-04-04"}
    text, events = _events("As of March 2014, Russian troops had seized the airport in Crimea.")
    assert _dates(text, events, "seized") == {"2014-03"}


def test_years_after_counts_back_from_the_story_date() -> None:
    text, events = _events("French soldiers remain in Mali, eight years after France attacked the rebels there.")
    assert _dates(text, events, "attacked") == {"2013"}


def test_days_after_count_back_from_a_present_bullet() -> None:
    """WCEP bullets (present tense, dated by their page): the act in the "after" clause lies the count back."""
    text, events = _events("Cambodian prime minister Hun Manet accuses Thailand of shooting and killing a Cambodian "
                           "villager near the border, two days after a Thai soldier was injured by a land mine in the "
                           "area, increasing tensions and threatening the ceasefire that put an end to the conflict "
                           "in July.", "2025-11-12")
    assert _dates(text, events, "injured") == {"2025-11-10"}
    assert _dates(text, events, "accuses") == {"2025-11-12"}  # not July: that date is deep in the after clause
    text, events = _events("Kathmandu's Tribhuvan International Airport reopens nearly a day after the Nepali Army "
                           "occupied it.", "2025-09-10")
    assert _dates(text, events, "occupied") == {"2025-09-09"}


def test_a_day_after_counts_back_from_the_main_clause_own_day() -> None:
    text, events = _events("The Taliban released two hostages on Tuesday, a day after the Afghan government freed "
                           "three militants.", "2019-11-20")
    assert _dates(text, events, "released") == {"2019-11-19"}
    assert _dates(text, events, "freed") == {"2019-11-18"}
    text, events = _events("Iran freed two hostages, a day after the Afghan government released three militants.",
                           "2019-11-20")
    assert _dates(text, events, "released") == {"2019-11-20"}  # a past main clause with no day: nothing to count


def test_days_after_a_dated_happening_count_forward() -> None:
    text, events = _events("Iraqi protesters clashed with Iraqi police two days after the election on Sunday.",
                           "2019-11-20")
    assert _dates(text, events, "clashed") == {"2019-11-19"}
    text, events = _events("Iranian police arrested 20 protesters a week after the November 5 attack on a police "
                           "station.", "2019-11-20")
    assert _dates(text, events, "arrested") == {"2019-11-12"}
    text, events = _events("Iranian police arrested 20 Iraqi protesters two days after Iraqi militants attacked a "
                           "police station in Tehran on Sunday.", "2019-11-20")
    assert _dates(text, events, "arrested") == {"2019-11-19"}
    assert _dates(text, events, "attacked") == {"2019-11-17"}


def test_an_open_count_names_no_day() -> None:
    text, events = _events("Iraqi protesters clashed with Iraqi police more than a week after the election on "
                           "Sunday.", "2019-11-20")
    assert _dates(text, events, "clashed") == {"2019-11-20"}


def test_over_n_years_ago_is_a_year_before() -> None:
    text, events = _events("More than 30 years ago, Egypt signed a peace treaty with Israel.", "2010-05-01")
    assert _dates(text, events, "signed") == {"1979"}


def test_a_quoted_recollection_is_not_dated_on_the_publication_day() -> None:
    text, events = _events(
        "Chile and Peru mark the anniversary of their treaty this week.\n\n"
        "“It was a hard winter, July 1998. We had no money and few friends. Peru sent food to Chile. "
        "Peruvian ministers visited Chile every month,” the former minister said.")
    assert _dates(text, events, "sent") == {"1998-07"}
    assert _dates(text, events, "visited") == {"1998-07"}
    assert all(e.date_evidence == "narrative" for e in _by_verb(text, events, "visited"))


def test_a_quoted_act_of_the_current_episode_keeps_its_day() -> None:
    text, events = _events("“Syrian rebels attacked the army convoy last night. Then the Syrian army shelled rebel "
                           "positions near Turkey,” a Syrian army spokesman said.")
    assert _dates(text, events, "shelled") == {"2021-06-09"}


def test_a_recalled_act_gets_its_own_time_or_none() -> None:
    text, events = _events("The envoy recalled the early days, saying that Brazil supported Angola warmly.")
    assert _dates(text, events, "supported") == {None}
    assert all(e.date_evidence == "none" for e in _by_verb(text, events, "supported"))


def test_a_past_clause_reads_a_bare_day_backwards() -> None:
    text, events = _events("Kenya protested to Uganda on June 28 over the border raid.", "2021-06-20")
    assert _dates(text, events, "protested") == {"2020-06-28"}


def test_a_date_under_a_gerund_follows_the_past_clause() -> None:
    analyzed = analyze_text("The man admitted Monday to threatening to attack the senator in May.", "2021-11-20")
    may = [t for t in analyzed.timexes if t.text == "May"]
    assert may and may[0].value == "2021-05"


@pytest.mark.parametrize("sentence", [
    "The Ravens led 21-7 in the third quarter after two touchdowns by their quarterback.",
    "Their quarterback threw an interception in the first half, and the halftime score was 10-3.",
])
def test_periods_of_play_are_not_calendar_periods(sentence: str) -> None:
    analyzed = analyze_text(sentence, "2019-11-20")
    assert not [t for t in analyzed.timexes if "Q" in t.value or "H" in t.value[4:]]


def test_a_company_quarter_is_still_a_calendar_quarter() -> None:
    analyzed = analyze_text("Profits rose in the third quarter and fell in the first half.", "2019-11-20")
    assert [t.value for t in analyzed.timexes] == ["2019-Q3", "2019-H1"]


# --- the seeds: retold background acts, listed ---------------------------------------------------------

# (seed file, words of the event's verb, sentence start): acts told as a past recollection in a seed
RECOLLECTIONS = [
    ("002_037abfb2c7315e89.txt", "met", "Over 80 years ago"),
    ("002_037abfb2c7315e89.txt", "establishing", "Suleimenov recalled"),
    ("002_037abfb2c7315e89.txt", "arrived", "We declared independence"),
    ("002_037abfb2c7315e89.txt", "welcomed", "They welcomed our independence"),
    ("002_037abfb2c7315e89.txt", "made the first official visit", "I made the first official visit"),
    ("002_037abfb2c7315e89.txt", "welcomed", "The Premier of the State Council"),
]
SEED_STORY = "2024-07-02"  # 002 states no date; the timeline links it to 003's Tuesday


@pytest.mark.parametrize(("name", "verb", "sentence"), RECOLLECTIONS)
def test_no_seed_recollection_takes_the_publication_day(name: str, verb: str, sentence: str) -> None:
    analyzed = analyze_text((SEEDS / name).read_text(encoding="utf-8"), SEED_STORY)
    text = analyzed.document.text
    found = [e for e in _by_verb(text, analyzed.events, verb) if text[e.sentence.start:].startswith(sentence)]
    assert found, (verb, sentence)
    assert all(e.date is None or e.date.value != SEED_STORY for e in found), (verb, sentence)


@pytest.mark.parametrize(("verb", "sentence", "value"), [
    ("met", "Over 80 years ago", "1943"),
    ("arrived", "We declared independence", "1992-01-03"),
])
def test_seed_recollections_take_their_own_time(verb: str, sentence: str, value: str) -> None:
    analyzed = analyze_text((SEEDS / "002_037abfb2c7315e89.txt").read_text(encoding="utf-8"), SEED_STORY)
    text = analyzed.document.text
    found = [e for e in _by_verb(text, analyzed.events, verb) if text[e.sentence.start:].startswith(sentence)]
    assert found and {e.date.value if e.date else None for e in found} == {value}


def test_a_paragraph_set_in_the_past_dates_its_narrative_only() -> None:
    text, events = _events("In a speech to parliament in February, the Polish president criticized Russia. "
                           "He urged Germany to stop the pipeline.\n\n"
                           "Germany rejected the call on Tuesday. It also summoned the Polish ambassador.")
    assert _dates(text, events, "criticized") == {"2021-02"}
    assert _dates(text, events, "urged") == {"2021-02"}
    assert all(e.date_evidence == "narrative" for e in _by_verb(text, events, "urged"))
    assert _dates(text, events, "summoned") != {"2021-02"}


def test_days_or_weeks_after_count_back_to_a_day() -> None:
    text, events = _events("The talks come two weeks after Turkey attacked Kurdish forces in Syria.", "2019-11-20")
    assert _dates(text, events, "attacked") == {"2019-11-06"}


def test_a_when_clause_after_a_date_happens_then() -> None:
    text, events = _events("Relations soured in 2014, when Russia annexed Crimea from Ukraine.")
    assert _dates(text, events, "annexed") == {"2014"}


def test_a_frame_hung_on_a_set_off_participle_dates_the_main_act() -> None:
    text, events = _events("Russia seized the peninsula, seen as vital to its fleet, in the 2014 crisis.")
    assert _dates(text, events, "seized") == {"2014"}


def test_a_week_dates_an_event_as_its_days() -> None:
    text, events = _events("Egyptian police arrested dozens of protesters last weekend.", "2019-11-20")
    dated = _by_verb(text, events, "arrested")
    assert dated and all(e.date is not None and e.date.value == "2019-11-16/2019-11-17" for e in dated)


def test_a_fronted_date_covers_the_conjoined_clauses() -> None:
    text, events = _events("On Monday, Russia criticized Ukraine and Germany accused France of lying.", "2019-11-20")
    assert _dates(text, events, "accused") == {"2019-11-18"}
    text, events = _events("Turkish troops attacked Kurdish fighters on Tuesday and accused them of terrorism.",
                           "2019-11-20")
    assert _dates(text, events, "accused") == {"2019-11-19"}


def test_a_gathering_named_by_its_month_dates_what_happened_at_it() -> None:
    text, events = _events("At that October hearing, Senator Smith accused the agency of hiding costs.", "2019-11-18")
    assert _dates(text, events, "accused") == {"2019-10"}


def test_a_clause_of_the_moment_dates_its_main_act() -> None:
    # scrapinghub AEB (not a gold page): the Volker testimony page of 2019-11-19, shortened
    text, events = _events("\"I opposed the hold on U.S. security assistance as soon as I learned about it on July 18, "
                           "and thought we could turn it around,\" Volker said.", "2019-11-19")
    assert _dates(text, events, "opposed") == {"2019-07-18"}
    text, events = _events("Russia protested when the Ukrainian ship entered its waters on Monday.", "2019-11-20")
    assert _dates(text, events, "protested") == {"2019-11-18"}


def test_a_framing_phrase_inside_another_dates_the_act() -> None:
    # spaCy hangs "in a statement" on "the debate"; both frame the criticism
    text, events = _events("Russia criticized Ukraine during the debate in a statement issued on Tuesday.",
                           "2019-11-20")
    assert _dates(text, events, "criticized") == {"2019-11-19"}


# --- a passage set in an earlier time carries it to its past acts ---------------------------------------

BACKGROUND = ("A new fisheries accord ends a long dispute between Chile and Peru, officials in Lima say.\n\n"
              "The dispute began when Peruvian boats entered Chilean waters in March 2016. By April, Chile had "
              "protested twice and Peru refused to withdraw the boats.\n\n")


def _month_values(text: str, published: str = "2021-06-10") -> list[str]:
    months = ("April", "August", "December", "March")
    return [t.value for t in analyze_text(text, published).timexes if t.text in months]


def test_a_past_narrative_moves_on_inside_the_year_it_set() -> None:
    assert _month_values(BACKGROUND)[-1] == "2016-04"  # two months before the story date, still 2016
    # written from the Gizmodo report of 18 Nov 2019 (scrapinghub AEB page 7bb1ca90, not a dev page)
    text = ("The man had suffered months of dizziness by the time he visited his local doctor in November 2016.\n\n"
            "At first, his doctor assumed he had an infection. But by December, his symptoms worsened.")
    assert _month_values(text, "2019-11-18") == ["2016-12"]


@pytest.mark.parametrize("text", [
    "Peruvian boats entered Chilean waters in March 2016. In April, Chile will host the talks.",  # a plan
    "Peruvian boats entered Chilean waters in November 2016. By March, the boats had left.",  # no later month
    "Boats entered the bay in March 2016. Talks stalled. Chile protested. Peru left. In April, Chile protested.",
    # scrapinghub AEB page b0cf2bbf (pv magazine, 19 Nov 2019, not a dev page), shortened: a start bound
    "Chinese duties have hurt Korean producers since July 2013. According to data released in August, capacity rose.",
])
def test_a_month_outside_the_narrative_reads_from_the_story_date(text: str) -> None:
    assert not _month_values(text)[-1].startswith("2016")


def test_the_acts_after_a_past_passage_take_its_time() -> None:
    text, events = _events(BACKGROUND + "Chile recalled its ambassador to Peru. The Chilean navy later seized "
                           "three Peruvian boats.")
    assert _dates(text, events, "recalled") == {"2016-04"}
    assert _dates(text, events, "seized") == {"2016-04"}
    assert all(e.date_evidence == "narrative" for e in _by_verb(text, events, "recalled"))


def test_the_news_present_or_an_attribution_ends_the_past_passage() -> None:
    text, events = _events(BACKGROUND + "The accord ends the quarrel.\n\nChile's president praised Peru for the deal.")
    assert _dates(text, events, "praised") == {"2021-06-10"}  # today's act after a present paragraph
    rest = BACKGROUND.split("\n\n", 1)[1]
    text, events = _events("Chile and Peru signed a fisheries accord on Tuesday.\n\n" + rest
                           + "Chile recalled its ambassador to Peru.")
    assert _dates(text, events, "recalled") == {"2021-06-10"}  # a lede's past act is the news: after the digression
    text, events = _events("Peru's president arrived in Chile for a state visit.\n\nThe two countries fought a war "
                           "in 1879. Peru lost the province of Arica to Chile.\n\n"
                           "The Peruvian president met Chile's foreign minister in Santiago.")
    assert _dates(text, events, "met") == {"2021-06-10"}  # back to the lede's news, not 1879
    text, events = _events(BACKGROUND + "Peru recalled its ambassador to Chile, the ministry said.")
    assert _dates(text, events, "recalled") == {"2021-06-10"}  # a source's news, not the writer's retelling
    text, events = _events(BACKGROUND + "“We will not give up,” Chile's minister said.\n\n"
                           "Chile recalled its ambassador to Peru.")
    assert _dates(text, events, "recalled") == {"2021-06-10"}  # a quotation speaks from the present


def test_a_retold_case_history_is_not_dated_on_the_report_day() -> None:
    """Gizmodo, 18 Nov 2019 (scrapinghub AEB page 7bb1ca90, not a dev page), shortened: the doctor's call
    belongs to the December 2016 of the case history, not to the day the report came out. "the British man"
    (the page: "the man") gives the call a country: a doctor's call to a patient with no country on either side
    is private, no event (events/code.py `_political`)."""
    text, events = _events(
        "A UK man's decision to change his bedding caused a rare condition, his doctors say.\n\n"
        "According to the study, the 43-year-old man had suffered months of dizziness by the time he visited his "
        "local doctor in November 2016.\n\n"
        "At first, his doctor assumed he had a lower respiratory tract infection. But by December, they worsened. "
        "His doctor referred him to an urgent respiratory care clinic and sought out advice from one of the study "
        "authors, Owen Dempsey, a chest doctor at the Aberdeen Royal Infirmary.\n\n"
        "Dempsey talked with the British man over the phone, trying to zero in any potential causes for his symptoms.",
        "2019-11-18")
    assert _dates(text, events, "talked") == {"2016-12"}


def test_a_fronted_deadline_covers_the_conjoined_past_clauses() -> None:
    text, events = _events(BACKGROUND)
    assert _dates(text, events, "refused") == {"2016-04"}
    text, events = _events("By April 2016, Chile had protested twice and on Tuesday Peru refused to withdraw.")
    assert _dates(text, events, "refused") == {"2021-06-08"}  # its own day
    text, events = _events("Chile had protested twice by April 2016, and Peru refused to withdraw the boats.")
    assert _dates(text, events, "refused") != {"2016-04"}  # the deadline is the first clause's own


def test_a_season_named_again_is_the_one_the_text_talks_about() -> None:
    # written from the Los Angeles Times profile of 13 Nov 2019 (scrapinghub AEB page 3d8f3404, not a dev page)
    analyzed = analyze_text("The actress had arm surgery 10 years ago. She wrote hundreds of songs that summer.",
                            "2019-11-13")
    assert [t.value for t in analyzed.timexes] == ["2009", "2009-SU"]
    analyzed = analyze_text("Peru signed the treaty in March 2016. That summer, Chile protested.", "2019-11-13")
    assert [t.value for t in analyzed.timexes] == ["2016-03", "2016-SU"]
    analyzed = analyze_text("Chile protested that summer.", "2019-11-13")  # nothing named before: the anchor's
    assert [t.value for t in analyzed.timexes] == ["2019-SU"]
