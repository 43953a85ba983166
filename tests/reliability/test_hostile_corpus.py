"""The hostile corpus (>= 200 bad inputs among good ones) through one real `tidings ingest` run.

No crash (no traceback, exit status 1: some failed), every bad input listed by `tidings failures`
under its own origin with a code, every good document of the same run stored, every other input
either stored or listed (never silently lost), one coded line on stderr per failure, and a sound
store afterwards. The corpus and what each input must become: tests/reliability/hostile.py.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tidings.errors import CODES

from .hostile import make_hostile_corpus
from .storecheck import connect, soundness_problems

TIDINGS = str(Path(sys.executable).with_name("tidings"))
# Inputs still handled wrongly by an open bug (docs/reliability.md "Known bugs"): checked to be still
# wrong, so that fixing the bug makes this test say to remove them from here.
KNOWN_BUGS: dict[str, str] = {}
CODED_LINE = re.compile(r"^T\d{3} .+\(fix: .+\)$")


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, object], str, int]:
    root = tmp_path_factory.mktemp("hostile")
    corpus, db = root / "corpus", root / "hostile.db"
    manifest = make_hostile_corpus(corpus)
    env = {**os.environ, "TIDINGS_N_PROCESS": "1"}
    run = subprocess.run([TIDINGS, "ingest", "--db", str(db), str(corpus), "-q"], capture_output=True, text=True,
                         env=env, timeout=900)
    return corpus, db, manifest, run.stderr, run.returncode


def outcome(db: Path) -> tuple[set[str], dict[str, list[str]]]:
    conn = connect(db)
    try:
        stored = {r[0] for r in conn.execute("SELECT origin FROM documents")}
        failed: dict[str, list[str]] = {}
        for origin, code in conn.execute("SELECT origin, code FROM failures"):
            failed.setdefault(origin, []).append(code)
        return stored, failed
    finally:
        conn.close()


def accounted(origin: str, stored: set[str], failed: dict[str, list[str]]) -> tuple[bool, bool]:
    """(stored, listed) for an input; a whole file's input also counts its lines' or records' outcomes
    (`path#N`), and a line's input counts a failure of its whole file."""
    whole_file = "#" not in origin
    inner = origin + "#"
    is_stored = origin in stored or (whole_file and any(o.startswith(inner) for o in stored))
    is_failed = origin in failed or origin.split("#")[0] in failed or \
        (whole_file and any(o.startswith(inner) for o in failed))
    return is_stored, is_failed


def test_corpus_is_big_enough(ingested: tuple[Path, Path, dict[str, object], str, int]) -> None:
    counts = ingested[2]["counts"]
    assert isinstance(counts, dict)
    assert counts["failed"] + counts["either"] >= 200 and counts["stored"] >= 40


def test_no_crash_and_a_coded_line_per_failure(ingested: tuple[Path, Path, dict[str, object], str, int]) -> None:
    _, db, _, stderr, status = ingested
    assert "Traceback" not in stderr, stderr[-3000:]
    assert status == 1, stderr[-3000:]  # some inputs failed, some were stored
    _, failed = outcome(db)
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert all(CODED_LINE.match(line) for line in lines), [line for line in lines if not CODED_LINE.match(line)][:5]
    assert len(lines) >= len(failed)


def test_every_input_is_stored_or_listed(ingested: tuple[Path, Path, dict[str, object], str, int]) -> None:
    corpus, db, manifest, _, _ = ingested
    stored, failed = outcome(db)
    root = str(corpus.resolve())
    wrong: list[str] = []
    inputs = manifest["inputs"]
    assert isinstance(inputs, list)
    for item in inputs:
        origin = f"{root}/{item['origin']}"
        is_stored, is_failed = accounted(origin, stored, failed)
        ok = {"stored": is_stored, "failed": is_failed and not is_stored, "either": is_stored or is_failed}
        if not ok[item["expect"]]:
            wrong.append(f"{item['expect']}: {item['origin']!r} ({item['kind']}) stored={is_stored} "
                         f"failed={is_failed}")
    fixed = set(KNOWN_BUGS) - {w.split("'")[1] for w in wrong}
    assert not fixed, f"fixed, remove from KNOWN_BUGS: {sorted(fixed)}"
    wrong = [w for w in wrong if w.split("'")[1] not in KNOWN_BUGS]
    assert not wrong, "\n".join(wrong)
    assert all(code in CODES for codes in failed.values() for code in codes)


def test_failures_command_lists_them(ingested: tuple[Path, Path, dict[str, object], str, int]) -> None:
    _, db, _, _, _ = ingested
    run = subprocess.run([TIDINGS, "failures", "--db", str(db), "--format", "json"], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert len(rows) == len({(r["origin"], r["stage"], r["code"]) for r in rows}) > 100
    assert all(r["message"].startswith(r["code"]) and "\n" not in r["message"] for r in rows)


def test_store_is_sound(ingested: tuple[Path, Path, dict[str, object], str, int]) -> None:
    assert soundness_problems(ingested[1]) == []


def test_feed_entities_are_never_expanded(ingested: tuple[Path, Path, dict[str, object], str, int]) -> None:
    conn = connect(ingested[1])
    try:
        texts = [r[0] for r in conn.execute("SELECT text FROM documents WHERE origin LIKE '%entity%' "
                                            "OR origin LIKE '%laughs%'")]
    finally:
        conn.close()
    assert texts and all("root:" not in t and "lollol" not in t and len(t) < 5000 for t in texts)
