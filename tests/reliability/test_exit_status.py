"""`tidings ingest` exit statuses and stderr lines: 0 all stored, 1 some failed, 3 all failed, 2 when the store
itself cannot be used; one coded line per failure (even for a file name holding a line break); a failure
is cleared once its input is fixed and ingested again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

TIDINGS = str(Path(sys.executable).with_name("tidings"))
GOOD = "China and Kazakhstan signed a trade agreement in Astana on Monday, officials said.\n"


def ingest(db: Path, *paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([TIDINGS, "ingest", "--db", str(db), *map(str, paths), "-q"], capture_output=True,
                          text=True, env={**os.environ, "TIDINGS_N_PROCESS": "1"}, timeout=300)


def failures(db: Path) -> list[dict[str, str]]:
    run = subprocess.run([TIDINGS, "failures", "--db", str(db), "--format", "json"], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    return list(json.loads(run.stdout))


def test_statuses_say_all_some_or_nothing(tmp_path: Path) -> None:
    good, empty, binary = tmp_path / "good.txt", tmp_path / "empty.txt", tmp_path / "junk.txt"
    good.write_text(GOOD)
    empty.write_bytes(b"")
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert ingest(tmp_path / "a.db", good).returncode == 0
    some = ingest(tmp_path / "b.db", good, empty)
    assert some.returncode == 1
    assert some.stderr.splitlines() == [f"T101 {empty}: empty input: the file is empty (fix: the file has no text; "
                                        f"remove it or re-download the article)"]
    nothing = ingest(tmp_path / "c.db", empty, binary)
    assert nothing.returncode == 3
    assert sorted(line[:4] for line in nothing.stderr.splitlines()) == ["T101", "T102"]


def test_unusable_store_is_status_2_with_one_coded_line(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    not_a_store = tmp_path / "notes.db"
    not_a_store.write_text("my notes")
    # not SQLite (not a tidings store: T305); its folder cannot be made; a folder
    for db, code in ((not_a_store, "T305 "), (Path("/proc/none/x.db"), "T301 "), (tmp_path, "T301 ")):
        run = ingest(db, good)
        assert run.returncode == 2, run.stderr
        assert "Traceback" not in run.stderr
        assert [line[:5] for line in run.stderr.splitlines()] == [code], run.stderr


def test_line_break_in_a_file_name_stays_one_line(tmp_path: Path) -> None:
    odd = tmp_path / "empty\nname.txt"
    odd.write_bytes(b"")
    run = ingest(tmp_path / "s.db", odd)
    assert run.returncode == 3
    assert run.stderr.splitlines() == [f"T101 {tmp_path}/empty\\nname.txt: empty input: the file is empty (fix: the "
                                       f"file has no text; remove it or re-download the article)"]
    assert failures(tmp_path / "s.db")[0]["origin"] == str(odd)  # the record keeps the real name


def test_failure_is_cleared_once_the_input_is_fixed(tmp_path: Path) -> None:
    article, db = tmp_path / "article.txt", tmp_path / "s.db"
    article.write_bytes(b"")
    assert ingest(db, article).returncode == 3
    assert [f["code"] for f in failures(db)] == ["T101"]
    article.write_text(GOOD)
    assert ingest(db, article).returncode == 0
    assert failures(db) == []
