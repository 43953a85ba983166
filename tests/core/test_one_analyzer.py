"""Every entry point codes the same text with the same actor files identically (issue 12).

The actor file names an institution the shipped tables do not know, so an entry point that builds its
own chain without the user's `actor_files` loses the event's source and the test fails. Entry points:
`tidings ingest` (the local engine), `tidings code`, the evaluations' coder, fusion's re-analysis, the web
ingest and the Python API; each is run for real (subprocesses for the command line, a real store).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tidings.analysis import analyze_text, analyzer_for
from tidings.clean import to_document
from tidings.config import Settings
from tidings.events.output import event_to_json
from tidings.fuse.apply import PipelineAnalyzer
from tidings.records import RawDocument
from tidings.store import Store
from tidings.views.rows import query_events

TEXT = ("The Zharbyl Regional Council condemned the Chinese government on Monday over the closure of the "
        "Khorgos border crossing. Officials in Beijing rejected the criticism.")
DATE = "2024-03-05"
TABLE = ("id\tname\taliases\tcountry\tsector\tkind\n"
         "KAZ-ZHARBYL\tZharbyl Regional Council\tZharbyl Council\tKAZ\tGOV\tnational\n")


@pytest.fixture(scope="module")
def actor_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("actors") / "organizations.tsv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def key(event: dict[str, Any]) -> tuple[Any, ...]:
    """What an event says, without ids and offsets (which depend on the document the text sits in)."""
    def actor(a: dict[str, Any] | None) -> tuple[Any, ...] | None:
        return None if a is None else (a["actor_id"], a["country"], a["sector"], a["text"])
    return (event["cameo"], event["mode"], event["date"], event["verb"]["text"], actor(event["source"]),
            actor(event["target"]))


def keys(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted(key(e) for e in events)


def run_cli(args: list[str], env: dict[str, str], stdin: str | None = None) -> str:
    done = subprocess.run([sys.executable, "-m", "tidings", *args], input=stdin, capture_output=True, text=True,
                          env=env, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def env(actor_file: Path) -> dict[str, str]:
    return {**os.environ, "TIDINGS_ACTOR_FILES": str(actor_file)}


@pytest.fixture(scope="module")
def expected(actor_file: Path) -> list[tuple[Any, ...]]:
    """The Python API's answer; it must code the user's institution as the source."""
    analyzed = analyze_text(TEXT, DATE, settings=Settings(actor_files=str(actor_file)))
    found = keys([event_to_json(e, "<text>", analyzed.document.text) for e in analyzed.events])
    assert any(k[4] and k[4][0] == "KAZ-ZHARBYL" for k in found), found
    return found


def test_the_actor_file_changes_what_is_coded(expected: list[tuple[Any, ...]]) -> None:
    analyzed = analyze_text(TEXT, DATE)
    assert keys([event_to_json(e, "<text>", analyzed.document.text) for e in analyzed.events]) != expected


def test_tidings_ingest(tmp_path: Path, env: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": TEXT, "published": DATE}) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    run_cli(["ingest", "--quiet", "--db", db, str(source)], env)
    listed = run_cli(["events", "--db", db, "--format", "jsonl"], env)
    assert keys([json.loads(line) for line in listed.splitlines()]) == expected


def test_tidings_code(env: dict[str, str], expected: list[tuple[Any, ...]]) -> None:
    out = run_cli(["code", "-"], env, stdin=json.dumps({"id": 1, "text": TEXT, "date": DATE}) + "\n")
    assert keys(json.loads(out)["events"]) == expected


def test_the_evaluations_coder(monkeypatch: pytest.MonkeyPatch, actor_file: Path,
                               expected: list[tuple[Any, ...]]) -> None:
    from tidings.cli.coding import _batch_coder

    monkeypatch.setenv("TIDINGS_ACTOR_FILES", str(actor_file))
    (_, events), = _batch_coder()([(TEXT, DATE)])
    assert keys([event_to_json(e, "<text>", TEXT) for e in events]) == expected


def test_fusion_reanalysis(actor_file: Path, expected: list[tuple[Any, ...]]) -> None:
    settings = Settings(actor_files=str(actor_file))
    document = to_document(RawDocument("<text>", TEXT, given={"published": DATE}), settings)
    analyzed = PipelineAnalyzer(settings)(document, DATE)
    assert keys([event_to_json(e, "<text>", document.text) for e in analyzed.events]) == expected


def test_web_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, actor_file: Path,
                    expected: list[tuple[Any, ...]]) -> None:
    from tidings.web.ingest import ingest_items

    monkeypatch.setenv("TIDINGS_ACTOR_FILES", str(actor_file))
    db = str(tmp_path / "web.db")
    answer = ingest_items(db, [("web-1", TEXT, "text/plain", {"published": DATE})])
    assert answer["new"] == 1, answer
    with Store(db, readonly=True) as store:
        assert keys(query_events(store)) == expected


def test_analyzer_is_built_once_per_settings(actor_file: Path) -> None:
    settings = Settings(actor_files=str(actor_file))
    assert analyzer_for(settings) is analyzer_for(replace(settings))
    assert analyzer_for(settings).actors is not analyzer_for(Settings()).actors
