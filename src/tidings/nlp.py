"""The spaCy stage: sentences, tokens, entities and the dependency parse.

The pipeline is loaded once per process (loading costs about a second); which pipeline is a setting
(`spacy_model`), by default whichever English small model is installed. No network: spaCy never
downloads anything here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tidings.config import Settings, resolve_model_name
from tidings.errors import TidingsError
from tidings.records import Entity, Sentence


@lru_cache(maxsize=2)
def load_pipeline(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError as exc:
        raise TidingsError("T401", f"spaCy pipeline {name}", str(exc).splitlines()[0]) from None


def get_nlp(settings: Settings) -> Language:
    return load_pipeline(resolve_model_name(settings))


def parse(nlp: Language, text: str) -> Doc:
    return nlp(text)


def parse_many(nlp: Language, texts: Iterable[str], settings: Settings) -> Iterator[Doc]:
    """Batched parsing (nlp.pipe); n_process 0 means one process per core."""
    import os

    n = settings.n_process or (os.cpu_count() or 1)
    yield from nlp.pipe(texts, batch_size=settings.batch_size, n_process=n)


def sentences_of(doc: Doc) -> list[Sentence]:
    return [Sentence(s.start_char, s.end_char) for s in doc.sents]


def entities_of(doc: Doc) -> list[Entity]:
    return [Entity(e.start_char, e.end_char, e.label_) for e in doc.ents]
