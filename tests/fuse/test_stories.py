"""Story clusters: reports of one happening together, look-alike happenings apart."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from tidings.fuse.stories import StoryText, cluster_stories

CORPUS = Path(__file__).parent / "corpus"


def texts() -> list[StoryText]:
    """The corpus with the page date of each file ("date YYYY-MM-DD" header) as its story date."""
    out = []
    for p in sorted(CORPUS.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        m = re.match(r"date (\d{4}-\d{2}-\d{2})", text)
        out.append(StoryText(p.stem, text, day=date.fromisoformat(m.group(1)) if m else None))
    return out


def test_two_reports_of_one_accord_share_a_story() -> None:
    stories = cluster_stories(texts())
    assert stories["a_accord"] == stories["b_repost"]


def test_look_alike_earthquakes_stay_apart() -> None:
    stories = cluster_stories(texts())
    assert stories["e_quake_2014"] != stories["e_quake_2019"]
    assert stories["e_quake_2014"] != stories["a_accord"]


def test_pairs_forced_together_join_their_stories() -> None:
    stories = cluster_stories(texts(), together=[("e_quake_2014", "d_retelling")])
    assert stories["e_quake_2014"] == stories["d_retelling"]


def test_story_ids_do_not_depend_on_order() -> None:
    assert cluster_stories(texts()) == cluster_stories(list(reversed(texts())))
