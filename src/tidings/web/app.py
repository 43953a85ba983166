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
import queue
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
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
from tidings.store.sqlite import store_error as coded_store_error
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
PROGRESS_STEPS = 20_000  # at most this many SQLite virtual-machine steps between two looks at a request's
# budget; fewer for a small budget (`progress_steps`): each look costs a few microseconds of Python
WALL_FACTOR = 8  # a request's SQLite work also stops after this many times its processor-time limit


class Stores:
    """A small pool of read-only connections to the store, one lent to each request for its whole work.

    Why a pool: a request never shares its connection, so its SQLite work can be bounded in time (a
    progress handler with its own deadline, `query_seconds`) and cancelled when its client goes, and at
    most `size` requests touch SQLite at once: a burst of costly queries waits for a connection (at
    most `wait_seconds`, then 503) instead of crowding out every other request's CPU.
    """

    def __init__(self, path: str, size: int = 4, query_seconds: float = 1.5, wait_seconds: float = 10.0,
                 costly: int = 1) -> None:
        self.path = path
        self.size = size
        self.query_seconds = query_seconds
        self.wait_seconds = wait_seconds
        self._costly = threading.BoundedSemaphore(max(1, min(costly, size - 1)))
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()
        self._made = 0
        self._lock = threading.Lock()
        self._versions: dict[int, int] = {}  # data_version each pooled connection last saw, by id()

    def _take(self) -> Store:
        with self._lock:
            if self._idle.empty() and self._made < self.size:
                self._made += 1
                try:
                    return Store(self.path, readonly=True)
                except BaseException:
                    self._made -= 1
                    raise
        try:
            return self._idle.get(timeout=self.wait_seconds)
        except queue.Empty:
            raise ApiError(503, f"the server is busy: {self.size} requests are reading the store; "
                                "try again in a moment", code="busy") from None

    @contextmanager
    def lease(self, cancelled: threading.Event | None = None, costly: bool = False) -> Iterator[Store]:
        """A connection for one request: its SQLite work stops (OperationalError "interrupted") once it
        has run `query_seconds` or `cancelled` is set, and the connection goes back to the pool.

        A `costly` request (a full-text search with prefix words or many words) first waits for one of
        the few costly slots, so costly searches queue behind each other, not in front of the rest; a
        client that goes while its request waits frees its place at once. This may block: the web app
        calls it from a worker thread, and only when `lend_now` cannot serve the request at once."""
        if costly:
            self._wait_costly_slot(cancelled)
        try:
            store = self._armed(self._renewed(self._take()), cancelled)
            try:
                yield store
            finally:
                self.give_back(store)
        finally:
            if costly:
                self._costly.release()

    def lend_now(self, cancelled: threading.Event | None = None) -> Store | None:
        """An idle connection that has seen no write since its last request, armed for this request, or
        None when getting one would wait, open a connection or renew one (`lease` does that off the event
        loop). Why: most requests find an idle, current connection, and handing it over where the request
        already runs spares two thread hand-offs per request; `give_back` returns it."""
        try:
            store = self._idle.get_nowait()
        except queue.Empty:
            return None
        if not self._current(store):
            self._idle.put(store)
            return None
        return self._armed(store, cancelled)

    def give_back(self, store: Store) -> None:
        store.conn.set_progress_handler(None, 0)
        self._idle.put(store)

    def _armed(self, store: Store, cancelled: threading.Event | None) -> Store:
        # the request's own queries, not the pool's bookkeeping, spend its budget
        store.conn.set_progress_handler(Budget(self.query_seconds, cancelled), progress_steps(self.query_seconds))
        return store

    def _current(self, store: Store) -> bool:
        version = store.conn.execute("PRAGMA data_version").fetchone()[0]
        return bool(self._versions.setdefault(id(store), version) == version)

    def _renewed(self, store: Store) -> Store:
        """`store`, or a new connection in its place when another connection has written the file since this
        one last read it (SQLite's data_version): a pooled read-only connection kept across another
        process's ingest and fusion has been seen to answer "database disk image is malformed" on a sound
        file; a new connection costs a few milliseconds, and only after a write.

        Opening checks the store's schema version (T303 for a store a newer tidings upgraded meanwhile,
        a 503), so a connection that saw no write since is not checked again. A connection that cannot
        be renewed leaves the pool (the next request opens another, or meets the same error)."""
        try:
            if self._current(store):
                return store
            del self._versions[id(store)]
            store.close()
            fresh = Store(self.path, readonly=True)
        except BaseException:
            self._versions.pop(id(store), None)
            store.close()
            with self._lock:
                self._made -= 1
            raise
        self._versions[id(fresh)] = fresh.conn.execute("PRAGMA data_version").fetchone()[0]
        return fresh

    def _wait_costly_slot(self, cancelled: threading.Event | None) -> None:
        deadline = time.monotonic() + self.wait_seconds
        while not self._costly.acquire(timeout=0.05):
            if cancelled is not None and cancelled.is_set():
                raise ApiError(503, "the client went away", code="busy")
            if time.monotonic() > deadline:
                raise ApiError(503, "the server is busy with other costly searches; try again in a moment",
                               code="busy")

    def get(self) -> Store:
        """A connection of its own, outside the pool and its limits (scripts, tests)."""
        return Store(self.path, readonly=True)


class Budget:
    """SQLite's progress handler for one request: stop (return 1) once the request's SQLite work has
    used `cpu_seconds` of processor time, or WALL_FACTOR times that in wall-clock time (a query
    waiting on the disk), or its client is gone. Processor time, counted in each thread that runs the
    request's queries, is what a costly query spends, whatever else the machine is doing; so a busy
    machine does not turn cheap queries into refusals."""

    def __init__(self, cpu_seconds: float, cancelled: threading.Event | None = None) -> None:
        self.cpu_seconds = cpu_seconds
        self.cancelled = cancelled
        self.deadline = time.monotonic() + WALL_FACTOR * cpu_seconds
        self.used = 0.0
        self._seen: dict[int, float] = {}

    def __call__(self) -> int:
        thread, now = threading.get_ident(), time.thread_time()
        self.used += now - self._seen.get(thread, now)
        self._seen[thread] = now
        stop = self.used > self.cpu_seconds or time.monotonic() > self.deadline
        return int(stop or (self.cancelled is not None and self.cancelled.is_set()))


def progress_steps(query_seconds: float) -> int:
    """Steps between two looks at the budget: about a thousandth of it at SQLite's ten million or so steps
    a second (15,000 for the default 1.5 s), never more than PROGRESS_STEPS nor fewer than 100, so a
    tiny budget is still enforced and a large one is not paid for with a look every few microseconds."""
    return max(100, min(PROGRESS_STEPS, int(query_seconds * 10_000)))


def query_interrupted(exc: sqlite3.Error) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and str(exc) == "interrupted"


async def watch_disconnect(scope: Scope, receive: Receive) -> tuple[Receive, threading.Event, asyncio.Task[None]]:
    """For a GET or HEAD (no body to protect): a `receive` for the app that a watcher feeds, and an event
    the watcher sets when the client disconnects, so the request's SQLite work is cancelled at once."""
    cancelled = threading.Event()
    messages: asyncio.Queue[Message] = asyncio.Queue()

    async def watch() -> None:
        while True:
            message = await receive()
            await messages.put(message)
            if message["type"] == "http.disconnect":
                cancelled.set()
                return

    task = asyncio.create_task(watch())
    return messages.get, cancelled, task


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
        watcher = None
        if scope.get("method") in ("GET", "HEAD"):
            receive, cancelled, watcher = await watch_disconnect(scope, receive)
            scope.setdefault("state", {})["cancelled"] = cancelled
        try:
            await self.app(scope, receive, with_headers)
        except Exception:
            LOG.exception("request failed: %s", scope.get("path"))
            if started:
                raise
            body = error_body(500, "internal_error", "the server failed on this request; see its log")
            await JSONResponse(body, status_code=500)(scope, receive, with_headers)
        finally:
            if watcher is not None:
                watcher.cancel()


_HOST = re.compile(r"(?P<name>\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(?::[0-9]{1,5})?")


def _host_of(scope: Scope) -> str:
    """The host name of the one Host header, if the header is exactly host[:port] (RFC 9110): a value
    such as `127.0.0.1:80@evil.example` or two Host headers give "" and are refused."""
    values = [value for key, value in scope.get("headers", []) if key == b"host"]
    if len(values) != 1:
        return ""
    match = _HOST.fullmatch(values[0].decode("latin-1").lower())
    return match.group("name") if match else ""


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
    app.state.stores = Stores(config.db, config.query_workers, config.query_seconds)
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

    @app.exception_handler(sqlite3.DatabaseError)
    async def damaged_store(request: Request, exc: sqlite3.DatabaseError) -> Response:
        """A query stopped at its time limit: 400, narrow it. A store found damaged (or made unusable)
        while answering: 503 with the coded message."""
        if query_interrupted(exc):
            seconds = request.app.state.stores.query_seconds
            return _respond(request, 400, "query_too_costly", f"this query needs more than {seconds:g} s of the "
                            "store's time; narrow it: fewer words, longer prefixes before '*', or a date range")
        LOG.warning("store error on %s: %s", request.url.path, exc)
        return _respond(request, 503, "store_unavailable", coded_store_error(app.state.config.db, exc).message)
