"""--watch DIR: files are ingested as they arrive, once settled; changed files are read again."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from engines_helpers import EXAMPLES

from tidings.config import Settings
from tidings.engines.watch import WatchState, ready_files, watch
from tidings.store import Store


def _copy(name: str, folder: Path, age: float = 600.0) -> Path:
    target = folder / name
    shutil.copy(EXAMPLES / name, target)
    then = time.time() - age
    os.utime(target, (then, then))
    return target


def test_files_arriving_are_ingested_and_fused(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    names = sorted(p.name for p in EXAMPLES.glob("*.txt"))
    _copy(names[0], inbox)
    (inbox / "notes.part").write_text("a download in progress")  # not a supported extension
    store = Store(tmp_path / "w.db")

    def script(state: WatchState) -> bool:
        if state.rounds == 1:
            _copy(names[1], inbox)  # arrives between rounds
            _copy(names[2], inbox, age=0)  # still being written: waits until settled
        return state.rounds >= 3

    summary = watch(inbox, store, Settings(db=str(tmp_path / "w.db")), interval=0, settle=30, should_stop=script)
    assert (summary.new, summary.failed) == (2, 0)
    stored = {Path(r["origin"]).name for r in store.query("SELECT origin FROM documents")}
    assert stored == {names[0], names[1]}
    assert store.query("SELECT COUNT(*) FROM happenings")[0][0] > 0  # fused before returning


def test_a_changed_file_is_ready_again(tmp_path: Path) -> None:
    path = _copy(sorted(p.name for p in EXAMPLES.glob("*.txt"))[0], tmp_path)
    state = WatchState()
    ready = ready_files(tmp_path, state, settle=1)
    assert list(ready) == [str(path.resolve())]
    state.done.update(ready)
    assert ready_files(tmp_path, state, settle=1) == {}
    with path.open("a", encoding="utf-8") as fh:
        fh.write("\nOne more paragraph.\n")
    assert ready_files(tmp_path, state, settle=1) == {}  # just written: not settled yet
    assert list(ready_files(tmp_path, state, settle=1, now=time.time() + 5)) == [str(path.resolve())]
