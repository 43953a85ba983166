"""Fault injection: `tidings ingest` of 1,000 documents killed with SIGKILL at >= 20 random points.

After every kill the store must pass SQLite's integrity check (and the other soundness checks of
storecheck.py: foreign keys, full-text index, no orphan rows, no document without its analysis), hold
no failure, and every stored document's analysis must be exactly what an uninterrupted run stores for
it. After the kills, one plain rerun must end with exactly the documents and events (and the rest of
the analysis) of an uninterrupted run of the same corpus, which runs alongside in another process.

Kill points are drawn with a fixed seed (TIDINGS_FAULT_SEED to change it) from four phases, so each
is hit whatever the machine's speed: early (start-up, schema creation, reading), while documents are
being stored (a random number of documents after the run's start), at the start of fusion, a random
time into fusion (cut short when fusion starts rewriting, so a fast machine still lands it inside
fusion), and while fusion rewrites re-anchored documents. Real subprocesses, real SIGKILL: nothing is mocked.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .storecheck import ANALYSIS, analysis_signatures, count, soundness_problems, table_rows
from .synthetic import write_corpus

N_DOCUMENTS = 1000
KILLS = {"early": 4, "storing": 14, "fusion-start": 1, "fusion-middle": 1, "fusion-rewrite": 1}
RUN_TIMEOUT = 420.0
TIDINGS = str(Path(sys.executable).with_name("tidings"))
DOCS = "SELECT COUNT(*) FROM documents"
LINKED = "SELECT COUNT(*) FROM documents WHERE story_date_basis = 'linked'"


@dataclass
class Ingest:
    """A `tidings ingest` subprocess in its own process group (so a kill takes its workers too)."""

    db: Path
    corpus: Path
    log: Path
    proc: subprocess.Popen[bytes] = field(init=False)
    started: float = field(init=False)

    def __post_init__(self) -> None:
        env = {**os.environ, "TIDINGS_N_PROCESS": "1"}
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen([TIDINGS, "ingest", "--db", str(self.db), str(self.corpus), "-q"],
                                         stdout=log, stderr=log, env=env, start_new_session=True)
        self.started = time.monotonic()

    def running(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def wait(self) -> int:
        return self.proc.wait(timeout=RUN_TIMEOUT)


def wait_for(ingest: Ingest, condition: Callable[[], bool], timeout: float = RUN_TIMEOUT) -> bool:
    """Poll until `condition` holds (True) or the ingest exits first (False)."""
    while ingest.running():
        if condition():
            return True
        if time.monotonic() - ingest.started > timeout:
            raise AssertionError(f"ingest still running after {timeout} s: see {ingest.log}")
        time.sleep(0.02)
    return False


def reach_kill_point(ingest: Ingest, phase: str, rng: random.Random) -> bool:
    """Wait for this phase's random point; False if the ingest ended before it (it finished)."""
    db = ingest.db
    if phase == "early":
        time.sleep(rng.uniform(0.0, 3.0))
        return ingest.running()
    if phase == "storing":
        target = max(count(db, DOCS), 0) + rng.randint(1, 80)
        return wait_for(ingest, lambda: count(db, DOCS) >= min(target, N_DOCUMENTS)) and \
            _sleep(rng.uniform(0.0, 0.3), ingest)
    all_stored = wait_for(ingest, lambda: count(db, DOCS) >= N_DOCUMENTS)
    if phase == "fusion-start":
        return all_stored and _sleep(rng.uniform(0.0, 1.0), ingest)
    if phase == "fusion-middle":  # a random time into fusion, but before it starts rewriting (a fast machine)
        linked = count(db, LINKED)
        return all_stored and _sleep(rng.uniform(1.0, 8.0), ingest, until=lambda: count(db, LINKED) > linked)
    linked = count(db, LINKED)  # an earlier kill may have left some documents re-anchored: wait for a new one
    return all_stored and wait_for(ingest, lambda: count(db, LINKED) > linked) and \
        _sleep(rng.uniform(0.0, 0.05), ingest)


def _sleep(seconds: float, ingest: Ingest, until: Callable[[], bool] | None = None) -> bool:
    """Sleep, or stop early when `until` holds; True if the ingest is still running then."""
    end = time.monotonic() + seconds
    while time.monotonic() < end and ingest.running() and not (until and until()):
        time.sleep(min(0.02, max(0.0, end - time.monotonic())))
    return ingest.running()


def schedule(rng: random.Random) -> list[str]:
    """Early and storing kills in random order, then the fusion ones (fusion only runs at the end).

    One kill more than 20, so that 20 are made even when fusion re-anchors nothing (no rewrite point)."""
    first = [p for p in ("early", "storing") for _ in range(KILLS[p])]
    rng.shuffle(first)
    return [*first, "fusion-start", "fusion-middle", "fusion-rewrite"]


def check_after_kill(db: Path, seen: dict[str, tuple[str, ...]]) -> None:
    problems = soundness_problems(db)
    assert not problems, problems
    if db.exists() and count(db, DOCS) > 0:
        assert count(db, "SELECT COUNT(*) FROM failures") == 0, table_rows(db, "failures")
        seen.update(analysis_signatures(db))


@pytest.mark.slow
def test_sigkill_at_random_points_then_rerun(tmp_path: Path) -> None:
    seed = int(os.environ.get("TIDINGS_FAULT_SEED", "20240329"))
    rng = random.Random(seed)
    corpus = tmp_path / "corpus"
    write_corpus(corpus, N_DOCUMENTS)
    clock = time.monotonic()
    reference = Ingest(tmp_path / "reference.db", corpus, tmp_path / "reference.log")
    db, log = tmp_path / "killed.db", tmp_path / "killed.log"
    seen: dict[str, tuple[str, ...]] = {}  # the analysis of each document as stored after some kill
    kills: list[str] = []
    for phase in schedule(rng):
        ingest = Ingest(db, corpus, log)
        if not reach_kill_point(ingest, phase, rng):
            # only the last point depends on fusion re-anchoring something in this corpus
            assert phase == "fusion-rewrite", f"seed {seed}: the ingest finished before its {phase} kill point"
            print(f"seed {seed}: no re-anchoring seen before the ingest ended: no {phase} kill")
            continue
        ingest.kill()
        kills.append(f"{phase}@{count(db, DOCS)}")
        check_after_kill(db, seen)
    assert len(kills) >= 20, kills
    final = Ingest(db, corpus, log)
    assert final.wait() == 0, log.read_text(errors="replace")[-3000:]
    assert reference.wait() == 0, (tmp_path / "reference.log").read_text(errors="replace")[-3000:]
    print(f"seed {seed}: {len(kills)} kills {kills}; {time.monotonic() - clock:.0f} s")

    assert not soundness_problems(db)
    expected = analysis_signatures(reference.db)
    assert len(expected) == N_DOCUMENTS
    partial = {i for i, sig in seen.items() if expected.get(i) != sig}
    assert not partial, f"{len(partial)} documents were stored with another analysis than a clean run's"
    for table in ("documents", "events", *ANALYSIS, "failures"):
        assert table_rows(db, table) == table_rows(reference.db, table), f"{table} differs from a clean run"
