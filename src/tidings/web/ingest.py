"""Ingest over HTTP: the articles of one request through the same stages as `tidings ingest`.

Only reachable when the server runs with `--allow-ingest`. Each article is cleaned, analyzed and
stored in its own transaction; a failure is recorded in the store's failures table and reported
in the answer, never raised, so one bad article does not lose the others. When anything is new,
the store is fused again, as after `tidings ingest`.

Like `tidings ingest`, a web ingest holds the store's writer lock (tidings.store.lock) for the whole
request, fusion included: two fusion passes that interleave can overwrite each other's decisions.
While another ingest holds it, the request is refused at once with 409 and code T302.
"""

from __future__ import annotations

from typing import Any

from tidings.config import load_settings
from tidings.errors import TidingsError
from tidings.records import Failure, RawDocument
from tidings.store import Store


def ingest_items(db: str, items: list[tuple[str, str, str, dict[str, str]]]) -> dict[str, Any]:
    """`items` are (origin, content, media type, given metadata); answers counts and failures.

    Raises ApiError 409 (code T302) when another ingest is writing to the store.
    """
    from tidings.store.lock import writer_lock
    from tidings.web.errors import ApiError

    try:
        with writer_lock(db):
            return _ingest_locked(db, items)
    except TidingsError as exc:
        if exc.code == "T302":
            raise ApiError(409, exc.message, code="T302") from None
        raise


def _ingest_locked(db: str, items: list[tuple[str, str, str, dict[str, str]]]) -> dict[str, Any]:
    from tidings.analysis import analyzer_for
    from tidings.clean import to_document

    settings = load_settings().replace(db=db)
    analyzer = analyzer_for(settings)  # the CLI's chain, the user's actor files included
    summary: dict[str, Any] = {"read": len(items), "new": 0, "unchanged": 0, "failed": 0, "documents": [],
                               "failures": []}
    with Store(db) as store:
        for origin, content, media_type, given in items:
            raw = RawDocument(origin=origin, content=content, media_type=media_type, given=given)
            stage = "clean"
            try:
                document = to_document(raw, settings)
                stage = "analyze"
                if store.has_document(document.id):
                    summary["unchanged"] += 1
                    summary["documents"].append(document.id)
                    continue
                analyzed = analyzer.analyze(document)
            except TidingsError as exc:
                _fail(store, summary, Failure(origin, stage, exc.code, exc.message))
                continue
            except Exception as exc:  # a stage bug must not lose the other articles
                message = TidingsError("T201", origin, f"{type(exc).__name__}: {exc}").message
                _fail(store, summary, Failure(origin, stage, "T201", message))
                continue
            summary["new" if store.save(analyzed) else "unchanged"] += 1
            summary["documents"].append(document.id)
        if summary["new"]:
            from tidings.fuse import fuse_store

            summary["fusion"] = fuse_store(store, settings).as_dict()  # as `tidings ingest` does
    return summary


def _fail(store: Store, summary: dict[str, Any], failure: Failure) -> None:
    store.record_failure(failure)
    summary["failed"] += 1
    summary["failures"].append({"origin": failure.origin, "stage": failure.stage, "code": failure.code,
                                "message": failure.message})
