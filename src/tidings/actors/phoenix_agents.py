"""Conversion of the field's agent dictionary (Phoenix.agents.txt) into a tidings sector-word table.

`python -m tidings.actors.phoenix_agents PHOENIX_AGENTS_FILE [OUT.tsv] [--all-sectors] [--bodies]` writes
`data/actors/phoenix_sectors.tsv` (the default OUT): one row per Phoenix agent phrase for people or groups
(named institutions too with --bodies) of a political sector (`IMPORTED_SECTORS`; all sectors with
--all-sectors), its sector mapped onto the
CAMEO sectors tidings uses (docs/actors.md), loaded after the hand-written `sectors.tsv`. The hand table stays the
override: a phrase it has (or any form of one) is not written, and neither is a phrase that names an actor of the
curated tables ("Congress", "NGO") or one of the exclusion list `phoenix_agents_excluded.txt` (words that in
news are mostly not actors: adjectives, vehicles, places, acts; each with its reason), nor one ending in a
preposition ("ambassador to": it would cut off the name after it), nor a function word of the hand table before a
sector phrase ("state attorney general", "senior official": the finder composes those). An opening "the" is dropped.

Sector mapping (`tidings_sector`): a code tidings has is kept ("COP"); a compound keeps its first part when tidings
has it ("GOVMED" ministry of information -> GOV, "MILSPY" -> MIL); religion codes (MUS, CHR, HIN, JEW, BUD and
their compounds) become REL unless their second part is RAD or REB ("MUSRAD" -> RAD); UAF (unidentified armed
force: "armed gang", "death squad") becomes REB, tidings' sector for armed groups outside the state (as the hand
table codes gunman, militant); PPL ("man", "people") and IMG have no tidings sector and are not written, nor are
prefix codes ("[IGO~]").
"""

from __future__ import annotations

import re
import tomllib
from importlib.resources import files
from pathlib import Path

from tidings.actors import phoenix, tables

SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY", "ELI", "BUS", "EDU", "MED", "HLH", "CVL", "LAB",
                     "AGR", "REL", "OPP", "REB", "NGO", "PTY", "ENV", "REF", "CRM", "HRI", "RAD"})
# Sectors imported: those that make an actor political on its own (the coder's `political_sectors`, word_classes.toml:
# state, armed, party, opposition). Words of private sectors (BUS, LAB, EDU, MED, HLH, CVL, AGR, REL, CRM, ...) stay
# with the hand table: imported, they added events on real-news check whose other side was wrongly read (check
# precision .857 -> .848), and an event needs a political side anyway. `--all-sectors` writes them too.
IMPORTED_SECTORS = frozenset(
    tomllib.loads((files("tidings") / "data" / "patterns" / "word_classes.toml").read_text(encoding="utf-8"))
    ["political_sectors"]) - {"IGO"}  # international bodies are named organisations, not agent words
# Imported: words for people and groups ("armed gang", "riot police", "opposition forces"). Institutions
# ("national electoral commission", "department of education": phoenix_agent_heads.toml) are one country's named
# bodies; found without a country they gave the coder a second protest beside the one it had in a real-news tune
# sentence (a march to a commission's headquarters "to protest against" a result, told by two verbs: the
# coder's one_per_pair keeps an event with a target and one without), tune precision .821 -> .813, under the floor.
# `--bodies` writes them too.
RELIGIONS = frozenset({"MUS", "CHR", "HIN", "JEW", "BUD"})
_HEADS = tomllib.loads((files("tidings") / "data" / "actors" / "phoenix_agent_heads.toml").read_text(encoding="utf-8"))


def _last_word_of(words: list[str]) -> re.Pattern[str]:
    """A phrase whose last word is one of `words`."""
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")$")


_INSTITUTION_HEADS = _last_word_of(_HEADS["institution_heads"])  # phoenix_agent_heads.toml
_GROUP_HEADS = _last_word_of(_HEADS["group_heads"])
# a phrase ending in one of these words ("ambassador to", "embassy in") would cut off the name it introduces
# ("China's ambassador to Britain"); one opening with a determiner ("the court") is the phrase without it
_DANGLING = frozenset({"to", "in", "of", "for", "at", "from", "on", "by", "with", "and", "the", "a", "an"})
_DETERMINERS = ("the ", "a ", "an ")
HEADER = ("phrase", "sector", "kind", "offices", "phoenix")


def tidings_sector(code: str) -> str | None:
    """The tidings sector of a Phoenix agent code ("~GOVMED" -> "GOV"), or None when tidings has none."""
    code = code.strip().strip("~").upper()
    first, rest = code[:3], code[3:6]
    if first in RELIGIONS or (first == "REL" and rest in RELIGIONS):
        return rest if rest in ("RAD", "REB") else "REL"
    if first == "UAF":
        return "REB"
    return first if first in SECTORS else None


def excluded(path: Path | None = None) -> dict[str, str]:
    """The exclusion list: phrase -> the reason it is left out (`phoenix_agents_excluded.txt`)."""
    path = path or tables.data_dir() / "phoenix_agents_excluded.txt"
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, _, reason = line.partition("\t")
            out[" ".join(phrase.lower().split())] = reason.strip()
    return out


def _entries(path: Path) -> list[tuple[str, str, list[str] | None]]:
    """(phrase as written, code, explicit plurals or None) for each agent line, substitution sets expanded."""
    sets: dict[str, list[str]] = {}
    out: list[tuple[str, str, list[str] | None]] = []
    for raw in phoenix._read(path):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if set_match := phoenix._SET.match(line):
            sets[set_match.group(1)] = [w.strip() for w in set_match.group(2).split(",") if w.strip()]
            continue
        code = re.search(r"\[\s*([^\]]*)\]", line)
        if not code or code.group(1).strip().endswith("~"):  # no code, or a prefix code ("[IGO~]")
            continue
        head, brace, rest = line[: code.start()].partition("{")
        plurals = rest.split("}", 1)[0].split() if brace else None
        forms = [head.strip()]
        for marker, values in sets.items():
            forms = [f.replace(marker, v) for f in forms for v in (values if marker in f else [marker])]
        out.extend((form, code.group(1), plurals) for form in forms)
    return out


def _words(raw: str) -> str:
    """`THE_COURT_` -> "court": lower case, single spaces, an opening determiner dropped."""
    words = " ".join(raw.replace("_", " ").lower().split())
    return next((words[len(d):] for d in _DETERMINERS if words.startswith(d)), words)


def _function_words() -> frozenset[str]:
    """The hand table's modifiers, determiners and place levels ("former", "the", "state")."""
    _, rows, _ = tables.read_rows(tables.data_dir() / "sectors.tsv")
    return frozenset(r["phrase"].lower() for r in rows if r["kind"] in tables.FUNCTION_KINDS)


def _composed(phrase: str, function_words: frozenset[str], phrases: set[str]) -> bool:
    """A function word before a sector phrase ("state attorney general", "senior official"): the finder composes
    it, and whole it would hide the function word's own reading (the place level of "the Texas state attorney
    general")."""
    first, _, rest = phrase.partition(" ")
    return first in function_words and rest in phrases


def _known_phrases() -> set[str]:
    """Every form the hand sector table writes, and every name of the curated actor tables (lower case)."""
    known: set[str] = set()
    for name in ("sectors.tsv", "countries.tsv", "organizations.tsv"):
        kind, rows, _ = tables.read_rows(tables.data_dir() / name)
        if kind == "sectors":
            known.update(phrase.lower().replace("-", " ") for phrase, _ in tables.sector_words(rows))
        elif kind == "countries":
            known.update(w.lower() for r in rows for w in [r["name"], *tables.split_list(r["names"]),
                                                           *tables.split_list(r["adjectives"])])
        else:
            known.update(w.lower() for r in rows for w in [r["name"], *tables.split_list(r["aliases"])])
    return known


def sector_rows(agents_path: Path, exclusions: dict[str, str] | None = None,
                sectors: frozenset[str] | None = IMPORTED_SECTORS, bodies: bool = False) -> list[list[str]]:
    """The rows of the generated table, in dictionary order, one per phrase (of `sectors` only unless None; named
    institutions only with `bodies`)."""
    exclusions = excluded() if exclusions is None else exclusions
    known, function_words = _known_phrases(), _function_words()
    entries = _entries(agents_path)
    phrases = known | {_words(raw) for raw, _, _ in entries}
    rows: dict[str, list[str]] = {}
    seen: set[str] = set()
    for raw, code, plurals in entries:
        phrase, sector = _words(raw), tidings_sector(code)
        if not phrase or phrase in seen:  # the dictionary's first entry for a phrase is its entry
            continue
        seen.add(phrase)
        if sector is None or (sectors is not None and sector not in sectors) or phrase in exclusions \
                or phrase.split()[-1] in _DANGLING or _composed(phrase, function_words, phrases):
            continue
        forms = list(dict.fromkeys([phrase, *(_words(p) for p in plurals or [])]))
        if any(f.replace("-", " ") in known or tables.pluralize(f).replace("-", " ") in known for f in forms):
            continue
        head = phrase.partition(" of ")[0]
        institution = bool(_INSTITUTION_HEADS.search(head))
        if institution and not bodies:
            continue
        kind = "body" if institution or _GROUP_HEADS.search(head) else "person"
        if plurals is not None and not plurals:
            forms.append(phrase)  # "{}": no generated plural (the form repeated stands for "this one only")
        rows[phrase] = ["|".join(forms), sector, kind, "", code.strip()]
    return list(rows.values())


def write_sector_table(agents_path: str | Path, out_path: str | Path | None = None, all_sectors: bool = False,
                       bodies: bool = False) -> int:
    """Convert Phoenix.agents.txt into `phoenix_sectors.tsv`; returns the number of rows written."""
    out = Path(out_path) if out_path else tables.data_dir() / "phoenix_sectors.tsv"
    rows = sector_rows(Path(agents_path), sectors=None if all_sectors else IMPORTED_SECTORS,
                       bodies=bodies)
    lines = [
        "# Sector words converted from the Phoenix agent dictionary Phoenix.agents.txt (MIT License, Copyright (c)",
        "# 2014 Open Event Data Alliance; see SOURCES.md) by `python -m tidings.actors.phoenix_agents`: do not edit,",
        "# regenerate. Loaded after sectors.tsv, whose rows win; phrases of phoenix_agents_excluded.txt left out.",
        "# Sectors: " + ("all" if all_sectors else "the political ones only (" + ", ".join(sorted(IMPORTED_SECTORS))
                         + ")") + "; kinds: " + ("all" if bodies else "people and groups, not institutions")
        + " (see the module docstring).",
        "# Columns as sectors.tsv (docs/actors.md); `phoenix` is the dictionary's own code.",
        "\t".join(HEADER),
        *("\t".join(r) for r in rows),
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


if __name__ == "__main__":  # python -m tidings.actors.phoenix_agents AGENTS_FILE [OUT.tsv] [--all-sectors] [--bodies]
    import sys

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    print(write_sector_table(args[0], args[1] if len(args) > 1 else None, "--all-sectors" in sys.argv,
                             "--bodies" in sys.argv), "rows")
