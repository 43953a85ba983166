"""Builders for hand-made coder inputs: actor mentions found by name, time expressions by words."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tidings.analysis import code_text
from tidings.records import ActorMention, ActorRef, Event, Timex

Actors = dict[str, tuple[str | None, str | None]]
Coder = Callable[..., list[Event]]

def mentions(doc: Doc, actors: Actors) -> list[ActorMention]:
    """An ActorMention for every occurrence of each given name: text → (country, sector)."""
    sentence_of = {t.idx: i for i, s in enumerate(doc.sents) for t in s}
    out = []
    for name, (country, sector) in actors.items():
        start = doc.text.find(name)
        while start >= 0:
            span = doc.char_span(start, start + len(name), alignment_mode="expand")
            if span is not None:
                ref = ActorRef(name, start, start + len(name), actor_id=f"{country}:{name}", name=name,
                               country=country, sector=sector)
                out.append(ActorMention(ref, sentence_of.get(span[0].idx, 0)))
            start = doc.text.find(name, start + 1)
    return out


def timex(text: str, words: str, value: str, earliest: str | None = None, latest: str | None = None) -> Timex:
    start = text.index(words)
    return Timex(start, start + len(words), words, "DATE", value, earliest or value, latest or value)


def coded_sides(events: list[Event], prefixes: tuple[str, ...] = ("",), besides: tuple[str, ...] = ()
                ) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of the events whose code starts with one of `prefixes` and
    with none of `besides`: what the lexicon tests compare."""
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if e.cameo.startswith(prefixes) and not (besides and e.cameo.startswith(besides))]


def plover_types(text: str, day: str = "2026-03-10") -> list[str]:
    """The PLOVER types of the events coded on a passage, in text order (statements left out)."""
    return [str(e.plover) for e in code_text(text, day) if e.plover]


def dates(text: str, story: str) -> dict[str, tuple[str | None, str | None]]:
    """What the dating tests compare: verb text -> (date value, evidence) of each PLOVER-typed event
    `code_text` gives."""
    return {text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "": (e.date.value if e.date else None,
                                                                          e.date_evidence)
            for e in code_text(text, story) if e.plover}


def coded_modes(text: str, prefixes: tuple[str, ...], day: str = "2025-06-01"
                ) -> list[tuple[str, str | None, str | None, str]]:
    """(CAMEO code, source country, target country, mode) of the events coded on a passage whose code starts with
    one of `prefixes`: what the event-noun tests compare."""
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None, e.mode)
            for e in code_text(text, day) if e.cameo.startswith(prefixes)]
