"""One writer at a time: an advisory lock beside the store, held for the whole of an ingest.

Why: SQLite already serializes single transactions (BEGIN IMMEDIATE + busy_timeout), but an ingest is
more than its transactions: its fusion pass reads the whole store, decides, then writes. Two ingests
that interleave could let a fusion computed from an older snapshot overwrite a newer one. So a
second ingest into the same store refuses at once with T302 (or waits, if asked), and readers
(queries, `tidings serve`) never take the lock: WAL lets them read while the writer writes.

The lock is an OS file lock (`flock` on POSIX, `msvcrt.locking` on Windows) on `<db>.lock`. The
kernel drops it when the holder exits, however it exits (SIGKILL, power loss), so a killed ingest
never leaves a stale lock; the file itself is left in place, empty of meaning. It names the holder's
process id, only to make the refusal message useful.

    with writer_lock(settings.db):
        ingest(paths, store, settings)
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from tidings.errors import TidingsError

POLL_SECONDS = 0.2


def lock_path(db: str | Path) -> Path:
    """The lock file of a store: `<db>.lock` beside it."""
    return Path(f"{db}.lock")


def _try_lock(fh: IO[str]) -> bool:
    """Take the lock without blocking; False if another process holds it."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(path: Path) -> str:
    try:
        pid = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return "another process"
    return f"process {pid}" if pid.isdigit() else "another process"


@contextmanager
def writer_lock(db: str | Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the store's writer lock for the block; T302 if another writer holds it after `wait` seconds.

    `wait=0` refuses at once (what `tidings ingest` does); a positive `wait` polls until then, so
    callers that prefer to queue (a scheduled job) can. Raises T301 if the lock file cannot be made.
    """
    path = lock_path(db)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fh = path.open("a+", encoding="ascii")
    except OSError as exc:
        raise TidingsError("T301", str(db), f"cannot create the lock file {path} ({exc.strerror or exc})") from None
    try:
        deadline = time.monotonic() + max(wait, 0.0)
        fh.seek(0)
        while not _try_lock(fh):
            if time.monotonic() >= deadline:
                raise TidingsError("T302", str(db), f"{_holder(path)} is ingesting into it ({path})")
            time.sleep(POLL_SECONDS)
        _write_holder(fh)
        yield
    finally:
        with suppress(OSError):  # a full disk may refuse the buffered pid again: the lock goes all the same
            fh.close()  # closing the descriptor releases the lock


def _write_holder(fh: IO[str]) -> None:
    """Name this process in the lock file, for the refusal message only: a full disk that refuses the
    few bytes does not stop the ingest here (the store itself then reports T301 with a rollback)."""
    try:
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n")
        fh.flush()
    except OSError:
        with suppress(OSError):
            fh.seek(0)
            fh.truncate()
