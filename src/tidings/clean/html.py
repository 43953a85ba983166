"""Main text and metadata of an HTML page: trafilatura for the article, htmldate for the date.

htmldate only looks at the page's markup and metadata (`extensive_search=False`): a date read from
the body text is often a date the article mentions, not the day it was published.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import trafilatura

from tidings.clean.metadata import page_published
from tidings.clean.rules import load_rules
from tidings.errors import TidingsError
from tidings.records import RawDocument

_DATE_PARAMS = {"original_date": True, "extensive_search": False}


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page's markup says (all None for plain text)."""

    text: str = ""
    title: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None


def _clean(value: Any) -> str | None:
    text = str(value).strip() if value else ""
    return text or None


def _as_dict(result: Any) -> dict[str, Any]:
    """trafilatura returns a Document (with .as_dict()) since 1.9, a dict before; None when nothing was found."""
    if result is None:
        return {}
    if isinstance(result, dict):
        return result
    as_dict = getattr(result, "as_dict", None)
    return dict(as_dict()) if callable(as_dict) else {}


def extract_html(raw: RawDocument) -> PageMeta:
    """The article of a web page; T107 when the page has no main text or its markup cannot be walked."""
    try:
        result = trafilatura.bare_extraction(
            raw.content,
            url=raw.given.get("url"),
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # lxml's drop_tree asserts on trees rooted in <svg>; any such surprise is the page's
        raise TidingsError("T107", raw.origin, f"the page's markup cannot be read ({exc.__class__.__name__})") from None
    page: dict[str, Any] = _as_dict(result)
    if not (text := _clean(page.get("text"))):
        raise TidingsError("T107", raw.origin, "no article text found in the page")
    return PageMeta(
        text=text,
        title=_clean(page.get("title")),
        published=page_published(raw.content, raw.given.get("url") or _clean(page.get("url")), load_rules())
        or _clean(page.get("date")),
        source=_clean(page.get("sitename")),
        author=_clean(page.get("author")),
        url=_clean(page.get("url")),
    )
