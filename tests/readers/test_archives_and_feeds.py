"""WARC archives and RSS/Atom feeds, built in tmp_path."""

# ruff: noqa: E501  (article paragraphs are one long line each, as scraped)

from __future__ import annotations

import gzip
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tidings.config import Settings
from tidings.readers import read_inputs
from tidings.readers.feeds import fragment_text, iso_date
from tidings.records import Failure, RawDocument

PAGE = (
    b"<html><head><title>Rail deal</title></head><body><article><h1>Rail deal</h1>"
    b"<p>Kazakhstan and China agreed on Tuesday to expand freight through Khorgos.</p></article></body></html>"
)


def _response(writer: WARCWriter, url: str, content_type: str, body: bytes) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
    writer.write_record(record)
    record.raw_stream.close()  # warcio buffered the payload in a temporary file it never closes


def _warc(path: Path, gzipped: bool) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        _response(writer, "https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n")
        _response(writer, "https://example.org/rail", "text/html; charset=utf-8", PAGE)
        _response(writer, "https://example.org/empty", "text/html", b"<html><body></body></html>")


def test_warc_html_responses_become_documents(tmp_path: Path) -> None:
    for name, gzipped in (("crawl.warc", False), ("crawl.warc.gz", True)):
        _warc(tmp_path / name, gzipped)
        items = list(read_inputs([str(tmp_path / name)], Settings()))
        origin = str((tmp_path / name).resolve())
        assert [(i.origin, getattr(i, "code", "ok")) for i in items] == [(f"{origin}#3", "ok"), (f"{origin}#4", "T107")]
        doc = items[0]
        assert isinstance(doc, RawDocument) and doc.media_type == "text/html"
        assert doc.given == {"url": "https://example.org/rail"} and "Khorgos" in str(doc.content)


def test_corrupt_warc_is_t108_after_the_good_records(tmp_path: Path) -> None:
    _warc(tmp_path / "ok.warc.gz", True)
    data = (tmp_path / "ok.warc.gz").read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 40])
    (tmp_path / "junk.warc").write_bytes(b"this is not a web archive\n" * 20)
    items = list(read_inputs([str(tmp_path / "cut.warc.gz"), str(tmp_path / "junk.warc")], Settings()))
    assert [getattr(i, "code", "ok") for i in items][-1] == "T108"
    assert "ok" in [getattr(i, "code", "ok") for i in items]


def test_warc_bomb_is_refused(tmp_path: Path) -> None:
    with (tmp_path / "bomb.warc.gz").open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        _response(writer, "https://example.org/big", "text/html", b"<p>" + b" " * 5_000_000 + b"</p>")
    items = list(read_inputs([str(tmp_path / "bomb.warc.gz")], Settings(max_document_bytes=10_000_000)))
    assert isinstance(items[-1], Failure) and items[-1].code == "T108"


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Astana Times</title>
<item><title>Xi arrives in Astana</title><link>https://example.org/1</link>
<pubDate>Tue, 02 Jul 2024 10:30:00 +0500</pubDate>
<description>&lt;p&gt;Xi Jinping arrived in Astana on Tuesday.&lt;/p&gt;&lt;p&gt;He met Tokayev.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.org/2</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>SCO summit opens</title><link href="https://example.org/sco"/><updated>2024-07-04T08:00:00Z</updated>
<published>2024-07-03T21:15:00+06:00</published><author><name>Dana Ospan</name></author>
<content type="html">&lt;p&gt;The summit opened in Astana.&lt;/p&gt;</content></entry></feed>"""


def test_rss_items_with_metadata(tmp_path: Path) -> None:
    (tmp_path / "news.rss").write_text(RSS, encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "news.rss")], Settings()))
    assert [getattr(i, "code", "ok") for i in items] == ["ok", "T106"]
    doc = items[0]
    assert doc.origin.endswith("news.rss#1")
    assert doc.content == "Xi Jinping arrived in Astana on Tuesday.\n\nHe met Tokayev."
    assert doc.given == {
        "title": "Xi arrives in Astana",
        "url": "https://example.org/1",
        "published": "2024-07-02T10:30:00+05:00",
        "source": "Astana Times",
    }


def test_atom_entry(tmp_path: Path) -> None:
    (tmp_path / "wire.atom").write_text(ATOM, encoding="utf-8")
    [doc] = list(read_inputs([str(tmp_path / "wire.atom")], Settings()))
    assert doc.content == "The summit opened in Astana."
    assert doc.given["published"] == "2024-07-03T21:15:00+06:00" and doc.given["author"] == "Dana Ospan"


def test_xml_that_is_not_a_feed_is_t105(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')
    [failure] = list(read_inputs([str(tmp_path / "sitemap.xml")], Settings()))
    assert isinstance(failure, Failure) and failure.code == "T105"


def test_gzipped_feed(tmp_path: Path) -> None:
    (tmp_path / "wire.xml.gz").write_bytes(gzip.compress(ATOM.encode()))
    [doc] = list(read_inputs([str(tmp_path / "wire.xml.gz")], Settings()))
    assert doc.given["title"] == "SCO summit opens"


def test_fragment_text_and_dates() -> None:
    assert fragment_text("<ul><li>One</li><li>Two</li></ul>") == "One\n\nTwo"
    assert fragment_text("plain words") == "plain words"
    assert iso_date("Thu, 04 Jul 2024 09:00:00 GMT") == "2024-07-04T09:00:00+00:00"
    assert iso_date("2024-07-04") == "2024-07-04T00:00:00"
    assert iso_date("sometime soon") is None


def test_warc_without_pages_is_t101(tmp_path: Path) -> None:
    """Bug R2: an archive holding only images used to read as nothing (no document, no failure)."""
    path = tmp_path / "images.warc"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        _response(writer, "https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n")
    items = list(read_inputs([str(path)], Settings()))
    assert [(i.origin, i.code) for i in items if isinstance(i, Failure)] == [(str(path.resolve()), "T101")]
    assert len(items) == 1 and "no pages" in items[0].message


def test_warc_cut_inside_its_first_record_is_t108(tmp_path: Path) -> None:
    """Bug R2: a WARC cut inside its first record header used to read as nothing."""
    _warc(tmp_path / "ok.warc", False)
    (tmp_path / "cut.warc").write_bytes((tmp_path / "ok.warc").read_bytes()[:40])
    items = list(read_inputs([str(tmp_path / "cut.warc")], Settings()))
    assert [getattr(i, "code", "ok") for i in items] == ["T108"]


def test_warc_record_shorter_than_its_length_is_one_coded_failure(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Bug R5: warcio wrote three warning lines to stderr besides tidings's own T108."""
    _warc(tmp_path / "ok.warc", False)
    data = (tmp_path / "ok.warc").read_bytes()
    at = data.index(b"Content-Length: ", data.index(b"WARC-Type: response"))
    end = data.index(b"\r\n", at)
    shorter = str(int(data[at + 16 : end]) - 4).encode()
    (tmp_path / "short.warc").write_bytes(data[:at] + b"Content-Length: " + shorter + data[end:])
    items = list(read_inputs([str(tmp_path / "short.warc")], Settings()))
    assert "T108" in [i.code for i in items if isinstance(i, Failure)]
    assert capfd.readouterr().err == ""
