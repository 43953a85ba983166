"""Fixtures for the coder tests: one spaCy pipeline and a `code` function over hand-made inputs."""

from __future__ import annotations

import pytest
from events_helpers import Actors, Coder, mentions
from spacy.language import Language

from tidings.config import Settings
from tidings.events import code_events
from tidings.nlp import get_nlp
from tidings.records import DateValue, Event, StoryDate, Timex


@pytest.fixture(scope="session")
def nlp() -> Language:
    return get_nlp(Settings())


@pytest.fixture()
def code(nlp: Language) -> Coder:
    """code(text, actors, timexes=(), story="2024-03-29") → events."""

    def run(text: str, actors: Actors, timexes: tuple[Timex, ...] = (),
            story: str | None = "2024-03-29") -> list[Event]:
        doc = nlp(text)
        date = StoryDate(DateValue(story, story, story), "published", 1.0) if story else StoryDate(None)
        return code_events(doc, "d-test", mentions(doc, actors), list(timexes), date)

    return run
