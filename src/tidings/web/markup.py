"""Article text as safe HTML with its recognized spans marked.

Article text is untrusted: every character of it goes through `markupsafe.escape`, and tags come
only from this module, with attribute values escaped too. Spans may overlap (an actor inside an
event sentence, a date inside a fact); they are rendered as properly nested elements by splitting
a span where another crosses it, so the text content of the output is the input text, character for
character (a control character other than tab and newline shown as its Control Picture, U+2400 +
code), and character offsets stay checkable in the browser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape

from tidings.views.formats import CONTROL_PICTURES, visible_controls

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
        out.append(str(escape(visible_controls(text[a:b]))))
    out += [f"</{usable[i].tag}>" for i in reversed(stack)]
    return Markup("".join(out))


def mark_snippet(snippet: str, open_char: str = "\x02", close_char: str = "\x03") -> Markup:
    """An FTS5 snippet with its match markers turned into <mark>, everything else escaped (control
    characters shown as Control Pictures). Unbalanced markers: the plain text, unmarked."""
    out: list[str] = []
    depth = 0
    for piece in re.split(f"({re.escape(open_char)}|{re.escape(close_char)})", snippet):
        if piece == open_char:
            depth += 1
            out.append("<mark>")
        elif piece == close_char:
            depth -= 1
            out.append("</mark>")
        else:
            out.append(str(escape(visible_controls(piece))))
        if depth not in (0, 1):
            break
    if depth != 0:
        plain = snippet.replace(open_char, "").replace(close_char, "")
        return Markup(escape(visible_controls(plain)))
    return Markup("".join(out))


def shown(value: object) -> object:
    """Jinja's `finalize` for every page: a plain string printed by a template (a title, an origin, a
    source name) has its control characters shown as Control Pictures before it is escaped; markup
    made here, and values that are not strings, pass as they are."""
    if isinstance(value, str) and not value.isprintable() and not isinstance(value, Markup):
        return value.translate(CONTROL_PICTURES)  # visible_controls, inlined: this runs for every value
    return value
