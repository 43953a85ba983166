"""Timeline headlines built from the coded happening: who, what, whom, where.

"Xi Jinping (China) visited Kazakhstan in Astana" is read faster and trusted more than a sentence cut
at a length: the actors are the coder's resolved actors (canonical name, with the country of a person
or body), the verb phrase comes from the event's CAMEO code (or its PLOVER type) in
`data/fusion/headline_verbs.tsv`, the place from the event's location. A happening without a coded
event that names both sides (a dated statement, a fact, an event whose target is unknown) is headed
by the shortest clear clause of its evidence. Every headline fits `HEADLINE_CHARS`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files

from tidings.fuse.dates import EVIDENCE_RANK
from tidings.fuse.mentions import Mention, clause_around
from tidings.fuse.text import content_words

HEADLINE_CHARS = 120
MIN_CLAUSE_WORDS = 4  # a clause with fewer content words is not clear on its own
MIN_PIECE_WORDS = 3  # one of two coordinated clauses stands alone with this many (as in `clause_around`)
QUOTES = "\"“”‘’'«» "


@lru_cache(maxsize=1)
def verb_phrases() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for line in (files("tidings") / "data" / "fusion" / "headline_verbs.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if not line.startswith("#") and len(cells) == 3:
            out[cells[0]] = (cells[1], cells[2])
    return out


def verb_phrase(cameo: str | None, plover: str | None, planned: bool) -> str | None:
    """The phrase of the longest listed CAMEO prefix, else of the PLOVER type."""
    table = verb_phrases()
    code = cameo or ""
    keys = [code[:n] for n in range(len(code), 1, -1)] + [f"PLOVER:{plover}"]
    for key in keys:
        if key in table:
            return table[key][1 if planned else 0]
    return None


def headline(mentions: Sequence[Mention]) -> str:
    """The happening's headline: from its best coded event, else its shortest clear evidence clause."""
    return coded_headline(mentions) or evidence_headline(mentions)


def headline_event(mentions: Sequence[Mention]) -> Mention | None:
    """The event a headline is built from: a typed event naming both sides, done before planned, then
    the better-dated, the more prominent actors, then by its words (never by ids, which name inputs)."""
    usable = [m for m in mentions if m.kind == "event" and m.plover and m.source_label and m.target_label
              and m.source_label != m.target_label]
    if not usable:
        return None
    return min(usable, key=lambda m: (m.mode != "factual", -EVIDENCE_RANK[m.claim.evidence], -m.prominence,
                                      m.sentence[0], m.cameo or "", m.source_label or "", m.target_label or ""))


def coded_headline(mentions: Sequence[Mention]) -> str | None:
    main = headline_event(mentions)
    if main is None or main.source_label is None or main.target_label is None:
        return None
    planned = all(m.mode == "future" for m in mentions if m.kind == "event")
    phrase = verb_phrase(main.cameo, main.plover, planned)
    if phrase is None:
        return None
    place = _place(main)
    for source, target, where in ((main.source_label, main.target_label, place),
                                  (main.source_label, main.target_label, ""),
                                  (_short(main.source_label), _short(main.target_label), "")):
        text = _join(source, phrase, target) + where
        if len(text) <= HEADLINE_CHARS:
            return text
    return cut_headline(_join(_short(main.source_label), phrase, _short(main.target_label)))


def _join(source: str, phrase: str, target: str) -> str:
    return f"{source} {phrase.replace('{t}', target)}" if "{t}" in phrase else f"{source} {phrase} {target}"


def _place(m: Mention) -> str:
    """" in Astana", unless the place is already named by the target ("visited Kazakhstan in Kazakhstan")."""
    where = " ".join((m.location or "").split())
    if not where or any(where.lower() in (label or "").lower() for label in (m.source_label, m.target_label)):
        return ""
    return f" in {where}"


def _short(label: str) -> str:
    """A label without its bracketed country, for a headline that would be too long."""
    return re.sub(r"\s*\([^)]*\)$", "", label)


def evidence_headline(mentions: Sequence[Mention]) -> str:
    """The shortest clause of the evidence that is clear on its own (the clause that holds the date for a
    dated statement, else the sentence), events before statements before facts."""
    rank = {"event": 0, "statement": 1, "fact": 2}
    candidates = []
    for i, m in enumerate(mentions):
        clause = " ".join(_clause(m).split()).strip(QUOTES)
        clear = len(content_words(clause)) >= MIN_CLAUSE_WORDS
        candidates.append((not clear, rank[m.kind], m.claim.bound_only, len(clause), clause, i))
    if not candidates:
        return ""
    return cut_headline(min(candidates)[4])


def _clause(m: Mention) -> str:
    """The clause that holds the statement's date; of two clauses coordinated with ", and" / ", but", the
    one that holds it when it stands alone ("We declared independence on December 16th, and by January 3
    the minister arrived": the first, for the independence)."""
    if m.timex_span is None:
        return m.text
    offset = m.sentence[0]
    local = (m.timex_span[0] - offset, m.timex_span[1] - offset)
    clause = clause_around(m.text, (0, len(m.text)), local)
    start = m.text.find(clause)
    if start < 0:
        return clause
    piece = _piece(clause, local[0] - start, r",(?= (?:and|but) )")
    return piece if len(content_words(piece)) >= MIN_PIECE_WORDS else clause


def _piece(clause: str, at: int, pattern: str) -> str:
    """The part of `clause` between two matches of `pattern` (commas) that holds position `at`."""
    cuts = [0, *(match.start() + 1 for match in re.finditer(pattern, clause)), len(clause) + 1]
    for left, right in itertools.pairwise(cuts):
        if left <= at < right:
            return re.sub(r"^(?:and|but) ", "", clause[left:right - 1].strip(" ,"))
    return ""


def cut_headline(text: str) -> str:
    text = text.rstrip(" ,;:")
    if len(text) <= HEADLINE_CHARS:
        return text
    return text[: HEADLINE_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
