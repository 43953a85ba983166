"""Property tests for the classes the outside probe of 2026-12-03 broke (issue 17).

Invariants: a JSONL file of good lines, deeply nested lines, huge integers and junk yields exactly one
item per non-blank line, each failure naming its own line, every good line read; file names of any
bytes are read, each named by a valid UTF-8 origin; a full-text search is refused with FilterError or
is a query FTS5 accepts within the limits; escaped article text renders, in Markdown, to that text and
no markup; a snippet's marks are balanced and nothing else is a tag; a Host header is accepted only
when it is exactly host[:port].
"""

from __future__ import annotations

import html
import io
import os
import re
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from reliability.formats import jsonl_bytes
from tidings.config import Settings
from tidings.readers import read_inputs
from tidings.readers.tabular import read_jsonl
from tidings.records import Failure, RawDocument
from tidings.views.formats import markdown_text, visible_controls
from tidings.web.app import _host_of
from tidings.web.filters import FilterError
from tidings.web.markup import mark_snippet
from tidings.web.queries import MAX_PREFIX_TERMS, MAX_TERMS, fts_query

from .strategies import fuzz_settings, news_text

SETTINGS = Settings(max_line_bytes=400_000)
MARKDOWN = MarkdownIt("commonmark")
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

good_line = news_text().filter(str.strip).map(lambda t: (jsonl_bytes([{"text": t}]), "good"))
nested_line = st.integers(1_000, 120_000).map(lambda n: (b"[" * n + b"]" * n + b"\n", "bad"))
huge_int_line = st.integers(4_301, 60_000).map(lambda n: (b'{"text": "x", "n": ' + b"7" * n + b"}\n", "bad"))
nested_value = st.integers(2_000, 60_000).map(lambda n: (b'{"text": ' + b'{"a": ' * n + b"1" + b"}" * n + b"}\n",
                                                         "bad"))
junk_line = st.binary(min_size=1, max_size=200).filter(lambda b: b"\n" not in b and b.strip()).map(
    lambda b: (b + b"\n", "either"))


@fuzz_settings(40)
@given(lines=st.lists(st.one_of(good_line, nested_line, huge_int_line, nested_value, junk_line), min_size=1,
                      max_size=8))
def test_every_jsonl_line_is_read_on_its_own(lines: list[tuple[bytes, str]]) -> None:
    data = b"".join(line for line, _ in lines)
    items = list(read_jsonl(io.BytesIO(data), "f.jsonl", SETTINGS))
    assert len(items) == len(lines)
    for number, (item, (_, kind)) in enumerate(zip(items, lines, strict=True), start=1):
        assert item.origin == f"f.jsonl#{number}"
        if kind == "good":
            assert isinstance(item, RawDocument), item
        elif kind == "bad":
            assert isinstance(item, Failure) and item.code == "T106", item
            assert item.message.startswith(f"T106 f.jsonl#{number}: ") and "\n" not in item.message


name_bytes = st.binary(min_size=1, max_size=24).filter(
    lambda b: b"/" not in b and b"\x00" not in b and not b.startswith(b".") and b not in (b".", b".."))


@fuzz_settings(30)
@given(names=st.lists(name_bytes, min_size=1, max_size=5, unique=True))
def test_any_file_name_is_read_and_named_in_utf8(names: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, name in enumerate(names):
            (folder / os.fsdecode(name + b".txt")).write_text(f"Officials met in Astana on day {i}.")
        items = list(read_inputs([str(folder)], Settings()))
    assert len(items) == len(names)
    for item in items:
        assert isinstance(item, RawDocument), item
        item.origin.encode("utf-8")  # never a lone surrogate: storable, printable
        assert "\n" not in item.origin or any(b"\n" in n for n in names)


@fuzz_settings(200)
@given(text=st.one_of(st.text(max_size=260), st.lists(st.sampled_from(["a*", "con*", "OR", "trade", '"x y"', "*",
                                                                        "tr*", "(", "NEAR", "^", "-"]),
                                                       max_size=20).map(" ".join)))
def test_a_search_is_refused_or_within_the_limits(text: str) -> None:
    try:
        query = fts_query(text)
    except FilterError as exc:
        assert exc.field == "q"
        return
    terms = [t for t in re.findall(r'"[^"]*"\*?', query)]
    assert len(terms) <= MAX_TERMS and sum(t.endswith("*") for t in terms) <= MAX_PREFIX_TERMS
    if query:
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61')")
        conn.execute("INSERT INTO t VALUES ('trade and transit in Astana')")
        conn.execute("SELECT COUNT(*) FROM t WHERE t MATCH ?", (query,)).fetchone()


@fuzz_settings(300)
@given(text=st.one_of(st.text(), news_text(), st.lists(st.sampled_from(
    ["<script>", "</script>", "<img src=x onerror=alert(1)>", "[a](javascript:x)", "![i](x)", "&amp;", "&#60;", "`",
     "*", "_", "1.", "-", "+", "#", ">", "\\", "\x00", "\x02", "\x03", "\n", "<!--", "]]>", "|", "~~"]),
    max_size=12).map("".join)))
def test_escaped_text_renders_to_itself_and_no_markup(text: str) -> None:
    rendered = MARKDOWN.render("- " + markdown_text(text) + "\n")
    inner = rendered.strip()
    assert inner.startswith("<ul>\n<li>") and inner.endswith("</li>\n</ul>"), rendered
    body = inner[len("<ul>\n<li>"):-len("</li>\n</ul>")]
    assert "<" not in body, rendered
    assert not CONTROLS.search(rendered)
    assert html.unescape(body) == " ".join(visible_controls(text).split()).replace("\x00", "\ufffd")


@fuzz_settings(200)
@given(text=st.text(alphabet=st.sampled_from(["a", " ", "<", ">", "&", "\x02", "\x03", "\x00", "\x01", "é"]),
                    max_size=40))
def test_a_snippet_shows_only_balanced_marks(text: str) -> None:
    out = str(mark_snippet(text))
    tags = re.findall(r"</?[a-z]+>", out)
    assert set(tags) <= {"<mark>", "</mark>"}
    assert out.count("<mark>") == out.count("</mark>")
    assert not CONTROLS.search(out)
    assert "<" not in re.sub(r"</?mark>", "", out)


@fuzz_settings(300)
@given(value=st.one_of(st.text(max_size=40), st.from_regex(r"\A(127\.0\.0\.1|localhost|\[::1\])(:\d{1,6})?\Z"),
                       st.text(alphabet="127.0:@/[]lochst ", max_size=30)))
def test_a_host_is_accepted_only_when_exactly_host_and_port(value: str) -> None:
    scope = {"headers": [(b"host", value.encode("utf-8"))]}
    host = _host_of(scope)
    shown = value.encode("utf-8").decode("latin-1").lower()
    if any(c in value for c in "@/\\ ?#") or (value.count(":") > 1 and not value.startswith("[")):
        assert host == ""
    if host:  # what is accepted is the whole value, or the value less a port of digits
        rest = shown[len(host):]
        assert shown.startswith(host) and (rest == "" or (rest[0] == ":" and rest[1:].isdigit() and len(rest) <= 6))
