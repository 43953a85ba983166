"""to_document: ids, metadata precedence, the HTML path, and the seed articles as an acceptance test."""

# ruff: noqa: E501  (article paragraphs are one long line each, as scraped)

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.clean import to_document
from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.ids import document_id, sha256_text
from tidings.readers import read_inputs
from tidings.records import RawDocument

SHARED = Path(__file__).resolve().parents[3] / "shared"
BODY = "BEIJING, July 4, 2024 /PRNewswire/ — The two presidents met in Astana on Wednesday and signed a treaty."


def test_ids_follow_origin_and_cleaned_text() -> None:
    doc = to_document(RawDocument("/data/a.txt", "Title here\n\n" + BODY), Settings())
    assert doc.content_sha == sha256_text(doc.text)
    assert doc.id == document_id("/data/a.txt", doc.content_sha)
    again = to_document(RawDocument("/data/b.txt", "Title here\n\n" + BODY), Settings())
    assert again.content_sha == doc.content_sha and again.id != doc.id


def test_container_metadata_wins_and_empty_values_are_ignored() -> None:
    raw = RawDocument("x#1", BODY, given={"published": "2024-07-05", "title": " ", "url": "https://e.org/1"})
    doc = to_document(raw, Settings())
    assert doc.published == "2024-07-05"  # the JSONL column, not the dateline
    assert doc.title is None and doc.url == "https://e.org/1" and doc.dateline == "BEIJING"


def test_bytes_content_is_decoded() -> None:
    doc = to_document(RawDocument("x", BODY.encode("utf-16")), Settings())
    assert doc.text.startswith("The two presidents met")


def test_only_furniture_is_t107() -> None:
    with pytest.raises(TidingsError) as err:
        to_document(RawDocument("menu.txt", "Advertisement\n\nRead More\n\nShare"), Settings())
    assert err.value.code == "T107"


PAGE = """<!DOCTYPE html><html><head><title>Rail freight rises | Steppe Times</title>
<meta property="og:title" content="Rail freight through Kazakhstan rises by a fifth">
<meta property="og:site_name" content="Steppe Times">
<meta property="article:published_time" content="2024-03-05T09:41:00+06:00">
<meta name="author" content="Dana Ospan"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Rail freight through Kazakhstan rises by a fifth</h1>
<p>Freight volumes on the rail corridor linking China and Europe through Kazakhstan rose by a fifth in January, the national railway said on Tuesday.</p>
<p>Advertisement</p>
<p>The Middle Corridor, which crosses the Caspian Sea by ferry, still carries a fraction of the cargo that goes by sea, officials said in Astana.</p>
<p>Shippers have been avoiding the Red Sea since attacks on vessels began late last year, pushing some cargo overland.</p>
</article><footer>Copyright 2024 Steppe Times</footer></body></html>"""


def test_html_path_uses_page_metadata() -> None:
    doc = to_document(RawDocument("page.html", PAGE, "text/html"), Settings())
    assert doc.title == "Rail freight through Kazakhstan rises by a fifth"
    assert doc.published == "2024-03-05" and doc.source == "Steppe Times" and doc.author == "Dana Ospan"
    # the article's <h1> opens the extracted text: it stays as the first sentence (s19e)
    assert doc.text.startswith("Rail freight through Kazakhstan rises by a fifth.\n\nFreight volumes")
    assert "Advertisement" not in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text


def test_html_without_main_text_is_t107() -> None:
    with pytest.raises(TidingsError) as err:
        to_document(RawDocument("p.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html"), Settings())
    assert err.value.code == "T107" and "p.html" in err.value.message


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seeds not available")
def test_seed_gold_published_title_drop_keep() -> None:
    """Every per-document gold check of the seeds except story_date (the temporal stage's)."""
    gold = json.loads((SHARED / "gold" / "seeds" / "documents.json").read_text(encoding="utf-8"))["documents"]
    docs = {Path(d.origin).name: d for d in map(lambda r: to_document(r, Settings()), read_inputs([str(SHARED / "seeds")], Settings()))}

    def squash(s: str | None) -> str:
        return " ".join((s or "").split()).lower()

    for g in gold:
        doc = docs[g["file"]]
        assert (doc.published or "")[:10] == (g["published"] or "")[:10], g["doc"]
        if g.get("title"):
            assert squash(doc.title) == squash(g["title"])
        text = squash(doc.text)
        assert not [line for line in g.get("drop", []) if squash(line) in text], g["doc"]
        assert all(squash(line) in text for line in g.get("keep", [])), g["doc"]
        assert all(text.count(squash(line)) <= 1 for line in g.get("drop_repeats", [])), g["doc"]
        for field in ("source", "author", "dateline"):
            if g.get(field):
                assert getattr(doc, field) == g[field], (g["doc"], field)


@pytest.mark.parametrize("given, expected", [
    ("2024-02-30", None), ("yesterday", None), ("0000-00-00", None), ("9999-99-99", None),
    ("March 5, 2024", "2024-03-05"), ("5 March 2024", "2024-03-05"), ("2024/03/05", "2024-03-05"),
    ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00"), ("2024-03-05T09:41:00+06:00", "2024-03-05T09:41:00+06:00"),
    ("2024-03-05", "2024-03-05"),
])
def test_container_published_is_iso_or_dropped(given: str, expected: str | None) -> None:
    """Bug C1: a column's `published` used to be stored as given ("yesterday", "2024-02-30")."""
    raw = RawDocument("x#1", BODY, given={"published": given})
    assert to_document(raw, Settings()).published == (expected or "2024-07-04")  # else the dateline's date


def test_stamp_line_with_an_impossible_time_keeps_only_the_date() -> None:
    """Bug C3: `Time:2024-06-03 17:55:66` used to give published 2024-06-03T17:55:66."""
    text = ("Leaders call\n\n Source:entertainment Views: 【BigSmall】 Time:2024-06-03 17:55:66 Number of comments:"
            "\n\nChina and Kazakhstan signed a deal in Astana on Monday, officials said.")
    assert to_document(RawDocument("x", text, "text/plain"), Settings()).published == "2024-06-03"
    good = text.replace("17:55:66", "17:55:46")
    assert to_document(RawDocument("x", good, "text/plain"), Settings()).published == "2024-06-03T17:55:46"


def test_svg_rooted_page_is_t107() -> None:
    """Bug C2: lxml's drop_tree AssertionError (a tree rooted in <svg>) used to escape to_document."""
    with pytest.raises(TidingsError) as err:
        to_document(RawDocument("p.html", "<svg><p>China and Kazakhstan signed a deal.<div>", "text/html"), Settings())
    assert err.value.code == "T107" and "p.html" in err.value.message


@pytest.mark.parametrize("text", [
    "中国和哈萨克斯坦周二在阿斯塔纳签署了一项扩大铁路货运的协议，官员们说。两国领导人还讨论了能源合作。",
    "日本と中国の外相は火曜日に東京で会談し、経済協力の拡大について協議したと政府関係者が述べた。",
    "भारत और चीन के विदेश मंत्रियों ने मंगलवार को नई दिल्ली में व्यापार समझौते पर हस्ताक्षर किए, अधिकारियों ने कहा।",
])
def test_text_in_another_script_says_it_is_not_english(text: str) -> None:
    with pytest.raises(TidingsError) as err:
        to_document(RawDocument("zh.txt", text), Settings())
    assert err.value.code == "T107" and "no English text" in err.value.message


def test_english_furniture_still_blames_furniture() -> None:
    with pytest.raises(TidingsError) as err:
        to_document(RawDocument("menu.txt", "Advertisement\n\nRead More\n\nShare"), Settings())
    assert "page furniture" in err.value.message


def test_text_over_the_analysis_limit_is_t104() -> None:
    """A cleaned text longer than spaCy's nlp.max_length used to fail in analysis as T201 (a bug)."""
    from tidings.clean import MAX_ANALYSIS_CHARS

    paragraph = "China and Kazakhstan signed a trade agreement in Astana on Monday, officials said. " * 40
    text = "\n\n".join(f"{paragraph} Part {n}." for n in range(MAX_ANALYSIS_CHARS // len(paragraph) + 2))
    with pytest.raises(TidingsError) as err:
        to_document(RawDocument("big.txt", text), Settings(max_document_bytes=10_000_000))
    assert err.value.code == "T104" and "1,000,000" in err.value.message and "nlp.max_length" in err.value.message
