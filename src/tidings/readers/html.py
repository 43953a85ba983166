"""HTML pages (.html, .htm): decoded here, extracted by the cleaner (trafilatura + htmldate)."""

from __future__ import annotations

import re

from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.readers.detect import declared_charset, decode_text
from tidings.records import RawDocument

_TAG_OR_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)


def visible_text(html: str) -> str:
    """A rough view of the page's text, to refuse pages with none before extraction."""
    return _TAG_OR_SCRIPT.sub(" ", html).strip()


def read_html(data: bytes, origin: str, settings: Settings, url: str | None = None) -> RawDocument:
    if not data.strip():
        raise TidingsError("T101", origin, "the file is empty")
    html = decode_text(data, origin, settings, declared=declared_charset(data))
    if not visible_text(html):
        raise TidingsError("T107", origin, "the page has no text at all")
    return RawDocument(origin=origin, content=html, media_type="text/html", given={"url": url} if url else {})
