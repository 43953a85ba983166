"""PETRARCH-2's CAMEO verb dictionary, converted (tools/convert_cameo_verbs.py), under the hand-written book."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tidings.events.patterns import load_imported_verbs, load_patterns, overlay_verbs, parse_verb_line, patterns_dir

SAMPLE = """\
&MILITARY\ttroops|armed_forces
VERB\tKILL\t190\tkill slay murder=190
-\t-\t-\t-\tin training_accident\tCAMEO.2.0.txt:8831\tkill
-\t193\t-\t-\tin gunbattle\tCAMEO.2.0.txt:8860\tkill
-\t154\t-\t&MILITARY\t-\tCAMEO.2.0.txt:8870\tslay
"""


def test_imported_table_reads_blocks_sets_and_origins(tmp_path: Path) -> None:
    table = tmp_path / "verbs.tsv"
    table.write_text(SAMPLE, encoding="utf-8")
    imported = load_imported_verbs(table)
    kill = imported["kill"]
    assert [p.code for p in kill] == ["", "193"]  # "" blocks: killed in a training accident is no event
    assert kill[0].after == (frozenset({("in",)}), frozenset({("training", "accident")}))
    assert [p.before for p in imported["slay"]] == [(frozenset({("troops",), ("armed", "forces")}),)]
    assert "murder" not in imported  # defaults are not taken, the form's own code neither, by default
    with_defaults = load_imported_verbs(table, with_defaults=True)
    assert [p.code for p in with_defaults["murder"]] == ["190"] and with_defaults["kill"][-1].code == "190"
    assert [p.code for p in with_defaults["slay"]] == ["154"]  # a synonym does not take the block's default


def test_hand_book_overrides_and_keeps_imported_blocks(tmp_path: Path) -> None:
    table = tmp_path / "verbs.tsv"
    table.write_text(SAMPLE, encoding="utf-8")
    hand = {"kill": [parse_verb_line("kill 190", "verbs.txt:1")]}
    merged = overlay_verbs(load_imported_verbs(table), hand, reserved=frozenset({"slay"}))
    assert [p.code for p in merged["kill"]] == ["", "190"] and "slay" not in merged


def test_shipped_table_is_regenerated_by_the_converter(tmp_path: Path) -> None:
    source = Path(__file__).parents[2].parent / "shared/event_coding_gold/petrarch/CAMEO.2.0.txt"
    if not source.is_file():
        source = Path("../shared/event_coding_gold/petrarch/CAMEO.2.0.txt")
    if not source.is_file():
        import pytest

        pytest.skip("../shared/event_coding_gold/petrarch/CAMEO.2.0.txt not present")
    out = tmp_path / "cameo_verbs.tsv"
    tool = Path(__file__).parents[2] / "tools/convert_cameo_verbs.py"
    subprocess.run([sys.executable, str(tool), str(source), str(out)], check=True, capture_output=True)
    shipped = (patterns_dir() / "cameo_verbs.tsv").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == shipped
    assert "Copyright (c) 2015 Open Event Data Alliance" in shipped and "MIT License" in shipped


def test_the_book_with_the_import_loads_once_per_process() -> None:
    assert load_patterns() is load_patterns()
    code = ("import tidings.events.patterns as p, time\n"
            "calls = []\n"
            "original = p.load_imported_verbs\n"
            "p.load_imported_verbs = lambda *a, **k: calls.append(1) or original(*a, **k)\n"
            "from tidings.analysis import code_text\n"
            "for text in ('Russia attacked Ukraine.', 'France condemned Iran.'): code_text(text, None)\n"
            "print(len(calls), len(p.load_patterns().verbs) > 400)\n")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert done.stdout.split() == ["1", "True"]
