"""Plain-text articles (.txt): one file, one document."""

from __future__ import annotations

from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.readers.detect import decode_text
from tidings.records import RawDocument


def read_text(data: bytes, origin: str, settings: Settings) -> RawDocument:
    """The decoded text of a file; T101 if it holds nothing but whitespace."""
    if not data.strip():
        raise TidingsError("T101", origin, "the file is empty")
    text = decode_text(data, origin, settings)
    if not text.strip():
        raise TidingsError("T101", origin, "the file holds only whitespace")
    return RawDocument(origin=origin, content=text, media_type="text/plain")
