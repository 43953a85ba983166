"""Deterministic ids: the same input always gets the same id, so re-ingesting changes nothing.

Also the one spelling of a file name as text. A POSIX file name is bytes; Python hands over the bytes
that are not UTF-8 as lone surrogates (U+DC80-U+DCFF, "surrogateescape"), which no text store or
terminal can hold. `path_origin` shows each such byte as `\\xNN`, so the name is readable, fits in
SQLite and in one line, while the file itself is always opened through its `Path` (the real bytes).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

_SURROGATE = re.compile("[\ud800-\udfff]")


def sha256_text(text: str) -> str:
    return hashlib.sha256(_utf8(text)).hexdigest()


def document_id(origin: str, content_sha: str) -> str:
    """A document is one article at one origin: a copy under another name is another document
    (another source for the same events), the same file ingested twice is the same document."""
    return "d" + hashlib.sha256(_utf8(f"{origin}\n{content_sha}")).hexdigest()[:15]


def stable_id(prefix: str, *parts: object) -> str:
    """A short id from the parts, e.g. stable_id("e", doc_id, start, end, cameo)."""
    joined = "\x1f".join(str(p) for p in parts)
    return prefix + hashlib.sha256(_utf8(joined)).hexdigest()[:15]


def _utf8(text: str) -> bytes:
    """UTF-8, with a lone surrogate kept as the byte it escapes (or its code point) rather than raising:
    an id must exist for every input, whatever its name holds."""
    return text.encode("utf-8", "surrogatepass")


def escape_surrogates(text: str) -> str:
    """`text` with every lone surrogate written out: U+DCxx from an undecodable byte as `\\xNN`, any
    other as `\\udxxx`. Text without surrogates is returned unchanged."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    point = ord(match.group())
    return f"\\x{point - 0xDC00:02x}" if 0xDC80 <= point <= 0xDCFF else f"\\u{point:04x}"


def path_origin(path: Path | str) -> str:
    """A file's origin as text: its name, with bytes that are not UTF-8 shown as `\\xNN`."""
    return escape_surrogates(os.fspath(path))
