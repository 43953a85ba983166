"""Giving back is a yield (CAMEO 0842 return, release property; PLOVER RETREAT: release) whoever receives it: a
returned body, seized goods or looted art need no placed receiver to be news. Other things "returned" (a verdict,
a bill, fire, a favour, a profit) are no yield, and people sent back home need a placed receiver.
An armed force abandoning its positions retreats (0874). Passages: WCEP
daily bullets (2025, not the gold) and sentences written for these tests; no gold sentence is copied."""

from __future__ import annotations

from events_helpers import coded_sides

from tidings.analysis import code_text
from tidings.records import Event

DAY = "2025-06-01"


def returns(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return coded_sides(events, ("0842",))


def test_remains_returned_to_authorities_are_a_return() -> None:
    text = ("Hamas returns the remains of an unidentified person, possibly a hostage, to Israeli authorities to be "
            "examined by forensics experts.")  # WCEP bullet
    assert [c[0] for c in returns(code_text(text, DAY))] == ["0842"]


def test_a_return_to_an_unplaced_receiver_is_kept() -> None:
    text = "The Dutch government returned 119 looted bronze sculptures to a museum foundation on Monday."
    assert [side[:2] for side in returns(code_text(text, DAY))] == [("0842", "NLD")]


def test_a_verdict_fire_or_a_profit_returned_is_no_yield() -> None:
    assert not returns(code_text("A French jury returned a verdict on Friday.", DAY))
    assert not returns(code_text("Indian soldiers returned fire on Friday.", DAY))
    assert not returns(code_text("The Brazilian state oil company returned a profit last year.", DAY))


def test_a_bill_sent_back_or_people_sent_home_is_no_return_of_property() -> None:
    assert not returns(code_text("The Kenyan president returned the bill to parliament.", DAY))
    assert not returns(code_text("A Syrian plan would return the displaced people to their homes.", DAY))


def test_an_army_abandoning_its_positions_retreats_but_not_investors() -> None:
    text = ("The Congolese Army abandons their positions in Lubero, North Kivu, with reports that the deserting "
            "soldiers have looted a market and shops in town.")  # WCEP bullet
    assert [c[:2] for c in coded_sides(code_text(text, DAY), ("087",))] == [("0874", "COD")]
    assert not coded_sides(code_text("Japanese investors abandoned their positions in the bond market.", DAY), ("087",))
