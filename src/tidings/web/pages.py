"""Server-rendered pages: search, timeline, event, document, actor, trend.

Templates autoescape everything; the only markup built from data comes from `markup.py` and
`chart.py`, which escape every character of article text. No page needs JavaScript to work.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from tidings.time.labels import with_label
from tidings.web import chart, profiles, queries, zoom
from tidings.web.api import FiltersDep, StoreDep, TimelineQueryDep
from tidings.web.errors import ApiError
from tidings.web.markup import Span, mark_snippet, render_spans, shown

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(files("tidings.web") / "templates"))
PAGE = 25
HANDFUL = 5  # a year view starts at the first year with more happenings than this (unless all=1)
QUAD_NAMES = {**chart.QUAD_NAMES, "0": "dated statement or fact"}


def link(path: str, params: dict[str, Any] | None = None, **more: Any) -> str:
    """`path?query` from filter parameters plus overrides; empty values are left out."""
    merged = {**(params or {}), **more}
    query = urlencode({k: v for k, v in merged.items() if v not in (None, "")})
    return f"{path}?{query}" if query else path


templates.env.globals.update(link=link, quad_names=QUAD_NAMES, mark_snippet=mark_snippet, with_label=with_label,
                             minibar=chart.minibar_svg)
templates.env.finalize = shown  # no control character of an article reaches a page raw (issue 17)
templates.env.auto_reload = False  # templates ship in the package: no file check on every page
templates.env.filters["dict_without"] = lambda d, *keys: {k: v for k, v in d.items() if k not in keys}


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, code: str, message: str, field: str | None) -> HTMLResponse:
    error = {"status": status, "code": code, "message": message, "field": field}
    return render(request, "error.html", status=status, error=error, title=f"Error {status}")


@router.get("/search")
def search_page(request: Request, store: StoreDep, f: FiltersDep,
                q: Annotated[str | None, Query(max_length=500)] = None,
                sort: str = "relevance", offset: Annotated[int, Query(ge=0, le=queries.MAX_OFFSET)] = 0) -> Response:
    page = queries.search_documents(store, q, f, PAGE, offset, "date" if sort == "date" else "relevance")
    params = {**f.as_query(), "q": q, "sort": sort if sort == "date" else None}
    return render(request, "search.html", title="Search", page=page, q=q or "", f=f, params=params, sort=sort)


@router.get("/timeline")
def timeline_page(request: Request, store: StoreDep, tq: TimelineQueryDep, precision: str = "month",
                  offset: Annotated[int, Query(ge=0, le=queries.MAX_OFFSET)] = 0,
                  every: Annotated[bool, Query(alias="all")] = False) -> Response:
    """Opens on months, the most recent first: periods after the newest report (plans, or dates read
    wrong) are listed after the others; a year view starts at the first year with more than a handful
    of happenings (a stray old date is not a period of the story) unless `all=1`."""
    if precision not in zoom.PRECISIONS:
        raise ApiError(400, f"precision={precision!r}: choose year, month or day", field="precision")
    params = tq.as_params()
    context: dict[str, Any] = {"title": "Timeline", "f": tq.filters, "tq": tq, "params": params,
                               "precision": precision, "fused": zoom.is_fused(store), "hidden_years": 0}
    if precision == "day":
        context["entries"] = zoom.timeline_entries(store, tq, PAGE, offset)
        context["days"] = _by_day(context["entries"].entries)
    else:
        buckets = zoom.timeline_buckets(store, tq, precision)
        if precision == "year" and not every:
            first = next((i for i, b in enumerate(buckets) if b["count"] > HANDFUL), 0)
            context["hidden_years"], buckets = first, buckets[first:]
        now = _newest_report(store)
        later = [b for b in buckets if now and b["from"] > now]
        context["later"] = len(later)
        context["buckets"] = [b for b in buckets if b not in later][::-1] + later
        context["top"] = max((b["count"] for b in buckets), default=1)
    return render(request, "timeline.html", **context)


def _newest_report(store: Any) -> str | None:
    """The day of the newest report (publication date, else story date): what a reader calls now.

    Two index seeks (documents_published), not a scan of every document's row: the cut of the newest
    ISO date is the newest of the cut dates, so the day is taken after the MAX.
    """
    row = store.query("SELECT substr(MAX(d), 1, 10) FROM (SELECT MAX(published) AS d FROM documents "
                      "UNION ALL SELECT MAX(story_date_earliest) FROM documents WHERE published IS NULL)")
    return row[0][0] if row else None


def _by_day(entries: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    days: list[tuple[str, list[dict[str, Any]]]] = []
    for entry in entries:
        if not days or days[-1][0] != entry["date"]:
            days.append((entry["date"], []))
        days[-1][1].append(entry)
    return days


@router.get("/events")
def events_page(request: Request, store: StoreDep, f: FiltersDep,
                offset: Annotated[int, Query(ge=0, le=queries.MAX_OFFSET)] = 0) -> Response:
    page = queries.list_events(store, f, PAGE, offset)
    return render(request, "events.html", title="Events", page=page, f=f, params=f.as_query())


@router.get("/events/{event_id}")
def event_page(request: Request, store: StoreDep, event_id: str) -> Response:
    event = queries.get_event(store, event_id)
    if event is None:
        raise ApiError(404, f"no event {event_id!r} in this store")
    from tidings.store.review import event_review
    from tidings.web.context import event_context, review_context

    ctx = event_context(store, event)
    date_span = (ctx["date"]["start"], ctx["date"]["end"]) if ctx.get("date", {}).get("start") is not None else None
    evidence = [_mention_markup(event, m, date_span) for m in event["mentions"]]

    return render(request, "event.html", title=f"Event {event['cameo']} {event.get('date') or ''}",
                  event=event, evidence=evidence, ctx=ctx, review=review_context(request),
                  decided=event_review(store, event_id))


def _mention_markup(event: dict[str, Any], mention: dict[str, Any], date_span: tuple[int, int] | None = None) -> Any:
    """The evidence sentence with the event's actors, verb and date marked (offsets relative to it)."""
    s0 = mention["start"]
    spans = []
    if mention.get("event_id") in (None, event["id"]) and date_span and s0 <= date_span[0] < mention["end"]:
        spans.append(Span(date_span[0] - s0, date_span[1] - s0, 1, "span", (("class", "role date"),)))
    if mention.get("event_id") in (None, event["id"]):
        for side in ("source", "target"):
            actor = event.get(side)
            if actor and actor.get("start") is not None:
                spans.append(Span(actor["start"] - s0, actor["end"] - s0, 1, "span", (("class", f"role {side}"),)))
        verb = event.get("verb")
        if verb:
            spans.append(Span(verb["start"] - s0, verb["end"] - s0, 1, "span", (("class", "role verb"),)))
    return render_spans(mention["sentence"], spans)


@router.get("/documents/{doc_id}")
def document_page(request: Request, store: StoreDep, doc_id: str) -> Response:
    doc = queries.get_document(store, doc_id)
    if doc is None:
        raise ApiError(404, f"no document {doc_id!r} in this store")
    dates = {r["id"]: (r["date_start"], r["date_end"]) for r in store.query(
        "SELECT id, date_start, date_end FROM events WHERE doc_id = ? AND date_start IS NOT NULL", (doc_id,))}
    body = render_spans(doc["text"], _document_spans(doc, dates))
    return render(request, "document.html", title=doc["title"] or doc["path"], doc=doc, body=body)


def _document_spans(doc: dict[str, Any], dates: dict[str, tuple[int, int]]) -> list[Span]:
    """Only evidence is highlighted: each event's source, action, target and the words that date it, and each
    fact. A name that no event or fact uses stays plain text, so a highlight always means "this was coded".
    Event sentences carry an (unhighlighted) anchor, so links to the evidence still land on it; rejected
    events are left out."""
    spans: list[Span] = []
    seen: set[tuple[int, int, str]] = set()
    sentences: dict[tuple[int, int], list[str]] = {}
    actor_at = {(a["start"], a["end"]): a for a in doc["actors"]}

    def add(start: int | None, end: int | None, rank: int, tag: str, attrs: tuple[tuple[str, str], ...]) -> None:
        key = (start or 0, end or 0, dict(attrs).get("class", ""))
        if start is None or end is None or key in seen:
            return
        seen.add(key)
        spans.append(Span(start, end, rank, tag, attrs))

    for ev in doc["events"]:
        if ev.get("review") == "rejected":
            continue
        m = ev["mentions"][0]
        sentences.setdefault((m["start"], m["end"]), []).append(f"{ev['cameo']} {ev['plover'] or ''}".strip())
        for side in ("source", "target"):
            actor = ev.get(side)
            if actor and actor.get("start") is not None:
                known = actor_at.get((actor["start"], actor["end"]), actor)
                key = known.get("actor_id") or known.get("country")
                label = f"{side} of {ev['cameo']}: " + " ".join(
                    x for x in (known.get("name"), known.get("country"), known.get("sector")) if x)
                attrs: tuple[tuple[str, str], ...] = (("class", f"actor role {side}"), ("title", label))
                add(actor["start"], actor["end"], 2, "a" if key else "span",
                    (("href", link(f"/actors/{key}")), *attrs) if key else attrs)
        if ev.get("verb"):
            add(ev["verb"]["start"], ev["verb"]["end"], 2, "span",
                (("class", "role verb"), ("title", f"action: {ev['cameo']} {ev['plover'] or ''}")))
        if ev["id"] in dates:
            add(*dates[ev["id"]], 2, "span", (("class", "timex role date"), ("title", f"date: {ev['date']}")))
    for (s0, s1), codes in sentences.items():
        marks = (("id", f"s-{s0}-{s1}"), ("class", "evidence"), ("data-start", str(s0)), ("data-end", str(s1)),
                 ("title", "event: " + "; ".join(codes)))
        spans.append(Span(s0, s1, 0, "mark", marks))
    for fact in doc["facts"]:
        label = f"fact: {fact['what']} = {fact['value']:g} {fact['unit']}"
        add(fact["start"], fact["end"], 1, "span", (("class", "fact"), ("title", label)))
    return spans


@router.get("/actors")
def actors_page(request: Request, store: StoreDep, q: Annotated[str | None, Query(max_length=100)] = None,
                offset: Annotated[int, Query(ge=0, le=queries.MAX_OFFSET)] = 0) -> Response:
    page = profiles.list_actors(store, q, 50, offset)
    return render(request, "actors.html", title="Actors", page=page, q=q or "")


@router.get("/actors/{key}")
def actor_page(request: Request, store: StoreDep, key: str) -> Response:
    actor = profiles.get_actor(store, key)
    if actor is None:
        raise ApiError(404, f"no actor {key!r} in this store")
    from tidings.web.context import NEWEST_MENTIONS, actor_codes, actor_mention_count

    return render(request, "actor.html", title=f"Actor {actor['key']}", actor=actor,
                  codes=actor_codes(store, actor["key"]), mentions=actor_mention_count(store, actor["key"]),
                  newest=NEWEST_MENTIONS)


@router.get("/trend")
def trend_page(request: Request, store: StoreDep, f: FiltersDep) -> Response:
    """The query of `tidings trend` (`tidings.views.trends`): the same happenings, months and counts."""
    from tidings.views.trends import happening_trend

    sides = tuple(f.dyad.upper().split("-", 1)) if f.dyad else (f.actor.upper(),) if f.actor else ()
    trend = happening_trend(store, sides, f.date_from, f.date_to) if sides else None
    points = trend.points() if trend else []
    label = f.dyad or f.actor or ""
    svg = chart.trend_svg(points, f"Monthly happenings and mean Goldstein, {label}") if label else None
    return render(request, "trend.html", title=f"Trend {label}".strip(), f=f, points=points[::-1], svg=svg,
                  unplaced=trend.unplaced if trend else 0)
