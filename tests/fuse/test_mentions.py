"""Which time expressions date a statement: adverbials yes, names and objects no; which words a dated statement
is told by: its clause, without the words of a quotation it holds."""

from __future__ import annotations

import pytest

from tidings.fuse.mentions import clause_around, is_adverbial, unquoted
from tidings.fuse.text import content_words
from tidings.records import Timex


def timex_in(sentence: str, words: str, value: str, anchor: str | None = None, mod: str | None = None) -> Timex:
    start = sentence.index(words)
    return Timex(start, start + len(words), words, "DATE", value, anchor_used=anchor, mod=mod)


@pytest.mark.parametrize(("sentence", "words", "value"), [
    ("The two countries upgraded ties to a strategic partnership in 2005.", "2005", "2005"),
    ("Last year, a total of 600,000 cross-border trips were recorded.", "Last year", "2023"),
    ("Visa-free travel began after the agreement took effect last year, officials said.", "last year", "2023"),
    ("Xi said he believes Thursday's Astana summit will be a success.", "Thursday", "2024-07-04"),
    ("The ministers met in Geneva on Friday.", "Friday", "2024-03-29"),
    ("Since the establishment of diplomatic relations 27 years ago, ties have grown.", "27 years ago", "1992"),
])
def test_time_adverbials_date_their_statement(sentence: str, words: str, value: str) -> None:
    assert is_adverbial(sentence, 0, timex_in(sentence, words, value, anchor="2024-07-04"))


@pytest.mark.parametrize(("sentence", "words", "value", "mod"), [
    ("He won second place in the reality show Singer 2017 and later met Xi.", "2017", "2017", None),
    ("Xi hoped the two countries can take this year as an opportunity.", "this year", "2024", None),
    ("Xi and Tokayev jointly declared 2024 as the Kazakhstan Year of Tourism.", "2024", "2024", None),
    ("This year is the year of youth in Kazakhstan.", "This year", "2019", None),
    ("Visits are expected to reach a new high by the end of the year.", "the end of the year", "2024", "END"),
    ("Over 80 years ago, the two musicians met.", "Over 80 years ago", "1944", "BEFORE"),
])
def test_names_objects_subjects_and_bounds_date_nothing(sentence: str, words: str, value: str,
                                                       mod: str | None) -> None:
    assert not is_adverbial(sentence, 0, timex_in(sentence, words, value, anchor="2024-07-04", mod=mod))


def test_clause_around_cuts_a_list_of_dated_steps() -> None:
    s = "Ties became a strategic partnership in 2005, then a comprehensive strategic partnership in 2011."
    start = s.index("2011")
    assert clause_around(s, (0, len(s)), (start, start + 4)).startswith("then a comprehensive")


def test_a_date_outside_a_quotation_is_told_by_the_reporting_words() -> None:
    """Written for this test in the style of wire copy: the quoted words are the speaker's, the date and the
    act (a report published, an interview given) are the reporting clause's."""
    straight = '"We will rebuild every school before winter," the mayor told reporters on Friday in Kherson.'
    curly = "“Prices will keep rising,” wrote the central bank in a report published Monday in its bulletin."
    assert {t for t, _, _ in content_words(unquoted(straight, False))} == {"mayor", "reporter", "kherson"}
    assert "price" not in {t for t, _, _ in content_words(unquoted(curly, False))}
    assert "bulletin" in {t for t, _, _ in content_words(unquoted(curly, False))}


def test_a_reporting_clause_too_short_to_say_anything_keeps_the_quotation() -> None:
    short = '"The talks went well," he said Monday.'
    assert unquoted(short, False) == short
    inside = 'will start in May," the foreign minister told reporters on Tuesday in Astana.'  # opens inside a quotation
    assert "May" not in unquoted(inside, True) and "Astana" in unquoted(inside, True)


def test_a_verb_listed_only_with_its_particle_is_no_event_word_alone() -> None:
    """verbs.txt lists "look_into" (investigate) and "hand_over" but not "look" or "hand": a headline word "look"
    or "hand" tells no act, while "arrest" (listed alone) does."""
    from tidings.fuse.mentions import event_words
    from tidings.fuse.text import stem

    words = event_words()
    assert stem("arrest") in words
    assert stem("look") not in words and stem("hand") not in words


def test_a_word_coded_only_in_a_bound_sense_is_no_event_word() -> None:
    """"FOUND guilty", "filed a CASE against": "a study finds", "a case of flu" tell no act, and headlines sharing
    "finds" or "case" are not one story (adverbials.toml `bound_act_words`)."""
    from tidings.fuse.mentions import event_words
    from tidings.fuse.text import stem

    words = event_words()
    assert stem("find") not in words and stem("case") not in words
    assert stem("convict") in words and stem("arrest") in words
