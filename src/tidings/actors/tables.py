"""Readers for the actor tables shipped in `tidings/data/actors/` (and for users' extra files).

All tables are tab-separated with a header row; lines starting with "#" are comments; lists inside a
cell are separated by "|". A file is recognised by its header (see docs/actors.md), so a user's extra
file can hold countries, organizations, people or sector words under any name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources import files
from pathlib import Path

from tidings.actors.model import Actor, Role, SectorWord, parse_period
from tidings.errors import TidingsError


def data_dir() -> Path:
    """The shipped actor tables (`tidings/data/actors/`)."""
    return Path(str(files("tidings").joinpath("data", "actors")))


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-entry-a-line word list of `data/actors/` (`generic_bodies.txt`, `media_words.txt`,
    `name_particles.txt`, `allegiance_words.txt`, `bodies_abroad.txt`): lower case, words single-spaced, "#"
    lines left out."""
    text = (data_dir() / name).read_text(encoding="utf-8")
    return frozenset(" ".join(line.lower().split()) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def generic_bodies() -> frozenset[str]:
    """Names many countries' institutions share (`generic_bodies.txt`)."""
    return word_list("generic_bodies.txt")


def allegiance_words() -> frozenset[str]:
    """Phrases that tie a group to the side it serves ("loyal to", "allied with": `allegiance_words.txt`)."""
    return word_list("allegiance_words.txt")


def bodies_abroad() -> frozenset[str]:
    """Bodies that sit in another country ("embassy", "delegation": `bodies_abroad.txt`)."""
    return word_list("bodies_abroad.txt")


def counsel_words() -> frozenset[str]:
    """Lawyers who act for clients anywhere ("lawyer", "barrister": `counsel_words.txt`), not officers of a court."""
    return word_list("counsel_words.txt")


@cache
def rank_titles() -> dict[str, frozenset[str]]:
    """Police, military, court and local titles before a name with the sectors a known person must have held to
    be the one named ("sgt." -> COP, MIL: `rank_titles.txt`)."""
    text = (data_dir() / "rank_titles.txt").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {" ".join(title.lower().split()): frozenset(sectors.split()) for title, sectors in rows}


def us_county_offices() -> frozenset[str]:
    """Offices a county has only in the United States ("sheriff": `us_county_offices.txt`)."""
    return word_list("us_county_offices.txt")


def us_only_offices() -> frozenset[str]:
    """Offices only the United States has under these names ("district attorney": `us_only_offices.txt`)."""
    return word_list("us_only_offices.txt")


def membership_words() -> frozenset[str]:
    """Descriptions tying a person named before them to a body ("head of", "a member of": `membership_words.txt`)."""
    return word_list("membership_words.txt")


def owned_only_words() -> frozenset[str]:
    """Sector words that name an actor only with an owner ("agency": `owned_only_words.txt`)."""
    return word_list("owned_only_words.txt")


def state_body_heads() -> frozenset[str]:
    """Head words of a state body's own name ("Department", "Ministry" of X: `state_body_heads.txt`)."""
    return word_list("state_body_heads.txt")


def learning_bodies() -> frozenset[str]:
    """Words of bodies whose departments are no state body ("university", "hospital": `learning_bodies.txt`)."""
    return word_list("learning_bodies.txt")


def title_suffixes() -> frozenset[str]:
    """Words after a title that make its bearer not yet in office ("elect", "designate": `title_suffixes.txt`)."""
    return word_list("title_suffixes.txt")


@cache
def us_states() -> frozenset[str]:
    """US states as written in a legislator's party-state tag ("Minn", "W.Va", "TX", "Texas": `us_states.txt`),
    case kept, without the final dot."""
    text = (data_dir() / "us_states.txt").read_text(encoding="utf-8")
    return frozenset(" ".join(line.split()).rstrip(".") for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def feature_words() -> frozenset[str]:
    """Words that make a country's name the name of a sea, strait or river (`feature_words.txt`)."""
    return word_list("feature_words.txt")


def media_words() -> frozenset[str]:
    """Last words of the names of newspapers and broadcasters (`media_words.txt`)."""
    return word_list("media_words.txt")


HEADERS: dict[str, tuple[str, ...]] = {
    "countries": ("code", "name", "names", "adjectives", "capitals"),
    "organizations": ("id", "name", "aliases", "country", "sector", "kind"),
    "people": ("id", "name", "aliases", "country", "sector", "office", "start", "end"),
    "sectors": ("phrase", "sector", "kind", "offices"),
    "regions": ("words", "countries"),
    "places": ("place", "country"),
}
_AS_OF = re.compile(r"^#\s*as_of:\s*(\S+)")


def split_list(cell: str) -> list[str]:
    return [item.strip() for item in cell.split("|") if item.strip()]


def read_rows(path: Path) -> tuple[str, list[dict[str, str]], str | None]:
    """The table kind, its rows as dicts, and the `# as_of:` date it declares (if any)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise TidingsError("T501", str(path), f"cannot read actor table: {exc}") from None
    as_of = next((m.group(1) for line in lines if (m := _AS_OF.match(line))), None)
    body = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    if not body:
        return "empty", [], as_of
    header = tuple(cell.strip() for cell in body[0][1].split("\t"))
    kind = next((k for k, cols in HEADERS.items() if header[: len(cols)] == cols), None)
    if kind is None:
        raise TidingsError("T501", str(path), f"unknown actor table header {header!r}; see docs/actors.md")
    rows = []
    for n, line in body[1:]:
        cells = line.split("\t")
        if len(cells) > len(header):
            raise TidingsError("T501", f"{path}:{n}", f"{len(cells)} cells, header has {len(header)}")
        padded = [c.strip() for c in cells] + [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, padded, strict=True)))
    return kind, rows, as_of


def country_actors(rows: list[dict[str, str]], source: str) -> Iterator[tuple[Actor, list[str], list[str]]]:
    """Countries as actors, with their adjectives and capitals kept apart (they match differently)."""
    for row in rows:
        code = row["code"]
        actor = Actor(code, row["name"], "country", code, None, [row["name"], *split_list(row["names"])],
                      source=source)
        yield actor, split_list(row["adjectives"]), split_list(row["capitals"])


def organization_actors(rows: list[dict[str, str]], source: str) -> Iterator[Actor]:
    for row in rows:
        kind = "org" if row["kind"] in ("igo", "ngo") else "institution"
        yield Actor(row["id"], row["name"], kind, row["country"] or row["id"], row["sector"] or None,
                    [row["name"], *split_list(row["aliases"])], source=source)


def _role(row: dict[str, str], where: str) -> Role:
    start, end = parse_period(row["start"]), parse_period(row["end"])
    if (row["start"] and start is None) or (row["end"] and end is None):
        raise TidingsError("T501", where, f"bad date in start={row['start']!r} end={row['end']!r}")
    return Role(row["country"] or None, row["sector"] or None, row["office"] or None,
                start[0] if start else None, end[1] if end else None)


def people_actors(rows: list[dict[str, str]], source: str) -> list[Actor]:
    """People from one-row-per-role tables; rows sharing an id are one person (name/aliases may be blank).

    A row with no office and no dates sets the person's code outside every role (default: country of
    the first role, sector ELI).
    """
    people: dict[str, Actor] = {}
    defaults: dict[str, Role] = {}
    for n, row in enumerate(rows, 1):
        pid = row["id"]
        if not pid:
            raise TidingsError("T501", f"{source} row {n}", "people row without id")
        person = people.setdefault(pid, Actor(pid, row["name"] or pid, "person", None, None, source=source))
        person.aliases.extend(a for a in [row["name"], *split_list(row["aliases"])] if a)
        role = _role(row, f"{source} row {n}")
        if role.office or role.start or role.end:
            person.roles.append(role)
        else:
            defaults[pid] = role
    for pid, person in people.items():
        default = defaults.get(pid)
        first = person.roles[0] if person.roles else None
        person.country = (default.country if default else None) or (first.country if first else None)
        person.sector = (default.sector if default else None) or "ELI"
    return list(people.values())


# kinds of sectors.tsv that are function words, not actor words (no plurals, no names)
FUNCTION_KINDS = ("modifier", "determiner", "place_level")


def sector_words(rows: Iterable[dict[str, str]]) -> Iterator[tuple[str, SectorWord]]:
    """(phrase, word) pairs, with generated plural phrases ("minister" -> "ministers")."""
    for row in rows:
        forms = split_list(row["phrase"])
        if not forms:
            continue
        word = SectorWord(forms[0].lower(), row["sector"], row["kind"] or "body",
                          tuple(split_list(row["offices"])))
        yield forms[0], word
        if word.kind in FUNCTION_KINDS:
            continue
        for plural in forms[1:] or [pluralize(forms[0])]:
            yield plural, word


def pluralize(phrase: str) -> str:
    """Regular English plural of the head word of a phrase ("company" -> "companies")."""
    head, sep, rest = phrase.partition(" of ")
    if sep:
        return pluralize(head) + sep + rest
    if phrase.endswith(("s", "x", "z", "ch", "sh")):
        return phrase + "es" if not phrase.endswith("s") else phrase
    if phrase.endswith("y") and len(phrase) > 1 and phrase[-2] not in "aeiou":
        return phrase[:-1] + "ies"
    return phrase + "s"


def region_words(rows: Iterable[dict[str, str]]) -> Iterator[tuple[str, frozenset[str]]]:
    """(region word, the countries it covers): "central asian" -> KAZ, KGZ, TJK, TKM, UZB."""
    for row in rows:
        countries = frozenset(split_list(row["countries"]))
        for words in split_list(row["words"]):
            yield words.lower(), countries
