"""The event coder: who did what to whom, coded to CAMEO and PLOVER, from each sentence's parse.

Public API:
- `code_events(doc, doc_id, actors, timexes, story_date)`: events of a parsed document (pure).
- `event_to_json(event, path, text)`: the JSON shape printed by `tidings events` and `tidings code`.
Parsing, finding actors and time expressions and then coding is the analyzer's job:
`tidings.analysis.code_text(text, date)`.
Knowledge lives in data files: tidings/data/patterns (verbs, nouns, frames, modality; see
docs/events.md) and tidings/data/ontology (CAMEO names, Goldstein scores, CAMEO→PLOVER).
"""

from __future__ import annotations

from tidings.events.code import code_events
from tidings.events.output import event_to_json

__all__ = ["code_events", "event_to_json"]
