"""Who does an infinitive on a noun of striving or intending (events/arguments.py `_aim_owner`, doers.toml).

- "Kenya's decision to expel ...", "its decision to expel ...", "the Kenyan government's plan to ...": the owner
  the noun's possessor or naming modifier says does the act, as with the verbs ("Kenya decided to expel");
- not the subject of the clause around ("launched a campaign to ..."), and not for nouns of asking ("Kenya's call
  to free ...": the ones called on act) or of having ("the right to ...").

Passages written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tidings.events.arguments import subject_of
from tidings.events.code import CONTROL_OBJECT_VERBS


def _doer(nlp: Language, text: str, word: str) -> str | None:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == word)
    found = subject_of(verb, CONTROL_OBJECT_VERBS)
    return found.text if found is not None else None


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
