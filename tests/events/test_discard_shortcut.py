"""The discard scan's word-run shortcut (`Discards._names_no_phrase`) must answer as the phrase regexes do:
it only skips the regexes when no phrase can match."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.events.discards import Discards, load_discards, read_discards

TEXTS = [
    "Italy beat Spain in the World Cup final on Sunday.",  # a story phrase
    "The Champions-League draw was held.",  # a hyphen joins the words: no phrase there
    "The world's cup of coffee; the world cup.",
    "Protesters marched in Paris against the pension reform.",
    "The Grand  Prix was cancelled after the Davis Cup tie.",  # spaces between words
    "Kelvin \u212a and \u0130stanbul: the Davis Cup tie in \u0130zmir.",  # non-ASCII letters
    "grand prix-style racing",
    "Xworld cup",
    "",
]


def plain(discards: Discards) -> Discards:
    return Discards(discards.story, discards.sentence, discards.hazard, None)


def test_the_shortcut_answers_as_the_regexes_on_the_shipped_phrases() -> None:
    shipped = load_discards()
    assert shipped.runs is not None  # the shortcut is on for the shipped file
    for text in TEXTS:
        assert shipped.story_scan(text) == plain(shipped).story_scan(text), text


def test_a_phrase_with_other_letters_turns_the_shortcut_off(tmp_path: Path) -> None:
    path = tmp_path / "discards.txt"
    path.write_text("+COPA AM\u00c9RICA\nfootball\n", encoding="utf-8")
    assert read_discards(path).runs is None


WORDS = st.sampled_from(["world", "cup", "World", "CUP", "davis", "grand", "prix", "the", "-", ".", " ", "  ",
                         "champions", "league", "x", "\u0130", "football", "tennis", "tournament"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=12))
def test_the_shortcut_answers_as_the_regexes_on_any_text(words: list[str]) -> None:
    shipped = load_discards()
    text = " ".join(words) if len(words) % 2 else "".join(words)
    assert shipped.story_scan(text) == plain(shipped).story_scan(text)
