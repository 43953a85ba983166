"""The overview, the workspace's home page: what a store (or a slice of it) holds, at a glance.

For the whole store or a filter (dyad, actor, period, type): happenings per month by quad class (a
server-rendered SVG), happenings by PLOVER type, the top dyads and actors, and the most-cited
happenings of the latest month. Counts are of happenings the timeline shows (factual or planned,
dated, not only bounded), so every figure links to the timeline list it counts; a happening dated
only to a year or a quarter cannot be placed in a month and is counted apart, as `tidings trend` does.

The whole store is read from the counts the store keeps up to date (`overview_*` tables, kept by
triggers), so the page costs the same on 100 documents as on 100,000; a filtered overview counts the
filtered happenings, found through the dyad, actor, type and date indexes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from tidings.store import Store
from tidings.views.trends import month_range
from tidings.web.api import StoreDep
from tidings.web.errors import ApiError
from tidings.web.queries import table_exists

router = APIRouter(include_in_schema=False)
# (its mode, date and note terms are the WHERE of the partial index happenings_shown: keep them alike)
SHOWN = ("h.mode IN ('factual', 'future', 'hypothetical', 'negated') AND h.date_earliest IS NOT NULL "
         "AND h.date_note NOT LIKE 'bound%' AND h.layer IN ('event', 'fact')")  # as views.timeline shows by default
MONTH = ("CASE WHEN substr(h.date_earliest, 1, 7) = substr(COALESCE(h.date_latest, h.date_earliest), 1, 7) "
         "THEN substr(h.date_earliest, 1, 7) ELSE '' END")
QUAD_NAMES = {0: "statement or fact", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
TOP = 10
MONTHS_SHOWN = 120  # the chart's last ten years; earlier months are counted in one figure below it
CODE_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


@dataclass(frozen=True, slots=True)
class OverviewFilter:
    """The slice of the store an overview counts; empty: the whole store."""

    dyad: str | None = None
    actor: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    type: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.dyad or self.actor or self.date_from or self.date_to or self.type)

    def params(self) -> dict[str, str]:
        """As timeline query parameters."""
        out = {"dyad": self.dyad, "actor": self.actor, "from": self.date_from, "to": self.date_to,
               "type": self.type}
        return {k: v for k, v in out.items() if v}


def make_filter(dyad: str | None, actor: str | None, date_from: str | None, date_to: str | None,
                type_: str | None) -> OverviewFilter:
    """Checked filter values (400 naming the parameter for anything else)."""
    def code(value: str | None, name: str) -> str | None:
        if not value:
            return None
        value = value.strip().upper()
        if not value or len(value) > 40 or not set(value) <= CODE_CHARS:
            raise ApiError(400, f"{name}={value!r}: give codes such as CHN, CHN-KAZ or CONSULT", field=name)
        return value

    def day(value: str | None, name: str) -> str | None:
        if not value:
            return None
        value = value.strip()
        for fmt, size in (("%Y", 4), ("%Y-%m", 7), ("%Y-%m-%d", 10)):
            try:
                if len(value) == size:
                    datetime.strptime(value, fmt)
                    return value
            except ValueError:
                break
        raise ApiError(400, f"{name}={value!r}: give an ISO date such as 2024, 2024-03 or 2024-03-29", field=name)

    dyad_code = code(dyad, "dyad")
    if dyad_code and (dyad_code.count("-") != 1 or "" in dyad_code.split("-")):
        raise ApiError(400, f"dyad={dyad_code!r}: give two codes joined by '-', e.g. CHN-KAZ", field="dyad")
    return OverviewFilter(dyad_code, code(actor, "actor"), day(date_from, "from"), day(date_to, "to"),
                          code(type_, "type"))


def _where(f: OverviewFilter) -> tuple[str, list[Any]]:
    """The filter as SQL over `happenings h` (the same meaning as the timeline's filters)."""
    where, params = [SHOWN], []
    sides = [s for s in (f.dyad or "").split("-") if s] + ([f.actor] if f.actor else [])
    for side in sides:
        where.append("h.id IN (SELECT happening_id FROM happening_actors WHERE actor = ?)")
        params.append(side)
    if f.date_from:
        where.append("h.date_latest >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("h.date_earliest <= ?")
        params.append(f.date_to + ("-12-31" if len(f.date_to) == 4 else "-31" if len(f.date_to) == 7 else ""))
    if f.type:
        if f.type in ("EVENT", "STATEMENT", "FACT"):
            where.append("h.kind = ?")
            params.append(f.type.lower())
        elif f.type[:1].isdigit():
            where.append("h.cameo LIKE ? || '%'")
            params.append(f.type)
        else:
            where.append("upper(h.plover) = ?")
            params.append(f.type)
    return " AND ".join(where), params


def _counts(store: Store, f: OverviewFilter) -> tuple[list[Any], list[Any], list[Any]]:
    """(month, quad, plover, n) rows, top dyads, top actors: from the kept counts for the whole store."""
    if f.empty and table_exists(store, "overview_months"):  # not in a read-only store from before migration 6
        months = store.query("SELECT month, quad, plover, n FROM overview_months")
        dyads = store.query("SELECT dyad, n FROM overview_dyads ORDER BY n DESC, dyad LIMIT ?", (TOP,))
        actors = store.query("SELECT actor, n FROM overview_actors ORDER BY n DESC, actor LIMIT ?", (TOP,))
        return months, dyads, actors
    where, params = _where(f)
    months = store.query(f"SELECT {MONTH} AS month, COALESCE(h.quad_class, 0) AS quad, COALESCE(h.plover, '') AS "
                         f"plover, COUNT(*) AS n FROM happenings h WHERE {where} GROUP BY 1, 2, 3", params)
    dyads = store.query(
        "SELECT min(h.source_country, h.target_country) || '-' || max(h.source_country, h.target_country) AS dyad, "
        f"COUNT(*) AS n FROM happenings h WHERE {where} AND h.source_country != '' AND h.target_country != '' "
        "AND h.source_country != h.target_country GROUP BY 1 ORDER BY n DESC, dyad LIMIT ?", [*params, TOP])
    actors = store.query(f"SELECT a.actor, COUNT(*) AS n FROM happening_actors a JOIN happenings h ON "
                         f"h.id = a.happening_id WHERE {where} GROUP BY 1 ORDER BY n DESC, a.actor LIMIT ?",
                         [*params, TOP])
    return months, dyads, actors


def overview(store: Store, f: OverviewFilter) -> dict[str, Any]:
    """Everything the page shows, as plain data (the API could serve it as is)."""
    month_rows, dyads, actors = _counts(store, f)
    by_month: dict[str, dict[int, int]] = {}
    by_type: dict[str, int] = {}
    by_quad: dict[int, int] = {}
    unplaced = total = 0
    for r in month_rows:
        n = int(r["n"])
        total += n
        by_type[r["plover"] or ""] = by_type.get(r["plover"] or "", 0) + n
        by_quad[int(r["quad"])] = by_quad.get(int(r["quad"]), 0) + n
        if not r["month"]:
            unplaced += n
            continue
        by_month.setdefault(r["month"], {})
        by_month[r["month"]][int(r["quad"])] = by_month[r["month"]].get(int(r["quad"]), 0) + n
    months = month_range(sorted(by_month))
    latest = _latest_month(sorted(by_month))
    earlier = months[:-MONTHS_SHOWN] if len(months) > MONTHS_SHOWN else []
    months = months[-MONTHS_SHOWN:]
    return {
        "total": total, "unplaced": unplaced,
        "earlier": {"n": sum(sum(by_month.get(m, {}).values()) for m in earlier),
                    "to": month_bounds(earlier[-1])["to"] if earlier else None},
        "months": [{"month": m, "by_quad": by_month.get(m, {}), "n": sum(by_month.get(m, {}).values())}
                   for m in months],
        "types": sorted(({"plover": k, "n": v} for k, v in by_type.items()), key=lambda t: (-t["n"], t["plover"])),
        "quads": [{"quad": q, "name": QUAD_NAMES[q], "n": by_quad.get(q, 0)} for q in (1, 2, 3, 4, 0)],
        "dyads": [{"dyad": r["dyad"], "n": r["n"]} for r in dyads],
        "actors": [{"actor": r["actor"], "n": r["n"]} for r in actors],
        "latest": latest,
        "cited": _most_cited(store, f, latest) if latest else [],
    }


def month_bounds(month: str) -> dict[str, str]:
    """A month as the timeline's `from`/`to` days."""
    import calendar

    last = calendar.monthrange(int(month[:4]), int(month[5:7]))[1]
    return {"from": f"{month}-01", "to": f"{month}-{last:02d}"}


def _latest_month(months: list[str]) -> str | None:
    """The latest month with happenings that is not in the future (planned happenings can be)."""
    now = datetime.now(UTC).strftime("%Y-%m")
    past = [m for m in months if m <= now]
    return past[-1] if past else (months[-1] if months else None)


def _most_cited(store: Store, f: OverviewFilter, month: str) -> list[dict[str, Any]]:
    where, params = _where(f)
    rows = store.query(
        f"SELECT h.id, h.date, h.headline, h.articles, h.sources, h.mentions, h.plover, h.quad_class, "
        f"h.source_country, h.target_country FROM happenings h WHERE {where} AND h.date_earliest >= ? "
        f"AND h.date_earliest <= ? ORDER BY h.sources DESC, h.articles DESC, h.weight DESC, h.id LIMIT ?",
        [*params, *month_bounds(month).values(), TOP])
    return [dict(r) for r in rows]


# -- SVG -----------------------------------------------------------------------------------------------------


def months_svg(months: list[dict[str, Any]], params: dict[str, str], width: int = 900, height: int = 220) -> str:
    """Stacked bars of happenings per month by quad class; each bar links to that month's timeline."""
    if not months:
        return ""
    top = max((m["n"] for m in months), default=0) or 1
    left, bottom, plot_h = 40, 30, height - 40
    step = (width - left - 10) / len(months)
    bar = max(step * 0.8, 1.0)
    parts = [f'<svg class="overview-months" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="months-title">',
             '<title id="months-title">Happenings per month by quad class</title>',
             f'<line class="axis" x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}"/>',
             f'<text class="tick" x="{left - 4}" y="{height - bottom - plot_h + 20}" text-anchor="end">{top}</text>',
             f'<text class="tick" x="{left - 4}" y="{height - bottom}" text-anchor="end">0</text>']
    label_every = max(1, len(months) // 12)
    for i, m in enumerate(months):
        x = left + i * step
        y = float(height - bottom)
        href = _href("/timeline", params, precision="day", **month_bounds(m["month"]))
        label = f"{m['month']}: {m['n']} happening{'s' if m['n'] != 1 else ''}"
        parts.append(f'<a href="{escape(href)}" class="month"><title>{escape(label)}</title>')
        for q in (1, 2, 3, 4, 0):
            n = m["by_quad"].get(q, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            parts.append(f'<rect class="q{q}" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}"/>')
        if not m["n"]:
            parts.append(f'<rect class="empty" x="{x:.1f}" y="{height - bottom - 1}" width="{bar:.1f}" height="1"/>')
        parts.append("</a>")
        if i % label_every == 0:
            parts.append(f'<text class="tick" x="{x:.1f}" y="{height - bottom + 14}">{escape(m["month"])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def types_svg(types: list[dict[str, Any]], params: dict[str, str], width: int = 440) -> str:
    """Horizontal bars of happenings by PLOVER type; each bar links to the timeline of that type."""
    rows = [t for t in types if t["plover"]][:16]
    if not rows:
        return ""
    top = max(t["n"] for t in rows) or 1
    height = 22 * len(rows) + 6
    parts = [f'<svg class="overview-types" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="types-title">',
             '<title id="types-title">Happenings by PLOVER type</title>']
    for i, t in enumerate(rows):
        y = 4 + i * 22
        w = (width - 190) * t["n"] / top
        href = _href("/timeline", {**params, "type": t["plover"]}, precision="month")
        parts.append(f'<a href="{escape(href)}" class="type"><title>{escape(t["plover"])}: {t["n"]}</title>'
                     f'<text x="0" y="{y + 14}">{escape(t["plover"])}</text>'
                     f'<rect x="130" y="{y + 2}" width="{w:.1f}" height="16"/>'
                     f'<text class="num" x="{130 + w + 4:.1f}" y="{y + 14}">{t["n"]}</text></a>')
    parts.append("</svg>")
    return "".join(parts)


def _href(path: str, params: dict[str, str], **more: str) -> str:
    from tidings.web.pages import link

    return link(path, params, **more)


@router.get("/")
def overview_page(request: Request, store: StoreDep,
                  dyad: Annotated[str | None, Query(max_length=40)] = None,
                  actor: Annotated[str | None, Query(max_length=40)] = None,
                  date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
                  date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None,
                  type: Annotated[str | None, Query(max_length=40)] = None) -> Response:
    from tidings.web.pages import render

    f = make_filter(dyad, actor, date_from, date_to, type)
    data = overview(store, f)
    params = f.params()
    return render(request, "overview.html", title="Overview", f=f, params=params, data=data,
                  latest=month_bounds(data["latest"]) if data["latest"] else None,
                  months_svg=months_svg(data["months"], params), types_svg=types_svg(data["types"], params))
