"""Re-dating a stored analysis without re-analysing it (fuse/redate.py) gives what a full re-analysis gives;
a fusion pass over an unchanged store is skipped, and any change makes the next pass run."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tidings.config import Settings
from tidings.fuse import fuse_store
from tidings.fuse.apply import PipelineAnalyzer
from tidings.fuse.dates import day_value
from tidings.fuse.mentions import mentions_of, redated_claims
from tidings.fuse.redate import Redater, Shift, shift_between
from tidings.pipeline import ingest
from tidings.records import AnalyzedDocument, Document, StoryDate, Timex
from tidings.store import Store

CORPUS = Path(__file__).parent / "corpus"
TEXTS = [  # real news wording: weekdays read backwards by the parse, years, a month without year
    "Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on Tuesday. "
    "The two leaders signed an agreement on energy cooperation. Trade between the two countries reached "
    "$41 billion last year, officials said on Friday.",
    "China and Kazakhstan will hold joint exercises in September, the defence ministry announced on Monday. "
    "The previous drills took place two years ago near the border.",
]


@pytest.fixture(scope="module")
def analyzer() -> PipelineAnalyzer:
    return PipelineAnalyzer(Settings())


def analysed(analyzer: PipelineAnalyzer, text: str, published: str) -> AnalyzedDocument:
    document = Document(id=f"d{abs(hash(text)) % 10**6}", origin="<test>", text=text, content_sha="x",
                        published=published)
    return analyzer(document, None)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("anchor", [date(2023, 5, 12), date(2023, 5, 16), date(2022, 12, 30), date(2024, 2, 29)])
def test_redating_matches_a_full_reanalysis(analyzer: PipelineAnalyzer, text: str, anchor: date) -> None:
    stored = analysed(analyzer, text, "2023-08-30")
    story = StoryDate(day_value(anchor), "linked", 0.8)
    redated = Redater(stored).at(story)
    assert redated is not None
    full = analyzer(stored.document, anchor.isoformat())
    assert sorted((t.start, t.value, t.earliest, t.latest) for t in redated.timexes) == \
        sorted((t.start, t.value, t.earliest, t.latest) for t in full.timexes)
    assert [(e.id, e.date) for e in redated.events] == [(e.id, e.date) for e in full.events]
    assert [f.period for f in redated.facts] == [f.period for f in full.facts]
    own = mentions_of(stored)
    assert redated_claims(own, redated) == {m.item_id: m.claim for m in mentions_of(full)}


def timex(value: str, earliest: str, latest: str) -> Timex:
    return Timex(start=0, end=7, text="Tuesday", type="DATE", value=value, earliest=earliest, latest=latest,
                 anchor_used="2024-09-06")


def test_a_weekday_read_the_other_way_is_a_week_apart() -> None:
    stored, found = timex("2024-09-03", "2024-09-03", "2024-09-03"), timex("2024-09-10", "2024-09-10", "2024-09-10")
    shift = shift_between(found, stored)
    assert shift == Shift(days=-7)
    later = timex("2024-10-15", "2024-10-15", "2024-10-15")
    moved = shift.apply(later, "2024-10-12")
    assert moved is not None and (moved.value, moved.earliest) == ("2024-10-08", "2024-10-08")
    assert shift.apply(later, "2024-10-15") == later  # named on its own day: that day either way


def test_a_difference_no_direction_explains_is_not_vouched_for() -> None:
    assert shift_between(timex("2024-09-12", "2024-09-12", "2024-09-12"), timex("2024-09-03", "2024-09-03",
                                                                                 "2024-09-03")) is None
    assert shift_between(None, timex("2024-09-03", "2024-09-03", "2024-09-03")) is None


def test_a_pass_over_an_unchanged_store_is_skipped(tmp_path: Path) -> None:
    for name in ("a_accord.txt", "b_repost.txt"):
        shutil.copy(CORPUS / name, tmp_path / name)
    store = Store(tmp_path / "t.db")
    settings = Settings(db=str(tmp_path / "t.db"))
    ingest([str(tmp_path / "a_accord.txt"), str(tmp_path / "b_repost.txt")], store, settings)
    first = fuse_store(store, settings)
    assert first.skipped and first.reposts  # ingest fused already; the report still names the repost
    shutil.copy(CORPUS / "d_retelling.txt", tmp_path / "d_retelling.txt")
    ingest([str(tmp_path / "d_retelling.txt")], store, settings, fuse=False)
    after_new = fuse_store(store, settings)
    assert not after_new.skipped and after_new.documents == 3
    assert after_new.pass_kind == "incremental"
    assert fuse_store(store, settings).as_dict() == {**after_new.as_dict(), "skipped": True, "reanchored": [],
                                                     "pass_kind": "none", "region": 0}
    store.close()
