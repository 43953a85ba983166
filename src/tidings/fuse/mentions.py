"""Mentions: the pieces of evidence fusion merges into happenings.

Three kinds, all pointing at a sentence of a stored document:
- "event": a coded event (tidings.events), with its participants, type and date;
- "statement": a sentence that dates a happening with a time adverbial ("In 2005, ...", "... in
  September 2022", "last year"), even if no CAMEO pattern coded it: upgrades of a partnership, the
  launch of a programme, a meeting the coder missed;
- "fact": a stated quantity with the period it covers (tidings.facts).

A time expression dates a statement only when it is used as an adverbial: after a temporal
preposition ("in", "on", "since", "during", ...) or on its own ("last year", "27 years ago",
"on Friday") and not as the subject of the clause ("This year is ..."). Names such as "Singer 2017" or
"the 2024 Year of Tourism" are not adverbials and date nothing. The word lists live in
`data/fusion/adverbials.toml`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from typing import Any

from tidings.fuse.dates import MONTH_DAYS, OPEN_MODS, DatedClaim, Evidence, span, width
from tidings.fuse.labels import country_name
from tidings.fuse.text import content_words, fusion_settings, stem
from tidings.ids import stable_id
from tidings.quotes import CLOSE_QUOTES, OPEN_QUOTES, in_direct_speech
from tidings.records import ActorRef, AnalyzedDocument, DateValue, Event, Fact, Timex

SPEECH_ROOT = "01"  # CAMEO 01 "make public statement"
KEEP = "keep"  # an event that is not retold keeps the date the coder gave it
YEAR_DAYS = 366


@dataclass(frozen=True, slots=True)
class Mention:
    """One piece of evidence for a happening."""

    kind: str  # "event" | "statement" | "fact"
    item_id: str
    doc_id: str
    sentence: tuple[int, int]
    text: str  # the sentence
    terms: frozenset[str]  # content words of the clause that reports the happening
    claim: DatedClaim
    participants: frozenset[str]  # countries (ISO3 or organisation codes) of the people involved
    mode: str = "factual"
    cameo: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    source_country: str | None = None
    target_country: str | None = None
    timex_span: tuple[int, int] | None = None
    eventive: bool = False  # a dated statement whose words report an act (see `eventive_statement`)
    source_label: str | None = None  # who and whom as a headline names them: "Xi Jinping (China)"
    target_label: str | None = None
    location: str | None = None
    prominence: float = 0.0  # the highest office among its actors (see `actor_prominence`)
    cast: frozenset[str] = frozenset()  # the named people on its two sides, when both sides are people
    sentence_index: int = -1  # the sentence's position in its document (-1: not known)
    source_id: str | None = None  # the source's actor-base id (None: an actor only known from context)
    target_named: bool = False  # its target names a party of its own (see `names_a_party`)

    @property
    def dated(self) -> bool:
        return span(self.claim.value) is not None


@lru_cache(maxsize=1)
def adverbial_words() -> dict[str, Any]:
    return tomllib.loads((files("tidings") / "data" / "fusion" / "adverbials.toml").read_text(encoding="utf-8"))


def mentions_of(analyzed: AnalyzedDocument) -> list[Mention]:
    """Every event, dated statement and dated fact of one analysed document."""
    text = analyzed.document.text
    timex_at = {(t.start, t.end): t for t in analyzed.timexes}
    countries = _sentence_countries(analyzed)
    retold = retold_events(analyzed)
    events = _reported_happenings(analyzed.events)
    claims = sentence_dates({e.id: event_claim(e, timex_at, retold.get(e.id, KEEP)) for e in events}, events)
    out = [_event_mention(e, text, countries, claims[e.id]) for e in events]
    used = {e.date_span for e in analyzed.events if e.date_span}
    out += _statements(analyzed, used, countries)
    out += [m for f in analyzed.facts if (m := _fact_mention(f, text)) is not None]
    index = {(s.start, s.end): i for i, s in enumerate(analyzed.sentences)}
    return [replace(m, sentence_index=index.get(m.sentence, -1)) for m in out]


def redated_claims(mentions: Sequence[Mention], analyzed: AnalyzedDocument) -> dict[str, DatedClaim]:
    """The dates `mentions` of one document take in `analyzed`, the same document re-dated at another
    reference date: which words report which happening does not move with the date, so only the
    claims are recomputed (as `mentions_of` would), not the words."""
    timex_at = {(t.start, t.end): t for t in analyzed.timexes}
    events = _reported_happenings(analyzed.events)
    retold = retold_events(analyzed)
    facts = {stable_id("f", f.doc_id, f.start, f.end): f for f in analyzed.facts}
    dated = sentence_dates({e.id: event_claim(e, timex_at, retold.get(e.id, KEEP)) for e in events}, events)
    out: dict[str, DatedClaim] = {}
    for m in mentions:
        if m.kind == "event" and m.item_id in dated:
            out[m.item_id] = dated[m.item_id]
        elif m.kind == "statement" and m.timex_span and (timex := timex_at.get(m.timex_span)) is not None:
            value = DateValue(timex.value.split("T", 1)[0], timex.earliest, timex.latest)
            out[m.item_id] = DatedClaim(value, evidence_of(timex, value), timex.mod)
        elif m.kind == "fact" and (fact := facts.get(m.item_id)) is not None and fact.period is not None:
            out[m.item_id] = DatedClaim(fact.period, "relative")
    return out


def _reported_happenings(events: list[Event]) -> list[Event]:
    """Events without the reporting frames around them: a CAMEO 01 "make statement" event ("..., officials
    said") in a sentence that also codes what was said is the report, not a second happening."""
    coded = {(e.doc_id, e.sentence) for e in events if not e.cameo.startswith(SPEECH_ROOT)}
    return [e for e in events if not (e.cameo.startswith(SPEECH_ROOT) and (e.doc_id, e.sentence) in coded)]


def sentence_dates(claims: dict[str, DatedClaim], events: Sequence[Event]) -> dict[str, DatedClaim]:
    """Events of one sentence share its time: an event that only took the report's day by default takes
    the date of the other events of its sentence when they have one date of their own ("Xi arrived on
    Tuesday, was welcomed by Tokayev at the airport and hailed ..."). Two different own dates in the
    sentence leave it as it is."""
    own: dict[tuple[str, int, int], set[DatedClaim]] = {}
    for e in events:
        claim = claims[e.id]
        if claim.value is not None and claim.evidence in ("explicit", "relative"):
            own.setdefault((e.doc_id, e.sentence.start, e.sentence.end), set()).add(claim)
    out = dict(claims)
    for e in events:
        found = own.get((e.doc_id, e.sentence.start, e.sentence.end), set())
        if claims[e.id].evidence == "default" and len(found) == 1:
            out[e.id] = next(iter(found))
    return out


def evidence_of(timex: Timex | None, value: DateValue | None) -> Evidence:
    if value is None:
        return "none"
    if timex is None:
        return "default"
    return "explicit" if timex.anchor_used is None else "relative"


Retold = Timex | str | None  # an earlier date its sentence names, None (no date of its own) or KEEP


def event_claim(event: Event, timex_at: dict[tuple[int, int], Timex], retold: Retold = "keep") -> DatedClaim:
    """An event's date with its evidence. A date the coder only defaulted to the report's date is no
    date of the event's own when the report's date is coarser than a month: a page dated only to a year
    says nothing of when; such an event is undated, and joins a happening only through the stricter
    undated bar. A `retold` event (see `retold_events`) takes the earlier date its sentence names, or
    none when that is not one date."""
    timex = timex_at.get(event.date_span) if event.date_span else None
    claim = DatedClaim(event.date, evidence_of(timex, event.date), timex.mod if timex else None)
    if claim.evidence != "default":
        return claim
    if isinstance(retold, Timex):
        value = DateValue(retold.value.split("T", 1)[0], retold.earliest, retold.latest)
        return DatedClaim(value, evidence_of(retold, value), retold.mod)
    if retold is None or width(event.date) > MONTH_DAYS:
        return DatedClaim(None, "none")
    return claim


def retold_events(analyzed: AnalyzedDocument) -> dict[str, Timex | None]:
    """Events told as part of an earlier past: no date of their own, and either their sentence names a
    date of an earlier year than the report's ("recalled the dawn of independence in the early 90s,
    saying that establishing relations ...") or they stand in a quotation whose paragraph does ("In
    1943, my father happened to meet Xian ... my father took his hand and brought him home," she said).
    The report's day is not theirs; what a speaker says of the day (a quotation without an earlier date)
    keeps it. Each retold event maps to the one earlier date its sentence (else its quotation's
    paragraph) names ("Israel seized the territories in the 1967 war"), or None when there are several or
    the date is wider than a year ("in the early 90s")."""
    story = analyzed.story_date.date
    year = _year(story.earliest or story.value) if story else None
    if year is None:
        return {}
    text = analyzed.document.text
    past = [t for t in analyzed.timexes if t.type == "DATE" and t.mod not in OPEN_MODS
            and (y := _year(t.latest or t.value)) is not None and y < year]
    out: dict[str, Timex | None] = {}
    for e in analyzed.events:
        if e.date_span is not None or not past:
            continue
        s0, s1 = e.sentence.start, e.sentence.end
        own = [t for t in past if s0 <= t.start < s1]
        if own:
            out[e.id] = own[0] if len(own) == 1 and _calendar(own[0]) else None
            continue
        if in_direct_speech(text, e.verb_span[0] if e.verb_span else s0):
            p0, p1 = text.rfind("\n", 0, s0) + 1, text.find("\n", s1)
            p1 = len(text) if p1 == -1 else p1
            quoted = [t for t in past if p0 <= t.start < p1 and in_direct_speech(text, t.start)]
            if quoted:
                out[e.id] = quoted[0] if len(quoted) == 1 and _calendar(quoted[0]) else None
    return out


def _calendar(timex: Timex) -> bool:
    """A date an act can take: a calendar period of at most a year ("the early 90s" dates no act)."""
    return width(DateValue(timex.value, timex.earliest, timex.latest)) <= YEAR_DAYS


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _sentence_countries(analyzed: AnalyzedDocument) -> dict[tuple[int, int], frozenset[str]]:
    out: dict[tuple[int, int], set[str]] = {}
    for m in analyzed.actors:
        if 0 <= m.sentence < len(analyzed.sentences) and m.actor.country:
            s = analyzed.sentences[m.sentence]
            out.setdefault((s.start, s.end), set()).add(m.actor.country)
    return {k: frozenset(v) for k, v in out.items()}


def _event_mention(event: Event, text: str, countries: dict[tuple[int, int], frozenset[str]],
                   claim: DatedClaim) -> Mention:
    s = (event.sentence.start, event.sentence.end)
    sides = [a.country or a.actor_id for a in (event.source, event.target) if a is not None]
    participants = frozenset(p for p in sides if p)
    return Mention(
        kind="event", item_id=event.id, doc_id=event.doc_id, sentence=s, text=text[s[0]:s[1]],
        terms=frozenset(t for t, _, _ in content_words(text[s[0]:s[1]])),
        claim=claim,
        participants=participants or countries.get(s, frozenset()), mode=event.mode, cameo=event.cameo,
        plover=event.plover or None, quad_class=event.quad_class, goldstein=event.goldstein,
        source_country=event.source.country if event.source else None,
        target_country=event.target.country if event.target else None, timex_span=event.date_span,
        source_label=actor_label(event.source), target_label=actor_label(event.target), location=event.location,
        prominence=max((actor_prominence(a) for a in (event.source, event.target) if a is not None), default=0.0),
        cast=cast_of(event), source_id=event.source.actor_id if event.source else None,
        target_named=names_a_party(event.target, event.source),
    )


def names_a_party(side: ActorRef | None, other: ActorRef | None) -> bool:
    """Whether an event's side names a party of its own: an actor of the actor base ("an American": USA,
    "the Taliban"), or one known from context by a country of its own ("the Afghan government"). A side
    known only by a description that points back to the other side ("the Taliban swapped two hostages
    for three of ITS commanders": AFG, borrowed from the Taliban), or without a country, names nobody
    another report could disagree with."""
    if side is None or (side.actor_id is None and side.country is None):
        return False
    if side.actor_id is not None:
        return True
    words = side.text.lower().split()
    borrowed = bool(words) and words[0] in adverbial_words()["possessive_determiners"]
    return not (borrowed and other is not None and side.country == other.country)


def cast_of(event: Event) -> frozenset[str]:
    """The people of an event between two named people (actor-base ids of persons, written in lower
    case, unlike country and organisation codes), else nothing: "Ding Xuexiang met Murat Nurtleu"."""
    people = [a.actor_id for a in (event.source, event.target) if a is not None and a.actor_id
              and a.actor_id != a.actor_id.upper()]
    return frozenset(people) if len(people) == 2 and people[0] != people[1] else frozenset()


def actor_label(actor: ActorRef | None) -> str | None:
    """How a headline names an actor: its canonical name, with its country's name in brackets for a
    person or body of a country ("Xi Jinping (China)"); a country or organisation by its own name."""
    if actor is None:
        return None
    name = actor.name or " ".join(actor.text.split())
    country = country_name(actor.country) if actor.country else None
    if country and country.lower() != name.lower() and actor.country != actor.actor_id:
        return f"{name} ({country})"
    return name


def actor_prominence(actor: ActorRef) -> float:
    """Heads of state and government weigh most, then ministers and international bodies, then states
    (`[importance]` in data/fusion/fusion.toml)."""
    conf = fusion_settings()["importance"]
    role = (actor.role or "").lower()
    if any(word in role for word in conf["head_roles"]):
        return float(conf["head_weight"])
    if any(word in role for word in conf["minister_roles"]) or (actor.country and len(actor.country) != 3):
        return float(conf["minister_weight"])
    return float(conf["state_weight"]) if actor.sector in (None, "GOV") and actor.country else 0.0


def _statements(analyzed: AnalyzedDocument, used: set[tuple[int, int]],
                countries: dict[tuple[int, int], frozenset[str]]) -> list[Mention]:
    text = analyzed.document.text
    out = []
    for s in analyzed.sentences:
        key = (s.start, s.end)
        for timex in analyzed.timexes:
            if s.start <= timex.start < s.end and (timex.start, timex.end) not in used and \
                    is_adverbial(text, s.start, timex):
                out.append(_statement(analyzed.document.id, text, key, timex, countries.get(key, frozenset())))
    return out


def _statement(doc_id: str, text: str, sentence: tuple[int, int], timex: Timex,
               participants: frozenset[str]) -> Mention:
    value = DateValue(timex.value.split("T", 1)[0], timex.earliest, timex.latest)
    clause = clause_around(text, sentence, (timex.start, timex.end))
    if not in_direct_speech(text, timex.start):
        clause = unquoted(clause, in_direct_speech(text, text.find(clause, sentence[0])))
    terms = frozenset(t for t, _, _ in content_words(clause))
    sentence_terms = frozenset(t for t, _, _ in content_words(text[sentence[0]:sentence[1]]))
    return Mention(
        kind="statement", item_id=stable_id("m", doc_id, timex.start, timex.end), doc_id=doc_id,
        sentence=sentence, text=text[sentence[0]:sentence[1]], terms=terms,
        claim=DatedClaim(value, evidence_of(timex, value), timex.mod), participants=participants,
        mode="future" if _planned(text[sentence[0]:timex.start]) else "factual", timex_span=(timex.start, timex.end),
        eventive=eventive_statement(terms, sentence_terms, participants),
    )


def eventive_statement(clause: frozenset[str], sentence: frozenset[str], participants: frozenset[str]) -> bool:
    """A dated statement reports an act (a stated fact of the timeline, not background) when its clause
    holds an event word (a verb or noun the event coder's patterns code, statements aside), or its
    sentence does and names a country or organisation taking part: "upgraded to a strategic partnership
    in 2005", "a previous state visit in September 2022"; not "The two became involved in 1993" or
    "Today's world is facing a great change"."""
    words = event_words()
    return bool(clause & words) or bool(participants and sentence & words)


@lru_cache(maxsize=1)
def event_word_roots() -> dict[str, frozenset[str]]:
    """Stem -> the CAMEO root codes (two digits) the coder's verb and noun patterns give the word
    (data/patterns/verbs.txt and nouns.txt): which kind of act a word can report. A sense bound to the words that
    follow ("plead" 080 only before "guilty") is no root of the word alone: "pleaded" in a dated statement tells
    no yield that a prisoner release could continue."""
    out: dict[str, set[str]] = {}
    for name in ("verbs.txt", "nouns.txt"):
        for line in (files("tidings") / "data" / "patterns" / name).read_text(encoding="utf-8").splitlines():
            cells = line.split("#", 1)[0].split()
            if len(cells) < 2 or cells[0].startswith("@") or not cells[1][:2].isdigit():
                continue
            if any(cell.startswith("after=") for cell in cells[2:]):
                continue
            word = cells[0].split("+")[-1].split("_")[0].lower()
            if word.isalpha():
                for form in inflected_stems(word):
                    out.setdefault(form, set()).add(cells[1][:2])
    return {w: frozenset(roots) for w, roots in out.items()}


def inflected_stems(word: str) -> frozenset[str]:
    """The stems of a pattern word's regular forms ("release": release, releases, released, releasing),
    as `stem` leaves them in a sentence ("releas" for "released")."""
    base = word[:-1] if word.endswith("e") else word
    return frozenset(stem(form) for form in (word, word + "s", base + "ed", base + "ing"))


@lru_cache(maxsize=1)
def event_words() -> frozenset[str]:
    """Stems of the verbs and event nouns the coder's pattern files code (data/patterns/verbs.txt and
    nouns.txt), except public statements (CAMEO 01), which report words, not acts; and the act words of
    data/fusion/adverbials.toml. A verb listed only with its particle ("look_into", "hand_over", "let_go") is
    left out: "look", "hand", "let" alone tell no act, and headlines sharing them are not one story; so are the
    words adverbials.toml `bound_act_words` lists, coded only in one bound sense ("found guilty")."""
    out: set[str] = set()
    for name in ("verbs.txt", "nouns.txt"):
        for line in (files("tidings") / "data" / "patterns" / name).read_text(encoding="utf-8").splitlines():
            cells = line.split("#", 1)[0].split()
            if len(cells) < 2 or cells[0].startswith("@") or cells[1].startswith(SPEECH_ROOT):
                continue
            word, *particle = cells[0].split("+")[-1].lower().split("_")
            if word.isalpha() and not particle:
                out.add(stem(word))
    out.update(stem(w) for w in adverbial_words()["act_words"])
    return frozenset(out - {stem(w) for w in adverbial_words()["bound_act_words"]})


def _fact_mention(fact: Fact, text: str) -> Mention | None:
    """A quantity over a period ("trade reached $41 billion in 2023"); not a length of time ("32 years
    of cooperation"), which dates nothing. The period's evidence is unknown here: counted as relative."""
    if fact.period is None or span(fact.period) is None or fact.unit.lower() in adverbial_words()["duration_units"]:
        return None
    s = (fact.sentence.start, fact.sentence.end)
    return Mention(
        kind="fact", item_id=stable_id("f", fact.doc_id, fact.start, fact.end), doc_id=fact.doc_id, sentence=s,
        text=text[s[0]:s[1]], terms=frozenset(t for t, _, _ in content_words(text[s[0]:s[1]])),
        claim=DatedClaim(fact.period, "relative"), participants=frozenset(fact.actors),
    )


def is_adverbial(text: str, sentence_start: int, timex: Timex) -> bool:
    """A calendar date used as a time adverbial of its clause (see the module docstring)."""
    if timex.type not in ("DATE", "TIME") or not timex.value[:4].isdigit() or timex.mod in _excluded_mods():
        return False
    words = adverbial_words()
    before = text[sentence_start:timex.start].lower().rstrip()
    after = text[timex.end:timex.end + 30].lower()
    previous = before.rsplit(None, 1)[-1].strip("\"“(") if before.split() else ""
    if previous in words["blocking_prepositions"]:
        return False
    if previous in words["prepositions"]:
        return True
    standalone = bool(re.search(words["standalone_pattern"], timex.text.lower()))
    at_clause_start = not before or before[-1] in ",;:—–(\"“"
    if at_clause_start:
        return not re.match(words["subject_pattern"], after)
    return standalone and bool(re.match(words["follow_pattern"], after))


def _excluded_mods() -> frozenset[str]:
    return frozenset(adverbial_words()["excluded_mods"])


def _planned(before: str) -> bool:
    return bool(re.search(adverbial_words()["planned_pattern"], before.lower()))


def clause_around(text: str, sentence: tuple[int, int], timex: tuple[int, int]) -> str:
    """The part of the sentence that the time adverbial belongs to: from the previous clause break
    to the next one. A clause of a few words widens to the whole sentence."""
    s0, s1 = sentence
    breaks = adverbial_words()["clause_breaks"]
    left = max([text.rfind(b, s0, timex[0]) for b in breaks] + [s0 - 1]) + 1
    rights = [i for b in breaks if (i := text.find(b, timex[1], s1)) != -1]
    right = min(rights) if rights else s1
    clause = text[left:right]
    return clause if len(content_words(clause)) >= 3 else text[s0:s1]


def unquoted(clause: str, quoted_at_start: bool) -> str:
    """The clause without the words of a quotation it holds, when what remains still says something (three
    content words): a date outside the quotation marks belongs to the reporting clause, not to the quoted
    words ('"Two months after the onset of the symptoms, I was unable to stand ...," wrote Martin Taylor in a
    case study published Monday in the journal BMJ')."""
    kept, quoted = [], quoted_at_start
    for char in clause:
        if char in OPEN_QUOTES or (char == '"' and not quoted):
            quoted = True
            kept.append(" ")
        elif char in CLOSE_QUOTES or (char == '"' and quoted):
            quoted = False
            kept.append(" ")
        else:
            kept.append(" " if quoted else char)
    rest = "".join(kept)
    return rest if len(content_words(rest)) >= 3 else clause


def statement_headline(mentions: Sequence[Mention]) -> str:
    return mentions[0].text if mentions else ""
