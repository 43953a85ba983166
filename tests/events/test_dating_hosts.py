"""Dating an event that is part of another verb's act (tidings.events.dating), whole pipeline.

An event told as a complement, a participle or an infinitive of a verb that carries a time takes that
time ("sent a letter LAST FRIDAY urging it to ...", "IN AUGUST 2013 adopted a decision to remove ..."),
and a time in an opening participle clause dates the main act ("SPEAKING ON MONDAY, the president
accused ..."). Sentences come from non-gold real news (ECB+ topic documents, AEB pages not in the
real-news gold) or are written for these tests; story dates are given with each.
"""

from __future__ import annotations

from tidings.analysis import code_text


def dates(text: str, story: str) -> dict[str, str | None]:
    """verb text -> date value of each coded event."""
    return {text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "": (e.date.value if e.date else None)
            for e in code_text(text, story)}


def test_an_infinitive_of_the_object_takes_the_time_of_its_verb() -> None:
    # ECB+ (a 2013 report on Turkmenistan's parties)
    text = ("In August 2013 the Turkmen leader adopted a decision to remove the duties of the chairman of this "
            "political structure from himself.")
    assert set(dates(text, "2013-09-26").values()) == {"2013-08"}


def test_a_complement_of_a_later_conjunct_takes_the_first_conjuncts_time() -> None:
    # AEB page 9e8c9f082a (PolitiFact, 2019-11-18), not in the real-news gold
    text = ("In October, Rep. David McKinley, R-W.Va., visited the U.S.-Mexico border near McAllen, Texas, and "
            "argued that the United States needs stronger border security, including more border patrol agents.")
    found = dates(text, "2019-11-18")
    assert found and set(found.values()) == {"2019-10"}


def test_a_participle_after_the_act_takes_its_time() -> None:
    text = "Israeli troops raided the Palestinian town of Jenin on Tuesday, arresting dozens of Palestinians."
    assert dates(text, "2020-01-02") == {"raided": "2019-12-31", "arresting": "2019-12-31"}


def test_a_participle_of_the_object_takes_the_time_of_its_verb() -> None:
    text = "Last Friday, French lawmakers sent a letter to the Iranian government urging it to release the prisoners."
    assert set(dates(text, "2020-01-02").values()) == {"2019-12-27"}


def test_a_thing_with_a_time_of_its_own_is_not_dated_by_the_verb() -> None:
    text = "Iran rejected on Monday a letter signed by European ministers in May urging it to return to the talks."
    found = dates(text, "2020-01-02")
    assert found["rejected"] == "2019-12-30"
    assert all(value != "2019-12-30" for verb, value in found.items() if verb.startswith("urging"))


def test_an_opening_participle_dates_the_main_act() -> None:
    assert dates("Speaking on Monday, the French president accused Russia of lying.", "2020-01-02") \
        == {"accused": "2019-12-30"}
    text = "Reached by telephone last week, Russian Foreign Minister Sergei Lavrov declined to be interviewed."
    assert set(dates(text, "2020-01-02").values()) == {"2019-12-23/2019-12-29"}


def test_a_past_participle_describing_the_actor_does_not_date_the_act() -> None:
    assert dates("Born in 1950, the Russian president accused Ukraine of lying.", "2020-01-02") \
        == {"accused": "2020-01-02"}


def test_a_clause_with_its_own_mark_keeps_its_time_to_itself() -> None:
    text = "After Israeli troops raided Jenin on Tuesday, Palestinian militants attacked an Israeli checkpoint."
    assert dates(text, "2020-01-02")["attacked"] == "2020-01-02"


def test_a_later_conjunct_of_a_participle_takes_the_time_too() -> None:
    text = ("Israeli troops raided the Palestinian town of Jenin on Tuesday, arresting dozens of Palestinians and "
            "detaining three Palestinian officials.")
    found = dates(text, "2020-01-02")
    assert found and set(found.values()) == {"2019-12-31"}


def test_a_participle_of_a_titled_document_takes_the_time_of_its_release() -> None:
    text = ("In December 2008 a coalition of French groups released a report titled \"A New Deal\" calling on the "
            "Iranian government to free political prisoners.")
    assert set(dates(text, "2009-07-13").values()) == {"2008-12"}


def test_a_relative_clause_takes_the_time_of_the_happening_it_tells() -> None:
    # WCEP bullet of 2025-12-14
    text = ("A person of interest is taken into custody for yesterday's mass shooting that killed two people and "
            "injured nine others at Brown University in Providence, Rhode Island, United States.")
    found = dates(text, "2025-12-14")
    assert found and {v for k, v in found.items() if k in ("killed", "injured")} == {"2025-12-13"}


def test_a_time_that_is_the_verbs_object_does_not_date_its_participle() -> None:
    # WCEP bullet of 2025-05-28: the day commemorated is what the verb is about, not when it happens
    text = ("Namibia commemorates its first Genocide Remembrance Day to honor the indigenous Herero and Nama peoples "
            "who were ethnically cleansed by the German South West Africa colonial forces as proxy of the German "
            "Empire.")
    found = dates(text, "2025-05-28")
    assert found and set(found.values()) == {"2025-05-28"}
