"""A retold act takes the date of its dated telling (s21i, issue 14). Passages are written for these tests, after
the shape s21c's judged sample found on non-gold pages: a story dates a happening once and tells it again
elsewhere with no time; the gold convention codes the happening again in each sentence that tells it, with
its own date, not the publication day.

`same_happening` needs the same kind of act (CAMEO root or PLOVER type) upon the same target, or by the same
doer when neither names a target; a repeated kind of act upon another participant, or a further act ("again",
"also"), is a new happening; a present or future act is no retelling.
"""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.events.carry_over import same_happening
from tidings.records import ActorRef, Event, Sentence

STORY = "2025-07-02"


def dates(text: str) -> list[tuple[str, str | None, str | None]]:
    """(verb text, date value, evidence) of each PLOVER-typed event, in text order."""
    return [(text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "", e.date.value if e.date else None,
             e.date_evidence) for e in code_text(text, STORY) if e.plover]


def test_a_telling_before_its_dated_telling_takes_that_date() -> None:
    text = ("Witnesses said gunman John Smith shot Deputy Mark Lee twice outside a store in Dayton.\n\n"
            "The sheriff said the department is grieving.\n\n"
            "Smith shot Lee on June 24, court papers show.")
    assert dates(text)[0][1:] == ("2025-06-24", "narrative")


def test_a_future_act_is_no_retelling() -> None:
    text = ("Russia sanctioned Germany on May 3.\n\nThe United Nations is worried.\n\n"
            "Russia will sanction Germany again.")
    found = dates(text)
    assert found[-1][1:] == (STORY, "tense")


def _event(cameo: str, source: str | None, target: str | None, start: int = 0, plover: str = "") -> Event:
    def ref(text: str | None) -> ActorRef | None:
        return ActorRef(text=text, start=0, end=len(text)) if text else None
    return Event(id=str(start), doc_id="d", sentence=Sentence(start, start + 10), source=ref(source),
                 target=ref(target), cameo=cameo, plover=plover, quad_class=4, goldstein=-10.0)


def test_same_happening_needs_the_same_kind_and_participant() -> None:
    dated = _event("193", "gunman John Smith", "Deputy Mark Lee")
    assert same_happening(_event("190", "Smith", "Lee", 50), dated)  # one root: 19
    assert not same_happening(_event("173", "Smith", "Lee", 50), dated)  # another kind of act
    assert not same_happening(_event("193", "Smith", "Ann Ross", 50), dated)  # another target


def test_the_same_doer_upon_another_target_is_another_act() -> None:
    dated = _event("173", "Police", "the opposition leader Ali Khan")
    assert not same_happening(_event("173", "Police", "the journalist Omar Shah", 50), dated)
    assert not same_happening(_event("173", "Police", None, 50), dated)  # a target said once may be another
    assert same_happening(_event("173", "Police", None, 50), _event("173", "the police", None))


def test_a_wide_plover_type_is_no_evidence_of_one_act() -> None:
    # PLOVER ACCUSE holds both an accusation (112) and an investigation (090); ASSAULT is one act family
    accused = _event("112", "Police", "Smith", 50, "ACCUSE")
    investigated = _event("090", "Police", "Smith", 0, "ACCUSE")
    assert not same_happening(accused, investigated)
    shot, killed = _event("193", "Police", "Smith", 50, "ASSAULT"), _event("190", "Police", "Smith", 0, "ASSAULT")
    assert same_happening(shot, killed)
