"""A quantifier before "of" ("ALL of the tariffs", "MOST of the sanctions", "the REMAINDER of the curbs") hands the
verb's object condition its "of" object: what is lifted, eliminated or expelled is the tariffs, sanctions, curbs or
diplomats, as with a group noun ("DOZENS of activists"). Sentences written for these tests; no gold sentence is
copied."""

from __future__ import annotations

from events_helpers import coded_sides

from tidings.analysis import code_text

DAY = "2025-06-01"


def test_lifting_or_eliminating_all_or_most_of_the_sanctions_eases_them() -> None:
    events = code_text("Washington lifted most of the sanctions on Syria.", DAY)
    assert coded_sides(events, ("08",)) == [("085", "USA", "SYR")]
    events = code_text("Mexico eliminated all of the tariffs on American steel.", DAY)
    assert [c[0] for c in coded_sides(events, ("08",))] == ["085"]


def test_expelling_all_of_the_diplomats_or_lifting_the_rest_of_the_curbs_reads_the_of_object() -> None:
    events = code_text("The junta expelled all of the French diplomats.", DAY)
    assert [c[0] for c in coded_sides(events, ("16", "17"))] == ["166"]
    events = code_text("The government lifted the remainder of the restrictions.", DAY)
    assert [c[0] for c in coded_sides(events, ("08",))] == ["081"]


def test_a_quantifier_of_an_unlisted_noun_meets_no_object_condition() -> None:
    # "most of his answers": the "of" object is no sanction or curb, so lifting eases nothing
    events = code_text("The minister lifted the mood with most of his answers.", DAY)
    assert [c[0] for c in coded_sides(events, ("08",))] == []
