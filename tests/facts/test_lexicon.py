"""The facts data files load, are well formed, and bad rows fail with a coded error."""

from __future__ import annotations

import re

import pytest

from tidings.errors import TidingsError
from tidings.facts import lexicon as lexicon_module
from tidings.facts.lexicon import load_lexicon

KINDS = {
    "percent",
    "points",
    "distance",
    "area",
    "mass",
    "volume",
    "energy",
    "power",
    "speed",
    "duration",
    "count",
}


def test_currency_codes_are_iso_4217_shaped() -> None:
    lex = load_lexicon()
    cells = set(lex.prefix_currencies.values()) | set(lex.suffix_currencies.values())
    codes = {code for cell in cells for code in cell.split("|")}
    assert codes and all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)
    shared = {code for cell in cells if "|" in cell for code in cell.split("|")}
    assert shared <= set(lex.currency_countries), "a shared symbol needs the countries of its currencies"


def test_unit_kinds_are_known() -> None:
    assert {unit.kind for unit in load_lexicon().units.values()} <= KINDS


def test_changes_have_a_direction() -> None:
    lex = load_lexicon()
    assert set(lex.changes.values()) == {1, -1}
    assert lex.changes["up"] == 1 and lex.changes["down"] == -1


def test_phrase_keys_ignore_hyphens() -> None:
    bases = load_lexicon().bases
    assert bases["year on year"] == bases["y o y"] == "year-on-year"


def test_a_bad_row_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon_module, "_read_text", lambda name: "# comment\n$\tUSD\n")
    with pytest.raises(TidingsError) as caught:
        lexicon_module._tsv_rows("currencies.tsv", 3)
    assert caught.value.code == "T501" and "line 2" in str(caught.value)
