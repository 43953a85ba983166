"""The CAT XML reader, the TempEval-3 scorer, and the `timex` commands, on hand-built inputs."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tidings.cli import app
from tidings.eval.timex import Counts, read_cat, same_value, score_document
from tidings.records import Timex

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="t" lang="en">
<token number="0" sentence="0" t_id="1">Markets</token>
<token number="1" sentence="0" t_id="2">fall</token>
<token number="2" sentence="1" t_id="3">June</token>
<token number="3" sentence="1" t_id="4">13</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2005</token>
<token number="6" sentence="2" t_id="7">Shares</token>
<token number="7" sentence="2" t_id="8">fell</token>
<token number="8" sentence="2" t_id="9">last</token>
<token number="9" sentence="2" t_id="10">year</token>
<token number="10" sentence="2" t_id="11">.</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value="2005-06-13" functionInDocument="CREATION_TIME">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2004" functionInDocument="NONE">
<token_anchor t_id="9"/><token_anchor t_id="10"/>
</TIMEX3>
</Markables></Document>
"""


def test_cat_reader_rebuilds_text_and_spans(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    path.write_text(CAT, encoding="utf-8")
    doc = read_cat(path)
    assert doc.text == "Markets fall\nJune 13, 2005\nShares fell last year."
    assert doc.dct == "2005-06-13"
    assert [(g.text, g.value) for g in doc.timexes] == [("last year", "2004")]


def test_scorer_counts_strict_relaxed_and_values(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    path.write_text(CAT, encoding="utf-8")
    doc = read_cat(path)
    start = doc.text.index("last year")
    system = [
        Timex(start + 5, start + 9, "year", "DATE", "2004"),  # relaxed only, right value
        Timex(13, 26, "June 13, 2005", "DATE", "2005-06-13"),  # the DCT's own words: not scored
        Timex(0, 7, "Markets", "DATE", "2005"),  # spurious
    ]
    counts = score_document(doc, system)
    assert counts == Counts(gold=1, system=2, strict=0, relaxed=1, type_ok=1, value_ok=1)


def test_decade_notations_are_the_same_value() -> None:
    assert same_value("199X", "199") and same_value("19XX", "19") and not same_value("1990", "199")


def test_timex_command_prints_json_lines() -> None:
    result = CliRunner().invoke(app, ["timex", "--anchor", "2024-03-29", "--no-parse", "-"],
                                input="Xi met Tokayev on Thursday.")
    assert result.exit_code == 0, result.output
    row = json.loads(result.output.splitlines()[0])
    assert row == {"start": 18, "end": 26, "text": "Thursday", "type": "DATE", "value": "2024-03-28",
                   "anchor_used": "2024-03-29", "earliest": "2024-03-28", "latest": "2024-03-28"}


def test_timex_jsonl_stream_keeps_ids_and_skips_bad_lines() -> None:
    lines = '{"id": "a", "text": "Last year it rose.", "anchor": "2019-05-02"}\nnot json\n' \
            '{"id": 7, "text": "27 years ago", "anchor": null}\n'
    result = CliRunner().invoke(app, ["timex", "--jsonl", "--no-parse"], input=lines)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["id"] for r in rows] == ["a", 7]
    assert rows[0]["timexes"][0]["value"] == "2018"
    assert rows[1]["timexes"][0]["value"] == "PAST_REF"


def test_bad_anchor_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["timex", "--anchor", "yesterday", "--no-parse", "-"], input="x")
    assert result.exit_code == 2
