"""What every web module shares: the server's configuration and the one error shape.

They live below the app, the API and the pages (which all raise `ApiError` and read `WebConfig`), so
that the app can import its routers without the routers importing the app back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ERROR_CODES = {400: "invalid_parameter", 404: "not_found", 405: "method_not_allowed", 403: "forbidden",
               413: "too_large", 415: "unsupported_media_type", 500: "internal_error", 503: "store_unavailable"}


@dataclass(frozen=True, slots=True)
class WebConfig:
    """What `tidings serve` decides: which store, whether ingest is allowed, and its limits."""

    db: str
    allow_ingest: bool = False
    max_ingest_bytes: int = 5_000_000
    max_ingest_documents: int = 100
    allowed_hosts: tuple[str, ...] | None = None  # None: no Host check (tests); serve passes a list
    query_workers: int = 4  # requests reading the store at once (docs/web.md "Limits")
    query_seconds: float = 1.5  # store time one request may use before it is stopped (400 query_too_costly)
    allow_review: bool = False  # review forms may write decisions (web/review.py adds CSRF and same-origin checks)
    reviewer: str = ""  # the name web review decisions are stored under


class ApiError(Exception):
    """An error an endpoint raises on purpose; rendered in the one error shape."""

    def __init__(self, status: int, message: str, code: str | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or ERROR_CODES.get(status, "error")
        self.field = field


def error_body(status: int, code: str, message: str, field: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, "field": field}}


__all__ = ["ERROR_CODES", "ApiError", "WebConfig", "error_body"]
