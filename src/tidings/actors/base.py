"""The actor knowledge base: who is who, and who held which office when.

Loaded from the tables in `tidings/data/actors/` plus any extra files a user names (same formats),
or from a PETRARCH/Phoenix dictionary pair. Names are indexed in a token trie (built once, on first
use) so finding every actor in a document costs one pass over its tokens.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import tidings.actors.phoenix as phoenix
import tidings.actors.tables as tables
from tidings.actors.matcher import Case, Hit, TokenTrie, phrase_tokens, token_key
from tidings.actors.model import Actor, Period, Role, SectorWord, parse_period
from tidings.actors.tables import data_dir
from tidings.errors import TidingsError
from tidings.records import ActorRef

DEFAULT_FILES = ("countries.tsv", "organizations.tsv", "people.tsv", "people_world.tsv", "sectors.tsv",
                 "phoenix_sectors.tsv",
                 "regions.tsv", "phoenix_people.tsv")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.+&-]*$")


class ActorBase:
    """Actors with dated roles, their names, and the sector words that qualify them."""

    def __init__(self, petrarch: bool = False) -> None:
        self.actors: dict[str, Actor] = {}
        self.names: list[tuple[str, Hit, bool]] = []  # (alias, hit, is_stem)
        self.sector_words: dict[str, SectorWord] = {}
        self.modifiers: dict[str, str] = {}  # word -> "" or "ELI" (marks a former office)
        self.determiners: set[str] = set()
        self.place_levels: set[str] = set()  # "state", "city": between a place and its office
        self.regions: dict[str, frozenset[str]] = {}  # "central asian" -> the countries it covers
        self.places: dict[str, str] = {}  # "samarra" -> "IRQ" (places.tsv: where a place lies)
        self.as_of: date = date(2000, 1, 1)
        self.petrarch = petrarch
        self._trie: TokenTrie | None = None
        self._holders: dict[str, list[tuple[Role, str]]] | None = None
        self._fuzzy: dict[str, dict[str, str]] | None = None
        self._fuzzy_aliases: dict[str, list[str]] = {}  # built with _fuzzy: its aliases as lists
        self._short: dict[tuple[str, str], str | None] | None = None
        self._country_words: dict[str, frozenset[str]] | None = None
        self._person_names: set[str] = set()
        self._country_names: set[str] = set()

    # ---- building -------------------------------------------------------------------------------
    def add_actor(self, actor: Actor, aliases: Sequence[str] = ()) -> None:
        """Add an actor, or merge aliases and roles into the one with the same id."""
        known = self.actors.get(actor.id)
        if known is None:
            self.actors[actor.id] = actor
            known = actor
        else:
            known.roles.extend(actor.roles)
        for alias in dict.fromkeys([*actor.aliases, *aliases]):
            if known.kind == "person":
                self._person_names.add(alias.lower())
            elif known.kind == "country":
                self._country_names.add(alias.lower())
            if alias not in known.aliases:
                known.aliases.append(alias)
            self.add_name(alias, Hit("name", actor.id, case=self._case(alias)))
        self._trie = self._holders = self._fuzzy = self._short = None

    def add_name(self, alias: str, hit: Hit, stem: bool = False) -> None:
        self.names.append((alias, hit, stem))
        self._trie = None

    def add_sector_word(self, phrase: str, word: SectorWord, stem: bool = False) -> None:
        if word.kind == "modifier":
            self.modifiers[phrase.lower()] = word.sector
            return
        if word.kind == "determiner":
            self.determiners.add(phrase.lower())
            return
        if word.kind == "place_level":
            self.place_levels.add(phrase.lower())
            return
        self.sector_words.setdefault(phrase.lower(), word)
        self.add_name(phrase, Hit("sector", word=word, case="any"), stem)

    def _case(self, alias: str) -> Case:
        if self.petrarch:
            return "any"
        return "exact" if _ACRONYM.match(alias) and len(alias) <= 8 else "title"

    def load_table(self, path: Path) -> None:
        """Add one table file of any kind (recognised by its header)."""
        kind, rows, as_of = tables.read_rows(path)
        source = path.name
        if as_of and (period := parse_period(as_of)):
            self.as_of = max(self.as_of, period[1])
        if kind == "countries":
            for actor, adjectives, capitals in tables.country_actors(rows, source):
                self.add_actor(actor)
                for adj in adjectives:
                    self.add_name(adj, Hit("adj", actor.id, case=self._case(adj)))
                for capital in capitals:
                    self.add_name(capital, Hit("capital", actor.id, case=self._case(capital)))
        elif kind == "organizations":
            for actor in tables.organization_actors(rows, source):
                self.add_actor(actor)
        elif kind == "people":
            for person in tables.people_actors(rows, source):
                self._add_person(person)
        elif kind == "sectors":
            for phrase, word in tables.sector_words(rows):
                self.add_sector_word(phrase, word)
        elif kind == "regions":
            for words, countries in tables.region_words(rows):
                self.regions[words] = self.regions.get(words, frozenset()) | countries
        elif kind == "places":
            self.places.update((row["place"].lower(), row["country"]) for row in rows if row["country"])

    def _add_person(self, person: Actor) -> None:
        """People from lower-priority tables (Phoenix) are skipped when a curated person has their name, or when
        the entry is a country the country table has ("South Sudan", kept by Phoenix as an actor coded SDN before
        2011 with "Jonglei" as an alias: its name would later make "Sudan" a surname of it)."""
        if person.source.startswith("phoenix") and (self._named_person(person.name)
                                                    or self._country_name(person.name)):
            return
        self.add_actor(person, romanization_variants(person.aliases))

    def _named_person(self, name: str) -> bool:
        return name.lower() in self._person_names

    def _country_name(self, name: str) -> bool:
        return name.lower() in self._country_names

    def load_function_words(self) -> None:
        """Modifiers, determiners and place levels from the shipped sector table (language, not actors: every
        base needs them)."""
        _, rows, _ = tables.read_rows(data_dir() / "sectors.tsv")
        for phrase, word in tables.sector_words(r for r in rows if r["kind"] in tables.FUNCTION_KINDS):
            self.add_sector_word(phrase, word)

    @classmethod
    def from_petrarch(cls, actors_path: str | Path, agents_path: str | Path) -> ActorBase:
        """A base made of a PETRARCH/Phoenix actors file and agents file (codes kept whole: "PSEREBHMS")."""
        base = cls(petrarch=True)
        base.load_function_words()
        for n, entry in enumerate(phoenix.read_actor_entries(actors_path)):
            actor = phoenix.entry_to_actor(entry, f"petrarch:{n}", Path(actors_path).name)
            actor.aliases = []
            base.add_actor(actor)
            for raw in entry.names:
                base.add_name(_words(raw), Hit("name", actor.id, case="any"), stem=not raw.endswith("_"))
                if raw.upper().startswith("THE_"):  # "THE_SHIRE": the finder reads "the" as a determiner
                    base.add_name(_words(raw[4:]), Hit("name", actor.id, case="title"), stem=not raw.endswith("_"))
        for raw, word in phoenix.read_agents(agents_path):
            base.add_sector_word(_words(raw), word, stem=not raw.endswith("_"))
        return base

    # ---- indexes --------------------------------------------------------------------------------
    @property
    def trie(self) -> TokenTrie:
        if self._trie is None:
            trie = TokenTrie()
            tokenized = phrase_tokens([alias for alias, _, _ in self.names])
            for (_, hit, stem), words in zip(self.names, tokenized, strict=True):
                trie.add(words, hit if hit.case == "any" else _with_written(hit, words), stem)
            self._trie = trie
        return self._trie

    def holders_index(self) -> dict[str, list[tuple[Role, str]]]:
        if self._holders is None:
            index: dict[str, list[tuple[Role, str]]] = defaultdict(list)
            for actor in self.actors.values():
                for role in actor.roles:
                    if role.office and role.country:
                        index[role.country].append((role, actor.id))
            self._holders = dict(index)
        return self._holders

    # ---- queries --------------------------------------------------------------------------------
    def period(self, when: str | None) -> Period:
        """The days a story date covers; the table's as_of day when there is none."""
        return parse_period(when) or (self.as_of, self.as_of)

    def ref(self, actor: Actor, period: Period, text: str = "", start: int = 0, end: int = 0) -> ActorRef:
        """The actor as it was during `period`: the role held longest then, else its code outside roles."""
        held = actor.roles_at(period)
        if held:
            top = held[0]
            offices = [r.office for r in held if r.office and r.sector == top.sector]
            role_text = ", ".join(dict.fromkeys(offices)) or None
            return ActorRef(text, start, end, actor.id, actor.name, top.country or actor.country, top.sector,
                            role_text)
        return ActorRef(text, start, end, actor.id, actor.name, actor.country, actor.sector, None)

    def at(self, ref: ActorRef, when: str | None) -> ActorRef:
        """`ref` with the role its known person held at `when` (an event's date), text and offsets kept.

        The actor finder reads roles at the story date; an event told in the past ("in 1997 Nazarbayev
        signed ...") is the person's act in the role held then. Unknown actors, countries, bodies and
        unreadable dates give `ref` unchanged."""
        actor = self.actors.get(ref.actor_id or "")
        period = parse_period(when)
        if actor is None or actor.kind != "person" or period is None:
            return ref
        return self.ref(actor, period, ref.text, ref.start, ref.end)

    def holder(self, country: str, offices: Sequence[str], period: Period) -> Actor | None:
        """The one person who held one of `offices` in `country` longest during `period` (None if tied)."""
        wanted = [o.lower() for o in offices]
        best: dict[str, int] = {}
        for role, actor_id in self.holders_index().get(country, ()):
            office = (role.office or "").lower()
            if any(office == w or office.startswith(w + " ") for w in wanted):
                days = role.overlap(period)
                if days:
                    best[actor_id] = max(best.get(actor_id, 0), days)
        if not best:
            return None
        top = max(best.values())
        winners = [a for a, d in best.items() if d == top]
        return self.actors[winners[0]] if len(winners) == 1 else None

    def lookup(self, name: str, date: str | None = None) -> ActorRef | None:
        """The actor a name or variant designates, with the role it held at `date` (offsets 0).

        Tries the exact name first, then the phrase rules of `find_actors` ("Kazakh President"), then
        a close spelling of a person's name ("Tokaev" for "Tokayev").
        """
        from tidings.actors.resolve import lookup_phrase

        if not name or not name.strip():
            return None
        return lookup_phrase(self, name.strip(), date)

    def fuzzy_index(self) -> dict[str, dict[str, str]]:
        """Person aliases of two or more words (or one long word) by first letter, for spelling variants."""
        if self._fuzzy is None:
            index: dict[str, dict[str, str]] = defaultdict(dict)
            for alias, hit, _ in self.names:
                actor = self.actors.get(hit.actor_id or "")
                if actor and actor.kind == "person" and (" " in alias or len(alias) >= 6):
                    index[alias[:1].lower()].setdefault(alias.lower(), actor.id)
            self._fuzzy = dict(index)
            self._fuzzy_aliases = {letter: list(aliases) for letter, aliases in index.items()}
        return self._fuzzy

    def fuzzy_aliases(self, letter: str) -> list[str]:
        """The aliases of `fuzzy_index` under one first letter, as a list built once (a fuzzy search takes a
        sequence; listing a few thousand aliases on every search cost as much as the search)."""
        self.fuzzy_index()
        return self._fuzzy_aliases.get(letter, [])

    def short_names(self) -> dict[tuple[str, str], str | None]:
        """People of three words or more by their first and last words, folded ("carlos", "menem" for Carlos
        Saul Menem): news often drops a middle name. A pair shared by two people maps to None."""
        if self._short is None:
            from tidings.actors.resolve import fold

            index: dict[tuple[str, str], str | None] = {}
            for actor in self.actors.values():
                words = [fold(w) for w in actor.name.replace("-", " ").split()] if actor.kind == "person" else []
                if len(words) >= 3 and len(words[0]) > 1 and len(words[-1]) > 1:
                    key = (words[0], words[-1])
                    index[key] = actor.id if index.get(key, actor.id) == actor.id else None
            self._short = index
        return self._short

    def country_words(self, code: str) -> frozenset[str]:
        """Every name, adjective and capital the base has for a country, in lower case ("congolese" is
        COD's and COG's)."""
        if self._country_words is None:
            words: dict[str, set[str]] = defaultdict(set)
            for alias, hit, _ in self.names:
                if hit.actor_id and hit.style in ("name", "adj", "capital"):
                    words[hit.actor_id].add(" ".join(token_key(w) for w in alias.split()))
            self._country_words = {k: frozenset(v) for k, v in words.items()}
        return self._country_words.get(code, frozenset())

    def stats(self) -> dict[str, int]:
        kinds: dict[str, int] = defaultdict(int)
        for actor in self.actors.values():
            kinds[actor.kind] += 1
        kinds["roles"] = sum(len(a.roles) for a in self.actors.values())
        kinds["names"] = len(self.names)
        kinds["sector_words"] = len(self.sector_words)
        return dict(kinds)


def _words(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def _with_written(hit: Hit, words: list[str]) -> Hit:
    return Hit(hit.style, hit.actor_id, hit.word, hit.case, tuple(words))


_TRANSLIT = ((r"ayev\b", "aev"), (r"([^aeiou])yev\b", r"\1ev"), (r"iyev\b", "iev"), (r"iyoyev\b", "iyoev"))


def romanization_variants(aliases: Sequence[str]) -> list[str]:
    """Common romanizations of Russian/Central Asian names: Tokayev -> Tokaev, Nazarbayev -> Nazarbaev."""
    out: list[str] = []
    for alias in aliases:
        for pattern, repl in _TRANSLIT:
            variant = re.sub(pattern, repl, alias)
            if variant != alias and variant not in aliases:
                out.append(variant)
    return out


_CACHE: dict[tuple[str, ...], ActorBase] = {}


def load_actor_base(extra_paths: Sequence[str | Path] = ()) -> ActorBase:
    """The shipped tables plus `extra_paths` (files or folders of .tsv), cached per list of paths."""
    key = tuple(str(Path(p).resolve()) for p in extra_paths)
    if key not in _CACHE:
        base = ActorBase()
        for name in DEFAULT_FILES:
            path = data_dir() / name
            if path.exists():
                base.load_table(path)
        for extra in key:
            for path in _table_files(Path(extra)):
                base.load_table(path)
        _CACHE[key] = base
    return _CACHE[key]


def _table_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.glob("*.tsv"))
    if not path.exists():
        raise TidingsError("T100", str(path), "actor table not found")
    return [path]


def configured_paths(settings: object, env: dict[str, str] | None = None) -> list[str]:
    """Extra actor tables named by the `actor_files` setting (paths separated by os.pathsep or ","),
    or, while the setting is not defined, by the TIDINGS_ACTOR_FILES environment variable."""
    import os

    raw = getattr(settings, "actor_files", None)
    if raw is None:
        raw = (os.environ if env is None else env).get("TIDINGS_ACTOR_FILES", "")
    return [p.strip() for p in re.split(rf"[{re.escape(os.pathsep)},]", str(raw)) if p.strip()]
