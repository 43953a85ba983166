"""Sides of matched events (s15f): whose act a stand is taken on, who does a verb coordinated with a reported
clause, and where a withdrawal is from.

- a stand taken on a policy, a decision or a move (support, disapprove, reject, protest) is taken towards the
  "by" doer of the participle on it, not towards the story's other side (events/code.py `_authors`); an act of
  another kind on such a noun is not ("reached a deal mediated by Qatar");
- a verb coordinated with a reported clause's verb whose form cannot go with that clause's subject is done by the
  subject above (events/arguments.py `_disagrees`); a group known only by its kind acted on in a named place is of
  that place's country (events/code.py `_located_group`);
- what a side withdraws (its troops, its workers) is its own: the target is the place withdrawn from (events/code.py
  `_withdrawn_from`); a phrase of concession ("despite X's wish") names no target (events/arguments.py `_concessive`).

Passages are written for these tests, or WCEP bullets (CC BY-SA 4.0, Wikipedia Current Events Portal 2025) where
marked; no gold sentence is copied.
"""

from __future__ import annotations

from tidings.analysis import code_text

DATE = "2025-06-10"


def _sides(text: str, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, DATE) if e.cameo.startswith(root)]


def test_the_one_who_made_a_decision_is_the_one_condemned() -> None:
    text = ("The African Union condemned the decision announced on Friday by Kenyan President William Ruto, while the "
            "European Union stayed silent.")
    assert _sides(text, "111") == [("AU", "KEN")]


def test_a_protest_against_policies_is_against_their_maker() -> None:
    # WCEP, 2025-06
    text = ("Thousands of demonstrators protest against immigration policies implemented by U.S. President Donald "
            "Trump in downtown Los Angeles, California, blocking the Hollywood Freeway.")
    assert _sides(text, "14") == [("USA", "USA")]


def test_a_mediator_is_no_side_of_the_deal() -> None:
    text = "Israel and Hamas reached a deal mediated by Qatar, officials in Doha said."
    assert all("QAT" not in sides for sides in _sides(text, "0"))


def test_a_verb_that_cannot_go_with_a_reported_subject_is_not_its_act() -> None:
    text = ("Many analysts believe that Russia has long armed the rebels and support the sanctions imposed by the "
            "European Union.")
    assert ("RUS", "EU") not in _sides(text, "05")


def test_a_group_acted_on_in_a_place_is_of_that_country() -> None:
    assert _sides("Police arrested 30 protesters in Istanbul.", "17") == [("TUR", "TUR")]


def test_a_side_withdrawing_its_troops_withdraws_from_the_place() -> None:
    text = "Turkey says it is ready to withdraw its troops from neighbouring Iraq."
    assert [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, DATE)] == [("TUR", "IRQ")]


def test_an_evacuation_in_a_known_place_is_from_it() -> None:
    text = "Israel will evacuate all its outposts in the Gaza Strip by the end of August, a government spokesman said."
    assert [e.target.country if e.target else None for e in code_text(text, DATE)] == ["PSE"]


def test_a_phrase_of_concession_names_no_target() -> None:
    text = ("The Security Council agreed to a one-year extension of the mandate of the UN mission in Mali despite "
            "France's call for a shorter period.")
    assert all(e.target is None or e.target.country != "FRA" for e in code_text(text, DATE))
