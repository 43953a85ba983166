"""The JSON API under /api/: the same data as the pages, the same filters as the CLI, paged.

Listings answer `{"items": [...], "limit", "offset", "total", "total_exact", "next_offset"}`;
`total` stops counting at 10,000 (then `total_exact` is false). Errors answer
`{"error": {"status", "code", "message", "field"}}`. Read-only unless the server was started
with `--allow-ingest`, which enables `POST /api/ingest` with size limits.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from tidings.store import Store
from tidings.web import profiles, queries, zoom
from tidings.web.errors import ApiError, WebConfig
from tidings.web.filters import Filters, make_filters


class ErrorDetail(BaseModel):
    status: int
    code: str = Field(description="invalid_parameter, not_found, too_large, forbidden, bad_host, ...")
    message: str
    field: str | None = Field(None, description="the parameter at fault, when there is one")


class ErrorBody(BaseModel):
    error: ErrorDetail


class PageBody(BaseModel):
    items: list[dict[str, Any]]
    limit: int
    offset: int
    total: int | None = None
    total_exact: bool | None = None
    next_offset: int | None = Field(None, description="offset of the next page; null on the last page")
    order: str | None = Field(None, description="documents: 'relevance' or 'date' (more than 10,000 matches "
                                                "are listed newest first)")


ERRORS: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": ErrorBody, "description": "Bad parameter, unknown id, too large, or not allowed"},
    "5XX": {"model": ErrorBody, "description": "Store unavailable or server failure"},
}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (1-500).")]
Offset = Annotated[int, Query(ge=0, le=queries.MAX_OFFSET, description="Items to skip.")]


async def store_of(request: Request) -> AsyncIterator[Store]:
    """A pooled connection for this request, its SQLite work limited in time and cancelled when the
    client goes (web.app.Stores). An idle connection is handed over here on the event loop; waiting for
    one, opening or renewing one, or a costly search's slot, happen in a worker thread."""
    stores = request.app.state.stores
    cancelled = request.scope.get("state", {}).get("cancelled")
    costly = queries.costly_search(request.query_params.get("q"))
    store = None if costly else stores.lend_now(cancelled)
    if store is not None:
        try:
            yield store
        finally:
            stores.give_back(store)
        return
    lease = stores.lease(cancelled, costly)
    leased: Store = await run_in_threadpool(lease.__enter__)
    try:
        yield leased
    finally:
        await run_in_threadpool(lease.__exit__, None, None, None)


async def filters_of(
    actor: Annotated[str | None, Query(description="ISO3 country or actor id (either side of an event).")] = None,
    dyad: Annotated[str | None, Query(description="Two countries, either direction, e.g. CHN-KAZ.")] = None,
    cameo: Annotated[str | None, Query(description="CAMEO code prefix, e.g. 04.")] = None,
    plover: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT.")] = None,
    date_from: Annotated[str | None, Query(alias="from", description="Earliest date: YYYY[-MM[-DD]].")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="Latest date: YYYY[-MM[-DD]].")] = None,
    source: Annotated[str | None, Query(description="News outlet as stored (case-insensitive).")] = None,
    mode: Annotated[str | None, Query(description="factual, future, hypothetical or negated.")] = None,
) -> Filters:
    return make_filters(actor=actor, dyad=dyad, cameo=cameo, plover=plover, date_from=date_from,
                        date_to=date_to, source=source, mode=mode)


StoreDep = Annotated[Store, Depends(store_of)]
FiltersDep = Annotated[Filters, Depends(filters_of)]


@router.get("/documents", response_model=PageBody, summary="Search or list documents")
def api_documents(store: StoreDep, f: FiltersDep, limit: Limit = 20, offset: Offset = 0,
                  q: Annotated[str | None, Query(max_length=500, description="Words or \"phrases\" (FTS5).")] = None,
                  sort: Literal["relevance", "date"] = "relevance") -> dict[str, Any]:
    """Full-text search over titles and cleaned text, best match first (newest first without `q`)."""
    return queries.search_documents(store, q, f, limit, offset, sort).as_json()


@router.get("/documents/{doc_id}", summary="One document with everything recognized in it")
def api_document(store: StoreDep, doc_id: str) -> dict[str, Any]:
    """Cleaned text, metadata, actors, dates, events, facts, removed boilerplate, duplicates, clusters."""
    doc = queries.get_document(store, doc_id)
    if doc is None:
        raise ApiError(404, f"no document {doc_id!r} in this store", field="doc_id")
    return doc


@router.get("/events", response_model=PageBody, summary="List events with their evidence")
def api_events(store: StoreDep, f: FiltersDep, limit: Limit = 50, offset: Offset = 0,
               doc_id: Annotated[str | None, Query(description="Only events of this document.")] = None,
               order: Literal["newest", "oldest"] = "newest") -> dict[str, Any]:
    """Events matching the filters (CLI semantics: dates fall back to the story date)."""
    if doc_id:
        f = make_filters(**{**_fields(f), "doc_id": doc_id})
    return queries.list_events(store, f, limit, offset, newest_first=order == "newest").as_json()


@router.get("/events/{event_id}", summary="One event and every mention of its happening")
def api_event(store: StoreDep, event_id: str) -> dict[str, Any]:
    event = queries.get_event(store, event_id)
    if event is None:
        raise ApiError(404, f"no event {event_id!r} in this store", field="event_id")
    return event


async def timeline_query_of(
    f: FiltersDep,
    type: Annotated[str | None, Query(max_length=40, description="PLOVER type, CAMEO prefix, or "
                                      "event/statement/fact (the CLI's --type).")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the headline or evidence (--query).")
                 ] = None,
    min_sources: Annotated[int, Query(ge=0, le=1000, description="At least this many articles.")] = 0,
    statements: Annotated[bool, Query(description="Also plain public statements (--statements).")] = False,
    background: Annotated[bool, Query(description="Also dated sentences that report no act (--background).")
                          ] = False,
) -> zoom.TimelineQuery:
    return zoom.TimelineQuery(f, type=type or None, query=(q or "").strip() or None, min_sources=min_sources,
                              statements=statements, background=background)


TimelineQueryDep = Annotated[zoom.TimelineQuery, Depends(timeline_query_of)]


@router.get("/timeline", summary="The fused timeline: counts per year/month, or entries at day precision")
def api_timeline(store: StoreDep, tq: TimelineQueryDep, limit: Limit = 50, offset: Offset = 0,
                 precision: Literal["year", "month", "day"] = "day") -> dict[str, Any]:
    """`day`: one page of entries (fusion's happenings) in the order and JSON of `tidings timeline
    --format json`. `year`/`month`: buckets with counts by quad class (0: dated statements and
    facts) and mean Goldstein, each entry counted at its earliest day."""
    if precision == "day":
        return {"precision": "day", **zoom.timeline_entries(store, tq, limit, offset).as_json()}
    return {"precision": precision, "buckets": zoom.timeline_buckets(store, tq, precision)}


@router.get("/facts", response_model=PageBody, summary="Quantities the texts state")
def api_facts(store: StoreDep, f: FiltersDep, limit: Limit = 50, offset: Offset = 0,
              doc_id: str | None = None,
              what: Annotated[str | None, Query(max_length=100, description="Words in what it measures.")] = None,
              ) -> dict[str, Any]:
    if doc_id:
        f = make_filters(**{**_fields(f), "doc_id": doc_id})
    return queries.list_facts(store, f, what, limit, offset).as_json()


@router.get("/actors", response_model=PageBody, summary="Actors by number of mentions")
def api_actors(store: StoreDep, limit: Limit = 50, offset: Offset = 0,
               q: Annotated[str | None, Query(max_length=100, description="Part of a name, an id or ISO3.")] = None,
               ) -> dict[str, Any]:
    return profiles.list_actors(store, q, limit, offset).as_json()


@router.get("/actors/{key}", summary="One actor: names, roles over time, events as source and target")
def api_actor(store: StoreDep, key: str, limit: Limit = 20) -> dict[str, Any]:
    actor = profiles.get_actor(store, key, limit)
    if actor is None:
        raise ApiError(404, f"no actor {key!r} in this store", field="key")
    return actor


@router.get("/trend", summary="Monthly counts by quad class and mean Goldstein")
def api_trend(store: StoreDep, f: FiltersDep) -> dict[str, Any]:
    """Usually for a dyad (`dyad=CHN-KAZ`); factual events dated to a month or finer."""
    if not (f.dyad or f.actor):
        raise ApiError(400, "give dyad=AAA-BBB (or actor=AAA) to draw a trend", field="dyad")
    return {"filters": f.as_query(), "months": profiles.trend(store, f)}


@router.get("/stats", summary="What the store holds")
def api_stats(store: StoreDep) -> dict[str, Any]:
    counts = {t: store.count(t) for t in ("documents", "events", "facts", "failures")}
    return {"store": store.path, "schema_version": store.schema_version(), "counts": counts}


def _fields(f: Filters) -> dict[str, Any]:
    return {name: getattr(f, name) for name in Filters.__slots__}


# -- ingest (only with --allow-ingest) ----------------------------------------------------------------


class IngestItem(BaseModel):
    text: str = Field(min_length=1, description="Plain text or HTML of one article.")
    media_type: Literal["text/plain", "text/html"] = "text/plain"
    origin: str | None = Field(None, max_length=2000, description="Where it came from; default: its URL or hash")
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=64)
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)


class IngestRequest(BaseModel):
    documents: list[IngestItem] = Field(min_length=1)


INGEST_SCHEMA = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": IngestRequest.model_json_schema(ref_template="#/components/schemas/{model}")}}}}


@router.post("/ingest", summary="Analyze and store articles (only with --allow-ingest)", openapi_extra=INGEST_SCHEMA)
async def api_ingest(request: Request) -> dict[str, Any]:
    """Body `{"documents": [{"text": ..., "title": ..., "published": ...}]}`, at most the server's
    byte and document limits. Answers the counts and the failures with their codes."""
    config: WebConfig = request.app.state.config
    if not config.allow_ingest:
        raise ApiError(403, "this server is read-only; start it with 'tidings serve --allow-ingest'")
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        raise ApiError(415, "send the articles as application/json")
    body = await _read_limited(request, config.max_ingest_bytes)
    try:
        parsed = IngestRequest.model_validate(_json_body(body))
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ApiError(400, f"{'.'.join(map(str, first['loc']))}: {first['msg']}",
                       field=".".join(map(str, first["loc"]))) from None
    if len(parsed.documents) > config.max_ingest_documents:
        raise ApiError(413, f"{len(parsed.documents)} documents; this server takes at most "
                            f"{config.max_ingest_documents} per request", field="documents")
    async with request.app.state.ingest_lock:
        return await run_in_threadpool(_ingest, config.db, parsed)


_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _json_body(body: bytes) -> Any:
    """The body as JSON, or 400 for any way it is not: not UTF-8, invalid, nested too deep to read
    (RecursionError), an integer past Python's digit limit (ValueError), a lone surrogate escape
    (\\ud800) that no stored text can hold. Never a 500."""
    try:
        value = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"body is not UTF-8 JSON ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ApiError(400, f"body is not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise ApiError(400, "body is not JSON this server reads: nested too deep") from None
    except ValueError as exc:
        raise ApiError(400, f"body is not JSON this server reads: {exc}") from None
    if _LONE_SURROGATE.search(json.dumps(value, ensure_ascii=False)):
        raise ApiError(400, "body holds a lone surrogate escape (such as \\ud800), which is not text")
    return value


async def _read_limited(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"body of {declared} bytes; this server takes at most {limit}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _ingest(db: str, parsed: IngestRequest) -> dict[str, Any]:
    """Clean, analyze and store each article the way `tidings ingest` does; failures are recorded."""
    from tidings.web.ingest import ingest_items

    raws: list[tuple[str, str, str, dict[str, str]]] = []
    for item in parsed.documents:
        origin = item.origin or item.url or "api:" + hashlib.sha256(item.text.encode()).hexdigest()[:16]
        given = {k: v for k, v in (("title", item.title), ("published", item.published), ("source", item.source),
                                   ("url", item.url)) if v}
        raws.append((origin, item.text, item.media_type, given))
    return ingest_items(db, raws)
