"""The JSON shape of an event, shared by `tidings events`, `tidings code --jsonl` and the evaluations."""

from __future__ import annotations

from typing import Any

from tidings.events.ontology import load_ontology
from tidings.records import ActorRef, Event


def actor_to_json(actor: ActorRef | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "text": actor.text,
        "country": actor.country,
        "sector": actor.sector,
        "name": actor.name,
        "actor_id": actor.actor_id,
        "start": actor.start,
        "end": actor.end,
    }


def event_to_json(event: Event, path: str, text: str) -> dict[str, Any]:
    """One event as a JSON-ready dict; `text` is the document text the offsets point into."""
    verb = event.verb_span or (event.sentence.start, event.sentence.start)
    date = event.date
    return {
        "id": event.id,
        "date": date.value if date else None,
        "date_earliest": date.earliest if date else None,
        "date_latest": date.latest if date else None,
        "cameo": event.cameo,
        "cameo_name": load_ontology().name(event.cameo),
        "plover": event.plover or None,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "mode": event.mode,
        "reciprocal": event.reciprocal,
        "location": event.location,
        "source": actor_to_json(event.source),
        "target": actor_to_json(event.target),
        "verb": {"start": verb[0], "end": verb[1], "text": text[verb[0]:verb[1]]},
        "mentions": [
            {
                "path": path,
                "doc_id": event.doc_id,
                "sentence": text[event.sentence.start:event.sentence.end],
                "start": event.sentence.start,
                "end": event.sentence.end,
            }
        ],
    }
