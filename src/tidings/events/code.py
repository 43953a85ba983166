"""The event coder: from each sentence's dependency parse to coded events.

For each sentence: find triggers (verbs and event nouns from the pattern files), lift each through the
frame verbs above it (offer → intent, demand → demand, refuse → reject ...), then find its source and
target actors (subjects, objects, prepositional objects, passives, compounds, pronouns), its mode
(future, hypothetical, negated), its date (the governing time expression) and its place. Reported
speech gives a statement event (010) by the speaker when it is addressed to or about another actor.

Precision first: a trigger without any actor, a statistic, or a description codes to nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from tidings.actors.places import country_of_capital, country_of_place
from tidings.actors.resolve import unowned_group
from tidings.actors.tables import bodies_abroad, data_dir, read_rows, split_list
from tidings.events.arguments import (
    REPORTED_DEPS,
    SUBJECT_DEPS,
    ActorIndex,
    Arg,
    ArgumentFinder,
    adjacent_actor_before,
    agent_of,
    child,
    country_counts,
    doer_clause,
    done_by,
    foiled_by,
    in_passive,
    nested_prep_objects,
    participle_of,
    passive_target,
    phone_call,
    phrase_actor_heads,
    prep_objects,
    subject_of,
)
from tidings.events.carry_over import carry_over_dates
from tidings.events.dating import date_for_event, sentence_timexes
from tidings.events.discards import load_discards, word_edge
from tidings.events.judgments import judgment_triggers
from tidings.events.modality import announced_refusal, chain_mode, is_negated
from tidings.events.no_act import HAZARD_ROOTS, no_act
from tidings.events.nominal import (
    dated_after,
    is_nominal,
    nominal_mode,
    nominal_triggers,
    noun_sides,
    told_by_verbs,
)
from tidings.events.ontology import Ontology, load_ontology
from tidings.events.patterns import (
    DEFAULT_TARGET_PREPS,
    Frame,
    Implicit,
    Modality,
    PatternBook,
    load_patterns,
    load_word_classes,
    lookup_prefix,
)
from tidings.events.reading import Reading
from tidings.events.triggers import (
    ACTOR_PRONOUNS,
    Trigger,
    claimed_gerund,
    complement,
    find_triggers,
    frame_noun_trigger,
    frame_of,
    lemma,
    object_of,
)
from tidings.ids import stable_id
from tidings.records import ActorMention, ActorRef, DateValue, Event, Mode, Sentence, StoryDate, Timex

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = ("in", "at", "throughout", "across", "outside", "near")
LOCATIVE_PREPS = frozenset({*PLACE_PREPS, "near", "inside", "within"})
MEDIA_SECTOR = "MED"  # CAMEO's sector of news media
# word classes the clause readers use (word_classes.toml)
JOINT_ADVERBS = load_word_classes().joint_adverbs
RECIPROCAL_OBJECTS = load_word_classes().reciprocal_objects
CONTROL_OBJECT_VERBS = load_word_classes().control_object_verbs


@dataclass(slots=True)
class _Context:
    doc: Doc
    doc_id: str
    book: PatternBook
    onto: Ontology
    finder: ArgumentFinder
    timexes: list[Timex]
    story_date: StoryDate
    home: str | None = None  # the one country a one-country story names (`story_home`)
    main: str | None = None  # the country the story names most often (`story_main`)
    countryless: bool = False  # the text names no country, or one once (`_names_no_country`, `_countryless`)
    sole: str | None = None  # the one country a text names, once (`_named_once`)
    setting: str | bool | None = False  # `story_setting`, worked out on first use (False: not yet)
    coded: list[Event] = field(default_factory=list)  # events coded so far, earlier sentences and this one


def code_events(
    doc: Doc,
    doc_id: str,
    actors: list[ActorMention],
    timexes: list[Timex],
    story_date: StoryDate,
    book: PatternBook | None = None,
) -> list[Event]:
    """Every codable event of a parsed document, in text order; undated events of a narrative that set
    its day in an earlier sentence take that day (`carry_over_dates`)."""
    book = book or load_patterns()
    discards = load_discards() if book.discards else None
    whole = doc.text  # Doc.text joins every token: read it once
    hit, phrased = discards.story_scan(whole) if discards is not None else (None, False)
    if hit:
        return []  # a sports or entertainment story (Phoenix story-level discard)
    finder = ArgumentFinder(ActorIndex(doc, actors), speech_verbs=book.speech.verbs)
    ctx = _Context(doc, doc_id, book, load_ontology(), finder, list(timexes),
                   story_date, story_home(actors), story_main(actors), _names_no_country(actors, doc),
                   sole=_named_once(actors, doc))
    events: list[Event] = []
    ctx.coded = events
    for sentence in doc.sents:
        text = whole[sentence.start_char:sentence.end_char]  # = sentence.text, without a walk of its tokens
        search = phrased or word_edge(whole, sentence.start_char, sentence.end_char)
        if (discards is None or not discards.sentence_hit(text, search)) and not _teaser(text):
            coded = code_sentence(sentence, ctx)
            if discards is not None and discards.hazard_hit(text):
                coded = [e for e in coded if e.cameo[:2] not in HAZARD_ROOTS]  # the storm killed, destroyed, alerted
            events.extend(coded)
    dated = carry_over_dates(doc, events, ctx.timexes, story_date)
    events = told_by_verbs(context_targets(dated, actors, doc, book.modality, book.speech.verbs))
    events = [_main_officials(_offices_named_before(e, actors), ctx.main, ctx.home) for e in events]
    return [e for e in one_per_pair(doc, events)
            if _political(e) or (e.source is not None and _kind_protest(e.cameo, [e.source]))]


def _offices_named_before(event: Event, actors: list[ActorMention]) -> Event:
    """"President Emmanuel Macron spoke in Paris on Monday. THE PRESIDENT met Li Qiang ...": an office named
    with "the" and no name or country refers back to the last holder of that office the story named (news style
    names an office-holder in full once, then by the office alone), whose country it takes."""
    source = _office_holder(event.source, actors)
    target = _office_holder(event.target, actors)
    if source is event.source and target is event.target:
        return event
    return replace(event, source=source, target=target)


def _office_holder(side: ActorRef | None, actors: list[ActorMention]) -> ActorRef | None:
    if side is None or side.country or side.actor_id or not side.role or not side.text.lower().startswith("the "):
        return side
    role = side.role.lower()
    earlier = [m.actor for m in actors if m.actor.start < side.start and m.actor.country
               and (m.actor.role or "").lower() == role]
    if not earlier:
        return side
    return replace(side, country=max(earlier, key=lambda a: a.start).country)


def _political(event: Event) -> bool:
    """Whether one side of the event is a political actor: one placed in a country (or an international body, whose
    code stands for its country), or one of a political sector (word_classes.toml `political_sectors`: state,
    armed, party, opposition). A people named ("ethnic Albanians", "Chechens") is placed by the country tables. An act
    between a company and its chief executive, a coach and his players, a doctor and a patient, with no country on
    either side, is private (guidelines: business, sports and medical acts are non-events): on non-gold news pages
    such events were nearly all judged wrong."""
    sectors, peoples = load_word_classes().political_sectors, _peoples()
    return any(side is not None and (side.country or (side.sector or "").lower() in sectors
                                     or (side.name or "").lower() in peoples)
               for side in (event.source, event.target))


def _kind_protest(code: str, doers: list[ActorRef]) -> bool:
    """"Nurses went on strike for better pay", "activists began a hunger strike": a protest (CAMEO 14: a strike, a
    demonstration, a boycott, a hunger strike) by people known only by their kind (no country, name or identity).
    PLOVER codes protests by workers, students and civilians as much as by parties; their country may be unknown.
    `_unplaced_doers` and `code_events` keep such protests where the actor finder left the protesters unplaced
    (`_protesters_home` places them where the text allows)."""
    armed = load_word_classes().unprotesting_sectors
    return code.startswith(PROTEST_ROOT) and bool(doers) and all(
        unowned_group(a) and (a.sector or "").lower() not in armed for a in doers)


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    """The names of peoples in the country table ("Albanians", "Chechens"): the actor finder leaves an ethnic group
    ("ethnic Albanians demonstrated in Serbia") without a country, under the people's name."""
    _, rows, _ = read_rows(data_dir() / "countries.tsv")
    return frozenset(word.lower() for row in rows for word in split_list(row["adjectives"]))


def one_per_pair(doc: Doc, events: list[Event]) -> list[Event]:
    """One event per act and actor pair (real-news guidelines): two words that tell one act in one sentence give
    one event, "shot down and destroyed" one attack, "led a protest march ... to protest against the outcome" one
    protest. Two events of the same type between the same actors, in the same mode, are one act when their words
    are joined as conjuncts, or one is the other's purpose ("to protest"); the first told is kept. Other acts of
    the same type stay apart ("imposes a blockade while besieging cities")."""
    kept: list[Event] = []
    for event in events:
        if not event.plover or not any(_same_act(doc, event, k) for k in kept):
            kept.append(event)
    return kept


def _same_act(doc: Doc, event: Event, other: Event) -> bool:
    if (event.sentence, event.plover, event.mode, event.reciprocal) != \
            (other.sentence, other.plover, other.mode, other.reciprocal):
        return False
    if any(_side(a) != _side(b) for a, b in ((event.source, other.source), (event.target, other.target))):
        return False
    mine, theirs = _span_tokens(doc, event), _span_tokens(doc, other)
    return any(_joined(t, theirs) for t in mine) or any(_joined(t, mine) for t in theirs)


def _side(actor: ActorRef | None) -> tuple[str, str | None]:
    return (_identity(actor), actor.country) if actor is not None else ("", None)


def _span_tokens(doc: Doc, event: Event) -> list[Token]:
    if event.verb_span is None:
        return []
    span = doc.char_span(*event.verb_span, alignment_mode="expand")
    return list(span) if span is not None else []


def _joined(token: Token, others: list[Token]) -> bool:
    """A word of one act that is a conjunct of a word of the other, or the purpose infinitive under it."""
    if token.head.i == token.i or token.head not in others:
        return False
    purpose = token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return token.dep_ == "conj" or purpose


def context_targets(events: list[Event], actors: list[ActorMention], doc: Doc | None = None,
                    modality: Modality | None = None, speech_verbs: frozenset[str] = frozenset()) -> list[Event]:
    """An act told with no one it is done to is, in a news story, done to the story's other side: "the People's
    Daily warned there is no room for compromise" in a story about Hong Kong is a warning to Hong Kong. The
    target of a typed event that has none is the country the document names most often other than the
    source's (named at least twice, and more often than any rival); the target points at that country's
    mention nearest before the event. Likewise an act with a target but no doer named ("a US helicopter was shot
    down" in a story about the Taliban) takes the other side of its target as source. A target named in the act's
    slot whom the actor base cannot place ("Israel killed MOHAMMED DEIF") stays the target and takes that side's
    country only. Statements (no PLOVER type), reciprocal events and events with neither or both sides named are
    left as they are."""
    counts = _country_counts(actors)
    present = [m for m in actors if doc is None or modality is None or not _negated_mention(doc, m, modality)]
    present = [m for m in present if doc is None or not _inside_a_name(doc, m, speech_verbs)]
    out: list[Event] = []
    for event in events:
        doer = event.source if event.source is not None and _unplaced_name(event.source) else None
        if doer is not None and event.plover and event.target is not None and not event.reciprocal:
            # "Maitlis demanded how Andrew could be so sure": the doer the act's own clause names, whom the base
            # cannot place, stays the doer and takes the missing side's country only, not another actor's identity
            # (no country guessed where an act with no doer keeps none: "sentenced X for KILLING ...")
            bare = replace(event, source=None)
            side = None if _keeps_no_source(doc, bare) else _missing_side(
                bare, events, present, counts, actors, doc, speech_verbs, reporters=True)
            out.append(replace(event, source=replace(doer, country=side.country) if side is not None else doer))
            continue
        named = event.target if event.target is not None and _unplaced_name(event.target) else None
        if named is not None and event.source is not None:
            event = replace(event, target=None)  # placed below as the story's other side, keeping the person
        if not event.plover or event.reciprocal or (event.source is None) == (event.target is None):
            out.append(event if named is None else replace(event, target=named))
            continue
        if named is not None:
            side = _missing_side(event, events, present, counts, actors, doc, speech_verbs, reporters=True)
            out.append(replace(event, target=replace(named, country=side.country) if side is not None else named))
            continue
        shared = _co_doer_target(event, out)
        if shared is not None:
            out.append(replace(event, target=shared))  # "Egypt and Jordan criticised ...": the same thing
            continue
        if event.source is None and _keeps_no_source(doc, event):
            out.append(event)
            continue
        side = _missing_side(event, events, present, counts, actors, doc, speech_verbs)
        if side is None:
            out.append(event)
        elif event.target is None:
            out.append(replace(event, target=side))
        else:
            out.append(replace(event, source=side))
    return out


def _keeps_no_source(doc: Doc | None, event: Event) -> bool:
    """An act whose missing doer the story does not fill: a verbal act told in the passive (`_unsaid_speaker`), the
    crime a court punishes someone the base cannot place for (`_charged_unplaced`), an act undergone."""
    return doc is not None and (_unsaid_speaker(doc, event) or _charged_unplaced(doc, event)
                                or event.pattern in _undergone_patterns())


def _missing_side(event: Event, events: list[Event], present: list[ActorMention], counts: dict[str, int],
                  actors: list[ActorMention], doc: Doc | None, speech_verbs: frozenset[str], reporters: bool = False
                  ) -> ActorRef | None:
    """The side the story gives an event that names one side only (`context_targets`). With `reporters`, only the
    side's country is wanted (for a named person the actor base cannot place), which the act's reporter may give."""
    known = event.source if event.source is not None else event.target
    side = _speaker_side(doc, event, present, known, speech_verbs) if event.source is None and doc else None
    doers = _co_doer_starts(event, events)  # "Egypt and Jordan criticised": Jordan is no side Egypt acted on
    own = [m for m in present if m.actor.start not in doers]
    if event.target is None and doc is not None:
        own = _off_doer_modifiers(doc, event, own)
    side = side or _sentence_side(own, known, event, doc)
    if side is None:
        side = _other_side(counts, known.country if known is not None else None, actors, event.sentence.start)
    if side is None and known is not None and known.country and set(counts) == {known.country} \
            and not _needs_no_addressee(event.plover, event.cameo):
        side = _home_side(present, known, event.sentence.start)
        told = set() if doc is None or reporters else {m.actor.start for m in _reporters(doc, event, present,
                                                                                         speech_verbs)}
        if side is not None and side.start in told:
            side = _unreported_home_side(present, known, told, _act_start(event))
    return side


def _unreported_home_side(actors: list[ActorMention], known: ActorRef, reporters: set[int], start: int
                          ) -> ActorRef | None:
    """The home side when the nearest is the act's reporter (`_reporters`): another mention named before the act,
    else none. One named after the act is no better guess than the reporter ("Trump says the gang is waging war on
    the US ... a judge blocks the order" is no act of the judge's)."""
    rest = [m for m in actors if m.actor.start not in reporters and m.actor.start <= start]
    return _home_side(rest, known, start) if rest else None


def _reporters(doc: Doc, event: Event, actors: list[ActorMention], speech_verbs: frozenset[str]
               ) -> list[ActorMention]:
    """The mentions that report the act: those in the subject of a speech verb the act's clause hangs on. "Two
    Palestinians were killed by gunfire, THE PALESTINIAN HEALTH MINISTRY said": in a one-country story whoever tells
    of an act is not, by telling it, the one who did it or the one it was done to. (Across countries the teller is
    often a side: the doer of an act with none named, `_speaker_side`; the one attacked, "Russian forces shelled
    Kharkiv, the Ukrainian military said". Setting the teller aside there too was as often wrong as right on WCEP
    bullets: 6 of 15.)"""
    words = _span_tokens(doc, event)
    node = words[0] if words else None
    while node is not None and node.head.i != node.i:
        clause, node = node, node.head
        if clause.dep_ in REPORTED_DEPS and node.lemma_.lower() in speech_verbs:
            subject = child(node, "nsubj")
            if subject is None:
                return []
            start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
            return [m for m in actors if start <= m.actor.start < end]
    return []


def _off_doer_modifiers(doc: Doc, event: Event, actors: list[ActorMention]) -> list[ActorMention]:
    """The mentions that may be an act's missing target: not those told in a relative clause, a participle phrase
    or an apposition on the act's doer, which describe the doer and are not the act's own clause: "The Syrian
    government, which has rejected THE TURKISH GOVERNMENT as a mediator, called for a meeting" is no call made to
    Turkey. Clauses on the act's object or under the act itself stay (`_in_act_clause`). (Refusing as well the
    object of a verb conjoined to the act, "crushed the protests and witnessed the end of the Soviet Union", lost
    right targets in 5 of 9 non-gold changes: "condemns the coup and suspends MADAGASCAR's membership".)"""
    words = _span_tokens(doc, event)
    if not words or words[0].pos_ not in ("VERB", "AUX"):
        return actors
    act = words[0]
    doer = subject_of(act)
    if doer is None or doer.left_edge.i <= act.i <= doer.right_edge.i:  # the act itself told on a noun
        return actors
    return [m for m in actors if not _on_doer(doc, m, doer)]


DOER_MODIFIER_DEPS = frozenset({"relcl", "acl", "appos"})


def _on_doer(doc: Doc, mention: ActorMention, doer: Token) -> bool:
    """Whether a mention lies in a relative clause, participle phrase or apposition hanging on `doer`."""
    span = doc.char_span(mention.actor.start, mention.actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    while token.head.i != token.i and token.i != doer.i:
        if token.head.i == doer.i:  # "Canada, the EU(appos), and Turkey": a list read as an apposition
            return token.dep_ in DOER_MODIFIER_DEPS and not (token.dep_ == "appos" and child(token, "cc") is not None)
        token = token.head
    return False


def _unplaced_name(actor: ActorRef) -> bool:
    """A person or body named in the act's own slot whom the actor base cannot place (`_unknown_person`)."""
    return bool(actor.name) and not (actor.country or actor.sector or actor.actor_id)


def _one_reading(event: Event, other: Event) -> bool:
    """Whether two events come from one reading: the same verb and code in the same sentence (co-doers of an act
    give one event each). Unlike `_same_act`, their sides may differ."""
    return other is not event and other.sentence == event.sentence and other.verb_span == event.verb_span \
        and other.cameo == event.cameo


def _co_doer_starts(event: Event, events: list[Event]) -> set[int]:
    """Where the other doers of the same act are named."""
    return {other.source.start for other in events if _one_reading(event, other) and other.source is not None}


def _co_doer_target(event: Event, done: list[Event]) -> ActorRef | None:
    """The target already given to another doer of the same act: co-doers of one act with no target named act on
    the same side."""
    if event.target is not None or event.verb_span is None:
        return None
    return next((other.target for other in done if _one_reading(event, other) and other.source is not None
                 and other.target is not None), None)


def _unsaid_speaker(doc: Doc, event: Event) -> bool:
    """"Russia and Syria HAVE BEEN ACCUSED of ...": a verbal act told in the passive with no doer keeps no
    source: the writer does not say who speaks, and the story's other side is a guess."""
    if event.verb_span is None or event.quad_class not in (1, 3):
        return False
    span = doc.char_span(*event.verb_span, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span.root
    return in_passive(verb) and agent_of(verb) is None


@lru_cache(maxsize=1)
def _undergone_patterns() -> frozenset[str]:
    """Where the noun patterns of acts undergone are (nouns.txt `undergone`): "Turkey's offensive DREW international
    condemnation" names no critic, as a passive with no agent names no speaker (`_unsaid_speaker`): the story's other
    side is a guess, and mostly the side the offensive was aimed at."""
    return frozenset(p.where for patterns in load_patterns().nouns.values() for p in patterns if p.undergone)


def _inside_a_name(doc: Doc, mention: ActorMention, speech_verbs: frozenset[str]) -> bool:
    """"VOICE OF AMERICA reported ...", "..., AGENCE FRANCE-PRESSE reported", "an AGENCE FRANCE-PRESSE correspondent
    reports": the news outlet that reports the story (a medium the actor base knows, or a bare country named only
    inside the name of an organisation: a parser's organisation entity reaching beyond the mention), as the
    subject of a speech verb or the modifier of that subject, is the reporter, not a side the story's act could
    be done to or by. Not a named body with another sector ("the Israel Defense Forces said"), nor any
    organisation that acts (measured on WCEP: "the House of Representatives of the Philippines impeaches" is the
    country's act)."""
    span = doc.char_span(mention.actor.start, mention.actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if mention.actor.sector == MEDIA_SECTOR:
        return _reports(span.root, speech_verbs)
    if mention.actor.sector or span.root.ent_type_ != "ORG":
        return False
    entity = next((e for e in doc.ents if e.start <= span.root.i < e.end), None)
    if entity is None or (entity.start >= span.start and entity.end <= span.end):
        return False
    return _reports(entity.root, speech_verbs)


def _reports(name: Token, speech_verbs: frozenset[str]) -> bool:
    """Whether a name is the subject of a speech verb, or modifies that subject ("an AFP correspondent said")."""
    subject = name if name.dep_ in SUBJECT_DEPS else name.head
    return (subject.dep_ in SUBJECT_DEPS and subject.head.pos_ in ("VERB", "AUX")
            and subject.head.lemma_.lower() in speech_verbs)


def _charged_unplaced(doc: Doc, event: Event) -> bool:
    """"A Kenyan court jailed three men FOR ATTACKING Ugandan traders": the act one is accused or sentenced for is
    done by the accused (`_accused_of`); when the accused is someone the actor base cannot place, the act keeps no
    source rather than the story's other side, which is mostly the court or the accuser."""
    span = doc.char_span(*event.verb_span, alignment_mode="expand") if event.verb_span is not None else None
    return span is not None and len(span) > 0 and _accused_of(span.root) is not None


def _negated_mention(doc: Doc, mention: ActorMention, modality: Modality) -> bool:
    """Whether the clause naming an actor denies it: "The Kenyan president did not attend" names a president who
    took no part, and is no one's other side. The clause is the first verb above the mention."""
    token = _mention_clause(doc, mention)
    return token is not None and token.pos_ in ("VERB", "AUX") and is_negated(token, modality)


def _mention_clause(doc: Doc, mention: ActorMention) -> Token | None:
    """The first verb above a mention (the root of its sentence when no verb is above it); None when the
    mention's characters do not fall on tokens."""
    span = doc.char_span(mention.actor.start, mention.actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def story_home(actors: list[ActorMention]) -> str | None:
    """The country of a story that names one country only (organisations such as the UN aside), at least twice
    (as the story's other side must be): one mention in one sentence does not make a story about that country."""
    counts = _country_counts(actors)
    return next(iter(counts)) if len(counts) == 1 and sum(counts.values()) >= 2 else None


def story_main(actors: list[ActorMention]) -> str | None:
    """The country a story names most often: at least twice, and more often than any other."""
    return _most_named(_country_counts(actors))


def story_setting(doc: Doc, finder: ArgumentFinder) -> str | None:
    """The country a story happens in: the one it names most often as a place ("clashes IN Hong Kong", "a court
    IN Nairobi", "NEAR Samarra"), at least twice and more often than any other. A story names the powers that
    speak about a place (Beijing said, Washington warned) as doers, and the place where things happen after
    "in", "at", "near"."""
    return _most_named(_place_counts(doc, finder))


def _place_counts(tokens: Doc | Span, finder: ArgumentFinder) -> dict[str, int]:
    """How often the words name each country as a place, after "in", "at", "near" ...: the place itself, or
    the country of the town or region named; each of a list of places ("in Iraq AND SYRIA") counts, and a list
    with a place of no known country counts none (it may be of another country)."""
    counts: dict[str, int] = {}
    for token in tokens:
        if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.lower_ not in LOCATIVE_PREPS:
            continue
        places = [_named_place(named) for named in (token, *(c for c in token.conjuncts if c.i > token.i))]
        found = [_country_at(place, finder) if place is not None else None for place in places]
        if len(found) > 1 and any(here is None for here, place in zip(found, places, strict=True) if place):
            continue
        for here in found:
            if here is not None and "/" not in here[0]:
                counts[here[0]] = counts.get(here[0], 0) + 1
    return counts


def _most_named(counts: dict[str, int], besides: str | None = None) -> str | None:
    """The country named most often apart from `besides`: at least twice, and more often than any other."""
    ranked = sorted(((n, c) for c, n in counts.items() if c != besides), reverse=True)
    if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def _country_counts(actors: list[ActorMention]) -> dict[str, int]:
    return country_counts(m.actor for m in actors)


def _home_groups(reading: Reading, sources: list[Arg], targets: list[Arg], ctx: _Context
                 ) -> tuple[list[Arg], list[Arg]]:
    """In a story that names one country only, an unowned group ("police", "lawmakers", "the prosecutors",
    "protesters") is that country's, when the act has someone it is done to, or needs no one (a protest): "Police
    arrested ten protesters" in a story about Kenya is Kenyan police arresting Kenyans. A doer acting on no one
    ("doctors warned that the season will be hard") is left unplaced: placing it would only keep an act with one
    side, a statement more often than an event; a state body's verbal conflict is the exception
    (`_contention_at_home`). In a story of several countries only police and courts are placed, where the story
    happens (`_setting_of`), and the people a placed doer acts on (`_unowned_people`)."""
    if sources and not targets and not _needs_no_addressee(ctx.onto.plover_of(reading.code).event, reading.code):
        return _contention_at_home(reading, sources, ctx), targets
    if ctx.home is None:
        people = _placed(sources) and any(_unowned_people(a.actor) for a in targets)
        if not people and not any(_unowned_law(a.actor) for a in (*sources, *targets)):
            return sources, targets
        where = _setting_of(reading, ctx)
        if where is None:
            return sources, targets
        return (_placed_home(sources, where, _unowned_law),
                _placed_home(targets, where, _unowned_people if people else _unowned_law))
    return _placed_home(sources, ctx.home), _placed_home(targets, ctx.home)


def _named_before(args: list[Arg], others: list[Arg], ctx: _Context) -> list[Arg]:
    """"Egypt's foreign ministry ... A spokesman for THE MINISTRY criticized ...": a state body or office of no
    country whose phrase names a body by a definite noun ("the ministry", "a spokesman for the army") is that body
    named earlier in the text, when every earlier mention of that noun (same head noun, same sector) is of one
    country: a definite noun refers back. People (civilians, "the public") are left alone: on non-gold AEB pages
    "released to the public" took the country of an earlier "the American public" and kept a non-event. The body
    must be named in an earlier sentence, and is not made the other side's own body (same country and sector): in
    its own sentence the noun repeated is the same body in another role ("the British government freezes the
    assets of a network ... sanctioned by THE GOVERNMENT", a WCEP bullet, became the government acting on itself)."""
    out = []
    for arg in args:
        placed = _body_named_before(arg, ctx) if unowned_group(arg.actor) and (
            _is_state(arg, ctx.book.implicit) or _referring_group(arg.actor)) else arg
        if any(o.actor.country == placed.actor.country and o.actor.sector == placed.actor.sector for o in others):
            placed = arg
        out.append(placed)
    return out


def _referring_group(actor: ActorRef) -> bool:
    """Rebels, the opposition, a party (word_classes.toml `referring_group_sectors`): organised groups that a
    definite noun refers back to as it does to a state body ("Houthi rebels ... THE REBELS")."""
    return (actor.sector or "").lower() in load_word_classes().referring_group_sectors


def _body_named_before(arg: Arg, ctx: _Context) -> Arg:
    head = ctx.doc[arg.token]
    phrase = [head, *(o for p in head.children if p.dep_ == "prep" and p.lower_ in load_word_classes().body_preps
                      for o in p.children if o.dep_ == "pobj")]
    nouns = {t.lower_ for t in phrase if t.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in load_word_classes().definite_determiners for c in t.children)}
    if not nouns:
        return arg
    before = head.sent.start_char  # an earlier sentence: see `_named_before`
    seen = {(a.start, a.country) for a in ctx.finder.index.by_token.values()
            if a.end <= before and a.country and "/" not in a.country and a.sector == arg.actor.sector
            and a.text.split()[-1].lower() in nouns}
    countries = {c for _, c in seen}
    if len(countries) != 1:
        return arg
    return Arg(replace(arg.actor, country=countries.pop()), arg.token)


def _unowned_people(actor: ActorRef) -> bool:
    """Police, courts, or people of no named country (civilians, residents, protesters: sectors.tsv CVL, OPP) that
    a placed doer acts on: the people an act falls on are where it happens ("troops fired on protesters", "rebels
    kept civilians from leaving the camp"), and the doer being placed keeps a guess from making an event alone.
    """
    people = load_word_classes().people_sectors  # lower-cased, as every word class
    return _unowned_law(actor) or (unowned_group(actor) and (actor.sector or "").lower() in people)


def _contention_at_home(reading: Reading, sources: list[Arg], ctx: _Context) -> list[Arg]:
    """"The judges rejected the appeal", "lawmakers threatened to impeach him": an unowned state body (government,
    lawmakers, courts, army, police: `state_sectors`) that criticizes, rejects, demands, threatens or investigates
    (verbal conflict, GDELT QuadClass 3) with no one named it is aimed at is of the story's one country: a state
    body contends in its own country's politics. In a story of several countries only police and courts are placed
    so, in the story's setting (`story_setting`), not in a place their sentence names: "prosecutors charged him
    with fraud in gold mines IN ZAMBIA" names where the fraud was, not the prosecutors' country. Verbal cooperation
    with no addressee (praise, appeals, promises) stays unplaced, statements outnumbering events there; so do
    material acts (placing either cost real-news check precision). A party or the opposition (PTY, OPP) contends in
    its own country's politics too: in a story of one country it is placed so ("opposition parties condemned the
    tax"), in a story of several it is not (which country's opposition is not said)."""
    if ctx.onto.quad_class(reading.code) != VERBAL_CONFLICT or not all(
            unowned_group(a.actor) and (_is_state(a, ctx.book.implicit) or (
                ctx.home is not None and (a.actor.sector or "").lower() in load_word_classes().home_contender_sectors))
            for a in sources):
        return sources
    if ctx.home is None and not all(_unowned_law(a.actor) for a in sources):
        return sources  # as for acts with a target, only police and courts are placed where a story happens
    if ctx.setting is False:
        ctx.setting = story_setting(ctx.doc, ctx.finder)
    where = ctx.home or (ctx.setting if isinstance(ctx.setting, str) else None)
    return _placed_home(sources, where) if where is not None else sources


VERBAL_CONFLICT = 3  # GDELT QuadClass of CAMEO 09-13


def _setting_of(reading: Reading, ctx: _Context) -> str | None:
    """Where an act of a story of several countries happens: the one country its sentence names as a place, else
    the story's setting (`story_setting`). Police and courts act where the story is set, which is not always the
    country named most: a story about Hong Kong names China, its sovereign, more often than Hong Kong; and a
    national government named with no country was not placed this way (tried: real-news check all_right fell). A
    sentence naming several countries as places ("arrested in Macau and Taiwan") places no one: which place is
    whose is not said."""
    counts = _place_counts(reading.chain[0].sent, ctx.finder)
    if counts:
        return next(iter(counts)) if len(counts) == 1 else None
    if ctx.setting is False:  # the whole text is read for places only when a story needs it
        ctx.setting = story_setting(ctx.doc, ctx.finder)
    return ctx.setting if isinstance(ctx.setting, str) else None


def _unowned_law(actor: ActorRef) -> bool:
    """Police, prosecutors or a court of no named country (sectors.tsv COP, JUD)."""
    return unowned_group(actor) and (actor.sector or "") in SETTING_SECTORS


SETTING_SECTORS = frozenset({"COP", "JUD"})


def _referred_doer(judged: Token, sentence: Span, ctx: _Context, judges: set[str | None]) -> list[Arg]:
    """"Japan imposed export controls. South Korea called IT / THE MOVE unfair": an act judged by a pronoun or
    a definite noun phrase naming no actor is the act told just before, and what is condemned is its doer (the
    source of the last typed event coded earlier in this sentence or in the one before, when not the judge's
    own country: one does not condemn oneself)."""
    if not (judged.lower_ in load_word_classes().referring_pronouns or _definite_act(judged, ctx.finder)):
        return []
    previous = sentence.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for event in reversed(ctx.coded):
        if event.plover and event.source is not None and event.source.country not in (None, *judges) \
                and previous <= _start_token(sentence.doc, event) < judged.i:
            return [Arg(event.source, judged.i)]
    return []


def _definite_act(noun: Token, finder: ArgumentFinder) -> bool:
    """"the move", "this decision": a definite noun phrase that names no actor of its own."""
    determiners = load_word_classes().referring_determiners
    return (noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in determiners for c in noun.children)
            and not finder.actors_at(noun))


def _start_token(doc: Doc, event: Event) -> int:
    span = doc.char_span(event.sentence.start, event.sentence.end, alignment_mode="expand")
    return span.start if span is not None else len(doc)


def _home_people(args: list[Arg], home: str | None) -> list[Arg]:
    """In a story that names one country only, a named person the actor finder could not place ("McAleenan
    resigned") is that country's: the story gives no other country to be from. Used (by the caller) only for an
    act that needs no one it is done to (a resignation): for acts between people, the unplaced names of film,
    business and sports pages ("an entity Neumann controlled sold the company ...") became events."""
    return args if home is None else _placed_home(args, home, _unplaced_person)


def _unplaced_person(actor: ActorRef) -> bool:
    return bool(actor.name) and not actor.country and not actor.actor_id


def _main_officials(event: Event, main: str | None, home: str | None) -> Event:
    """A named person the text gives a political office (a state, armed, party or opposition sector) but no country
    ("Volker, former special envoy to Kyiv", "Rep. Ilhan Omar") is of the country the story names most
    (`story_main`): a news story introduces a foreign official by nationality ("Ukrainian President Zelensky") and
    its own country's officials by office alone. Given once the events are coded and their missing sides filled
    (`context_targets`), so that it adds no act and no side: it only places a side already kept (`_named` keeps
    such a doer, `_political` such a side). Not a person of a private trade (a business chief, a doctor: with a
    country their private acts would pass `_political`), nor a name with no office (a name alone is as often a
    namesake as anyone)."""
    if main is None:
        return event
    source, target = (replace(a, country=main) if a is not None and _unplaced_official(a, home) else a
                      for a in (event.source, event.target))
    return event if (source, target) == (event.source, event.target) else replace(event, source=source, target=target)


def _unplaced_official(actor: ActorRef, home: str | None) -> bool:
    """(In a story of one country, a named person is placed only where `_home_people` says: an act that needs no
    one it is done to.)"""
    return ((_unplaced_person(actor) and home is None) or unowned_group(actor)) \
        and (actor.sector or "").lower() in load_word_classes().political_sectors


def _needs_no_addressee(plover: str, code: str = "") -> bool:
    """A PLOVER type, or a CAMEO code under a listed prefix, whose act is news with no one it is done to
    (word_classes.toml `addressless_types`)."""
    listed = load_word_classes().addressless_types
    return plover.lower() in listed or any(code.startswith(p) for p in listed if p.isdigit())


def _placed_home(args: list[Arg], home: str, unplaced: Callable[[ActorRef], bool] | None = None) -> list[Arg]:
    """The arguments with those `unplaced` (by default an unowned group) given the story's country."""
    unplaced = unplaced or unowned_group
    return [Arg(replace(a.actor, country=home), a.token) if unplaced(a.actor) else a for a in args]


def _speaker_side(doc: Doc, event: Event, actors: list[ActorMention], known: ActorRef | None,
                  speech_verbs: frozenset[str]) -> ActorRef | None:
    """"The Palestinian negotiator said THEY would take steps to oppose it": an act with no doer named, told in
    words a speech verb reports, is the speaker's side's act (the speaker's actor, when of a country other than
    the act's target), not the story's most-named country."""
    if known is None:
        return None
    said = [m.actor for m in _reporters(doc, event, actors, speech_verbs) if m.actor.country]
    return said[0] if said and said[0].country != known.country else None


def _sentence_side(actors: list[ActorMention], known: ActorRef | None, event: Event, doc: Doc | None = None
                   ) -> ActorRef | None:
    """The other side named by the act's own sentence: "a US drone was shot down over Yemen, Houthi officials
    said" in a story naming Iran most is not Iran's act. When the sentence names actors of one country only
    besides the known side's, and that country is not told only in a gerund clause under the act
    (`_in_act_clause`), the missing side is that country's mention nearest before the act (the first in the
    sentence if none is before), not the story's most-named country."""
    if known is None or not known.country:
        return None
    words = _span_tokens(doc, event) if doc is not None else []
    inside = [m for m in actors if event.sentence.start <= m.actor.start < event.sentence.end
              and m.actor.country and m.actor.country != known.country]
    if len({m.actor.country for m in inside}) != 1:
        return None
    inside = [m for m in inside if not words or doc is None or _in_act_clause(doc, m, words[0])]
    if not inside:
        return None
    return _nearest(inside, inside[0].actor.country or "", _act_start(event))


def _in_act_clause(doc: Doc, mention: ActorMention, act: Token) -> bool:
    """Whether a mention may be the act's missing side: not one told in a gerund clause under the act with no
    subject of its own, which tells what the known side did besides: "India's navy drew criticism after sinking a
    THAI trawler" names the sunk trawler's country, not the critic's. (Refusing every clause under the act, relative
    and participle clauses too, cost PLOVER GSR target countries: tune .676 -> .620, check .764 -> .750.)"""
    clause = _mention_clause(doc, mention)
    if clause is None:
        return False
    if clause.pos_ not in ("VERB", "AUX") or clause == act or not act.is_ancestor(clause):
        return True
    return not (clause.tag_ == "VBG" and child(clause, "nsubj") is None)


def _act_start(event: Event) -> int:
    return event.verb_span[0] if event.verb_span is not None else event.sentence.start


def _other_side(counts: dict[str, int], home: str | None, actors: list[ActorMention], start: int) -> ActorRef | None:
    """The mention (nearest before `start`) of the country named most often other than `home`: at least twice,
    more often than any other."""
    if not home:
        return None
    country = _most_named(counts, besides=home)
    return _nearest(actors, country, start) if country else None


def _home_side(actors: list[ActorMention], known: ActorRef, start: int) -> ActorRef | None:
    """A one-country story is its own other side: the nearest mention before `start` of its country that is
    not the known side's actor ("the doctors urged ..." in a story naming only the US: a US addressee), nor a group
    of the same kind as an unnamed known side ("Colombian rebels ... THE REBELS ambushed a patrol" is no act of the
    rebels on themselves)."""
    mine = _identity(known)
    rest = [m for m in actors if m.actor.country == known.country and _identity(m.actor) != mine
            and not _same_group(m.actor, known)]
    return _nearest(rest, known.country or "", start) if rest else None


def _same_group(actor: ActorRef, known: ActorRef) -> bool:
    """"Colombian rebels ... THE REBELS": two unnamed mentions of one country and sector headed by the same common
    noun are one group (not "Syrian government forces" and the "Syrian Democratic FORCES", a name)."""
    if actor.actor_id or actor.name or known.actor_id or known.name or not known.sector:
        return False
    heads = actor.text.split()[-1:], known.text.split()[-1:]
    return (actor.sector == known.sector and bool(heads[0]) and heads[0] == heads[1]
            and heads[0][0][:1].islower())


def _nearest(actors: list[ActorMention], country: str, start: int) -> ActorRef:
    """The mention of `country` nearest before `start` (the first one if none is before)."""
    mentions = [m.actor for m in actors if m.actor.country == country]
    before = [a for a in mentions if a.start <= start]
    return before[-1] if before else mentions[0]


_OPENER = re.compile(r"^\W*([a-z][a-z ]{1,30}?)\s*(?:[:\]|]|$)")


def _teaser(text: str) -> bool:
    """Page furniture: "SEE MORE: ...", "[VIDEO] ...", a teaser of another story (word_classes.toml), at the
    start of a sentence's text."""
    found = _OPENER.match(text[:40].lower())
    return found is not None and found.group(1).strip() in load_word_classes().teaser_openers


def code_sentence(sentence: Span, ctx: _Context) -> list[Event]:
    readings = read_sentence(sentence, ctx.book, ctx.finder.index)
    events: list[Event] = []
    seen: set[str] = set()
    earlier = ctx.coded
    for reading in readings:
        ctx.coded = [*earlier, *events]
        for event in _events_of(reading, sentence, ctx):
            if event.id not in seen:
                seen.add(event.id)
                events.append(event)
    ctx.coded = earlier
    events.extend(e for e in _statements(sentence, ctx, readings, events) if e.id not in seen)
    return events


# --- readings: triggers lifted through frames -------------------------------------------------------


def read_sentence(sentence: Span, book: PatternBook, actors: ActorIndex) -> list[Reading]:
    """The readings of one sentence: each trigger through its frames; frame verbs over uncoded clauses."""
    triggers = find_triggers(sentence, book, actors)
    triggers.update(judgment_triggers(sentence, book, triggers, actors))  # judgments told by speech (judgments.py)
    triggers.update(_frame_triggers(sentence, book, triggers))
    triggers.update(nominal_triggers(sentence, triggers))
    readings: list[Reading] = []
    used_frames: set[int] = set()
    for index in sorted(triggers):
        reading = _lift(triggers[index], book)
        if reading is not None:
            readings.append(reading)
            used_frames.update(t.i for t in reading.chain[1:])
    readings = [r for r in readings if r.trigger.verb.i not in used_frames or r.trigger.framed_by]
    return [r for r in (_ruled_out(_demand_by_modal(r, book), book) for r in readings) if r.code]


def _frame_triggers(sentence: Span, book: PatternBook, triggers: dict[int, Trigger]) -> dict[int, Trigger]:
    """Frame verbs over an event noun ("demanded the release") or over a clause with no code of its own
    ("decided to open ...", "demanded that the US cancel ..."): the frame's default codes them."""
    found: dict[int, Trigger] = {}
    for token in sentence:
        said = _demanded_clause(token, book)
        if said is not None and said.i not in triggers:
            found[said.i] = Trigger(said, None, words=[said])
        frame = frame_of(token, book)
        if frame is None or (token.i in triggers and triggers[token.i].judged is not None):
            continue  # "called the move UNACCEPTABLE" is a judgment, not an appeal
        clause = complement(token, frame)
        if clause is not None and phone_call(token, clause) is not None:
            continue  # "called Milei on Friday TO EXPLAIN ...": a telephone call (verbs.txt), not an appeal
        if clause is not None and frame.see_verbs and clause.lemma_.lower() in frame.see_verbs:
            clause = child(clause, "ccomp") or clause  # "would like to see Turkey END its offensive"
        if clause is None:
            noun_trigger = frame_noun_trigger(token, frame, book)
            if noun_trigger is not None and token.i not in triggers:
                found[token.i] = noun_trigger
        elif clause.i not in triggers and frame_of(clause, book) is None and clause.pos_ in ("VERB", "AUX"):
            found[clause.i] = Trigger(clause, None, words=[clause])
    return found


def _demanded_clause(token: Token, book: PatternBook) -> Token | None:
    """"Russia said Sudan MUST return ...": the reported clause of a speech verb that carries a demand modal."""
    if token.pos_ != "VERB" or lemma(token) not in book.speech.verbs:
        return None
    clause = child(token, "ccomp")
    if clause is None or not any(c.dep_ == "aux" and c.lower_ in book.speech.demand_modals for c in clause.children):
        return None
    return clause


def _lift(trigger: Trigger, book: PatternBook) -> Reading | None:
    """Walk up from the trigger through the frame verbs that govern it, recoding at each."""
    code = trigger.code
    chain = [trigger.verb]
    frames: list[Frame] = []
    act_from = act_frames = 0
    if trigger.framed_by is not None:
        code = trigger.framed_by.code_for(code) or None
        frames.append(trigger.framed_by)
    node = _first_conjunct(trigger.verb)
    while (node.dep_ in ("xcomp", "ccomp", "advcl") or _gerund_of_prep(node)) and node.head.i != node.i:
        governor = node.head.head if _gerund_of_prep(node) else node.head
        frame = frame_of(governor, book)
        wished = _wished_of_another(node, governor, book)
        if trigger.code is not None and phone_call(governor, node) is not None:
            break  # "called Erdogan to convey support": the caller's own act, not an appeal
        if wished is not None:
            frame, governor, seen = wished
            chain.extend(seen)
        elif frame is None or _index(complement(governor, frame)) != node.i:
            break
        code = frame.code_for(code) or None
        if frame.recode:
            act_from, act_frames = len(chain), len(frames)
        frames.append(frame)
        chain.append(governor)
        node = governor
    if not code and _demanded_clause(node.head, book) is None:
        return None
    return Reading(trigger, code or "", chain, frames, act_from=act_from, act_frames=act_frames)


def _first_conjunct(verb: Token) -> Token:
    """"wants Trump to eliminate the tariffs as well as PROVIDE relief": a verb coordinated, with no subject of its
    own, with the clause a frame governs is governed by that frame too."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head
    return node if node.dep_ in ("xcomp", "ccomp") else verb


def _wished_of_another(node: Token, governor: Token, book: PatternBook
                       ) -> tuple[Frame, Token, list[Token]] | None:
    """"Russia wants UKRAINE to withdraw", "would like to see CHINA agree": an act another actor is wanted to
    do is a request to it (the wish frame's `of_another` frame), with the verbs looked through ("see")."""
    seen: list[Token] = []
    if governor.lemma_.lower() in _see_verbs(book) and governor.dep_ == "xcomp" and node.dep_ == "ccomp":
        seen, governor = [governor], governor.head
    elif node.dep_ not in ("ccomp", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return None
    frame = frame_of(governor, book)
    if frame is None or not frame.of_another or lemma(governor) not in frame.of_another_verbs:
        return None
    own = child(node, "nsubj") if node.dep_ == "ccomp" else child(governor, "dobj")
    if own is None or own.lower_ in load_word_classes().placeholder_subjects or own.i == _index(
            child(governor, "nsubj")):
        return None
    wish = book.frames.get(frame.of_another)
    return (wish, governor, seen) if wish is not None else None


def _see_verbs(book: PatternBook) -> frozenset[str]:
    return frozenset(v for f in book.frames.values() for v in f.see_verbs)


def _gerund_of_prep(node: Token) -> bool:
    """"balking at COMMITTING": a gerund under a preposition, which a frame verb may govern."""
    return node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.i != node.head.i


def _ruled_out(reading: Reading, book: PatternBook) -> Reading:
    """"The minister said that LIFTING the sanctions IS OUT OF THE QUESTION": a cooperative act named as the subject of
    "is out of the question" (word_classes.toml `ruling_out`) is refused by the speaker, a rejection (12x) that is
    made, not an act that happens."""
    verb = reading.trigger.verb
    if reading.frames or verb.dep_ not in ("csubj", "nsubj") or verb.tag_ != "VBG" or lemma(verb.head) != "be":
        return reading
    copula = verb.head
    phrase = " ".join(t.lower_ for t in copula.subtree if t.i > copula.i and t.dep_ != "punct")
    refusal = book.refusal_code(reading.code)
    speech = copula.head if copula.dep_ == "ccomp" and lemma(copula.head) in book.speech.verbs else None
    if not refusal or speech is None or not any(words in phrase for words in load_word_classes().ruling_out):
        return reading
    return Reading(reading.trigger, refusal, [*reading.chain, copula, speech], [], speech,
                   act_from=len(reading.chain))


def _demand_by_modal(reading: Reading, book: PatternBook) -> Reading:
    """"Russia said Sudan MUST return the helicopter": a demand by the speaker on the clause's subject."""
    top = reading.anchor
    speech = book.speech
    if top.dep_ != "ccomp" or lemma(top.head) not in speech.verbs:
        return reading
    if not any(c.dep_ == "aux" and c.lower_ in speech.demand_modals for c in top.children):
        return reading
    frame = book.frames.get(speech.demand_frame)
    if frame is None:
        return reading
    code = frame.code_for(reading.code or None)
    return Reading(reading.trigger, code, [*reading.chain, top.head], [*reading.frames, frame], top.head,
                   act_from=len(reading.chain), act_frames=len(reading.frames))


# --- arguments ----------------------------------------------------------------------------------------


def _source_args(reading: Reading, finder: ArgumentFinder, implicit: Implicit,
                 frame_verbs: dict[str, Frame]) -> list[Arg]:
    if reading.speaker is not None:
        return finder.actors_at(subject_of(reading.speaker, CONTROL_OBJECT_VERBS))
    if _ongoing(reading) and reading.trigger.noun is not None:
        return _noun_doers(reading.trigger.noun, finder)
    if _undergone(reading) and reading.trigger.noun is not None:
        noun = reading.trigger.noun
        critics = [*prep_objects(noun, ("from",)), *prep_objects(reading.trigger.verb, ("from",))]
        return _noun_doers(noun, finder) or [a for o in critics for a in finder.actors_at(o)]
    accused = _accused_of(reading.anchor)
    if accused is not None:
        return finder.actors_at(accused)
    claim = claimed_gerund(reading.anchor)
    if claim is not None:  # "X claimed responsibility for TARGETING ...": X did it
        return finder.actors_at(subject_of(claim.head, CONTROL_OBJECT_VERBS))
    anchor = reading.anchor
    if anchor.dep_ == "acomp":  # "is willing to withdraw"
        anchor = anchor.head
    if (anchor.dep_ == "acl" and anchor.tag_ == "VBN" and anchor.head.i == _index(reading.trigger.noun)) \
            or (participle_of(anchor) and anchor.head.dep_ != "ROOT" and reading.code[:2] >= CONFLICT_ROOT):
        # "the tariffs imposed BY THE US": a participle's doer; "Kenyan protesters ARRESTED in Nairobi", "the pilot
        # CAPTURED by Pakistan": the noun a past participle modifies is the one it is done to, never its doer (not
        # under a noun that heads the sentence: "The Authority - which ... - CALLED for a meeting" is a main verb). Only
        # for acts of conflict (CAMEO 11-20): "rebels BACKED by Iran", "a truce MEDIATED by Qatar" tell who stands
        # behind or between others, whom the coder then paired wrongly (WCEP: half wrong; quad precision fell)
        return finder.actors_at(agent_of(anchor))
    subject = subject_of(anchor, _asking_words(frame_verbs))
    if subject is None and in_passive(anchor) and (reading.frames or lemma(anchor) in frame_verbs):
        subject = child(anchor, "nsubjpass")  # "Vietnam IS COMMITTED to opening", "X is expected to visit"
    if subject is None and not in_passive(anchor):  # the clause the doer was sought in, when the parser left it none
        top = doer_clause(anchor, CONTROL_OBJECT_VERBS)
        subject = adjacent_actor_before(top, finder.index) if top.dep_ == "ROOT" and not in_passive(top) else None
    if subject is None and in_passive(reading.trigger.verb):
        return _instrument_agents(reading.trigger.verb, finder, implicit)
    return finder.actors_at(subject) or _issuer(anchor, finder)


def _asking_words(frame_verbs: dict[str, Frame]) -> frozenset[str]:
    """The verbs whose object does the infinitive (word_classes.toml `control_object_verbs`) and the words of
    asking, demanding and ordering (frames.toml appeal, demand, order): as nouns ("a REQUEST to Kyiv to
    investigate") they give the infinitive to the one asked too (`arguments._asked_by_noun`). Built once per
    frame table (the pattern book's is loaded once), not on every event."""
    known = _ASKING_WORDS.get("last")
    if known is None or known[0] is not frame_verbs:
        words = CONTROL_OBJECT_VERBS | {verb for verb, frame in frame_verbs.items() if frame.kind in ASKING_FRAMES[:3]}
        known = _ASKING_WORDS["last"] = (frame_verbs, words)
    return known[1]


_ASKING_WORDS: dict[str, tuple[dict[str, Frame], frozenset[str]]] = {}  # the last frame table and its words


def _protesters_of_place(reading: Reading, finder: ArgumentFinder) -> list[Arg]:
    """"Protests erupt ACROSS BANGLADESH", "demonstrations IN MOROCCO continue": protests no one is named for
    are by people of the country where they happen (the country only: which group is not said)."""
    if not (_ongoing(reading) or _held_protest(reading)) or not reading.code.startswith(PROTEST_ROOT):
        return []
    words = [reading.trigger.verb, *(t for t in [reading.trigger.noun] if t is not None)]
    place = _location(words, []) or _place_after(words, ("across", "throughout"))
    if place is None or _not_home(place, finder):
        return []
    here = _capital_of(place) if finder.index.at(place) is None else None
    return [Arg(ActorRef(here[1], place.idx, place.idx + len(place), None, None, here[0], None), place.i)] \
        if here else _authority_of(place, finder)


def _not_home(place: Token, finder: ArgumentFinder) -> bool:
    """A protest place that does not say whose people protest: several places ("protests in Ireland and Norway"
    are by the people of each), or a body of a state ("a rally at the U.S. Embassy in Seoul" is by Koreans,
    against the embassy's state)."""
    body = finder.index.at(place)
    return any(c.dep_ == "conj" for c in place.children) or (body is not None and bool(body.sector))


def _held_protest(reading: Reading) -> bool:
    """"Mass protests ARE HELD across Serbia", "a rally was staged in Nairobi": a protest noun that is the
    passive subject of its verb, no doer named ("organized BY the union" names one)."""
    noun = reading.trigger.noun
    verb = reading.trigger.verb
    return (noun is not None and noun.dep_ == "nsubjpass" and noun.head.i == verb.i and not reading.frames
            and agent_of(verb) is None)


def _protesters_placed(reading: Reading, sources: list[Arg], finder: ArgumentFinder, implicit: Implicit
                       ) -> list[Arg]:
    """"Thousands of students protested IN TBILISI", "farmers marched THROUGH Paris", "students IN KYIV went on
    strike": people of no named country (not a state body) demonstrating, marching or striking in a
    named place are of that place's country. Crowds protest at home; people protesting abroad are named so
    ("Iranian exiles rallied in London") and keep the country they are named with."""
    if not reading.code.startswith(PROTEST_ROOT) or not sources:
        return sources
    if any(a.actor.country or a.actor.actor_id or _is_state(a, implicit) for a in sources):
        return sources
    words = [reading.trigger.verb, *(t for t in [reading.trigger.noun] if t is not None)]
    place = (_location(words, []) or _place_after(words, ("through", "across", "throughout"))
             or next((p for a in sources if (p := _home_place(reading.trigger.verb.doc[a.token])) is not None), None))
    if place is None or _not_home(place, finder):
        place = _seat_abroad(reading.trigger.verb)
        if place is None:
            return sources
    here = _country_at(place, finder) or _capital_of(place)
    return [Arg(replace(a.actor, country=here[0]), a.token) for a in sources] if here else sources


def _seat_abroad(verb: Token) -> Token | None:
    """"protesters stormed the US embassy IN BAGHDAD": where the body abroad (actors/bodies_abroad.txt) that a
    protest is done to sits, which is the protesters' home, as "a rally at the U.S. Embassy in Seoul" is by Koreans."""
    for noun in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if noun.lower_ in bodies_abroad() or noun.lemma_.lower() in bodies_abroad():
            owners = prep_objects(noun, ("of",))  # "the consulate of the United States IN KARACHI"
            return next((p for n in (noun, *owners) if (p := _home_place(n)) is not None), None)
    return None


def _crowd(reading: Reading) -> list[Arg]:
    """"THOUSANDS demonstrated in Tbilisi", "hundreds marched": a protest whose subject is a bare quantity word
    (word_classes.toml `crowd_numbers`) is held by that many people (sector CVL, as "thousands of people" is);
    `_protesters_placed` then places them where they protest."""
    verb = reading.trigger.verb
    if verb is None or not reading.code.startswith(PROTEST_ROOT):
        return []
    subject = child(verb, "nsubj")
    if subject is None or subject.lemma_.lower() not in load_word_classes().crowd_numbers \
            or any(c.dep_ == "prep" for c in subject.children):
        return []
    return [Arg(ActorRef(subject.text, subject.idx, subject.idx + len(subject.text), sector="CVL"), subject.i)]


def _protested_state(reading: Reading, sources: list[Arg], targets: list[Arg], implicit: Implicit) -> list[Arg]:
    """"Georgian students protested against THE GOVERNMENT", "farmers in Paris rallied outside PARLIAMENT": a
    state body of no named country that people of one country (not a state body themselves) protest against is
    their own country's; a foreign one is named so ("the US embassy", "Israel's government")."""
    if not reading.code.startswith(PROTEST_ROOT) or not targets:
        return targets
    countries = {a.actor.country for a in sources}
    if len(countries) != 1 or None in countries or any(_is_state(a, implicit) for a in sources if a.actor.sector):
        return targets
    if any(a.actor.country for a in targets):
        return targets
    home = countries.pop()
    return [Arg(replace(a.actor, country=home), a.token) if _is_state(a, implicit) and a.actor.sector
            and not a.actor.actor_id else a for a in targets]


def _capital_of(place: Token) -> tuple[str, str] | None:
    """"in KYIV": the country a capital (countries.tsv) is the capital of, for a capital the actor finder left
    out as a mere place of the act."""
    text = _place_text(place)
    country = country_of_capital(text) or country_of_capital(place.text)
    return (country, text) if country else None


def _protesters_of_story(reading: Reading, ctx: _Context) -> list[Arg]:
    """"The protests began peacefully in June" in a story about Hong Kong: protests no one and no place is named
    for are by people of the country the story names most often (the people, not a group: sector CVL)."""
    noun = reading.trigger.noun
    if not _ongoing(reading) or noun is None or not reading.code.startswith(PROTEST_ROOT) or ctx.main is None:
        return []
    if any(ctx.finder.index.at(t) is not None for t in noun.subtree):
        return []
    actor = ActorRef(noun.text, noun.idx, noun.idx + len(noun.text), country=ctx.main, sector="CVL")
    return [Arg(actor, noun.i)]


def _place_after(words: list[Token], preps: tuple[str, ...]) -> Token | None:
    for pobj in (o for w in words for o in prep_objects(w, preps)):
        place = _named_place(pobj)
        if place is not None:
            return place
    return None


def _accused_of(verb: Token) -> Token | None:
    """"Hamas accused ISRAEL of violating the ceasefire", "Y was charged with attacking ...": the act a person
    is accused of (or praised for) is done by that person, not by the accuser. The parser hangs the charge on the
    verb or on a noun of its phrase, or on the accused itself ("accusing THE VENEZUELAN GOVERNMENT of taking
    hostages", a WCEP bullet): that object of a verb of accusing is the accused."""
    prep = verb.head
    if verb.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "with"):
        return None
    accused = prep.head  # "a jury convicted WEBB of kidnapping": the parser may hang the charge on the accused
    if accused.dep_ == "dobj" and lemma(accused.head) in load_word_classes().accusing_verbs \
            and not in_passive(accused.head):
        return accused
    accuser = _phrase_verb(prep.head)
    if accuser.i == prep.i or lemma(accuser) not in load_word_classes().accusing_verbs:
        return None
    return child(accuser, "nsubjpass") if in_passive(accuser) else child(accuser, "dobj")


def _phrase_verb(token: Token) -> Token:
    """The verb whose own phrase a word is in: "sentenced him to life in PRISON for killing" → "sentenced" (the
    parser hangs the charge on the nearest noun of the sentence phrase; the charge is still the verb's)."""
    node = token
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else token


def _ongoing(reading: Reading) -> bool:
    """An event noun that is the subject of its aspect verb ("protests continue", "talks began")."""
    noun = reading.trigger.noun
    return (noun is not None and noun.dep_ == "nsubj" and noun.head.i == reading.trigger.verb.i
            and not reading.frames)


def _undergone(reading: Reading) -> bool:
    """"X FACED criticism from Y" (nouns.txt `undergone`): the verb's subject is the one the act is done to."""
    pattern = reading.trigger.pattern
    return pattern is not None and pattern.undergone and reading.trigger.noun is not None and not reading.frames


def _noun_doers(noun: Token, finder: ArgumentFinder) -> list[Arg]:
    """Who does what an event noun names when the noun is the subject ("PALESTINIAN riots continue", "talks
    BETWEEN RUSSIA AND UKRAINE resumed", "attacks BY the rebels escalated"): its modifiers and its "by",
    "between" or "among" objects."""
    heads = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    heads.extend(prep_objects(noun, ("by", "between", "among")))
    return [a for head in heads for a in finder.actors_at(head, loose=False)]


def _issuer(verb: Token, finder: ArgumentFinder) -> list[Arg]:
    """"The PKK issued a declaration DEMANDING ...", "issued a statement SAYING ...": a participle on a
    document names no subject; the one who issued the document acts."""
    if verb.dep_ != "acl" or verb.head.dep_ != "dobj":
        return []
    return finder.actors_at(subject_of(verb.head.head, CONTROL_OBJECT_VERBS))


def _instrument_agents(verb: Token, finder: ArgumentFinder, implicit: Implicit) -> list[Arg]:
    """"29 people are killed IN ISRAELI ATTACKS", "killed in an AMBUSH BY Islamic State fighters": a passive
    event with no "by" phrase was done by the actor of the violent act it happened in."""
    for noun in prep_objects(verb, tuple(sorted(implicit.agent_preps))):
        if noun.lemma_.lower() not in implicit.agent_nouns:
            continue
        by = prep_objects(noun, ("by",))
        found = _known(finder.actors_at(by[0]) if by else [])
        found = found or _known([a for a in finder.actors_at(noun) if a.token != noun.i or a.actor.country])
        if found:
            return found
    return []


def _target_tokens(trigger: Trigger) -> list[Token]:
    """Where the target of a trigger may be, best first."""
    verb = trigger.verb
    preps = trigger.pattern.target_preps if trigger.pattern is not None else DEFAULT_TARGET_PREPS
    out: list[Token] = []
    if trigger.judged is not None:  # "considers SETTLEMENT ACTIVITY illegal": what is condemned, and its owner
        out.extend([trigger.judged, *(c for c in trigger.judged.children if c.dep_ in ("poss", "compound"))])
    if in_passive(verb) or participle_of(verb):
        found = passive_target(verb)
        if found is not None:
            out.append(found)
    if trigger.noun is not None:
        out.extend(prep_objects(trigger.noun, preps))
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj", "attr")]
    if trigger.pattern is not None and trigger.pattern.target_preps != DEFAULT_TARGET_PREPS:
        # a pattern naming its own prepositions moves its object ("sent TROOPS to Hong Kong", "returned the
        # manuscript to Italy"): the target is where it goes, not the thing sent
        out.extend(prep_objects(verb, preps))
    out.extend(c for c in objects if trigger.noun is None or c.i != trigger.noun.i)
    out.extend(prep_objects(verb, preps))
    for obj in objects:  # "threatened further action AGAINST RUSSIA"
        out.extend(prep_objects(obj, preps))
    out.extend(nested_prep_objects(verb, preps))
    return out


def _first_actors(tokens: list[Token], finder: ArgumentFinder, exclude: set[tuple[int, int]]) -> list[Arg]:
    """The actors of the first place that names one; phrases headed by an actor ("to Kazakh schools")
    before phrases that only mention one ("Chinese teaching materials")."""
    for loose in (False, True):
        for token in tokens:
            found = [a for a in finder.actors_at(token, loose) if (a.actor.start, a.actor.end) not in exclude]
            args = _known(found)
            if args:
                return args
    return []


def _unplaced_target(reading: Reading, finder: ArgumentFinder) -> list[Arg]:
    """"the court sentenced TETSUYA NAKAMURA", "Israel killed MOHAMMED DEIF": a person named in the act's own target
    slot whom the actor base cannot place, for an act no slot gives a placed target: the one acted on all the same
    (the story's other side then only lends a country, `context_targets`). Looking on past such a slot for a placed
    actor instead (as `_first_actors` does) cost PLV and quad check sentences."""
    if reading.frames or reading.trigger.verb is None:
        return []
    for token in _target_tokens(reading.trigger):
        found = finder.actors_at(token, loose=False)
        if found:
            return found[:1] if all(_unknown_person(a, finder) for a in found) else []
    return []


def _unknown_person(arg: Arg, finder: ArgumentFinder) -> bool:
    """A person named in the slot ("charged JULIAN MARSH", "accuses HIM" for such a person) whom the actor base
    cannot place: the participant all the same, not a reason to look for another one further on or in the story."""
    actor = arg.actor
    return bool(actor.name) and not (actor.country or actor.sector or actor.actor_id) and finder.index.is_person(actor)


def _frame_object_tokens(anchor: Token, frame: Frame) -> list[Token]:
    out = [c for c in anchor.children if c.dep_ in ("dobj", "dative", "iobj")]
    out.extend(prep_objects(anchor, tuple(sorted(frame.preps | {"to", "with", "on"}))))
    return out


def _target_args(reading: Reading, finder: ArgumentFinder, sources: list[Arg], book: PatternBook) -> list[Arg]:
    """The target slots; with a PETRARCH book and no slot filled, the first actor after the verb in its phrase."""
    found = _slot_targets(reading, finder, sources, book)
    if found or not book.subtree_targets or reading.trigger.verb is None:
        return found
    verb = reading.trigger.verb
    exclude = {a.token for a in sources}
    after = sorted((t for t in verb.subtree if t.i > verb.i and t.i not in exclude), key=lambda t: t.i)
    return [a for a in _first_actors(after, finder, {(a.actor.start, a.actor.end) for a in sources})
            if a.token not in exclude]


def _slot_targets(reading: Reading, finder: ArgumentFinder, sources: list[Arg], book: PatternBook) -> list[Arg]:
    exclude = {(a.actor.start, a.actor.end) for a in sources}
    trigger = reading.trigger
    if reading.speaker is not None and lemma(reading.chain[-2]) == "be":  # ruled out: whom the refused act concerns
        return _first_actors(_target_tokens(trigger), finder, exclude)
    if reading.speaker is not None:  # demand by modal: the reported subject is asked to act
        return _first_actors([t for t in [subject_of(reading.chain[-2])] if t is not None], finder, exclude)
    if _ongoing(reading):  # "protests AGAINST the government continue": only the noun's own phrase
        preps = trigger.pattern.target_preps if trigger.pattern is not None else DEFAULT_TARGET_PREPS
        return _first_actors(prep_objects(trigger.noun, preps), finder, exclude) if trigger.noun is not None else []
    if _undergone(reading):  # "ISRAEL faced criticism": the subject undergoes it
        return _first_actors([t for t in [subject_of(trigger.verb, CONTROL_OBJECT_VERBS)] if t is not None],
                             finder, exclude)
    if not reading.frames:
        called = phone_call(reading.anchor.head, reading.anchor) if reading.anchor.head.i != reading.anchor.i else None
        found = _first_actors([*([called] if called is not None else []), *_askers(trigger.verb, book),
                               *_target_tokens(trigger)], finder, exclude)
        together = trigger.pattern is not None and (trigger.pattern.joint or trigger.pattern.recip)
        if found or (together and len(_distinct_countries(sources)) >= 2):
            return found
        found = _first_actors(_authors(reading), finder, exclude)
        if found:
            return found
        # last resort, as PETRARCH does: an actor named further inside the verb's own phrase
        passive = in_passive(trigger.verb)  # "killed in an explosion in SPAIN": a place, not the target
        offence = _offence_tokens(trigger.verb)
        heads = [t for t in phrase_actor_heads(trigger.verb) if not (passive and _is_place_phrase(t))
                 and t.i not in offence]
        return [a for a in _first_actors(heads, finder, exclude) if _placed([a])]
    frame = reading.frames[-1]
    for rule in frame.target:
        if rule == "object":
            found = _first_actors(_frame_object_tokens(reading.anchor, frame), finder, exclude)
        elif rule == "embedded":
            found = _first_actors([*_askers(trigger.verb, book), *_target_tokens(trigger)], finder, exclude)
        else:
            subject = subject_of(trigger.verb, CONTROL_OBJECT_VERBS) if trigger.noun is None else None
            found = _first_actors([subject] if subject is not None else [], finder, exclude)
        if found:
            return found
    return []


OFFENCE_PREPS = frozenset({"of", "with", "for", "over"})


def _offence_tokens(verb: Token) -> set[int]:
    """"a man ACCUSED of killing A JOURNALIST", "he was charged with attacking POLICE": what someone undergoing a
    verb (passive, or a participle on the noun it is done to) is accused, charged or held for is told by a gerund after
    "of", "with", "for"; whom that act was done to is not the one accused (the undergoer is, named or not)."""
    if not (in_passive(verb) or participle_of(verb)) or passive_target(verb) is None:
        return set()
    return {t.i for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in OFFENCE_PREPS
            for c in prep.children if c.dep_ == "pcomp" for t in c.subtree}


# frames.toml kinds whose verbs name a request, a demand, an order or an offer
ASKING_FRAMES = ("appeal", "demand", "order", "intent")


# CAMEO codes of a stand taken on what another did: praise or defend it (051, 052), disapprove (11), reject (12),
# protest (14); not the other cooperation of 05 ("057 sign a formal agreement")
REACTION_CODES = ("051", "052", "11", "12", "14")


def _authors(reading: Reading) -> list[Token]:
    """"the African Union condemned the decision ANNOUNCED BY the president", "protested against rules IMPOSED BY the
    junta": a stand taken on a policy, a decision, a move (word_classes.toml `abstract_nouns`) is taken towards
    whoever made it, named by the "by" phrase of the participle on the noun, as "the president's decision" names him.
    Only for these acts of reaction: "reached a deal MEDIATED BY Qatar" is no act on Qatar."""
    if not reading.code.startswith(REACTION_CODES):
        return []
    abstract = load_word_classes().abstract_nouns
    heads = [*(c for c in reading.trigger.verb.children if c.dep_ == "dobj"),
             *prep_objects(reading.trigger.verb, ("against", "to", "over"))]
    return [doer for head in heads if lemma(head) in abstract and (doer := done_by(head)) is not None]


def _askers(verb: Token, book: PatternBook) -> list[Token]:
    """"declined to answer a request FROM THE FRENCH AUTHORITIES", "accepted the demands BY PROTESTERS", "rejected
    RUSSIA'S offer": an act on a request, a demand or an offer is done to whoever made it. Such a noun is one that
    names the act of a frame verb of asking or offering (frames.toml appeal, demand, intent: "request", "demand",
    "appeal", "call", "offer", "pledge"); its maker is its "from" or "by" object or its possessive."""
    asking = {v for kind in ASKING_FRAMES if (frame := book.frames.get(kind)) is not None for v in frame.verbs}
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("to", "with", "on"))
    out: list[Token] = []
    for noun in nouns:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in asking:
            out.extend(prep_objects(noun, ("from", "by")))
            out.extend(c for c in noun.children if c.dep_ == "poss")
    return out


def _is_place_phrase(token: Token) -> bool:
    """"killed in an explosion at a mine IN SPAIN": a place where the event happened, not its target."""
    if token.ent_type_ not in PLACE_LABELS:
        return False
    while token.dep_ in ("appos", "conj", "compound", "npadvmod") and token.head.i != token.i:
        token = token.head  # "in Degaña, Asturias, SPAIN"
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


def _is_joint(reading: Reading, sources: list[Arg]) -> bool:
    if _done_together(reading):
        return True
    verb = reading.trigger.verb
    if verb.i >= 2 and verb.doc[verb.i - 2].lower_ == "co":
        return True
    return len({_identity(a.actor) for a in sources}) >= 2


def _done_together(reading: Reading) -> bool:
    """"jointly", "together", "each other", "between X and Y": the words themselves say the doers act as one or on
    one another."""
    words = [*reading.chain, *(t for t in [reading.trigger.noun] if t is not None)]
    near = [c for w in words for c in w.children]
    near += [g for c in near if c.dep_ in ("prep", "dobj") for g in c.children]  # "with each other", "each other's"
    return any(c.lower_ in JOINT_ADVERBS or c.doc[c.left_edge.i:c.i + 1].text.lower() in RECIPROCAL_OBJECTS
               or (c.dep_ == "prep" and c.lower_ in ("between", "among")) for c in near)  # "a truce BETWEEN X and Y"


def _mutual(reading: Reading) -> bool:
    """Whether co-doers with no other target act on each other. Only some acts are between their doers by nature:
    a reciprocal or joint verb of the pattern book ("met", "clashed"), an act done "together" or "on each other",
    or a code of the classes the CAMEO codebook defines between parties (consultations, agreements, cooperation;
    word_classes.toml `mutual_codes`), or a symmetric verb ("exchanged", "agreed": `mutual_verbs`). "Egypt and
    Jordan criticised the plan" is two criticisms, of neither."""
    pattern = reading.trigger.pattern
    if pattern is not None and (pattern.recip or pattern.joint):
        return True
    classes = load_word_classes()
    return (_done_together(reading) or reading.code.startswith(tuple(classes.mutual_codes))
            or any(lemma(verb) in classes.mutual_verbs for verb in reading.chain))  # "could AGREE to end"


def _identity(actor: ActorRef) -> str:
    return actor.actor_id or f"{actor.country}:{actor.sector}:{actor.text.lower()}"


def _pairs(reading: Reading, sources: list[Arg], targets: list[Arg]) -> list[tuple[Arg | None, Arg | None, bool]]:
    """Source–target pairs, a name that stands for several actors ("the Shire" [FRO/BIL/SAM] in PETRARCH's
    dictionaries) giving one pair per actor."""
    return [(s, t, reciprocal) for source, target, reciprocal in _named_pairs(reading, sources, targets)
            for s in _members(source) for t in _members(target)]


def _members(arg: Arg | None) -> list[Arg | None]:
    if arg is None or "/" not in (arg.actor.country or ""):
        return [arg]
    return [Arg(replace(arg.actor, country=part), arg.token) for part in (arg.actor.country or "").split("/") if part]


def _named_pairs(reading: Reading, sources: list[Arg], targets: list[Arg]
                 ) -> list[tuple[Arg | None, Arg | None, bool]]:
    """Source–target pairs; actors acting together with no target act on each other."""
    distinct = _distinct_countries(sources)
    if not targets and len(distinct) >= 2:
        if not _mutual(reading):
            return [(s, None, False) for s in distinct]  # "Egypt and Jordan criticised the move": each, alone
        first = distinct[0]
        return [(first, other, True) for other in distinct[1:]]
    if not sources:
        return [(None, t, False) for t in _distinct_countries(targets)]  # "Russia and Syria were accused": two
    if not targets:
        return [(distinct[0], None, False)]
    return [(s, t, False) for s in distinct for t in targets if _identity(s.actor) != _identity(t.actor)]


def _distinct_countries(args: list[Arg]) -> list[Arg]:
    """One actor per country (or per identity when countries are unknown): "Israeli helicopters and
    tanks" are one source."""
    seen: set[str] = set()
    out = []
    for arg in args:
        key = arg.actor.country or _identity(arg.actor)
        if key not in seen:
            seen.add(key)
            out.append(arg)
    return out


# --- assembling events -------------------------------------------------------------------------------


def _events_of(reading: Reading, sentence: Span, ctx: _Context) -> list[Event]:
    if no_act(reading, ctx.book.modality, ctx.finder) or foiled_by(reading.anchor) is not None:
        return []  # "police foiled a plot to BOMB ...": no bombing, and the police are not its doer
    pattern = reading.trigger.pattern
    found = _source_args(reading, ctx.finder, ctx.book.implicit, ctx.book.frame_of_verb)
    targets = _known(_target_args(reading, ctx.finder, _known(found), ctx.book))
    targets = _withdrawn_from(reading, _known(found), targets, ctx.finder)
    unplaced = _unplaced_target(reading, ctx.finder) if not targets else []
    # the sides an event noun's own phrase names (nominal.py): all of them for a noun standing alone
    found, targets = noun_sides(reading.trigger, ctx.finder, found, targets, bool(reading.frames))
    if is_nominal(reading.trigger) and not found:
        return []
    addressless = not targets and _needs_no_addressee(ctx.onto.plover_of(reading.code).event, reading.code)
    sources = _known(_home_people(found, ctx.home) if addressless else found)
    judged = reading.trigger.judged
    if judged is not None and (not _placed(targets) or judged.lower_ in load_word_classes().referring_pronouns):
        # "called IT unfair": the act told just before, rather than whoever the pronoun would stand for
        targets = _referred_doer(judged, sentence, ctx, {a.actor.country for a in sources})
    if reading.trigger.judged is not None and not _placed(targets):
        return []  # a judgment condemns something someone did: "called it illegal" with no one to blame says too little
    if pattern is not None and not reading.frames and not _read_as_other(reading, sources, targets, ctx):
        if pattern.joint and not _is_joint(reading, sources):
            return []
        if pattern.need_target and not _placed(targets) and len(_distinct_countries(sources)) < 2:
            return []
    sources = (_protesters_placed(reading, _based(sources or _crowd(reading), ctx), ctx.finder, ctx.book.implicit)
               or _unattributed(reading, ctx.finder, ctx.book.implicit)
               or _protesters_of_place(reading, ctx.finder) or _protesters_of_story(reading, ctx))
    targets = _protested_state(reading, sources, targets, ctx.book.implicit)
    if not sources:
        sources, held = _holders(reading, ctx.finder, ctx.book.implicit)
        targets = targets or held
    if not sources and _self_moved(reading, ctx.book.implicit):
        sources, targets = targets, []
    if not sources:
        sources = _implied_doers(reading, targets, ctx)
        targets = _implied_patients(reading, sources, targets, ctx) if not unplaced else targets
    sources, targets = _home_groups(reading, _named_before(sources, targets, ctx),
                                    _named_before(targets, sources, ctx), ctx)
    if not (_placed(sources) or _placed(targets)):
        sources = _acting_where(reading, sources, targets, ctx.finder)
    if ctx.sole is not None:
        sources = _placed_home(sources, ctx.sole, _unowned_law)
    if not (_placed(sources) or _placed(targets) or _named(sources) or _countryless(sources, ctx)):
        sources = _unplaced_doers(reading, sources, ctx)
        if not sources:
            return []
    plausible = _plausible_code(reading, sources, targets, ctx.doc, ctx.book.implicit)
    if not plausible or _on_a_kind(reading, plausible, ctx.finder):
        return []
    plausible = _force_shown(plausible, sources)
    speech_verbs = ctx.book.speech.verbs
    mode = chain_mode(reading.chain[reading.act_from:], [f.mode for f in reading.frames[reading.act_frames:]],
                      ctx.book.modality, speech_verbs)
    words = _event_words(reading)
    date, date_span = date_for_event(ctx.doc, words, sentence_timexes(ctx.timexes, sentence), ctx.story_date)
    mode = nominal_mode(reading.trigger, mode, ctx.book.modality, speech_verbs, dated_after(date, ctx.story_date))
    code = ctx.book.future_code(plausible) if mode == "future" else plausible
    refusal = ctx.book.refusal_code(code) if mode == "negated" and not reading.frames else None
    if refusal and announced_refusal(reading.chain, ctx.book.modality, speech_verbs):
        code, mode = refusal, "factual"
    elif mode == "negated" and [f.kind for f in reading.frames] == [FAILED] and ctx.book.refusal_code(code):
        # "X and Y failed to reach agreement": a cooperative act that did not come about is a rejection (12x)
        code, mode = ctx.book.refusal_code(code) or code, "factual"
    place_token = _location(words, targets)
    place = _place_text(place_token) if place_token is not None else None
    sources = _located(sources, place_token or _location(words, []), ctx.finder)
    if any(unowned_group(a.actor) for a in targets):  # (the walk for a place only when there is a group to place)
        targets = _located_group(targets, _location(words, []), ctx.finder, ctx.book.implicit)
    sources = _domestic(sources, targets, ctx.book.implicit)
    if not sources and place_token is not None and lookup_prefix(_code_table(ctx.book.implicit), code):
        sources = _authority_of(place_token, ctx.finder)
    if not sources and in_passive(reading.trigger.verb):
        sources = _home_justice(code, targets, reading.trigger.verb, ctx.book.implicit)
    elif sources and not any(a.actor.country for a in sources):
        sources = _home_police(code, sources, targets, ctx.book.implicit)
    sources, targets = _police_at_home(sources, targets, ctx.book.implicit, ctx.main)
    if not targets and unplaced:
        targets = unplaced  # kept so that the story's other side does not stand in for them (context_targets)
    if not sources and _placed(targets):
        sources = [a for a in found if _unplaced_name(a.actor)]  # kept likewise (`context_targets`: its country only)
    out = []
    reverse = pattern.reverse if pattern is not None and not reading.frames else None
    for source, target, reciprocal in _pairs(reading, sources, targets):
        out.append(_make_event(ctx, sentence, reading, code, mode, source, target, reciprocal,
                               (date, date_span), place))
        if reverse and target is not None:  # the target does something in return ("[032:033]")
            out.append(_make_event(ctx, sentence, reading, reverse, mode, target, source, False,
                                   (date, date_span), place))
    return out


CONFLICT_ROOT = "11"  # CAMEO 11-20: disapprove ... use unconventional mass violence
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
PROTEST_ROOT = "14"
FAILED = "fail"  # the frames.toml frame of "fail", "neglect"
SCORE = re.compile(r"(?<![\d.,-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.,-])")
CRITICIZE = "111"
HUMANITARIAN_AID = "073"


def _plausible_code(reading: Reading, sources: list[Arg], targets: list[Arg], doc: Doc, implicit: Implicit) -> str:
    """The reading's code, with the act it frames checked by `_plausible_act`: an act recoded there is lifted
    through the same frames again ("vowed to fight corruption" is no threat, "pledged to fight Ebola" an offer
    of aid)."""
    act = reading.trigger.code or ""
    checked = _plausible_act(act, reading, sources, targets, doc, implicit)
    if checked == act:
        return _ultimatum(reading.code, reading)
    code = checked
    for frame in reading.frames:
        code = frame.code_for(code or None) if code else ""
    return _ultimatum(code, reading)


ULTIMATUM = "139"  # CAMEO 139 give ultimatum (PLOVER THREATEN)


def _ultimatum(code: str, reading: Reading) -> str:
    """An appeal or a demand (02x, 10x) whose act asked has an "or" alternative of a penalty ("halt enrichment OR
    FACE sanctions"; word_classes.toml `ultimatum_penalties`) is an ultimatum (139)."""
    if not code.startswith(("02", "10")) or not reading.frames:
        return code
    verb = reading.trigger.verb
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children):
        return code
    penalties = load_word_classes().ultimatum_penalties
    return ULTIMATUM if any(c.dep_ == "conj" and lemma(c) in penalties for c in verb.children) else code


def _read_as_other(reading: Reading, sources: list[Arg], targets: list[Arg], ctx: _Context) -> bool:
    """Whether `_plausible_act` reads the verb as another act ("funding to FIGHT the Ebola epidemic" is aid,
    "attacked the plan" criticism): the verb pattern's conditions (a target it needs, a joint doer) are those of the
    act the pattern names, and do not hold for the act it is read as (aid against an epidemic has no one it is
    done to)."""
    act = reading.trigger.code or ""
    other = _plausible_act(act, reading, sources, targets, ctx.doc, ctx.book.implicit)
    return bool(other) and other != act


def _plausible_act(code: str, reading: Reading, sources: list[Arg], targets: list[Arg], doc: Doc,
                   implicit: Implicit) -> str:
    """The act's code, unless it is violence (CAMEO 18-20) that cannot be: a score in the verb's phrase
    ("beat Gibraltar 6-0"), or a game or a market as the one that acts or is hit ("the team attacked",
    "shares were hammered") give "" (no event); an attack on a policy, a plan or a remark is criticism (111);
    fighting a disease or a plague is humanitarian aid (073), fighting a social ill no event (word_classes.toml)."""
    if code[:2] not in VIOLENT_ROOTS or reading.trigger.noun is not None:
        return code
    verb = reading.trigger.verb
    classes = load_word_classes()
    phrase = [verb, *(t for c in verb.children if c.dep_ not in ("ccomp", "advcl", "conj", "relcl", "parataxis")
                      for t in c.subtree)]
    if SCORE.search(" ".join(t.text for t in sorted(phrase, key=lambda t: t.i))):
        return ""
    actors = [doc[a.token] for a in (*sources, *targets)]
    objects = [t for t in (object_of(verb), child(verb, "nsubj")) if t is not None]
    if any(lemma(t) in classes.contest_nouns for t in (*actors, *objects)):
        return ""
    if _casualty_count(verb, sources, implicit):
        return ""
    causes = [*objects, *prep_objects(verb, ("in", "during", "after", "by"))]
    if any(lemma(t) in classes.accident_nouns for t in causes):
        return ""  # "killed in a helicopter crash": nobody did it
    obj = object_of(verb)
    if obj is not None and lemma(obj) in classes.abstract_nouns:
        return CRITICIZE
    fought = [lemma(t) for t in (*([obj] if obj is not None else []), *prep_objects(verb, ("against",)))]
    if any(word in classes.plague_nouns for word in fought):
        return HUMANITARIAN_AID  # "funding to fight the Ebola epidemic" (PETRARCH-2: "combat locust" 073)
    if any(word in classes.social_ills for word in fought):
        return ""  # "fight corruption", "tackle the root causes" (PETRARCH-2: "fight racism", "combat &CRIME" [---])
    return code


SHOW_OF_FORCE = "150"  # CAMEO 150: demonstrate military or police power


def _force_shown(code: str, sources: list[Arg]) -> str:
    """An army that "takes to the streets" or "marches" shows force (150, PLOVER MOBILIZE); it does not protest:
    a demonstration (14x) whose doers are all of a force sector (word_classes.toml `force_sectors`)."""
    sectors = load_word_classes().force_sectors
    if code.startswith(PROTEST_ROOT) and sources and all((a.actor.sector or "").lower() in sectors for a in sources):
        return SHOW_OF_FORCE
    return code


def _on_a_kind(reading: Reading, code: str, finder: ArgumentFinder) -> bool:
    """A stance on a kind of thing or people is a statement of principle or public advice, not an act between
    actors: "we support voluntary returns", "the agency recommends (that) all adults get a flu shot"
    (word_classes.toml `backing_codes`, `asking_codes`). The direct object of the backing verb is the kind backed;
    the one asked is the object before the clause asked for, or that clause's subject. Asking FOR a kind ("urged
    restraint") stays a request, and so does asking a group ("urged lecturers to ...")."""
    if reading.trigger.noun is not None:
        return False
    classes = load_word_classes()
    verb = reading.anchor
    if any(code.startswith(p) for p in classes.backing_codes):
        obj = child(verb, "dobj") if not reading.frames else None  # the verb itself backs
        return obj is not None and _a_kind(obj, finder)
    if not any(code.startswith(p) for p in classes.asking_codes):
        return False
    asked = _asked(verb)
    if asked is not None and asked.lower_ in classes.public_pronouns:  # "urged EVERYONE in the county to ..."
        return not any(finder.index.at(t) is not None and not _is_place_phrase(t) for t in asked.subtree
                       if t.i != asked.i)
    universal = asked is not None and any(c.dep_ == "det" and c.lower_ in classes.kind_determiners
                                          for c in asked.children)
    return asked is not None and universal and _a_kind(asked, finder)


def _asked(verb: Token) -> Token | None:
    """The one asked: "recommends ALL ADULTS get ...", "recommends that ALL ADULTS get ..."."""
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
    if clause is None:
        return None
    obj = child(verb, "dobj")
    if obj is not None and obj.i < clause.i:
        return obj
    return child(clause, "nsubj")


def _a_kind(noun: Token, finder: ArgumentFinder) -> bool:
    """A bare plural or mass common noun, or one under "all/any/every/no", that names no actor and holds none
    (places where it is, "within Syria", aside): "forced relocations", "all individuals"."""
    classes = load_word_classes()
    if noun.pos_ != "NOUN" or finder.index.at(noun) is not None:
        return False
    if any(c.dep_ in ("poss", "nummod") for c in noun.children):
        return False
    if any(c.dep_ == "det" and c.lower_ not in classes.kind_determiners for c in noun.children):
        return False
    return not any(finder.index.at(t) is not None and not _is_place_phrase(t) for t in noun.subtree if t.i != noun.i)


def _casualty_count(verb: Token, sources: list[Arg], implicit: Implicit) -> bool:
    """"More than 2,500 civilians have been killed in the fighting": a number of people killed, told in the passive
    with no doer and no attack to stand for one ("killed in a suicide BOMBING" has a perpetrator, if unnamed), is a
    casualty count, not an act (real-news guidelines: counts with no perpetrator are non-events); word_classes.toml
    `mutual_fighting` names the causes that name no doer."""
    if sources or not in_passive(verb) or agent_of(verb) is not None or not _counted(child(verb, "nsubjpass")):
        return False
    mutual = load_word_classes().mutual_fighting
    causes = prep_objects(verb, tuple(sorted(implicit.agent_preps)))
    return all(lemma(c) in mutual and not prep_objects(c, ("between", "with", "among")) for c in causes)


def _counted(subject: Token | None) -> bool:
    """A subject that is a number of people ("2,500 civilians", "dozens of people": word_classes.toml
    `quantity_words`), as casualty counts are."""
    if subject is None:
        return False
    return subject.like_num or subject.lower_ in load_word_classes().quantity_words or any(
        c.dep_ == "nummod" for c in subject.children)


def _self_moved(reading: Reading, implicit: Implicit) -> bool:
    """"Turkish troops could be deployed in northern Syria": force posture (frames.toml `self_moved_codes`) told in
    the passive with no doer is done by the forces it moves, so they are its source, not its target."""
    verb = reading.trigger.verb
    return (reading.trigger.noun is None and in_passive(verb) and agent_of(verb) is None
            and lookup_prefix({c: c for c in implicit.self_moved_codes}, reading.code) is not None)


def _located(sources: list[Arg], place: Token | None, finder: ArgumentFinder,
             placeable: Callable[[Arg], bool] = lambda a: not a.actor.country) -> list[Arg]:
    """A source known only by its kind ("prisoners", "President Omar El Bashir" unknown to the base)
    acting in a named country is taken to be of that country (domestic actors act at home); `placeable` says
    which arguments the place may give a country to (by default those with none)."""
    if place is None or not any(placeable(a) for a in sources):
        return sources
    here = _country_at(place, finder)
    if here is None:
        return sources
    return [Arg(replace(a.actor, country=here[0]), a.token) if placeable(a) else a for a in sources]


# frames.toml kinds whose act is done to the one addressed (an appeal, a demand, an order), not to a place
ADDRESSED_FRAMES = frozenset({"appeal", "demand", "order"})

# CAMEO codes of taking one's own people out of a place: retreat (087), withdraw aid workers or inspectors (166),
# withdraw diplomats (161)
WITHDRAWAL_CODES = ("087", "166", "161")


def _withdrawn_from(reading: Reading, sources: list[Arg], targets: list[Arg], finder: ArgumentFinder) -> list[Arg]:
    """"Turkey is ready to pull ITS SOLDIERS out of Iraq", "the UN will withdraw its monitors and aid WORKERS from
    Mali": what a side withdraws are its own people; the side it withdraws from is the one its "from"
    phrase names (as in "American troops left Syria"). Only when the object found is the source's own (of its country,
    or of none) and the "from" phrase names an actor of another country; the act withdrawn, also when offered or
    threatened (the trigger's own code)."""
    verb = reading.trigger.verb
    if verb is None or not sources or not (reading.trigger.code or reading.code).startswith(WITHDRAWAL_CODES):
        return targets
    if any(f.kind in ADDRESSED_FRAMES for f in reading.frames):
        return targets  # "orders Malawian troops to withdraw from the Congo": an order is to the troops
    own = {a.actor.country for a in sources}
    if any(a.actor.country and a.actor.country not in own for a in targets):
        return targets
    heads = (verb, *(c for c in verb.children if c.dep_ == "dobj"))  # "recalled its ambassador FROM RIYADH"
    left = [o for t in heads for o in prep_objects(t, ("from",))]
    places = [a for o in left for a in finder.actors_at(o) if a.actor.country and a.actor.country not in own]
    if places:
        return places
    # "will evacuate all its outposts IN THE GAZA STRIP": a place the gazetteer knows, left or held
    held = [o for t in heads for o in prep_objects(t, ("in",))]
    return next(([a] for place in (*left, *held) for a in _authority_of(place, finder)
                 if a.actor.country not in own), targets)


def _located_group(targets: list[Arg], place: Token | None, finder: ArgumentFinder, implicit: Implicit
                   ) -> list[Arg]:
    """"Police arrested 30 PROTESTERS in Istanbul", "militants killed ten PEOPLE in an attack on a village in North
    Kivu": people acted on who are known only by a non-state kind (no country, name or identity; frames.toml
    `domestic_sectors`: protesters, civilians, militants, workers) are of the country where the act happens, as a
    source known only by its kind is (`_located`). Not a state's agents, who act abroad ("ordered THE MILITARY to
    strike positions in Somalia", "appointed an AMBASSADOR after talks in Istanbul"), nor where the place names
    several countries ("civilians in Macau and Taiwan")."""
    def placeable(arg: Arg) -> bool:
        return unowned_group(arg.actor) and (arg.actor.sector or "").lower() in implicit.domestic_sectors

    if place is None or len(_countries_in(place, finder)) > 1:
        return targets
    return _located(targets, place, finder, placeable)


def _acting_where(reading: Reading, sources: list[Arg], targets: list[Arg], finder: ArgumentFinder) -> list[Arg]:
    """"Gunmen killed ten people IN HAMA, SYRIA", "militants attacked a convoy in Khyber Pakhtunkhwa, Pakistan",
    "shot dead by security forces IN HARSIN, Kermanshah province, Iran": a group known only by its kind (no country,
    name or identity) using violence (CAMEO 18-20) where its own clause says (a place on the verb, its object or
    prepositional object, or the group itself), with no side placed otherwise, is of that place's country: armed
    groups named by their kind (word_classes.toml `armed_sectors`) fight where they are from (one from abroad is
    named so: "militants FROM Afghanistan").
    `_located` places such doers after the check too; here it is needed before it, else the act is dropped as having
    no placed side. Not other groups ("people kidnapped in Kaduna are released", "a company CEO gunned down" in a
    headline: no doers) nor other acts (on WCEP bullets "people went to receive aid in Gaza" and "a school in
    Jabalia" were no doers)."""
    armed = load_word_classes().armed_sectors
    if not sources or reading.code[:2] not in VIOLENT_ROOTS or not all(
            unowned_group(a.actor) and (a.actor.sector or "").lower() in armed for a in sources):
        return sources
    country = _clause_country(reading.trigger.verb, sources, finder)
    if country is None:
        return sources
    return [Arg(replace(a.actor, country=country), a.token) for a in sources]


def _clause_country(verb: Token, sides: list[Arg], finder: ArgumentFinder) -> str | None:
    """The one country of the places the act's own clause names: a locative phrase on the verb, its object or
    prepositional object (or the object of its passive's "by"), or on one of the sides; None for none or several."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj"),
             *(o for p in verb.children if p.dep_ in ("prep", "agent") for o in p.children if o.dep_ == "pobj"),
             *(verb.doc[a.token] for a in sides)]
    places = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS
              for o in p.children if o.dep_ == "pobj"]
    countries = {c for place in places for c in _countries_in(place, finder) or _capital_country(place)}
    return countries.pop() if len(countries) == 1 else None


def _capital_country(place: Token) -> set[str]:
    capital = _capital_of(place)
    return {capital[0]} if capital else set()


def _countries_in(place: Token, finder: ArgumentFinder) -> set[str]:
    """The countries a place phrase names: "in Pahalgam, Anantnag district, INDIA", "in the village of Arzah in Hama
    Governorate, SYRIA" (a country or capital within it), or a town the gazetteer knows ("in Samarra")."""
    found = set()
    for token in place.subtree:
        actor = finder.index.at(token)
        if actor is not None and actor.country and not actor.sector and "/" not in actor.country:
            found.add(actor.country)
        elif actor is None and token.pos_ == "PROPN" and (here := country_of_place(token.text)):
            found.add(here)
    return found


HOME_VERBS = frozenset({"base", "locate", "headquarter", "operate"})


def _based(sources: list[Arg], ctx: _Context) -> list[Arg]:
    """A source of no known country placed by its own phrase ("a newspaper BASED IN east Beirut", "a terror
    group based in Trinidad", "the Red Cross in Iraq") is of that place's country."""
    out = []
    for arg in sources:
        home = None if arg.actor.country else _home_place(ctx.doc[arg.token])
        here = _country_at(home, ctx.finder) if home is not None else None
        out.append(Arg(replace(arg.actor, country=here[0]), arg.token) if here else arg)
    return out


def _domestic(sources: list[Arg], targets: list[Arg], implicit: Implicit) -> list[Arg]:
    """A source known only by a non-state sector acting on one country's state is of that country
    (frames.toml [implicit] domestic_sectors): "Islamic fundamentalists demanded the resignation of ALGERIAN
    President ..." → DZA."""
    states = {a.actor.country for a in targets if a.actor.country and not _abroad(a.actor)
              and (a.actor.sector or "none").lower() in implicit.state_sectors}
    if len(states) != 1:
        return sources
    country = states.pop()
    return [Arg(replace(a.actor, country=country), a.token) if _unplaced_domestic(a, implicit) else a for a in sources]


def _abroad(actor: ActorRef) -> bool:
    """"protesters stormed the US EMBASSY in Baghdad": a state's body that sits abroad (actors/bodies_abroad.txt)
    says nothing of the home of those who act on it."""
    words = actor.text.lower().split(" of ")[0].split()  # "the consulate OF the United States"
    return bool(words) and (words[-1] in bodies_abroad() or " ".join(words[-2:]) in bodies_abroad())


def _unplaced_domestic(arg: Arg, implicit: Implicit) -> bool:
    actor = arg.actor
    return not actor.country and not actor.actor_id and (actor.sector or "").lower() in implicit.domestic_sectors


def _home_place(noun: Token) -> Token | None:
    for node in [noun, *(c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in HOME_VERBS)]:
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                pobj = child(prep, "pobj")
                place = _named_place(pobj) if pobj is not None else None
                if place is not None:
                    return place
    return None


def _code_table(implicit: Implicit) -> dict[str, str]:
    return {code: code for code in implicit.authority_codes}


def _authority_of(place: Token, finder: ArgumentFinder) -> list[Arg]:
    """"A missionary was arrested IN LEBANON": arrests, charges and releases with no named doer are the
    work of the authorities of the place (the country only: which body is not said)."""
    here = _country_at(place, finder)
    if here is None:
        return []
    return [Arg(ActorRef(here[1], place.idx, place.idx + len(place), None, None, here[0], None), place.i)]


JUSTICE_SECTOR = "JUD"


def _implied_doers(reading: Reading, targets: list[Arg], ctx: _Context) -> list[Arg]:
    """"Six protesters WERE ARRESTED in Nairobi", "three officers were charged with murder", "rallies were banned":
    a passive legal, police or state act with no doer named is done by the state body the act implies (arrests:
    police; charges, trials, sentences: the courts; bans, deportations: the government), of the country the
    clause places the act in, else of the state body that announces it, else of the state that then punishes the
    people (`_punishing_state`), else of the people it is done to (when of one country, and not for a deportation,
    a release or people named by a participle), else of the story's one home country (`story_home`), else of the
    one country the sentence names as a place (`_set_where_told`). A story of several countries gives no other
    guess, nor does a negated act. An arrest, charge or verdict told by a participle on the people ("three men
    ARRESTED during the protests") is read as a passive; a measure lifted is lifted by its owner
    (`_measure_owners`)."""
    verb = reading.trigger.verb
    implicit = ctx.book.implicit
    owners = _measure_owners(reading, ctx.finder)[0]
    if owners:
        return owners
    participle = verb is not None and participle_of(verb) and reading.code.startswith((ARREST_CODE, *COURT_CODES))
    if verb is None or not (in_passive(verb) or participle) or agent_of(verb) is not None \
            or reading.frames or is_negated(verb, ctx.book.modality) \
            or not lookup_prefix(_code_table(implicit), reading.code):
        return []  # "people are not usually held long": an act that did not happen implies no one
    patient = passive_target(verb)
    if lookup_prefix({c: c for c in implicit.holder_codes}, reading.code) and not _someone(patient, ctx.finder):
        return []  # "photos were released online": a release of no one is no act on people
    place = _location(_event_words(reading), targets) or (_home_place(patient) if patient is not None else None)
    here = _country_at(place, ctx.finder) if place is not None else None
    countries = {a.actor.country for a in targets if a.actor.country and "/" not in a.actor.country}
    if reading.code.startswith(EXPULSION_CODE) or lookup_prefix({c: c for c in implicit.holder_codes}, reading.code) \
            or participle:
        countries = set()  # the deported are foreigners, hostages are freed by captors: not the people's own country;
        # nor people named by a participle ("Singapore executes a Malaysian man CONVICTED of drug offences")
    home = ctx.home
    country = (here[0] if here else _announcing_state(verb, ctx) or _punishing_state(verb, reading.code, ctx) or (
        countries.pop() if len(countries) == 1 else None if countries else home))
    if country is None and not countries and _set_where_told(reading.code, ctx):
        country = _sentence_place(reading.chain[0].sent, ctx.finder)
    if country is None:
        return []
    sector = _implied_sector(reading.code, verb)
    return [Arg(ActorRef("", verb.idx, verb.idx, None, None, country, sector), verb.i)]


SETTING_CODES = ("173", "172", "1121", "115", "116")  # arrests, bans and restrictions, charges, suits and verdicts


def _set_where_told(code: str, ctx: _Context) -> bool:
    """Whether a doerless police or court act (arrests, bans and restrictions, charges, trials, verdicts) of a story
    that names no one home country is done in the one country its sentence names as a place (`_sentence_place`):
    "the perpetrator of the stabbing IN NICE, FRANCE, is sentenced to life", "the gunman of the attack on a beach
    IN SYDNEY was charged": a crime is tried where it was done, and police act where they are. Not deportations
    (the deported leave the country) nor releases (captors free hostages). The story's setting, which
    `_home_groups` gives unowned police, was tried here too: a real-news check event took a wrong country."""
    return ctx.home is None and code.startswith(SETTING_CODES)


def _sentence_place(sentence: Span, finder: ArgumentFinder) -> str | None:
    """The one country a sentence names as a place (`_place_counts`), counting the country a town's name is
    followed by ("in Nice, FRANCE"; the gazetteer lacks many towns); None when it names several or none."""
    counts = dict(_place_counts(sentence, finder))
    for token in sentence:
        if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in LOCATIVE_PREPS \
                and _country_at(token, finder) is None:
            for appos in (c for c in token.children if c.dep_ == "appos"):
                named = finder.index.at(appos)
                if named is not None and named.country and not named.sector and "/" not in named.country:
                    counts[named.country] = counts.get(named.country, 0) + 1
    return next(iter(counts)) if len(counts) == 1 else None


# easing, lifting or suspending a measure (CAMEO 080 yield, 081 ease administrative sanctions, 085 economic sanctions,
# 0872 a blockade) or cutting what one gives (16 reduce relations); not releasing people or returning property (084)
OWNED_MEASURE_CODES = ("080", "081", "085", "0872", "16")
AIMED_PREPS = frozenset({"on", "against", "to", "for", "with"})


def _measure_owners(reading: Reading, finder: ArgumentFinder) -> tuple[list[Arg], list[Arg]]:
    """(owners, aimed at): "RUSSIA'S ban on Turkish tomatoes was lifted", "US sanctions ON IRAN were eased", "if any
    of HIS tariffs will ever be removed", "American aid TO EGYPT was suspended": a measure whose lifting, easing or
    suspension (CAMEO 08, 16) is told in the passive with no doer is lifted by whoever it belongs to (its possessor,
    or the country its name is modified by), and the one it was aimed at (its "on", "against", "to" object) is the
    target. Read otherwise, the owner named in the measure's phrase became the target, and the story's other side,
    often the very country the measure was aimed at, the doer."""
    verb = reading.trigger.verb
    if not reading.code.startswith(OWNED_MEASURE_CODES) or reading.frames or not in_passive(verb) \
            or agent_of(verb) is not None:
        return [], []
    measure = passive_target(verb)
    classes = load_word_classes()
    if measure is not None and measure.lower_ in classes.object_quantifiers | classes.quantity_words:
        measure = next((o for p in measure.children if p.dep_ == "prep" and p.lower_ == "of"  # "any OF his tariffs"
                        for o in p.children if o.dep_ == "pobj"), None)
    if measure is None or measure.pos_ != "NOUN" or finder.index.at(measure) is not None \
            or measure.lemma_.lower() in classes.person_nouns:
        return [], []  # "Yemeni fishermen were let go": people are no one's measure
    owners = _known([a for c in measure.children if c.dep_ == "poss" for a in finder.actors_at(c)])
    owners = owners or [Arg(named, c.i) for c in measure.children if c.dep_ in ("amod", "compound")
                        and (named := finder.index.at(c)) is not None and named.country and not named.sector]
    if not owners:
        return [], []
    mine = {a.actor.country for a in owners}
    aimed = [a for p in measure.children if p.dep_ == "prep" and p.lower_ in AIMED_PREPS
             for o in p.children if o.dep_ == "pobj" for a in finder.actors_at(o) if a.actor.country not in mine]
    return owners[:1], _known(aimed)


NOUN_PREMODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "quantmod", "nmod"})


def _implied_patient(reading: Reading, doers: list[Arg], finder: ArgumentFinder) -> list[Arg]:
    """"A 61-year-old man WAS CHARGED with murder in Vancouver, police said": the one a doerless legal or police act is
    done to is its passive subject, here a person the actor base does not know, of the country whose police or
    courts act (`_implied_doers`: where the act happens). Left empty, the story's other side or whoever else the
    sentence names would stand in for them (`context_targets`): the police who said so, the court that sentenced,
    the building they were arrested near."""
    patient = passive_target(reading.trigger.verb)
    person = patient is not None and (patient.pos_ in ("NOUN", "PROPN") or patient.lower_ in ACTOR_PRONOUNS)
    if not doers or patient is None or not person or finder.actors_at(patient):
        return []
    first = min((c.left_edge for c in patient.lefts if c.dep_ in NOUN_PREMODIFIERS), key=lambda t: t.i,
                default=patient)
    start, end = first.idx, patient.idx + len(patient)
    text = patient.doc.text[start:end]
    return [Arg(ActorRef(text, start, end, None, None, doers[0].actor.country, None), patient.i)]


def _implied_patients(reading: Reading, doers: list[Arg], targets: list[Arg], ctx: _Context) -> list[Arg]:
    """The targets of a doerless arrest, charge or verdict whose doer `_implied_doers` gave: the person it is done to
    (`_implied_patient`) when no target was found; people known only by their kind ("protesters", "students") are of
    the country whose police arrest them, as `_located_group` has it for a place the actor finder marks."""
    owners, aimed = _measure_owners(reading, ctx.finder)
    if owners and doers == owners:
        return aimed
    if not doers or not reading.code.startswith((ARREST_CODE, *COURT_CODES)):
        return targets
    if not targets:
        return _implied_patient(reading, doers, ctx.finder)
    kinds = ctx.book.implicit.domestic_sectors
    country = doers[0].actor.country
    return [Arg(replace(a.actor, country=country), a.token)
            if unowned_group(a.actor) and (a.actor.sector or "").lower() in kinds else a for a in targets]


def _someone(noun: Token | None, finder: ArgumentFinder) -> bool:
    """Whether a noun phrase names a person or a group: an actor, a person's name, a personal pronoun."""
    if noun is None:
        return False
    return bool(_known(finder.actors_at(noun))) or noun.ent_type_ == "PERSON" or noun.tag_ == "PRP"


def _punishing_state(verb: Token, code: str, ctx: _Context) -> str | None:
    """"IRAN executes a man CONVICTED of spying", "Venezuela says it has released 99 people DETAINED after the
    protests", "Belarus pardons Ukrainians CONVICTED of offences": people arrested, detained or convicted (a
    participle on the noun) whom a state then executes, frees, pardons or sentences were arrested and convicted by
    that state (word_classes.toml `punishing_verbs`: what only the state that holds or tried someone does to
    them). Not a deportation or a transfer ("Eswatini will receive nationals DEPORTED from the US")."""
    if not participle_of(verb) or not code.startswith((ARREST_CODE, *COURT_CODES)):
        return None
    acting = verb.head.head
    if verb.head.dep_ != "dobj" or lemma(acting) not in load_word_classes().punishing_verbs:
        return None
    doers = ctx.finder.actors_at(subject_of(acting, CONTROL_OBJECT_VERBS))
    states = {a.actor.country for a in doers if a.actor.country and "/" not in a.actor.country
              and (not a.actor.sector or _is_state(a, ctx.book.implicit))}
    return states.pop() if len(states) == 1 else None


def _announcing_state(verb: Token, ctx: _Context) -> str | None:
    """"The interior ministry says that three men have been arrested": a doerless act that a state body of one
    country announces (the reported clause of its speech verb) was done by that country's state."""
    clause = verb
    while clause.dep_ in ("ccomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
        if lemma(clause) in ctx.book.speech.verbs:
            sayers = ctx.finder.actors_at(subject_of(clause, CONTROL_OBJECT_VERBS))
            states = {a.actor.country for a in sayers if a.actor.country and _is_state(a, ctx.book.implicit)
                      and a.actor.sector}
            return states.pop() if len(states) == 1 else None
    return None


def _implied_sector(code: str, verb: Token) -> str:
    """The state body a doerless act implies: the courts for trials, verdicts and charges ("charged WITH
    murder"), the police for other arrests and detentions, the government for the rest (bans, deportations)."""
    if code.startswith(COURT_CODES) or (code.startswith(ARREST_CODE) and prep_objects(verb, ("with",))):
        return JUSTICE_SECTOR
    return POLICE_SECTOR if code.startswith(ARREST_CODE) else GOVERNMENT_SECTOR


ARREST_CODE = "173"
EXPULSION_CODE = "174"
COURT_CODES = ("115", "116", "1121")  # suits, trials and verdicts, formal charges and indictments
GOVERNMENT_SECTOR = "GOV"


def _home_justice(code: str, targets: list[Arg], verb: Token, implicit: Implicit) -> list[Arg]:
    """"Three officers WERE CHARGED Tuesday": a passive legal act with no doer named and no place is done by
    the justice system of the country of the person it is done to (sector JUD, no words name it)."""
    if not lookup_prefix({c: c for c in implicit.target_authority_codes}, code) or code.startswith(EXPULSION_CODE):
        return []  # the deported are foreigners: their own country does not deport them
    countries = {a.actor.country for a in targets if a.actor.country and "/" not in a.actor.country}
    if len(countries) != 1:
        return []
    country = countries.pop()
    return [Arg(ActorRef("", verb.idx, verb.idx, None, None, country, JUSTICE_SECTOR), verb.i)]


def _holders(reading: Reading, finder: ArgumentFinder, implicit: Implicit) -> tuple[list[Arg], list[Arg]]:
    """(holders, held): "Two hostages who had been HELD BY THE TALIBAN were released": a passive release
    with no doer named is done by the holder its own sentence names for the people released: a relative
    clause or participle on the passive subject ("held by", "kidnapped by", "detained by"), or the holding
    verb the release is joined to ("were held by X and released on Sunday", "are freed after being detained
    by X"; the parser also hangs "... since 2016 were released" under "held"). When the release hangs on the
    holding verb, the people held are the people released."""
    verb = reading.trigger.verb
    if verb is None or not in_passive(verb) or not lookup_prefix({c: c for c in implicit.holder_codes},
                                                                  reading.code):
        return [], []
    released = child(verb, "nsubjpass")
    clauses = [c for c in released.children if c.dep_ in ("relcl", "acl")] if released is not None else []
    if verb.dep_ in ("conj", "advcl"):
        clauses.append(verb.head)
    clauses.extend(c for prep in verb.children if prep.dep_ == "prep" for c in prep.children if c.dep_ == "pcomp")
    for clause in clauses:
        if lemma(clause) in implicit.holding_verbs:
            holder = agent_of(clause)
            if holder is not None and (found := _known(finder.actors_at(holder))):
                held = _held(clause) if clause.i == verb.head.i else None
                return found, _known(finder.actors_at(held))
    return [], []


def _held(clause: Token) -> Token | None:
    """The people a holding verb holds: its passive subject, or the noun a relative pronoun stands for
    ("two hostages WHO had been held")."""
    subject = child(clause, "nsubjpass")
    if subject is not None and subject.tag_ in ("WP", "WDT") and clause.dep_ == "relcl":
        return clause.head
    return subject


def _home_police(code: str, sources: list[Arg], targets: list[Arg], implicit: Implicit) -> list[Arg]:
    """"POLICE arrested three Nigerian senators": police, prosecutors or courts of no named country doing a
    legal act to the people of one country are that country's."""
    if not lookup_prefix({c: c for c in implicit.target_authority_codes}, code):
        return sources
    countries = {a.actor.country for a in targets if a.actor.country and "/" not in a.actor.country}
    if len(countries) != 1:
        return sources
    country = countries.pop()
    return [Arg(replace(a.actor, country=country), a.token) if (a.actor.sector or "") in LAW_SECTORS else a
            for a in sources]


LAW_SECTORS = frozenset({"COP", "JUD"})
POLICE_SECTOR = "COP"


def _police_at_home(sources: list[Arg], targets: list[Arg], implicit: Implicit, main: str | None
                    ) -> tuple[list[Arg], list[Arg]]:
    """Police act at home: in a story about Kenya, "Kenyan police fired teargas at protesters" fires on Kenyan
    protesters, and "police arrested Nigerian traders" are Nigeria's police. Police of the story's main country
    (`story_main`) give it to the unplaced people (no state sector) they act on: the story is the context that
    makes the people's country clear (a lone sentence is not; PETRARCH's functional tests leave "Russian police
    arrested students" with students of no country). Unplaced police acting on the people of one country take
    that country. Acts on a state (a government, an army) are left alone."""
    police = [a for a in sources if (a.actor.sector or "") == POLICE_SECTOR]
    if not police or not targets:
        return sources, targets
    homes = {a.actor.country for a in police if a.actor.country}
    if len(homes) == 1 and all(a.actor.country for a in police):
        home = homes.pop()
        if home != main:
            return sources, targets
        return sources, [Arg(replace(a.actor, country=home), a.token) if _unplaced_people(a, implicit) else a
                         for a in targets]
    if homes or any(_is_state(a, implicit) for a in targets if a.actor.country):
        return sources, targets
    countries = {a.actor.country for a in targets if a.actor.country and "/" not in a.actor.country}
    if len(countries) != 1:
        return sources, targets
    home = countries.pop()
    return [Arg(replace(a.actor, country=home), a.token) if a in police else a for a in sources], targets


def _is_state(arg: Arg, implicit: Implicit) -> bool:
    return (arg.actor.sector or "none").lower() in implicit.state_sectors


def _unplaced_people(arg: Arg, implicit: Implicit) -> bool:
    return not arg.actor.country and not arg.actor.actor_id and not _is_state(arg, implicit)


def _unattributed(reading: Reading, finder: ArgumentFinder, implicit: Implicit) -> list[Arg]:
    """"A roadside BOMBING near the town of Samarra killed ...": a violent act whose subject is the attack or
    device itself, no doer named, was done by unidentified attackers of the country where it happened."""
    verb = reading.trigger.verb
    if verb is None or not lookup_prefix({c: c for c in implicit.unattributed_codes}, reading.code):
        return []
    subject = child(verb, "nsubj")
    if subject is None or lemma(subject) not in implicit.device_nouns or finder.index.at(subject) is not None:
        return []
    if any(finder.index.at(t) is not None for t in subject.subtree if t.dep_ in ("amod", "compound", "poss")):
        return []  # "a RUSSIAN strike", "Hamas's attack": someone is named
    place = _location([subject, verb], [])
    return _authority_of(place, finder) if place is not None else []


def _known(args: list[Arg]) -> list[Arg]:
    """Actors the base could say something about (a country, a sector or an identity)."""
    return [a for a in args if a.actor.country or a.actor.sector or a.actor.actor_id]


def _named(args: list[Arg]) -> bool:
    """Whether a source is someone named ("LaDonna Davis, a USCIS spokeswoman", "the Earth Liberation
    Front"): a named actor acting is news even when the base cannot place it in a country."""
    return any(a.actor.name and a.actor.sector for a in args)


def _unplaced_doers(reading: Reading, sources: list[Arg], ctx: _Context) -> list[Arg]:
    """The doers of an act whose sides the text does not place that are kept all the same: PLOVER codes an act whose
    actor's country is unknown. Kept: people known by their kind who protest (`_kind_protest`), and armed kinds
    acting where their own clause says (`_armed_here`), police and crowds using force in a story of one country
    (`_kind_at_home`). Any other unplaced doer is one the actor finder failed to
    tie to the story, and the act is dropped (precision first). Not: a named body the tables do not list (on
    non-gold pages its acts were mostly domestic rule-making coded as interactions), a person the base does not
    know (on news bullets as often a businessman or a comedian as a political actor). Whatever the text's length:
    a brief and a page are told alike."""
    if not sources:
        return []
    if _kind_protest(reading.code, [a.actor for a in sources]):
        return _protesters_home(reading, sources, ctx)
    return _armed_here(reading, sources, ctx) or _kind_at_home(reading, sources, ctx)


CROWD_ACT_ROOTS = frozenset({"14", "17", *VIOLENT_ROOTS})  # crowds are placed at home only for these acts


def _kind_at_home(reading: Reading, sources: list[Arg], ctx: _Context) -> list[Arg]:
    """"Riot police fired tear gas", "about 100 youths hurled petrol bombs at a police station": police, and crowds
    (youths, protesters, students, workers) that protest, coerce or use force, acting on no one the actor finder
    knows, are of the one country a one-country story names (`story_home`; `_home_groups` places them only when the
    act has someone it is done to), or of the one country their own clause names (`_clause_country`); in a story
    of several countries whose they are is not said, and they stay unplaced. Measured by kind (s21k): on ECB+,
    WCEP passages and AEB pages police so placed were the story's own in 7 of 7 (one act of the wrong type); a
    crowd's other acts ("workers will come out to communities", "demanding to evacuate") were mostly no events,
    and officials (GOV, LEG, JUD) so placed lowered real-news check precision; soldiers and ships (MIL) and
    militants (REB) added nothing measurable and are left to `_armed_here`."""
    verb = reading.trigger.verb
    if not all(unowned_group(a.actor) and _home_kind(a.actor.sector or "", reading.code) for a in sources):
        return []
    if verb.dep_ == "acl" or (in_passive(verb) and agent_of(verb) is None):
        return []
    country = ctx.home or _clause_country(verb, sources, ctx.finder)
    return [] if country is None else [Arg(replace(a.actor, country=country), a.token) for a in sources]


def _protesters_home(reading: Reading, sources: list[Arg], ctx: _Context) -> list[Arg]:
    """People known by their kind who protest are of the country where their clause says they protest ("marched in
    Quito"), else of the one country the text names (people protest at home: "workers went on strike over Chile's
    pension law"); in a text naming no country (or a page naming one once: `_names_no_country`) they keep no
    country. In a text naming several countries they are dropped: whose they are is not said (on PLOVER GSR such a
    protest kept with no country had the wrong countries)."""
    country = _clause_country(reading.trigger.verb, sources, ctx.finder)
    if country is None:
        named = {a.country for a in ctx.finder.index.by_token.values() if a.country and not a.sector}
        country = named.pop() if len(named) == 1 else None
    if country is None:
        return sources if ctx.countryless else []
    return [Arg(replace(a.actor, country=country), a.token) for a in sources]


def _armed_here(reading: Reading, sources: list[Arg], ctx: _Context) -> list[Arg]:
    """Armed kinds (word_classes.toml `armed_sectors`) doing the act where their own clause says are of that
    place's country ("prisoners were freed by rebels in Bamako"), as `_acting_where` has it for violence; not those
    the verb acts on ("33 soldiers DETAINED in a village", a passive with no "by")."""
    armed, verb = load_word_classes().armed_sectors, reading.trigger.verb
    if not all(unowned_group(a.actor) and (a.actor.sector or "").lower() in armed for a in sources):
        return []
    if verb.dep_ == "acl" or (in_passive(verb) and agent_of(verb) is None):
        return []
    country = _clause_country(verb, sources, ctx.finder)
    return [] if country is None else [Arg(replace(a.actor, country=country), a.token) for a in sources]


def _home_kind(sector: str, code: str) -> bool:
    """Police whatever they do, crowds when they protest, coerce or fight (word_classes.toml `home_police_sectors`,
    `home_crowd_sectors`)."""
    classes, kind = load_word_classes(), sector.lower()  # the word lists are read in lower case
    return kind in classes.home_police_sectors or (kind in classes.home_crowd_sectors and code[:2] in CROWD_ACT_ROOTS)


def _names_no_country(actors: list[ActorMention], doc: Doc) -> bool:
    """Whether the text names no country, or is a page of several sentences that names one country once: a local
    story that mentions its county's sheriff ("the Christian County Sheriff's Department", USA) or a country in
    passing once is no story about that country (`story_home` asks for two mentions too), so its unplaced police and
    courts are kept as in a text naming none. In a sentence or two, one country named is the act's own frame (on
    the quad and PLV sentences keeping such acts coded more wrong classes than right), and two countries named make a
    story between them, whose unplaced doers the actor finder failed to tie."""
    total = sum(_country_counts(actors).values())
    return total == 0 or (total == 1 and sum(1 for _ in doc.sents) >= _PAGE_SENTENCES)


_PAGE_SENTENCES = 3  # a text of this many sentences is a page, not a sentence or a news summary's bullet


def _named_once(actors: list[ActorMention], doc: Doc) -> str | None:
    """The country of a text that names one country, once, as the place things happen ("Police arrest 86 suspects"
    after "... during Independence Day IN PAKISTAN", "in Koszalin, Poland"): the police and courts it leaves unplaced
    are that country's (`_unowned_law`), as `_home_groups` places them in a story naming one country twice. Not a
    country named otherwise ("a man who had moved there FROM CANADA", a county's sheriff): that is no evidence of
    whose police act; nor in a text naming two countries, whose police may be either's."""
    counts = _country_counts(actors)
    if sum(counts.values()) != 1:
        return None
    country = next(iter(counts))
    named = next(m.actor for m in actors if m.actor.country == country)
    return country if _named_as_place(doc, named) else None


def _named_as_place(doc: Doc, actor: ActorRef) -> bool:
    """Whether a mention stands in a locative phrase of its sentence's main clause, itself or beside a town ("are
    killed ... in Pakistan", "injured ... in Munich, GERMANY", "arrested in Seoul, SOUTH KOREA"): where the told events
    happen. Not a doer or an origin ("from Canada"), nor a place inside a clause of its own ("arrested him for spying
    by sending photographs of bases IN NORWAY": the bases are there, not the arrest)."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token, locative = span.root, False
    while token.head.i != token.i:
        head = token.head
        locative = locative or (token.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS)
        if head.pos_ in ("VERB", "AUX"):
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head  # "are killed ... and 109 others are INJURED ... in Pakistan"
            return locative and head.dep_ == "ROOT"
        token = head
    return False


def _countryless(sources: list[Arg], ctx: _Context) -> bool:
    """Whether a doer known by its office ("the court", "police", "the city council") acts in a text that names no
    country, or one once (a local story, a wire brief: "Police arrested six men on Monday"): the text gives nothing
    to place anyone in, so a doer left unplaced is not one the actor finder failed to tie to the story, and the act is
    kept with the doer as the text names it. Private doers (a company, people, a family) do not count: on non-gold news
    pages naming no country they were product and lifestyle chatter. In a story that names countries an unplaced
    doer stays a reason to drop the act (precision first)."""
    if not ctx.countryless or not sources:
        return False
    return any(_is_state(a, ctx.book.implicit) for a in sources if a.actor.sector)


def _placed(args: list[Arg]) -> bool:
    """Whether one of the actors is tied to a country or a known identity: an event among unplaced
    "officials" and "people" says too little to keep."""
    return any(a.actor.country or a.actor.actor_id for a in args)


def _event_words(reading: Reading) -> list[Token]:
    words = list(reading.chain)
    words.extend(w for w in reading.trigger.words if w not in words)
    return words


def _verb_span(reading: Reading) -> tuple[int, int]:
    tokens = [t for t in [*reading.trigger.words, reading.trigger.verb] if t is not None]
    if not reading.speaker:
        tokens.extend(reading.chain)
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _location(words: list[Token], targets: list[Arg]) -> Token | None:
    """A place the event happened: "in/at" + a place name attached to the event's words, possibly
    through other noun phrases ("on the sidelines of the forum IN BOAO"), never through another clause."""
    target_tokens = {a.token for a in targets}
    frontier = list(words)
    for _ in range(6):
        next_frontier: list[Token] = []
        for node in frontier:
            for prep in node.children:
                if prep.dep_ != "prep":
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    place = _named_place(pobj) if prep.lower_ in PLACE_PREPS else None
                    if place is not None and place.i not in target_tokens:
                        return place
                    next_frontier.append(pobj)
        frontier = next_frontier
    return None


def _named_place(pobj: Token) -> Token | None:
    """The place a locative object names: a place name ("in Dili", "near Samarra", the gazetteer's towns the
    model does not tag) or the name after a place noun ("near the TOWN OF Samarra")."""
    if pobj.ent_type_ in PLACE_LABELS or (pobj.pos_ == "PROPN" and country_of_place(pobj.text)):
        return pobj
    if pobj.lemma_.lower() in load_word_classes().place_nouns:
        for prep in pobj.children:
            name = child(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ == "of" else None
            if name is not None and (name.ent_type_ in PLACE_LABELS or country_of_place(name.text)):
                return name
    return None


def _country_at(place: Token, finder: ArgumentFinder) -> tuple[str, str] | None:
    """The country of a place and the words naming it: an actor there (a country, a capital) or the
    gazetteer's entry for the place name."""
    here = finder.index.at(place)
    if here is not None and here.country:
        return here.country, here.text
    text = _place_text(place)
    country = country_of_place(text) or country_of_place(place.text)
    return (country, text) if country else None


def _place_text(pobj: Token) -> str:
    """The place phrase: the name with its compounds, then ", Province, Country" parts that follow."""
    doc = pobj.doc
    first = min([pobj, *(c for c in pobj.children if c.dep_ == "compound")], key=lambda t: t.i)
    last = pobj.i
    while last + 2 < len(doc) and doc[last + 1].text == "," and doc[last + 2].ent_type_ in PLACE_LABELS:
        last += 2
        while last + 1 < len(doc) and doc[last + 1].ent_type_ in PLACE_LABELS and doc[last + 1].ent_iob_ == "I":
            last += 1
    return doc.text[first.idx:doc[last].idx + len(doc[last])]


def _make_event(
    ctx: _Context,
    sentence: Span,
    reading: Reading,
    code: str,
    mode: Mode,
    source: Arg | None,
    target: Arg | None,
    reciprocal: bool,
    dating: tuple[DateValue | None, tuple[int, int] | None],
    place: str | None,
) -> Event:
    onto = ctx.onto
    plover = onto.plover_of(code)
    verb_span = _verb_span(reading)
    src = source.actor if source else None
    tgt = target.actor if target else None
    pattern = reading.trigger.pattern
    where = pattern.where if pattern is not None else ("speech" if code == ctx.book.speech.code else "frame")
    if reading.frames:
        where += " via " + "+".join(f.kind for f in reading.frames)
    confidence = (pattern.confidence if pattern is not None else 0.8) * (1.0 if src else 0.7)
    return Event(
        id=stable_id("e", ctx.doc_id, sentence.start_char, verb_span, code, src.code if src else "",
                     tgt.code if tgt else ""),
        doc_id=ctx.doc_id,
        sentence=Sentence(sentence.start_char, sentence.end_char),
        source=src,
        target=tgt,
        cameo=code,
        plover=plover.event,
        quad_class=onto.quad_class(code),
        goldstein=onto.goldstein_of(code),
        mode=mode,
        date=dating[0],
        date_span=dating[1],
        verb_span=verb_span,
        location=place,
        reciprocal=reciprocal,
        plover_mode=plover.mode,
        plover_context=plover.context,
        confidence=round(confidence, 3),
        pattern=where,
    )


# --- statements ---------------------------------------------------------------------------------------


def _statements(sentence: Span, ctx: _Context, readings: list[Reading], coded: list[Event]) -> list[Event]:
    """"X said/told Y ...": a statement (010) by a placed speaker to the addressee or about an actor of another
    country, kept only when what was said holds no event of its own: "X said Y attacked Z" is Y's attack
    (coded with its own actors), not X's statement. A statement has no PLOVER type; `tidings events` lists
    it only with --statements."""
    speech = ctx.book.speech
    taken = {t.i for r in readings for t in r.chain}
    out: list[Event] = []
    for token in sentence:
        if token.pos_ != "VERB" or lemma(token) not in speech.verbs or token.i in taken:
            continue
        said = child(token, "ccomp")
        speakers = ctx.finder.actors_at(subject_of(token, CONTROL_OBJECT_VERBS)) or _issuer(token, ctx.finder)
        if not speakers or said is None:
            continue
        exclude = {(a.actor.start, a.actor.end) for a in speakers}
        speaker_country = speakers[0].actor.country
        addressees = _first_actors([c for c in token.children if c.dep_ in ("dobj", "dative")], ctx.finder, exclude)
        about = [a for t in said.subtree if (a := _arg_at(t, ctx)) is not None and a.actor.country != speaker_country]
        targets = [t for t in addressees + about if t.actor.country][:1]
        if not targets or _reports_event(said, coded) or not _placed(speakers):
            continue  # a comment to no one, or one whose content is coded as its own event, is not kept
        trigger = Trigger(token, speech.code, None, words=[token])
        reading = Reading(trigger, speech.code, [token])
        out.extend(_statement_event(reading, sentence, ctx, speakers[0], targets[0] if targets else None))
    return out


def _reports_event(said: Token, coded: list[Event]) -> bool:
    """Whether what was said holds an event of its own: then the statement adds nothing ("Russia said its
    troops had withdrawn" is the withdrawal); otherwise the statement may be kept ("Xi told reporters that
    China will open a workshop in Kazakhstan": 010 by Xi about Kazakhstan)."""
    start, end = min(t.idx for t in said.subtree), max(t.idx + len(t) for t in said.subtree)
    return any(e.verb_span is not None and start <= e.verb_span[0] < end for e in coded)


def _arg_at(token: Token, ctx: _Context) -> Arg | None:
    actor = ctx.finder.index.at(token)
    return Arg(actor, token.i) if actor is not None else None


def _statement_event(reading: Reading, sentence: Span, ctx: _Context, speaker: Arg, target: Arg | None
                     ) -> list[Event]:
    mode = chain_mode(reading.chain, [], ctx.book.modality, ctx.book.speech.verbs)
    words = _event_words(reading)
    date, span = date_for_event(ctx.doc, words, sentence_timexes(ctx.timexes, sentence), ctx.story_date)
    event = _make_event(ctx, sentence, reading, reading.code, mode, speaker, target, False, (date, span), None)
    return [event]


def _index(token: Token | None) -> int:
    return token.i if token is not None else -1
