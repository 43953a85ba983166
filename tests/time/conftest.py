"""The spaCy pipeline for the temporal tests that need a parse (tense, named entities)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tidings.config import Settings
from tidings.nlp import get_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return get_nlp(Settings())
