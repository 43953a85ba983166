"""Review decisions on real SQLite stores: stored with who, when and why; re-applied to re-derived records;
moved between stores; honoured by every default output."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app
from tidings.errors import TidingsError
from tidings.records import AnalyzedDocument
from tidings.store import Store, review
from tidings.views.rows import query_events
from tidings.views.timeline import build_timeline, render_json
from tidings.views.trends import dyad_trend

from .storebuild import build_store, write_happenings

Docs = dict[str, AnalyzedDocument]


@pytest.fixture
def fresh(tmp_path: Path) -> tuple[Path, Docs]:
    path = tmp_path / "store.db"
    docs = build_store(path)
    write_happenings(path, docs)
    return path, docs


def _ids(store: Store) -> set[str]:
    return {e["id"] for e in query_events(store)}


def test_reject_is_stored_with_reason_and_leaves_default_outputs(fresh: tuple[Path, Docs]) -> None:
    path, docs = fresh
    tourism, copy = docs["tourism"].events[0], docs["duplicate"].events[0]
    with Store(path) as store:
        before = dyad_trend(store, "CHN-KAZ").months
        review.decide_event(store, tourism.id, "reject", reviewer="ana", reason="a greeting, not an agreement")
        [d] = review.decisions(store)
        assert (d.action, d.reviewer, d.reason, d.doc_id) == ("reject", "ana", "a greeting, not an agreement",
                                                              tourism.doc_id)
        assert d.evidence == docs["tourism"].document.text[tourism.sentence.start:tourism.sentence.end]
        assert d.at.endswith("Z") and d.original["cameo"] == tourism.cameo
        assert tourism.id not in _ids(store) and copy.id in _ids(store)
        agree = store.query("SELECT mentions, articles FROM happenings WHERE id = 'h-agree'")[0]
        assert (agree["mentions"], agree["articles"]) == (1, 1)  # the copy still reports it
        review.decide_event(store, copy.id, "reject", reviewer="ana", reason="copy of a rejected report")
        assert "h-agree" not in {e.id for e in build_timeline(store)}
        after = dyad_trend(store, "CHN-KAZ").months
        assert sum(m["events"] for m in after) == sum(m["events"] for m in before) - 1
        rejected = review.rejected_events(store)
        assert {r["id"] for r in rejected} == {tourism.id, copy.id}
        assert {r["reason"] for r in rejected} == {"a greeting, not an agreement", "copy of a rejected report"}


def test_reject_needs_a_reason_and_corrections_are_checked(fresh: tuple[Path, Docs]) -> None:
    path, docs = fresh
    event = docs["meeting"].events[0]
    with Store(path) as store:
        with pytest.raises(TidingsError, match="reason"):
            review.decide_event(store, event.id, "reject", reviewer="ana", reason="  ")
        for bad, field in (({"cameo": "999"}, "type"), ({"mode": "maybe"}, "mode"), ({"date": "2024-13"}, "date"),
                           ({"target": {"text": "someone"}}, "target"), ({"colour": "red"}, "colour")):
            with pytest.raises(TidingsError, match=field):
                review.decide_event(store, event.id, "correct", reviewer="ana", changes=bad)
        with pytest.raises(TidingsError, match="no such event"):
            review.decide_event(store, "e-missing", "confirm", reviewer="ana")
        assert review.decisions(store) == []


def test_correction_changes_type_dyad_date_and_headline(fresh: tuple[Path, Docs]) -> None:
    path, docs = fresh
    tourism = docs["tourism"].events[0]
    changes = {"cameo": "036", "date": "2024-03-28", "target": review.actor_change("Moscow", "RUS", "GOV")}
    with Store(path) as store:
        review.decide_happening(store, "h-agree", "correct", reviewer="ana", reason="wrong target", changes=changes)
        row = store.query("SELECT * FROM events WHERE id = ?", (tourism.id,))[0]
        assert (row["cameo"], row["plover"], row["quad_class"], row["target_country"], row["date_earliest"],
                row["review"]) == ("036", "AGREE", 1, "RUS", "2024-03-28", "corrected")
        [entry] = [e for e in build_timeline(store, dyad="CHN-RUS")]
        assert entry.id == "h-agree" and entry.headline.startswith("[corrected: CHN → RUS AGREE] ")
        assert entry.date == "2024-03-28" and "KAZ" not in entry.actors
        assert not [e for e in build_timeline(store, dyad="CHN-KAZ") if e.id == "h-agree"]
        assert [e.id for e in build_timeline(store, reviewed_only=True)] == ["h-agree"]
        assert {e["id"] for e in query_events(store, reviewed_only=True)} == {e.id for e in
                                                                               (tourism, docs["duplicate"].events[0])}


def test_decisions_hold_after_reanalysis_and_refusion(fresh: tuple[Path, Docs]) -> None:
    path, docs = fresh
    tourism, meeting = docs["tourism"].events[0], docs["meeting"].events[0]
    with Store(path) as store:
        review.decide_event(store, tourism.id, "reject", reviewer="ana", reason="not an agreement")
        review.decide_event(store, meeting.id, "correct", reviewer="ana",
                            changes={"target": review.actor_change("Tokyo", "JPN")})
        for analyzed in docs.values():  # a re-anchoring re-derives every record of the document
            store.replace_analysis(analyzed)
    write_happenings(path, docs)  # a re-fusion writes its happenings afresh ...
    with Store(path) as store:
        review.refresh_reviewed(store)  # ... and re-applies the review (the fusion pass calls this)
        assert tourism.id not in _ids(store)
        assert store.query("SELECT target_country FROM events WHERE id = ?", (meeting.id,))[0][0] == "JPN"
        assert store.query("SELECT mentions FROM happenings WHERE id = 'h-agree'")[0][0] == 1


def test_event_rederived_under_a_new_id_is_matched_by_its_evidence(fresh: tuple[Path, Docs]) -> None:
    path, docs = fresh
    meeting = docs["meeting"]
    with Store(path) as store:
        review.decide_event(store, meeting.events[0].id, "reject", reviewer="ana", reason="wrong")
        renamed = replace(meeting, events=[replace(meeting.events[0], id="e-renamed")])
        store.replace_analysis(renamed)
        assert store.query("SELECT review FROM events WHERE id = 'e-renamed'")[0][0] == "rejected"


def test_export_import_into_a_fresh_store_gives_the_same_timeline(fresh: tuple[Path, Docs], tmp_path: Path) -> None:
    path, docs = fresh
    with Store(path) as store:
        review.decide_event(store, docs["tourism"].events[0].id, "reject", reviewer="ana", reason="wrong")
        review.decide_event(store, docs["duplicate"].events[0].id, "reject", reviewer="ana", reason="wrong")
        review.decide_event(store, docs["meeting"].events[0].id, "confirm", reviewer="bo")
        lines = list(review.export_lines(store))
        want = render_json(build_timeline(store))
    other = tmp_path / "other.db"
    write_happenings(other, build_store(other))
    with Store(other) as store:
        assert render_json(build_timeline(store)) != want
        assert review.import_lines(store, lines) == (3, 0)
        assert render_json(build_timeline(store)) == want
        assert review.import_lines(store, lines) == (0, 3)
        with pytest.raises(TidingsError, match="line 2"):
            review.import_lines(store, [lines[0], "{not json", lines[1]], "decisions.jsonl")


def test_cli_review_commands(fresh: tuple[Path, Docs], tmp_path: Path) -> None:
    path, docs = fresh
    runner = CliRunner()
    db = ["--db", str(path)]
    event = docs["meeting"].events[0]
    env = {"TIDINGS_REVIEWER": "cli-analyst"}
    result = runner.invoke(app, ["review", "reject", event.id, *db], env=env)
    assert result.exit_code == 2  # the reason is required
    assert runner.invoke(app, ["review", "reject", event.id, "--reason", "not a meeting", *db], env=env).exit_code == 0
    events = [json.loads(x) for x in runner.invoke(app, ["events", "--format", "jsonl", *db]).stdout.splitlines()]
    assert event.id not in {e["id"] for e in events}
    assert runner.invoke(app, ["events", "--reviewed-only", "--format", "jsonl", *db]).stdout.strip() == ""
    result = runner.invoke(app, ["review", "correct", docs["tourism"].events[0].id, "--code", "CONSULT",
                                 "--target", "Tokyo", "--target-country", "jpn", *db], env=env)
    assert result.exit_code == 0, result.output
    exported = runner.invoke(app, ["review", "export", *db]).stdout.splitlines()
    assert [json.loads(x)["reviewer"] for x in exported] == ["cli-analyst", "cli-analyst"]
    rejected = runner.invoke(app, ["review", "list", "--rejected", "--format", "jsonl", *db]).stdout
    assert json.loads(rejected)["reason"] == "not a meeting"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"action": "approve"}\n', encoding="utf-8")
    result = runner.invoke(app, ["review", "import", str(bad), *db])
    assert result.exit_code == 2 and "line 1" in result.output


def test_split_and_merge_hold_after_refusion(fresh: tuple[Path, Docs]) -> None:
    path, docs = fresh
    copy = docs["duplicate"].events[0]
    with Store(path) as store:
        with pytest.raises(TidingsError, match="not a member"):
            review.split_member(store, "h-agree", "e-nope", reviewer="ana")
        review.split_member(store, "h-agree", copy.id, reviewer="ana", reason="the copy reports another exchange")
        homes = {r["item_id"]: r["happening_id"] for r in store.query("SELECT * FROM happening_mentions")}
        assert homes[copy.id] != "h-agree" and homes[docs["tourism"].events[0].id] == "h-agree"
        agree = store.query("SELECT mentions, articles FROM happenings WHERE id = 'h-agree'")[0]
        split = store.query("SELECT * FROM happenings WHERE id = ?", (homes[copy.id],))[0]
        assert (agree["mentions"], split["mentions"], split["date"]) == (1, 1, "2024-03-29")
        review.merge_happenings(store, ["h-agree", "h-trade"], reviewer="ana", reason="the same visit")
        merged = {r["happening_id"] for r in store.query("SELECT * FROM happening_mentions WHERE item_id != ?",
                                                         (copy.id,))}
        assert len(merged) == 1
        want = render_json(build_timeline(store))
    write_happenings(path, docs)  # a re-fusion puts every member back where fusion sees it ...
    with Store(path) as store:
        assert render_json(build_timeline(store)) != want
        review.refresh_reviewed(store)  # ... and the review regroups them again
        assert render_json(build_timeline(store)) == want
