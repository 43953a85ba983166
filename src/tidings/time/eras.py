"""The era an office holder names: "the Obama administration", "Merkel's chancellorship", "under President
Biden" is the holder's term, read from the dated roles of `data/actors/people.tsv` and `people_world.tsv`.

News retells past acts by the government that did them rather than by a year ("during the Obama
administration, the State Department declined to ..."); the era is then the act's time, as much as "in
2014" would be. A holder still in office at the story date names the present, not an era of the past,
and a name that fits more than one holder ("Bush") names no era: both give None.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files

from tidings.records import DateValue
from tidings.time.grammar import lexicon

PEOPLE_TABLES = ("people.tsv", "people_world.tsv")
LEADER = "leader"


@dataclass(frozen=True, slots=True)
class Term:
    office: str
    start: str
    end: str | None  # None: still in office when the table was made


@lru_cache(maxsize=1)
def _people() -> tuple[dict[str, frozenset[str]], dict[str, tuple[Term, ...]]]:
    """(lower-cased name or alias -> person ids, person id -> the terms of office with a start date)."""
    names: dict[str, set[str]] = defaultdict(set)
    terms: dict[str, list[Term]] = defaultdict(list)
    folder = files("tidings").joinpath("data", "actors")
    for table in PEOPLE_TABLES:
        for line in folder.joinpath(table).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cells = (line.split("\t") + [""] * 8)[:8]
            pid, name, aliases, _country, _sector, office, start, end = (c.strip() for c in cells)
            for alias in [name, *aliases.split("|")]:
                if alias:
                    names[alias.lower()].add(pid)
            if office and start:
                terms[pid].append(Term(office, start, end or None))
    return ({k: frozenset(v) for k, v in names.items()}, {k: tuple(v) for k, v in terms.items()})


def era_offices(noun: str) -> frozenset[str] | None:
    """The offices (lower case) whose term an era noun names ("presidency": the president's), None when the
    word is no era noun (data/time/lexicon.toml [era_nouns])."""
    kind = lexicon().get("era_nouns", {}).get(noun.lower())
    if kind is None:
        return None
    if kind == LEADER:
        return frozenset(lexicon().get("era_offices", {}))
    return frozenset(o.strip().lower() for o in str(kind).split("|"))


def holder_era(name: str, offices: frozenset[str], story_day: date, recent_days: int) -> DateValue | None:
    """The term, as the range of its days (`2009-01-20/2017-01-20`), of the one person `name` fits in
    `offices`, when every such term begun by the story day ended more than `recent_days` before it; the
    whole span from the first start to the last end when there were several. None when the name fits no
    one or several people, or the holder was in office at the story date (the era is the present)."""
    names, terms = _people()
    people = [pid for pid in names.get(name.lower(), ()) if any(t.office.lower() in offices for t in terms[pid])]
    if len(people) != 1:
        return None
    held = [t for t in terms[people[0]] if t.office.lower() in offices and t.start <= story_day.isoformat()]
    last = story_day - timedelta(days=recent_days)
    if not held or any(t.end is None or t.end > last.isoformat() for t in held):
        return None
    first, final = min(t.start for t in held), max(t.end or "" for t in held)
    return DateValue(f"{first}/{final}", first, final)
