"""An evaluation gate on real pages: the plain-text cleaner on full-page text dumps of WCXB articles.

The pages and gold text stay in ../shared/corpora/wcxb (CC-BY-4.0, Murrough Foley); nothing is copied
here. The floors sit just below the figures measured on the first 60 pages (P 0.904, R 0.955, F1 0.923), so a
change that makes the cleaner drop article text or keep much more furniture fails.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

import pytest

from tidings.clean import clean_text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_clean import SHARED, page_dump, prf, wcxb_pages  # noqa: E402

pytestmark = pytest.mark.skipif(not (SHARED / "corpora" / "wcxb").is_dir(), reason="shared corpora not available")


def test_wcxb_page_dumps_word_f1_floor() -> None:
    pages = list(wcxb_pages(60))
    ours = [prf(clean_text(page_dump(p["html"])).text, p["gold"]) for p in pages]
    raw = [prf(page_dump(p["html"]), p["gold"]) for p in pages]
    precision, recall, f1 = (statistics.mean(s[i] for s in ours) for i in range(3))
    assert recall >= 0.93, "the cleaner drops article text"
    assert precision >= 0.88 and f1 >= 0.90
    assert f1 > statistics.mean(s[2] for s in raw) + 0.05, "cleaning must beat the raw dump"
