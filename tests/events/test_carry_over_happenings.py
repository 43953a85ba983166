"""A happening dated once, in a clause or noun the coder may not code, and told again later with another word of
its family and no time takes that day (s22b, issue 14: "a retold background act never takes the publication
day by default"). Passages are written for these tests.

`dated_happenings` collects every verb or happening noun a day or month of its own dates; `happening_time` gives
an undated past act the day of those that share its family (data/time/carry_over_families.toml) and a participant,
when they agree. Another participant, another kind of act, a further act ("again") or a present act is no
retelling.
"""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.events.carry_over import families_of

STORY = "2025-07-26"


def dates(text: str) -> dict[str, tuple[str | None, str | None]]:
    """verb text -> (date value, evidence) of each PLOVER-typed event (the last one of a verb text wins)."""
    return {text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "": (e.date.value if e.date else None,
                                                                         e.date_evidence)
            for e in code_text(text, STORY) if e.plover}


def test_a_killing_dated_in_an_uncoded_clause_dates_its_retelling() -> None:
    text = ("Kenyan prosecutors said Carl Otieno was charged with murdering the police officer on June 24 outside a "
            "bakery in Nairobi.\n\nThe union said it was shocked.\n\n"
            "Kenyan police officer Dana Wambui was shot outside the bakery, witnesses told the court.")
    assert dates(text)["shot"] == ("2025-06-24", "narrative")


def test_a_happening_noun_with_its_day_dates_a_verb_of_its_family() -> None:
    text = ("Kenyan prosecutors named Otieno in the June 24 murder of Wambui.\n\nThe union said it was shocked.\n\n"
            "Militants killed Wambui in Nairobi.")
    assert dates(text)["killed"] == ("2025-06-24", "narrative")


def test_another_participant_is_another_happening() -> None:
    text = ("Kenyan prosecutors said Otieno was charged with murdering the baker on June 24.\n\nThe union said it "
            "was shocked.\n\nMilitants killed Wambui in Nairobi.")
    assert dates(text)["killed"][0] == STORY


def test_another_kind_of_act_is_another_happening() -> None:
    text = ("Kenyan prosecutors named Otieno in the June 24 murder of Wambui.\n\nThe union said it was shocked.\n\n"
            "Kenyan police arrested Wambui in Nairobi.")
    assert dates(text)["arrested"][0] == STORY


def test_a_further_act_is_a_new_happening() -> None:
    text = ("Kenyan prosecutors named Otieno in the June 24 murder of Wambui.\n\nThe union said it was shocked.\n\n"
            "Militants shot Wambui again in Nairobi.")
    assert dates(text)["shot"][0] == STORY


def test_families_come_from_the_table_and_the_nouns_of_a_verb() -> None:
    assert "kill" in families_of("slay") and "kill" in families_of("murder")
    assert "arrest" in families_of("detention")
    assert families_of("signing") & families_of("sign")  # a verb's own noun
    assert not families_of("arrest") & families_of("kill")


def test_an_act_a_vague_stretch_before_its_passage_gets_no_date() -> None:
    text = ("A Kenyan court upheld the ban on June 3.\n\n"
            "Yet just months earlier, Kenyan police arrested the opposition leader Raila Otieno in Nairobi.")
    assert dates(text)["arrested"] == (None, "none")


def test_a_stretch_before_another_happening_or_with_hours_keeps_the_day() -> None:
    text = "Hours earlier, Kenyan police arrested the opposition leader Raila Otieno in Nairobi."
    assert dates(text)["arrested"][0] == STORY


def test_an_act_told_as_a_habit_is_no_retelling() -> None:
    text = ("A Kenyan court heard of the June 24 detention of Wambui.\n\nThe union said it was shocked.\n\n"
            "\u201cKenyan police often arrested Wambui in Nairobi,\u201d her lawyer said.")
    assert dates(text).get("arrested", (STORY, None))[0] != "2025-06-24"
