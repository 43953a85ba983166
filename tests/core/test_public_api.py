"""The public API: what `tidings/__init__.py` exports, and that each name is the object it stands for."""

from __future__ import annotations

import subprocess
import sys

import tidings
from tidings.analysis import analyze_text
from tidings.records import AnalyzedDocument
from tidings.store import Store
from tidings.views.timeline import build_timeline

PUBLIC = {"__version__", "ActorMention", "ActorRef", "AnalyzedDocument", "Analyzer", "DateValue", "Document",
          "Entity", "Event", "Fact", "Failure", "IngestSummary", "RawDocument", "Sentence", "Settings", "Store",
          "StoryDate", "TidingsError", "TimelineEntry", "Timex", "analyze", "analyzer_for", "code_text",
          "fuse_store", "ingest", "load_settings", "timeline"}


def test_all_is_the_public_api_and_every_name_resolves() -> None:
    assert set(tidings.__all__) == PUBLIC and len(tidings.__all__) == len(PUBLIC)
    for name in tidings.__all__:
        assert getattr(tidings, name) is not None
    assert tidings.analyze is analyze_text and tidings.Store is Store and tidings.timeline is build_timeline
    assert tidings.AnalyzedDocument is AnalyzedDocument


def test_star_import_gives_exactly_all() -> None:
    scope: dict[str, object] = {}
    exec("from tidings import *", scope)
    assert set(scope) - {"__builtins__"} == PUBLIC


def test_importing_tidings_loads_no_heavy_dependency() -> None:
    code = "import sys, tidings; print(sorted(m for m in ('spacy', 'fastapi', 'pyarrow', 'dask') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        tidings.not_a_name  # noqa: B018
    except AttributeError as exc:
        assert "not_a_name" in str(exc)
    else:
        raise AssertionError("tidings.not_a_name resolved")


def test_analyze_through_the_package() -> None:
    analyzed = tidings.analyze("China and Kazakhstan signed a trade agreement on Monday.", published="2024-07-03")
    assert isinstance(analyzed, AnalyzedDocument) and analyzed.events
