"""The timeline as a self-contained HTML page and as TimelineJS JSON.

The HTML page has no external resources (styles inline, no scripts), so it can be mailed or opened
offline; every entry lists its sources with the sentence that supports it. TimelineJS JSON follows
the format of Knight Lab's TimelineJS 3 (timeline.knightlab.com/docs/json-format.html): dates as
{year, month, day} at the precision known, a period as start_date/end_date.
"""

from __future__ import annotations

import html
import json
from typing import Any

from tidings.views.timeline import MODE_NOTES, TimelineEntry, _by_date

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.1rem;margin:1.6rem 0 .4rem;border-bottom:1px solid #ddd}
.entry{margin:.4rem 0 .9rem}.headline{font-weight:600}.meta{color:#666;font-size:.85rem}
.planned{color:#a60}details{margin:.2rem 0 0 1rem;font-size:.9rem}blockquote{margin:.2rem 0 .4rem 1rem;color:#444}
code{font-size:.8rem;color:#555}
"""


def render_html(entries: list[TimelineEntry], title: str = "Timeline") -> str:
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>",
             f"<h1>{html.escape(title)}</h1>",
             f'<p class="meta">{len(entries)} entries, one per happening; each lists every source that reports it.</p>']
    for date, group in _by_date(entries):
        parts.append(f'<h2><time datetime="{html.escape(date)}">{html.escape(date)}</time></h2>')
        parts += [_entry_html(e) for e in group]
    parts.append("</body></html>")
    return "\n".join(parts)


def _entry_html(e: TimelineEntry) -> str:
    note = MODE_NOTES.get(e.mode, " (planned, then done)" if len(e.stages) > 1 else "").strip()
    planned = f' <span class="planned">{html.escape(note)}</span>' if note else ""
    kind = e.plover or e.kind
    meta = (f"{html.escape(kind)} · {e.counts['articles']} article(s), {e.counts['sources']} source(s), "
            f"{e.counts['mentions']} mention(s)")
    if e.actors:
        meta += " · " + html.escape(", ".join(e.actors))
    sources = "".join(
        f"<blockquote>{html.escape(' '.join(s['sentence'].split()))}<br>"
        f"<code>{html.escape(s['path'])} [{s['start']}:{s['end']}]</code></blockquote>" for s in e.sources)
    return (f'<div class="entry"><div class="headline">{html.escape(e.headline)}{planned}</div>'
            f'<div class="meta">{meta}</div>{_evidence_html(e)}'
            f'<details><summary>sources</summary>{sources}</details></div>')


def _evidence_html(e: TimelineEntry) -> str:
    best = e.evidence
    if best is None:
        return ""
    return f'<blockquote class="evidence">{html.escape(" ".join(best["sentence"].split()))}</blockquote>'


def _date_parts(iso: str) -> dict[str, str]:
    year, _, rest = iso.partition("-")
    parts = {"year": year}
    if rest[:2].isdigit():
        parts["month"] = str(int(rest[:2]))
        if rest[3:5].isdigit():
            parts["day"] = str(int(rest[3:5]))
    return parts


def _span_parts(e: TimelineEntry) -> tuple[dict[str, str], dict[str, str] | None]:
    """TimelineJS dates at the precision known: a year stays a year; a quarter or a range becomes a span."""
    value = e.date
    if "/" in value:
        first, last = value.split("/", 1)
        return _date_parts(first), _date_parts(last)
    if "-Q" in value or "-W" in value or "-H" in value:
        return _date_parts(e.earliest), _date_parts(e.latest)
    return _date_parts(value), None


def timelinejs(entries: list[TimelineEntry], title: str = "Timeline") -> dict[str, Any]:
    events = []
    for e in entries:
        start, end = _span_parts(e)
        text = "<br>".join(html.escape(" ".join(s["sentence"].split())) + f" <i>({html.escape(s['path'])})</i>"
                           for s in e.sources)
        item: dict[str, Any] = {"start_date": start, "text": {"headline": html.escape(e.headline), "text": text},
                                "unique_id": e.id, "group": e.plover or e.kind}
        if end:
            item["end_date"] = end
        events.append(item)
    return {"title": {"text": {"headline": html.escape(title), "text": f"{len(entries)} happenings"}},
            "events": events}


def render_timelinejs(entries: list[TimelineEntry]) -> str:
    return json.dumps(timelinejs(entries), ensure_ascii=False, indent=2)
