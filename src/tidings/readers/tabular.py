"""Collections of articles in one file: JSON lines (.jsonl, .ndjson) and CSV/TSV (.csv, .tsv).

Both are read as streams, one record at a time, so a file of any size runs in constant memory. A bad
record becomes a T106 failure for `path#N` and the records after it are still read.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.readers.detect import detect_encoding
from tidings.readers.streams import replay
from tidings.records import Failure, RawDocument

# The field holding the article, in order of preference; "html" marks the value as a web page.
TEXT_FIELDS = ("text", "content", "body", "article", "maintext", "html")
# Metadata fields (RawDocument.given keys) and the column names accepted for each.
GIVEN_FIELDS: dict[str, tuple[str, ...]] = {
    "url": ("url", "link", "uri", "source_url"),
    "title": ("title", "headline"),
    "published": ("published", "date", "publish_date", "published_at", "pubdate", "date_publish", "datetime"),
    "source": ("source", "outlet", "publisher", "site", "sitename", "source_name"),
    "author": ("author", "authors", "byline"),
    "language": ("language", "lang"),
}
_SAMPLE = 1 << 16
_SURROGATE = re.compile("[\udc80-\udcff]")


def _failure(origin: str, code: str, detail: str) -> Failure:
    return Failure(origin, "read", code, TidingsError(code, origin, detail).message)


def record_to_raw(record: dict[str, Any], origin: str, settings: Settings) -> RawDocument:
    """One JSON object or CSV row as a document; T106 without text, T104 when too large."""
    keys = {str(k).strip().lower(): k for k in record}
    field = next((f for f in TEXT_FIELDS if f in keys and str(record[keys[f]] or "").strip()), None)
    if field is None:
        raise TidingsError("T106", origin, f"no non-empty {'/'.join(TEXT_FIELDS[:3])} field")
    text = str(record[keys[field]])
    if len(_utf8(text, origin)) > settings.max_document_bytes:
        raise TidingsError("T104", origin, f"the text is larger than {settings.max_document_bytes} bytes")
    given = {}
    for name, aliases in GIVEN_FIELDS.items():
        value = next((record[keys[a]] for a in aliases if a in keys and record[keys[a]] not in (None, "")), None)
        if value is not None:
            given[name] = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
            _utf8(given[name], origin)
    media = "text/html" if field == "html" else "text/plain"
    return RawDocument(origin=origin, content=text, media_type=media, given=given)


def _utf8(value: str, origin: str) -> bytes:
    """The value as UTF-8; JSON allows escapes such as \\ud800 (a lone surrogate, not a character) that
    no text can hold: that record is a bad line (T106), the lines after it are still read."""
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError:
        raise TidingsError("T106", origin, "a lone surrogate escape (such as \\ud800) in a field") from None


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line longer than `limit` (its rest is skipped)."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(_SAMPLE)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _json_record(line: bytes, origin: str) -> dict[str, Any]:
    """One line as a JSON object. Every exception of the decoder is this line's failure, never the
    file's: a line nested 100,000 deep (RecursionError), an integer of 50,000 digits (ValueError past
    Python's int_max_str_digits), whatever a later Python adds."""
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise TidingsError("T106", origin, "the line is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise TidingsError("T106", origin, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise TidingsError("T106", origin, "invalid JSON (nested too deep to read)") from None
    except Exception as exc:  # a decoder's surprise belongs to this line only
        raise TidingsError("T106", origin, f"invalid JSON ({_short(exc)})") from None
    if not isinstance(record, dict):
        raise TidingsError("T106", origin, f"a JSON {type(record).__name__}, not an object")
    return record


def read_jsonl(stream: BinaryIO, origin: str, settings: Settings) -> Iterator[RawDocument | Failure]:
    """One document per JSON object line; blank lines are skipped."""
    seen = 0
    for number, line in _lines(stream, settings.max_line_bytes):
        where = f"{origin}#{number}"
        if line is None:  # a line all the same: the file is not "without JSON lines" (one failure per line)
            seen += 1
            yield _failure(where, "T106", f"line longer than {settings.max_line_bytes} bytes (max_line_bytes)")
            continue
        if not line.strip():
            continue
        seen += 1
        yield _record(where, _json_document, line, where, settings)
    if not seen:
        yield _failure(origin, "T101", "no JSON lines in the file")


def _json_document(line: bytes, where: str, settings: Settings) -> RawDocument:
    return record_to_raw(_json_record(line, where), where, settings)


def _record(where: str, make: Callable[..., RawDocument], *args: Any) -> RawDocument | Failure:
    """make(*args): one record as a document, or its failure; nothing a record holds can end the
    reading of the file."""
    try:
        return make(*args)
    except TidingsError as exc:
        return _failure(where, exc.code, exc.detail)
    except RecursionError:
        return _failure(where, "T106", "a value nested too deep to read")
    except Exception as exc:  # a surprise in one record is that record's failure
        return _failure(where, "T106", f"unreadable record ({_short(exc)})")


def _short(exc: BaseException) -> str:
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:200]


def _text_stream(stream: BinaryIO, origin: str, settings: Settings) -> tuple[io.TextIOWrapper, str]:
    """The file as text. Bytes the encoding cannot read become lone surrogates (surrogateescape), so one
    bad row is that row's failure (T103) and the rows after it are still read."""
    sample = stream.read(_SAMPLE)
    if not sample.strip():
        raise TidingsError("T101", origin, "the file is empty")
    encoding = detect_encoding(sample, origin, settings, final=len(sample) < _SAMPLE)
    wrapper = io.TextIOWrapper(replay(sample, stream), encoding=encoding, errors="surrogateescape", newline="")
    return wrapper, encoding


def _header(rows: Iterator[list[str]], origin: str) -> list[str]:
    header = [h.strip().lstrip("\ufeff").lower() for h in next(rows, [])]
    if not any(f in header for f in TEXT_FIELDS):
        shown = ", ".join(header[:8]) or "none"
        raise TidingsError("T106", origin, f"no text column (columns: {shown}); name one 'text'")
    return header


def read_csv(stream: BinaryIO, origin: str, settings: Settings, delimiter: str) -> Iterator[RawDocument | Failure]:
    """One document per row; the first row names the columns (one must be `text`)."""
    csv.field_size_limit(max(settings.max_line_bytes, 1024))
    text, encoding = _text_stream(stream, origin, settings)
    rows = csv.reader(text, delimiter=delimiter)
    header = _header(rows, origin)
    number = 0
    while True:
        number += 1
        where = f"{origin}#{number}"
        try:
            row = next(rows)
        except StopIteration:
            if number == 1:
                yield _failure(origin, "T101", "no rows after the header")
            return
        except csv.Error as exc:
            yield _failure(where, "T106", f"bad CSV row ({exc}) (line {rows.line_num})")
            continue
        except UnicodeDecodeError:
            raise TidingsError("T103", where, "the file changes encoding part-way") from None
        if not any(cell.strip() for cell in row):
            number -= 1
            continue
        if len(row) != len(header):
            yield _failure(where, "T106",
                           f"{len(row)} fields where the header has {len(header)} (line {rows.line_num})")
            continue
        if any(_SURROGATE.search(cell) for cell in row):
            yield _failure(where, "T103", f"bytes that are not {encoding} text (line {rows.line_num})")
            continue
        yield _record(where, record_to_raw, dict(zip(header, row, strict=True)), where, settings)
