"""Fixtures for the web tests: real stores on disk, the app over them, and a live uvicorn server."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient

from tidings.records import AnalyzedDocument
from tidings.web.app import WebConfig, create_app

from .storebuild import build_store, write_happenings


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, AnalyzedDocument]]:
    path = tmp_path_factory.mktemp("web") / "store.db"
    return path, build_store(path)


@pytest.fixture(scope="session")
def docs(built: tuple[Path, dict[str, AnalyzedDocument]]) -> dict[str, AnalyzedDocument]:
    return built[1]


@pytest.fixture(scope="session")
def client(built: tuple[Path, dict[str, AnalyzedDocument]]) -> Iterator[TestClient]:
    with TestClient(create_app(WebConfig(db=str(built[0])))) as c:
        yield c


@pytest.fixture(scope="session")
def fused(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, AnalyzedDocument]]:
    """The same documents plus fusion's tables filled the way fusion fills them."""
    path = tmp_path_factory.mktemp("fused") / "store.db"
    docs = build_store(path)
    write_happenings(path, docs)
    return path, docs


@pytest.fixture(scope="session")
def fused_client(fused: tuple[Path, dict[str, AnalyzedDocument]]) -> Iterator[TestClient]:
    with TestClient(create_app(WebConfig(db=str(fused[0])))) as c:
        yield c


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """A real uvicorn server on 127.0.0.1 and a free port, in a thread."""

    def __init__(self, config: WebConfig) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        app = create_app(replace(config, allowed_hosts=("127.0.0.1", "localhost")))
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.time() + 30
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
