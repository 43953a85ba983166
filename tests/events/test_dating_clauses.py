"""Dating an event by the clause around it (tidings.events.dating), whole pipeline: an act counted from
a start takes that start. Sentences are written for these tests or come from non-gold real news (AEB
pages not in the real-news gold); story dates are given with each."""

from __future__ import annotations

from tidings.analysis import code_text


def dates(text: str, story: str) -> dict[str, str | None]:
    """verb text -> date value of each coded event."""
    return {text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "": (e.date.value if e.date else None)
            for e in code_text(text, story)}


def test_an_act_counted_from_a_day_takes_that_day() -> None:
    text = "Belarusian police have detained at least 40 journalists since November 15, a press union said."
    assert set(dates(text, "2019-11-20").values()) == {"2019-11-15"}
    assert set(dates("Since Friday, Iranian police have arrested more than 1,000 people.", "2019-11-20").values()) \
        == {"2019-11-15"}


def test_an_act_counted_from_a_dated_clause_takes_its_time() -> None:
    text = "The European Union has imposed sanctions on Russian banks since the war began in 2022."
    assert set(dates(text, "2025-06-01").values()) == {"2022"}


def test_since_as_a_cause_is_no_start() -> None:
    # "since" as "because": no time of its own, the act keeps the day it is told on
    text = "Chinese police arrested the activist on Monday, since he had refused to leave the square."
    assert set(dates(text, "2019-11-20").values()) == {"2019-11-18"}


def test_a_where_clause_of_a_dated_visit_happens_then() -> None:
    text = "British Prime Minister Boris Johnson was in Brussels on Monday, where he met EU leaders."
    assert set(dates(text, "2019-11-20").values()) == {"2019-11-18"}
    text = "On Tuesday, U.S. Defense Secretary Mark Esper visited Vietnam, where he criticized China."
    assert dates(text, "2019-11-20") == {"visited": "2019-11-19", "criticized": "2019-11-19"}
    text = "U.S. Defense Secretary Mark Esper traveled to Hanoi on Tuesday, where he criticized China."
    assert set(dates(text, "2019-11-20").values()) == {"2019-11-19"}


def test_a_where_clause_on_one_side_of_a_range_takes_that_sides_day() -> None:
    # AEB page bc13ff87b2 (The Real Deal, 2019-11-18), not in the real-news gold
    text = ("In a company email sent by chairman Marcelo Claure, employees were told that layoffs will begin this week "
            "in the U.S., and that a planned all-hands meeting will be postponed from Tuesday to Friday, where Claure "
            "will present the company’s five-year plan.")
    assert set(dates(text, "2019-11-18").values()) == {"2019-11-22"}  # the side the clause hangs on


def test_a_time_hung_on_the_object_dates_the_act() -> None:
    text = ("Iran's foreign ministry summoned the Swiss ambassador on Sunday and accused the United States of "
            "interfering.")
    assert set(dates(text, "2019-11-20").values()) == {"2019-11-17"}


def test_a_happening_object_keeps_its_own_time() -> None:
    # the attack was on Sunday; the condemnation is told with no time of its own
    text = "The Saudi government condemned the attack on Sunday that killed 12 Yemeni civilians."
    found = dates(text, "2019-11-20")
    assert found.get("condemned") == "2019-11-20"


def test_a_statement_hung_inside_what_was_said_frames_the_saying() -> None:
    text = "The Iranian government accused the United States of inciting the protests in a statement on Tuesday."
    assert dates(text, "2019-11-20").get("accused") == "2019-11-19"


def test_a_dated_happening_after_a_verb_of_inquiry_is_its_matter() -> None:
    # AEB page f5c90a6d5b (National Review, 2019-11-19), not in the real-news gold
    text = "Robert Mueller was tasked with investigating Russian interference in the 2016 election."
    assert set(dates(text, "2019-11-19").values()) == {"2019-11-19"}
    # another act keeps the time of the happening it is framed by
    assert set(dates("Israel seized control of the territories in the 1967 war.", "2019-11-19").values()) == {"1967"}


def test_a_when_clause_of_a_dated_noun_happens_then() -> None:
    # passages written for this test: "when" right after a noun the time dates is a relative clause of it,
    # whether spaCy hangs the clause on the noun or on the main verb
    text = "Ties soured after the 2016 vote when Moscow accused Washington of meddling."
    assert dates(text, "2019-11-20").get("accused") == "2016"
    text = "Relations have been frozen since the 2014 annexation, when Russian troops seized Crimea."
    assert dates(text, "2019-11-20").get("seized") == "2014"
    text = "Officials remain angry over the May 2020 clash when Chinese soldiers attacked an Indian patrol."
    assert dates(text, "2021-06-10").get("attacked") == "2020-05"
    text = "The court heard evidence on the 2012 crackdown when police arrested hundreds of students."
    assert dates(text, "2021-06-10").get("arrested") == "2012"


def test_a_when_clause_after_a_dated_object_is_the_main_acts_own() -> None:
    # "criticized the 2019 report when he met reporters": the meeting is not the report's time
    found = dates("The minister criticized the 2019 report when he met reporters.", "2020-11-20")
    assert found.get("met") == "2020-11-20"


def test_an_act_counted_from_a_dated_happening_takes_its_time() -> None:
    # passages written for this test: "since" + a noun the time dates starts a perfect's count
    text = "The European Union has imposed sanctions on Russia since the 2014 annexation of Crimea."
    assert set(dates(text, "2019-11-20").values()) == {"2014"}
    assert set(dates("Israel has blockaded Gaza since the 2007 takeover by Hamas.", "2019-12-20").values()) \
        == {"2007"}


def test_a_dated_noun_after_since_as_a_cause_is_no_start() -> None:
    # a simple past is no count from a start: "since" gives the reason
    text = "Police arrested the activist since the 2019 law bans street protests."
    assert set(dates(text, "2025-04-10").values()) == {"2025-04-10"}


def test_the_first_since_a_year_is_a_comparison_not_a_start() -> None:
    # WCEP bullet of 2026-04-07: no such visit between 2016 and now; the visit begins today
    text = ("At the invitation of paramount leader Xi Jinping, Kuomintang chairperson Cheng Li-wun begins the first "
            "visit to China by a Taiwanese opposition leader since 2016.")
    assert set(dates(text, "2026-04-07").values()) == {"2026-04-07"}
    text = "Chinese police have detained 30 Taiwanese visitors since 2016."
    assert set(dates(text, "2026-04-07").values()) == {"2016"}


def test_a_year_before_a_happening_dates_what_its_clause_tells() -> None:
    # WCEP bullet of 2025-06-10: the killing is the 2018 attack's, not the hanging's day
    text = ("Iran hangs nine members of the Islamic State for a 2018 attack which killed three Islamic Revolutionary "
            "Guard Corps personnel.")
    assert dates(text, "2025-06-10") == {"killed": "2018"}
    text = text.replace("a 2018 attack", "an attack")
    assert dates(text, "2025-06-10") == {"killed": "2025-06-10"}  # no time of the happening: the story's


def test_a_time_closing_coordinated_verbs_covers_the_first() -> None:
    # WCEP bullet of 2025-02-18
    text = "An Iranian court charges a British couple who were arrested and jailed last month with espionage."
    assert dates(text, "2025-02-18") == {"arrested": "2025-01", "jailed": "2025-01"}


def test_an_earlier_conjunct_with_a_time_of_its_own_keeps_it() -> None:
    text = "Turkish police detained the journalist on Monday and released him on Wednesday."
    found = dates(text, "2025-02-21")
    assert found["detained"] == "2025-02-17"
    assert found["released"] == "2025-02-19"


def test_a_time_before_an_after_clause_is_not_inside_it() -> None:
    # WCEP bullet of 2025-05-11: "on May 15" dates the proposed talks, not the earlier threat
    text = ("Russian President Vladimir Putin proposes holding direct negotiations in Istanbul, Turkey, on May 15 "
            "after the United Kingdom, France, Germany and Poland threatened further sanctions if it does not agree "
            "to an unconditional 30-day ceasefire beginning on May 12.")
    found = dates(text, "2025-05-11")
    assert found["threatened"] is not None and found["threatened"] <= "2025-05-11"
    assert not found["threatened"].startswith("2024")


def test_a_closing_time_of_a_verb_of_another_form_covers_nothing() -> None:
    # WCEP bullet of 2025-12-04: "attempted" (parsed as a past verb) has another form than "charged"
    text = ("A 30-year-old man is arrested and charged with transporting an explosive device and attempted malicious "
            "destruction by means of explosive materials after planting pipe bombs near the Republican and Democratic "
            "parties' headquarters in Washington, D.C., United States, a day before the January 6 attack on the "
            "United States Capitol in 2021.")
    found = dates(text, "2025-12-04")
    assert found["charged"] == found["arrested"] == "2025-12-04"


def test_a_present_act_is_not_counted_from_a_start() -> None:
    # WCEP bullets of 2025-01-08 and 2026-04-19: the protest and the vote are today's
    text = ("Azerbaijan protests Eritrea's detention of three Azerbaijani-flagged vessels and 18 crew members since "
            "November 2024, stating the ships entered Eritrean waters due to adverse weather.")
    assert dates(text, "2025-01-08")["protests"] == "2025-01-08"
    text = "Bulgarians vote for 240 seats of the National Assembly in the nation's eighth election since April 2021."
    assert dates(text, "2026-04-19")["vote"] == "2026-04-19"


def test_a_conjunct_with_a_tense_of_its_own_covers_nothing() -> None:
    # the arrest is today's, the hearing is planned (a passage after a WCEP bullet of 2025-07-03)
    text = "A French businessman is arrested in Monaco and will appear before a judge on 21 July."
    assert dates(text, "2025-07-03")["arrested"] == "2025-07-03"


def test_a_which_clause_hung_on_a_time_tells_the_happening_then() -> None:
    # WCEP bullet of 2025-10-31: the fire killed in January; the sentence is today's
    text = ("A court in Turkey sentences the owner of Kartalkaya hotel to life in prison after finding him guilty of "
            "severe negligence in the fire at his hotel in January, which killed 78 people, including 34 children.")
    found = dates(text, "2025-10-31")
    assert found["killed"] == "2025-01"
    assert found["sentences"] == "2025-10-31"


def test_a_which_clause_after_a_place_tells_the_happening_of_its_phrase() -> None:
    # WCEP bullets of 2025-09-16 and 2026-02-06
    text = ("The Stuttgart Higher Regional Court sentences Afghan national Sulaiman Ataee to life in prison for the "
            "May 2024 mass stabbing in Mannheim, Baden-Württemberg, Germany, which killed one person and injured five.")
    assert dates(text, "2025-09-16")["killed"] == "2024-05"
    text = ("One of the key participants behind the 2012 attack on two United States government facilities in "
            "Benghazi, Libya, that killed ambassador J. Christopher Stevens and three other Americans, is arrested.")
    assert dates(text, "2026-02-06")["killed"] == "2012"


def test_a_which_clause_after_a_place_of_an_undated_happening_takes_no_time_of_another_phrase() -> None:
    text = ("A court in Berlin sentences a man to life in prison in 2025 for the stabbing in Mannheim, Germany, which "
            "killed one person.")
    assert dates(text, "2025-09-16")["killed"] == "2025-09-16"
