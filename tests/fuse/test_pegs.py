"""News pegs (tidings.fuse.pegs): a story without a coded act, told by several outlets, is one background item.

The passages are written for this test (no real article is quoted): a study three outlets report (two date its
publication, the third dates nothing), a singer's concert dates two outlets report, a story about the same
animals that is other news, and one outlet's story. Ingested once for the module by the real pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.config import Settings
from tidings.fuse.pegs import LEAD_KIND
from tidings.pipeline import ingest
from tidings.store import Store

ARTICLES = [
    {"id": "octo-a", "source": "Science Daily Wire", "published": "2023-03-14",
     "title": "Octopuses may dream while they sleep, biologists find",
     "text": "Sleeping octopuses flash through patterns of colour that look like those they show when awake, "
             "a team of marine biologists reports. The study was published on Monday in the journal Current "
             "Biology. The biologists filmed four octopuses in tanks at their laboratory for several weeks. "
             "During quiet sleep the animals turned pale, but every hour or so their skin rippled with colour "
             "for about a minute. The researchers compare this active sleep with dreaming in mammals."},
    {"id": "octo-b", "source": "Ocean Gazette", "published": "2023-03-14",
     "title": "Sleeping octopuses show colour bursts that may be dreams",
     "text": "Octopuses may dream, according to marine biologists who filmed the animals while they slept. "
             "The findings were published Monday in Current Biology, the journal said. Four octopuses were "
             "filmed in laboratory tanks. Their skin turned pale in quiet sleep and then rippled with colour "
             "in short bursts of active sleep, which the biologists liken to dreaming."},
    {"id": "octo-c", "source": "Weekend Review", "published": "2023-03-15",
     "title": "Do octopuses dream? Their skin suggests they might",
     "text": "A sleeping octopus is not a dull sight. Marine biologists who filmed four octopuses in laboratory "
             "tanks saw their skin turn pale in quiet sleep and then ripple with colour for about a minute "
             "every hour. The biologists say this active sleep resembles dreaming in mammals and birds, although "
             "nobody can ask an octopus what it saw."},
    {"id": "octo-op", "source": "Sunday Essays", "published": "2023-03-15",
     "title": "What a restless night at sea can teach us",
     "text": "Marine biologists filmed four sleeping octopuses in laboratory tanks and saw their skin turn pale "
             "in quiet sleep, then ripple with colour for about a minute every hour. The biologists liken this "
             "active sleep to dreaming. Whether or not octopuses dream, we could all learn to rest like them."},
    {"id": "octo-late", "source": "Monthly Naturalist", "published": "2023-03-27",
     "title": "Octopuses dream, biologists think",
     "text": "Marine biologists who filmed four sleeping octopuses in laboratory tanks think the animals dream: "
             "their skin turned pale in quiet sleep, then rippled with colour during active sleep, which the "
             "biologists liken to dreaming in mammals."},
    {"id": "octo-zoo", "source": "City Herald", "published": "2023-03-14",
     "title": "Aquarium opens a new cephalopod hall",
     "text": "The city aquarium opened a hall for octopuses, squid and cuttlefish. Visitors can watch the "
             "animals change colour in large tanks, and marine biologists give talks every afternoon."},
    {"id": "adele-a", "source": "Music Daily", "published": "2023-03-14",
     "title": "Adele adds new Las Vegas residency dates",
     "text": "Adele will play eight more shows at Caesars Palace in Las Vegas this summer. The singer announced "
             "the new dates on Monday on her Instagram page. Tickets go on sale next week."},
    {"id": "adele-b", "source": "Stage and Screen", "published": "2023-03-14",
     "title": "Adele extends her Las Vegas residency with eight dates",
     "text": "Eight more concerts at Caesars Palace: Adele is extending her Las Vegas residency. The singer "
             "announced the dates on Monday on Instagram, and tickets go on sale next week."},
    {"id": "bridge", "source": "Valley Courier", "published": "2023-03-14",
     "title": "Old river bridge closes for repairs",
     "text": "The old river bridge in the town centre closed on Monday for repairs that will last until the "
             "autumn. Drivers are asked to use the ring road."},
]
OCTO = {"octo-a", "octo-b", "octo-c"}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pegs")
    (folder / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    path = folder / "s.db"
    with Store(str(path)) as store:
        ingest([str(folder / "articles.jsonl")], store, Settings(db=str(path)), workers=1)
    return path


def cited(path: Path) -> dict[str, tuple[dict[str, object], set[str], list[str]]]:
    """Happening id -> (its row, the article titles it cites, its mention kinds)."""
    title_id = {a["title"]: a["id"] for a in ARTICLES}
    with Store(str(path), readonly=True) as store:
        rows = {r["id"]: dict(r) for r in store.query("SELECT * FROM happenings")}
        mentions = store.query("SELECT m.happening_id AS h, m.kind, d.title FROM happening_mentions m "
                               "JOIN documents d ON d.id = m.doc_id")
    out: dict[str, tuple[dict[str, object], set[str], list[str]]] = {h: (row, set(), []) for h, row in rows.items()}
    for m in mentions:
        out[m["h"]][1].add(title_id[m["title"]])
        out[m["h"]][2].append(m["kind"])
    return out


def test_the_study_told_by_three_outlets_is_one_background_item(store_path: Path) -> None:
    pegs = [(row, docs, kinds) for row, docs, kinds in cited(store_path).values() if docs >= OCTO]
    assert len(pegs) == 1
    row, docs, kinds = pegs[0]
    assert docs == OCTO  # not the aquarium's news, the opinion piece or the later report on the same animals
    assert row["layer"] == "background" and row["sources"] == 3 and row["date"] == "2023-03-13"
    assert kinds.count(LEAD_KIND) == 1  # the outlet that dates nothing is cited by its lead sentence
    assert row["headline"] == "Octopuses may dream while they sleep, biologists find"  # the first report's


def test_the_pieces_left_out_belong_to_the_story(store_path: Path) -> None:
    """The opinion piece (a headline sharing no two words with the reports') and the report of two weeks later
    (published past the news day) are in the study's story cluster, yet not cited by its peg."""
    with Store(str(store_path), readonly=True) as store:
        rows = store.query("SELECT d.title, f.story_id FROM documents d JOIN fusion_documents f ON f.doc_id = d.id")
    story = {next(a["id"] for a in ARTICLES if a["title"] == r["title"]): r["story_id"] for r in rows}
    assert story["octo-op"] == story["octo-late"] == story["octo-a"]


def test_two_stories_stay_apart_and_the_concert_dates_are_one_item(store_path: Path) -> None:
    stories = {a["id"]: a["id"].split("-")[0] for a in ARTICLES}
    for _, docs, _ in cited(store_path).values():
        assert len({stories[d] for d in docs}) == 1
    assert any(docs == {"adele-a", "adele-b"} for _, docs, _ in cited(store_path).values())


def test_a_story_of_one_outlet_gets_nothing_new(store_path: Path) -> None:
    for row, docs, kinds in cited(store_path).values():
        if docs & {"bridge", "octo-zoo"}:
            assert LEAD_KIND not in kinds and row["sources"] == 1


def test_nothing_of_the_default_timeline_is_a_peg(store_path: Path) -> None:
    for row, _, kinds in cited(store_path).values():
        if LEAD_KIND in kinds:
            assert row["layer"] == "background"


def test_one_by_one_ingestion_gives_the_same_pegs(store_path: Path, tmp_path: Path) -> None:
    """Ingested one article at a time (incremental passes over the new article's region), the happenings cite the
    same articles as in one pass."""
    path = tmp_path / "s.db"
    for article in ARTICLES:
        batch = tmp_path / f"{article['id']}.jsonl"
        batch.write_text(json.dumps(article) + "\n", encoding="utf-8")
        with Store(str(path)) as store:
            ingest([str(batch)], store, Settings(db=str(path)), workers=1)

    def groups(p: Path) -> set[tuple[str, frozenset[str]]]:
        return {(str(row["headline"]), frozenset(docs)) for row, docs, _ in cited(p).values()}

    assert groups(path) == groups(store_path)
