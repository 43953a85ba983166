"""Trends: a dyad's (or an actor's) happenings per month by quad class, and their mean Goldstein score.

One query behind `tidings trend`, the web trend page and the web API: counts are of happenings
(fused events: a happening reported by ten articles counts once), the way an analyst reads a
conflict–cooperation series; the number of mentions is given too. Only happenings with a
PLOVER-typed event count, done or planned: a plain public statement ("officials said") is no
cooperation, and a possible or denied act is no happening. A happening is counted in the month it
happened; one dated only to a year or a quarter cannot be placed in a month and is counted in
`unplaced` instead of being spread or guessed. Months without happenings between the first and the
last appear with zeros, so a plot shows gaps as gaps.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidings.errors import TidingsError
from tidings.store import Store
from tidings.views.timeline import COUNTED_MODES, Row, happening_records, layer_of

QUADS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
MONTH_DAYS = 31


@dataclass
class Trend:
    """A monthly series for one dyad."""

    dyad: tuple[str, ...]
    months: list[dict[str, Any]] = field(default_factory=list)
    unplaced: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"dyad": "-".join(self.dyad), "months": self.months, "unplaced": self.unplaced}

    def points(self) -> list[dict[str, Any]]:
        """The months as the web chart draws them (counts by quad class under "1".."4")."""
        return [{"month": m["month"], "events": m["events"], "goldstein_mean": m["goldstein_mean"],
                 "mentions": m["mentions"], "by_quad": {str(q): m[name] for q, name in QUADS.items()}}
                for m in self.months]


def parse_dyad(dyad: str) -> tuple[str, str]:
    a, sep, b = dyad.upper().strip().partition("-")
    if not sep or not a or not b:
        raise TidingsError("T501", f"--dyad {dyad}", "a dyad is two codes joined by '-', e.g. CHN-KAZ")
    return a, b


def dyad_trend(store: Store, dyad: str, date_from: str | None = None, date_to: str | None = None,
               reviewed_only: bool = False) -> Trend:
    return happening_trend(store, parse_dyad(dyad), date_from, date_to, reviewed_only)


def happening_trend(store: Store, sides: tuple[str, ...], date_from: str | None = None,
                    date_to: str | None = None, reviewed_only: bool = False) -> Trend:
    """The monthly series of a dyad (two codes: source and target, either way round) or of one actor
    (one code: either side)."""
    from tidings.store.review import keep_happening

    counted = _counted_in_sql(store, sides, date_from, date_to, reviewed_only)
    if counted is not None:
        return counted
    rows = _trend_rows(store, sides)
    trend = Trend(sides)
    buckets: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if not _in_dyad(row, sides) or row["mode"] not in COUNTED_MODES or row["quad_class"] is None \
                or layer_of(row) != "event" or not keep_happening(row, reviewed_only):
            continue
        if (date_from and (row["date_latest"] or "") < date_from) or (date_to and row["date_earliest"] > date_to):
            continue
        month = _month_of(row)
        if month is None:
            trend.unplaced += 1
        else:
            buckets[month].append(row)
    trend.months = [_month_row(m, buckets.get(m, [])) for m in month_range(sorted(buckets))]
    return trend


# what a trend reads of a happening, and the rows it would drop anyway (see `happening_trend`'s tests)
_TREND_COLUMNS = ("id, source_country, target_country, mode, quad_class, layer, review, date_earliest, date_latest, "
                  "goldstein, mentions")
_TREND_WHERE = (f"AND mode IN ({', '.join(repr(m) for m in sorted(COUNTED_MODES))}) AND quad_class IS NOT NULL "
                "AND COALESCE(layer, 'event') = 'event'")


def _trend_rows(store: Store, sides: tuple[str, ...]) -> list[Row]:
    """The happenings a trend may count, read narrowly; a store from before layers and review is read whole."""
    try:
        rows, _ = happening_records(store, sides, columns=_TREND_COLUMNS, where=_TREND_WHERE)
    except sqlite3.OperationalError:  # no such column: an older store opened read-only
        rows, _ = happening_records(store, sides)
    return rows


def _counted_in_sql(store: Store, sides: tuple[str, ...], date_from: str | None, date_to: str | None,
                    reviewed_only: bool) -> Trend | None:
    """The same series counted by SQLite over a fused store's happenings table (the rows `happening_trend`
    keeps, grouped by the month they lie in), without reading each happening into Python: a dyad with
    65,000 happenings costs a third of the time. None for a store not fused yet or from before layers
    and review, which the row-by-row path reads."""
    from tidings.store.review import happening_clause
    from tidings.views.timeline import is_fused

    if not sides or not is_fused(store):
        return None
    a, b = sides[0].upper(), sides[-1].upper()
    if len(sides) == 2:
        side_test = "source_country IN (:a, :b) AND target_country IN (:a, :b)" + \
            (" AND source_country != target_country" if a != b else "")
    else:
        side_test = ("id IN (SELECT id FROM happenings WHERE source_country = :a UNION ALL "
                     "SELECT id FROM happenings WHERE target_country = :a)")  # two index seeks, not a scan
    month = ("CASE WHEN substr(date_earliest, 1, 7) = substr(COALESCE(date_latest, date_earliest), 1, 7) "
             "THEN substr(date_earliest, 1, 7) END")
    quads = ", ".join(f"SUM(quad_class = {q})" for q in QUADS)
    sql = (f"SELECT {month} AS month, COUNT(*), {quads}, SUM(goldstein), COUNT(goldstein), SUM(mentions) "
           f"FROM happenings h WHERE date IS NOT NULL {_TREND_WHERE} "
           f"AND {side_test} AND {happening_clause(reviewed_only)} "
           "AND (:from IS NULL OR COALESCE(date_latest, '') >= :from) "
           "AND (:to IS NULL OR date_earliest IS NULL OR date_earliest <= :to) "
           "GROUP BY month")
    try:
        rows = store.query(sql, {"a": a, "b": b, "from": date_from, "to": date_to})
    except sqlite3.OperationalError:  # no such column: an older store opened read-only
        return None
    trend = Trend(sides)
    by_month: dict[str, dict[str, Any]] = {}
    for month_, n, q1, q2, q3, q4, g_sum, g_n, mentions in rows:
        if month_ is None:
            trend.unplaced += n
            continue
        by_month[month_] = {"month": month_, "events": n, **dict(zip(QUADS.values(), (q1, q2, q3, q4), strict=True)),
                            "goldstein_mean": round(g_sum / g_n, 2) if g_n else None, "mentions": int(mentions or 0)}
    trend.months = [by_month.get(m) or _month_row(m, []) for m in month_range(sorted(by_month))]
    return trend


def _in_dyad(row: Row, wanted: tuple[str, ...]) -> bool:
    sides = {(row["source_country"] or "").upper(), (row["target_country"] or "").upper()}
    return sides == set(wanted) if len(wanted) == 2 else wanted[0] in sides


def _month_of(row: Row) -> str | None:
    """The month a happening falls in, if its dates lie within one month."""
    first, last = row["date_earliest"], row["date_latest"] or row["date_earliest"]
    return first[:7] if first and last and first[:7] == last[:7] else None


def month_range(months: list[str]) -> list[str]:
    """Every month from the first of `months` to the last, gaps filled (charts need empty months)."""
    if not months:
        return []
    y, m = int(months[0][:4]), int(months[0][5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= months[-1]:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _month_row(month: str, rows: list[Row]) -> dict[str, Any]:
    out: dict[str, Any] = {"month": month, "events": len(rows)}
    for quad, name in QUADS.items():
        out[name] = sum(1 for r in rows if r["quad_class"] == quad)
    scores = [float(r["goldstein"]) for r in rows if r["goldstein"] is not None]
    out["goldstein_mean"] = round(sum(scores) / len(scores), 2) if scores else None
    out["mentions"] = sum(int(r["mentions"]) for r in rows)
    return out


def plot_trend(trend: Trend, path: str | Path) -> Path:
    """Stacked monthly bars by quad class with the mean Goldstein score as a line; PNG or SVG by suffix."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = Path(path)
    if out.suffix.lower() not in (".png", ".svg"):
        raise TidingsError("T501", str(out), "the plot file must end in .png or .svg")
    months = [m["month"] for m in trend.months]
    fig, ax = plt.subplots(figsize=(max(6.0, len(months) * 0.35), 4.0))
    bottom = [0] * len(months)
    colors = ("#4c9a2a", "#1f6f3f", "#e08a1e", "#c0392b")
    for (_, name), color in zip(QUADS.items(), colors, strict=True):
        values = [m[name] for m in trend.months]
        ax.bar(months, values, bottom=bottom, color=color, label=name.replace("_", " "))
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_ylabel("happenings")
    ax.set_title(f"{'-'.join(trend.dyad)}: happenings per month by quad class")
    ax.tick_params(axis="x", labelrotation=90)
    line = ax.twinx()
    points = [(i, m["goldstein_mean"]) for i, m in enumerate(trend.months) if m["goldstein_mean"] is not None]
    if points:
        line.plot([p[0] for p in points], [p[1] for p in points], color="#222", marker="o", label="mean Goldstein")
    line.set_ylim(-10, 10)
    line.set_ylabel("mean Goldstein score")
    ax.legend(loc="upper left", fontsize="small")
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out)
    plt.close(fig)
    return out
