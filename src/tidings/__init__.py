"""tidings: news articles in, a sourced and dated database of political events out.

The public Python API (docs/api.md), importable from the package itself:

    import tidings
    analyzed = tidings.analyze("Xi met Tokayev in Astana on Wednesday.", published="2024-07-04")
    with tidings.Store("news.db") as store:
        tidings.ingest(["articles/"], store, tidings.load_settings().replace(db="news.db"))
        entries = tidings.timeline(store, dyad="CHN-KAZ")

Names are loaded on first use (PEP 562), so `import tidings` stays cheap and importing one submodule
does not load spaCy, the store and the web server with it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, tuple[str, str]] = {
    # analysis: the one analyzer
    "analyze": ("tidings.analysis", "analyze_text"),
    "code_text": ("tidings.analysis", "code_text"),
    "Analyzer": ("tidings.analysis", "Analyzer"),
    "analyzer_for": ("tidings.analysis", "analyzer_for"),
    # settings and errors
    "Settings": ("tidings.config", "Settings"),
    "load_settings": ("tidings.config", "load_settings"),
    "TidingsError": ("tidings.errors", "TidingsError"),
    # the store, ingest, fusion and the timeline
    "Store": ("tidings.store", "Store"),
    "ingest": ("tidings.pipeline", "ingest"),
    "IngestSummary": ("tidings.pipeline", "IngestSummary"),
    "fuse_store": ("tidings.fuse", "fuse_store"),
    "timeline": ("tidings.views.timeline", "build_timeline"),
    "TimelineEntry": ("tidings.views.timeline", "TimelineEntry"),
    # the records every stage passes on
    **{name: ("tidings.records", name) for name in (
        "RawDocument", "Document", "DateValue", "Sentence", "Entity", "Timex", "StoryDate", "ActorRef",
        "ActorMention", "Event", "Fact", "AnalyzedDocument", "Failure")},
}

__all__ = [
    "ActorMention",
    "ActorRef",
    "AnalyzedDocument",
    "Analyzer",
    "DateValue",
    "Document",
    "Entity",
    "Event",
    "Fact",
    "Failure",
    "IngestSummary",
    "RawDocument",
    "Sentence",
    "Settings",
    "Store",
    "StoryDate",
    "TidingsError",
    "TimelineEntry",
    "Timex",
    "__version__",
    "analyze",
    "analyzer_for",
    "code_text",
    "fuse_store",
    "ingest",
    "load_settings",
    "timeline",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'tidings' has no attribute {name!r}")
    module, attribute = _EXPORTS[name]
    value = getattr(import_module(module), attribute)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # what type checkers and editors see; the names above are the same objects
    from tidings.analysis import Analyzer, analyzer_for, code_text
    from tidings.analysis import analyze_text as analyze
    from tidings.config import Settings, load_settings
    from tidings.errors import TidingsError
    from tidings.fuse import fuse_store
    from tidings.pipeline import IngestSummary, ingest
    from tidings.records import (
        ActorMention,
        ActorRef,
        AnalyzedDocument,
        DateValue,
        Document,
        Entity,
        Event,
        Fact,
        Failure,
        RawDocument,
        Sentence,
        StoryDate,
        Timex,
    )
    from tidings.store import Store
    from tidings.views.timeline import TimelineEntry
    from tidings.views.timeline import build_timeline as timeline
