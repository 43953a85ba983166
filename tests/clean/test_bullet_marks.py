"""A bullet or dash alone on its line is dropped (and recorded), so a list item does not glue to the sentence before.

The digest below is written for the test. The real pages are two AEB pages (Scrapinghub article-extraction
benchmark, read from ../shared in place, skipped when absent) whose extracted text puts list marks on their own
lines: a tech news digest and a sports column.
"""

from __future__ import annotations

import gzip
import re

import pytest

from tidings.clean import clean_text
from tidings.clean.html import extract_html
from tidings.eval import shared_dir
from tidings.records import RawDocument

AEB = "corpora/scrapinghub_aeb/html"
LONE_MARK = re.compile(r"^\s*[•·▪◦‣●■►▶–—-]\s*$", re.M)

DIGEST = (
    "Good morning! Here is the news you need to know this Monday.\n\n-\n\n"
    "The city council is reviewing the transit budget. A vote is set for next week.\n\n-\n\n"
    "The port operator named a new chief executive, who starts in March 2021.\n\n"
    "—\n\n"
    "The storm moved east overnight - forecasters expect rain - and schools stayed open."
)


def test_lone_marks_go_and_every_item_stays() -> None:
    result = clean_text(DIGEST, light=True)
    assert not LONE_MARK.search(result.text)
    assert [r.reason for r in result.removed].count("bullet-mark") == 3
    for item in ("this Monday.", "transit budget.", "March 2021.", "- forecasters expect rain -"):
        assert item in result.text
    assert "this Monday.\n\nThe city council" in result.text


@pytest.mark.parametrize("prefix", ["fde930b01859de83", "6a72de37e8f98f4e"])
def test_real_pages_lose_their_lone_marks_but_no_words(prefix: str) -> None:
    shared = shared_dir(None, AEB)
    if shared is None:
        pytest.skip("the shared corpora are not beside the repository")
    page = next((shared / AEB).glob(f"{prefix}*.html.gz"))
    raw = RawDocument(origin=str(page), content=gzip.decompress(page.read_bytes()),
                      media_type="text/html")
    extracted = extract_html(raw).text
    assert LONE_MARK.search(extracted)
    cleaned = clean_text(extracted, light=True)
    assert not LONE_MARK.search(cleaned.text)
    dropped = [r for r in cleaned.removed if r.reason == "bullet-mark"]
    assert dropped and all(len(r.text.strip()) == 1 for r in dropped)
