"""Property tests: any bytes under any supported name, through the readers and the cleaner.

Invariants (docs/reliability.md): reading never raises; every item is a RawDocument or a coded
Failure whose message is one line naming the input; every non-blank JSONL line is accounted for by
exactly one item; well-formed records are never lost; the cleaner either gives a Document with text
or raises a coded TidingsError (never anything else).
"""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reliability.formats import csv_bytes, gz, html_page, jsonl_bytes, rss_bytes, warc_bytes
from tidings.clean import to_document
from tidings.config import Settings
from tidings.errors import CODES, TidingsError
from tidings.readers import FORMATS, read_inputs
from tidings.records import Document, Failure, RawDocument

from .strategies import fuzz_settings, mutated_bytes, news_text

SMALL = Settings(max_document_bytes=20_000, max_line_bytes=5_000, max_archive_member_bytes=50_000,
                 max_decompression_ratio=20)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029]")
EXTENSIONS = [*sorted(FORMATS), ".txt.gz", ".jsonl.gz", ".html.gz", ".warc.gz", ".csv.gz", ".bin", ""]


def check_item(item: object, origin_prefix: str) -> None:
    assert isinstance(item, RawDocument | Failure), item
    if isinstance(item, Failure):
        assert item.code in CODES and item.code.startswith("T1"), item
        assert item.message.startswith(f"{item.code} "), item.message
        assert "\n" not in item.message and "\r" not in item.message, item.message
        assert item.origin.startswith(origin_prefix), (item.origin, origin_prefix)
        assert "(fix: " in item.message
    else:
        assert item.origin.startswith(origin_prefix)
        assert item.content, item


def clean_or_coded(raw: RawDocument, settings: Settings) -> Document | None:
    """to_document's contract: a Document with text, or a coded input error."""
    try:
        doc = to_document(raw, settings)
    except TidingsError as exc:
        assert exc.code.startswith("T1"), exc.message
        assert "\n" not in exc.message
        return None
    assert doc.text.strip(), doc
    assert doc.origin == raw.origin
    if doc.published:
        datetime.fromisoformat(doc.published)
    return doc


def read_all(data: bytes, name: str, settings: Settings = SMALL) -> list[RawDocument | Failure]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        items = list(read_inputs([str(path)], settings))
        for item in items:
            check_item(item, str(path.resolve()))
        for item in items:
            if isinstance(item, RawDocument):
                clean_or_coded(item, settings)
    assert items, "an input produced neither a document nor a failure"
    return items


any_bytes = st.one_of(mutated_bytes(), st.binary(max_size=300),
                      mutated_bytes(st.builds(lambda t: html_page("T", [t]).encode(), news_text())),
                      mutated_bytes(st.builds(lambda t: jsonl_bytes([{"text": t}, {"text": t + "."}]),
                                              news_text())))


@fuzz_settings(100)
@given(data=any_bytes, ext=st.sampled_from(EXTENSIONS))
def test_any_bytes_under_any_name(data: bytes, ext: str) -> None:
    if ext.endswith(".gz") and data[:1] != b"\x1f":
        data = gz(data)
    read_all(data, "input" + ext)


@fuzz_settings(100)
@given(data=any_bytes)
def test_standard_input_never_raises(data: bytes) -> None:
    items = list(read_inputs(["-"], SMALL, stdin=io.BytesIO(data)))
    assert items
    for item in items:
        check_item(item, "<stdin>")
        if isinstance(item, RawDocument):
            clean_or_coded(item, SMALL)


good_record = st.builds(lambda t, d: {"text": t, "published": d, "title": "x"},
                        news_text().filter(lambda t: t.strip() != "" and len(t.encode()) < 4000),
                        st.one_of(st.dates().map(str), st.text(max_size=10)))
bad_line = st.one_of(
    st.sampled_from([b'{"text": "cut', b"[1, 2]", b'"a string"', b"null", b"{}", b'{"text": ""}', b"\xff\xfe{",
                     b'{"text": 5}', b"{" * 3000, b'{"text": "a"}}']),
    st.binary(max_size=60).map(lambda b: b.replace(b"\n", b" ")),
)


@fuzz_settings(100)
@given(lines=st.lists(st.one_of(good_record.map(lambda r: (jsonl_bytes([r]), True)),
                                bad_line.map(lambda b: (b, False))), min_size=1, max_size=12))
def test_every_jsonl_line_is_accounted_for(lines: list[tuple[bytes, bool]]) -> None:
    data = b"".join(line if line.endswith(b"\n") else line + b"\n" for line, _ in lines)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feed.jsonl"
        path.write_bytes(data)
        origin = str(path.resolve())
        items = list(read_inputs([str(path)], SMALL))
    expected = [f"{origin}#{n}" for n, line in enumerate(data.split(b"\n"), start=1) if line.strip()]
    codes = [getattr(i, "code", None) for i in items]
    assert [i.origin for i in items] == expected or (not expected and codes == ["T101"])
    for item in items:
        check_item(item, origin)
    by_origin = {i.origin: i for i in items}
    for n, (line, good) in enumerate(lines, start=1):
        if good:
            assert isinstance(by_origin[f"{origin}#{n}"], RawDocument), (line, by_origin[f"{origin}#{n}"])


@fuzz_settings(80)
@given(rows=st.lists(st.tuples(news_text(), st.one_of(st.dates().map(str), st.text(max_size=12))),
                     min_size=1, max_size=8),
       delimiter=st.sampled_from([",", "\t"]))
def test_well_formed_csv_rows_are_all_read(rows: list[tuple[str, str]], delimiter: str) -> None:
    ext = ".csv" if delimiter == "," else ".tsv"
    data = csv_bytes(["text", "published"], rows, delimiter)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("rows" + ext)
        path.write_bytes(data)
        items = list(read_inputs([str(path)], SMALL))
    for item in items:
        check_item(item, str(path.resolve()))
    docs = [i for i in items if isinstance(i, RawDocument)]
    wanted = [t for t, _ in rows if t.strip() and len(t.encode()) <= 5000]
    # control bytes make the file look binary (a T102 for the whole file, reported, by design)
    if not CONTROL.search(data.decode()) and len(data) < 60_000:
        assert [d.content for d in docs] == wanted


@fuzz_settings(60)
@given(texts=st.lists(news_text(), min_size=1, max_size=4), zipped=st.booleans(), damage=st.booleans(),
       data=st.data())
def test_warc_archives(texts: list[str], zipped: bool, damage: bool, data: st.DataObject) -> None:
    pages = [(f"http://example.org/{n}", html_page(f"Story {n}", [t]).encode(), "text/html; charset=utf-8")
             for n, t in enumerate(texts)]
    raw = warc_bytes(pages, gz=zipped)
    if damage:
        raw = data.draw(mutated_bytes(st.just(raw)))
    items = read_all(raw, "crawl.warc.gz" if zipped else "crawl.warc")
    if not damage:
        assert sum(isinstance(i, RawDocument) for i in items) + sum(isinstance(i, Failure) for i in items) \
            == len(texts)


@fuzz_settings(60)
@given(texts=st.lists(news_text(), min_size=1, max_size=4), damage=st.booleans(), data=st.data())
def test_rss_feeds(texts: list[str], damage: bool, data: st.DataObject) -> None:
    raw = rss_bytes("Feed", [(f"T{n}", f"http://example.org/{n}", t) for n, t in enumerate(texts)])
    if damage:
        raw = data.draw(mutated_bytes(st.just(raw)))
    read_all(raw, "news.rss")


@st.composite
def nested_html(draw: st.DrawFn) -> str:
    tags = draw(st.lists(st.sampled_from(["div", "p", "span", "table", "td", "b", "script", "style", "article",
                                          "li", "ul", "h1", "a", "noscript", "iframe", "svg"]), max_size=60))
    text = draw(news_text())
    closing = draw(st.booleans())
    return "".join(f"<{t}>" for t in tags) + text + ("".join(f"</{t}>" for t in reversed(tags)) if closing else "")


@fuzz_settings(80)
@given(page=st.one_of(nested_html(), news_text().map(lambda t: html_page(t[:30], [t]))), published=st.one_of(
    st.none(), st.sampled_from(["2024-03-29", "2024-02-30", "yesterday", "0000-00-00", "9999-99-99"])))
def test_cleaner_on_pages_and_texts(page: str, published: str | None) -> None:
    given_meta = {"published": published} if published else {}
    for media in ("text/html", "text/plain"):
        clean_or_coded(RawDocument("page", page, media, given_meta), SMALL)


def test_jsonl_lone_surrogate_is_one_bad_line(tmp_path: Path) -> None:
    """JSON allows the escape \\ud800 (a lone surrogate, not a character): that line fails, the next is read."""
    path = tmp_path / "s.jsonl"
    path.write_bytes(b'{"text": "First line is fine."}\n{"text": "\\ud800 lone"}\n{"text": "Third is fine."}\n')
    items = list(read_inputs([str(path)], SMALL))
    origin = str(path.resolve())
    assert [i.origin for i in items] == [f"{origin}#1", f"{origin}#2", f"{origin}#3"]
    assert [type(i).__name__ for i in items] == ["RawDocument", "Failure", "RawDocument"]


def test_warc_cut_in_first_record_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    path.write_bytes(warc_bytes([("http://e.org/", html_page("T", ["Some text here."]).encode(), "text/html")])[:40])
    assert [i.code for i in read_inputs([str(path)], SMALL) if isinstance(i, Failure)] == ["T108"]


def test_given_published_is_iso_or_dropped() -> None:
    for value in ("2024-02-30", "yesterday", "0000-00-00"):
        raw = RawDocument("x", "China and Kazakhstan signed a trade agreement.", "text/plain", {"published": value})
        published = to_document(raw, SMALL).published
        assert published is None or datetime.fromisoformat(published)


def test_svg_rooted_page_is_a_coded_failure() -> None:
    raw = RawDocument("p.html", "<svg><p>China and Kazakhstan signed a deal.<div>", "text/html")
    with contextlib.suppress(TidingsError):
        to_document(raw, SMALL)


def test_damaged_warc_writes_nothing_to_stderr(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    warc = warc_bytes([(f"http://e.org/{i}", html_page("T", ["China and Kazakhstan signed a deal. " * 3]).encode(),
                        "text/html") for i in range(2)])
    at = warc.index(b"Content-Length: ", warc.index(b"WARC-Type: response"))
    end = warc.index(b"\r\n", at)
    path = tmp_path / "short.warc"
    path.write_bytes(warc[:at] + b"Content-Length: " + str(int(warc[at + 16:end]) - 40).encode() + warc[end:])
    items = list(read_inputs([str(path)], SMALL))
    assert "T108" in [i.code for i in items if isinstance(i, Failure)]
    assert capfd.readouterr().err == ""


def test_stamp_line_with_impossible_time_gives_no_invalid_date() -> None:
    text = ("Leaders call\n\n Source:entertainment Views: 【BigSmall】 Time:2024-06-03 17:55:66 Number of comments:"
            "\n\nChina and Kazakhstan signed a deal in Astana on Monday, officials said.")
    published = to_document(RawDocument("x", text, "text/plain"), SMALL).published
    assert published is None or datetime.fromisoformat(published)
