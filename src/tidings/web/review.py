"""Review in the browser: confirm, reject or correct events and happenings; the queue; the rejected list.

Reading is open like every other page. Writing is the only thing in the workspace that changes the store,
so it takes three locks, each of which alone answers 403:
- the server was started with `tidings serve --allow-review` (else every review write is refused);
- the form carries the server's CSRF token (a random value made when the app starts, printed only into
  this server's own pages, which other sites cannot read);
- the request is same-origin: a browser's `Sec-Fetch-Site` says `same-origin`, or (a client that does not
  send it) its `Origin`, else its `Referer`, is this server's own origin.
Forms post `application/x-www-form-urlencoded` and answer with a redirect (303) back to the page.
"""

from __future__ import annotations

import hmac
import threading
from typing import Annotated, Any
from urllib.parse import parse_qs, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from tidings.errors import TidingsError
from tidings.store import Store, review
from tidings.web import queries
from tidings.web.api import StoreDep
from tidings.web.context import csrf_token, review_context
from tidings.web.errors import ApiError, WebConfig

router = APIRouter(include_in_schema=False)
MAX_FORM_BYTES = 20_000
QUEUE_PAGE = 20
_WRITE_LOCK = threading.Lock()  # one review write at a time per process (SQLite has one writer anyway)


def _own_origin(request: Request) -> str:
    host = next((v.decode("latin-1") for k, v in request.scope.get("headers", []) if k == b"host"), "")
    return f"{request.url.scheme}://{host}".lower()


def check_write(request: Request, form: dict[str, str]) -> None:
    """403 unless review is allowed, the request is same-origin and the form carries the token."""
    config: WebConfig = request.app.state.config
    if not getattr(config, "allow_review", False):
        raise ApiError(403, "review is read-only here: start the server with 'tidings serve --allow-review'")
    if not same_origin(request):
        raise ApiError(403, "review writes are accepted only from this server's own pages (same origin)",
                       code="cross_origin")
    if not hmac.compare_digest(form.get("csrf", ""), csrf_token(request)):
        raise ApiError(403, "the form's token is missing or stale: reload the page and try again", code="bad_csrf")


def same_origin(request: Request) -> bool:
    """A browser says where a request comes from in `Sec-Fetch-Site`, which no page can forge; it is the
    only signal left when the `Origin` is "null" (our pages send no referrer). Without it, the `Origin`
    (else the `Referer`) must be this server's own origin."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site == "same-origin"
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        referer = request.headers.get("referer")
        origin = None if not referer else "{0.scheme}://{0.netloc}".format(urlsplit(referer))
    return origin is not None and origin.lower() == _own_origin(request)


async def read_form(request: Request) -> dict[str, str]:
    """An urlencoded form body (the only kind the review forms send), size-limited."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise ApiError(415, "send the review form as application/x-www-form-urlencoded")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise ApiError(413, f"a review form is at most {MAX_FORM_BYTES} bytes")
    try:
        parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=50)
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "the form is not valid UTF-8 urlencoded text") from None
    return {k: v[-1].strip() for k, v in parsed.items()}


def changes_from(form: dict[str, str]) -> dict[str, Any]:
    """The corrections a form asks for (empty fields change nothing)."""
    changes: dict[str, Any] = {"mode": form.get("mode") or None, "date": form.get("date") or None}
    if form.get("type"):
        changes.update(review.parse_type(form["type"]))
    for side in ("source", "target"):
        text, country = form.get(f"{side}_text", ""), form.get(f"{side}_country", "")
        if text or country:
            changes[side] = review.actor_change(text, country or None, form.get(f"{side}_sector") or None)
    return changes


def _reviewer(request: Request, form: dict[str, str]) -> str:
    configured = str(getattr(request.app.state.config, "reviewer", "") or "")
    return configured or form.get("reviewer", "")[:80] or "web"


async def _decide(request: Request, item_id: str, happening: bool) -> Response:
    form = await read_form(request)
    check_write(request, form)
    action = form.get("action", "")
    if action not in review.ACTIONS:
        raise ApiError(400, f"action={action!r}: choose confirm, reject, correct, merge or split", field="action")
    if action in review.GROUP_ACTIONS and not happening:
        raise ApiError(400, f"action={action!r} is for happenings", field="action")
    who, reason = _reviewer(request, form), form.get("reason", "")[:2000]
    path = request.app.state.config.db

    def write() -> str | None:
        with _WRITE_LOCK, Store(path) as store:
            changes = changes_from(form) if action == "correct" else None
            if happening and action == "merge":
                made = review.merge_happenings(store, [item_id, form.get("other", "")], reviewer=who, reason=reason)
                kept = store.query("SELECT happening_id FROM happening_mentions WHERE item_id = ?", (made[0].item_id,))
                return f"/happenings/{kept[0][0]}" if kept else None
            elif happening and action == "split":
                review.split_member(store, item_id, form.get("member", ""), reviewer=who, reason=reason)
            elif happening:
                review.decide_happening(store, item_id, action, reviewer=who, reason=reason, changes=changes)
            else:
                review.decide_event(store, item_id, action, reviewer=who, reason=reason, changes=changes)
        return None

    try:
        landing = await run_in_threadpool(write)
    except TidingsError as exc:
        raise ApiError(404 if "no such" in exc.message else 400, exc.message) from None
    back = landing or form.get("next", "")
    if not back.startswith("/") or back.startswith("//"):
        back = f"/happenings/{item_id}" if happening else f"/events/{item_id}"
    return RedirectResponse(back, status_code=303)


@router.post("/review/events/{event_id}")
async def review_event(request: Request, event_id: str) -> Response:
    return await _decide(request, event_id, happening=False)


@router.post("/review/happenings/{happening_id}")
async def review_happening(request: Request, happening_id: str) -> Response:
    return await _decide(request, happening_id, happening=True)


@router.get("/happenings/{happening_id}")
def happening_page(request: Request, store: StoreDep, happening_id: str) -> Response:
    from tidings.web.pages import render

    rows = store.query("SELECT * FROM happenings WHERE id = ?", (happening_id,))
    if not rows:
        raise ApiError(404, f"no happening {happening_id!r} in this store (a rejected one is listed under "
                            "/review/rejected)")
    members = store.query(
        "SELECT m.kind, m.item_id, m.doc_id, m.sentence_start AS start, m.sentence_end AS \"end\", m.date, "
        "d.origin AS path, d.title, d.source, e.cameo, e.plover, e.source_country, e.target_country, e.review, "
        "substr(d.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) AS sentence "
        "FROM happening_mentions m JOIN documents d ON d.id = m.doc_id LEFT JOIN events e ON e.id = m.item_id "
        "WHERE m.happening_id = ? ORDER BY d.published, d.origin, m.sentence_start LIMIT 500", (happening_id,))
    h = dict(rows[0])
    return render(request, "happening.html", title=f"Happening {h['date'] or ''}", h=h,
                  members=[dict(m) for m in members], review=review_context(request))


@router.get("/review/rejected")
def rejected_page(request: Request, store: StoreDep,
                  offset: Annotated[int, Query(ge=0, le=queries.MAX_OFFSET)] = 0) -> Response:
    from tidings.web.pages import render

    items = review.rejected_events(store, limit=50, offset=offset)
    return render(request, "rejected.html", title="Rejected events", items=items, offset=offset,
                  review=review_context(request))


@router.get("/review")
def queue_page(request: Request, store: StoreDep,
               offset: Annotated[int, Query(ge=0, le=queries.MAX_OFFSET)] = 0) -> Response:
    """Unreviewed events, the most important first (the happening's weight: outlets, articles, mentions)."""
    from tidings.web.pages import render

    items = review_queue(store, QUEUE_PAGE, offset)
    return render(request, "queue.html", title="Review queue", items=items, offset=offset, limit=QUEUE_PAGE,
                  review=review_context(request))


def review_queue(store: Store, limit: int, offset: int) -> list[dict[str, Any]]:
    """Events no one has decided on, by the weight of their happening, then Goldstein strength."""
    if not review.has_review(store):
        return []
    rows = store.query(
        "SELECT e.id, e.cameo, e.plover, e.quad_class, e.mode, e.date, e.source_text, e.source_country, "
        "e.target_text, e.target_country, e.doc_id, e.sentence_start, e.sentence_end, e.verb_start, e.verb_end, "
        "d.title, d.origin, substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence, "
        "COALESCE(MAX(h.weight), 0) AS weight FROM events e JOIN documents d ON d.id = e.doc_id "
        "LEFT JOIN happening_mentions m ON m.item_id = e.id LEFT JOIN happenings h ON h.id = m.happening_id "
        "WHERE e.review IS NULL GROUP BY e.id ORDER BY weight DESC, abs(e.goldstein) DESC, e.id LIMIT ? OFFSET ?",
        (limit, offset))
    return [dict(r) for r in rows]
