"""Article text as safe HTML with its recognized spans marked.

Article text is untrusted: every character of it goes through `markupsafe.escape`, and tags come
only from this module, with attribute values escaped too. Spans may overlap (an actor inside an
event sentence, a date inside a fact); they are rendered as properly nested elements by splitting
a span where another crosses it, so the text content of the output is exactly the input text and
character offsets stay checkable in the browser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape

ALLOWED_TAGS = frozenset({"mark", "span", "a"})


@dataclass(frozen=True, slots=True)
class Span:
    """A marked range [start, end) of the text; lower `rank` nests outside higher."""

    start: int
    end: int
    rank: int
    tag: str = "span"
    attrs: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    def open_tag(self, first: bool) -> str:
        """The start tag; an `id` goes on the first piece only, so ids stay unique."""
        if self.tag not in ALLOWED_TAGS:
            raise ValueError(f"tag {self.tag!r} not allowed")
        parts = [self.tag]
        for name, value in self.attrs:
            if name == "id" and not first:
                continue
            if not name.replace("-", "").isalnum() or name.lower().startswith("on"):
                raise ValueError(f"attribute {name!r} not allowed")
            parts.append(f'{name}="{escape(value)}"')
        return "<" + " ".join(parts) + ">"


def render_spans(text: str, spans: list[Span]) -> Markup:
    """Escape `text` and wrap each span's characters in its element, nesting by rank."""
    usable = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    order = sorted(range(len(usable)), key=lambda i: (usable[i].rank, usable[i].start, -usable[i].end, i))
    position = {i: n for n, i in enumerate(order)}
    cuts = sorted({0, len(text), *(s.start for s in usable), *(s.end for s in usable)})
    out: list[str] = []
    stack: list[int] = []
    opened: set[int] = set()
    starts: dict[int, list[int]] = {}
    for i, s in enumerate(usable):
        starts.setdefault(s.start, []).append(i)
    active: set[int] = set()
    for a, b in pairwise(cuts):
        active = {i for i in active if usable[i].end > a} | set(starts.get(a, ()))
        want = sorted(active, key=position.__getitem__)
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep] == want[keep]:
            keep += 1
        for i in reversed(stack[keep:]):
            out.append(f"</{usable[i].tag}>")
        for i in want[keep:]:
            out.append(usable[i].open_tag(first=i not in opened))
            opened.add(i)
        stack = want
        out.append(str(escape(text[a:b])))
    out += [f"</{usable[i].tag}>" for i in reversed(stack)]
    return Markup("".join(out))


def mark_snippet(snippet: str, open_char: str = "\x02", close_char: str = "\x03") -> Markup:
    """An FTS5 snippet with its match markers turned into <mark>, everything else escaped."""
    escaped = str(escape(snippet.replace(open_char, "\x00o").replace(close_char, "\x00c")))
    balanced = escaped.replace("\x00o", "<mark>").replace("\x00c", "</mark>")
    if balanced.count("<mark>") != balanced.count("</mark>"):
        return Markup(escape(snippet.replace(open_char, "").replace(close_char, "")))
    return Markup(balanced)
