"""Tense of the clause a timex sits in, which decides where a bare weekday or month points.

"on Friday" in "met on Friday" is the last Friday, in "will meet on Friday" the next one. With a
spaCy Doc the verb the timex hangs from is found through the dependency tree; without one, a
word-level look at the sentence is the fallback. Word lists are in data/time/tense.toml.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from functools import lru_cache
from importlib.resources import files
from typing import Any

from tidings.time.normalize import AFTER_PAST, Tense

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z•\-*])")


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    raw = files("tidings").joinpath("data", "time", "tense.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


@lru_cache(maxsize=1)
def _fallback_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = _words()
    future = re.compile(r"\b(?:" + "|".join(words["future_phrases"]) + r")\b", re.IGNORECASE)
    past = re.compile(r"\b(?:" + "|".join(words["past_words"]) + r"|[a-z]{3,}ed)\b")
    return future, past


def sentence_starts(text: str, doc: Any = None) -> list[int]:
    """Start offsets of the sentences: the Doc's when given, else a punctuation split."""
    if doc is not None:
        try:
            return [s.start_char for s in doc.sents]
        except ValueError:  # a Doc without sentence boundaries
            pass
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def sentence_index(starts: list[int], offset: int) -> int:
    return max(bisect_right(starts, offset) - 1, 0)


@lru_cache(maxsize=1)
def _deadline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(re.escape(w) for w in _words()["deadline_nouns"])
    clock = r"(?:noon|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)\s+(?:on\s+)?"
    before = re.compile(
        rf"\b(?:{nouns})\s+(?:(?:of|for|on|at|to|is|was|set\s+for)\s+)?(?:{clock})?(?:the\s+)?$", re.IGNORECASE)
    after = re.compile(rf"(?:['’]s)?\s+(?:{nouns})\b", re.IGNORECASE)
    return before, after


def names_a_deadline(text: str, start: int, end: int) -> bool:
    """The timex at text[start:end] names a deadline: "a deadline of NOVEMBER 27", "the OCT. 31 deadline",
    "the filing deadline at noon on DEC. 20" (a clock time may stand between the noun and the day)."""
    before, after = _deadline_patterns()
    return before.search(text, max(0, start - 40), start) is not None or after.match(text, end) is not None


def tense_at(text: str, start: int, end: int, starts: list[int], doc: Any = None) -> Tense:
    """The tense of the clause around text[start:end]: past, present, future or None."""
    if names_a_deadline(text, start, end):
        return AFTER_PAST
    if doc is not None:
        tense = _tense_from_doc(doc, start, end)
        if tense != "unknown":
            return tense
    index = sentence_index(starts, start)
    sent_start = starts[index]
    sent_end = starts[index + 1] if index + 1 < len(starts) else len(text)
    return _tense_from_words(text[sent_start:sent_end], start - sent_start, end - sent_start)


def _tense_from_words(sentence: str, start: int, end: int) -> Tense:
    """The tense word nearest the timex in its sentence (a clause's verb is usually close)."""
    future, past = _fallback_patterns()
    best: tuple[int, Tense] | None = None
    after = tuple(w + " " for w in _words()["participle_after"])
    for pattern, tense in ((future, "future"), (past, "past")):
        for m in pattern.finditer(sentence):
            if start <= m.start() < end:
                continue
            if tense == "past" and m.group(0).endswith("ed") and sentence[: m.start()].lower().endswith(after):
                continue
            distance = start - m.end() if m.end() <= start else m.start() - end
            if best is None or distance < best[0]:
                best = (distance, tense)
    return best[1] if best else None


def _tense_from_doc(doc: Any, start: int, end: int) -> Tense | str:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "unknown"
    verb = span.root
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return "unknown"
    if _planned_for(span.root, verb) and not WEEKDAY.search(span.text):
        return AFTER_PAST
    return _tense_of_verb(verb, depth=0)


# a weekday a past plan was made for ("had been planned for Friday") may be the last one or the next one
WEEKDAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b", re.IGNORECASE)


def _planned_for(root: Any, verb: Any) -> bool:
    """ "had scheduled the vote FOR Dec. 15", "the talks were planned FOR March 3": the day a plan is made
    for lies after the planning, which a past tense tells; so before or after today (the nearest reading),
    not in the past the tense points to. Only with "for" on a verb of planning: "had set fire to it ON
    March 3" tells the act's own day. A weekday is left to the clause's tense (the caller checks)."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "for" and prep.head.i == verb.i \
        and verb.lemma_.lower() in _words()["future_lemmas"] and _past_or_perfect(verb)


def _past_or_perfect(verb: Any) -> bool:
    """A verb told as done: a past or pluperfect ("scheduled", "were planned", "had set"), or a perfect."""
    return simple_past(verb) or any(a.dep_ in ("aux", "auxpass") and a.lemma_ == "have" for a in verb.children)


def _looks_ahead(head: Any, words: dict[str, Any]) -> bool:
    """An infinitive under a verb of directing or deciding happens after it: "ordered them to leave
    by June 10", "agreed to meet on Friday"."""
    return head.pos_ == "VERB" and head.lemma_.lower() in words["infinitive_ahead"]


def _told_done(head: Any, words: dict[str, Any]) -> bool:
    """An infinitive under a verb of deciding in the past tense tells the act as done then ("decided to
    reopen the investigation IN MAY": last May), where other verbs look ahead ("agreed to meet on Friday")."""
    return head.tag_ == "VBD" and head.lemma_.lower() in words["told_done"]


def simple_past(verb: Any) -> bool:
    """A verb told in the past ("asked", "were instructed"), not a present or perfect one."""
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in verb.children if a.dep_ in ("aux", "auxpass"))


# a preposition that counts from a start: its gerund tells an act done before now, whatever the clause's tense
SINCE_WORDS = frozenset({"since"})


def _bare_gerund(verb: Any) -> bool:
    """A gerund without auxiliaries after a preposition ("pleaded guilty to THREATENING to kill ... in
    March"): it has no time of its own but that of the clause it belongs to."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _governing_verb(verb: Any) -> Any:
    node = verb.head
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _tense_of_verb(verb: Any, depth: int) -> Tense:
    words = _words()
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in auxes}
    if aux_words & set(words["future_auxiliaries"]):
        return "future"
    if "to" in aux_words and verb.tag_ == "VB" and depth < 3 and verb.head is not verb:
        head = verb.head
        if head.lemma_.lower() in words["future_lemmas"]:
            return "future"
        if head.lemma_.lower() == "be" and head.tag_ in ("VBZ", "VBP", "VBD"):
            return AFTER_PAST if head.tag_ == "VBD" else "future"  # "is to meet on Thursday": a plan ahead
        if _told_done(head, words):
            return "past"
        if _looks_ahead(head, words) and not _bare_gerund(head):
            return AFTER_PAST if simple_past(head) else "future"
        return _tense_of_verb(head, depth + 1)
    if _bare_gerund(verb) and verb.head.lower_ in SINCE_WORDS:
        return "past"  # "the first test of its resolve SINCE AGREEING a bailout AT THE WEEKEND": a start gone by
    if _bare_gerund(verb) and depth < 3:
        governing = _governing_verb(verb)
        if governing is not None:
            return _tense_of_verb(governing, depth + 1)
    if verb.tag_ == "VBN" and verb.lemma_.lower() in words["future_lemmas"] and not any(a.tag_ == "VBD" for a in auxes):
        return _scheduled(verb, depth)  # "a vote scheduled for June 3", "talks are set for Friday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and (not auxes or aux_words & {"has", "have", "'ve", "had"}):
        return "past"
    if verb.lemma_.lower() in words["future_lemmas"] and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    if verb.tag_ in ("VBZ", "VBP", "VBG", "VB"):
        return "future" if verb.tag_ in ("VBZ", "VBP") and _scheduled_present(verb, depth) else "present"
    return None


def _scheduled_present(verb: Any, depth: int) -> bool:
    """A present tense inside a future sentence tells a schedule: a relative clause ("will tour during
    the trek, which KICKS OFF June 9th") or a conjunct ("will tour ... and CONCLUDES October 10th") of
    a clause about the future lies ahead too."""
    if depth >= 3 or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "relcl":
        governing = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    elif verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        governing = verb.head
    else:
        return False
    return governing is not None and _tense_of_verb(governing, depth + 1) == "future"


def _scheduled(verb: Any, depth: int) -> Tense:
    """A time something is "scheduled for", "planned for", "set for" lies ahead of the clause that tells
    of the plan: ahead of today in "a vote scheduled for June 3 will decide", but in a past clause ("Trump
    canceled an increase PLANNED FOR Oct. 15") the plan's day may already be past, so the nearest reading
    of the date stands."""
    if verb.dep_ in ("acl", "amod") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and depth < 3:
        governing = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governing is not None and _tense_of_verb(governing, depth + 1) == "past":
            return None
    return "future"
