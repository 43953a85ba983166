"""Tell text from binary and find a text's encoding.

Order matters: a byte-order mark is trusted first, then a forced `--encoding`, then the NUL pattern of
BOM-less UTF-16 (which would otherwise look binary), then magic numbers and NUL bytes (binary), then
strict UTF-8, then charset-normalizer's guess.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from tidings.config import Settings
from tidings.errors import TidingsError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Magic numbers of formats people mistake for text (file(1) and the formats' specifications); only
# signatures no English text starts with (other binaries are caught by their NUL bytes).
_MAGIC = (
    (b"\x7fELF", "an ELF executable"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive (name it .gz)"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an MS Office document"),
    (b"\x00\x00\x00", "a binary file"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def bom_encoding(data: bytes) -> str | None:
    return next((name for bom, name in _BOMS if data.startswith(bom)), None)


def _utf16_without_bom(data: bytes) -> str | None:
    """utf-16-le/be when every other byte is NUL, as in ASCII text saved as UTF-16 without a BOM."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def binary_kind(data: bytes) -> str | None:
    """What binary format the bytes are, or None for text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    sample = data[:8192]
    if b"\x00" in sample or len(_CONTROL.findall(sample)) > 0.1 * max(len(sample), 1):
        return "a binary file (NUL or control bytes)"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _is_utf8(sample: bytes, final: bool) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=final)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(sample: bytes, origin: str, settings: Settings, declared: str | None = None,
                    final: bool = True) -> str:
    """The encoding of text whose first bytes are `sample`; raises T102 for binary, T103 if unknown.

    `final=False` says the sample is only the start of a longer stream (it may end mid-character).
    """
    if bom := bom_encoding(sample):
        return bom
    if settings.encoding:
        try:
            return codecs.lookup(settings.encoding).name
        except LookupError:
            raise TidingsError("T103", origin, f"unknown encoding {settings.encoding!r}") from None
    if utf16 := _utf16_without_bom(sample):
        return utf16
    if kind := binary_kind(sample):
        raise TidingsError("T102", origin, f"looks like {kind}")
    if _is_utf8(sample, final):
        return "utf-8"
    if declared:
        return declared
    best = from_bytes(sample).best()
    if best is None:
        raise TidingsError("T103", origin, "the encoding could not be detected")
    return best.encoding


def decode_text(data: bytes, origin: str, settings: Settings, declared: str | None = None) -> str:
    """The text of a whole file; BOMs are removed."""
    encoding = detect_encoding(data, origin, settings, declared)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise TidingsError("T103", origin, f"not valid {encoding}: {exc.__class__.__name__}") from None
    return text.lstrip("\ufeff")
