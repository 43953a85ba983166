"""The breaks the outside probe of 2026-12-03 found in reading inputs (issue 17), each rebuilt from its
reproduction and run through the real `tidings ingest`: a file name with a byte that is not UTF-8 (B1), a
JSONL line nested 100,000 deep or holding a 50,000-digit integer (B2), a CSV row with bad bytes, links to
nothing or to themselves, a folder that cannot be read. For each: no traceback, one coded line per bad
input, every good input of the same run stored, every bad one listed by `tidings failures` (with its line).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

TIDINGS = str(Path(sys.executable).with_name("tidings"))
ARTICLES = [
    "China and Kazakhstan signed a trade agreement in Astana on Monday, officials said.",
    "Kazakhstan and Russia held talks in Moscow on Tuesday, the foreign ministry said.",
    "China accused Japan of provocation on Wednesday, a government spokesman said.",
    "Iran threatened Israel with retaliation on Thursday, state media reported.",
]


def tidings(*args: str | Path, user: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*(user or []), TIDINGS, *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, "TIDINGS_N_PROCESS": "1"}, timeout=300)


def outcome(db: Path) -> tuple[list[str], dict[str, str]]:
    """(origins stored, origin -> code of each failure), read back through the CLI."""
    docs = tidings("docs", "--db", db, "--format", "json")
    failed = tidings("failures", "--db", db, "--format", "json")
    assert docs.returncode == 0 and failed.returncode == 0, docs.stderr + failed.stderr
    return ([d["path"] for d in json.loads(docs.stdout)],
            {f["origin"]: f["code"] for f in json.loads(failed.stdout)})


def assert_clean_run(run: subprocess.CompletedProcess[str], failures: int) -> None:
    assert "Traceback" not in run.stderr, run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == failures, run.stderr
    assert all(line[:1] == "T" and "(fix: " in line for line in lines), run.stderr


def test_b1_undecodable_file_name_is_stored_under_an_escaped_name(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLES[0])
    odd = Path(os.fsdecode(bytes(folder) + b"/odd\xff.txt"))  # the name holds the byte 0xff
    odd.write_text(ARTICLES[1])
    empty = Path(os.fsdecode(bytes(folder) + b"/empty\xfe.txt"))
    empty.write_bytes(b"")
    run = tidings("ingest", "--db", tmp_path / "s.db", folder, "-q")
    assert_clean_run(run, failures=1)
    assert run.returncode == 1
    assert run.stderr.startswith(f"T101 {folder}/empty\\xfe.txt: empty input")
    stored, failed = outcome(tmp_path / "s.db")
    assert sorted(stored) == [f"{folder}/good.txt", f"{folder}/odd\\xff.txt"]
    assert failed == {f"{folder}/empty\\xfe.txt": "T101"}


def test_b1_undecodable_name_given_directly_and_missing(tmp_path: Path) -> None:
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt"))
    odd.write_text(ARTICLES[2])
    gone = os.fsdecode(bytes(tmp_path) + b"/gone\xff.txt")
    run = tidings("ingest", "--db", tmp_path / "s.db", odd, gone, "-q")
    assert_clean_run(run, failures=1)
    stored, failed = outcome(tmp_path / "s.db")
    assert stored == [f"{tmp_path}/caf\\xe9.txt"]
    assert failed == {f"{tmp_path}/gone\\xff.txt": "T100"}


def test_b2_each_jsonl_line_is_read_on_its_own(tmp_path: Path) -> None:
    lines = [json.dumps({"text": ARTICLES[0]}),
             "[" * 100_000 + "]" * 100_000,  # RecursionError in the decoder
             '{"text": "x", "n": ' + "9" * 50_000 + "}",  # ValueError: past int_max_str_digits
             '{"text": ' + '{"a": ' * 50_000 + "1" + "}" * 50_000 + "}",
             json.dumps({"text": ARTICLES[1]})]
    news = tmp_path / "news.jsonl"
    news.write_text("\n".join(lines) + "\n")
    run = tidings("ingest", "--db", tmp_path / "s.db", news, "-q")
    assert_clean_run(run, failures=3)
    assert run.returncode == 1
    stored, failed = outcome(tmp_path / "s.db")
    assert sorted(stored) == [f"{news}#1", f"{news}#5"]
    assert failed == {f"{news}#2": "T106", f"{news}#3": "T106", f"{news}#4": "T106"}
    assert "nested too deep" in run.stderr.splitlines()[0]


def test_b2_a_csv_row_with_bad_bytes_is_that_rows_failure(tmp_path: Path) -> None:
    table = tmp_path / "news.csv"
    long_title = "A title " * 10_000  # the bad row lies past the 64 KiB the encoding is detected from
    table.write_bytes(b"title,text\n"
                      + f'{long_title},"{ARTICLES[0]}"\n'.encode()
                      + b'two,"Bad \xff\xfe bytes in this row."\n'
                      + f'three,"{ARTICLES[2]}"\n'.encode())
    run = tidings("ingest", "--db", tmp_path / "s.db", table, "-q")
    assert_clean_run(run, failures=1)
    assert "(line 3)" in run.stderr
    stored, failed = outcome(tmp_path / "s.db")
    assert sorted(stored) == [f"{table}#1", f"{table}#3"]
    assert failed == {f"{table}#2": "T103"}


def test_links_to_nothing_or_to_themselves_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLES[3])
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    run = tidings("ingest", "--db", tmp_path / "s.db", folder, "-q")
    assert_clean_run(run, failures=2)
    stored, failed = outcome(tmp_path / "s.db")
    assert stored == [f"{folder}/good.txt"]
    assert failed == {f"{folder}/dangling.txt": "T100", f"{folder}/loop.txt": "T100"}
    assert "loops back on itself" in run.stderr and "broken symbolic link" in run.stderr


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can write in (pytest's own tmp folders are private to root)."""
    path = Path(tempfile.mkdtemp(prefix="tidings-perm-"))
    path.chmod(0o777)
    yield path
    for sub in path.rglob("*"):
        if sub.is_dir():
            sub.chmod(0o755)
    shutil.rmtree(path)


def test_unreadable_folder_is_reported_as_unreadable(shared_dir: Path) -> None:
    # root reads every folder: the command runs as 'nobody' then, as a user meets it
    user = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
    if user and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: no way to meet a folder that cannot be read")
    folder = shared_dir / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "good.txt").write_text(ARTICLES[0])
    (folder / "locked" / "hidden.txt").write_text(ARTICLES[1])
    (folder / "locked").chmod(0o000)
    (folder / "good.txt").chmod(0o644)
    db = shared_dir / "s.db"
    run = tidings("ingest", "--db", db, folder, "-q", user=user)
    assert_clean_run(run, failures=1)
    assert run.stderr.startswith(f"T100 {folder}/locked: input not found: cannot read this folder (permission denied)")
    alone = tidings("ingest", "--db", db, folder / "locked", "-q", user=user)
    assert alone.returncode == 3
    assert_clean_run(alone, failures=1)
    assert "T105" not in alone.stderr
