"""Co-doers of one act: each does a one-sided act alone; only mutual acts are between them.

Passages written for these tests; the veto sentence is quoted from the Wikipedia Current Events Portal
(shared/corpora/wcep_daily_2025-01_to_2026-04), © Wikipedia contributors, CC BY-SA 4.0.
"""

from __future__ import annotations

from tidings.analysis import code_text


def _sides(text: str, plover: str) -> list[tuple[str | None, str | None, bool]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None, e.reciprocal)
            for e in code_text(text, "2025-06-01") if e.plover == plover]


def test_two_critics_are_two_criticisms_of_neither() -> None:
    sides = _sides("Egypt and Jordan criticised the decision on Monday.", "ACCUSE")
    assert sorted(s for s, _, _ in sides) == ["EGY", "JOR"]
    assert all(t not in ("EGY", "JOR") and not r for _, t, r in sides), sides


def test_a_veto_by_two_powers_is_a_veto_by_each() -> None:
    text = ("China and Russia veto a United Nations Security Council resolution calling on UN member states to "
            "\"coordinate efforts, defensive in nature\" to ensure the safety of navigation in the Strait of Hormuz.")
    sides = _sides(text, "REJECT")
    assert {s for s, _, _ in sides} == {"CHN", "RUS"}
    assert all(t not in ("CHN", "RUS") for _, t, _ in sides), sides


def test_a_mutual_act_stays_between_its_doers() -> None:
    assert _sides("Iran and Iraq signed an agreement on Monday.", "SUPPORT") in (
        [("IRN", "IRQ", True)], [("IRQ", "IRN", True)])
    assert len(_sides("Turkey and Russia held talks in Sochi on Monday.", "CONSULT")) == 1


def test_co_doers_share_the_side_the_story_gives() -> None:
    text = ("Venezuela held a disputed election in July. The United States and Brazil rejected the result on "
            "Monday, and Venezuela rejected their statements.")
    sides = [x for x in _sides(text, "REJECT") if x[0] in ("USA", "BRA")]
    assert sorted(sides) == [("BRA", "VEN", False), ("USA", "VEN", False)]


def test_a_symmetric_verb_above_the_act_keeps_it_mutual() -> None:
    """"could AGREE to end": the agreeing verb of the chain makes the two doers each other's side."""
    sides = _sides("Markets waited to see whether Japan and South Korea could agree to end their export curbs.",
                   "AGREE")
    assert len(sides) == 1 and {sides[0][0], sides[0][1]} == {"JPN", "KOR"}, sides
