"""Happenings → rows of the `happenings` and `happening_mentions` tables.

A happening's headline is taken from its evidence: the sentence of its first report (a coded event
before a statement before a fact), cut to the clause that holds its date
when the sentence is long. Its weight ranks it on the timeline: distinct outlets first, then
articles and mentions, then how strong its events are on the Goldstein scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tidings.fuse.coreference import Happening
from tidings.fuse.dates import EVIDENCE_RANK
from tidings.fuse.mentions import Mention, clause_around

HEADLINE_CHARS = 200
KIND_RANK = {"event": 0, "statement": 1, "fact": 2}


def headline(h: Happening) -> str:
    best = min(h.mentions, key=lambda m: (KIND_RANK[m.kind], m.claim.bound_only, h.mentions.index(m)))
    text = " ".join(best.text.split())
    if len(text) > HEADLINE_CHARS and best.timex_span:
        text = " ".join(_clause(best).split())
    if len(text) <= HEADLINE_CHARS:
        return text
    return text[: HEADLINE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _clause(m: Mention) -> str:
    if m.timex_span is None:
        return m.text
    offset = m.sentence[0]
    local = (m.timex_span[0] - offset, m.timex_span[1] - offset)
    return clause_around(m.text, (0, len(m.text)), local)


def weight(h: Happening, outlets: dict[str, str]) -> float:
    sources = len({outlets.get(m.doc_id, m.doc_id) for m in h.mentions})
    strength = max((abs(m.goldstein or 0.0) for m in h.mentions), default=0.0)
    return sources * 10 + len(h.documents) * 2 + len(h.mentions) + strength / 10 + (1 if h.kind == "event" else 0)


def _main_event(h: Happening) -> Mention | None:
    events = [m for m in h.mentions if m.kind == "event"]
    if not events:
        return None
    return max(events, key=lambda m: (EVIDENCE_RANK[m.claim.evidence], abs(m.goldstein or 0.0), -h.mentions.index(m)))


def happening_rows(happenings: Sequence[Happening], outlets: dict[str, str],
                   stories: dict[str, str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows, mention_rows = [], []
    for h in happenings:
        rows.append(_row(h, outlets, stories))
        mention_rows += [_mention_row(h.id, m) for m in h.mentions]
    return rows, mention_rows


def _row(h: Happening, outlets: dict[str, str], stories: dict[str, str]) -> dict[str, Any]:
    main = _main_event(h)
    claim = h.claim
    value = claim.value if claim else None
    actors = sorted({p for m in h.mentions for p in m.participants})
    modes = {m.mode for m in h.mentions}
    return {
        "id": h.id, "kind": h.kind, "date": value.value if value else None,
        "date_earliest": value.earliest if value else None, "date_latest": value.latest if value else None,
        "date_note": _date_note(h), "cameo": main.cameo if main else None, "plover": main.plover if main else None,
        "quad_class": main.quad_class if main else None, "goldstein": main.goldstein if main else None,
        "mode": "factual" if "factual" in modes else sorted(modes)[0],
        "source_country": main.source_country if main else None,
        "target_country": main.target_country if main else None, "actors": ",".join(actors),
        "headline": headline(h), "mentions": len(h.mentions),
        "sources": len({outlets.get(m.doc_id, m.doc_id) for m in h.mentions}), "articles": len(h.documents),
        "weight": round(weight(h, outlets), 3), "story_id": stories.get(h.mentions[0].doc_id),
    }


def _date_note(h: Happening) -> str:
    if h.claim is None or h.claim.value is None:
        return "undated"
    agree = sum(1 for m in h.mentions if m.claim.value is not None)
    bound = "bound: before/after " if h.claim.bound_only else ""
    return f"{bound}{h.claim.evidence} date {h.claim.value.value}; {agree} of {len(h.mentions)} mentions dated"


def _mention_row(happening_id: str, m: Mention) -> dict[str, Any]:
    v = m.claim.value
    return {"happening_id": happening_id, "kind": m.kind, "item_id": m.item_id, "doc_id": m.doc_id,
            "sentence_start": m.sentence[0], "sentence_end": m.sentence[1], "date": v.value if v else None,
            "date_earliest": v.earliest if v else None, "date_latest": v.latest if v else None,
            "date_evidence": m.claim.evidence}
