"""The word lists the fact rules read, loaded once from src/tidings/data/facts/.

Knowledge lives in the data files (docs/facts.md describes them); this module only parses them
into lookup tables keyed by lower-cased token runs, so that the rules stay plain code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from tidings.errors import TidingsError
from tidings.facts.phrases import normalized_table

DATA_PACKAGE = "tidings.data.facts"


@dataclass(frozen=True, slots=True)
class Unit:
    unit: str
    kind: str  # percent, points, distance, area, mass, volume, energy, power, speed, duration, count


@dataclass(frozen=True, slots=True)
class FactLexicon:
    """Everything the rules look up; phrase keys are token texts joined by single spaces."""

    prefix_currencies: dict[str, str]
    suffix_currencies: dict[str, str]
    units: dict[str, Unit]
    numbers: dict[str, float]
    scales: dict[str, float]
    currency_letter_scales: dict[str, float]
    qualifiers: dict[str, str]
    changes: dict[str, int]
    bases: dict[str, str]
    measure_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    count_heads: frozenset[str]
    implied_units: dict[str, str]
    generic_heads: frozenset[str]
    drop_modifiers: frozenset[str]
    nominalizations: dict[str, str]
    rhetorical_durations: frozenset[str]
    not_units: frozenset[str]
    identifier_words: frozenset[str]
    time_frame_words: frozenset[str]
    particle_qualifiers: frozenset[str]
    per_units: frozenset[str]
    vague_words: frozenset[str]
    change_links: frozenset[str]
    level_prepositions: frozenset[str]
    currency_countries: dict[str, str]
    count_fallback_min: float
    change_window: int
    basis_window: int
    attach_window: int
    what_max_tokens: int
    longest_phrase: int  # words in the longest multi-word entry: bounds every look-ahead


def _read_text(name: str) -> str:
    try:
        return files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise TidingsError("T501", f"facts data file {name}", f"cannot read it ({exc})") from None


def _tsv_rows(name: str, columns: int) -> list[list[str]]:
    """Rows of a tab-separated data file, comments and blank lines skipped; bad rows are errors."""
    rows = []
    for number, line in enumerate(_read_text(name).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != columns:
            raise TidingsError("T501", f"{name} line {number}", f"expected {columns} tab-separated columns")
        rows.append([cell.strip() for cell in cells])
    return rows


def _currencies() -> tuple[dict[str, str], dict[str, str]]:
    prefix: dict[str, str] = {}
    suffix: dict[str, str] = {}
    for form, code, position in _tsv_rows("currencies.tsv", 3):
        (prefix if position == "prefix" else suffix)[form.lower()] = code
    return prefix, suffix


def _units() -> dict[str, Unit]:
    return {form.lower(): Unit(unit, kind) for form, unit, kind in _tsv_rows("units.tsv", 3)}


@lru_cache(maxsize=1)
def load_lexicon() -> FactLexicon:
    """Parse the data files once per process."""
    try:
        data = tomllib.loads(_read_text("lexicon.toml"))
    except tomllib.TOMLDecodeError as exc:
        raise TidingsError("T501", "facts data file lexicon.toml", str(exc)) from None
    settings, words = data["settings"], data["words"]
    prefix, suffix = _currencies()
    units = _units()
    phrase_tables: list[dict[str, Any]] = [prefix, suffix, units, data["qualifiers"], data["bases"]]
    longest = max(len(key.replace("-", " ").split()) for table in phrase_tables for key in table)
    return FactLexicon(
        prefix_currencies=normalized_table(prefix),
        suffix_currencies=normalized_table(suffix),
        units=normalized_table(units),
        numbers={k: float(v) for k, v in data["numbers"].items()},
        scales={k: float(v) for k, v in data["scales"].items()},
        currency_letter_scales={k: float(v) for k, v in data["currency_letter_scales"].items()},
        qualifiers=normalized_table(data["qualifiers"]),
        changes={k: int(v) for k, v in data["changes"].items()},
        bases=normalized_table(data["bases"]),
        measure_verbs=frozenset(words["measure_verbs"]),
        reporting_verbs=frozenset(words["reporting_verbs"]),
        count_heads=frozenset(words["count_heads"]),
        implied_units=dict(words["implied_units"]),
        generic_heads=frozenset(words["generic_heads"]),
        drop_modifiers=frozenset(words["drop_modifiers"]),
        nominalizations=dict(words["nominalizations"]),
        rhetorical_durations=frozenset(words["rhetorical_durations"]),
        not_units=frozenset(words["not_units"]),
        identifier_words=frozenset(words["identifier_words"]),
        time_frame_words=frozenset(words["time_frame_words"]),
        particle_qualifiers=frozenset(words["particle_qualifiers"]),
        per_units=frozenset(words["per_units"]),
        vague_words=frozenset(words["vague_words"]),
        change_links=frozenset(words["change_links"]),
        level_prepositions=frozenset(words["level_prepositions"]),
        currency_countries=dict(data["currency_countries"]),
        count_fallback_min=float(settings["count_fallback_min"]),
        change_window=int(settings["change_window"]),
        basis_window=int(settings["basis_window"]),
        attach_window=int(settings["attach_window"]),
        what_max_tokens=int(settings["what_max_tokens"]),
        longest_phrase=longest + 2,  # a hyphen-split word ("kilowatt-hours") may take more tokens
    )
