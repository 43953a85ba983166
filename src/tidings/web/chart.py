"""A trend chart as inline SVG built on the server: stacked monthly bars by quad class and a line
for mean Goldstein. No JavaScript and no style attributes (the page's CSP allows neither inline);
colours come from SVG presentation attributes and classes styled in static/style.css."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

QUAD_NAMES = {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict", "4": "material conflict"}
WIDTH, HEIGHT, PAD_L, PAD_R, PAD_T, PAD_B = 900, 320, 48, 48, 16, 48
GOLDSTEIN_MAX = 10.0


def _months_between(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM), so quiet months show as gaps, not as nothing."""
    y, m = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < 1200:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def minibar_svg(by_quad: dict[str, int | None], top: int, names: dict[str, str], width: int = 240) -> Markup:
    """One period's happenings as a bar split by quad class, with the counts as its label. Built here,
    not in the template: a month view has thousands of rows, and Jinja's loops cost more than the
    rest of the page together."""
    quads = ("1", "2", "3", "4", "0")
    label = ", ".join(f"{by_quad.get(q) or 0} {names[q]}" for q in quads)
    rects, x = [], 0.0
    for q in quads:
        w = width * (by_quad.get(q) or 0) / top
        rects.append(f'<rect class="q{q}" x="{x:.1f}" y="0" width="{w:.1f}" height="14"></rect>')
        x += w
    return Markup(f'<svg class="minibar" width="{width}" height="14" role="img" aria-label="{escape(label)}">'
                  + "".join(rects) + "</svg>")


def trend_svg(points: list[dict[str, Any]], title: str) -> Markup:
    """The chart for `profiles.trend` output; empty input gives a short note instead."""
    if not points:
        return Markup('<p class="empty">No dated events for this selection.</p>')
    by_month = {p["month"]: p for p in points}
    months = _months_between(points[0]["month"], points[-1]["month"])
    top = max(p["events"] for p in points) or 1
    plot_w, plot_h = WIDTH - PAD_L - PAD_R, HEIGHT - PAD_T - PAD_B
    step = plot_w / len(months)
    parts = [f'<svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'width="{WIDTH}" height="{HEIGHT}" xmlns="http://www.w3.org/2000/svg">',
             f'<title id="chart-title">{escape(title)}</title>']
    parts += _axes(top, plot_h)
    line: list[str] = []
    for n, month in enumerate(months):
        x = PAD_L + n * step
        if len(months) <= 24 or n % max(1, len(months) // 12) == 0:
            parts.append(f'<text class="tick" x="{x + step / 2:.1f}" y="{HEIGHT - PAD_B + 16}" '
                         f'text-anchor="middle">{escape(month)}</text>')
        point = by_month.get(month)
        if point is None:
            continue
        parts += _bar(point, x, step, top, plot_h)
        if point["goldstein_mean"] is not None:
            y = PAD_T + plot_h * (GOLDSTEIN_MAX - point["goldstein_mean"]) / (2 * GOLDSTEIN_MAX)
            line.append(f"{x + step / 2:.1f},{y:.1f}")
    if line:
        parts.append(f'<polyline class="goldstein" fill="none" stroke="#222" stroke-width="2" '
                     f'points="{" ".join(line)}"><title>mean Goldstein</title></polyline>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _axes(top: int, plot_h: float) -> list[str]:
    base = PAD_T + plot_h
    return [
        f'<line x1="{PAD_L}" y1="{base}" x2="{WIDTH - PAD_R}" y2="{base}" stroke="#888"/>',
        f'<text class="tick" x="{PAD_L - 6}" y="{PAD_T + 10}" text-anchor="end">{top}</text>',
        f'<text class="tick" x="{PAD_L - 6}" y="{base}" text-anchor="end">0</text>',
        f'<text class="tick" x="{WIDTH - PAD_R + 6}" y="{PAD_T + 10}">+10</text>',
        f'<text class="tick" x="{WIDTH - PAD_R + 6}" y="{PAD_T + plot_h / 2 + 4}">0</text>',
        f'<text class="tick" x="{WIDTH - PAD_R + 6}" y="{base}">−10</text>',
        f'<text class="axis" x="{PAD_L}" y="{HEIGHT - 6}">events per month (bars, left) · '
        f'mean Goldstein (line, right)</text>',
    ]


def _bar(point: dict[str, Any], x: float, step: float, top: int, plot_h: float) -> list[str]:
    y = PAD_T + plot_h
    out = []
    for quad in ("1", "2", "3", "4"):
        n = point["by_quad"].get(quad, 0)
        if not n:
            continue
        h = plot_h * n / top
        y -= h
        label = f"{point['month']}: {n} {QUAD_NAMES[quad]}"
        out.append(f'<rect class="q{quad}" x="{x + step * 0.1:.1f}" y="{y:.1f}" width="{max(step * 0.8, 1):.1f}" '
                   f'height="{h:.1f}"><title>{escape(label)}</title></rect>')
    return out
