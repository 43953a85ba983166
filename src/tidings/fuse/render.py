"""Happenings → rows of the `happenings` and `happening_mentions` tables.

A happening's headline is built from its coded event, or else taken from its clearest evidence
clause (`tidings.fuse.headlines`). Its layer says where it belongs (see `layer`), its stages whether
it was reported as planned, as done, or both, and its weight is its importance: distinct outlets
first, then articles and mentions, the most prominent actor, the Goldstein magnitude and the mode
(`[importance]` in data/fusion/fusion.toml).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tidings.fuse.coreference import Happening
from tidings.fuse.dates import EVIDENCE_RANK
from tidings.fuse.headlines import cut_headline, headline, headline_event
from tidings.fuse.mentions import Mention
from tidings.fuse.text import fusion_settings

LAYERS = ("event", "fact", "statement", "background")  # the first two make the default timeline


def layer(h: Happening) -> str:
    """Where a happening belongs: "event" (a PLOVER-typed coded event), "fact" (a stated fact: a quantity
    over a period, or a dated statement whose words report an act), "statement" (only public statements,
    CAMEO 01, were coded) or "background" (a dated sentence that reports no act)."""
    kinds = {("typed" if m.plover else "untyped") if m.kind == "event" else
             "fact" if m.kind == "fact" or m.eventive else "dated" for m in h.mentions}
    for found, name in (("typed", "event"), ("fact", "fact"), ("untyped", "statement")):
        if found in kinds:
            return name
    return "background"


def stages(h: Happening) -> str:
    """"planned", "done" or "planned,done": one happening announced and then carried out keeps both."""
    modes = {m.mode for m in h.mentions}
    return ",".join(s for s, mode in (("planned", "future"), ("done", "factual")) if mode in modes)


def weight(h: Happening, outlets: dict[str, str]) -> float:
    """Importance (see the module docstring)."""
    conf = fusion_settings()["importance"]
    sources = len({outlets.get(m.doc_id, m.doc_id) for m in h.mentions})
    strength = max((abs(m.goldstein or 0.0) for m in h.mentions), default=0.0)
    prominence = max((m.prominence for m in h.mentions), default=0.0)
    modes = {m.mode for m in h.mentions}
    mode = conf["factual_weight"] if "factual" in modes else conf["planned_weight"] if "future" in modes else 0.0
    return (sources * conf["outlet_weight"] + len(h.documents) * conf["article_weight"]
            + len(h.mentions) * conf["mention_weight"] + prominence + strength * conf["goldstein_weight"] + mode
            + (conf["event_weight"] if h.kind == "event" else 0.0))


def _main_event(h: Happening) -> Mention | None:
    """The event that types the happening: the one its headline names, else the best-dated typed event."""
    named = headline_event(h.mentions)
    if named is not None:
        return named
    events = [m for m in h.mentions if m.kind == "event"]
    if not events:
        return None
    return max(events, key=lambda m: (bool(m.plover), EVIDENCE_RANK[m.claim.evidence], abs(m.goldstein or 0.0),
                                      -m.sentence[0], m.cameo or "", m.target_label or ""))


def happening_rows(happenings: Sequence[Happening], outlets: dict[str, str],
                   stories: dict[str, str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows, mention_rows = [], []
    for h in happenings:
        rows.append(_row(h, outlets, stories))
        mention_rows += [_mention_row(h.id, m) for m in h.mentions]
    return rows, mention_rows


def _row(h: Happening, outlets: dict[str, str], stories: dict[str, str]) -> dict[str, Any]:
    main = _main_event(h)
    typed = main if main is not None and main.plover else None
    claim = h.claim
    value = claim.value if claim else None
    actors = sorted({p for m in h.mentions for p in m.participants})
    modes = {m.mode for m in h.mentions}
    return {
        "id": h.id, "kind": h.kind, "date": value.value if value else None,
        "date_earliest": value.earliest if value else None, "date_latest": value.latest if value else None,
        "date_note": _date_note(h), "cameo": main.cameo if main else None, "plover": main.plover if main else None,
        # a public statement is no cooperation: only a typed event gives the happening a quad class and score
        "quad_class": typed.quad_class if typed else None, "goldstein": typed.goldstein if typed else None,
        "mode": "factual" if "factual" in modes else sorted(modes)[0],
        "source_country": main.source_country if main else None,
        "target_country": main.target_country if main else None, "actors": ",".join(actors),
        "headline": cut_headline(h.title) if h.title else headline(h.mentions), "mentions": len(h.mentions),
        "sources": len({outlets.get(m.doc_id, m.doc_id) for m in h.mentions}), "articles": len(h.documents),
        "weight": round(weight(h, outlets), 3), "story_id": stories.get(h.mentions[0].doc_id),
        "layer": layer(h), "stages": stages(h), "main_item": main.item_id if main else None,
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
