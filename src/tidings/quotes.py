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


def quotation_marks(text: str, offset: int) -> tuple[int, int | None] | None:
    """(offset of the opening mark, offset of the closing mark or None when the quotation runs to the paragraph's
    end) of the quotation `offset` stands in (`in_direct_speech`), within its paragraph; None outside one."""
    if not in_direct_speech(text, offset):
        return None
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    opening = max(text.rfind(mark, start, offset) for mark in OPEN_QUOTES + '"')
    closings = [i for mark in CLOSE_QUOTES + '"' if (i := text.find(mark, offset, end)) >= 0]
    return max(opening, start), (min(closings) if closings else None)
