"""Pronouns in reported speech (events/arguments.py `ArgumentFinder._speaker`, `_reporter`, `_as_read`).

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text


def _sides(text: str, plover: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.source.country if e.source else None, e.source.sector if e.source else None,
             e.target.country if e.target else None)
            for e in code_text(text, "2025-06-01") if e.plover == plover]


def test_we_in_a_quote_is_the_speaker() -> None:
    """The refusal is the minister's: "we" is whoever says the words."""
    text = '"We will not pay the ransom," the Kenyan interior minister said on Monday.'
    assert [s[:2] for s in _sides(text, "REJECT")] == [("KEN", "GOV")]


def test_we_after_a_colon_is_the_speaker() -> None:
    text = 'The Chinese foreign ministry spokesman said: "We will impose sanctions on Lithuania."'
    assert ("CHN", "GOV", "LTU") in _sides(text, "THREATEN")


def test_we_with_no_speaker_stands_for_no_one() -> None:
    """No speech verb reports the words: "we" is nobody the text names."""
    assert all(s[0] is None for s in _sides("We will impose sanctions on Lithuania.", "THREATEN"))


def test_a_speaker_who_is_a_first_person_gives_no_one() -> None:
    assert all(s[0] is None for s in _sides('"We will impose sanctions on Lithuania," I said.', "THREATEN"))


def test_the_reported_subject_pronoun_is_the_speaker_not_a_nearer_person() -> None:
    """Museveni is the person named nearest before "he"; the one who said it is the Kenyan president."""
    text = "The Kenyan president, after talks with Uganda's leader Yoweri Museveni, said he would visit Tanzania."
    assert [s[0] for s in _sides(text, "AGREE")] == ["KEN"]


def test_the_reported_subject_pronoun_is_the_speaker_not_a_place() -> None:
    """"they" would be Sri Lanka, the actor named nearest before it; the rebels said it, and are Sri Lanka's."""
    text = "Tamil rebels in Sri Lanka said on Monday that they would free two soldiers."
    assert [s[:2] for s in _sides(text, "AGREE")] == [("LKA", "REB")]


def test_he_does_not_stand_for_a_speaker_that_is_no_person() -> None:
    """"he" cannot be the ministry: the nearest person before it is."""
    text = ("Kenyan President William Ruto arrived in Kampala on Monday. The Ugandan foreign ministry said he would "
            "meet Museveni.")
    assert [s[0] for s in _sides(text, "AGREE")] == ["KEN"]


def test_a_pronoun_takes_the_country_of_its_antecedent_phrase() -> None:
    """"they" is the rebels, whose country only the modifiers "Sri Lankan Tamil" give."""
    text = "Sri Lankan Tamil rebels seized a village on Sunday. On Monday they freed two soldiers."
    later = [e for e in code_text(text, "2025-06-01") if e.sentence.start > 0 and e.source is not None]
    assert later and all((e.source.country, e.source.sector) == ("LKA", "REB") for e in later if e.source)


def test_he_does_not_stand_for_a_queen_nor_she_for_a_king() -> None:
    """A pronoun agrees in sex with the words of the person's mention (word_classes.toml `female_words`,
    `male_words`): the nearest person before "He" is the queen, but "he" means the prime minister. Own passages."""
    from tidings.analysis import code_text

    text = ("Prime Minister Justin Trudeau met Queen Elizabeth II in Ottawa on Monday. He later condemned Russia "
            "for the attack.")
    accusers = {e.source.country for e in code_text(text, "2022-03-01") if e.plover == "ACCUSE" and e.source}
    assert accusers == {"CAN"}
    text = "Prime Minister Theresa May met King Salman in Riyadh on Monday. She later condemned Iran for the attack."
    accusers = {e.source.country for e in code_text(text, "2017-04-05") if e.plover == "ACCUSE" and e.source}
    assert accusers == {"GBR"}
