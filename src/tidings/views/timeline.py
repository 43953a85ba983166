"""The timeline: dated happenings from the store, one entry per happening, each citing its sources.

Entries group the events that report the same happening: same date value, same participants and same
PLOVER type. Entries keep the date at its true precision and are ordered by their earliest day.
Negated and hypothetical events never reach the timeline; planned ones do, marked as such.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from tidings.store import Store
from tidings.views.rows import dyad_filters, query_events

SHOWN_MODES = {"factual", "future"}
HEADLINE_CHARS = 160


@dataclass
class TimelineEntry:
    date: str
    earliest: str
    headline: str
    events: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)

    @property
    def weight(self) -> float:
        """Importance: distinct documents first, then mentions, then how strong the events are."""
        docs = {s["path"] for s in self.sources}
        strength = max((abs(e["goldstein"] or 0) for e in self.events), default=0.0)
        return len(docs) * 10 + len(self.sources) + strength / 10

    def as_json(self) -> dict[str, Any]:
        return {"date": self.date, "headline": self.headline, "weight": round(self.weight, 2),
                "events": self.events, "sources": self.sources}


def _participants(event: dict[str, Any]) -> frozenset[str]:
    out = set()
    for side in ("source", "target"):
        actor = event.get(side)
        if actor:
            out.add(actor.get("actor_id") or actor.get("country") or actor.get("text") or "")
    return frozenset(out)


def headline_of(event: dict[str, Any]) -> str:
    sentence = " ".join(event["mentions"][0]["sentence"].split())
    if len(sentence) <= HEADLINE_CHARS:
        return sentence
    return sentence[: HEADLINE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def build_timeline(store: Store, actor: str | None = None, dyad: str | None = None,
                   date_from: str | None = None, date_to: str | None = None) -> list[TimelineEntry]:
    events = query_events(store, actor=actor, date_from=date_from, date_to=date_to, **dyad_filters(dyad))
    groups: dict[tuple[str, frozenset[str], str], TimelineEntry] = {}
    for ev in events:
        if not ev["date"] or ev["mode"] not in SHOWN_MODES:
            continue
        key = (ev["date"], _participants(ev), ev["plover"])
        entry = groups.get(key)
        if entry is None:
            entry = groups[key] = TimelineEntry(ev["date"], ev["date_earliest"] or ev["date"], headline_of(ev))
        entry.events.append(ev)
        for m in ev["mentions"]:
            if m not in entry.sources:
                entry.sources.append(m)
    return sorted(groups.values(), key=lambda e: (e.earliest, e.date, -e.weight, e.headline))


def render_json(entries: list[TimelineEntry]) -> str:
    return json.dumps({"entries": [e.as_json() for e in entries]}, ensure_ascii=False, indent=2)


def render_text(entries: list[TimelineEntry]) -> str:
    lines = []
    for e in entries:
        n = len({s["path"] for s in e.sources})
        lines.append(f"{e.date:<23} {e.headline}  [{n} source{'s' if n != 1 else ''}]")
    return "\n".join(lines)


def render_markdown(entries: list[TimelineEntry]) -> str:
    lines = ["# Timeline", ""]
    for e in entries:
        lines.append(f"- **{e.date}** {e.headline}")
        for s in e.sources:
            name = s["path"].rsplit("/", 1)[-1]
            lines.append(f"  - {name} [{s['start']}:{s['end']}]")
    return "\n".join(lines)
