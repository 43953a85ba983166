"""Coding plain text: parse, find actors and time expressions, then code (for `tidings code` and evals).

The actor base and the temporal engine are other stages; they are imported when first used so that
this module loads even where only the coder is needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from tidings.config import Settings
from tidings.events.code import code_events
from tidings.events.patterns import PatternBook
from tidings.ids import sha256_text, stable_id
from tidings.nlp import get_nlp
from tidings.records import ActorMention, DateValue, Event, StoryDate, Timex


@lru_cache(maxsize=1)
def _default_base() -> Any:
    from tidings.actors import load_actor_base

    return load_actor_base()


def valid_date(date: str | None) -> str | None:
    """The date as an ISO year, year-month or day when it is a real one (a datetime keeps its day), else
    None: "2024-13-45" must not become the events' date, nor anchor "on Tuesday" or date actors' roles."""
    from tidings.time.values import point_of

    point = point_of(date)
    return point.value if point is not None else None


def story_date_of(date: str | None) -> StoryDate:
    date = valid_date(date)
    if not date:
        return StoryDate(None)
    return StoryDate(DateValue(date, date, date) if len(date) == 10 else DateValue(date), "published", 1.0)


def actors_of(doc: Doc, date: str | None, base: Any = None) -> list[ActorMention]:
    from tidings.actors import find_actors

    return list(find_actors(doc, date, base if base is not None else _default_base()))


def timexes_of(doc: Doc, date: str | None) -> list[Timex]:
    from tidings.time import find_timexes

    return list(find_timexes(doc.text, date, doc=doc))


def code_doc(doc: Doc, date: str | None, doc_id: str | None = None, base: Any = None,
             book: PatternBook | None = None) -> list[Event]:
    """Events of an already parsed text; an invalid `date` is ignored (as if none were given)."""
    date = valid_date(date)
    doc_id = doc_id or stable_id("d", sha256_text(doc.text))
    return code_events(doc, doc_id, actors_of(doc, date, base), timexes_of(doc, date), story_date_of(date), book)


def code_text(text: str, date: str | None, base: Any = None, book: PatternBook | None = None) -> list[Event]:
    """Parse `text` with the configured spaCy pipeline and code its events; `date` anchors relative
    dates ("on Tuesday") and dates the actors' roles."""
    nlp = get_nlp(Settings())
    return code_doc(nlp(text), date, base=base, book=book)


def code_texts(texts: Iterable[tuple[str, str | None]], base: Any = None, book: PatternBook | None = None,
               batch_size: int = 64) -> Iterator[tuple[Doc, list[Event]]]:
    """Batched: (doc, events) for each (text, date), parsing with nlp.pipe in this process."""
    nlp = get_nlp(Settings())
    items = list(texts)
    docs = nlp.pipe((t for t, _ in items), batch_size=batch_size)
    for (_, date), doc in zip(items, docs, strict=True):
        yield doc, code_doc(doc, date, base=base, book=book)
