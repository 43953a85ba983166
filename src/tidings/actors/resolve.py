"""Finding actor mentions in a parsed document and resolving them through the actor base.

One pass of the token trie gives the pieces (names, nationality adjectives, capitals, sector words);
pieces are then joined into the longest phrase that names one actor:

    [the|his] [Kazakh | Kazakhstan's | SCO] [former|visiting ...] [sector words...] [of X] [to Y] [, ] [Name]
    Name [of X] [, a Kazakh composer]

A named person in the base is resolved with the role held at the story date; an unknown name takes its
country and sector from the words around it; an office without a name ("the Kazakh president") is
resolved to the person holding it then, when there is exactly one. Capitals count only when they act
("Beijing said"); surnames of people named earlier resolve to them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Protocol

from spacy.tokens import Doc, Token

from tidings.actors.matcher import HYPHENS, Hit, TokenTrie, find_matches, token_key
from tidings.actors.model import Actor, Period, SectorWord
from tidings.actors.places import country_of_capital, country_of_place, country_of_town
from tidings.actors.tables import (
    allegiance_words,
    bodies_abroad,
    counsel_words,
    feature_words,
    generic_bodies,
    learning_bodies,
    media_words,
    membership_words,
    owned_only_words,
    rank_titles,
    state_body_heads,
    title_suffixes,
    us_county_offices,
    us_only_offices,
    us_states,
)
from tidings.records import ActorMention, ActorRef


class ActorBase(Protocol):
    """What resolving reads of `tidings.actors.base.ActorBase`.

    A protocol rather than an import: the base calls this module (`ActorBase.lookup`), so importing the
    base here, even for annotations, would make the two modules a cycle.
    """

    actors: dict[str, Actor]
    sector_words: dict[str, SectorWord]
    modifiers: dict[str, str]
    determiners: set[str]
    place_levels: set[str]
    regions: dict[str, frozenset[str]]
    petrarch: bool

    @property
    def trie(self) -> TokenTrie: ...

    def period(self, when: str | None) -> Period: ...

    def ref(self, actor: Actor, period: Period, text: str = "", start: int = 0, end: int = 0) -> ActorRef: ...

    def holder(self, country: str, offices: Sequence[str], period: Period) -> Actor | None: ...

    def fuzzy_index(self) -> dict[str, dict[str, str]]: ...

    def fuzzy_aliases(self, letter: str) -> list[str]: ...

    def short_names(self) -> dict[tuple[str, str], str | None]: ...

    def country_words(self, code: str) -> frozenset[str]: ...

FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "SGP"})
_PLURAL_OWNERS = frozenset({"countries", "sides", "nations", "states", "governments", "parties"})
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
# a capital as the object of a verb ("blamed WASHINGTON", "urged MOSCOW to"): the government it stands for
_UNDERGOING_DEPS = frozenset({"dobj", "dative"})
# nouns that, after "the", describe a country named before ("the Central Asian country")
_COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})


@dataclass(slots=True)
class _Piece:
    """A trie match read as one kind of thing: person, country, adj, capital, org or sector."""

    start: int
    end: int
    kind: str
    actor: Actor | None = None
    word: SectorWord | None = None


@dataclass(slots=True)
class _Phrase:
    """A phrase being assembled around an anchor (a name or a sector word)."""

    start: int
    end: int
    owner: _Piece | None = None
    heads: list[tuple[_Piece, str]] = field(default_factory=list)  # (piece, its text)
    former: bool = False
    person: Actor | None = None
    person_span: tuple[int, int] | None = None  # an unknown person's name (token positions)
    place: str | None = None  # the country of a place that qualifies an unowned office ("the Ohio governor")
    local: bool = False  # that place is a town, state or province, not the country's capital
    named_body: bool = False  # the owner opens another body's name ("president of the AMERICAN Farm Bureau")
    gapped: bool = False  # field nouns stand between owner and title ("Brazil's ENVIRONMENT minister"): no holder


class _Text:
    """The document's tokens (hyphens dropped) with the pieces found in them."""

    def __init__(self, doc: Doc, base: ActorBase, period: Period, evidence: bool = True, dated: bool = True) -> None:
        self.doc = doc
        self.evidence = evidence  # link one-word names of known people only on evidence (not for lookups)
        self.dated = dated  # the story date is known (not the tables' as_of date)
        self.raw = doc.text  # Doc.text rebuilds the string on every access
        self.base = base
        self.period = period
        self.toks: list[Token] = [t for t in doc if t.text not in HYPHENS and not t.is_space]
        self.keys = [token_key(t.text) for t in self.toks]
        self.pos_of = {t.i: n for n, t in enumerate(self.toks)}
        self.full_names: set[str] = set()
        self.places: set[str | None] = set()
        self.titled: dict[int, SectorWord] = {}  # title words by the position they end at
        self.unlinked: list[tuple[int, int]] = []  # full names of known people not linked (no evidence)
        self.qualified: set[int] = set()  # positions right after a nationality, title or body
        self.tagged = doc.has_annotation("TAG")
        self.parsed = doc.has_annotation("DEP")  # read by _on_evidence
        pieces = [p for m in find_matches(base.trie, self.toks) if (p := self._piece(m.start, m.end, m.hits))]
        self.pieces = _on_evidence(self, pieces)
        self.state_bodies: dict[int, str] = {}  # state bodies' own names: character offset where each starts, its head
        self.pieces = _state_body_names(self, self.pieces)
        self.by_start = {p.start: p for p in self.pieces}
        self.by_end = {p.end: p for p in self.pieces}
        self.covered = [False] * len(self.toks)

    def _piece(self, start: int, end: int, hits: tuple[Hit, ...]) -> _Piece | None:
        named = [h for h in hits if h.style != "sector"]
        if named:
            actor = choose_actor(self.base, [h.actor_id or "" for h in named], self.period)
            if actor is None:
                return None
            style = next(h.style for h in named if h.actor_id == actor.id)
            kind = style if style in ("adj", "capital") else _name_kind(actor)
            return _Piece(start, end, kind, actor=actor)
        return _Piece(start, end, "sector", word=hits[0].word)

    def text(self, start: int, end: int) -> str:
        return self.raw[self.toks[start].idx : self.char_end(end)]

    def char_end(self, end: int) -> int:
        last = self.toks[end - 1]
        return last.idx + len(last.text)

    def free(self, start: int, end: int) -> bool:
        return not any(self.covered[start:end])

    def cover(self, start: int, end: int) -> None:
        for k in range(start, end):
            self.covered[k] = True


def _countries_of(actor: Actor) -> set[str]:
    return {c for c in (actor.country, *(r.country for r in actor.roles)) if c}


def _on_evidence(text: _Text, pieces: list[_Piece]) -> list[_Piece]:
    """Known people linked only on evidence. A one-word name ("Morrison", "Burhan") is a famous person only
    when the document names them in full elsewhere, a title stands right before it ("Defense Secretary
    Esper"), or the document names their country; never when another first name precedes it ("TIMOTHY
    Morrison" is not Scott Morrison). A wrong famous person is worse than an unknown one: the name is then
    read as an unknown person (its sector and country from its own phrase)."""
    pieces = [p for p in pieces if not _names_feature(text, p) and not _inside_place(text, p)]
    pieces = _us_states_named(text, pieces)
    text.full_names = {p.actor.id for p in pieces if p.kind == "person" and p.actor is not None
                       and p.end - p.start >= 2}
    generic = [p for p in pieces if _generic_body(text, p)]
    text.places = {p.actor.country for p in pieces if p.actor is not None and p.actor.country
                   and p.kind in ("country", "adj", "capital", "org") and p not in generic}
    text.titled = {p.end: p.word for p in pieces if p.kind == "sector" and p.word is not None}
    text.qualified = {p.end for p in pieces if p.kind in ("country", "adj", "capital", "org", "sector")}
    kept = [p for p in pieces if (p.kind != "person" or p.actor is None or _person_ok(text, p, p.actor))
            and not _given_name(text, p, pieces)]
    text.unlinked = [(p.start, p.end) for p in pieces if p.kind == "person" and p.actor is not None
                     and p.end - p.start >= 2 and _past_namesake(text, p.start, p.actor)]
    homes = text.places | {c for p in kept if p.kind == "person" and p.actor is not None
                           and p.actor.id in text.full_names for c in _countries_of(p.actor)}
    out = []
    for piece in kept:
        body = piece.actor
        if piece.kind == "org" and body is not None:
            if _of_other_country(text, piece, kept):
                piece = _as_body(piece, body)
            elif _inside_other_name(text, piece, kept):
                continue
            elif piece in generic and body.country not in homes:
                piece = _as_body(piece, body)
        out.append(piece)
    return out


def _state_body_names(text: _Text, pieces: list[_Piece]) -> list[_Piece]:
    """"the Department of Education", "Kenya's Ministry of Interior", "the Ministry of Foreign Affairs of Ukraine": a
    capitalised head word of a state body's name (`state_body_heads.txt`), "of" and up to four capitalised words the
    tables do not know, is one body of the government (GOV), whose owner the phrase may give as for any body word;
    `_home_bodies` gives it the story's one country when none does. A name the tables know ("Department of State",
    "Ministry of Defence") keeps its piece; a department of a university or hospital (`learning_bodies.txt`) is no
    state body, nor a region ("Department of La Libertad, Peru"); four capitalised words after "of" open a longer
    name ("the Department of Conservation Alpine Rescue Team"). Not "the Interior Department": on ECB+ news such
    bodies placed by the story's country were mostly rule-making read as interactions (2 right, 4 wrong)."""
    heads = state_body_heads()
    out = list(pieces)
    for k, key in enumerate(text.keys):
        if key not in heads or not text.toks[k].text[:1].isupper() or k + 2 >= len(text.keys) \
                or text.keys[k + 1] != "of":
            continue
        end = k + 2
        while end < len(text.toks) and end - k - 2 < 4 and _capitalised(text.toks[end]):
            end += 1
        inside = [p for p in pieces if p.start < end and p.end > k]
        if end == k + 2 or end - k - 2 > 3 or any(p.start != k or p.end != k + 1 for p in inside) \
                or _of_learning(text, k, end) or _region_named(text, k + 2, end, pieces):
            continue
        out = [p for p in out if p not in inside]
        out.append(_Piece(k, end, "sector", word=SectorWord(key, "GOV", "body")))
        text.state_bodies[text.toks[k].idx] = key
    return sorted(out, key=lambda p: p.start) if text.state_bodies else pieces


def _region_named(text: _Text, start: int, end: int, pieces: list[_Piece]) -> bool:
    """"Pataz District, Department of LA LIBERTAD, Peru": a department of a country is also a region of it, named by
    a place the gazetteer knows or written in an address, before a comma and a country's name."""
    if country_of_place(text.text(start, end)) is not None:
        return True
    after = next((p for p in pieces if p.start == end + 1), None)
    return end < len(text.keys) and text.keys[end] == "," and after is not None and after.kind == "country"


def _of_learning(text: _Text, k: int, end: int) -> bool:
    """Whether a "Department of X" is a university's or hospital's: a word of `learning_bodies.txt` in its named
    entity, or in the words after it up to the next punctuation ("the Department of Physics at Stanford University")."""
    words = learning_bodies()
    ent = next((e for e in text.doc.ents if e.start <= text.toks[k].i < e.end), None)
    after = []
    for tok in text.toks[end:end + 6]:
        if not tok.is_alpha:
            break
        after.append(tok)
    return any(t.lower_ in words for t in (*(ent or ()), *after))


def _us_states_named(text: _Text, pieces: list[_Piece]) -> list[_Piece]:
    """"Atlanta, GEORGIA", "GEORGIA prosecutors" in a story of Fulton County, Ga.: a country that shares its name
    with a US state (`us_states.txt`) is the state, so an American actor, when one of its mentions is written as a
    state after a town ("Town, Georgia") or the document places itself in the United States ("Town, Ga.", a US town
    or state of the curated gazetteer in a story naming no other country: "Atlanta's Fulton County") and names
    nothing else of the country (its adjective, capital or places)."""
    named = [p for p in pieces if p.kind == "country" and p.actor is not None
             and text.text(p.start, p.end) in us_states()]
    usa = text.base.actors.get("USA")
    if not named or usa is None:
        return pieces
    codes = {p.actor.country for p in named if p.actor is not None}
    places = _places_named(text)
    if any(p.actor is not None and p.actor.country in codes and p not in named for p in pieces) \
            or places & codes:
        return pieces  # "Georgian", "Tbilisi", "Batumi": the country
    foreign = {p.actor.country for p in pieces if p.actor is not None and p not in named
               and p.kind in ("country", "adj", "capital")} - {"USA"}
    local = "USA" in places and not foreign  # a US town in a story of no other country ("Atlanta's Fulton County")
    if not any(_after_town(text, p.start) for p in named) and not local and not _us_context(text):
        return pieces
    return [replace(p, actor=usa) if p in named else p for p in pieces]


def _after_town(text: _Text, k: int) -> bool:
    """Whether a comma and a capitalised word stand right before position k ("Atlanta, | Georgia")."""
    return k >= 2 and text.keys[k - 1] == "," and _capitalised(text.toks[k - 2])


def _places_named(text: _Text) -> set[str]:
    """The countries of the towns, states and provinces the gazetteer knows among the document's capitalised
    words (runs of one or two words)."""
    found = set()
    for k, tok in enumerate(text.toks):
        if not _capitalised(tok):
            continue
        for width in (2, 1):
            if k + width <= len(text.toks) and (country := country_of_place(text.text(k, k + width))):
                found.add(country)
                break
    return found


def _us_context(text: _Text) -> bool:
    """A US state written after a town ("Fulton County, Ga.", "Troy, Mich."): the story is placed in the US."""
    states = us_states()
    return any(_after_town(text, k) and text.toks[k].text.rstrip(".") in states for k in range(len(text.toks)))


def _names_feature(text: _Text, piece: _Piece) -> bool:
    """A country, its adjective or capital naming a sea, strait, river or range ("the South China Sea", "the
    Taiwan Strait", "the Sea of Japan", "Lake Chad": `feature_words.txt`) names a place, not the country."""
    if piece.kind not in ("country", "adj", "capital"):
        return False
    words = feature_words()
    s, e = piece.start, piece.end
    if e < len(text.keys) and text.keys[e] in words:
        after = text.toks[e + 1] if e + 1 < len(text.toks) else None
        return after is None or after.pos_ not in ("NOUN", "PROPN") or not text.doc.has_annotation("TAG")
    if s >= 2 and text.keys[s - 1] == "of" and f"{text.keys[s - 2]} of" in words:
        return True
    return s >= 1 and f"{text.keys[s - 1]} _" in words and text.toks[s - 1].text[:1].isupper()


def _inside_place(text: _Text, piece: _Piece) -> bool:
    """A country or sector word inside the longer name of a place of another country that the gazetteer knows
    ("New MEXICO", "British COLUMBIA", "New South WALES", "the West BANK") names that place, not the country
    or a body; a place of its own country ("Port Sudan", "Western Australia") still says where the country is."""
    if piece.kind not in ("country", "adj", "sector"):
        return False
    toks = text.toks
    if not all(_capitalised(t) for t in toks[piece.start:piece.end]):
        return False  # every longer name holds the piece's own words
    low, high = piece.start, piece.end  # the capitalised words around it, as far as a name of 4 words reaches
    while low > max(0, piece.start - 3) and _capitalised(toks[low - 1]):
        low -= 1
    while high < min(len(toks), piece.start + 4) and _capitalised(toks[high]):
        high += 1
    own = piece.actor.country if piece.actor is not None else None
    for j in range(low, piece.start + 1):
        for k in range(piece.end, min(high, j + 4) + 1):
            if (j, k) == (piece.start, piece.end) or k - j < 2:
                continue
            country = country_of_place(text.text(j, k))
            if country is not None and country != own:
                return True
    return False


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def _generic_body(text: _Text, piece: _Piece) -> bool:
    """A national body named by a name many countries' bodies share ("House of Representatives", "State
    Council"): like a surname, it is that country's body only when the document names the country (its
    name, adjective, capital, another of its institutions, or one of its people in full)."""
    if piece.kind != "org" or piece.actor is None or not _national(text, piece.actor):
        return False
    return " ".join(text.keys[piece.start:piece.end]) in generic_bodies()


def _given_name(text: _Text, piece: _Piece, pieces: Sequence[_Piece]) -> bool:
    """"CHAD Thomas", "JORDAN Henderson", "home minister SUDAN Gurung": a country's name opening a person's
    name (one PERSON entity, the next word a capitalised name that is no known piece) is a given name, not
    the country."""
    if piece.kind != "country" or piece.end >= len(text.toks) or (piece.start > 0
                                                                  and text.toks[piece.start - 1].pos_ == "ADP"):
        return False  # "President OF Peru José Jerí", "envoy TO Ukraine Keith Kellogg": a title's country
    first, after = text.toks[piece.start], text.toks[piece.end]
    if first.ent_type_ != "PERSON" or after.ent_type_ != "PERSON" or after.ent_iob_ != "I":
        return False
    return after.is_alpha and after.text[:1].isupper() and not any(p.start == piece.end for p in pieces)


def _national(text: _Text, actor: Actor) -> bool:
    """A body of one country (not an international organization, whose code is its own)."""
    home = text.base.actors.get(actor.country or "")
    return home is not None and home.kind == "country"


def _of_other_country(text: _Text, piece: _Piece, pieces: Sequence[_Piece]) -> bool:
    """"ARGENTINA'S Congress", "the Democratic Party OF KOREA": a national body's name with another country
    as its owner names that country's body of the same kind, not the known one."""
    if piece.actor is None or not _national(text, piece.actor):
        return False
    k = piece.start - 1
    if k >= 0 and text.keys[k] in ("'s", "'"):
        k -= 1
    before = next((p for p in pieces if p.end == k + 1 and p.kind in ("country", "adj")), None)
    e = piece.end + (2 if piece.end + 1 < len(text.keys) and text.keys[piece.end + 1] == "the" else 1)
    after = next((p for p in pieces if p.start == e and p.kind == "country"), None) \
        if piece.end < len(text.keys) and text.keys[piece.end] == "of" else None
    owners = [p.actor.country for p in (before, after) if p is not None and p.actor is not None]
    return bool(owners) and all(c != piece.actor.country for c in owners)


def _as_body(piece: _Piece, actor: Actor) -> _Piece:
    """The known body read as a sector word of its kind ("Congress" → a legislature), for its owner."""
    word = SectorWord(actor.name.lower(), actor.sector or "", "body")
    return _Piece(piece.start, piece.end, "sector", word=word)


_NAME_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})
# sectors of the state: "SENATE Democrats", "the HOUSE Democratic Caucus" name a part of the known body
_STATE_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY"})


def _inside_other_name(text: _Text, piece: _Piece, pieces: Sequence[_Piece]) -> bool:
    """A known body's name inside a longer proper name is another body: "the PEOPLES Democratic Party"
    (Nigeria), "the INDIAN NATIONAL Congress", "MOBILE WORLD Congress", "the Democratic Party OF JAPAN".
    The longer name is a named entity with capitalised words of its own before the match (not a state
    office or body: "Senate Democrats"), or with a country in it that is not the body's."""
    first = text.toks[piece.start]
    if first.ent_type_ not in _NAME_LABELS:
        return False
    ent = next((e for e in first.doc.ents if e.start <= first.i < e.end), None)
    if ent is None:
        return False
    own = piece.actor.country if piece.actor is not None else None
    for token in ent:
        n = text.pos_of.get(token.i)
        if n is None or piece.start <= n < piece.end or token.lower_ == "the":
            continue
        other = next((p for p in pieces if p.start <= n < p.end and p is not piece), None)
        if other is not None and other.actor is not None:
            if other.kind in ("country", "adj") and other.actor.country != own:
                return True
        elif n < piece.start and token.is_alpha and token.text[:1].isupper() \
                and (other is None or (other.word is not None and other.word.sector not in _STATE_SECTORS)):
            return True
    return False


def _person_ok(text: _Text, piece: _Piece, actor: Actor) -> bool:
    return not _other_first_name(text, piece, actor) and _evidenced(text, actor, piece.start, piece.end) \
        and not _past_namesake(text, piece.start, actor) and not _rank_disagrees(text, piece.start, actor)


def _rank_disagrees(text: _Text, start: int, actor: Actor) -> bool:
    """"Troy police SGT. Barry Whiteside", "OFFICER Smith", "JUDGE Brown": a police, military or court title right
    before a known person's name (`rank_titles.txt`) that the person never held (a sergeant is not Fiji's minister
    of the same name) is evidence against the link, full name or surname: the name is an unknown officer."""
    if not text.evidence:
        return False
    titles = rank_titles()
    for width in (3, 2, 1):
        j = start - width
        if j < 0:
            continue
        title = " ".join(text.keys[j:start]).replace(" .", ".")
        agreeing = titles.get(title)
        if agreeing is not None and _title_opens(text, j, agreeing):
            held = {s[:3] for s in (actor.sector, *(r.sector for r in actor.roles)) if s}
            return not held & agreeing
    return False


def _past_namesake(text: _Text, start: int, actor: Actor) -> bool:
    """"Michael McDowell" in a NASCAR story, "Patrick Simmons" of the Doobie Brothers: a full name shared with
    someone known only from the Phoenix tables who holds no role at the story date (a former official of
    Ireland, of Grenada; not when the date is unknown) is that person only on evidence: the document names
    their country, or a title that agrees stands before the name ("former German President Richard von
    Weizsäcker")."""
    if not text.evidence or not text.dated or not actor.source.startswith("phoenix") or actor.roles_at(text.period):
        return False
    if text.toks[start].ent_type_ != "PERSON":
        return False  # Phoenix entries also name places and groups ("Republika Srpska")
    home = text.base.actors.get(actor.country or "")
    if home is not None and actor.name.lower() in {n.lower() for n in (home.name, *home.aliases)}:
        return False  # a Phoenix entry for a country itself ("Bosnia and Herzegovina")
    return not (_countries_of(actor) & text.places) and not _title_agrees(text, actor, start)


_TITLE_OPENERS = frozenset({"DET", "ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", "PRON", "PART", "NUM"})


def _title_opens(text: _Text, j: int, sectors: frozenset[str]) -> bool:
    """Whether a title found at j is whole: it opens the text, follows punctuation, a function word or verb, or a
    sector word of its own sectors ("Troy POLICE Sgt."); not the end of a longer title ("Chief Executive OFFICER")."""
    if j == 0:
        return True
    word = text.titled.get(j)
    if word is not None:
        return word.sector[:3] in sectors
    before = text.toks[j - 1]
    return not before.is_alpha or (text.tagged and before.pos_ in _TITLE_OPENERS)


def _evidenced(text: _Text, actor: Actor, start: int, end: int) -> bool:
    """Whether the words [start, end) may name this known person (see `_on_evidence`)."""
    if not text.evidence or end - start >= 2 or actor.id in text.full_names or _title_agrees(text, actor, start):
        return True
    if not _part_of_name(actor, text.keys[start]):
        return True  # not a part of a person's name ("Bosnian" for a Phoenix country entry, "Jokowi")
    return bool(_countries_of(actor) & text.places) or _heads_government(text, actor, end)


def fold(word: str) -> str:
    """Lower case without accents ("Novák" -> "novak"): a name as English text often writes it."""
    if word.isascii():  # NFKD leaves ASCII as it is: most words skip the decomposition
        return word.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def unaccented(word: str) -> str:
    """The word without accents, case kept ("Áñez" -> "Anez")."""
    if word.isascii():  # NFKD leaves ASCII as it is: most words skip the decomposition
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _part_of_name(actor: Actor, word: str) -> bool:
    """Whether one word is a part of the person's name of two or more words, as the tables write it. An
    alias of one word that is not ("Jokowi", "Erdogan" beside "Erdoğan") counts as a name of its own: folding
    accents here would ask for evidence for "Erdogan" too, which the quad gate's floors do not allow today
    (one sentence in each half, "Erdogan" with no context, loses its event)."""
    words = {w.lower() for w in actor.name.replace("-", " ").split()}
    return len(words) >= 2 and word.lower() in words


# sectors of public office and politics: a title of one of them agrees with a person who held any of them
_POLITICAL_SECTORS = _STATE_SECTORS | {"ELI", "OPP", "PTY"}


def _title_agrees(text: _Text, actor: Actor, start: int) -> bool:
    """"Defense Secretary Esper", "army chief Burhan": a title right before a one-word name is evidence
    when it agrees with what the person is; "the imam Bukhari" is not President Buhari."""
    word = text.titled.get(start)
    if word is None:
        return False
    title = word.sector[:3]
    held = {s[:3] for s in (actor.sector, *(r.sector for r in actor.roles)) if s}
    return not title or title in held or (title in _POLITICAL_SECTORS and bool(held & _POLITICAL_SECTORS))


GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "cabinet"})


def _heads_government(text: _Text, actor: Actor, end: int) -> bool:
    """"the TRUMP ADMINISTRATION", "Putin's government": a government named after the person is a role that
    agrees, when the person has held a government role (an unknown Morrison heads no administration)."""
    k = end + 1 if end < len(text.keys) and text.keys[end] in ("'s", "'") else end
    if k >= len(text.keys) or text.keys[k] not in GOVERNMENT_NOUNS:
        return False
    return any((role.sector or "").startswith("GOV") for role in actor.roles)


def _other_first_name(text: _Text, piece: _Piece, actor: Actor) -> bool:
    """"TIMOTHY Morrison", "Novak DJOKOVIC": a capitalised name word right before the match, or right after a
    one-word part of a name, in the same PERSON entity and not in the person's name: someone else who shares
    one name."""
    if text.toks[piece.start].ent_type_ != "PERSON":
        return _name_goes_on_in_entity(text, piece, actor)
    known = {fold(w) for name in (actor.name, *actor.aliases) for w in name.replace("-", " ").split()}
    after = piece.end - piece.start == 1 and _part_of_name(actor, text.keys[piece.start])
    for k in (piece.start - 1, piece.end) if after else (piece.start - 1,):
        if k < piece.start and piece.start in text.qualified:
            continue  # "CHADIAN Moussa Faki": a nationality or title, not a first name
        if 0 <= k < len(text.toks) and text.toks[k].ent_type_ == "PERSON" and (k < piece.start
                                                                                or text.toks[k].ent_iob_ == "I"):
            word = text.toks[k].text
            if word[:1].isupper() and word.isalpha() and fold(word) not in known:
                return True
    return False


def _name_goes_on_in_entity(text: _Text, piece: _Piece, actor: Actor) -> bool:
    """"Novak DJOKOVIC" tagged as an organisation: a one-word part of a known person's name followed, in the same
    named entity, by a capitalised word that is not in the person's names (nor "Administration" as in "the Trump
    Administration") is part of another name. Accents are folded here ("Novak" is a part of "Katalin Novák")."""
    k = piece.end
    words = {fold(w) for w in actor.name.replace("-", " ").split()}
    if piece.end - piece.start != 1 or k >= len(text.toks) or len(words) < 2 \
            or fold(text.keys[piece.start]) not in words or _qualified(text, piece.start):
        return False  # "SERBIA'S Novak Djokovic": a nationality before the name is for `_foreign_namesake`
    first, after = text.toks[piece.start], text.toks[k]
    if not first.ent_type_ or after.ent_iob_ != "I" or after.ent_type_ != first.ent_type_:
        return False
    known = {fold(w) for name in (actor.name, *actor.aliases) for w in name.replace("-", " ").split()}
    return after.text[:1].isupper() and after.is_alpha and fold(after.text) not in known \
        and text.keys[k] not in GOVERNMENT_NOUNS


def _qualified(text: _Text, k: int) -> bool:
    """Whether a nationality, title or body stands right before position k, or before "'s" there."""
    return k in text.qualified or (k > 0 and text.keys[k - 1] in ("'s", "'") and k - 1 in text.qualified)


def _name_kind(actor: Actor) -> str:
    return {"person": "person", "country": "country"}.get(actor.kind, "org")


def choose_actor(base: ActorBase, ids: Sequence[str], period: Period) -> Actor | None:
    """Among actors sharing a name, prefer one holding a role then, then a curated (non-Phoenix) one."""
    actors = [base.actors[i] for i in dict.fromkeys(ids) if i in base.actors]
    if len(actors) <= 1:
        return actors[0] if actors else None

    def score(actor: Actor) -> tuple[int, int]:
        return (1 if actor.roles_at(period) else 0, 0 if actor.source.startswith("phoenix") else 1)

    return max(actors, key=score)


# ---- extending a phrase to the left and right ------------------------------------------------------
def _owner_before(text: _Text, piece: _Piece) -> str:
    """How a country/org piece relates to what follows: "of" (owner), "to" (destination) or "" (adjacent)."""
    k = piece.start - 1
    if k >= 0 and text.keys[k] == "the":
        k -= 1
    return text.keys[k] if k >= 0 and text.keys[k] in ("of", "to") else ""


def _extend_left(text: _Text, phrase: _Phrase, person_anchor: bool) -> None:
    """Take titles, nationality, modifiers and determiners on the left of an anchor."""
    i = phrase.start
    if person_anchor:
        i = _of_to_chain(text, phrase, _left_apposition(text, i))
    start, gap_ok = i, True
    while i > 0:
        piece = text.by_end.get(i)
        key = text.keys[i - 1]
        solid = bool(phrase.heads or phrase.owner or person_anchor)
        if piece and piece.kind == "sector" and not phrase.owner and text.free(piece.start, piece.end):
            phrase.heads.insert(0, (piece, text.text(piece.start, piece.end)))
            i = start = piece.start
        elif key == "and" and _office_head(phrase) and _head_ends_at(text, i - 1, office=True):
            i -= 1
        elif piece and not phrase.owner and text.free(piece.start, piece.end) and _topic(text, piece, phrase):
            i = start = piece.start  # "a RUSSIA expert": the country is the subject studied, not the owner
        elif piece and piece.kind in ("adj", "country", "org") and not phrase.owner and solid \
                and text.free(piece.start, piece.end) and (piece.kind == "adj" or _owner_ok(text, piece, phrase,
                                                                                           person_anchor)):
            phrase.owner = piece
            i = start = piece.start
        elif key in ("'s", "'") and (prev := text.by_end.get(i - 1)) and prev.kind in ("country", "org") \
                and not phrase.owner and solid:
            phrase.owner = prev
            i = start = prev.start
        elif key in title_suffixes() and _head_ends_at(text, i - 1, office=True):
            phrase.former = True  # "President-ELECT Donald Trump": not in office yet
            i -= 1
        elif key in text.base.modifiers or key in text.base.determiners:
            phrase.former = phrase.former or text.base.modifiers.get(key) == "ELI"
            i -= 1
            start = i if solid and (phrase.heads or phrase.owner) else start
        elif person_anchor and gap_ok and not phrase.heads and not phrase.owner \
                and (demonym := _demonym_before_occupation(text, i)) is not None:
            gap_ok, phrase.owner = False, demonym  # "WHITE HOUSE adviser X": of the body's country
            i = start = demonym.start
        elif gap_ok and phrase.heads and (not person_anchor or _office_head(phrase)) \
                and (gap := _title_gap(text, i, _body_head(phrase), _office_head(phrase), strict=person_anchor)):
            gap_ok, phrase.gapped = False, True
            i = gap
        else:
            break
    phrase.start = min(phrase.start, start)


def _demonym_before_occupation(text: _Text, i: int) -> _Piece | None:
    """"WHITE HOUSE senior adviser X", "FBI director X", "KREMLIN aide X": a seat of government or a known state body of
    one country, then one or two lower-case words the tables do not know (an occupation, a noun last), right before a
    name: the person is of that country, with the body's own sector (no sector for a seat of government). Not a
    nationality: on non-gold news "Ethiopian merchant vessel Gibe" (a ship tagged a person) was as common as a right
    one ("Bangladeshi chief adviser X"); not a country's name ("a China scholar" is of the subject studied)."""
    for width in (1, 2):
        k = i - width
        words = text.toks[k:i]
        if k < 1 or not all(t.is_alpha and t.text.islower() and (not text.tagged or t.pos_ == "NOUN"
                                                                  or t.lower_ in text.base.modifiers) for t in words) \
                or (text.tagged and words[-1].pos_ != "NOUN") or not text.free(k, i) \
                or any(j in text.by_start or j + 1 in text.by_end for j in range(k, i)):
            return None
        piece = text.by_end.get(k)
        if piece is not None and text.free(piece.start, piece.end) and (piece.kind == "capital"
                                                                         or _state_body(text, piece)):
            return piece
    return None


def _state_body(text: _Text, piece: _Piece) -> bool:
    """A known body of one country's state ("the Pentagon", "the Bundestag")."""
    actor = piece.actor
    return piece.kind == "org" and actor is not None and _national(text, actor) \
        and (actor.sector or "")[:3] in _STATE_SECTORS


# sectors of people who study or report on a country: "a CHINA scholar", "a Russia expert", "our Africa
# correspondent" are of the subject they study, not of the country named
_STUDY_SECTORS = frozenset({"EDU", "MED"})


def _topic(text: _Text, piece: _Piece, phrase: _Phrase) -> bool:
    """"a CHINA scholar", "a Russia analyst": a country's name (not its adjective, not an abbreviation such as
    "US", which is said as an adjective) right before a word for a scholar, analyst or reporter names what they
    study; "a Chinese scholar" and "US analysts" are of the country. Read for a description standing alone; in an
    apposition after a name ("X, a China scholar") it is not applied yet: measured, the unplaced scholar let the
    coder keep an event between two unplaced actors (real-news tune precision .806 -> .798)."""
    head = phrase.heads[0][0] if phrase.heads else None
    word = head.word if head is not None else None
    if piece.kind != "country" or head is None or word is None or head.start != piece.end \
            or word.kind != "person" or word.sector[:3] not in _STUDY_SECTORS:
        return False
    written = text.text(piece.start, piece.end).replace(".", "")
    return not written.isupper()


def _owner_ok(text: _Text, piece: _Piece, phrase: _Phrase, person_anchor: bool) -> bool:
    """A country or organization right before a group noun owns it, also after "of" ("the deployment of NATO
    peacekeeping troops"); before a person's name, "of X" belongs to the title ("Minister of X")."""
    relation = _owner_before(text, piece)
    return not relation or (relation == "of" and bool(phrase.heads) and not person_anchor)


def _left_apposition(text: _Text, i: int) -> int:
    """"his Kazakh counterpart, Kassym-Jomart Tokayev", "Britain's ambassador to China, Barbara Woodward": a
    title (with its "of X" and "to Y") and a comma before a name join it."""
    if i > 1 and text.keys[i - 1] == "," and (_head_ends_at(text, i - 1)
                                              or _of_to_chain(text, _Phrase(i, i), i - 1) != i - 1):
        return i - 1
    return i


def _of_to_chain(text: _Text, phrase: _Phrase, i: int) -> int:
    """"Ambassador of Kazakhstan to China <Name>": an office, its country ("of") and destination ("to")."""
    j, owner = i, None
    for relation in ("to", "of"):
        piece = text.by_end.get(j)
        if piece and piece.kind in ("country", "org") and _owner_before(text, piece) == relation:
            j = piece.start - (2 if text.keys[piece.start - 1] == "the" else 1)
            owner = piece if relation == "of" else owner
    head = text.by_end.get(j)
    if j == i or head is None or not _head_ends_at(text, j, office=True):
        return i
    phrase.owner = owner
    phrase.heads.insert(0, (head, text.text(head.start, head.end)))
    return head.start


def _head_ends_at(text: _Text, i: int, office: bool = False) -> bool:
    piece = text.by_end.get(i)
    ok = bool(piece and piece.kind == "sector" and text.free(piece.start, piece.end))
    return ok and (not office or bool(piece and piece.word and piece.word.kind == "office"))


def _title_gap(text: _Text, i: int, body: bool = False, office: bool = False, strict: bool = False) -> int:
    """Position before up to two capitalized unknown words that follow a nationality (Kazakh Middle Schools).
    Before a body word they may be lower-case nouns naming its field, and the owner may be a country in the
    genitive: "the Chinese COMMERCE ministry", "Turkey's STATE NEWS agency" are still that country's bodies.
    Before an office, nouns that modify it ("Brazil's ENVIRONMENT minister", `_field_word`) bridge too, and only
    they before a title that opens a person's name (`strict`). Adjectives do not bridge: measured, they cost a
    PLOVER check source country (.900 -> .887); "Iraq's SUNNI vice-president" is said of a person, not an office."""
    fields = True  # every word bridged so far modifies the office as a noun
    for width in (1, 2):
        k = i - width
        tok = text.toks[k] if k > 0 else None
        field = tok is not None and _field_word(text, tok, office)
        fields = fields and field
        if tok is None or k in text.by_start or not tok.is_alpha \
                or not (field or (not strict and _gap_word(tok, body))):
            return 0
        owner = text.by_end.get(k)
        if owner and owner.kind in ("adj", "country"):
            return k
        if (body or (office and fields)) and text.keys[k - 1] in ("'s", "'") \
                and (prev := text.by_end.get(k - 1)) and prev.kind == "country":
            return k
    return 0


def _gap_word(tok: Token, body: bool) -> bool:
    """A capitalized word, or before a body word a lower-case noun (the tagger calls some PROPN)."""
    return tok.text[:1].isupper() or (body and tok.pos_ in ("NOUN", "PROPN"))


def _field_word(text: _Text, tok: Token, office: bool) -> bool:
    """Before an office, a noun modifying it that names its field ("Brazil's ENVIRONMENT minister", "Argentine
    SECURITY minister Patricia Bullrich", "United States DISTRICT Judge"): a compound of the title in the parse, not
    a noun of its own ("a court in Mali SENTENCES former prime minister Moussa Mara")."""
    return office and text.parsed and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "compound"


def _body_head(phrase: _Phrase) -> bool:
    word = phrase.heads[0][0].word if phrase.heads else None
    return word is not None and word.kind == "body"


def _office_head(phrase: _Phrase) -> bool:
    return any(p.word and p.word.kind == "office" for p, _ in phrase.heads)


def _extend_right(text: _Text, phrase: _Phrase) -> None:
    e = phrase.end
    while e < len(text.toks):
        key = text.keys[e]
        nxt = e + 2 if e + 1 < len(text.keys) and text.keys[e + 1] == "the" else e + 1
        piece = text.by_start.get(nxt)
        if key == "for" and _speaks_for(phrase) and piece and piece.kind in ("country", "org") \
                and text.free(nxt, piece.end):
            phrase.owner, e = piece, piece.end  # "a spokesperson FOR the British Foreign Office"
        elif key in ("of", "to") and piece and piece.kind in ("country", "org", "adj") and text.free(nxt, piece.end):
            if key == "of" and phrase.owner is None:
                phrase.owner = piece
                phrase.named_body = piece.kind == "adj" and _opens_name(text, piece.end)
            elif key == "to" and not _office_head(phrase):
                break
            e = piece.end
        elif key == "of" and (plural := _plural_owner(text, e + 1)):
            e = plural
        elif key in title_suffixes() and phrase.heads and _office_head(phrase) and e == phrase.heads[-1][0].end:
            phrase.former, e = True, e + 1  # "the President-ELECT", "prime minister-DESIGNATE": not in office yet
        elif (head := text.by_start.get(e)) and head.kind == "sector" and not phrase.person_span \
                and phrase.person is None and text.free(head.start, head.end):
            phrase.heads.append((head, text.text(head.start, head.end)))
            e = head.end
        else:
            break
    phrase.end = e


def _opens_name(text: _Text, k: int) -> bool:
    """Whether a capitalised word that is no known piece follows: a nationality opening a body's name."""
    return k < len(text.toks) and text.toks[k].text[:1].isupper() and text.toks[k].is_alpha and k not in text.by_start


def _speaks_for(phrase: _Phrase) -> bool:
    """A government's people-word (spokesman, official) with no owner yet: "for X" names whom it serves."""
    word = phrase.heads[-1][0].word if phrase.heads else None
    return phrase.owner is None and word is not None and word.kind == "person" and word.sector == "GOV"


def _plural_owner(text: _Text, k: int) -> int:
    """End of "the two countries" / "both sides" after "of"; 0 if absent."""
    while k < len(text.keys) and (text.keys[k] in text.base.determiners or text.toks[k].like_num):
        k += 1
    return k + 1 if k < len(text.keys) and text.keys[k] in _PLURAL_OWNERS else 0


def _right_apposition(text: _Text, phrase: _Phrase) -> None:
    """", a Kazakh composer" / ", chairman of the NPC" after a name: join it and take what it says."""
    e = phrase.end
    if e >= len(text.keys) or text.keys[e] != ",":
        return
    k = _apposition_start(text, e + 1)
    probe = _Phrase(k, k)
    k = _past_modifiers(text, k, probe)
    piece = text.by_start.get(k)
    if piece and piece.kind in ("adj", "country", "org") and text.free(piece.start, piece.end):
        probe.owner, k = piece, piece.end
        if piece.kind != "adj" and k < len(text.keys) and text.keys[k] in ("'s", "'"):
            k = _past_modifiers(text, k + 1, probe)  # ", Kenya's (new) interior minister,": owner in the genitive
        k = _field_gap(text, k)
    probe.end = k
    while (head := text.by_start.get(probe.end)) and head.kind == "sector" and text.free(head.start, head.end):
        probe.heads.append((head, text.text(head.start, head.end)))
        probe.end = head.end
    if not probe.heads:
        return
    if probe.end < len(text.toks) and _name_goes_on(text, probe.end):
        return
    _extend_right(text, probe)
    if probe.end < len(text.toks) and _starts_name(text, probe.end):
        return
    phrase.end = probe.end
    phrase.owner = phrase.owner or probe.owner
    phrase.heads = phrase.heads or probe.heads
    phrase.named_body = phrase.named_body or probe.named_body
    phrase.former = phrase.former or probe.former


def _past_modifiers(text: _Text, k: int, probe: _Phrase) -> int:
    """The position after the determiners and modifiers at `k` (", THE FORMER Kenyan minister", ", Hong Kong's NEW
    police commissioner"): a modifier of a former office ("former", "ex") makes the apposition's title a past one,
    as it does before a name (`_extend_left`)."""
    while k < len(text.keys) and (text.keys[k] in text.base.determiners or text.keys[k] in text.base.modifiers):
        probe.former = probe.former or text.base.modifiers.get(text.keys[k]) == "ELI"
        k += 1
    return k


# ", who is the director of ...", ", who was Brazil's ...": a relative clause that says what a person named is or was
_RELATIVE_APPOSITIONS = frozenset({("who", "is"), ("who", "was"), ("who", "has", "been"), ("who", "had", "been")})


def _apposition_start(text: _Text, k: int) -> int:
    """Where the description after a name's comma begins: past an age (", 54, a Brazilian senator") and past
    "who is"/"who was" (", who was the head of Brazil's federal police")."""
    if k + 1 < len(text.toks) and text.toks[k].like_num and text.keys[k + 1] == ",":
        k += 2
    for words in _RELATIVE_APPOSITIONS:
        if tuple(text.keys[k:k + len(words)]) == words:
            return k + len(words)
    return k


def _field_gap(text: _Text, k: int) -> int:
    """After a nationality or a country in the genitive, up to two lower-case nouns naming an office's or a body's
    field that no piece explains (", Brazil's ENVIRONMENT minister,", ", the Iraqi OIL ministry's spokesman"): the
    position of the title after them, else `k` unchanged."""
    for width in (1, 2):
        head = text.by_start.get(k + width)
        if any(j in text.by_start or not text.toks[j].is_alpha or text.toks[j].pos_ != "NOUN"
               or text.toks[j].dep_ != "compound" or not text.toks[j].text.islower()
               for j in range(k, min(k + width, len(text.toks)))):
            return k
        if head is not None and head.kind == "sector" and head.word is not None \
                and head.word.kind in ("office", "body"):
            return k + width
    return k


def _name_goes_on(text: _Text, k: int) -> bool:
    """", a NATIONAL Security Council expert": a capitalised word before another is part of a proper name, not
    a description of the person."""
    before, after = text.toks[k - 1], text.toks[k]
    return before.text[:1].isupper() and after.text[:1].isupper() and after.is_alpha


def _starts_name(text: _Text, k: int) -> bool:
    piece = text.by_start.get(k)
    return bool(piece and piece.kind == "person") or text.toks[k].ent_type_ == "PERSON"


# ---- turning phrases into references ---------------------------------------------------------------
def _owner_code(text: _Text, owner: _Piece | None) -> tuple[str | None, str | None, bool]:
    """(country, sector, is_igo) of an owner piece at the story date."""
    if owner is None or owner.actor is None:
        return None, None, False
    ref = text.base.ref(owner.actor, text.period)
    return ref.country, ref.sector, owner.actor.kind == "org"


def _sector_of(text: _Text, phrase: _Phrase) -> tuple[str | None, str | None]:
    """(country, sector) that the owner and the last sector word give together."""
    country, owner_sector, igo = _owner_code(text, phrase.owner)
    country = country or phrase.place
    word = phrase.heads[-1][0].word if phrase.heads else None
    if word is None:  # "FORMER FBI director James Comey" (`_demonym_before_occupation`): no longer of the body
        return country, "ELI" if phrase.former and phrase.person_span is not None and owner_sector else owner_sector
    if word.prefix:
        return word.sector + (country or "") + (owner_sector or ""), None
    sector: str | None = word.sector
    if text.base.petrarch:  # agents compose ("White House" USAGOV + "officials" GOV: USAGOV, not USAGOVGOV)
        owned = owner_sector or ""
        sector = owned if owned.endswith(word.sector) else owned + word.sector
    elif igo and sector == "GOV":
        sector = owner_sector
    if phrase.former and word.kind == "office":
        sector = "ELI"
    if phrase.named_body:
        sector = None  # "the president of the American Farm Bureau Federation": of that body, not the state
    return country, sector


def _role_text(phrase: _Phrase) -> str | None:
    if not phrase.heads:
        return None
    piece, written = phrase.heads[-1]
    word = piece.word
    if word and word.kind == "office" and word.offices:
        return word.offices[0]
    return written.lower() if word and word.kind == "person" else None


def _phrase_ref(text: _Text, phrase: _Phrase, earlier: Sequence[ActorRef]) -> ActorRef:
    start, end = text.toks[phrase.start].idx, text.char_end(phrase.end)
    written = text.raw[start:end]
    if phrase.person is not None:
        ref = text.base.ref(phrase.person, text.period, written, start, end)
        if text.base.petrarch and phrase.heads and not ref.sector:  # "Bree Prime Minister Romendacil": BREGOV
            ref = ActorRef(ref.text, ref.start, ref.end, ref.actor_id, ref.name, ref.country,
                           _sector_of(text, phrase)[1], ref.role)
        return _serving(text, phrase, ref)
    country, sector = _sector_of(text, phrase)
    if phrase.person_span is not None:
        name = text.text(*phrase.person_span)
        return ActorRef(written, start, end, None, name, country, sector, _role_text(phrase))
    holder = _office_holder(text, phrase, country, earlier)
    if holder is not None:
        ref = text.base.ref(holder, text.period, written, start, end)
        if ref.country == country:
            return ref
    return ActorRef(written, start, end, None, None, country, sector, _role_text(phrase))


def _serving(text: _Text, phrase: _Phrase, ref: ActorRef) -> ActorRef:
    """"U.N. mediator Diego Cordovez", "EU foreign policy chief Josep Borrell" a week before he took the post: a
    known person whose title the text gives as an international organization's acts for that organization in the
    story, whatever the tables say they held then (a national office, or none). Not a former title ("former UN
    envoy"), not a national body's (that names another person: `_foreign_namesake`)."""
    owner = phrase.owner
    if owner is None or owner.actor is None or owner.kind != "org" or not phrase.heads or phrase.former \
            or text.base.petrarch or _national(text, owner.actor):
        return ref
    country, sector = _sector_of(text, phrase)
    if not country or country == ref.country:
        return ref
    return ActorRef(ref.text, ref.start, ref.end, ref.actor_id, ref.name, country, sector, _role_text(phrase))


def _office_holder(text: _Text, phrase: _Phrase, country: str | None, earlier: Sequence[ActorRef]) -> Actor | None:
    """The person an office phrase names at the story date ("the Kazakh president", "his counterpart"). An
    office of one of a country's bodies ("the DHS secretary", "the White House chief of staff") is that body's,
    not the country's office of the same title (the Secretary of State, the army's Chief of Staff). An office
    of a town, state or province ("the Ontario premier", "the New York attorney general") is not the nation's."""
    if country is None or phrase.former or not phrase.heads or phrase.named_body or phrase.local or phrase.gapped \
            or _predicated(text, phrase) or _office_goes_on(text, phrase.end):
        return None
    word = phrase.heads[-1][0].word
    if word is None:
        return None
    offices: Sequence[str] = word.offices
    if word.kind == "counterpart":
        offices = _counterpart_offices(text.base, earlier)
    elif word.kind != "office" or (len(phrase.heads) > 1 and not _office_head(phrase)):
        return None
    holder = text.base.holder(country, offices, text.period) if offices else None
    if holder is not None and _body_owned(text, phrase) and not _heads_body(holder, phrase, text.period):
        return None
    return holder


def _office_goes_on(text: _Text, k: int) -> bool:
    """"United States Secretary OF HOMELAND SECURITY Kristi Noem": a title followed by "of" or "for" and a
    capitalised name the tables do not know names a more particular office than the title word, whose holder
    is not the holder of any office the word stands for (the Secretary of State): no one is linked on that word."""
    if k >= len(text.toks) or text.keys[k] not in ("of", "for"):
        return False
    k += 2 if k + 1 < len(text.keys) and text.keys[k + 1] == "the" else 1
    return k < len(text.toks) and k not in text.by_start and text.toks[k].is_alpha and text.toks[k].text[:1].isupper()


def _heads_body(holder: Actor, phrase: _Phrase, period: Period) -> bool:
    """Whether the office the holder held then is the owner body's ("Commander of the Rapid Support Forces" for
    "the RSF commander"); "Secretary of State" is not the DHS secretary."""
    body = phrase.owner.actor if phrase.owner is not None else None
    names = [n.lower() for n in (body.name, *body.aliases) if len(n) > 2] if body is not None else []
    return any(n in (role.office or "").lower() for role in holder.roles_at(period) for n in names)


def _predicated(text: _Text, phrase: _Phrase) -> bool:
    """"X is sworn in AS President of Malawi", "X became the President of Malawi": an office said of someone
    (a predicate, or the object of "as") is the role they take, not the person who held it before."""
    if not text.parsed:
        return False
    token = text.toks[phrase.heads[-1][0].end - 1]
    return token.dep_ in ("attr", "oprd") or (token.dep_ == "pobj" and token.head.lower_ == "as")


def _body_owned(text: _Text, phrase: _Phrase) -> bool:
    owner = phrase.owner
    return owner is not None and owner.kind == "org" and owner.actor is not None and _national(text, owner.actor)


def _counterpart_offices(base: ActorBase, earlier: Sequence[ActorRef]) -> list[str]:
    """The offices of the nearest earlier person in the sentence, widened through the sector words."""
    for ref in reversed(earlier):
        if ref.role and ref.actor_id:
            out: list[str] = []
            for office in ref.role.split(", "):
                word = base.sector_words.get(office.lower())
                out.extend(word.offices if word and word.offices else [office])
            return out
    return []


# ---- the passes --------------------------------------------------------------------------------------
def _inside_longer_name(text: _Text, span: tuple[int, int]) -> bool:
    """A PERSON entity that is only part of a longer known name ("The Shire", "the Red Cross") is that name."""
    return any(p.kind in ("org", "country") and p.start <= span[0] and span[1] <= p.end
               and p.end - p.start > span[1] - span[0] for p in text.pieces)


def _person_anchors(text: _Text) -> list[_Phrase]:
    """Named people: base people, then PERSON entities that no piece explains (kept as new actors)."""
    anchors = [_Phrase(p.start, p.end, person=p.actor) for p in text.pieces if p.kind == "person"]
    # full names of people who are not the namesake the tables know ("Frans Timmermans" with no evidence)
    anchors += [_Phrase(start, end, person_span=(start, end)) for start, end in text.unlinked]
    taken = {k for a in anchors for k in range(a.start, a.end)}
    for ent in text.doc.ents:
        if ent.label_ != "PERSON":
            continue
        span = _name_tokens(text, ent.start, ent.end)
        if span is None or any(k in taken for k in range(*span)) or _inside_longer_name(text, span):
            continue
        person = _fuzzy_person(text, text.text(*span))
        if person is not None and (not _evidenced(text, person, *span) or _past_namesake(text, span[0], person)
                                   or _rank_disagrees(text, span[0], person)):
            person = None
        person = person or _middle_name_dropped(text, *span)
        if person is not None and _rank_disagrees(text, span[0], person):
            person = None
        anchors.append(_Phrase(*span, person=person, person_span=None if person else span))
        taken.update(range(*span))
    anchors.sort(key=lambda a: a.start)
    return anchors


def _name_tokens(text: _Text, ent_start: int, ent_end: int) -> tuple[int, int] | None:
    """Token positions of an entity's name, without leading pieces (titles, nationalities) or "'s"."""
    positions = [text.pos_of[i] for i in range(ent_start, ent_end) if i in text.pos_of]
    if not positions:
        return None
    start, end = positions[0], positions[-1] + 1
    while start < end and (piece := text.by_start.get(start) or _piece_over(text, start)) and piece.end <= end:
        start = piece.end
    while end > start and text.keys[end - 1] in ("'s", "'"):
        end -= 1
    if start >= end or not text.toks[start].text[:1].isupper():
        return None
    if any(p.kind == "sector" and p.start < end and p.end > start for p in text.pieces):
        return None
    return start, end


def _piece_over(text: _Text, k: int) -> _Piece | None:
    """A title's piece that begins before position k and covers it: "Minister of TRANSPORT Roman Starovoyt", where the
    tagger's PERSON entity begins inside the title, whose words are no part of the name."""
    if k == 0 or not text.toks[k - 1].is_alpha:
        return None
    return next((p for p in text.pieces if p.start < k < p.end and p.kind == "sector"), None)


def _middle_name_dropped(text: _Text, start: int, end: int) -> Actor | None:
    """"former president Carlos Menem" in a story naming Argentina: a name of two words that are the first and
    last words of one known person's longer name ("Carlos Saul Menem") is that person, on evidence only (the
    document names their country, or a title that agrees stands before the name): "John Smith" is not every
    John Paul Smith."""
    if not text.evidence or end - start != 2:
        return None
    found = text.base.short_names().get((fold(text.keys[start]), fold(text.keys[end - 1])))
    actor = text.base.actors.get(found or "")
    if actor is None:
        return None
    if _countries_of(actor) & text.places or _title_agrees(text, actor, start):
        return actor
    return None


def _fuzzy_person(text: _Text, name: str) -> Actor | None:
    """A base person whose name is spelled a little differently ("Kasym-Jomart Tokaiev"). A one-word name is
    too short to be a spelling variant of someone famous ("Guido" is not Guaidó, "Range" not Rangel)."""
    from rapidfuzz import fuzz, process

    choices = text.base.fuzzy_index().get(name[:1].lower())
    if not choices or len(name) < 5 or len(name.replace("-", " ").split()) < 2:
        return None
    found = process.extractOne(name.lower(), text.base.fuzzy_aliases(name[:1].lower()), scorer=fuzz.ratio,
                               score_cutoff=88)
    if not found or not _same_name_ends(name.lower(), found[0]):
        return None
    return text.base.actors[choices[found[0]]]


def _same_name_ends(name: str, alias: str) -> bool:
    """A spelling variant keeps both ends of the name close ("Kasym-Jomart TOKAEV" ~ "Kassym-Jomart
    TOKAYEV", "Laurent Gbago" ~ "Laurent Gbagbo"; the middle may vary more: "bin MOHAMED" ~ "Bin MUHAMMAD"):
    a shared first name with another family name is someone else ("Mohamed AMRA" is not "Mohamed DAMBA",
    though the whole strings are close), and in a short word one letter makes another name ("John McFEE" is
    not John McNEE, "David LAW" not David LAWS). Initials do not count ("William Barr" is William P. Barr)."""
    words, known = _name_words(name), _name_words(alias)
    return bool(words and known) and _variant(words[0], known[0]) and _variant(words[-1], known[-1])


def _name_words(name: str) -> list[str]:
    """The words of a name without initials ("William P. Barr" is "William Barr")."""
    return [w for w in name.replace("-", " ").split() if len(w.strip(".")) > 1]


def _variant(word: str, known: str) -> bool:
    from rapidfuzz import fuzz

    return word == known or (min(len(word), len(known)) >= 4 and fuzz.ratio(word, known) >= 85)


def _build(text: _Text, phrase: _Phrase, person_anchor: bool) -> _Phrase:
    name = (phrase.start, phrase.end)
    _extend_left(text, phrase, person_anchor)
    if person_anchor:
        _extend_right_owner_only(text, phrase)
        _right_apposition(text, phrase)
        if _foreign_namesake(text, phrase):
            phrase.person, phrase.person_span = None, name
    else:
        _extend_right(text, phrase)
    if phrase.heads:
        _place_of_office(text, phrase)
        _local_seat(text, phrase)
    text.cover(phrase.start, phrase.end)
    return phrase


def _local_seat(text: _Text, phrase: _Phrase) -> None:
    """Places of local bodies the gazetteer cannot give (issue 13): an office only the US has, a body seated in
    "Town, State"."""
    _american_office(text, phrase)
    _seat_in_us_town(text, phrase)
    _town_seat(text, phrase)


def _town_seat(text: _Text, phrase: _Phrase) -> None:
    """"TROY police Sgt.", "police in PALMER": a seated body or officer (`_seated`) named with a town takes the town's
    country, from the towns of GeoNames (`towns.tsv`) when the curated gazetteer does not know it. Town names are
    often surnames and words ("Palmer", "Reading"), so only a whole run of proper nouns right before the body, or
    after its "in" and ending there, counts; a run opening a sentence must be a place. A body whose own word is
    capitalised is a proper name, often after a county or region the towns do not hold ("Surrey Police" is
    England's, not Surrey's in Canada), so it is not placed by a town before it."""
    word = phrase.heads[-1][0].word if phrase.heads else None
    if phrase.owner is not None or phrase.place is not None or word is None or not _seated(word):
        return
    k = phrase.start
    while k > 0 and text.keys[k - 1] in text.base.place_levels:
        k -= 1
    j = k
    while j > 0 and k - j < 3 and _proper(text, j - 1):
        j -= 1
    named = _capitalised(text.toks[phrase.heads[-1][0].start])  # "SURREY POLICE": a force named after a county
    if j < k and not named and not (j > 0 and _capitalised(text.toks[j - 1])) and (country := _town_at(text, j, k)):
        phrase.place, phrase.start, phrase.local = country, j, True
        return
    e = phrase.end
    if e + 1 < len(text.keys) and text.keys[e] == "in":
        stop = e + 1
        while stop < len(text.toks) and stop - e <= 3 and _proper(text, stop):
            stop += 1
        if stop > e + 1 and (stop == len(text.toks) or not _capitalised(text.toks[stop])) \
                and (country := _town_at(text, e + 1, stop)):
            phrase.place, phrase.local = country, True


def _proper(text: _Text, k: int) -> bool:
    """A capitalised word tagged a proper noun (any capitalised word when the text is not tagged), not a piece."""
    tok = text.toks[k]
    return _capitalised(tok) and (not text.tagged or tok.pos_ == "PROPN") and text.free(k, k + 1) \
        and k not in text.by_start


def _town_at(text: _Text, start: int, end: int) -> str | None:
    """The country of the town named by the words [start, end); a town opening a sentence must be tagged a place."""
    first = text.toks[start]
    if first.is_sent_start and first.ent_type_ not in ("GPE", "LOC"):
        return None
    return country_of_town(text.text(start, end))


def _seat_in_us_town(text: _Text, phrase: _Phrase) -> None:
    """"a judge in Fulton County, GA.", "police in Palmer, ALASKA": a seated body or officer (`_seated`) followed by
    "in", a place of up to four capitalised words, a comma and a US state (`us_states.txt`, as AP and the Postal
    Service write it) sits in that US town, which the gazetteer need not know."""
    word = phrase.heads[-1][0].word if phrase.heads else None
    e = phrase.end
    if phrase.owner is not None or phrase.place is not None or word is None or not _seated(word) \
            or e + 1 >= len(text.keys) or text.keys[e] != "in":
        return
    j = e + 1
    while j < len(text.toks) and j - e <= 4 and _capitalised(text.toks[j]):
        j += 1
    if j > e + 1 and j + 1 < len(text.toks) and text.keys[j] == "," \
            and text.toks[j + 1].text.rstrip(".") in us_states() and _state_ends(text, j + 1):
        phrase.place, phrase.local = "USA", True


def _state_ends(text: _Text, k: int) -> bool:
    """Whether the state word at k ends the place ("Troy, Mich., police", "Atlanta, Georgia."), not a name's first
    word ("Paris, Texas Rangers ...")."""
    return k + 1 >= len(text.toks) or not _capitalised(text.toks[k + 1])


def _american_office(text: _Text, phrase: _Phrase) -> None:
    """"the Bristol DISTRICT ATTORNEY'S office", "DISTRICT ATTORNEY Paul Howard": an office only the United
    States has (`us_only_offices.txt`) is American, whichever town names it and when no place does; not when a
    country owns it in the text."""
    if phrase.owner is not None:
        return
    k = phrase.start
    while k > 0 and text.keys[k - 1] in text.base.place_levels:  # "DISTRICT Attorney Paul Howard"
        k -= 1
    words = text.keys[k:phrase.end]
    offices = us_only_offices()
    if any(f"{a} {b}" in offices for a, b in pairwise(words)):
        phrase.place, phrase.local = "USA", True


def _foreign_namesake(text: _Text, phrase: _Phrase) -> bool:
    """"SERBIA'S Novak", "John Smith, a CANADIAN engineer", "John Williams, the president of the FEDERAL
    RESERVE Bank": a nationality the known person never had (or a national body of another country) is
    evidence against the link; the name is someone else of that country (an unknown person)."""
    owner = phrase.owner
    if phrase.person is None or owner is None or owner.actor is None or text.base.petrarch \
            or not owner.actor.country:
        return False
    if owner.kind not in ("country", "adj") and not (owner.kind == "org" and _national(text, owner.actor)):
        return False
    homes = {c for c in _countries_of(phrase.person) if _national_code(text, c)}
    if not homes:
        return False  # known only by roles in international bodies ("Chadian Moussa Faki" of the AU)
    written = " ".join(text.keys[owner.start:owner.end])
    return owner.actor.country not in homes and not any(_names_country(written, c, text.base) for c in homes)


def _names_country(written: str, code: str, base: ActorBase) -> bool:
    """Whether a nationality word may name this country too: one of its names or adjectives, or sharing
    the first five letters with one ("Congolese" is said of the Republic of the Congo as of the DRC)."""
    words = base.country_words(code)
    stem = written[:5]
    return written in words or (len(stem) == 5 and any(w.startswith(stem) for name in words for w in name.split()))


def _national_code(text: _Text, code: str) -> bool:
    home = text.base.actors.get(code)
    return home is not None and home.kind == "country"


def _place_of_office(text: _Text, phrase: _Phrase) -> None:
    """An office with no country of its own takes the country of the place that qualifies it: "the Ohio
    governor", "New York state attorney general", "California's attorney general", "the mayor of Lyon" (the
    gazetteer of places). A capital also places a body or group of the state: "BEIJING police", "a TEHRAN
    court", "the Moscow city court" (the capital names no actor there, as it does not act, but it says whose
    body it is). So does a town, state or province before a body ("Lagos police", "Puntland forces"); the
    office of such a place is not the nation's (`_office_holder`)."""
    if phrase.owner is not None or phrase.person is not None or not _placeable_head(phrase):
        return
    k = phrase.start
    while k > 0 and text.keys[k - 1] in text.base.place_levels:
        k -= 1
    end = k - 1 if k > 0 and text.keys[k - 1] in ("'s", "'") else k
    capital = _capital_before(text, end, phrase.end)
    if capital is not None and capital.actor is not None and capital.actor.country:
        phrase.place, phrase.start = capital.actor.country, capital.start
        return
    for width in (4, 3, 2, 1):
        j = end - width
        if j >= 0 and text.free(j, end) and all(t.text[:1].isupper() and t.is_alpha for t in text.toks[j:end]) \
                and (country := country_of_place(text.text(j, end))):
            phrase.place, phrase.start, phrase.local = country, j, True
            return
    if _county_sheriff(text, k, phrase):
        return
    e = phrase.end
    if _office_head(phrase) and e + 1 < len(text.keys) and text.keys[e] == "of":  # not "the government of Sindh"
        for width in (4, 3, 2, 1):
            stop = e + 1 + width
            if stop <= len(text.toks) and text.free(e + 1, stop) \
                    and all(t.text[:1].isupper() for t in text.toks[e + 1:stop]) \
                    and (country := country_of_place(text.text(e + 1, stop))):
                phrase.place, phrase.end, phrase.local = country, stop, True
                return


def _county_sheriff(text: _Text, level: int, phrase: _Phrase) -> bool:
    """"the HARRIS COUNTY Sheriff's Office", "Cook County sheriff Tom Dart": a sheriff of a named county is an
    American office (`us_county_offices.txt`), even when the gazetteer does not know the county. The county's name
    is one to three capitalised words right before "County" (itself capitalised)."""
    word = phrase.heads[-1][0].word if phrase.heads else None
    if word is None or word.phrase not in us_county_offices() or phrase.start - level != 1 \
            or text.keys[level] != "county" or not text.toks[level].text[:1].isupper():
        return False
    j = level
    while level - j < 3 and j > 0 and text.free(j - 1, j) and text.toks[j - 1].is_alpha \
            and text.toks[j - 1].text[:1].isupper() and text.keys[j - 1] not in text.base.determiners:
        j -= 1
    if j == level:
        return False
    phrase.place, phrase.start, phrase.local = "USA", j, True
    return True


# sectors of a state's bodies that act where they sit (not the army: "troops in Syria" are often foreign)
_SEATED_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})


def _seat_of_body(text: _Text, phrase: _Phrase) -> None:
    """"police IN COLOMBIA", "a court in Ecuador", "the authorities in Tehran": a body of the state with no
    country of its own, followed by "in" and a country or its capital, is that country's body. Not bodies that
    sit abroad ("the embassy in Kabul", `bodies_abroad.txt`), not armies. So is an officer of the law or a
    lawmaker ("a judge in Texas", "prosecutors in Milan", "a sheriff in Ohio", "lawmakers in Ohio"): judges,
    prosecutors, police and legislators serve where they sit; not other people ("diplomats in Beijing", "lawyers
    in Kabul" may be foreign or private). Armed groups (`_PLACED_GROUPS`) are placed so too ("militants in Idlib",
    "gunmen in Badakhshan Province, Afghanistan"): CAMEO codes rebels by the country they fight in."""
    word = phrase.heads[-1][0].word if phrase.heads else None
    if phrase.owner is not None or phrase.place is not None or word is None \
            or not (_seated(word) or word.sector[:3] in _PLACED_GROUPS) \
            or " ".join(text.keys[phrase.heads[-1][0].start:phrase.end]) in bodies_abroad():
        return
    e = phrase.end
    if e >= len(text.keys) or text.keys[e] != "in":
        return
    k = e + 2 if e + 1 < len(text.keys) and text.keys[e + 1] == "the" else e + 1
    seat = text.by_start.get(k) or _country_after_place(text, k)
    if seat is None and (country := _place_at(text, k)) is not None:
        phrase.place, phrase.local = country, True
        return
    if seat is not None and seat.kind in ("country", "capital") and seat.actor is not None and seat.actor.country \
            and "/" not in seat.actor.country and _national_code(text, seat.actor.country):
        phrase.place = seat.actor.country


# sectors whose officers and members serve where they sit: courts, police, legislatures (not "GOV": envoys)
_SEATED_OFFICERS = frozenset({"COP", "JUD", "LEG"})


def _seated(word: SectorWord) -> bool:
    """A body of a seated sector, or an office or person word of a sector whose officers serve where they sit
    (a judge, a prosecutor, a sheriff, a police officer, a lawmaker; not a lawyer, who may act anywhere)."""
    if word.kind == "body":
        return word.sector[:3] in _SEATED_SECTORS
    return word.sector[:3] in _SEATED_OFFICERS and word.phrase not in counsel_words()


def _place_at(text: _Text, k: int) -> str | None:
    """The country of the town, state or province that the gazetteer knows, named by the longest run of up to
    four capitalised words from `k` that is not followed by another capitalised word ("police in CHICAGO")."""
    for width in (4, 3, 2, 1):
        stop = k + width
        if stop <= len(text.toks) and text.free(k, stop) \
                and all(t.text[:1].isupper() and t.is_alpha for t in text.toks[k:stop]) \
                and (stop == len(text.toks) or not text.toks[stop].text[:1].isupper()) \
                and (country := country_of_place(text.text(k, stop))):
            return country
    return None


def _country_after_place(text: _Text, k: int) -> _Piece | None:
    """"a court in Kano State, NIGERIA", "police in Southport, ENGLAND": a place of up to four capitalised words,
    a comma, then the country it lies in (how news writes a town the reader may not know); the town's province or
    state may stand between ("a court in Aachen, North Rhine-Westphalia, GERMANY")."""
    for _ in range(2):
        j = k
        while j < len(text.toks) and j - k < 4 and text.toks[j].text[:1].isupper() and j not in text.by_start:
            j += 1
        if j == k or j + 1 >= len(text.toks) or text.keys[j] != ",":
            return None
        if (country := text.by_start.get(j + 1)) is not None:
            return country
        k = j + 1
    return None


def _capital_before(text: _Text, end: int, stop: int) -> _Piece | None:
    """The capital that ends at `end`, or up to two capitalised words before it, opening the name of the body
    that ends at `stop` ("the TOKYO District Court", "the SEOUL High Court"); not a capital inside another name
    ("the Washington Post's police reporter")."""
    j = end
    while end - j < 2 and j > 0 and j not in text.by_end and text.toks[j - 1].is_alpha \
            and text.toks[j - 1].text[:1].isupper():
        j -= 1
    for k in dict.fromkeys((end, j)):
        capital = text.by_end.get(k)
        if capital is not None and capital.kind == "capital" and text.free(capital.start, k) \
                and _name_within(text, capital, stop):
            return capital
    return None


def _name_within(text: _Text, capital: _Piece, stop: int) -> bool:
    """Whether the named entity around a capital (if any) lies within the body's phrase [capital, stop)."""
    token = text.toks[capital.end - 1]
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None:
        return True
    first, last = text.toks[capital.start].i, text.toks[stop - 1].i
    return all(first <= t.i <= last or t.lower_ == "the" for t in ent)


# armed groups: one named after a region or town ("the BALOCHISTAN Liberation Army", "DARFUR rebels", "IDLIB militants")
# is of the country where that place lies, as CAMEO codes rebels by the country they fight in (PAKREB)
_PLACED_GROUPS = frozenset({"REB"})


def _placeable_head(phrase: _Phrase) -> bool:
    """An office, or a body or group of a state sector (police, a court, a government), or an armed group
    (`_PLACED_GROUPS`): what a place can own."""
    word = phrase.heads[-1][0].word if phrase.heads else None
    return _office_head(phrase) or (word is not None and word.sector[:3] in _STATE_SECTORS | _PLACED_GROUPS)


def _extend_right_owner_only(text: _Text, phrase: _Phrase) -> None:
    """"President Tokaev of Kazakhstan": only "of X" joins a name on its right."""
    e = phrase.end
    nxt = e + 2 if e + 1 < len(text.keys) and text.keys[e + 1] == "the" else e + 1
    piece = text.by_start.get(nxt)
    if e < len(text.keys) and text.keys[e] == "of" and piece and piece.kind in ("country", "org"):
        phrase.owner = phrase.owner or piece
        phrase.end = piece.end


def _sector_anchor_ok(text: _Text, phrase: _Phrase) -> bool:
    """A sector word without nationality or name counts only as the head noun of its phrase; a word that names an
    actor only with an owner (`owned_only_words.txt`: "agency") needs one, or a place that qualifies it."""
    if phrase.owner is not None or not phrase.heads:
        return phrase.owner is not None
    word = phrase.heads[-1][0].word
    if word is not None and word.phrase in owned_only_words() and phrase.place is None:
        return False
    last = text.toks[phrase.heads[-1][0].end - 1]
    if text.tagged and last.pos_ not in ("NOUN", "PROPN"):
        return False
    # "government data" (a modifier) and "was elected president" (a predicate) name no actor
    return not (text.parsed and last.dep_ in ("compound", "amod", "attr", "oprd", "appos"))


def _acting(text: _Text, piece: _Piece) -> bool:
    """A capital names its government as a subject or possessor ("Beijing said", "Moscow's move"), as the
    object of a verb ("blamed Washington", "urged Moscow to"); not as a place ("in Moscow", "flew to
    Washington"). A party after a preposition ("sanctions against Tehran") was tried and lowered check."""
    if not text.parsed:
        return False
    token = text.toks[piece.end - 1]
    if token.ent_type_ in ("PERSON", "ORG") and _capital_in_a_name(text, piece, token):
        return False  # "Washington Post", "George Washington"; but "the KREMLIN said" is the government
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in _ACTING_DEPS:
        return True
    if token.dep_ in _UNDERGOING_DEPS:
        return token.head.pos_ in ("VERB", "AUX") and not _in_proper_name(text, piece)
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _in_proper_name(text: _Text, piece: _Piece) -> bool:
    """A proper name the tables do not know right before or after the capital ("managed Real MADRID", "joined
    Inter MILAN"): the capital names a club or a firm, which the tagger does not always mark."""
    return (piece.start > 0 and _proper(text, piece.start - 1)) \
        or (piece.end < len(text.toks) and _proper(text, piece.end))


def _capital_in_a_name(text: _Text, piece: _Piece, token: Token) -> bool:
    """Whether the named entity around a capital has words of its own beyond it (and a leading "the")."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None:
        return True
    first, last = text.toks[piece.start].i, token.i
    own = [t for t in ent if not (first <= t.i <= last) and t.lower_ != "the"]
    return bool(own) or (ent.label_ == "PERSON" and _named_person(token))


def _named_person(token: Token) -> bool:
    """Whether the document names a person whose last name is this capital ("Denzel Washington ... Washington
    said"); the tagger also calls a lone capital a person ("Rabat announced"), which then is its government."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == token.lower_ for e in token.doc.ents)


def _standalone(text: _Text, piece: _Piece) -> ActorRef | None:
    if piece.actor is None or not text.free(piece.start, piece.end):
        return None
    if (outlet := _outlet(text, piece)) is not None:
        return outlet
    if piece.kind == "capital" and not _acting(text, piece):
        return None
    start, end = text.toks[piece.start].idx, text.char_end(piece.end)
    if piece.kind == "adj" and piece.start > 0 and text.keys[piece.start - 1] == "ethnic":
        # "ethnic Albanians demonstrated in Serbia": an ethnic group, not the nationals of a country
        start = text.toks[piece.start - 1].idx
        group = text.raw[text.toks[piece.start].idx:end]
        return ActorRef(text.raw[start:end], start, end, None, group, None, "CVL", None)
    ref = text.base.ref(piece.actor, text.period, text.raw[start:end], start, end)
    if piece.kind == "capital":
        ref = ActorRef(ref.text, start, end, ref.actor_id, ref.name, ref.country, "GOV", None)
    return ref


def _outlet(text: _Text, piece: _Piece) -> ActorRef | None:
    """"USA Today", "the Korea Herald", "the Japan Times": a country or nationality opening a name that ends
    in a media word (`media_words.txt`, at most two capitalised words on, and no capitalised word
    after it) is that country's media, not its government. Not capitals: a capital's name is often a town
    elsewhere ("San Jose Mercury News"), and a capital inside a longer name names no actor (`_acting`)."""
    if piece.kind not in ("country", "adj") or piece.actor is None or not piece.actor.country:
        return None
    for stop in range(piece.end + 1, min(piece.end + 3, len(text.toks)) + 1):
        last = text.toks[stop - 1]
        if not (last.text[:1].isupper() and last.is_alpha) or (stop - 1) in text.by_start:
            return None
        ends = stop == len(text.toks) or not text.toks[stop].text[:1].isupper()
        if text.keys[stop - 1] in media_words() and ends:  # not "Hong Kong Times SQUARE"
            text.cover(piece.start, stop)
            start, end = text.toks[piece.start].idx, text.char_end(stop)
            return ActorRef(text.raw[start:end], start, end, None, text.raw[start:end], piece.actor.country, "MED")
    return None


def _residents(text: _Text) -> list[ActorRef]:
    """"Bosnian Serbs", "Iraqi Kurds", "Kosovo Albanians": a people named by the country they live in;
    the first word gives the country (the CAMEO convention for ethnic groups at home)."""
    out = []
    for piece in text.pieces:
        after = text.by_start.get(piece.end)
        if after is None or after.kind != "adj" or piece.actor is None or not piece.actor.country:
            continue
        if piece.kind not in ("adj", "country") and text.toks[piece.end - 1].tag_ != "JJ":
            continue
        if not text.free(piece.start, after.end):
            continue
        group = text.by_start.get(after.end)
        if group is not None and group.kind == "sector" and group.word is not None and group.word.kind != "office" \
                and text.free(group.start, group.end) and not _joined_pair(text, piece, after) \
                and not (group.end < len(text.toks) and _starts_name(text, group.end)):
            # "Bosnian Serb FORCES", "Iraqi Kurdish FIGHTERS": the people qualifies a group of the country it lives in
            start, end = text.toks[piece.start].idx, text.char_end(group.end)
            text.cover(piece.start, group.end)
            role = text.text(group.start, group.end).lower() if group.word.kind == "person" else None
            out.append(ActorRef(text.raw[start:end], start, end, None, None, piece.actor.country, group.word.sector,
                                role))
            continue
        if text.toks[after.end - 1].tag_ not in ("NNS", "NNPS", "NNP"):
            continue  # "Bosnian SERBS" is a people; "Chinese Russian talks" is not
        start, end = text.toks[piece.start].idx, text.char_end(after.end)
        text.cover(piece.start, after.end)
        written = text.raw[start:end]
        out.append(ActorRef(written, start, end, None, written, piece.actor.country, "CVL", None))
    return out


def _joined_pair(text: _Text, first: _Piece, second: _Piece) -> bool:
    """"Russian-Belarusian", "Hungarian-American": two nationalities joined by a hyphen or dash name both
    countries (or a dual origin), not a people living in the first."""
    between = text.raw[text.char_end(first.end):text.toks[second.start].idx]
    return any(c in between for c in "-\u2010\u2011\u2012\u2013\u2014/")


def _surname_keys(text: _Text, ref: ActorRef) -> list[str]:
    """The words a person named in full may later be called by: the last (family) name, or the first for
    names written family name first (Chinese, Korean, ...)."""
    actor = text.base.actors.get(ref.actor_id or "")
    if (actor is None and ref.actor_id) or (actor is not None and actor.kind != "person"):
        return []
    words = (ref.name or "").replace("-", " ").split()
    if len((ref.name or "").split()) < 2:
        return []  # one word ("Murray-Bruce") is itself a surname, not a full name
    keys = [words[0]] if ref.country in FAMILY_NAME_FIRST else [words[-1]]
    last = (ref.name or "").split()[-1]
    if "-" in last and ref.country not in FAMILY_NAME_FIRST:
        keys.append(last)  # a double-barrelled surname is also said whole ("Ben Murray-Bruce" ... "Murray-Bruce")
    return [k for k in keys if len(k) > 1]


def _surname_table(text: _Text, refs: list[ActorRef]) -> dict[str, ActorRef | None]:
    table: dict[str, ActorRef | None] = {}
    for ref in refs:
        for key in map(unaccented, _surname_keys(text, ref)):
            if key not in table:
                table[key] = ref
            elif (known := table[key]) is not None and known.name != ref.name:
                table[key] = None
    return table


def _surname_mentions(text: _Text, refs: list[ActorRef]) -> list[ActorRef]:
    """Bare surnames ("Baikadamov", "Xian") of people named in full elsewhere in the document, including
    one-word names first read as unknown people. Accents are folded: a page writes "Jeanine Áñez" in one
    paragraph and "Anez" in the next (the name is the same; "Morales" is never "Moráles" of someone else)."""
    table = _surname_table(text, refs)
    if not table:  # no one named in full: no surname to link (most short texts)
        return list(refs)
    out = []
    for ref in refs:
        full = table.get(unaccented(ref.text)) if ref.actor_id is None and ref.name == ref.text else None
        out.append(_same_actor(ref, full) if full is not None and full is not ref else ref)
    for n, tok in enumerate(text.toks):
        named = table.get(unaccented(tok.text))
        if named is None or text.covered[n] or not tok.text[:1].isupper():
            continue
        text.cover(n, n + 1)
        out.append(_same_actor(ActorRef(tok.text, tok.idx, tok.idx + len(tok.text)), named))
    return out


def _same_actor(mention: ActorRef, ref: ActorRef) -> ActorRef:
    return ActorRef(mention.text, mention.start, mention.end, ref.actor_id, ref.name, ref.country, ref.sector,
                    ref.role)


def _mentions(text: _Text) -> list[ActorRef]:
    refs: list[ActorRef] = _residents(text)
    for anchor in _person_anchors(text):
        if text.free(anchor.start, anchor.end):
            phrase = _build(text, anchor, person_anchor=True)
            refs.append(_phrase_ref(text, phrase, _before(refs, text.toks[phrase.start].idx)))
    for piece in text.pieces:
        if piece.kind == "sector" and text.free(piece.start, piece.end):
            phrase = _Phrase(piece.start, piece.end, heads=[(piece, text.text(piece.start, piece.end))])
            _extend_left(text, phrase, person_anchor=False)
            _extend_right(text, phrase)
            _place_of_office(text, phrase)
            _seat_of_body(text, phrase)
            _local_seat(text, phrase)
            if _sector_anchor_ok(text, phrase):
                text.cover(phrase.start, phrase.end)
                refs.append(_phrase_ref(text, phrase, _before(refs, text.toks[phrase.start].idx)))
    refs.extend(r for p in text.pieces if p.kind != "sector" and (r := _standalone(text, p)))
    refs = _shared_owners(text, refs)
    refs = _home_bodies(text, refs)
    refs = _organisation_of(text, refs)
    refs = _members(text, refs)
    refs = _titled_of_country(text, refs)
    refs = _allegiances(text, refs)
    refs = _party_tags(text, refs)
    refs = _residences(text, refs)
    refs = _home_people(text, refs)
    refs = _titled_by_apposition(text, refs)
    refs = _surname_mentions(text, refs)
    refs.sort(key=lambda r: r.start)
    refs = _offices_described(text, refs)
    described = _country_descriptions(text, refs)
    if described:
        refs = sorted(_bodies_of_described(text, refs, described) + described, key=lambda r: r.start)
    return refs


_GENITIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})


def unowned_group(actor: ActorRef) -> bool:
    """A group, body or office named by a common noun ("central bank", "the police", "protesters"), with no country,
    identity or name of its own."""
    return bool(actor.sector) and not actor.country and not actor.actor_id and actor.name is None


def _bodies_of_described(text: _Text, refs: list[ActorRef], described: list[ActorRef]) -> list[ActorRef]:
    """"The country's central bank", "the nation's top court": a body or office owned in the genitive by a
    description of a country named before (`_country_descriptions`) is that country's, as "Turkey's central bank"
    is Turkey's."""
    owners = {d.end: d for d in described}
    out = []
    for ref in refs:
        owner = next((d for end, d in owners.items() if end <= ref.start and ref.start - end <= 3), None)
        if owner is not None and unowned_group(ref) and text.raw[owner.end:ref.start].strip() in _GENITIVES:
            ref = replace(ref, country=owner.country)
        elif not ref.country and not ref.actor_id and ref.name and (word := _described_title(text, ref, described)):
            ref = replace(ref, country=word[0], sector=ref.sector or word[1])
        out.append(ref)
    return out


def _described_title(text: _Text, ref: ActorRef, described: list[ActorRef]) -> tuple[str, str] | None:
    """"Ali Vural, the nation's top prosecutor": (country, sector) of a title owned in the genitive by a description
    of a country named before, in the apposition right after a person's name (up to two words between the genitive
    and the title)."""
    owner = next((d for d in described if d.country and text.raw[ref.end:d.start].strip() == ","), None)
    if owner is None or owner.country is None:
        return None
    k = bisect_right([t.idx for t in text.toks], owner.end - 1)
    if k >= len(text.toks) or text.keys[k] not in ("'s", "'"):
        return None
    for j in range(k + 1, min(k + 4, len(text.toks))):
        piece = text.by_start.get(j)
        if piece is not None and piece.kind == "sector" and piece.word is not None \
                and piece.word.kind in ("office", "person"):
            return owner.country, piece.word.sector
        if not text.toks[j].is_alpha:
            return None
    return None


def _shared_owners(text: _Text, refs: list[ActorRef]) -> list[ActorRef]:
    """"Bolivia's police and SOLDIERS", "Hong Kong police and PROTESTERS": a bare group noun coordinated right
    after an owned one shares its owner (the nationality is said once for both)."""
    ordered = sorted(refs, key=lambda r: r.start)
    out = []
    for prev, ref in zip([None, *ordered], ordered, strict=False):
        between = text.raw[prev.end:ref.start].strip() if prev is not None else ""
        if prev is not None and not ref.country and not ref.actor_id and ref.sector and ref.name is None \
                and between in ("and", "&") and prev.country and prev.sector and not prev.actor_id \
                and prev.name is None and ref.text[:1].islower() \
                and ref.text.split()[0].lower() not in text.base.determiners:
            ref = replace(ref, country=prev.country)
        out.append(ref)
    return out


# "X, a spokesperson FOR Y", "X, a professor AT Y", "X, a lawyer FROM Kenya": the words joining a described
# person to the body they serve or the country they come from
_SERVES = frozenset({"for", "at", "from", "with"})


def _allegiances(text: _Text, refs: list[ActorRef]) -> list[ActorRef]:
    """"forces LOYAL TO Libyan commander X", "tribal forces ALLIED WITH the Syrian Army", "legislators ALIGNED WITH
    the president": a group or unknown person with no country of their own, tied by an allegiance phrase
    (`allegiance_words.txt`) to the actor right after it, serves that actor's country."""
    ordered = sorted(refs, key=lambda r: r.start)
    out = []
    for ref, nxt in zip(ordered, [*ordered[1:], None], strict=False):
        if nxt is not None and not ref.country and not ref.actor_id and ref.sector and nxt.country \
                and _national_code(text, nxt.country) and _allegiance(text.raw[ref.end:nxt.start]):
            ref = replace(ref, country=nxt.country)
        out.append(ref)
    return out


# the party-state tag after a US legislator's name: "(D-Minn.)", ", R-W.Va.,", "(R-AL)", "(I-Vt.)"
_PARTY_TAG = re.compile(r"\s*[(,]\s*[DRI]\s*[-\u2013]\s*([A-Z][A-Za-z. ]{0,15}?)\.?\s*[),]")
# titles that keep their own sector when tagged ("Gov. Greg Abbott (R-Texas)" is a governor, not a legislator)
_TAGGED_KEEP = frozenset({"GOV", "LEG"})


def _party_tags(text: _Text, refs: list[ActorRef]) -> list[ActorRef]:
    """"Rep. Ilhan Omar (D-Minn.)", "Sen. Joe Manchin, D-W.Va.,", "Ted Cruz (R-Texas)": a named person with no
    country, right after whose name stands a party letter and a US state (`us_states.txt`), is a US legislator
    (USA LEG; a governor's title keeps GOV). The tag is how US news marks members of Congress and of state
    legislatures, so it places a person the actor tables do not know."""
    out = []
    for ref in refs:
        tag = _PARTY_TAG.match(text.raw, ref.end)
        if tag is not None and not ref.country and ref.text[:1].isupper() \
                and tag.group(1).rstrip(". ") in us_states():
            ref = replace(ref, country="USA", sector=ref.sector if ref.sector in _TAGGED_KEEP else "LEG")
        out.append(ref)
    return out


# "Jane Doe, 55, OF Tulsa", "John Smith of Dallas", "Maria Lopez, a resident of Tijuana", "X, a native of Y": where a
# person lives, written right after the name (an age between commas may come first)
_RESIDENCE = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?(?:\s*,\s*an?\s+(?:resident|native|citizen))?\s*,?\s*(?:of|from)\s+"
                        r"((?:[A-Z][\w.'\u2019-]*,?(?:\s+|$)){1,4})")


def _residences(text: _Text, refs: list[ActorRef]) -> list[ActorRef]:
    """"Jane Doe, 55, of Tulsa, Oklahoma", "a resident of Tijuana": a person with no country, whose name (or the
    description after it) is followed by "of"/"from" and a town, region, US state or capital the tables place, lives
    there, and is of that place's country. News names private people so, by where they live; a known person, a body
    or an office keeps what the tables say."""
    out = []
    for ref in refs:
        if not ref.country and not ref.actor_id and ref.name and _is_person_name(text, ref):
            residence = _RESIDENCE.match(text.raw, ref.end)
            country = _country_of_residence(residence.group(1)) if residence else None
            if country:
                ref = replace(ref, country=country)
        out.append(ref)
    return out


def _is_person_name(text: _Text, ref: ActorRef) -> bool:
    """Whether a mention opens with a PERSON name ("Jane Doe, a resident") or ends with one after its title ("Mayor
    Anna Kowalska")."""
    span = text.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and "PERSON" in (span[0].ent_type_, span[-1].ent_type_)


def _country_of_residence(words: str) -> str | None:
    """The country of the longest leading run of capitalised words that the gazetteer, the capitals or the US
    states know ("Houston, Texas" → Houston → USA)."""
    parts = words.replace(",", " ").split()
    for width in range(len(parts), 0, -1):
        name = " ".join(parts[:width]).rstrip(".")
        country = country_of_place(name) or country_of_capital(name) or ("USA" if name in us_states() else None)
        if country:
            return country
    return None


def _allegiance(between: str) -> bool:
    words = between.lower().split()
    if words[-1:] == ["the"]:
        words = words[:-1]
    return " ".join(words) in allegiance_words()


def _organisation_of(text: _Text, refs: list[ActorRef]) -> list[ActorRef]:
    """"Sean Robertson, a spokesperson FOR Inherent Resolve, the U.S. military operation", "Jane Doe, a
    researcher AT the Chinese Academy of Sciences", "Jane Doe, a lawyer FROM Kenya": an unknown person described
    by a role, whose phrase ends right before "for"/"at"/"from" and a body or country of one country, is of that
    country (the organisation they belong to, the country they come from); "a spokesman for the Kenyan police",
    unnamed, is the body's (its country and sector). A person mention is not a body they serve ("a spokesman
    for Trump" is left to the coder)."""
    ordered = sorted(refs, key=lambda r: r.start)
    out = []
    for ref, nxt in zip(ordered, [*ordered[1:], None], strict=False):
        nxt = _body_referred(text, nxt, ordered) if ref.name and not ref.country else nxt
        if nxt is not None and not ref.country and not ref.actor_id and ref.role \
                and nxt.country and "/" not in nxt.country and not nxt.role \
                and _joined_by(text.raw[ref.end:nxt.start], _SERVES):
            if ref.name:
                ref = replace(ref, country=nxt.country)
            elif _one_unnamed(ref) and nxt.sector and not nxt.actor_id:
                ref = replace(ref, country=nxt.country, sector=nxt.sector)
        out.append(ref)
    return out


def _body_referred(text: _Text, body: ActorRef | None, refs: list[ActorRef]) -> ActorRef | None:
    """"Iran's interior ministry ... Ali Rabiei, a spokesman for THE INTERIOR MINISTRY": a state body of no country
    named by "the" and its words refers to the body named so before, in an earlier sentence: it has that mention's
    country when every earlier mention ending with the same words is of one country (as events/code.py
    `_named_before` reads a doer), so that the person who serves it or belongs to it takes that country. The body
    returned spans the words its phrase did not take ("the interior" before "ministry"); it is read, not kept."""
    if body is None or not unowned_group(body) or (body.sector or "")[:3] not in _STATE_SECTORS:
        return body
    found = _definite_name(text, body)
    if found is None:
        return body
    start, name = found
    sentence = text.doc.char_span(body.start, body.end, alignment_mode="expand")
    before = sentence.sent.start_char if sentence is not None and text.doc.has_annotation("SENT_START") else start
    countries = {r.country for r in refs if r.end <= before and r.country and "/" not in r.country
                 and r.sector == body.sector and not r.name and r.text.lower().endswith(name)}
    if len(countries) != 1:
        return body
    return replace(body, text=text.raw[start:body.end], start=start, country=countries.pop())


def _definite_name(text: _Text, body: ActorRef) -> tuple[int, str] | None:
    """Where a body named by "the" starts and its words ("the ministry", "the interior ministry"), with up to two
    lower-case words before the mention that its phrase did not take ("the INTERIOR ministry"); None when no "the"
    opens it."""
    words = body.text.lower().split()
    if len(words) >= 2:
        return (body.start, " ".join(words[1:])) if words[0] == "the" else None
    k = bisect_right([t.idx for t in text.toks], body.start - 1)
    for j in range(k - 1, max(-1, k - 4), -1):
        if text.keys[j] == "the":
            return text.toks[j].idx, " ".join([*text.keys[j + 1:k], *words])
        if not text.toks[j].is_alpha or not text.toks[j].text.islower():
            return None
    return None


# sectors of a people or a crowd, which are no body one heads or is a member of ("a member of Nigeria's people")
_PEOPLES = frozenset({"CVL", "REF"})


def _members(text: _Text, refs: list[ActorRef]) -> list[ActorRef]:
    """"X, head of Iran's judiciary", "X, a member of Egypt's parliament", "X, who heads the Kenyan electoral body", "X
    of the Polish foreign ministry": an unknown person (a PERSON name the tables do not know, with no country),
    described right after the comma by a phrase of membership (`membership_words.txt`), or followed by "of"/"from",
    and the body of one country named next, belongs to that body: its country and sector (a town or country after
    "of" is where the person lives: `_residences`). Not a body that is a person ("an adviser to Egypt's president"
    is left as it is), nor a country alone ("a member of Egypt" says nothing of a body)."""
    ordered = sorted(refs, key=lambda r: r.start)
    out = []
    for ref, nxt in zip(ordered, [*ordered[1:], None], strict=False):
        nxt = _body_referred(text, nxt, ordered) if ref.name and not ref.country else nxt
        if nxt is not None and not ref.country and not ref.actor_id and ref.name and nxt.country and nxt.sector \
                and nxt.sector not in _PEOPLES and _national_code(text, nxt.country) and not _a_person(text, nxt) \
                and _membership(text.raw[ref.end:nxt.start], text.base.modifiers) and _is_person_name(text, ref):
            ref = replace(ref, country=nxt.country, sector=nxt.sector)
        out.append(ref)
    return out


# ", a Senior Advocate of", ", who was the first ambassador for": an apposition of one to four words ending in
# "of"/"for"
_TITLE_OF = re.compile(r"\s*,\s*(?:who\s+(?:is|was)\s+)?(?:a|an|the)\s+(?:[\w.'\u2019-]+\s+){1,4}(?:of|for)\s+"
                       r"(?:the\s+)?$", re.IGNORECASE)


def _titled_of_country(text: _Text, refs: list[ActorRef]) -> list[ActorRef]:
    """"Mahmud Magaji, a Senior Advocate OF NIGERIA, filed ...": an unknown person (a PERSON name with no country)
    described by an apposition whose title ends with "of"/"for" and a country's own name, closing the apposition,
    holds a title of that country and is of it. Not a country followed by more words ("a professor of China
    studies"), nor a description with no article ("X of Nigeria" is where X lives: `_residences`)."""
    ordered = sorted(refs, key=lambda r: r.start)
    out = []
    for ref, nxt in zip(ordered, [*ordered[1:], None], strict=False):
        if nxt is not None and not ref.country and not ref.actor_id and ref.name and nxt.country \
                and nxt.actor_id == nxt.country and _national_code(text, nxt.country) \
                and _TITLE_OF.fullmatch(text.raw[ref.end:nxt.start]) and _APPOSITION_CLOSE.match(text.raw, nxt.end) \
                and _is_person_name(text, ref):
            ref = replace(ref, country=nxt.country)
        out.append(ref)
    return out


def _a_person(text: _Text, ref: ActorRef) -> bool:
    """Whether a mention names a person: a known one, or a name the tables do not know."""
    actor = text.base.actors.get(ref.actor_id or "")
    return actor.kind == "person" if actor is not None else bool(ref.name)


def _membership(between: str, modifiers: dict[str, str]) -> bool:
    """Whether the words between a name and a body are ", [who is|who was] [the|a|an] [modifiers] <membership phrase>
    [the]", or "of"/"from" with an optional comma before them ("Anna Kowalska OF the Polish foreign ministry", "X, FROM
    the ruling party", "X, WHO WAS THE ACTING DIRECTOR OF the Department of Homeland Security")."""
    words = between.lower().replace(",", " , ").split()
    if words[-1:] == ["the"]:
        words = words[:-1]
    if words in (["of"], ["from"], [",", "of"], [",", "from"]):
        return True
    if words[:1] != [","]:
        return False
    words = words[1:]
    for opening in _RELATIVE_APPOSITIONS:  # ", WHO WAS the acting director of ..."
        if tuple(words[:len(opening)]) == opening:
            words = words[len(opening):]
            break
    if words[:1] and words[0] in ("the", "a", "an"):
        words = words[1:]
    while len(words) > 2 and words[0] in modifiers:  # ", the ACTING director of", ", a FORMER member of"
        words = words[1:]
    return " ".join(words) in membership_words()


def _one_unnamed(ref: ActorRef) -> bool:
    """"A SPOKESMAN for the Kenyan police", "an official at the Chinese embassy": one unnamed person, written as
    an article and their role alone, who speaks for the body named next (and takes its country and sector)."""
    words = ref.text.lower().split()
    return len(words) >= 2 and words[0] in ("a", "an", "the") and " ".join(words[1:]) == (ref.role or "").lower()


def _joined_by(between: str, words: frozenset[str]) -> bool:
    """Whether the text between two mentions is one of `words`, with an optional "the"."""
    parts = between.lower().split()
    return bool(parts) and parts[0] in words and parts[1:] in ([], ["the"])


# sectors whose titles name an office of a state ("Senator", "Inspector-General of Police", "Judge", "Colonel");
# GOV titles ("leader", "spokesman", "official") are said of parties and companies as much as of governments
_STATE_OFFICE_SECTORS = frozenset({"LEG", "COP", "JUD", "MIL"})


def _home_people(text: _Text, refs: list[ActorRef]) -> list[ActorRef]:
    """"Senator Dino Melaye", "the Inspector-General of Police, Ibrahim Idris" in a story naming Nigeria only:
    an unknown person holding an office of a state (a title of the legislature, police, courts or army) and no
    country of their own is an office-holder of the one country the document names (at least twice, as
    `story_home` in the coder asks). A person with no title or a title of another kind ("Labour Party leader"),
    and stories of two countries or more, are left as they are: a wrong country is worse than none."""
    home = _one_country(text, refs)
    if home is None:
        return refs
    return [replace(ref, country=home) if not ref.country and not ref.actor_id and ref.name and ref.role
            and (ref.sector or "")[:3] in _STATE_OFFICE_SECTORS else ref for ref in refs]


def _home_bodies(text: _Text, refs: list[ActorRef]) -> list[ActorRef]:
    """"The Department of Education will investigate ..." in a story naming the United States only: a state body
    named by its own name (`_state_body_names`) that its phrase places nowhere is the body of that name the story
    placed before ("Kenya's Ministry of Interior ... the Ministry of Interior"), when all such mentions are of one
    country; else of the one country the document names (twice or more, as `_home_people` asks). One that stays
    unplaced and whose head is no sector word of the tables ("the Department of Fisheries" in a text naming no
    country, or several) is no actor, as before it was read: a named body the tables do not list is not enough to
    keep an act (events/code.py `_unplaced_doers`); "the Ministry of X" stays the ministry it was."""
    if not text.state_bodies:
        return refs
    home = _one_country(text, refs)
    out = []
    for ref in refs:
        heads = [k for k in text.state_bodies if ref.start <= k < ref.end]
        if heads and unowned_group(ref):
            country = _same_body_before(text, ref, refs) or home
            if country is None and text.state_bodies[heads[0]] not in text.base.sector_words:
                continue
            ref = replace(ref, country=country) if country else ref
        out.append(ref)
    return out


def _same_body_before(text: _Text, ref: ActorRef, refs: list[ActorRef]) -> str | None:
    """The one country of the earlier placed mentions that end with the same body's name ("KENYA'S Ministry of
    Interior" for "the Ministry of Interior")."""
    name = _without_article(ref.text)
    countries = {r.country for r in refs if r.end <= ref.start and r.country and "/" not in r.country
                 and not r.actor_id and r.text.lower().endswith(name)}
    return countries.pop() if len(countries) == 1 else None


def _without_article(written: str) -> str:
    words = written.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


# what closes a name set off as an apposition: a comma, a dash, or the end of the sentence
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,\u2013\u2014;:.]|--|$)")
_DASHES = frozenset({"\u2013", "\u2014", "--", "-"})


def _titled_by_apposition(text: _Text, refs: list[ActorRef]) -> list[ActorRef]:
    """"The spokesman for the Russian Foreign Ministry, IVAN PETROV, said", "IVAN PETROV \u2014 the Russian envoy to
    the UN \u2014 said": a person the tables do not know, set off by commas or dashes right after (or, with dashes,
    right before) one office named with its country, is that office's holder: they take its country, sector and
    role, and keep them when later called by their surname alone. A list ("Russia, Ivan Petrov and ...") names no
    office; a plural title ("officials") is no one person's."""
    ordered = sorted(refs, key=lambda r: r.start)
    out = []
    for n, ref in enumerate(ordered):
        if not ref.country and not ref.actor_id and ref.name and not ref.role and _is_person_name(text, ref):
            title = _apposed_title(text, ref, ordered[n - 1] if n else None, ordered[n + 1] if n + 1 < len(ordered)
                                   else None)
            if title is not None:
                ref = replace(ref, country=title.country, sector=ref.sector or title.sector, role=title.role)
        out.append(ref)
    return out


def _apposed_title(text: _Text, ref: ActorRef, before: ActorRef | None, after: ActorRef | None) -> ActorRef | None:
    if before is not None and _one_office(text, before) and text.raw[before.end:ref.start].strip() == "," \
            and _APPOSITION_CLOSE.match(text.raw, ref.end):
        return before
    if after is not None and _one_office(text, after) and text.raw[ref.end:after.start].strip() in _DASHES:
        return after
    return None


def _one_office(text: _Text, ref: ActorRef) -> bool:
    """One holder of an office of a country, named by the office alone ("the Russian envoy", "Kenya's police
    chief"): not a person's name, not a plural ("Russian officials")."""
    if not ref.role or ref.name or ref.actor_id or not ref.country or "/" in ref.country:
        return False
    return _singular(text, ref)


def _singular(text: _Text, ref: ActorRef) -> bool:
    """The mention's head noun is singular ("the Russian ENVOY", not "Russian OFFICIALS")."""
    span = text.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in ("NN", "NNP")


# how many sentences back an office named alone ("the minister") may find the holder it refers to
_OFFICE_WINDOW = 4


def _offices_described(text: _Text, refs: list[ActorRef]) -> list[ActorRef]:
    """"Kazakh Foreign Minister Murat Nurtleu met ... THE MINISTER said", "the spokesman for the Russian Foreign
    Ministry ... THE SPOKESMAN accused": one office named by "the" and its title alone, with no country of its
    own, is the holder of that office the story named a few sentences before, whose country it takes. When the
    office words of that stretch name holders of two countries ("the Kazakh and Chinese foreign ministers ...
    the minister"), either may be meant and none is taken: a wrong country is worse than none."""
    if not text.parsed or not any(_office_alone(r) for r in refs):
        return refs
    starts = [s.start_char for s in text.doc.sents]
    return [_office_described(text, ref, refs, starts) if _office_alone(ref) else ref for ref in refs]


def _office_alone(ref: ActorRef) -> bool:
    """"the minister", "the foreign minister", "the spokesman": "the" and one office title, no country or name."""
    if ref.country or ref.actor_id or ref.name or not ref.role:
        return False
    words = ref.text.lower().split()
    return len(words) >= 2 and words[0] == "the" and " ".join(words[1:]) == ref.role.lower()


def _office_described(text: _Text, ref: ActorRef, refs: list[ActorRef], starts: list[int]) -> ActorRef:
    here = bisect_right(starts, ref.start) - 1
    window = starts[max(0, here - _OFFICE_WINDOW)]
    role = (ref.role or "").lower()
    if any((r.role or "").lower() == role for r in refs if r.end <= ref.start) or not _singular(text, ref):
        return ref  # the same title written before (events/code.py `_offices_named_before` reads it), or a plural
    office = re.compile(r"\b" + re.escape(role) + r"\b", re.IGNORECASE)
    holders = [r for r in refs if window <= r.start and r.end <= ref.start and r.country
               and (office.search(r.text) or office.search(r.role or ""))]
    if len({r.country for r in holders}) != 1:
        return ref
    nearest = holders[-1]
    if nearest.name and all((r.actor_id, r.name) == (nearest.actor_id, nearest.name) for r in holders if r.name):
        return _same_actor(ref, nearest)  # the holder named: "the minister" is that person
    return replace(ref, country=nearest.country)


def _one_country(text: _Text, refs: list[ActorRef]) -> str | None:
    """The one country the document's mentions name (international bodies aside), if named twice or more."""
    counts: dict[str, int] = {}
    for ref in refs:
        if ref.country and _national_code(text, ref.country):
            counts[ref.country] = counts.get(ref.country, 0) + 1
    if len(counts) != 1:
        return None
    (home, n), = counts.items()
    return home if n >= 2 else None


def _country_descriptions(text: _Text, refs: list[ActorRef]) -> list[ActorRef]:
    """"the Central Asian country", "the country": the nearest country named before, within the region
    the words give; without region words, not the subject of the description's own clause ("China will
    open a workshop in the country" is not China)."""
    if not text.parsed:
        return []
    out = []
    for n, tok in enumerate(text.toks):
        if text.keys[n] not in _COUNTRY_NOUNS or tok.tag_ != "NN" or text.covered[n]:
            continue
        first = min((c for c in tok.children if c.dep_ in ("det", "amod", "compound")), key=lambda c: c.i,
                    default=None)
        if first is None or first.lower_ != "the" or any(c.dep_ == "prep" for c in tok.children):
            continue
        words = text.raw[first.idx + len(first.text):tok.idx].strip().lower().replace("-", " ")
        region = text.base.regions.get(words) if words else None
        if words and region is None:
            continue
        found = _country_before(text, refs, tok, region)
        if found is not None:
            out.append(ActorRef(text.raw[first.idx:tok.idx + len(tok.text)], first.idx, tok.idx + len(tok.text),
                                found.country, text.base.actors[found.country or ""].name, found.country))
    return out


def _country_before(text: _Text, refs: list[ActorRef], tok: Token, region: frozenset[str] | None) -> ActorRef | None:
    subjects = _clause_subjects(tok) if region is None else []
    for ref in reversed(refs):
        if ref.end > tok.idx or not ref.country or ref.actor_id != ref.country:
            continue
        if region is not None and ref.country not in region:
            continue
        if any(s.idx <= ref.start < s.idx + len(s.text) + 1 for s in subjects):
            continue
        return ref
    return None


def _clause_subjects(tok: Token) -> list[Token]:
    """Subjects of the clauses the description sits in ("CHILE said it will send aid to the country")."""
    return [c for node in tok.ancestors if node.pos_ in ("VERB", "AUX")
            for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]


def _before(refs: Sequence[ActorRef], start: int) -> list[ActorRef]:
    return sorted((r for r in refs if r.end <= start), key=lambda r: r.start)


# ---- public entry points ------------------------------------------------------------------------------
def find_actors(doc: Doc, date: str | None, base: ActorBase) -> list[ActorMention]:
    """Every actor mention in a parsed Doc, longest phrase first, resolved at the story date."""
    text = _Text(doc, base, base.period(date), dated=date is not None)
    starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    refs = _mentions(text)
    return [ActorMention(ref, max(0, bisect_right(starts, ref.start) - 1)) for ref in refs]


def actor_for_span(doc: Doc, start_char: int, end_char: int, date: str | None, base: ActorBase) -> ActorRef | None:
    """The actor an arbitrary noun phrase names: the mention holding its head word, else the longest inside."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    inside = [m.actor for m in find_actors(sent.as_doc(), date, base)]
    offset = sent.start_char
    shifted = [_shift(r, offset) for r in inside
               if r.end + offset > span.start_char and r.start + offset < span.end_char]
    if not shifted:
        return None
    root = span.root.idx if doc.has_annotation("DEP") else span.start_char
    holding = [r for r in shifted if r.start <= root < r.end]
    return (holding or sorted(shifted, key=lambda r: r.start - r.end))[0]


def _shift(ref: ActorRef, offset: int, whole: str | None = None) -> ActorRef:
    """The reference moved by `offset` characters; with `whole`, a lookup result (offsets 0)."""
    if whole is not None:
        return ActorRef(whole, 0, 0, ref.actor_id, ref.name, ref.country, ref.sector, ref.role)
    return ActorRef(ref.text, ref.start + offset, ref.end + offset, ref.actor_id, ref.name, ref.country,
                    ref.sector, ref.role)


def lookup_phrase(base: ActorBase, name: str, date: str | None) -> ActorRef | None:
    """`ActorBase.lookup`: a whole name, else a whole phrase ("Kazakh President"), else a close spelling."""
    from tidings.actors.matcher import _tokenizer

    doc = _tokenizer()(name)
    text = _Text(doc, base, base.period(date), evidence=False)
    whole = [p for p in text.pieces if p.start == 0 and p.end == len(text.toks) and p.actor is not None]
    if whole and whole[0].actor is not None:
        return base.ref(whole[0].actor, text.period, name)
    for ref in _mentions(text):
        if ref.start == 0 and ref.end == len(name):
            return _shift(ref, 0, name)
    person = _fuzzy_person(text, name)
    return base.ref(person, text.period, name) if person else None
