"""Evaluation helpers on tiny hand-made gold files, and `tidings code --jsonl` end to end."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tidings.cli import app
from tidings.eval.events import (
    SplitTally,
    country_matches,
    load_petrarch,
    load_plover_gsr,
    load_plv,
    load_quad,
    quad_label,
    same_plover,
)
from tidings.records import Event, Sentence


def _event(cameo: str, quad: int) -> Event:
    return Event("e1", "d", Sentence(0, 1), None, None, cameo, "", quad, 0.0)


def test_quad_labels() -> None:
    assert [quad_label(e) for e in (None, _event("010", 1), _event("036", 1), _event("0841", 2),
                                    _event("112", 3), _event("190", 4), _event("166", 4))] == [0, 0, 1, 2, 3, 4, 3]


def test_org_codes_match_generic_igo() -> None:
    countries = frozenset({"USA", "FRA"})
    assert country_matches("UN", {"IGO"}, countries) and not country_matches("USA", {"IGO"}, countries)
    assert country_matches("FRA", {"FRA"}, countries) and not country_matches(None, {"FRA"}, countries)


def test_gold_readers(tmp_path: Path) -> None:
    gsr = tmp_path / "gsr.json"
    gsr.write_text(json.dumps([
        {"id": "D", "event": "DOCUMENT"},
        {"id": "X-1", "event": "DEMAND", "text": "A demanded B.", "source": [{"code": "USA", "sector": "GOV"}],
         "target": ""},
    ]), encoding="utf-8")
    records = load_plover_gsr(gsr)
    assert [(r.event, r.sources, r.targets) for r in records] == [("REQUEST", (("USA", "GOV"),), ())]
    quad = tmp_path / "q.tsv"
    quad.write_text("Arnor attacked Gondor.\t4\nno label\n", encoding="utf-8")
    assert load_quad(quad) == [("Arnor attacked Gondor.", 4)]
    xml = tmp_path / "t.xml"
    xml.write_text('<Validation><Sentences><Sentence date="19950101" id="T-1" category="DEMO">'
                   '<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>'
                   "<Text>Arnor restored ties\n with Gondor.</Text></Sentence></Sentences></Validation>",
                   encoding="utf-8")
    case = load_petrarch(xml)[0]
    assert (case.date, case.text, case.expected, case.no_events) == (
        "1995-01-01", "Arnor restored ties with Gondor.", (("ARN", "GON", "064"),), False)


def test_code_command_jsonl(tmp_path: Path) -> None:
    lines = tmp_path / "in.jsonl"
    lines.write_text(
        json.dumps({"id": "a", "text": "Russia attacked Ukraine on Monday.", "date": "2024-03-29"}) + "\n"
        + "not json\n"
        + json.dumps({"id": "b", "text": "The weather was fine.", "date": None}) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["code", str(lines), "--jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.exit_code == 1  # one bad line, the others coded
    assert [r["id"] for r in rows] == ["a", "b"] and rows[1]["events"] == []
    attack = rows[0]["events"][0]
    assert (attack["cameo"], attack["plover"], attack["source"]["country"], attack["target"]["country"]) == (
        "190", "ASSAULT", "RUS", "UKR")
    assert attack["date"] == "2024-03-25" and attack["verb"]["text"] == "attacked"
    assert set(attack) >= {"id", "date_earliest", "date_latest", "cameo_name", "quad_class", "goldstein", "mode",
                           "reciprocal", "location", "mentions"}
    assert attack["mentions"][0]["sentence"] == "Russia attacked Ukraine on Monday."


def test_plv_reader_and_split_tally(tmp_path: Path) -> None:
    plv = tmp_path / "plv.tsv"
    plv.write_text("\tsentence_id\tsentence\tgold_root\n0\t7\tArnor attacked Gondor.\tASSAULT\n1\t9\t\tAGREE\n",
                   encoding="utf-8")
    assert [(s.id, s.root) for s in load_plv(plv)] == [("7", "ASSAULT")]
    assert same_plover("CONCEDE", "YIELD") and not same_plover(None, "YIELD") and not same_plover("AID", "YIELD")
    split = SplitTally(["a", "b", "c", "d"])
    for index in range(4):
        split.add(index, "right", index < 3)
    halves = split.as_dict()
    assert halves["all"]["right"] == {"rate": 0.75, "right": 3, "of": 4}
    assert halves["tune"]["right"]["of"] == 2 and halves["check"]["right"]["of"] == 2
    assert halves["tune"]["right"]["right"] + halves["check"]["right"]["right"] == 3
