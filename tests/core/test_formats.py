"""--format renderers: the same records as json, jsonl, csv and table."""

from __future__ import annotations

import csv
import io
import json

from tidings.views.formats import flatten, render

RECORDS = [
    {"date": "2024-03-29", "source": {"country": "CHN", "text": "Xi"}, "mentions": [{"start": 0}]},
    {"date": None, "source": None, "mentions": []},
]


def test_flatten_uses_dotted_names_and_json_lists() -> None:
    assert flatten(RECORDS[0]) == {"date": "2024-03-29", "source.country": "CHN", "source.text": "Xi",
                                   "mentions": '[{"start": 0}]'}


def test_each_format_round_trips() -> None:
    assert json.loads(render(RECORDS, "json", ())) == RECORDS
    assert [json.loads(line) for line in render(RECORDS, "jsonl", ()).splitlines()] == RECORDS
    rows = list(csv.DictReader(io.StringIO(render(RECORDS, "csv", ()))))
    assert rows[0]["source.country"] == "CHN"
    assert rows[1]["date"] == ""
    table = render(RECORDS, "table", ("date", "source.country"))
    assert "2024-03-29" in table and "CHN" in table
