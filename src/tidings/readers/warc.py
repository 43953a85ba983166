"""Web archives (.warc, .warc.gz): every HTML (or plain-text) HTTP response is a document.

The origin of a document is `path#N`, N the record's place in the archive (1-based); the page's URL
goes in `given["url"]`. The crawl date (WARC-Date) is not a publication date and is not used as one.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.readers.detect import decode_text
from tidings.readers.html import read_html
from tidings.records import Failure, RawDocument

_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_RATIO_FLOOR = 1_000_000


class _QuietArchiveIterator(ArchiveIterator):
    """warcio writes a three-line warning to stderr for a record shorter than its Content-Length; tidings
    reports that record itself (T108, one coded line), so the warning text is made empty (err_count still counts)."""

    INC_RECORD = ""


def _failure(exc: TidingsError) -> Failure:
    return Failure(exc.origin, "read", exc.code, exc.message)


def _content_type(record: Any) -> str:
    headers = record.http_headers
    return (headers.get_header("Content-Type") or "").lower() if headers else ""


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _document(record: Any, payload: bytes, where: str, settings: Settings) -> RawDocument:
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    content_type = _content_type(record)
    if "text/plain" in content_type:
        text = decode_text(payload, where, settings, declared=_charset(content_type))
        return RawDocument(where, text, "text/plain", {"url": url} if url else {})
    return read_html(payload, where, settings, url=url or None)


def _payload(record: Any, where: str, settings: Settings) -> bytes:
    limit = settings.max_archive_member_bytes
    payload: bytes = record.content_stream().read(limit + 1)
    if len(payload) > limit:
        raise TidingsError("T108", where, f"record larger than {limit} bytes (max_archive_member_bytes)")
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise TidingsError("T108", where, "the record is cut short (truncated archive)")
    if len(payload) > settings.max_document_bytes:
        raise TidingsError("T104", where, f"page larger than {settings.max_document_bytes} bytes")
    return payload


def _check_ratio(produced: int, packed: int, path: Path, origin: str, settings: Settings) -> None:
    ratio = settings.max_decompression_ratio
    if path.suffix.lower() == ".gz" and produced > _RATIO_FLOOR and produced > ratio * max(packed, 1):
        raise TidingsError("T108", origin, f"decompression ratio above {ratio} (a decompression bomb?)")


def _check_magic(path: Path, origin: str) -> None:
    """warcio skips junk silently: make sure the file starts like a WARC."""
    try:
        with (gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")) as fh:
            start = fh.read(5)
    except (OSError, EOFError, zlib.error):
        start = b""
    if start != b"WARC/":
        raise TidingsError("T108", origin, "not a WARC file (it does not start with 'WARC/')")


def read_warc(path: Path, origin: str, settings: Settings) -> Iterator[RawDocument | Failure]:
    """The HTML responses of an archive; a corrupt archive stops with T108 after the good records.

    An archive that yields no record at all (cut inside its first header) is T108; one whose records
    hold no page (only images, only metadata) is T101, so that no archive is ever silently read as nothing.
    """
    _check_magic(path, origin)
    produced = pages = 0
    last: Any = None
    with path.open("rb") as fh:
        try:
            records = _QuietArchiveIterator(fh)
            for number, record in enumerate(records, start=1):
                last = record
                if record.rec_type is None or record.rec_headers.get_header("Content-Length") is None:
                    raise TidingsError("T108", origin, f"record {number}'s header is cut off (truncated archive)")
                if record.rec_type != "response" or not _content_type(record).startswith(_PAGE_TYPES):
                    continue
                pages += 1
                where = f"{origin}#{number}"
                try:
                    payload = _payload(record, where, settings)
                    produced += len(payload)
                    _check_ratio(produced, fh.tell(), path, origin, settings)
                    yield _document(record, payload, where, settings)
                except TidingsError as exc:
                    if exc.origin == origin:
                        raise
                    yield _failure(exc)
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError, AttributeError) as exc:
            # warcio raises AttributeError on a record whose headers are cut off
            raise TidingsError("T108", origin, f"corrupt WARC ({exc.__class__.__name__})") from None
    cut_short = getattr(getattr(last, "raw_stream", None), "limit", 0) > 0
    leftover = last is not None and records.offset < path.stat().st_size  # a record whose header is cut
    if records.err_count or cut_short or leftover:
        raise TidingsError("T108", origin, "a record is shorter than its Content-Length (truncated archive)")
    if last is None:
        raise TidingsError("T108", origin, "no complete record in the archive (truncated or corrupt)")
    if not pages:
        raise TidingsError("T101", origin, "no pages in the archive (no HTML or plain-text response)")
