"""The one analyzer: the per-document chain of stages, assembled here and nowhere else.

Every entry point that turns text into events goes through an `Analyzer` built from `Settings` by
`analyzer_for`: `tidings ingest` and `run` (through the engines), fusion's re-analysis of a re-anchored
document, the web ingest, `tidings code`, `tidings timex` and every `tidings eval`. So the spaCy
pipeline, the actor base (with the user's `actor_files`) and the pattern book are the same wherever a
text is coded, and the evaluations measure the production chain.

Two ways through the same stages:
- `Analyzer.analyze` for a cleaned `Document`: story date from the page and the text, time
  expressions, actors, events, facts (what the store keeps);
- `Analyzer.code` for a bare sentence or passage with a known date (the coder's evaluations and
  `tidings code`): the date given is the story date; time expressions, actors and events as above.

This module sits above the analysis stages (nlp, time, actors, events, facts) and below the store,
fusion and the engines, which only call it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from tidings.actors import ActorBase, configured_paths, find_actors, load_actor_base
from tidings.clean import to_document
from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.events.code import code_events
from tidings.events.patterns import PatternBook, load_patterns
from tidings.facts import find_facts
from tidings.ids import sha256_text, stable_id
from tidings.nlp import entities_of, get_nlp, sentences_of
from tidings.records import ActorMention, AnalyzedDocument, DateValue, Document, Event, RawDocument, StoryDate, Timex
from tidings.time import analyze_time, find_timexes
from tidings.time.values import point_of


@dataclass(frozen=True)
class Analyzer:
    """The spaCy pipeline, the actor base and the pattern book every stage of one chain uses."""

    nlp: Language
    actors: ActorBase
    book: PatternBook

    def parse(self, text: str) -> Doc:
        return self.nlp(text)

    def parse_many(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        """nlp.pipe in this process (workers are the engines' business)."""
        yield from self.nlp.pipe(texts, batch_size=max(1, batch_size))

    def analyze(self, document: Document, doc: Doc | None = None, story_date: str | None = None) -> AnalyzedDocument:
        """All per-document stages over one cleaned document (parsed here unless `doc` is given).

        `story_date` overrides the reference date (fusion uses it to re-anchor a repost).
        """
        doc = doc if doc is not None else self.parse(document.text)
        when, timexes = analyze_time(document.text, document.published, doc, story_date=story_date)
        role_date = when.date.value if when.date else None
        mentions = find_actors(doc, role_date, self.actors)
        analyzed = AnalyzedDocument(
            document=document,
            sentences=sentences_of(doc),
            entities=entities_of(doc),
            timexes=timexes,
            story_date=when,
            actors=mentions,
            events=code_events(doc, document.id, mentions, timexes, when, self.book),
            facts=find_facts(doc, document.id, timexes, mentions),
        )
        check_offsets(analyzed)
        return analyzed

    def code(self, doc: Doc, date: str | None, doc_id: str | None = None) -> list[Event]:
        """Events of a parsed sentence or passage whose date is known; an invalid `date` is ignored."""
        date = valid_date(date)
        doc_id = doc_id or stable_id("d", sha256_text(doc.text))
        mentions = list(find_actors(doc, date, self.actors))
        timexes = self.timexes(doc.text, date, doc)
        return code_events(doc, doc_id, mentions, timexes, story_date_of(date), self.book)

    def code_text(self, text: str, date: str | None) -> list[Event]:
        return self.code(self.parse(text), date)

    def code_texts(self, items: Iterable[tuple[str, str | None]], batch_size: int = 64
                   ) -> Iterator[tuple[Doc, list[Event]]]:
        """(doc, events) for each (text, date), parsing in batches."""
        items = list(items)
        docs = self.parse_many((t for t, _ in items), batch_size)
        for (_, date), doc in zip(items, docs, strict=True):
            yield doc, self.code(doc, date)

    def timexes(self, text: str, anchor: str | None, doc: Doc | None = None) -> list[Timex]:
        """The time expressions of a text resolved against `anchor` (no story-date detection)."""
        return list(find_timexes(text, anchor, doc))


@lru_cache(maxsize=4)
def analyzer_for(settings: Settings) -> Analyzer:
    """The analyzer of these settings, built once per process (model, actor tables, patterns)."""
    return Analyzer(get_nlp(settings), load_actor_base(configured_paths(settings)), load_patterns())


def analyze(document: Document, doc: Doc, settings: Settings | None = None,
            story_date: str | None = None) -> AnalyzedDocument:
    """`Analyzer.analyze` with the analyzer of `settings` (default settings when None)."""
    return analyzer_for(settings or Settings()).analyze(document, doc, story_date=story_date)


def analyze_text(text: str, published: str | None = None, origin: str = "<text>",
                 settings: Settings | None = None) -> AnalyzedDocument:
    """Convenience for the Python API: clean and analyze one plain text."""
    settings = settings or Settings()
    given = {"published": published} if published else {}
    document = to_document(RawDocument(origin=origin, content=text, given=given), settings)
    return analyzer_for(settings).analyze(document)


def code_text(text: str, date: str | None, settings: Settings | None = None) -> list[Event]:
    """Parse `text` and code its events; `date` anchors relative dates ("on Tuesday") and dates the
    actors' roles (the analyzer of `settings`, default settings when None)."""
    return analyzer_for(settings or Settings()).code_text(text, date)


def code_texts(items: Iterable[tuple[str, str | None]], settings: Settings | None = None,
               batch_size: int = 64) -> Iterator[tuple[Doc, list[Event]]]:
    """Batched `code_text`: (doc, events) for each (text, date)."""
    return analyzer_for(settings or Settings()).code_texts(items, batch_size)


def actors_of(doc: Doc, date: str | None, settings: Settings | None = None) -> list[ActorMention]:
    """The actor mentions the analyzer of `settings` finds in a parse (roles dated at `date`)."""
    return list(find_actors(doc, valid_date(date), analyzer_for(settings or Settings()).actors))


def timexes_of(doc: Doc, date: str | None) -> list[Timex]:
    """The time expressions of a parse resolved against `date` (an invalid date is ignored)."""
    return list(find_timexes(doc.text, valid_date(date), doc))


def check_offsets(analyzed: AnalyzedDocument) -> None:
    """Every span must point inside the stored text: a stage that breaks this is a bug."""
    n = len(analyzed.document.text)
    spans: list[tuple[int, int]] = [(t.start, t.end) for t in analyzed.timexes]
    spans += [(m.actor.start, m.actor.end) for m in analyzed.actors]
    spans += [(e.sentence.start, e.sentence.end) for e in analyzed.events]
    spans += [(f.start, f.end) for f in analyzed.facts]
    bad = [s for s in spans if not 0 <= s[0] <= s[1] <= n]
    if bad:
        raise TidingsError("T201", analyzed.document.origin, f"span {bad[0]} outside text of length {n}")


def valid_date(date: str | None) -> str | None:
    """The date as an ISO year, year-month or day when it is a real one (a datetime keeps its day), else
    None: "2024-13-45" must not become the events' date, nor anchor "on Tuesday" or date actors' roles."""
    point = point_of(date)
    return point.value if point is not None else None


def story_date_of(date: str | None) -> StoryDate:
    """The story date of a passage whose date is given (as a page's stated publication date)."""
    date = valid_date(date)
    if not date:
        return StoryDate(None)
    return StoryDate(DateValue(date, date, date) if len(date) == 10 else DateValue(date), "published", 1.0)


__all__ = ["Analyzer", "actors_of", "analyze", "analyze_text", "analyzer_for", "check_offsets", "code_text",
           "code_texts", "story_date_of", "timexes_of", "valid_date"]
