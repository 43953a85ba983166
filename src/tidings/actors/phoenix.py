"""Reader for the PETRARCH / Phoenix / TABARI dictionary format (actors and agents).

Actors file: an entry line `NAME_WITH_UNDERSCORES [CODE]` or a name alone followed by `+SYNONYM` lines
and indented code lines `[CODE YYMMDD-YYMMDD]`, `[CODE >YYMMDD]` (from), `[CODE <YYMMDD]` (until); an
undated code is the actor's code outside the dated ones. `#` starts a comment, `<!-- -->` encloses one.
A name whose last word has no trailing underscore is a stem: it matches any word that begins with it
("ARGENTIN" matches "Argentina", "Argentine").

Agents file: `WORD {PLURAL FORMS} [~SECTOR]` (the sector follows the country: "Israeli troops" ->
ISRMIL) or `[SECTOR~]` (it comes first: NGO~); `!SET! = A, B` defines a substitution set used as
`CONGRESS!PERSON!`; `{}` means "no generated plural".

The Phoenix dictionaries are MIT-licensed (Open Event Data Alliance); see data/actors/SOURCES.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tidings.actors.model import Actor, Role, SectorWord
from tidings.errors import TidingsError

_CODE = re.compile(r"\[\s*([A-Za-z~\-/]*)\s*([<>]?)\s*([0-9]*)(?:\s*-\s*([0-9]*))?\s*\]")
_COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.S)
_SET = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


@dataclass(slots=True)
class PetrarchEntry:
    """One dictionary entry: its names (as written, underscores kept) and its (code, start, end) list."""

    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)


def petrarch_date(digits: str) -> date | None:
    """YYMMDD (yy <= 30 -> 20yy) or YYYYMMDD; None for anything else (the code is then undated there)."""
    try:
        if len(digits) == 6:
            yy = int(digits[:2])
            return date(2000 + yy if yy <= 30 else 1900 + yy, int(digits[2:4]), int(digits[4:]))
        if len(digits) == 8:
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None
    return None


def _codes(text: str) -> list[tuple[str, date | None, date | None]]:
    out: list[tuple[str, date | None, date | None]] = []
    for m in _CODE.finditer(text):
        code, sign, first, second = m.group(1), m.group(2), m.group(3), m.group(4)
        if sign == ">":
            out.append((code, petrarch_date(first), None))
        elif sign == "<":
            out.append((code, None, petrarch_date(first)))
        else:
            out.append((code, petrarch_date(first) if first else None, petrarch_date(second or "")))
    return out


def _read(path: str | Path) -> list[str]:
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise TidingsError("T100", str(path), f"cannot read dictionary: {exc.strerror}") from None
    return _COMMENT_BLOCK.sub("", text).splitlines()


def read_actor_entries(path: str | Path) -> list[PetrarchEntry]:
    """All entries of a PETRARCH actors file, in file order."""
    entries: list[PetrarchEntry] = []
    for raw in _read(path):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        name = line.split("[", 1)[0].strip()
        if line[0] == "+" and entries:
            entries[-1].names.append(name[1:].strip())
        elif line[0] in " \t" and entries:
            entries[-1].codes.extend(_codes(line))
            continue
        elif name:
            entries.append(PetrarchEntry([name]))
        if entries:
            entries[-1].codes.extend(_codes(line))
    return [e for e in entries if e.names and e.codes]


def split_code(code: str) -> tuple[str | None, str | None]:
    """A CAMEO actor code as (country, sector): "KAZGOV" -> ("KAZ", "GOV"), "---" -> (None, None)."""
    code = code.strip().upper()
    if not code or code == "---":
        return None, None
    if "/" in code:  # "THE_SHIRE [FRO/BIL/SAM]": one name for several actors, each coded apart
        return code, None
    return code[:3], code[3:] or None


def entry_to_actor(entry: PetrarchEntry, actor_id: str, source: str) -> Actor:
    """An actor whose dated codes become roles and whose last undated code is its code outside them."""
    roles: list[Role] = []
    default: tuple[str | None, str | None] = (None, None)
    for code, start, end in entry.codes:
        country, sector = split_code(code)
        if start or end:
            roles.append(Role(country, sector, None, start, end))
        else:
            default = (country, sector)
    name = display_name(entry.names[0])
    kind = "person" if roles else "group"
    return Actor(actor_id, name, kind, default[0], default[1], list(entry.names), roles, source)


def display_name(raw: str) -> str:
    """`NURSULTAN_NAZARBAYEV_` -> `Nursultan Nazarbayev`."""
    words = raw.replace("_", " ").split()
    return " ".join(w if any(c.islower() for c in w) else w.capitalize() for w in words)


def read_agents(path: str | Path) -> list[tuple[str, SectorWord]]:
    """(pattern, sector word) pairs from an agents file; patterns keep PETRARCH underscores/stems."""
    sets: dict[str, list[str]] = {}
    out: list[tuple[str, SectorWord]] = []
    for raw in _read(path):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        set_match = _SET.match(line)
        if set_match:
            sets[set_match.group(1)] = [w.strip() for w in set_match.group(2).split(",") if w.strip()]
            continue
        code_match = re.search(r"\[\s*([^\]]*)\]", line)
        if not code_match:
            continue
        code = code_match.group(1).strip()
        head, _, rest = line[: code_match.start()].partition("{")
        plurals = rest.split("}", 1)[0].split() if _ else None
        word = _agent_word(head.strip(), code)
        for form in _agent_forms(head.strip(), plurals, sets):
            out.append((form, word))
    return out


def _agent_word(name: str, code: str) -> SectorWord:
    prefix = code.endswith("~") and not code.startswith("~")
    sector = code.strip("~").strip()
    return SectorWord(display_name(name).lower(), sector, "person", (), prefix)


def _agent_forms(name: str, plurals: list[str] | None, sets: dict[str, list[str]]) -> list[str]:
    """The written forms of one agent: substitution sets expanded, explicit or regular plurals added."""
    from tidings.actors.tables import pluralize

    forms = [name]
    for marker, values in sets.items():
        if marker in name:
            forms = [f.replace(marker, v) for f in forms for v in values]
    if plurals is None:
        forms += [pluralize(f.rstrip("_")) + ("_" if f.endswith("_") else "") for f in forms]
    else:
        forms += plurals
    return forms


# ---- conversion of the Phoenix country-actors file into a people table (data/actors/phoenix_people.tsv) ----
PHOENIX_CUTOFF = date(2014, 1, 30)  # Phoenix.Countries.actors.txt was generated from CountryInfo.140130


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


_NOT_A_PERSON = re.compile(
    r"\b(the|state|republic|party|army|government|ministry|forces|front|movement|union|council|committee|"
    r"national|islamic|liberation|kingdom|empire|federation|soviet|province|region|city|church|group|brigade|"
    r"organi[sz]ation|league|congress|assembly|court|police|bank|company|corporation|news|agency|university|"
    r"rebels?|militia|coalition|sec\.|charge)\b", re.I)


def _good_alias(name: str) -> bool:
    """Aliases worth matching in running text: two words or more, or one distinctive word."""
    words = name.split()
    return len(words) >= 2 or (len(words) == 1 and len(words[0]) >= 6)


def people_rows(entries: list[PetrarchEntry]) -> list[list[str]]:
    """People (entries with dated codes) as people-table rows; open-ended roles are closed at the cutoff,
    since the dictionary cannot know what happened after it was made."""
    rows: list[list[str]] = []
    seen: set[str] = set()
    for entry in entries:
        dated = [(c, s, e) for c, s, e in entry.codes if s or e]
        if not dated:
            continue
        name = display_name(entry.names[0])
        pid = "phoenix-" + _slug(name)
        if pid in seen or len(name.split()) < 2 or _NOT_A_PERSON.search(name):
            continue
        seen.add(pid)
        aliases = [a for a in dict.fromkeys(display_name(n) for n in entry.names[1:])
                   if _good_alias(a) and a != name and not _NOT_A_PERSON.search(a)]
        first = True
        for code, start, end in entry.codes:
            country, sector = split_code(code)
            if country is None:
                continue
            note = "phoenix; open end closed at 2014-01-30" if (start or end) and not end else "phoenix"
            if start or end:
                end = end or max(PHOENIX_CUTOFF, start or PHOENIX_CUTOFF)
            rows.append([pid, name if first else "", "|".join(aliases) if first else "", country,
                         (sector or "")[:3], "", start.isoformat() if start else "",
                         end.isoformat() if end else "", note])
            first = False
    return rows


def write_people_table(actors_path: str | Path, out_path: str | Path) -> int:
    """Convert a Phoenix country-actors file into a people table; returns the number of rows written."""
    header = ["id", "name", "aliases", "country", "sector", "office", "start", "end", "note"]
    rows = people_rows(read_actor_entries(actors_path))
    lines = [
        "# People with dated CAMEO codes converted from the Phoenix dictionary Phoenix.Countries.actors.txt",
        "# (petrarch2 @ 676801cd, MIT License, Copyright (c) 2014 Open Event Data Alliance; see SOURCES.md).",
        "# Converted by tidings.actors.phoenix.write_people_table: dates to ISO, codes split into country and",
        "# sector, roles still open in 2014 closed at 2014-01-30 (the dictionary's date). Curated tables win:",
        "# a person whose name is in people.tsv or people_world.tsv is skipped when loading.",
        "\t".join(header),
        *("\t".join(r) for r in rows),
    ]
    Path(out_path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


if __name__ == "__main__":  # python -m tidings.actors.phoenix PHOENIX_COUNTRIES_FILE OUT.tsv
    import sys

    print(write_people_table(sys.argv[1], sys.argv[2]), "rows")
