"""Fixtures for the fact rules: the spaCy pipeline and hand-built inputs from the other stages.

The temporal engine and the actor base are other stages: here their outputs (Timex,
ActorMention) are written by hand, so these tests check only the fact rules.
"""

from __future__ import annotations

import pytest
from facts_helpers import Run, actor, timex
from spacy.language import Language

from tidings.config import Settings
from tidings.facts import find_facts
from tidings.nlp import get_nlp
from tidings.records import Fact, TimexType


@pytest.fixture(scope="session")
def nlp() -> Language:
    return get_nlp(Settings())


@pytest.fixture(scope="session")
def run(nlp: Language) -> Run:
    """run(text, timexes=[(phrase, value[, type])], actors=[(name, ISO3)]) -> facts."""

    def go(
        text: str,
        timexes: list[tuple[str, str] | tuple[str, str, TimexType]] | None = None,
        actors: list[tuple[str, str]] | None = None,
    ) -> list[Fact]:
        built = [timex(text, *spec) for spec in timexes or []]
        mentions = [actor(text, name, code) for name, code in actors or []]
        return find_facts(nlp(text), "doc", built, mentions)

    return go
