"""The filters every listing shares (search, events, timeline, facts, trend), checked once.

They mean what the CLI options mean (`--actor`, `--dyad`, `--cameo`, `--from`, `--to`), and the SQL
for the event filters is the CLI's own (`tidings.views.rows.EVENT_FILTERS`), so the browser, the API
and `tidings events` select the same rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from tidings.views.rows import EVENT_FILTERS, dyad_filters

MODES = ("factual", "future", "hypothetical", "negated")
ACTOR_RE = re.compile(r"^[A-Za-z0-9_.:-]{2,64}$")
DYAD_RE = re.compile(r"^[A-Za-z]{2,8}-[A-Za-z]{2,8}$")
CAMEO_RE = re.compile(r"^\d{1,4}$")
PLOVER_RE = re.compile(r"^[A-Za-z_]{2,32}$")
DAY_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class FilterError(ValueError):
    """A filter value that cannot mean anything; `field` names the parameter for the error body."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class Filters:
    """One request's filters; empty strings count as absent."""

    actor: str | None = None
    dyad: str | None = None
    cameo: str | None = None
    plover: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    mode: str | None = None
    doc_id: str | None = None

    def as_query(self) -> dict[str, str]:
        """The filters as URL parameters (the API's names), for paging and zoom links."""
        names = {"date_from": "from", "date_to": "to"}
        return {names.get(f.name, f.name): v for f in fields(self) if (v := getattr(self, f.name))}


def _day(field: str, value: str | None, end: bool) -> str | None:
    """`2024`, `2024-03` or `2024-03-29` → the first (or last) ISO day it covers."""
    if not value:
        return None
    if not DAY_RE.match(value):
        raise FilterError(field, f"{field}={value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else (12 if end else 1)
    try:
        if len(parts) == 3:
            return date(year, month, parts[2]).isoformat()
        if not end:
            return date(year, month, 1).isoformat()
        nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1).isoformat()
    except ValueError:
        raise FilterError(field, f"{field}={value!r} is not a calendar date") from None


def _checked(field: str, value: str | None, pattern: re.Pattern[str], hint: str) -> str | None:
    if not value:
        return None
    if not pattern.match(value):
        raise FilterError(field, f"{field}={value!r} is not valid: {hint}")
    return value


def make_filters(actor: str | None = None, dyad: str | None = None, cameo: str | None = None,
                 plover: str | None = None, date_from: str | None = None, date_to: str | None = None,
                 source: str | None = None, mode: str | None = None, doc_id: str | None = None) -> Filters:
    """Validate raw parameters into `Filters`, or raise `FilterError` naming the bad one."""
    if mode and mode not in MODES:
        raise FilterError("mode", f"mode={mode!r} is not valid: choose one of {', '.join(MODES)}")
    out = Filters(
        actor=_checked("actor", actor, ACTOR_RE, "an ISO3 country such as CHN or an actor id"),
        dyad=(_checked("dyad", dyad, DYAD_RE, "two countries such as CHN-KAZ") or "").upper() or None,
        cameo=_checked("cameo", cameo, CAMEO_RE, "a CAMEO code prefix such as 04 or 0431"),
        plover=(_checked("plover", plover, PLOVER_RE, "a PLOVER type such as CONSULT") or "").upper() or None,
        date_from=_day("from", date_from, end=False),
        date_to=_day("to", date_to, end=True),
        source=(source or "").strip()[:200] or None,
        mode=mode or None,
        doc_id=_checked("doc_id", doc_id, ACTOR_RE, "a document id such as d0123456789abcde"),
    )
    if out.date_from and out.date_to and out.date_from > out.date_to:
        raise FilterError("from", f"from={date_from} is after to={date_to}")
    return out


def event_where(f: Filters, *, dated_only: bool = False) -> tuple[list[str], dict[str, Any]]:
    """WHERE clauses over `events e JOIN documents d` and their parameters.

    With `dated_only` (the timeline) the date range applies to the event's own date, which lets
    SQLite walk the date index instead of joining every event to its document first.
    """
    params: dict[str, Any] = {}
    if f.actor:
        params["actor"] = f.actor.upper() if len(f.actor) == 3 else f.actor
    params.update({k: v for k, v in dyad_filters(f.dyad).items() if v})
    for key in ("cameo", "plover", "doc_id"):
        if getattr(f, key):
            params[key] = getattr(f, key)
    where = [EVENT_FILTERS[k] for k in params if k in EVENT_FILTERS]
    if dated_only:
        where.append("e.date_earliest IS NOT NULL")
        if f.date_from:
            where.append("e.date_earliest >= :date_from")
        if f.date_to:
            where.append("e.date_earliest <= :date_to")
    else:
        where += [EVENT_FILTERS[k] for k in ("date_from", "date_to") if getattr(f, k)]
    params.update({k: getattr(f, k) for k in ("date_from", "date_to") if getattr(f, k)})
    if f.source:
        where.append("e.doc_id IN (SELECT id FROM documents WHERE source = :source COLLATE NOCASE)")
        params["source"] = f.source
    if f.mode:
        where.append("e.mode = :mode")
        params["mode"] = f.mode
    return where, params
