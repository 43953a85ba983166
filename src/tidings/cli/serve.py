"""`tidings serve`: the web workspace and JSON API over a store, on this machine by default."""

from __future__ import annotations

from typing import Annotated

import typer

from tidings.cli.common import DbOption, fail_usage, settings_for, stderr
from tidings.errors import TidingsError, require_extra

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def serve_cmd(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind; anything but loopback exposes the store.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    allow_ingest: Annotated[bool, typer.Option("--allow-ingest", help="Enable POST /api/ingest.")] = False,
    max_ingest_bytes: Annotated[int, typer.Option(min=1, help="Largest ingest request body.")] = 5_000_000,
    max_ingest_documents: Annotated[int, typer.Option(min=1, help="Most articles per ingest request.")] = 100,
    allow_review: Annotated[bool, typer.Option("--allow-review", help="Let the review forms write decisions "
                                               "(confirm, reject, correct); same-origin with a token only.")] = False,
    allowed_host: Annotated[list[str] | None, typer.Option(
        "--allowed-host", help="Host name clients may use (repeatable); default: the bound address.")] = None,
) -> None:
    """Serve the web pages (search, timeline, events, documents, actors, trend) and the /api/ JSON API."""
    try:
        require_extra("web", "tidings serve")
    except TidingsError as exc:
        fail_usage(exc.message)
    import uvicorn

    from tidings.cli.review import reviewer_name
    from tidings.web.app import LOOPBACK_HOSTS, WebConfig, create_app

    settings = settings_for(db)
    hosts = tuple(allowed_host or ())
    if not hosts:
        hosts = LOOPBACK_HOSTS if host in LOOPBACK else ("*",) if host in ("0.0.0.0", "::") else (host,)
    config = WebConfig(db=settings.db, allow_ingest=allow_ingest, max_ingest_bytes=max_ingest_bytes,
                       max_ingest_documents=max_ingest_documents,
                       allowed_hosts=None if "*" in hosts else hosts, allow_review=allow_review,
                       reviewer=reviewer_name(settings.reviewer) if allow_review else "")
    try:
        app = create_app(config)
    except TidingsError as exc:
        fail_usage(exc.message)
        raise
    if host not in LOOPBACK:
        stderr.print(f"warning: serving {settings.db} on {host}: anyone who can reach this address can read it",
                     highlight=False)
    stderr.print(f"tidings: serving {settings.db} at http://{host}:{port}/ "
                 f"({'ingest allowed' if allow_ingest else 'read-only'}"
                 f"{', review allowed' if allow_review else ''}); Ctrl-C stops", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)
