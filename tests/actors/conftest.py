"""Shared fixtures: the spaCy pipeline and the shipped actor base (both loaded once per session)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tidings.actors import ActorBase, find_actors, load_actor_base
from tidings.config import Settings
from tidings.nlp import get_nlp
from tidings.records import ActorRef


@pytest.fixture(scope="session")
def nlp() -> Language:
    return get_nlp(Settings())


@pytest.fixture(scope="session")
def base() -> ActorBase:
    return load_actor_base()


@pytest.fixture(scope="session")
def mentions(nlp: Language, base: ActorBase):  # type: ignore[no-untyped-def]
    """mentions(text, date) -> {mention text: ActorRef}."""

    def run(text: str, date: str | None = None) -> dict[str, ActorRef]:
        return {m.actor.text: m.actor for m in find_actors(nlp(text), date, base)}

    return run
