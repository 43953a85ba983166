"""The FastAPI application behind `tidings serve`: pages, the JSON API, security headers, errors.

The store is opened read-only, one SQLite connection per worker thread (WAL lets an ingest write
while the app reads). Every error, API or page, has one shape: `{"error": {"status", "code",
"message", "field"}}` (pages show the same fields as HTML). Security: article text is only ever
escaped, pages carry a strict Content-Security-Policy (no inline script or style), and the Host
header is checked so a web page elsewhere cannot reach a loopback server through DNS rebinding.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tidings.errors import TidingsError
from tidings.store import Store
from tidings.web.errors import ERROR_CODES, ApiError, WebConfig, error_body
from tidings.web.filters import FilterError

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
LOG = logging.getLogger("tidings.web")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
class Stores:
    """One read-only connection per (thread, store path): sqlite3 connections are not shared."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.path, readonly=True)
            self._local.store = store
        return store


class Guard:
    """Outermost middleware: checks the Host header, adds the security headers to every response
    (pages, API, static files, errors) and turns an unexpected exception into the error shape."""

    def __init__(self, app: ASGIApp, allowed_hosts: tuple[str, ...] | None) -> None:
        self.app = app
        self.allowed = None if allowed_hosts is None else {h.lower() for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [(k, v) for k, v in message.get("headers", []) if k.decode().lower() not in SECURITY_HEADERS]
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message["headers"] = headers
            await send(message)

        host = _host_of(scope)
        if self.allowed is not None and host not in self.allowed:
            body = error_body(400, "bad_host", f"Host {host!r} is not served here; open http://127.0.0.1 instead")
            await JSONResponse(body, status_code=400)(scope, receive, with_headers)
            return
        try:
            await self.app(scope, receive, with_headers)
        except Exception:
            LOG.exception("request failed: %s", scope.get("path"))
            if started:
                raise
            body = error_body(500, "internal_error", "the server failed on this request; see its log")
            await JSONResponse(body, status_code=500)(scope, receive, with_headers)


def _host_of(scope: Scope) -> str:
    for key, value in scope.get("headers", []):
        if key == b"host":
            host = value.decode("latin-1").lower()
            return host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return ""


def create_app(config: WebConfig) -> FastAPI:
    """The app for one store. Raises TidingsError T304 if there is no store at `config.db`."""
    if not Path(config.db).is_file():
        raise TidingsError("T304", config.db)
    Store(config.db, readonly=True).close()  # fail now, not on the first request, if it cannot open
    app = FastAPI(title="tidings", version=_version(), docs_url=None, redoc_url=None,
                  description="Read-only JSON API over a tidings store: documents, events, timeline, facts, "
                              "actors and trends. Every error has the shape {\"error\": {status, code, message, "
                              "field}}. See docs/web.md.")
    app.state.config = config
    app.state.stores = Stores(config.db)
    app.state.ingest_lock = asyncio.Lock()
    _install_error_handlers(app)
    from tidings.web import api, overview, pages, review

    app.include_router(api.router)
    app.include_router(overview.router)  # the home page
    app.include_router(review.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(files("tidings.web") / "static")), name="static")
    app.add_middleware(Guard, allowed_hosts=config.allowed_hosts)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tidings")
    except PackageNotFoundError:
        return "0"


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/openapi.json", "/static/"))


def _respond(request: Request, status: int, code: str, message: str, field: str | None = None) -> Response:
    if _wants_html(request):
        from tidings.web.pages import error_page

        return error_page(request, status, code, message, field)
    return JSONResponse(error_body(status, code, message, field), status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _respond(request, exc.status, exc.code, exc.message, exc.field)

    @app.exception_handler(FilterError)
    async def filter_error(request: Request, exc: FilterError) -> Response:
        return _respond(request, 400, "invalid_parameter", str(exc), exc.field)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body")]
        field = ".".join(loc) or None
        message = f"{field}: {first.get('msg', 'invalid value')}" if field else str(first.get("msg", "invalid"))
        return _respond(request, 400, "invalid_parameter", message, field)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = ERROR_CODES.get(exc.status_code, "error")
        return _respond(request, exc.status_code, code, str(exc.detail))

    @app.exception_handler(TidingsError)
    async def store_error(request: Request, exc: TidingsError) -> Response:
        return _respond(request, 503, "store_unavailable", exc.message)
