"""Builders for the container formats tidings reads, so tests and the hostile corpus make real files.

Deterministic on purpose (fixed WARC record ids and dates): the same call gives the same bytes, so a
failing Hypothesis example or a hostile file can be reproduced exactly.
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
from collections.abc import Sequence
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def html_page(title: str, paragraphs: Sequence[str], published: str | None = None) -> str:
    """A small, well-formed news page."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>{meta}</head>"
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{html.escape(title)}</h1>{body}</article>"
            f"<footer>Copyright 2024</footer></body></html>")


def jsonl_bytes(records: Sequence[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[str]], delimiter: str = ",") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def warc_bytes(pages: Sequence[tuple[str, bytes, str]], gz: bool = False) -> bytes:
    """A WARC of HTTP responses (url, payload, content type), with a request record before each."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for number, (url, payload, content_type) in enumerate(pages, start=1):
        fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{number:012d}>",
                 "WARC-Date": "2024-03-29T12:00:00Z"}
        request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.0\r\n\r\n"),
                                            warc_headers_dict=dict(fixed))
        writer.write_record(request)
        request.raw_stream.close()  # warcio buffers a payload in a temporary file it never closes
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0")
        response = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http,
                                             warc_headers_dict=dict(fixed))
        writer.write_record(response)
        response.raw_stream.close()
    return buf.getvalue()


def rss_bytes(title: str, items: Sequence[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (title, link, description) items."""
    body = "".join(f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>"
                   f"<pubDate>Fri, 29 Mar 2024 10:00:00 +0000</pubDate>"
                   f"<description>{html.escape(d)}</description></item>" for t, link, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{html.escape(title)}'
            f"</title>{body}</channel></rss>").encode()


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)
