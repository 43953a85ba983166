"""Direct speech: whether a place in a text stands inside quotation marks.

Shared by the stages that must not take a speaker's words for the narrator's: a quoted figure is not a
fact of the article (facts), and a quoted past is not the episode the article narrates (event dating).
A quotation is looked for within the place's paragraph (since the last line break): news paragraphs
close their quotes, and a stray mark must not spill over the rest of the article.
"""

from __future__ import annotations

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"


def in_direct_speech(text: str, offset: int) -> bool:
    """The last curly quote mark before `offset` in its paragraph opens a quotation, or an odd number
    of straight double quotes stands there."""
    before = text[text.rfind("\n", 0, offset) + 1 : offset]
    for char in reversed(before):
        if char in OPEN_QUOTES:
            return True
        if char in CLOSE_QUOTES:
            break
    return before.count('"') % 2 == 1
