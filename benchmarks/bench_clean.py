"""Measure the plain-text cleaner against the libraries that come closest, on real pages with gold text.

Scraped plain text (what tidings' seeds are) is simulated by dumping ALL visible text of each page of a
gold corpus, one line per block element, as a naive scraper does. On that dump we compare:
  raw        the dump as is (no cleaning)
  tidings    tidings.clean.clean_text (full rules)
  justext    jusText on the dump wrapped as HTML (one <p> per line), English stop list
  trafilatura  trafilatura.extract on the same wrapped dump
and, on the original HTML, trafilatura alone against tidings' HTML path (trafilatura + light cleaning).
Scores are bag-of-words precision/recall/F1 against the gold main text, averaged over pages; title and
date are exact matches (case/space-insensitive title, date part of the published value).

Usage:  python benchmarks/bench_clean.py [--corpus wcxb|scrapinghub] [--limit N]
Corpora are read from ../shared/corpora (or $TIDINGS_SHARED/corpora); nothing is written.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import justext
import lxml.html
import trafilatura

from tidings.clean import clean_text, to_document
from tidings.config import Settings
from tidings.records import RawDocument

SHARED = Path(os.environ.get("TIDINGS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
_BLOCKS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section", "article",
    "header", "footer", "nav", "aside", "ul", "ol", "dt", "dd", "blockquote", "figcaption", "figure",
    "title", "time", "span_block", "form", "table", "main", "pre", "label", "button", "option",
}  # fmt: skip
_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "head")
_WORD = re.compile(r"\w+")


def page_dump(markup: str) -> str:
    """All visible text of a page, one line per block element: a naive scraper's output."""
    try:
        root = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in list(root.iter(*_DROP, lxml.etree.Comment)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def wrap_as_html(text: str) -> str:
    """One <p> per line: the dump as the HTML-based extractors can read it."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{paragraphs}</body></html>"


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text or ""))


def prf(system: str, gold: str) -> tuple[float, float, float]:
    got, want = words(system), words(gold)
    overlap = sum((got & want).values())
    p = overlap / sum(got.values()) if got else 0.0
    r = overlap / sum(want.values()) if want else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def squash(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _gunzip(path: Path) -> str:
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
        return fh.read()


def wcxb_pages(limit: int) -> Iterator[dict[str, str]]:
    base = SHARED / "corpora" / "wcxb" / "dev"
    with gzip.open(base / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                return
            item = json.loads(line)
            gt = item["ground_truth"]
            if not gt.get("main_content"):
                continue
            markup = _gunzip(base / "html" / f"{item['file_id']}.html.gz")
            yield {"html": markup, "gold": gt["main_content"], "title": gt.get("title") or "",
                   "date": (gt.get("publish_date") or "")[:10], "url": item.get("url", "")}  # fmt: skip


def scrapinghub_pages(limit: int) -> Iterator[dict[str, str]]:
    base = SHARED / "corpora" / "scrapinghub_aeb"
    gold = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    for n, (key, item) in enumerate(sorted(gold.items())):
        if n >= limit:
            return
        markup = _gunzip(base / "html" / f"{key}.html.gz")
        yield {"html": markup, "gold": item.get("articleBody") or "", "title": "", "date": "", "url": ""}


def _justext(dump: str) -> str:
    paragraphs = justext.justext(wrap_as_html(dump), justext.get_stoplist("English"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _tidings_html(page: dict[str, str]) -> tuple[str, str | None, str | None]:
    raw = RawDocument("bench", page["html"], "text/html", {"url": page["url"]} if page["url"] else {})
    try:
        doc = to_document(raw, Settings())
    except Exception:  # a page with no main text scores zero, like an empty extraction
        return "", None, None
    return doc.text, doc.title, doc.published


def run(pages: list[dict[str, str]]) -> dict[str, dict[str, float]]:
    methods: dict[str, Callable[[dict[str, str]], tuple[str, str | None, str | None]]] = {
        "raw dump": lambda p: (p["dump"], None, None),
        "tidings clean_text": lambda p: (lambda r: (r.text, r.title, r.published))(clean_text(p["dump"])),
        "justext on dump": lambda p: (_justext(p["dump"]), None, None),
        "trafilatura on dump": lambda p: (trafilatura.extract(wrap_as_html(p["dump"])) or "", None, None),
        "trafilatura on HTML": lambda p: (trafilatura.extract(p["html"]) or "", None, None),
        "tidings on HTML (trafilatura + light clean)": _tidings_html,
    }
    table: dict[str, dict[str, float]] = {}
    for name, method in methods.items():
        scores, titles, dates, started = [], [], [], time.perf_counter()
        for page in pages:
            text, title, published = method(page)
            scores.append(prf(text, page["gold"]))
            if page["title"]:
                titles.append(squash(title) == squash(page["title"]))
            if page["date"]:
                dates.append((published or "")[:10] == page["date"])
        elapsed = time.perf_counter() - started
        table[name] = {
            "P": statistics.mean(s[0] for s in scores), "R": statistics.mean(s[1] for s in scores),
            "F1": statistics.mean(s[2] for s in scores), "docs/s": len(pages) / elapsed,
            "title": statistics.mean(titles) if titles else float("nan"),
            "date": statistics.mean(dates) if dates else float("nan"),
        }  # fmt: skip
    return table


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("wcxb", "scrapinghub"), default="wcxb")
    parser.add_argument("--limit", type=int, default=100_000)
    args = parser.parse_args(argv)
    source = wcxb_pages if args.corpus == "wcxb" else scrapinghub_pages
    pages = [dict(p, dump=page_dump(p["html"])) for p in source(args.limit)]
    print(f"corpus {args.corpus}: {len(pages)} pages with gold text")
    print(f"{'method':46} {'P':>6} {'R':>6} {'F1':>6} {'title':>6} {'date':>6} {'docs/s':>8}")
    for name, row in run(pages).items():
        figures = " ".join(f"{row[k]:6.3f}" for k in ("P", "R", "F1", "title", "date"))
        print(f"{name:46} {figures} {row['docs/s']:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
