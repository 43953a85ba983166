"""Open inputs as byte streams with limits: gzip bombs and oversized files are refused while reading,
so a 10 GB archive is never decompressed to find out it is too big.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import BinaryIO

from tidings.config import Settings
from tidings.errors import TidingsError

_CHUNK = 1 << 16
_RATIO_FLOOR = 1_000_000  # the ratio limit only applies past 1 MB of output: small texts compress well


class GuardedGzip(io.RawIOBase):
    """A gzip stream that raises T108 when it is corrupt, decompresses past the member size limit,
    or grows more than `max_decompression_ratio` times its compressed size."""

    def __init__(self, path: Path, origin: str, settings: Settings) -> None:
        self._file = path.open("rb")
        self._gzip = gzip.GzipFile(fileobj=self._file, mode="rb")
        self._origin = origin
        self._settings = settings
        self._out = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._gzip.read(len(buffer))
        except (OSError, EOFError, zlib.error) as exc:
            raise TidingsError("T108", self._origin, f"corrupt gzip data ({exc})") from None
        self._out += len(data)
        self._check()
        buffer[: len(data)] = data
        return len(data)

    def _check(self) -> None:
        limit = self._settings.max_archive_member_bytes
        if self._out > limit:
            raise TidingsError("T108", self._origin, f"decompresses to more than {limit} bytes")
        ratio = self._settings.max_decompression_ratio
        packed = max(self._file.tell(), 1)
        if self._out > _RATIO_FLOOR and self._out > ratio * packed:
            raise TidingsError(
                "T108", self._origin, f"decompression ratio above {ratio} (a decompression bomb?)"
            )

    def close(self) -> None:
        self._gzip.close()
        self._file.close()
        super().close()


def open_input(path: Path, origin: str, settings: Settings) -> BinaryIO:
    """A buffered byte stream of the file, decompressed if it ends in .gz."""
    if path.suffix.lower() == ".gz":
        return io.BufferedReader(GuardedGzip(path, origin, settings), _CHUNK)
    return path.open("rb")


def read_limited(stream: BinaryIO, origin: str, limit: int) -> bytes:
    """All bytes of the stream; T104 if there are more than `limit`."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TidingsError("T104", origin, f"more than {limit} bytes")
    return data


class Prefixed(io.RawIOBase):
    """A stream that first replays bytes already read (a sniffed sample), then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def replay(head: bytes, rest: BinaryIO) -> BinaryIO:
    return io.BufferedReader(Prefixed(head, rest), _CHUNK)
