"""Phoenix discards: phrases that mark a story or a sentence as sports, entertainment or the like.

The Phoenix coder (Open Event Data Alliance) drops a whole story that names "Champions League" or "FIFA"
(a `+` line of the discard dictionary) and a sentence that names "Davis Cup" or "football": a match is
"won", "beaten" and "attacked" in words that otherwise report conflict. tidings reads the dictionary as
shipped (data/patterns/phoenix_discards.txt), except the lines that drop retold history (years, "YEARS AGO",
"LATER", the world wars): news events include background told with its own date. The lines that name a
disease or a natural hazard ("EBOLA", "BIRD FLU", "TYPHOON") are read as hazards: an epidemic or a storm
"kills" and "hits" with no doer, so a sentence naming one gives no violence, but aid against it, a
quarantine or talks about it are still events ("the EU has provided 1.2 billion euros to end the Ebola
outbreak").

A story that names several different sentence-level phrases ("Davis Cup", "tennis", "tournament") is a sports
or entertainment story as a whole, even where the dictionary has no `+` line for it: its other sentences
("Why have some Belgian fans boycotted the event?") tell the same match in conflict words without the phrase.
One phrase is not enough (a political story may name "football" or "pollution" once, or many times).

A sentence that ends in a question mark asks and asserts nothing: "Why have some Belgian fans boycotted the
event?", "But will we still call it the Sylphy once it arrives here?", 'Malaska asked, "Could it live in
Titan?"'. It is dropped like a sports sentence (none of the real-news gold events is told in a question).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tidings.errors import TidingsError
from tidings.events.patterns import load_word_classes, patterns_dir, read_pattern_file

# distinct sentence-level phrases that make a whole story sports or entertainment (see the module docstring)
STORY_PHRASES = 3

# a sentence ending in "?" (closing quotes and brackets after it allowed)
_QUESTION = re.compile(r"\?[\s\"'”’»)\]]*$")

# retold history: years, "YEARS AGO", "... LATER", the world wars, "ATTACK ON PEARL HARBOR", "APRIL 1942"
_EDGE = re.compile(r"[\w-]")  # a character that a phrase's edges (`_regex`) may not touch

_SKIPPED = re.compile(r"^[\d\s]+$|\b(LATER|AGO|WARS?|PEARL HARBOR)\b|\b1\d{3}\b", re.IGNORECASE)

_RUN = re.compile(r"[\w-]+")  # a maximal run of the characters a phrase's edges may not touch


@dataclass(frozen=True, slots=True)
class Discards:
    story: re.Pattern[str] | None
    sentence: re.Pattern[str] | None
    hazard: re.Pattern[str] | None = None
    # the word runs of every story and sentence phrase, keyed by its longest run (`_phrase_runs`), or None
    runs: dict[str, tuple[frozenset[str], ...]] | None = None

    def story_hit(self, text: str) -> str | None:
        """A `+` phrase, or else the third different sentence-level phrase the story names."""
        return self.story_scan(text)[0]

    def story_scan(self, text: str) -> tuple[str | None, bool]:
        """`story_hit`, and whether the text names any sentence-level phrase at all: when it names none, no
        sentence of it can (`sentence_hit(..., phrases=False)` then skips the search), unless a sentence
        begins or ends against a word character or hyphen, where the phrase's word edges differ."""
        if self._names_no_phrase(text):
            return None, False
        found = self.story.search(text) if self.story is not None else None
        if found:
            return found.group(0), True
        return self._many_phrases(text)

    def _names_no_phrase(self, text: str) -> bool:
        """Whether the text lacks some word run of every phrase, so neither regex can match: a phrase's words
        are whole runs of word characters and hyphens in any text it matches (its edges touch none, and the
        characters between its runs are matched literally). The phrases are ASCII; a text run with other
        letters is left to the regexes, whose case folding `str.lower` does not copy. The regexes,
        alternations of hundreds of phrases, cost a tenth of the coder's time on short texts; set lookups
        per word do not."""
        if self.runs is None:
            return False
        runs = {run.lower() for run in _RUN.findall(text)}
        if not all(run.isascii() for run in runs):
            return False
        return not any(needed <= runs for key in runs.intersection(self.runs) for needed in self.runs[key])

    def _many_phrases(self, text: str) -> tuple[str | None, bool]:
        if self.sentence is None:
            return None, False
        seen: set[str] = set()
        for hit in self.sentence.finditer(text):
            seen.add(" ".join(hit.group(0).lower().split()).removesuffix("s"))  # "champion", "champions": one
            if len(seen) >= STORY_PHRASES:
                return hit.group(0), True
        return None, bool(seen)

    def sentence_hit(self, text: str, phrases: bool = True) -> str | None:
        """A sentence-level phrase, or "?" for a question (it asserts no act). `phrases=False`: the caller
        knows the text names no phrase (`story_scan`), only the question is looked for."""
        found = self.sentence.search(text) if phrases and self.sentence is not None else None
        if found:
            return found.group(0)
        return "?" if _QUESTION.search(text) else None

    def hazard_hit(self, text: str) -> str | None:
        """A disease or natural hazard named in the sentence: its violence has no doer."""
        found = self.hazard.search(text) if self.hazard is not None else None
        return found.group(0) if found else None


def word_edge(text: str, start: int, end: int) -> bool:
    """Whether the slice text[start:end] begins or ends against a word character or a hyphen, where a phrase's
    edges (`_regex`) read differently in the slice than in the whole text."""
    return (start > 0 and _EDGE.match(text, start - 1) is not None) or \
        (end < len(text) and _EDGE.match(text, end) is not None)


def _regex(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _whole_words(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


def read_discards(path: Path) -> Discards:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise TidingsError("T501", str(path), f"discard file unreadable ({exc.strerror})") from None
    story: list[str] = []
    sentence: list[str] = []
    hazard: list[str] = []
    hazards = _whole_words(load_word_classes().hazard_words)  # diseases and natural hazards (word_classes.toml)
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        phrase = line.lstrip("+").strip()
        if not phrase or _SKIPPED.search(phrase):
            continue
        if line.startswith("+"):
            story.append(phrase)
        else:
            (hazard if hazards.search(phrase) else sentence).append(phrase)
    return Discards(_regex(story), _regex(sentence), _regex(hazard), _phrase_runs(story + sentence))


def _phrase_runs(phrases: list[str]) -> dict[str, tuple[frozenset[str], ...]] | None:
    """Each phrase's lower-cased word runs, keyed by its longest run (`Discards._names_no_phrase`); None when
    a phrase is not ASCII (the shortcut would then not be exact)."""
    keyed: dict[str, list[frozenset[str]]] = {}
    for phrase in phrases:
        runs = [run.lower() for run in _RUN.findall(phrase)]
        if not runs or not phrase.isascii():
            return None
        keyed.setdefault(max(runs, key=len), []).append(frozenset(runs))
    return {key: tuple(sets) for key, sets in keyed.items()}


@lru_cache(maxsize=1)
def load_discards() -> Discards:
    """The shipped discard phrases, read once per process."""
    return read_discards(patterns_dir() / "phoenix_discards.txt")


@dataclass(frozen=True, slots=True)
class Outsiders:
    """Doers and sufferers outside politics (word_classes.toml): harms with no doer (fires, crashes, diseases),
    the motions of an accident, the people of private life whose crimes against each other the real-news
    guidelines do not code, and one's own people, whom praising is no act towards another actor."""

    harms: frozenset[str]
    accident_verbs: frozenset[str]
    private_doers: frozenset[str]
    private_victims: frozenset[str]
    own_people: frozenset[str] = frozenset()
    deed_nouns: frozenset[str] = frozenset()
    gunfire_words: frozenset[str] = frozenset()  # harms whose word also names gunfire ("fire")
    # a demand by modal asks another party for an act: not the speaker's own side, a state or a thing
    own_voice: frozenset[str] = frozenset()
    state_verbs: frozenset[str] = frozenset()
    pointing_pronouns: frozenset[str] = frozenset()
    # "asked WHETHER ...", "'What is ...?' he asked": a question asked, not a request
    question_verbs: frozenset[str] = frozenset()
    question_words: frozenset[str] = frozenset()
    # "would like us to KNOW": wanting someone to know is telling
    knowing_verbs: frozenset[str] = frozenset()
    wanting_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_outsiders() -> Outsiders:
    """The shipped lists, read once per process."""
    data = read_pattern_file(patterns_dir() / "word_classes.toml", "word classes")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, []))

    return Outsiders(words("doerless_harms"), words("accident_verbs"), words("private_doers"),
                     words("private_victims"), words("own_people"), words("deed_nouns"), words("gunfire_words"),
                     words("own_voice"), words("state_verbs"), words("pointing_pronouns"), words("question_verbs"),
                     words("question_words"), words("knowing_verbs"), words("wanting_verbs"))
