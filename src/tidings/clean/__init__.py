"""Clean an article and lift its metadata: `RawDocument` -> `Document`.

Scraped plain text carries page furniture (menus, adverts, share counters, repeated headlines) and
metadata inside the body (date stamps, datelines, source and author lines). `clean_text` removes the
first and lifts the second, keeping every sentence of the article; the rules are data files in
`tidings/data/boilerplate/` (see docs/inputs.md). HTML goes through trafilatura first (`clean.html`),
then through the same cleaner with the light rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from tidings.clean.dates import iso_published
from tidings.clean.furniture import (
    drop_menus,
    drop_outside,
    drop_repeats,
    drop_rule_lines,
    drop_title_copies,
    main_region,
    split_headline,
)
from tidings.clean.lines import Line, as_sentence, is_body, join_lines, split_lines
from tidings.clean.metadata import (
    Found,
    compose_source,
    is_english,
    lift_date_header,
    lift_dateline,
    lift_source_lines,
    lift_stamps,
)
from tidings.clean.rules import load_rules
from tidings.clean.title import lift_title_and_author
from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.ids import document_id, sha256_text
from tidings.records import Document, RawDocument, RemovedLine

__all__ = ["MAX_ANALYSIS_CHARS", "CleanResult", "clean_text", "to_document"]

# spaCy refuses a text longer than its pipeline's `nlp.max_length` (1,000,000 characters by default):
# such a text is refused here, before analysis, with T104 naming the limit (docs/inputs.md).
MAX_ANALYSIS_CHARS = 1_000_000
# Below this share of Latin letters among a text's letters, the text is taken to be in another script
# (Chinese, Japanese, Hindi ...), which the English cleaner drops as furniture: the failure says so.
_LATIN_SHARE = 0.5
_MIN_LETTERS = 20


@dataclass(frozen=True, slots=True)
class CleanResult:
    """The cleaned body and the metadata found in it."""

    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    author: str | None = None
    dateline: str | None = None
    language: str | None = None
    removed: tuple[RemovedLine, ...] = ()


def clean_text(text: str, *, light: bool = False, title: str | None = None) -> CleanResult:
    """Remove page furniture from scraped plain text and lift the metadata it holds.

    `light=True` is for text already extracted from HTML (one paragraph per line): no menu or
    main-region heuristics and no title search (the page's markup gave those), only the line rules,
    repeats and metadata lines. A known `title` (from markup or a container) is removed from the body,
    except, in light mode, the headline the extracted article opens with (kept as its first sentence,
    and only when some article text follows it).
    """
    rules = load_rules()
    found = Found()
    removed: list[RemovedLine] = []
    lines = split_lines(text)
    headline: list[Line] = []
    if light:
        lines = [Line(line.text, i) for i, line in enumerate(lines)]
        headline, lines = split_headline(lines, title, rules) if title else ([], lines)
    if title:
        lines, dropped = drop_title_copies(lines, title)
        removed += dropped
    lines = lift_stamps(lines, rules, found)
    lines, dropped = drop_rule_lines(lines, rules, light)
    removed += dropped
    if not light:
        lines, dropped = drop_menus(lines, rules)
        removed += dropped
    lines, dropped = drop_repeats(lift_source_lines(lines, rules, found), rules)
    removed += dropped
    if not light and (region := main_region(lines, rules)):
        lines, dropped = drop_outside(lines, region, int(rules.number("region", "header_lines")))
        removed += dropped
    lines = lift_date_header(lines, rules, found)
    title = None
    if not light:
        lines, title = lift_title_and_author(lines, rules, found)
    lines = lift_dateline(lines, rules, found)
    body = join_lines([*(as_sentence(line) for line in headline), *lines] if lines else [])
    return CleanResult(
        text=body,
        title=title,
        published=found.published,
        source=compose_source(found, title, rules),
        author=found.author,
        dateline=found.dateline,
        language="en" if is_english(body, rules) else None,
        removed=(*found.removed, *removed),
    )


def _given(raw: RawDocument, key: str) -> str | None:
    value = raw.given.get(key)
    return value.strip() if value and value.strip() else None


def _first(*values: str | None) -> str | None:
    return next((v for v in values if v), None)


def _in_another_script(text: str) -> bool:
    """Mostly letters outside the Latin alphabet: not English, whatever the cleaner made of it."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters)
    return len(letters) >= _MIN_LETTERS and latin < _LATIN_SHARE * len(letters)


def _why_nothing(text: str, detail: str) -> str:
    """Why cleaning left nothing: a text in another script says so rather than blaming page furniture."""
    return "no English text found (tidings analyses English)" if _in_another_script(text) else detail


def to_document(raw: RawDocument, settings: Settings) -> Document:
    """Clean one raw document. Metadata the container gave (columns, feed fields) wins over what the
    page states, which wins over what the cleaner finds; empty values are ignored.

    Raises TidingsError T107 when no article text is left (saying so when the text is not in English),
    T104 when the cleaned text is longer than the analysis takes (MAX_ANALYSIS_CHARS).
    """
    # imported here: trafilatura takes a second to import and plain-text cleaning does not need it
    from tidings.clean.html import PageMeta, extract_html
    from tidings.readers.detect import decode_text

    page = PageMeta()
    if raw.media_type == "text/html":
        page = extract_html(raw)
        text = page.text
    else:
        text = raw.content if isinstance(raw.content, str) else decode_text(raw.content, raw.origin, settings)
    html = raw.media_type == "text/html"
    result = clean_text(text, light=html, title=_first(_given(raw, "title"), page.title))
    if not result.text.strip():
        raise TidingsError("T107", raw.origin, _why_nothing(text, "nothing is left once page furniture is removed"))
    if html and not any(is_body(line, load_rules()) for line in result.text.splitlines()):
        raise TidingsError("T107", raw.origin, _why_nothing(text, "the page's text holds no sentence"))
    if len(result.text) > MAX_ANALYSIS_CHARS:
        raise TidingsError("T104", raw.origin, f"the cleaned text has {len(result.text):,} characters, over the "
                           f"{MAX_ANALYSIS_CHARS:,} the language analysis takes (spaCy's nlp.max_length); "
                           "split it into articles")
    sha = sha256_text(result.text)
    rules = load_rules()
    return Document(
        id=document_id(raw.origin, sha),
        origin=raw.origin,
        text=result.text,
        content_sha=sha,
        title=_first(_given(raw, "title"), page.title, result.title),
        published=_first(iso_published(_given(raw, "published"), rules), iso_published(page.published, rules),
                         result.published),
        source=_first(_given(raw, "source"), page.source, result.source),
        author=_first(_given(raw, "author"), page.author, result.author),
        dateline=result.dateline,
        language=_first(_given(raw, "language"), result.language),
        url=_first(_given(raw, "url"), page.url),
        removed=result.removed,
    )
