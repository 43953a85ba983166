"""`tidings eval wcep`: the metric functions on hand-built inputs, the CLI's edges, and (only when
../shared is beside the repository) one run on a few real WCEP bullets.

Sentences below are made up for the tests except where marked; WCEP text itself is read from
../shared at run time and never copied here.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.actors.base import ActorBase
from tidings.actors.matcher import Hit
from tidings.actors.model import Actor
from tidings.cli import app
from tidings.eval import wcep as ev
from tidings.records import ActorRef, DateValue, Event, Mode, Sentence, Timex

WCEP = Path(__file__).resolve().parents[2].parent / "shared/corpora/wcep_daily_2025-01_to_2026-04/events.jsonl.gz"
DAY = "2025-03-12"


def _actor(country: str | None, text: str = "x") -> ActorRef:
    return ActorRef(text, 0, 1, country=country)


def _event(cameo: str = "190", plover: str = "ASSAULT", quad: int = 4, *, source: str | None = None,
           target: str | None = None, when: tuple[str, str] | None = (DAY, DAY), span: tuple[int, int] | None = None,
           mode: Mode = "factual", start: int = 0) -> Event:
    date = DateValue(when[0], when[0], when[1]) if when else None
    return Event(f"e{cameo}{start}", "d", Sentence(start, start + 10), _actor(source) if source else None,
                 _actor(target) if target else None, cameo, plover, quad, 0.0, mode, date, span)


def _bullet(category: str = "Armed conflicts and attacks", text: str = "Arnor attacks Gondor.", n: int = 1,
            day: str = DAY) -> ev.Bullet:
    return ev.Bullet(f"{day}-index.md#{n}", day, category, text, day)


def _coded(events: list[Event], category: str = "Armed conflicts and attacks", countries: tuple[str, ...] = (),
           verbs: tuple[str, ...] = ("attack",), n: int = 1, timexes: tuple[Timex, ...] = (),
           text: str = "Arnor attacks Gondor.") -> ev.CodedBullet:
    return ev.CodedBullet(_bullet(category, text, n), tuple(events), events[0] if events else None, timexes,
                          frozenset(countries), verbs)


# --- corpus reading ---------------------------------------------------------------------------------


def test_category_variants_fold_to_the_portal_headings() -> None:
    assert ev.canonical_category("Law and Crime") == "Law and crime"
    assert ev.canonical_category("Attacks and armed conflicts") == "Armed conflicts and attacks"
    assert ev.canonical_category("Business and econony") == "Business and economy"
    assert ev.canonical_category("Disaster and accidents") == "Disasters and accidents"
    assert ev.canonical_category("Weather oddities") == "Weather oddities"


def test_url_dates() -> None:
    assert ev.url_date("https://example.com/news/2025/04/09/some-story") == "2025-04-09"
    assert ev.url_date("https://example.com/live/2025-09-30-story") == "2025-09-30"
    assert ev.url_date("https://example.com/a/20250102/story.html") == "2025-01-02"
    assert ev.url_date("https://example.com/2025/02/31/bad-day") is None
    assert ev.url_date("https://example.com/story-about-things") is None


def _row(file: str, day: str, *urls: str, text: str = "Something happens.") -> dict[str, object]:
    return {"file": file, "date": day, "category": "Law and Crime", "text": text,
            "sources": [{"name": "x", "url": u} for u in urls]}


def test_a_day_file_with_a_wrong_front_matter_date_takes_its_urls_date() -> None:
    rows = [_row("2020-12-20-index.md", "2020-12-20", "https://a.org/2025/04/09/x", "https://b.org/2025-04-09-y"),
            _row("2020-12-20-index.md", "2020-12-20", "https://c.org/2025/04/08/z"),
            _row("2025-05-01-index.md", "2025-05-01", "https://a.org/2025/04/30/x", "https://b.org/2025/04/30/y"),
            _row("2025-06-01-index.md", "2025-06-01", "https://a.org/2024/01/01/only-one")]
    assert ev.corrected_dates(rows) == {"2020-12-20-index.md": "2025-04-09"}
    bullets = ev.bullets_from_rows(rows)
    assert [(b.id, b.date, b.listed_date, b.category) for b in bullets[:2]] == [
        ("2020-12-20-index.md#1", "2025-04-09", "2020-12-20", "Law and crime"),
        ("2020-12-20-index.md#2", "2025-04-09", "2020-12-20", "Law and crime")]
    assert bullets[2].date == "2025-05-01" and bullets[3].date == "2025-06-01"


def test_read_rows_gz_and_bad_files(tmp_path: Path) -> None:
    good = tmp_path / "events.jsonl.gz"
    with gzip.open(good, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(_row("f.md", DAY)) + "\n\n")
    assert len(ev.read_rows(good)) == 1
    bad = tmp_path / "events.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    with pytest.raises(ev.TidingsError, match="T106"):
        ev.read_rows(bad)
    with pytest.raises(ev.TidingsError, match="T100"):
        ev.read_rows(tmp_path / "missing.jsonl")


def test_stratified_sample_is_fixed_and_gives_small_categories_their_floor() -> None:
    bullets = [_bullet("Armed conflicts and attacks", n=i) for i in range(300)]
    bullets += [_bullet("Sports", n=1000 + i) for i in range(30)] + [_bullet("Arts and culture", n=2000 + i)
                                                                      for i in range(5)]
    sample = ev.stratified_sample(bullets, size=60, seed=7, floor=10)
    counts = {c: sum(1 for b in sample if b.category == c) for c in ("Armed conflicts and attacks", "Sports",
                                                                      "Arts and culture")}
    assert len(sample) == 60 and len({b.id for b in sample}) == 60
    assert counts["Arts and culture"] == 5 and counts["Sports"] >= 10
    assert counts["Armed conflicts and attacks"] > counts["Sports"]
    assert [b.id for b in ev.stratified_sample(list(reversed(bullets)), 60, 7, 10)] == [b.id for b in sample]
    assert [b.id for b in ev.stratified_sample(bullets, 60, 8, 10)] != [b.id for b in sample]
    assert len(ev.stratified_sample(bullets[:3], size=50)) == 3


# --- countries named -------------------------------------------------------------------------------


def test_country_names_come_from_the_actor_base_country_rows_only() -> None:
    base = ActorBase()
    base.add_actor(Actor("NER", "Niger", "country", "NER", None, ["Niger"]))
    base.add_name("Nigerien", Hit("adj", "NER"))
    base.add_name("Niamey", Hit("capital", "NER"))
    base.add_actor(Actor("NGA", "Nigeria", "country", "NGA", None, ["Nigeria"]))
    base.add_actor(Actor("UN", "United Nations", "org", "UN", None, ["UN"]))
    names = ev.country_names(base)
    assert names == {"Niger": "NER", "Nigerien": "NER", "Niamey": "NER", "Nigeria": "NGA"}
    find = ev.CountryFinder(names | {"US": "USA", "U.S.": "USA"})
    assert find("Nigerien troops cross into Nigeria; the UN objects.") == {"NER", "NGA"}
    assert find("Talks in Niamey with U.S. envoys.") == {"NER", "USA"}
    assert find("Let us meet the niger delta people.") == frozenset()
    assert ev.CountryFinder({})("Niger") == frozenset()


# --- metrics ---------------------------------------------------------------------------------------


def test_event_recall_by_category_group() -> None:
    coded = [_coded([_event()]), _coded([], n=2), _coded([_event(mode="future")], "International relations", n=3),
             _coded([_event()], "Sports", n=4), _coded([], "Arts and culture", n=5),
             _coded([], "Business and economy", n=6)]
    recall = ev.event_recall(coded)
    assert recall["event_recall"] == {"rate": 0.667, "right": 2, "of": 3}
    assert recall["factual_event_recall"]["right"] == 1
    assert recall["non_event_categories_with_event"] == {"rate": 0.5, "right": 1, "of": 2}
    assert recall["by_category"]["Business and economy"]["of"] == 1


def test_date_distance() -> None:
    assert ev.date_distance(_event(when=("2025-03-01", "2025-03-31")), DAY) == 0
    assert ev.date_distance(_event(when=("2025-03-11", "2025-03-11")), DAY) == 1
    assert ev.date_distance(_event(when=("2025-03-20", "2025-03-22")), DAY) == 8
    assert ev.date_distance(_event(when=("2022-01-01", "2022-12-31")), DAY) == 802
    assert ev.date_distance(_event(when=None), DAY) is None


def test_date_accuracy_splits_timex_from_anchor_and_skips_non_factual() -> None:
    main_anchor, old_background = _event(), _event("181", when=("2022-01-01", "2022-12-31"), span=(5, 9))
    off_main = _event(when=("2025-03-20", "2025-03-20"), span=(1, 3))
    coded = [_coded([main_anchor, old_background]), _coded([off_main, _event("036", mode="future")], n=2),
             _coded([_event(when=None)], n=3)]
    figures = ev.date_accuracy(coded)
    assert figures["all"] == {"rate": 0.333, "right": 1, "of": 3}
    assert figures["all_from_timex"]["right"] == 0 and figures["all_from_anchor"]["rate"] == 1.0
    assert figures["main"] == {"rate": 0.5, "right": 1, "of": 2}
    assert figures["main_from_timex"]["of"] == 1
    assert figures["bullets_with_an_event_on_the_day"] == {"rate": 0.5, "right": 1, "of": 2}
    assert figures["undated_factual_events"] == 1


def _timex(text: str, value: str, anchored: bool = True) -> Timex:
    return Timex(0, len(text), text, "DATE", value, value, value, DAY if anchored else None)


def test_anchored_day_timexes() -> None:
    timexes = (_timex("yesterday", "2025-03-11"), _timex("on Friday", "2025-02-07"),
               _timex("March 6", "2025-03-06"), _timex("October 7", "2023-10-07"),
               _timex("12 March 2025", "2025-03-12", anchored=False), _timex("last year", "2024"))
    figures = ev.anchored_day_timexes([_coded([], timexes=timexes)])
    assert figures["deictic_within_window"] == {"rate": 0.5, "right": 1, "of": 2}
    assert figures["calendar_days_without_year"] == {"<=7d": 1, ">183d": 1}


def test_actor_plausibility() -> None:
    countries = frozenset({"ARN", "GON", "MOR"})
    coded = [_coded([_event(source="ARN", target="GON"), _event(source="MOR")], countries=("ARN", "GON")),
             _coded([_event(target="UN")], countries=("GON",), n=2),
             _coded([_event()], n=3)]
    figures = ev.actor_plausibility(coded, countries)
    assert figures["actor_country_named"] == {"rate": 0.333, "right": 1, "of": 3}
    assert figures["actor_country_named_or_organization"]["right"] == 2
    assert figures["main_actor_country_named"] == {"rate": 0.5, "right": 1, "of": 2}
    assert figures["both_actors_without_country"]["right"] == 1
    assert figures["source_absent"]["right"] == 2 and figures["both_actors_absent"]["right"] == 1
    assert not ev.has_organization(_event(target="UN"), frozenset())


def test_type_distribution() -> None:
    coded = [_coded([_event()]), _coded([_event("036", "AGREE", 1)], n=2),
             _coded([_event("042", "CONSULT", 1)], "International relations", n=3),
             _coded([_event("163", "SANCTION", 4)], "International relations", n=4), _coded([], n=5)]
    mix = ev.type_distribution(coded)
    assert mix["armed_conflict_main_quad4"] == {"rate": 0.5, "right": 1, "of": 2}
    assert mix["armed_conflict_main_assault"]["right"] == 1
    assert mix["international_relations_main_quad12"] == {"rate": 0.5, "right": 1, "of": 2}
    assert mix["by_category"]["International relations"]["plover"] == {"CONSULT": 1, "SANCTION": 1}


# --- failures --------------------------------------------------------------------------------------


def test_no_event_failures_group_by_main_verb_skip_copulas_and_disasters() -> None:
    coded = [_coded([], verbs=("kill",), n=i, text="Some people are killed." + " x" * i) for i in range(3)]
    coded += [_coded([], "Politics and elections", verbs=("elect",), n=10),
              _coded([], verbs=("be",), n=11), _coded([], "Disasters and accidents", verbs=("flood",), n=12),
              _coded([_event()], verbs=("kill",), n=13)]
    cases = ev.no_event_failures(coded)
    assert [c.note.split("`")[1] for c in cases] == ["kill", "elect"]
    assert cases[0].coded.bullet.id.endswith("#0")  # the shortest example
    assert "3 bullets with no event" in cases[0].note and "coded 0 times" in cases[0].note


def test_date_failures_put_anchored_expressions_first() -> None:
    far = _coded([_event(when=("1982-01-01", "1982-12-31"), span=(0, 4))], n=1,
                 timexes=(Timex(0, 4, "1982", "DATE", "1982", "1982-01-01", "1982-12-31"),))
    near = _coded([_event(when=("2025-03-18", "2025-03-18"), span=(0, 8))], n=2,
                  timexes=(_timex("18 March", "2025-03-18"),))
    fine = _coded([_event()], n=3)
    cases = ev.date_failures([far, near, fine])
    assert [c.coded.bullet.id[-1] for c in cases] == ["2", "1"]
    assert "resolved against the anchor" in cases[0].note and "6 days off" in cases[0].note


def test_actor_failures_rank_wrong_country_before_missing() -> None:
    known = frozenset({"ARN", "GON", "MOR"})
    wrong = _coded([_event(source="MOR")], countries=("ARN",), n=1)
    missing = _coded([_event()], countries=("ARN",), n=2)
    no_source = _coded([_event(target="ARN")], countries=("ARN",), n=3)
    right = _coded([_event(source="ARN", target="GON")], countries=("ARN", "GON"), n=4)
    org = _coded([_event(source="UN", target="GON")], countries=("ARN",), n=5)
    cases = ev.actor_failures([no_source, missing, right, wrong, org], known)
    assert [c.coded.bullet.id[-1] for c in cases] == ["1", "2", "3"]


def test_type_failures_skip_statements_and_expected_quads() -> None:
    coded = [_coded([_event("036", "AGREE", 1)], n=1), _coded([_event("010", "", 1)], n=2),
             _coded([_event()], "Disasters and accidents", n=3), _coded([_event()], n=4),
             _coded([_event()], "Law and crime", n=5)]
    assert [c.coded.bullet.id[-1] for c in ev.type_failures(coded)] == ["1", "3"]


def test_pick_failures_fills_quotas_without_repeating_a_bullet() -> None:
    coded = [_coded([], verbs=(f"verb{i}",), n=i) for i in range(30)]
    coded += [_coded([_event("036", "AGREE", 1, when=("2020-01-01", "2020-01-01"), span=(0, 2))], n=100 + i)
              for i in range(5)]
    picked = ev.pick_failures(coded, total=20)
    ids = [c.coded.bullet.id for cases in picked.values() for c in cases]
    assert len(ids) == 20 and len(set(ids)) == 20
    assert len(picked["no_event"]) >= 7 and picked["wrong_actor"] == []
    assert len(picked["wrong_date"]) + len(picked["wrong_type"]) == 5  # the same five bullets, each listed once
    text = ev.failures_markdown(picked)
    assert "CC BY-SA 4.0" in text and "## No event found" in text and "## Wrong actor" not in text


def test_report_renders_every_headline() -> None:
    coded = [_coded([_event(source="ARN")], countries=("ARN",)), _coded([], "Sports", n=2)]
    figures = ev.score(coded, {"seconds": 1.0, "bullets_per_s": 2.0, "sentences": 2, "sentences_per_s": 2.0})
    text = ev.render_report(figures)
    for words in ("event recall", "precision proxy", "main factual events", "deictic", "actor country named",
                  "armed conflicts: main quad 4", "sentences/s"):
        assert words in text
    assert json.loads(json.dumps(figures.as_dict()))["bullets"] == 2


def test_main_event_is_the_root_clause_not_the_background() -> None:
    from tidings.config import Settings
    from tidings.nlp import get_nlp

    doc = get_nlp(Settings())("Arnor sentences a man who attacked Gondor in 2019.")
    sentence_verb, attack_verb = (doc.text.index("sentences"), doc.text.index("sentences") + 9), (
        doc.text.index("attacked"), doc.text.index("attacked") + 8)
    attack = Event("a", "d", Sentence(0, len(doc.text)), None, None, "190", "ASSAULT", 4, 0.0, verb_span=attack_verb)
    sentence = Event("s", "d", Sentence(0, len(doc.text)), None, None, "114", "ACCUSE", 3, 0.0,
                     verb_span=sentence_verb)
    statement = Event("t", "d", Sentence(0, len(doc.text)), None, None, "010", "", 1, 0.0, verb_span=sentence_verb)
    assert ev.main_event(doc, [attack, sentence]) is sentence
    assert ev.main_event(doc, [statement, attack]) is attack
    assert ev.main_event(doc, [statement]) is statement and ev.main_event(doc, []) is None


# --- the command -----------------------------------------------------------------------------------


def test_cli_skips_without_the_corpus_and_rejects_a_bad_file(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "wcep", "--wcep", str(tmp_path / "none.jsonl.gz")])
    assert result.exit_code == 0 and "skipped" in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "wcep", "--wcep", str(bad)])
    assert result.exit_code == 2 and "T106" in result.output


@pytest.mark.skipif(not WCEP.is_file(), reason="../shared WCEP corpus is not beside the repository")
def test_ten_real_bullets_end_to_end(tmp_path: Path) -> None:
    """Real bullets (Wikipedia contributors, Portal:Current events, CC BY-SA 4.0), read from ../shared."""
    bullets = ev.bullets_from_rows(ev.read_rows(WCEP))
    assert {b.date for b in bullets if b.id.startswith("2020-12-20")} == {"2025-04-09"}
    sample = ev.stratified_sample(bullets, size=10, seed=1, floor=1)
    assert len(sample) == 10 and len({b.category for b in sample}) == 10
    coded, speed = ev.code_bullets(sample)
    assert speed["sentences"] >= 10 and speed["sentences_per_s"] > 0
    for c in coded:
        assert c.primary is None or c.primary in c.events
        for event in c.events:
            if event.date_span is None:  # dated by the anchor: must be the page date itself
                assert event.date is not None and event.date.value == c.bullet.date
    figures = ev.score(coded, speed, ev.known_countries())
    assert figures.bullets == 10 and figures.dates.get("all_from_anchor", {"rate": 1.0})["rate"] == 1.0
    out = tmp_path / "wcep.json"
    result = CliRunner().invoke(app, ["eval", "wcep", "--wcep", str(WCEP), "--size", "10", "--floor", "1",
                                      "--json", str(out), "--failures", str(tmp_path / "f.md"), "--top", "5"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["bullets"] == 10
    assert (tmp_path / "f.md").read_text(encoding="utf-8").startswith("# WCEP failures")
