"""Narrative carry-over of an episode's day to a narrated act (tidings.events.carry_over), whole pipeline.

A coded act told on in the simple past takes the day the narrative set, also when the clause that set it
is not itself a coded event ("Ortiz was on his own about 3 p.m. FRIDAY when he went to a house. ... Ortiz
ASKED the man for some identification"); a plain statement ("a spokeswoman said") is a reaction that may
come days later and keeps the story date unless a coded event's time carries. Passages are from ECB+
documents (2005 and 2013 wire stories, not any gold set scored by tidings; the deputy's title added
from the story's lede).
"""

from __future__ import annotations

from tidings.analysis import code_text

SHOOTING = (
    "Sheriff's Deputy Jerry Ortiz, 35, was on his own about 3 p.m. Friday when he went to a house in Hawaiian "
    "Gardens, a working-class city at the northeast border of Long Beach with long-standing gang problems.\n\n"
    "Peavy said the specific reason for Ortiz's visit was unknown but he provided a few details about the "
    "encounter: A woman answered the door and a man walked up behind her.\n\n"
    "Ortiz asked the man for some identification and was checking it when Orozco appeared from inside the house."
)

CLIMB = (
    "A British climber has fallen 2,000ft to his death on a mountain in New Zealand, police there have said.\n\n"
    "Robert Buckley, 32, died while climbing to a hut on Mount Sefton in the Aoraki Mount Cook National Park on "
    "Saturday.\n\n"
    "Police inspector Dave Gaskin said Mr Buckley was well equipped at the time but was an inexperienced climber.\n\n"
    "A Foreign Office spokeswoman said: \"We are aware of the death of a British man in New Zealand.\""
)


def test_a_narrated_act_takes_the_day_an_uncoded_clause_set() -> None:
    events = [e for e in code_text(SHOOTING, "2005-06-26") if e.plover]
    assert events
    assert {(e.date.value if e.date else None, e.date_evidence) for e in events} == {("2005-06-24", "narrative")}


def test_a_statement_keeps_the_story_date_after_an_uncoded_clause() -> None:
    statements = [e for e in code_text(CLIMB, "2013-09-16") if e.cameo.startswith("01") and not e.plover]
    assert statements
    assert all(e.date is not None and e.date.value == "2013-09-16" for e in statements)


def test_a_clause_of_circumstance_under_recall_is_not_a_recollection() -> None:
    # WCEP bullet of 2026-01-24: "recalls its ambassador" withdraws an envoy; the "after" clause says when
    text = ("Italy recalls its ambassador to Switzerland after Swiss courts released the owner of a Crans-Montana bar "
            "on bail, while he is under investigation for a New Year's Day fire that killed 40 people, including six "
            "Italians.")
    events = code_text(text, "2026-01-24")
    assert events and all(e.date is not None for e in events)
