"""The cleaner's view of a text: trimmed lines grouped into blocks (paragraphs separated by blank lines)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tidings.clean.rules import Rules

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "‘": "'", "’": "'", "‚": "'", "′": "'"})


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    block: int  # index of the paragraph the line belongs to


def split_lines(text: str) -> list[Line]:
    """Non-empty trimmed lines, each knowing its block; runs of spaces become one space."""
    lines: list[Line] = []
    block = 0
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _SPACES.sub(" ", _INVISIBLE.sub("", raw)).strip()
        if line:
            lines.append(Line(line, block))
        elif lines and lines[-1].block == block:
            block += 1
    return lines


def join_lines(lines: list[Line]) -> str:
    """Lines of a block joined by newlines, blocks by a blank line."""
    blocks: list[list[str]] = []
    last = None
    for line in lines:
        if line.block != last:
            blocks.append([])
            last = line.block
        blocks[-1].append(line.text)
    return "\n\n".join("\n".join(block) for block in blocks)


_ENDS_SENTENCE = re.compile(r"[.!?…]['\"”’»)\]]*$")


def as_sentence(line: Line) -> Line:
    """A headline kept in the text, ended by a full stop when it has none: the parser otherwise reads
    the headline and the first sentence below it as one sentence (a blank line does not stop it)."""
    text = line.text if _ENDS_SENTENCE.search(line.text) else line.text.rstrip(" :;,-–—") + "."
    return Line(text, line.block)


def word_count(text: str) -> int:
    return len(text.split())


def comparable(text: str) -> str:
    """The form two copies of a line share: case, quotes, spacing and end punctuation ignored."""
    return " ".join(text.translate(_QUOTES).casefold().split()).rstrip(" .:;,!?")


def is_heading(text: str, rules: Rules) -> bool:
    """A short line that does not end like a sentence: a title, section heading or menu item."""
    words = word_count(text)
    if words == 0 or words > rules.number("title", "max_words"):
        return False
    if rules.pattern("body.heading_end_ok").search(text):
        return True
    return not rules.pattern("body.sentence_end").search(text)


def is_body(text: str, rules: Rules) -> bool:
    return word_count(text) > rules.number("body", "min_words") or not is_heading(text, rules)


def strip_bullet(text: str, rules: Rules) -> str:
    return rules.pattern("menu.bullet").sub("", text, count=1).strip()
