"""A happening named once by its noun with its day and told again later by its verb takes that day
(tidings.events.carry_over.named_happening_time), whole pipeline. Passages written for these tests."""

from __future__ import annotations

from tidings.analysis import code_text

FILLER = "Stocks rose. Bonds fell. Traders were relieved. Analysts stayed cautious. "


def _by_verb(text: str, story: str, verb: str) -> set[tuple[str | None, str | None]]:
    return {(e.date.value if e.date else None, e.date_evidence) for e in code_text(text, story)
            if e.verb_span and text[e.verb_span[0]:e.verb_span[1]].startswith(verb)}


def test_an_act_told_again_by_its_verb_takes_the_day_its_noun_had() -> None:
    text = ("Venezuela's Oct. 14 arrest of the opposition leader Juan Guaido drew protests. " + FILLER
            + "Venezuelan police arrested Guaido at his home in Caracas.")
    assert _by_verb(text, "2019-11-20", "arrested") == {("2019-10-14", "narrative")}


def test_a_noun_of_the_verb_with_an_ending_counts() -> None:
    text = ("Mr. Lee's March 3 announcement that South Korea and Japan had reached a first-stage trade agreement "
            "lifted markets. " + FILLER + "The president announced the first-stage trade deal during a meeting in "
            "Seoul with Japanese Foreign Minister Takeshi Iwaya.")
    assert _by_verb(text, "2025-04-10", "announced") == {("2025-03-03", "narrative")}


def test_another_happening_of_the_same_kind_keeps_the_story_date() -> None:
    # nothing the act is about was told with the earlier noun: another arrest
    text = ("The Oct. 14 arrest of a journalist drew protests. " + FILLER
            + "Venezuelan police arrested the opposition leader Juan Guaido at his home in Caracas.")
    assert _by_verb(text, "2019-11-20", "arrested") == {("2019-11-20", "publication")}


def test_a_time_describing_a_noun_does_not_stop_the_narrated_day() -> None:
    # AEB page 1f765c4878 (Sputnik, 2019-11-18), not in the real-news gold, shortened
    text = ("Prince Andrew has reportedly told friends that the BBC interview aired at the weekend was a "
            "\"great success\".\n\nIn it, the British royal blankly denied having sex with underage girls supplied "
            "to him by Jeffrey Epstein, who reportedly committed suicide in August while in custody in a US prison.")
    assert _by_verb(text, "2019-11-18", "denied") == {("2019-11-16/2019-11-17", "narrative")}


def test_a_time_of_the_acts_own_clause_still_keeps_it() -> None:
    text = ("On Tuesday, Iranian police arrested the activist. In August, Iranian police accused her of spying "
            "for Britain.")
    assert _by_verb(text, "2019-11-20", "accused") == {("2019-08", "timex")}
