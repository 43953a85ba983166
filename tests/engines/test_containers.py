"""The example articles packed in a WARC archive and in an RSS feed give the timeline of the plain files.

Both containers are built here in tmp_path: the WARC with warcio (one text/plain HTTP response per
article, behind a warcinfo record and a non-article image response that must be skipped), the feed
as plain RSS 2.0 XML. Each article keeps its own outlet (its own web host), as the plain files each
are their own source.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from engines_helpers import EXAMPLES, timeline_content
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tidings.config import Settings
from tidings.pipeline import ingest
from tidings.store import Store


def _articles() -> list[tuple[str, str]]:
    return [(f"https://news{i}.example.org/{p.stem}", p.read_text(encoding="utf-8"))
            for i, p in enumerate(sorted(EXAMPLES.glob("*.txt")))]


def _response(writer: WARCWriter, url: str, content_type: str, body: bytes) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
    writer.write_record(record)
    record.raw_stream.close()  # warcio buffered the payload in a temporary file it never closes


def write_warc(path: Path) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tidings tests"}))
        _response(writer, "https://news0.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n")
        for url, text in _articles():
            _response(writer, url, "text/plain; charset=utf-8", text.encode("utf-8"))


def write_rss(path: Path) -> None:
    items = "".join(f"<item><link>{escape(url)}</link><description>{escape(text)}</description></item>\n"
                    for url, text in _articles())
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>\n{items}'
                    "</channel></rss>\n", encoding="utf-8")


def _ingested(tmp_path: Path, name: str) -> Store:
    store = Store(tmp_path / f"{name}.db")
    summary = ingest([str(tmp_path / name)], store, Settings(db=str(tmp_path / f"{name}.db")), workers=1)
    assert (summary.new, summary.failed) == (5, 0)
    return store


@pytest.mark.parametrize("name", ["crawl.warc.gz", "news.rss"])
def test_container_gives_the_timeline_of_the_plain_files(tmp_path: Path, plain_store: Store, name: str) -> None:
    (write_warc if ".warc" in name else write_rss)(tmp_path / name)
    store = _ingested(tmp_path, name)
    expected = timeline_content(plain_store)
    assert expected, "the example corpus must give a timeline"
    assert timeline_content(store) == expected
    origins = [r["origin"] for r in store.query("SELECT origin FROM documents ORDER BY origin")]
    assert all("#" in o and name in o for o in origins)
