"""RSS and Atom feeds saved as files (.rss, .atom, .xml): one document per item.

An item's full content (or, failing that, its summary) is the text; its title, link and published
date are given metadata, and the feed's (or the item's source's) title is the source. feedparser is
given bytes, so it never touches the network.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from typing import Any

import feedparser
import lxml.html

from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.records import Failure, RawDocument

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")
_HAS_TAG = re.compile(r"<[a-zA-Z][^>]*>")


def fragment_text(html: str) -> str:
    """The text of an HTML fragment, a paragraph per block element."""
    if not _HAS_TAG.search(html):
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return _HAS_TAG.sub(" ", html).strip()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    text: str = root.text_content()
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def iso_date(value: str) -> str | None:
    """The item's date in ISO 8601 as the feed states it (RFC 822 for RSS, RFC 3339 for Atom)."""
    value = value.strip()
    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None


def _item_text(entry: Any) -> str:
    contents = entry.get("content") or []
    html = max((c.get("value", "") for c in contents), key=len, default="") or entry.get("summary", "")
    return fragment_text(str(html))


def _given(entry: Any, feed_title: str) -> dict[str, str]:
    raw_date = entry.get("published") or entry.get("updated") or ""
    source = (entry.get("source") or {}).get("title") or feed_title
    values = {
        "title": entry.get("title", ""),
        "url": entry.get("link", ""),
        "published": iso_date(raw_date) or "" if raw_date else "",
        "source": source,
        "author": entry.get("author", ""),
    }
    return {k: str(v).strip() for k, v in values.items() if v and str(v).strip()}


def read_feed(data: bytes, origin: str, settings: Settings) -> Iterator[RawDocument | Failure]:
    """One document per item with text; T105 if the file is not a feed."""
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        raise TidingsError("T105", origin, "not an RSS or Atom feed")
    feed_title = str(parsed.feed.get("title", "")).strip()
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{number}"
        text = _item_text(entry)
        if not text:
            error = TidingsError("T106", where, "the feed item has no content or summary")
            yield Failure(where, "read", error.code, error.message)
            continue
        yield RawDocument(where, text, "text/plain", _given(entry, feed_title))
    if not parsed.entries:
        raise TidingsError("T101", origin, "the feed has no items")
