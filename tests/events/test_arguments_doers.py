"""Who does a verb with no subject of its own (events/arguments.py `subject_of`, `doer_clause`; code.py `_source_args`).

- the passive subject of a passive verb governing an infinitive does the infinitive, whatever the verb
  ("X is expected to visit"), but not a bare participle ("are confirmed killed" is done to them);
- a purpose infinitive, an adverbial clause opened by a subordinator or a gerund after a preposition (not "by"),
  under a passive verb with no "by" phrase, is done by the passive subject; a bare participle ("..., prompting")
  is not;
- an infinitive on the noun a copula predicates of its subject ("X became the first state to ratify") is the
  subject's act;
- a main clause the parser left without a subject lends the actor just before it to the clauses that inherit
  its doer;
- an infinitive on a noun of striving or intending is its owner's act ("Kenya's decision to expel"), not the
  clause subject's around it (session 21).

Passages are WCEP bullets (CC BY-SA 4.0, Wikipedia Current Events Portal 2025) or written for these tests; no gold
sentence is copied.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tidings.analysis import code_text
from tidings.events.arguments import doer_clause, subject_of
from tidings.events.code import CONTROL_OBJECT_VERBS


def _doer(nlp: Language, text: str, word: str) -> str | None:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == word)
    found = subject_of(verb, CONTROL_OBJECT_VERBS)
    return found.text if found is not None else None


@pytest.mark.parametrize(("text", "verb", "doer"), [
    ("The Indian foreign minister is expected to visit Beijing next week.", "visit", "minister"),
    # WCEP, 2025-01
    ("At least 939 CDCR inmates are deployed to fight the ongoing wildfires in Los Angeles County, California, "
     "United States.", "fight", "inmates"),
    # WCEP, 2025-01
    ("A suspect is arrested in Rotterdam, Netherlands, for shooting and killing three men between December 21 and "
     "January 2.", "shooting", "suspect"),
    ("Two Nigerian soldiers were ambushed while patrolling near the border with Niger.", "patrolling", "soldiers"),
    # WCEP, 2025-09
    ("Morocco becomes the 60th UN member state to ratify the High Seas Treaty, allowing it to enter into force in "
     "January 2026.", "ratify", "Morocco"),
])
def test_the_one_a_subjectless_verb_inherits(nlp: Language, text: str, verb: str, doer: str) -> None:
    assert _doer(nlp, text, verb) == doer


@pytest.mark.parametrize(("text", "verb"), [
    # WCEP, 2025-11: a bare participle under a passive is done to its subject
    ("Two more people are confirmed killed in Malaysia.", "killed"),
    # a bare participle after a passive tells what the event did, not what the people killed did
    ("Three people were killed in a strike on Kharkiv, prompting protests.", "prompting"),
    # WCEP, 2026-03: "while also suggesting" belongs to "states"; hung on "is removed", it lends no doer
    ("Israeli defense minister Israel Katz states that the military will control a \"security zone\" up to the "
     "Litani River in southern Lebanon until \"the threat of Hezbollah\" is removed, while also suggesting that "
     "Israel will remain in control of the area after the conflict is resolved.", "suggesting"),
])
def test_no_doer_for_what_is_done_to_the_passive_subject(nlp: Language, text: str, verb: str) -> None:
    assert _doer(nlp, text, verb) is None


def test_a_by_phrase_keeps_the_purpose_with_the_doer(nlp: Language) -> None:
    """With a "by" phrase named, a purpose infinitive stays with it, as before: the passive subject was sent."""
    assert _doer(nlp, "Police officers were sent by the Kenyan government to guard the border.", "guard") == \
        "government"


def test_the_clause_the_doer_is_sought_in(nlp: Language) -> None:
    doc = nlp("Russian forces attack an industrial facility in Zaporizhzhia, killing 13 people.")
    killing = next(t for t in doc if t.text == "killing")
    assert doer_clause(killing).text == "attack"


def test_a_subjectless_main_clause_lends_its_neighbour_to_an_adverbial() -> None:
    """WCEP, 2025-06 (a bullet's first sentence): the parser leaves "issues" without a subject; the allegation in
    the participle coordinated with "citing" is made by the actor just before the main verb, as the order is."""
    text = ("U.S. president Donald Trump issues an order banning new visas for foreign nationals enrolling at Harvard "
            "University in Cambridge, Massachusetts, citing national security concerns and alleging the "
            "institution's lack of cooperation in disclosing foreign student misconduct.")
    events = code_text(text, "2025-06-04")
    assert {e.source.country for e in events if e.cameo.startswith("112") and e.source} == {"USA"}


def test_the_subject_of_a_copula_does_what_its_predicate_noun_is_first_to_do() -> None:
    """WCEP, 2025-09."""
    text = ("Morocco becomes the 60th UN member state to ratify the High Seas Treaty, allowing it to enter into force "
            "in January 2026.")
    events = code_text(text, "2025-09-19")
    assert [(e.source.country, e.target.country) for e in events if e.cameo == "057" and e.source and e.target] == [
        ("MAR", "UN")]


# An infinitive on a noun of striving or intending (arguments.py `_aim_owner`, doers.toml `aim_nouns`): the owner
# the noun's possessor or naming modifier says does the act ("Kenya decided to expel"); not the subject of the
# clause around, nor for nouns of asking ("a call to free": the ones called on act) or of having ("the right to").
@pytest.mark.parametrize(("text", "verb", "doer"), [
    ("Kenya's decision to expel Ugandan diplomats angered Kampala.", "expel", "Kenya"),
    ("Nigeria announced its decision to expel Ghanaian traders.", "expel", "its"),
    ("Rwanda's attempt to seize the Congolese town failed.", "seize", "Rwanda"),
    ("A court blocked Uganda's plan to arrest Kenyan traders.", "arrest", "Uganda"),
    ("Rights groups filed an appeal against the Kenyan government's plan to deport Ugandan refugees.", "deport",
     "government"),
])
def test_the_owner_of_a_plan_or_decision_does_its_infinitive(nlp: Language, text: str, verb: str, doer: str) -> None:
    assert _doer(nlp, text, verb) == doer


@pytest.mark.parametrize(("text", "verb", "not_doer"), [
    # the subject of the clause around is not taken: as often someone else's on news text
    ("Lithuania launched a campaign to expel Russian diplomats.", "expel", "Lithuania"),
    # a noun of asking: the ones called on act, not the caller
    ("Kenya's call to free the prisoners was ignored by Uganda.", "free", "Kenya"),
    # a noun of having: whoever is given the right acts
    ("Kenya's right to expel diplomats is not in doubt.", "expel", "Kenya"),
])
def test_no_owner_is_taken_from_elsewhere(nlp: Language, text: str, verb: str, not_doer: str) -> None:
    assert _doer(nlp, text, verb) != not_doer
