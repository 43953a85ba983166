"""Publication date of web pages, exact day: trafilatura's metadata alone, htmldate alone and tidings, in one run.

Corpora (read from ../shared/corpora or $TIDINGS_SHARED/corpora; nothing is written):
  wcxb         WCXB dev article pages with a gold publish_date (CC-BY-4.0)
  trafilatura  trafilatura's evaluation pages with a gold date whose <html lang> (or, without one, whose text)
               is English (Apache-2.0 repository; third-party pages)
Every method gets the page's HTML and its URL (a crawler knows it): trafilatura.extract_metadata (its own
defaults), htmldate.find_date (its own defaults), tidings' page-date reader (`page_published`: trafilatura's
reading, refused when its day is written only inside quoted or embedded content) and tidings' cleaner end to
end (`to_document`; a page it refuses for lack of article text gets no date). A page counts as right
when the method's date, cut to the day, equals the gold day; a page left undated counts as wrong.
Split: each corpus is also scored on the tune and check halves of the fixed split (by page id/url).

Usage:  python benchmarks/bench_pubdate.py [--corpus wcxb|trafilatura|both] [--limit N] [--misses N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import htmldate
import trafilatura

from tidings.clean import to_document
from tidings.clean.metadata import is_english, page_published
from tidings.clean.rules import load_rules
from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.eval.split import split_keys
from tidings.records import RawDocument

SHARED = Path(os.environ.get("TIDINGS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
_LANG = re.compile(rb"<html[^>]*\blang=[\"']?([a-zA-Z-]+)", re.IGNORECASE)
Page = dict[str, str]


def wcxb_pages() -> Iterator[Page]:
    root = SHARED / "corpora" / "wcxb" / "dev"
    with gzip.open(root / "ground-truth.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            day = (row["ground_truth"].get("publish_date") or "")[:10]
            if day:
                html = gzip.decompress((root / "html" / f"{row['file_id']}.html.gz").read_bytes())
                yield {"id": row["file_id"], "url": row["url"], "html": html.decode("utf-8", "replace"), "gold": day}


def _english(html: bytes) -> bool:
    lang = _LANG.search(html[:5000])
    if lang:
        return lang.group(1).lower().startswith(b"en")
    text = trafilatura.extract(html) or ""
    return bool(text) and is_english(text, load_rules())


def trafilatura_pages() -> Iterator[Page]:
    root = SHARED / "corpora" / "trafilatura_eval"
    data = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    for url, row in sorted(data.items()):
        day = (row.get("date") or "")[:10]
        path = root / "html" / f"{row['file']}.gz"
        if not day or not path.exists():
            continue
        html = gzip.decompress(path.read_bytes())
        if _english(html):
            yield {"id": url, "url": url, "html": html.decode("utf-8", "replace"), "gold": day}


def by_trafilatura(page: Page) -> str | None:
    meta = trafilatura.extract_metadata(page["html"], default_url=page["url"])
    return meta.date if meta is not None else None


def by_htmldate(page: Page) -> str | None:
    return htmldate.find_date(page["html"], url=page["url"])


_SETTINGS = Settings()


def by_tidings_reader(page: Page) -> str | None:
    """tidings' page-date reader alone (what the cleaner records for the page)."""
    return page_published(page["html"], page["url"], load_rules())


def by_tidings(page: Page) -> str | None:
    """tidings' cleaner end to end: no date for a page it refuses (T107: no article text)."""
    raw = RawDocument(page["url"], page["html"], "text/html", given={"url": page["url"]})
    try:
        return to_document(raw, _SETTINGS).published
    except TidingsError:
        return None


METHODS: dict[str, Callable[[Page], str | None]] = {
    "trafilatura": by_trafilatura, "htmldate": by_htmldate, "tidings-reader": by_tidings_reader,
    "tidings": by_tidings,
}


def _safe(method: Callable[[Page], str | None], page: Page) -> str | None:
    try:
        return method(page)
    except Exception:  # a library failing on one page leaves that page undated for it
        return None


def run(pages: list[Page], misses: int) -> dict[str, dict[str, float]]:
    tune, check = split_keys(p["id"] for p in pages)
    right: dict[str, dict[str, list[bool]]] = {m: {"tune": [], "check": [], "all": []} for m in METHODS}
    seconds = dict.fromkeys(METHODS, 0.0)
    shown = 0
    for page in pages:
        got = {}
        for name, method in METHODS.items():
            started = time.perf_counter()
            got[name] = (_safe(method, page) or "")[:10]
            seconds[name] += time.perf_counter() - started
            ok = got[name] == page["gold"]
            half = "tune" if page["id"] in tune else "check" if page["id"] in check else "all"
            right[name][half].append(ok)
            right[name]["all"].append(ok)
        if shown < misses and page["id"] in tune and got["tidings"] != page["gold"]:
            shown += 1
            found = " ".join(f"{k}={v or '-'}" for k, v in got.items())
            print(f"  miss {page['id'][:70]} gold {page['gold']} {found}")
    return {name: {**{h: sum(v) / len(v) if v else 0.0 for h, v in halves.items()},
                   "pages": len(halves["all"]), "seconds": round(seconds[name], 1)}
            for name, halves in right.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["wcxb", "trafilatura", "both"], default="both")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--misses", type=int, default=0, help="print this many tidings misses (tune half)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    corpora = {"wcxb": wcxb_pages, "trafilatura": trafilatura_pages}
    chosen = list(corpora) if args.corpus == "both" else [args.corpus]
    results = {}
    for name in chosen:
        pages = list(corpora[name]())
        pages = pages[: args.limit] if args.limit else pages
        results[name] = run(pages, args.misses)
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"{'corpus':12} {'method':14} {'pages':>5} {'tune':>6} {'check':>6} {'all':>6} {'seconds':>8}")
    for corpus, methods in results.items():
        for method, f in methods.items():
            print(f"{corpus:12} {method:14} {int(f['pages']):>5} {f['tune']:>6.3f} {f['check']:>6.3f} "
                  f"{f['all']:>6.3f} {f['seconds']:>8.1f}")
    print("exact day over pages with a gold date; an undated page counts as wrong; every method gets the URL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
