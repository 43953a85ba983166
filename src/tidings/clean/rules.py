"""Load the cleaner's knowledge from `tidings/data/boilerplate/` once.

The rules are data (TOML and TSV) so that a user can teach the cleaner a new piece of furniture or a
new outlet without reading Python; this module only compiles them. See docs/inputs.md.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

_MACRO = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True, slots=True)
class LineRule:
    """A whole-line furniture rule from lines.toml."""

    name: str
    pattern: re.Pattern[str]
    max_words: int | None
    light: bool


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    kind: str  # "outlet", "wire" or "distributor"


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything the cleaner knows, compiled."""

    lines: tuple[LineRule, ...]
    meta: dict[str, Any]  # raw metadata.toml sections (numbers, word lists)
    patterns: dict[str, re.Pattern[str]]  # "section.key" -> compiled pattern
    months: dict[str, int]
    outlets: dict[str, Outlet]  # lower-cased variant -> outlet

    def pattern(self, key: str) -> re.Pattern[str]:
        return self.patterns[key]

    def number(self, section: str, key: str) -> float:
        return float(self.meta[section][key])

    def words(self, section: str, key: str) -> list[str]:
        return [str(w) for w in self.meta[section][key]]

    def outlet(self, name: str) -> Outlet | None:
        return self.outlets.get(" ".join(name.lower().split()))


def expand(pattern: str, macros: dict[str, str]) -> str:
    """Replace `{name}` by the macro's text (recursively); `{2,4}` quantifiers are left alone."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        return f"(?:{expand(macros[name], macros)})" if name in macros else match.group(0)

    return _MACRO.sub(one, pattern)


def _read_toml(name: str) -> dict[str, Any]:
    return tomllib.loads(files("tidings").joinpath("data", "boilerplate", name).read_text(encoding="utf-8"))


def _line_rules(data: dict[str, Any]) -> tuple[LineRule, ...]:
    rules = []
    for rule in data["rule"]:
        flags = 0 if rule.get("case_sensitive") else re.IGNORECASE
        rules.append(
            LineRule(
                name=rule["name"],
                pattern=re.compile(rule["pattern"], flags),
                max_words=rule.get("max_words"),
                light=bool(rule.get("light", True)),
            )
        )
    return tuple(rules)


def _section_patterns(meta: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    macros = {k: str(v) for k, v in meta["macros"].items()}
    compiled: dict[str, re.Pattern[str]] = {}
    for section, values in meta.items():
        if section in ("macros", "months") or not isinstance(values, dict):
            continue
        flags = 0 if values.get("case_sensitive") else re.IGNORECASE
        local = dict(macros)
        local.update({k: "|".join(v) for k, v in values.items() if isinstance(v, list)})
        for key, value in values.items():
            if isinstance(value, str):
                compiled[f"{section}.{key}"] = re.compile(expand(value, local), flags)
    return compiled


def _outlets() -> dict[str, Outlet]:
    text = files("tidings").joinpath("data", "boilerplate", "outlets.tsv").read_text(encoding="utf-8")
    table: dict[str, Outlet] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        variant, name, kind = (part.strip() for part in line.split("\t"))
        table[variant.lower()] = Outlet(name, kind)
    return table


@cache
def load_rules() -> Rules:
    """The compiled rules (loaded once per process)."""
    meta = _read_toml("metadata.toml")
    return Rules(
        lines=_line_rules(_read_toml("lines.toml")),
        meta=meta,
        patterns=_section_patterns(meta),
        months={k: int(v) for k, v in meta["months"].items()},
        outlets=_outlets(),
    )
