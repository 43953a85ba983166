"""Acts told by a noun, with their actors inside the noun phrase (data/patterns/nominal.toml).

News tells many events by a noun: "a meeting BETWEEN Trump AND Xi", "RUSSIA'S annexation OF CRIMEA", "the arrest
of the activist BY POLICE", "Israel's strikes ON IRAN". The noun phrase says who does the act (its possessor, its
"by" phrase, the first of "between X and Y") and who it is done to or with (a preposition that depends on the kind
of act: "with" for talks, "of" for an arrest, "on" for sanctions). A verb that already reports the noun ("held
talks", "demanded the release") comes first; these rules give the noun's own sides when nothing else does.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from tidings.actors.places import country_of_capital, country_of_place
from tidings.events.arguments import RELATIVE_PRONOUNS, Arg, ArgumentFinder, prep_objects, subject_of
from tidings.events.modality import strongest, verb_mode
from tidings.events.patterns import (
    Modality,
    Pattern,
    load_partitives,
    load_word_classes,
    patterns_dir,
    read_pattern_file,
)
from tidings.events.triggers import Trigger, lemma
from tidings.records import ActorRef, DateValue, Event, Mode, StoryDate

NOMINAL_FILE = "nominal.toml"
POSSESSOR = "poss"  # nominal.toml slot: the noun's possessor ("Russia's", "its")
MODIFIER = "mod"  # nominal.toml slot: an actor modifying the noun ("ISRAELI strikes", "U.S. sanctions")
MODIFIER_DEPS = ("amod", "compound", "nmod")
AIMED = "aimed"  # nominal.toml slot: the object of a participle that aims the act ("strikes TARGETING X")
DONE_BY = "done_by"  # nominal.toml slot: the "by" of a participle that does or owns the act ("an attack CLAIMED BY X")
BOTH_SIDES = ("between", "among")  # "talks BETWEEN X AND Y": both sides at once
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class NounClass:
    """Where a class of event nouns names its two sides (nominal.toml `[classes.NAME]`)."""

    name: str
    doer: tuple[str, ...]
    other: tuple[str, ...]
    mutual: bool = False
    need_other: bool = True
    places: bool = False  # a place it names is the other side, as its country ("the annexation of CRIMEA")
    # prepositions after which the noun's doer is the subject of the verb it hangs on ("X returned FROM talks with Y")
    clause_preps: tuple[str, ...] = ()
    # verbs ("verb" for an object, "verb:prep" for a prepositional object) whose subject answers the act and so is
    # its other side ("Washington REJECTED Beijing's demands", "Trump AGREED TO Beijing's demands")
    answered_by: frozenset[str] = frozenset()
    # phrases after which the subject of the clause pays the act back ("Iran fired missiles IN RETALIATION FOR
    # Israeli strikes": the strikes were on Iran)
    responses: tuple[str, ...] = ()
    # prepositions naming where an act of force (a `figurative_codes` code) was done, whose place stands for the
    # country it was done to when the phrase names no other side ("a Russian drone strike IN ZAPORIZHZHIA" → UKR)
    where_preps: tuple[str, ...] = ()
    # verbs of answering whose subject does the act the noun names after "with", and whose "to" or "against" object is
    # (or did) what it answers, and so is the other side ("China RESPONDED TO U.S. tariffs WITH its own tariffs")
    answer_verbs: frozenset[str] = frozenset()
    # prepositions after which the subject of a verb that brings a thing to the act takes part in it, when the verb's
    # object names no actor ("Trump BROUGHT his love of show business TO trade talks with China", "INJECTED drama INTO
    # talks with Japan"); "brought CHINA to talks" names who was brought, not who talks
    carry_preps: tuple[str, ...] = ()
    # prepositions by which a noun of fighting tells where the subject of a verb of harm was harmed: the "with" side
    # did it ("three protesters were KILLED IN clashes WITH police": the police on the protesters)
    victim_preps: tuple[str, ...] = ()
    # the other side is only ever a place ("ISRAEL'S withdrawal FROM GAZA"): leaving an organisation is another act
    # ("Argentina's withdrawal FROM THE WHO" is a sanction, PLOVER SANCTION withdraw)
    only_places: bool = False


@dataclass(frozen=True, slots=True)
class NounModes:
    """Words that make a standalone event noun negated, future or hypothetical (nominal.toml `[mode]`)."""

    undoing_verbs: frozenset[str] = frozenset()
    stopping_verbs: frozenset[str] = frozenset()  # "ENDED a year of fighting": force stopped was used
    planned_modifiers: frozenset[str] = frozenset()
    planning_verbs: frozenset[str] = frozenset()
    possible_modifiers: frozenset[str] = frozenset()
    happening_verbs: frozenset[str] = frozenset()
    awaiting_verbs: frozenset[str] = frozenset()
    without_words: frozenset[str] = frozenset()
    unreal_aux: frozenset[str] = frozenset()
    unreal_preps: frozenset[str] = frozenset()
    before_words: frozenset[str] = frozenset()
    hearsay_nouns: frozenset[str] = frozenset()
    asking_words: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Members:
    """Words by which the object of an event noun lists or counts whom the act is aimed at (nominal.toml
    `[members]`): "talks with partners INCLUDING Japan", "tariffs on $3 billion WORTH of Chinese goods"."""

    list_preps: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    ranks: frozenset[str] = frozenset()  # "the FIRST by Israel": ordinals standing for the noun they rank


@dataclass(frozen=True, slots=True)
class NominalBook:
    """Each event noun's code and class, and the words of its mode."""

    nouns: dict[str, tuple[str, NounClass]]
    modes: NounModes = NounModes()
    judging_codes: tuple[str, ...] = ()
    figurative: frozenset[str] = frozenset()  # "a TRADE war": modifiers that make a noun of force a figure of speech
    figurative_codes: tuple[str, ...] = ()  # the codes (prefixes) of those nouns of force
    harm_verbs: frozenset[str] = frozenset()  # "strikes KILLED 30 people": verbs whose object a noun of force harmed
    harm_results: frozenset[str] = frozenset()  # "an attack LEFT six soldiers DEAD": what "leave" says it did
    doing_verbs: frozenset[str] = frozenset()  # "an attack CLAIMED / CARRIED OUT by X": X did it (slot "done_by")
    aiming_verbs: frozenset[str] = frozenset()  # "strikes TARGETING the Houthis": whom the act aims at (slot "aimed")
    force_sectors: frozenset[str] = frozenset()  # sectors of doers whose act of force is done to where it is done
    members: Members = Members()  # "talks with partners INCLUDING Japan": whom an object lists or counts
    # "Erdogan HELD a phone call with Putin", "Russia LAUNCHED an offensive": verbs whose subject does the act their
    # object names (nominal.toml `light_verbs`)
    light_verbs: frozenset[str] = frozenset()
    dying_verbs: frozenset[str] = frozenset()  # "two soldiers DIED in clashes with ...": harm told by its subject
    # "disagreed OVER IMPOSING sanctions on X": prepositions whose gerund names what is talked about, not an act done
    # (nominal.toml `light_verb_topics`)
    topic_preps: frozenset[str] = frozenset()

    def entry(self, noun: Token) -> tuple[str, NounClass] | None:
        """The noun's entry: a "modifier+noun" key first ("PHONE call", the modifier makes the act), then the noun."""
        if noun.pos_ != "NOUN":
            return None
        key = lemma(noun)
        if f"+{key}" in self.nouns:  # a cheap pre-check: the head of some "modifier+noun" key
            for child in noun.children:
                if child.dep_ in ("compound", "amod") and f"{lemma(child)}+{key}" in self.nouns:
                    return self.nouns[f"{lemma(child)}+{key}"]
        entry = self.nouns.get(key)
        return entry if entry is not None and entry[0] else None

    def subject_entry(self, subject: Token) -> tuple[str, NounClass] | None:
        """The entry of an event noun as a verb's subject, also when the parse reads a gerund that begins the clause
        as a verb of its own ("SHELLING by Russian forces killed three civilians": a clausal subject with no object,
        whose word is an event noun of the book)."""
        if subject.pos_ == "NOUN":
            return self.entry(subject)
        return self.nouns.get(subject.lower_) if _gerund_noun(subject) else None


def _gerund_noun(token: Token) -> bool:
    """A gerund the parse read as a verb where news uses the noun: a clausal subject or the object of a passive's "by"
    ("SHELLING by Russian forces killed ...", "were killed by Russian SHELLING"), with no object, subject or
    auxiliary of its own ("by SHELLING the town" is the verb)."""
    place = token.dep_ == "csubj" or (token.dep_ == "pcomp" and token.head.dep_ == "agent")
    return place and token.tag_ == "VBG" and not any(
        c.dep_ in ("dobj", "nsubj", "aux", "ccomp", "xcomp", "dative") for c in token.children)


@lru_cache(maxsize=2)
def load_nominal(path: Path | None = None) -> NominalBook:
    """The noun classes of nominal.toml, indexed by noun lemma."""
    data = read_pattern_file(path or patterns_dir() / NOMINAL_FILE, "nominal")
    nouns: dict[str, tuple[str, NounClass]] = {}
    responses = tuple(str(p) for p in data.get("response_phrases", ()))
    for name, table in data.get("classes", {}).items():
        kind = NounClass(name, tuple(table.get("doer", ())), tuple(table.get("other", ())),
                         mutual=bool(table.get("mutual", False)), need_other=bool(table.get("need_other", True)),
                         places=bool(table.get("places", False)), clause_preps=tuple(table.get("clause_preps", ())),
                         answered_by=frozenset(str(v) for v in table.get("answered_by", ())),
                         responses=() if table.get("mutual", False) else responses,
                         where_preps=tuple(table.get("where_preps", ())),
                         answer_verbs=frozenset(str(v) for v in table.get("answer_verbs", ())),
                         carry_preps=tuple(table.get("carry_preps", ())),
                         victim_preps=tuple(table.get("victim_preps", ())),
                         only_places=bool(table.get("only_places", False)))
        for noun, code in table.get("nouns", {}).items():
            nouns[str(noun)] = (str(code), kind)
            if "+" in str(noun):  # "phone+call": "+call" marks a head with modifier keys (no entry of its own)
                nouns.setdefault("+" + str(noun).split("+")[-1], ("", kind))
    words = data.get("mode", {})
    modes = NounModes(**{f.name: frozenset(str(w) for w in words.get(f.name, ())) for f in fields(NounModes)})
    harm = data.get("harm", {})
    return NominalBook(nouns, modes, tuple(str(c) for c in data.get("judging_codes", ())),
                       frozenset(str(w) for w in data.get("figurative_modifiers", ())),
                       tuple(str(c) for c in data.get("figurative_codes", ())),
                       frozenset(str(w) for w in harm.get("verbs", ())),
                       frozenset(str(w) for w in harm.get("results", ())),
                       frozenset(str(w) for w in harm.get("doers", ())),
                       frozenset(str(w) for w in harm.get("aims", ())),
                       frozenset(str(w) for w in harm.get("force_sectors", ())),
                       _words(data.get("members", {})),
                       frozenset(str(w) for w in data.get("light_verbs", ())),
                       frozenset(str(w) for w in harm.get("dying", ())),
                       frozenset(str(w) for w in data.get("light_verb_topics", ())))


def _words(table: dict[str, list[str]]) -> Members:
    """The word sets of nominal.toml `[members]`."""
    return Members(**{f.name: frozenset(str(w) for w in table.get(f.name, ())) for f in fields(Members)})


def is_nominal(trigger: Trigger) -> bool:
    """A trigger that is an event noun standing by itself (no verb reports it)."""
    return trigger.noun is not None and trigger.verb.i == trigger.noun.i


def nominal_triggers(sentence: Span, triggers: dict[int, Trigger], book: NominalBook | None = None
                     ) -> dict[int, Trigger]:
    """Event nouns of nominal.toml that no trigger of the sentence holds and whose phrase names a doer."""
    book = book or load_nominal()
    held = {t.noun.i for t in triggers.values() if t.noun is not None} | set(triggers)
    found: dict[int, Trigger] = {}
    for token in sentence:
        entry = book.entry(token)
        if entry is None or token.i in held or _denied(token) or _figurative(token, entry[0], book) \
                or _undone_by_trigger(token, triggers, book, entry[1]) or _unreal(token, book.modes) \
                or not _doer_heads(token, entry[1]):
            continue
        code, kind = entry
        pattern = Pattern(lemma(token), code, f"{NOMINAL_FILE}:{kind.name}")
        found[token.i] = Trigger(token, code, pattern, noun=token, words=[token])
    return found


def _undone_by_trigger(noun: Token, triggers: dict[int, Trigger], book: NominalBook, kind: NounClass) -> bool:
    """"CANCELS his planned visit": a verb that undoes the act and codes an event of its own (a refusal, CAMEO 125)
    tells it; the noun is no second event. A verb that answers the act does not undo it ("REJECTED Turkey's
    demands": the demand was made)."""
    verb = noun.head
    return (noun.dep_ in ("dobj", "nsubjpass") and verb.i in triggers
            and bool(set(_verb_names(verb)) & book.modes.undoing_verbs) and not _answers(verb, kind))


def _answers(verb: Token, kind: NounClass | None) -> bool:
    """Whether the verb is one of the class's `answered_by` verbs (said of its object)."""
    return kind is not None and bool(set(_verb_names(verb)) & kind.answered_by)


def _unreal(noun: Token, words: NounModes) -> bool:
    """"the exchange WOULD pave the way FOR talks between ...": a noun a verb of what may or will be aims at
    (`unreal_preps`), or one asked for ("CALLED FOR talks between ...", `asking_words`), is not told as an act; a noun
    the verb acts on is ("will condemn Russia's invasion"), and so is one it follows ("will train troops FOLLOWING
    Russian incursions")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.i == prep.i or prep.lower_ not in words.unreal_preps:
        return False
    if prep.lower_ == "for" and lemma(prep.head) in words.asking_words:  # "CALLED FOR talks between X and Y"
        return True
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "would pave THE WAY for talks"
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in words.unreal_aux
                                                for c in verb.children)


def _figurative(noun: Token, code: str, book: NominalBook) -> bool:
    """"Trump's TRADE war with China", "a LEGAL battle with the city": a noun of force (`figurative_codes`) whose
    modifier makes it a figure of speech (nominal.toml `figurative_modifiers`) tells no act of its own; "TRADE
    talks" are talks."""
    return code.startswith(book.figurative_codes) and any(
        c.dep_ in ("amod", "compound") and lemma(c) in book.figurative for c in noun.children)


def _denied(noun: Token) -> bool:
    """"NO talks with X": a noun under "no" tells that the act did not happen."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _doer_heads(noun: Token, kind: NounClass) -> list[Token]:
    """Where the noun's phrase may name its doer (`_named_doer_heads`, then `_clause_doer_heads`)."""
    return [*_named_doer_heads(noun, kind), *_clause_doer_heads(noun, kind), *_victims(noun, kind)[0]]


def _doers(noun: Token, kind: NounClass, finder: ArgumentFinder) -> list[Arg]:
    """The actors the noun's phrase names as its doer, else the clause's doer: a modifier that names no actor
    ("TRADE talks with China", "PEACE talks") leaves the doer to the clause ("Trump announced tariffs DURING trade
    talks with China")."""
    clause = [] if _carried_actor(noun, kind, finder) else _clause_doer_heads(noun, kind)
    for heads in (_named_doer_heads(noun, kind), clause):
        doers = _known([a for head in heads for a in finder.actors_at(head, loose=False)])
        if doers:
            return doers
    return []


def _between(noun: Token) -> list[Token]:
    """The objects of "between X and Y" (and "among") on the noun, or on the verb the noun is the subject of, where
    news often hangs them after the verb's own words ("CLASHES broke out on Monday BETWEEN Indian and Pakistani
    troops", "a MEETING was held in Doha BETWEEN Hamas and Israeli negotiators"): the phrase names the act's two
    sides wherever it stands."""
    return [o for word in (noun, *_stand_ins(noun), *_carriers(noun)) for o in prep_objects(word, BOTH_SIDES)]


def _carriers(noun: Token) -> list[Token]:
    """The verb whose subject (or passive subject) the noun is, or a measure of it is ("a meeting WAS HELD ...", "a
    round of talks OPENED ..."), with the bare object that makes a verb of happening ("talks TOOK PLACE ...")."""
    stand = _measured(noun)
    verb = stand.head
    if stand.dep_ not in ("nsubj", "nsubjpass") or verb.i == stand.i or verb.pos_ not in ("VERB", "AUX"):
        return []
    happening = load_nominal().modes.happening_verbs
    return [verb, *(c for c in verb.children if c.dep_ == "dobj" and f"{lemma(verb)}_{c.lower_}" in happening)]


def _named_doer_heads(noun: Token, kind: NounClass) -> list[Token]:
    """Where the noun's own phrase names its doer: "between" first, then the class's doer slots in order."""
    return [*_between(noun), *(h for slot in kind.doer for h in _slot_heads(noun, slot))]


def _clause_doer_heads(noun: Token, kind: NounClass) -> list[Token]:
    """The subject of the verb the noun hangs on through one of the class's `clause_preps` ("Mr. Trump returned
    FROM talks with China"), when the noun names the other side or the subject joins both sides of a mutual act
    ("Israel and Hamas are IN talks"); the subject of a light verb (`_light_verb`) or of a verb that brings something to
    the act (`_carrying_verb`)."""
    answering = _answering_verb(noun, kind) or _light_verb(noun)
    if answering is not None:
        subject = subject_of(answering)
        return [subject] if subject is not None else []
    carrier = _carrying_verb(noun, kind)
    if carrier is not None:
        subject = subject_of(carrier)
        return [subject] if subject is not None else []
    prep = _clause_prep(noun)
    if prep is None or prep.lower_ not in kind.clause_preps:
        return []
    head = prep.head
    if prep.pos_ == "VERB" and prep.dep_ == "acl" and head.pos_ == "NOUN" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "freed prisoners FOLLOWING talks with X": the parse hung the participle on the object
    if head.pos_ == "NOUN":  # "HIS departure from a meeting with Kim": the possessor of the noun it hangs on
        doers = [c for c in head.children if c.dep_ == "poss"]
    else:
        subject = subject_of(head) if head.pos_ in ("VERB", "AUX") and head.i != prep.i else None
        doers = [subject] if subject is not None else []
    named = any(_slot_heads(noun, s) for s in kind.other)
    # "ISRAEL AND HAMAS are in talks": a mutual act whose doers are joined names both sides without an other
    return doers if named or (kind.mutual and any(c.dep_ == "conj" for d in doers for c in d.children)) else []


def _light_verb(noun: Token) -> Token | None:
    """"Erdogan HELD a phone call with Putin", "Israel LAUNCHED a military campaign against Hamas", "the UN REIMPOSES
    sanctions on Iran": a verb of doing or of putting a measure in force (nominal.toml `light_verbs`) whose object the
    noun is says nothing of its own; its subject does the act. Not a gerund after a preposition of topic ("resigned
    after failing to agree OVER IMPLEMENTING sanctions": the act was argued about, not done)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.i == noun.i or verb.pos_ != "VERB":
        return None
    book = load_nominal()
    if verb.dep_ == "pcomp" and verb.head.lower_ in book.topic_preps:  # "disagreed OVER IMPOSING sanctions"
        return None
    return verb if set(_verb_names(verb)) & book.light_verbs else None


def _carrying_verb(noun: Token, kind: NounClass) -> Token | None:
    """"Trump BROUGHT his love of show business TO trade talks with China": the verb that brings its object to the act
    the noun names (the class's `carry_preps`), when the noun names the other side; whether the object names an actor
    ("brought CHINA to talks") is for `_doers` to say, with the actor finder."""
    prep = noun.head
    if not kind.carry_preps or noun.dep_ != "pobj" or prep.lower_ not in kind.carry_preps or prep.head.i == prep.i:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb if any(_slot_heads(noun, s) for s in kind.other) else None


def _carried_actor(noun: Token, kind: NounClass, finder: ArgumentFinder) -> bool:
    """Whether the object of the verb bringing something to the act names an actor ("brought CHINA to talks with the
    US": China is brought to talk, and the verb's subject does not talk)."""
    verb = _carrying_verb(noun, kind)
    return verb is not None and any(_known(finder.actors_at(c)) for c in verb.children if c.dep_ == "dobj")


def _victims(noun: Token, kind: NounClass) -> tuple[list[Token], list[Token]]:
    """"Three protesters were KILLED IN clashes WITH police", "two soldiers DIED IN fighting WITH the rebels": a noun of
    fighting (the class's `victim_preps`) that names no doer of its own, where the subject of a verb of harm was
    harmed; the "with" side did it to them. (doer heads, victim heads), or nothing."""
    prep = noun.head
    if not kind.victim_preps or noun.dep_ != "pobj" or prep.lower_ not in kind.victim_preps or prep.head.i == prep.i:
        return [], []
    verb, book = prep.head, load_nominal()
    if verb.pos_ != "VERB":
        return [], []
    if lemma(verb) in book.harm_verbs and any(c.dep_ == "auxpass" for c in verb.children):
        victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    elif lemma(verb) in book.dying_verbs:
        victims = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return [], []
    return (prep_objects(noun, ("with",)), victims) if victims else ([], [])


PARTICIPLE_PREPS = frozenset({"following"})  # prepositions the parse reads as a participle with an object


def _clause_prep(noun: Token) -> Token | None:
    """The preposition whose object the noun is; also "Belarus freed prisoners FOLLOWING talks with the US", which the
    parse may read as a participle taking the noun as its object, hung on the clause or on its object: a "following"
    with no subject of its own is the preposition news uses for "after" ("journalists WERE FOLLOWING the talks" is
    the verb)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.i != noun.i:
        return head
    participle = (noun.dep_ == "dobj" and head.lower_ in PARTICIPLE_PREPS and head.tag_ == "VBG"
                  and head.dep_ in ("prep", "advcl", "acl")
                  and not any(c.dep_.startswith("nsubj") for c in head.children))
    return head if participle else None


ANSWER_PREP = "with"  # "responded WITH sanctions": the act the answer is
ANSWERED_PREPS = ("to", "against", "for")  # "responded TO U.S. tariffs", "retaliated AGAINST Iran": what it answers


def _answering_verb(noun: Token, kind: NounClass) -> Token | None:
    """"China RESPONDED to U.S. tariffs WITH tariffs of its own", "Iran RETALIATED WITH missile strikes": the verb of
    answering (the class's `answer_verbs`) whose "with" object the noun is; its subject does the act."""
    prep = noun.head
    if not kind.answer_verbs or noun.dep_ != "pobj" or prep.lower_ != ANSWER_PREP or prep.head.i == prep.i:
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and set(_verb_names(verb)) & kind.answer_verbs else None


def _answered(noun: Token, kind: NounClass, finder: ArgumentFinder) -> list[Arg]:
    """Whom an act told as an answer is aimed at: the one the answer is "to" or "against", or the doer of the act it
    answers ("responded to U.S. TARIFFS with ..." → the United States)."""
    verb = _answering_verb(noun, kind)
    if verb is None:
        return []
    book = load_nominal()
    found: list[Arg] = []
    for head in prep_objects(verb, ANSWERED_PREPS):
        entry = book.entry(head)
        found.extend(_doers(head, entry[1], finder) if entry is not None else finder.actors_at(head, loose=False))
    return _known(found)


def _slot_heads(noun: Token, slot: str) -> list[Token]:
    """The words of one nominal.toml slot: the possessor, an actor modifier, or a preposition's objects, on the noun
    or on a word that stands in for its phrase (`_stand_ins`)."""
    return [h for word in (noun, *_stand_ins(noun)) for h in _word_slot_heads(word, slot)]


def _stand_ins(noun: Token) -> list[Token]:
    """Words whose possessor, modifiers and prepositions belong to the event noun's own phrase: the measure noun
    that counts it ("ISRAEL'S latest wave of strikes ON GAZA", "Russia's SERIES of attacks"), and an ordinal or
    superlative that the noun is said to be, after a copula or as an apposition ("the strike was THE FIRST BY ISRAEL
    ON Iranian soil", "the talks, THE FIRST BETWEEN Iran AND the United States since 2018, ...")."""
    measure = _measured(noun)
    out = [measure] if measure.i != noun.i else []
    head = noun.head
    if noun.dep_ == "nsubj" and head.i != noun.i and lemma(head) == "be":
        out.extend(c for c in head.children if c.dep_ == "attr" and _ranked(c))
    out.extend(c for c in noun.children if c.dep_ == "appos" and _ranked(c))
    return out


def _ranked(word: Token) -> bool:
    """"THE FIRST", "THE LARGEST", "THE SECOND": an ordinal or superlative standing for a noun it ranks."""
    return word.pos_ in ("ADJ", "NUM") and (word.tag_ == "JJS" or word.lower_ in load_nominal().members.ranks) \
        and any(c.dep_ == "det" for c in word.children)


def _word_slot_heads(noun: Token, slot: str) -> list[Token]:
    if slot == POSSESSOR:
        return [c for c in noun.children if c.dep_ == "poss"]
    if slot == DONE_BY:
        return _done_by(noun)
    if slot == AIMED:
        return _aimed_at(noun)
    if slot == MODIFIER:
        mods = [c for c in noun.children if c.dep_ in MODIFIER_DEPS]
        return [*mods, *(g for c in mods for g in c.children if g.dep_ in MODIFIER_DEPS and _joined(g, c))]
    return prep_objects(noun, (slot,))


def _done_by(noun: Token) -> list[Token]:
    """"an attack CLAIMED BY the Islamic State", "a bombing PERPETRATED BY rebels": the agent of a participle on the
    noun that says who did the act (nominal.toml `[harm] doers`); "an attack CONDEMNED BY the UN" names a judge. Also
    the doer of a relative clause whose verb of doing takes the noun as its object (`_doing_clause`): "the sanctions
    THAT WASHINGTON IMPOSED on Iran", "a tariff THE ADMINISTRATION had planned to impose"."""
    verbs = load_nominal().doing_verbs
    clauses = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and set(_verb_names(c)) & verbs]
    agents = [o for c in clauses for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    clause = _doing_clause(noun)
    doer = subject_of(clause) if clause is not None else None
    return [*agents, doer] if doer is not None and doer.lower_ not in RELATIVE_PRONOUNS else agents


def _doing_clause(noun: Token) -> Token | None:
    """The verb of doing (nominal.toml `[harm] doers`) of a relative clause on the noun whose object the noun is:
    "the sanctions THAT Washington IMPOSED", "the strikes Israel CARRIED OUT", or one step down an infinitive ("a
    tariff that the administration had PLANNED TO IMPOSE"), which the parse may hang as a clause with a subject of its
    own. Not a clause whose subject the noun is ("the attack THAT KILLED ...") nor one with an object of its own ("the
    talks that LAUNCHED a new era")."""
    verbs = load_nominal().doing_verbs
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.lower_ in RELATIVE_PRONOUNS for c in subjects) or (clause.dep_ == "acl" and not subjects):
            continue  # "the attack THAT killed ...", "the tariffs imposed on ..." (a participle: `_done_by` above)
        for verb in (clause, *(c for c in clause.children if c.dep_ == "xcomp")):
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if set(_verb_names(verb)) & verbs and all(o.lower_ in RELATIVE_PRONOUNS for o in objects):
                return verb
    return None


def _aimed_at(noun: Token) -> list[Token]:
    """"Israeli airstrikes TARGETING the Houthis", "attacks AIMED AT civilians", "sanctions DIRECTED AGAINST
    Russia": the object of a participle on the noun that says whom the act aims at (nominal.toml `[harm] aims`;
    "aim:at" for a prepositional object)."""
    verbs = load_nominal().aiming_verbs
    out: list[Token] = []
    doing = _doing_clause(noun)  # "the sanctions that Washington IMPOSED ON Iran"
    for clause in [*(c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")), *filter(None, [doing])]:
        names = set(_verb_names(clause))
        out.extend(c for c in clause.children if c.dep_ == "dobj" and names & verbs)
        out.extend(o for p in clause.children if p.dep_ == "prep" and {f"{n}:{p.lower_}" for n in names} & verbs
                   for o in p.children if o.dep_ == "pobj")
    return out


def _joined(outer: Token, modifier: Token) -> bool:
    """Whether a modifier's own modifier also names who acts: one hyphened to it ("JORDANIAN-U.S. operations") or
    one on a common noun of means ("RUSSIAN missile strikes", "an RSF drone strike"), not one inside a name ("the
    Russo-Ukrainian War peace talks")."""
    hyphened = outer.i + 2 == modifier.i and outer.doc[outer.i + 1].text == "-"
    return hyphened or (modifier.dep_ == "compound" and modifier.pos_ == "NOUN" and modifier.is_lower)


def noun_sides(trigger: Trigger, finder: ArgumentFinder, found: list[Arg], targets: list[Arg], framed: bool,
               book: NominalBook | None = None) -> tuple[list[Arg], list[Arg]]:
    """The (doers, other side) of a reading, given those its verb found.

    A standalone event noun (`is_nominal`) has only the sides its own phrase names (`own_sides`). A verb with no
    known doer whose subject is an event noun takes that noun's sides (`_sides_of_subject`). A noun a verb reports
    keeps the verb's doer; when the verb has none ("talks BETWEEN Russia AND Ukraine WERE HELD"), the noun's own
    phrase names it, and its other side when the verb found none ("ordered the invasion OF Ukraine"). An act judging
    another is aimed at that act's doer (`_judged_doers`). An act undergone ("Israel's strikes DREW condemnation",
    nouns.txt `undergone`) is done to its subject's doer, by critics the subject does not name: the subject lends it
    no sides."""
    noun = trigger.noun
    book = book or load_nominal()
    found = _not_self_answered(found, trigger.verb.doc, finder, book)
    subject = subject_of(trigger.verb) or _agent_gerund(trigger.verb)
    undergone = trigger.pattern is not None and trigger.pattern.undergone  # "ISRAEL'S STRIKES drew condemnation"
    if undergone and subject is not None:  # "Turkey's offensive in SYRIA drew condemnation": no critic named
        found = [a for a in found if not subject.left_edge.i <= a.token <= subject.right_edge.i]
    elif not _known(found) and subject is not None and (noun is None or subject.i != noun.i):
        found, targets = _sides_of_subject(subject, trigger.verb, finder, book, found, targets)
    if noun is None:
        judged = _judged_doers(trigger, finder, book)
        mine = {_identity(a) for a in _known(found)}
        return found, judged if judged and not any(_identity(a) in mine for a in judged) else targets
    entry = book.entry(noun)
    if is_nominal(trigger):
        return own_sides(noun, entry[1], finder) if entry is not None else ([], [])
    if _known(found) or framed or (subject is not None and subject.i != noun.i):  # "talks HELD between ...": the noun
        targets = [] if _known(found) and not framed and _possessors_only(noun, targets) else targets
        others = [] if targets or entry is None else _other_side(noun, entry[1], finder, _known(found))
        return found, targets or others
    mutual = trigger.pattern is not None and (trigger.pattern.recip or trigger.pattern.joint)
    kind = entry[1] if entry is not None else NounClass("held", (POSSESSOR, "by"), (), mutual, False)
    doers, others = own_sides(noun, replace(kind, need_other=False, mutual=kind.mutual or mutual), finder)
    if not doers:
        return found, targets
    return doers, others if others or len(doers) > 1 else targets


def _possessors_only(noun: Token, targets: list[Arg]) -> bool:
    """"Macron reaffirmed FRANCE'S support for Lebanon": the possessor of the event noun a verb reports is whose act it
    is, on the doer's side; when it is all the verb found as the other side, the noun's own phrase names that side. Not
    under a frame: "the court DISMISSED SUDAN'S case" rejects the possessor's act."""
    owners = {t.i for c in noun.children if c.dep_ == POSSESSOR for t in c.subtree}
    return bool(targets) and bool(owners) and all(a.token in owners for a in targets)


def _sides_of_subject(subject: Token, verb: Token, finder: ArgumentFinder, book: NominalBook, found: list[Arg],
                      targets: list[Arg]) -> tuple[list[Arg], list[Arg]]:
    """"The talks BETWEEN Serbia AND Kosovo failed to produce a deal": an event noun as the subject of another act
    lends that act the sides its phrase names, as does one in a passive's "by" phrase ("civilians were killed BY
    RUSSIAN STRIKES"); so does one a relative clause hangs on by "which" or "that", not by
    "who" ("talks between A and the rebels, WHO have refused ...": the parse hung the clause on the wrong noun)."""
    doing = subject.dep_ in ("nsubj", "nsubjpass", "csubj") or subject.head.dep_ == "agent"  # "killed BY strikes"
    subject = _measured_act(subject, book)
    entry = book.subject_entry(subject)
    if entry is None or not (doing or _relative_thing(verb)):
        return found, targets
    doers, others = own_sides(subject, replace(entry[1], need_other=False), finder)
    if not doers:
        return found, targets
    return doers, others if others or len(doers) > 1 else targets


def _measured_act(word: Token, book: NominalBook) -> Token:
    """"a SERIES OF Russian strikes killed ...", "a WAVE OF attacks": the event noun a measure noun (nouns.txt
    @partitive) counts stands where the measure does; any other word is itself."""
    if lemma(word) not in _partitives() or book.entry(word) is not None:
        return word
    acts = [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and book.entry(o) is not None]
    return acts[0] if acts else word


def _agent_gerund(verb: Token) -> Token | None:
    """"were killed by Russian SHELLING": the gerund the parse hung on a passive's "by" (`_gerund_noun`)."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    return next((c for a in agents for c in a.children if c.dep_ == "pcomp" and _gerund_noun(c)), None)


def _relative_thing(verb: Token) -> bool:
    return verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")
                                        for c in verb.children)


def _judged_doers(trigger: Trigger, finder: ArgumentFinder, book: NominalBook) -> list[Arg]:
    """"Germany CONDEMNED Israel's strikes on Iran", "the EU WELCOMED Xi's visit": an act judged (nominal.toml
    `judging_codes`) is aimed at the doer the act's noun names, not at the one the act was done to."""
    if trigger.code is None or not any(trigger.code.startswith(c) for c in book.judging_codes):
        return []
    verb = trigger.verb
    judged = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for noun in judged:
        entry = book.entry(noun)
        if entry is not None:
            return _doers(noun, entry[1], finder)
    return []


def own_sides(noun: Token, kind: NounClass, finder: ArgumentFinder) -> tuple[list[Arg], list[Arg]]:
    """(doers, other side) an event noun names in its own phrase; no doers when it names too little.

    "between X and Y" gives both: for a mutual act of two countries both are doers (one reciprocal event), else X
    acts on Y. A mutual act, or one that needs the other side, names too little when that side is missing."""
    between = _distinct(_known([a for head in _between(noun) for a in finder.actors_at(head)]))
    if len(between) == 1:  # a second side the parse hid, when it is of another country (not "police and police")
        named = _distinct([*between, *_named_between(noun, finder)])
        between = named if len({a.actor.country for a in named if a.actor.country}) >= 2 else between
    if len(between) >= 2:  # reciprocal when the sides are of two countries (`_named_pairs`)
        return (between, []) if kind.mutual and _countries(between) >= 2 else (between[:1], between[1:])
    doers = _distinct(_not_self_answered(_doers(noun, kind, finder), noun.doc, finder, load_nominal()))
    if not doers:
        doing, harmed = _victims(noun, kind)
        sides = [_known([a for h in heads for a in finder.actors_at(h)]) for heads in (doing, harmed)]
        if sides[0] and sides[1]:
            return _distinct(sides[0]), _distinct(sides[1])
    if kind.mutual and _countries(doers) >= 2:  # "U.S.-CHINA talks"
        return doers, []
    others = _other_side(noun, kind, finder, doers)
    if not doers or (not others and (kind.mutual or kind.need_other)):
        return [], []
    return doers, others


def _named_between(noun: Token, finder: ArgumentFinder) -> list[Arg]:
    """The actors named anywhere in the noun's "between X and Y" phrase, in text order, when the parse hung one
    of them below the other ("between U.S. and CHINESE officials": one object, "officials", both countries inside):
    the phrase names both sides whatever its inner shape; a clause or a preposition inside it names other things
    ("between Israel and Hamas, WHICH holds hostages IN Gaza")."""
    preps = [c for w in (noun, *_stand_ins(noun), *_carriers(noun)) for c in w.children
             if c.dep_ == "prep" and c.lower_ in BOTH_SIDES]
    words = [t for p in preps for o in p.children if o.dep_ == "pobj" for t in _phrase_words(o)]
    return _known([Arg(actor, t.i) for t in sorted(words, key=lambda t: t.i) if (actor := finder.index.at(t))])


def _phrase_words(head: Token) -> list[Token]:
    """The words of a noun phrase and its conjuncts, without its prepositions and clauses."""
    out = [head]
    for child in head.children:
        if child.dep_ not in ("prep", "relcl", "acl", "advcl", "appos", "punct", "cc"):
            out.extend(_phrase_words(child))
    return out


def _known(args: list[Arg]) -> list[Arg]:
    """Actors the base can say something about (as the coder's `_known`)."""
    return [a for a in args if a.actor.country or a.actor.sector or a.actor.actor_id]


def _distinct(args: list[Arg]) -> list[Arg]:
    """One argument per actor: a name the parser reaches twice is one side, not two."""
    return list({_identity(a): a for a in reversed(args)}.values())[::-1]


def _countries(args: list[Arg]) -> int:
    return len({a.actor.country or a.actor.text for a in args})


def _other_side(noun: Token, kind: NounClass, finder: ArgumentFinder, doers: list[Arg]) -> list[Arg]:
    """The first of the class's other-side prepositions that names an actor other than the doers ("launched an
    attack on THEIR position" names the attacked, not the attackers again), else, for a class that takes places,
    the country of a place it names ("the annexation of CRIMEA", "a visit to WASHINGTON"), else whom the act harmed
    as the subject of a verb of harm (`_harmed`)."""
    mine = {_identity(a) for a in doers}
    objects = [(slot, head) for slot in kind.other for head in _slot_heads(noun, slot)
               if not kind.only_places or head.ent_type_ in PLACE_LABELS]
    for prep in kind.other:
        heads = [head for p, head in objects if p == prep]
        for group in (heads, [m for head in heads for m in _members(head)]):
            found = _known([a for head in group for a in finder.actors_at(head) if _identity(a) not in mine])
            if found:
                return found
    # "in retaliation for attacks ON SHIPPING": not on it; "welcomed the visit of the chancellor TO CHINA", where the
    # parse hung the other side deeper in the phrase: not the answerer's
    buried = any(c.dep_ == "prep" and c.lower_ in kind.other for p in noun.children if p.dep_ == "prep"
                 for o in p.children if o.dep_ == "pobj" for c in o.children)
    answerer = _answerer(noun, kind) if not objects and not buried else None
    found = [a for a in finder.actors_at(answerer, loose=False) if _identity(a) not in mine] if answerer else []
    found = found or [a for a in _answered(noun, kind, finder) if _identity(a) not in mine]
    if _known(found):
        return _known(found)
    homes = {d.actor.country for d in doers}
    places = [a for _, head in objects for a in _place_country(head)] if kind.places else []
    harmed = _known([a for head in _harmed(noun) for a in finder.actors_at(head) if _identity(a) not in mine])
    return [a for a in places if a.actor.country not in homes][:1] or [
        a for a in harmed if not (a.actor.country and a.actor.country in homes)] or [  # not its own side's ("a U.S.
        # strike on Tehran damaged the former U.S. EMBASSY")
        a for a in _struck_places(noun, kind, finder, doers) if a.actor.country not in homes][:1]


def _members(head: Token) -> list[Token]:
    """Whom an object that names no actor stands for: the members it lists ("talks with other partners, INCLUDING
    EUROPE, JAPAN and Canada", "sanctions on several countries, SUCH AS IRAN") or what a measure of worth counts
    ("tariffs on $300 billion WORTH OF CHINESE goods"), nominal.toml `[members]`; tried only when the object itself
    names no one, so a listed name never adds a second side to one already named."""
    words = load_nominal().members
    out: list[Token] = []
    for child in (c for c in head.children if c.dep_ == "prep"):
        such = [c.lower_ for c in child.children if c.dep_ == "amod" and c.i == child.i - 1]  # "SUCH as"
        if " ".join([*such, child.lower_]) in words.list_preps:
            out.extend(c for c in child.children if c.dep_ == "pobj")
    if lemma(head) in words.measure_nouns:
        out.extend(c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                   if c.dep_ == "pobj")
    return out


def _struck_places(noun: Token, kind: NounClass, finder: ArgumentFinder, doers: list[Arg]) -> list[Arg]:
    """"a Russian drone strike IN ZAPORIZHZHIA", "Israeli airstrikes NEAR Jannata, LEBANON": the country of the place
    where an act of force was done (the class's `where_preps`), the last resort for the side it was done to. The
    place may be told as a name followed by its region and country; any of them the gazetteer knows names it. Only
    for doers who wield force, a country or an armed or governing body (nominal.toml `force_sectors`): "a TEACHERS'
    strike in Alberta" is a labour strike, done to no place."""
    book = load_nominal()
    entry = book.entry(noun) if kind.where_preps else None
    if entry is None or not entry[0].startswith(book.figurative_codes):
        return []
    if not doers or any(d.actor.sector and d.actor.sector not in book.force_sectors for d in doers):
        return []
    heads = [*prep_objects(noun, kind.where_preps), *_struck_where(noun, kind)]
    return [a for head in heads for word in (head, *_place_tail(head))
            for a in _place_country(word) or _country_named(word, finder)]


STRUCK_PREPS = ("on", "against")  # "an airstrike ON a building in Beirut": what an act of force struck


def _struck_where(noun: Token, kind: NounClass) -> list[Token]:
    """"an Israeli airstrike ON A BUILDING IN Beirut, Lebanon", "a drone attack ON A HOSPITAL IN El Fasher, Sudan":
    where the thing an act of force struck stands (its own `where_preps`), when the thing names no actor."""
    return [place for thing in prep_objects(noun, STRUCK_PREPS) if thing.ent_type_ not in PLACE_LABELS
            for place in prep_objects(thing, kind.where_preps)]


def _country_named(word: Token, finder: ArgumentFinder) -> list[Arg]:
    """A country or a capital named as a place ("..., LEBANON", "in SANAA"): an actor of a country and no sector."""
    capital = country_of_capital(word.text) if word.pos_ == "PROPN" else None
    if capital is not None:
        return [Arg(ActorRef(word.text, word.idx, word.idx + len(word), country=capital), word.i)]
    return [a for a in finder.actors_at(word, loose=False)
            if a.actor.country and not a.actor.sector and a.token == word.i]


def _place_tail(head: Token) -> list[Token]:
    """The names told after a place to say where it is ("Jannata, South Governorate, LEBANON"): its appositions and
    conjuncts, and theirs."""
    tail = [c for c in head.children if c.dep_ in ("appos", "conj", "npadvmod")]
    return [*tail, *(t for c in tail for t in _place_tail(c))]


def _not_self_answered(args: list[Arg], doc: Doc, finder: ArgumentFinder, book: NominalBook) -> list[Arg]:
    """"The Red Cross urged Israel to accept ITS offer": nobody accepts, rejects or answers their own offer, request or
    demand, so a possessive pronoun on an answered noun (the class's `answered_by`) that stands for the one who answers
    it stands for no one the sentence lets us name; it is left unresolved rather than made the answerer's own act."""
    return [a for a in args if not _self_answered(a, doc[a.token], finder, book)]


def _self_answered(arg: Arg, token: Token, finder: ArgumentFinder, book: NominalBook) -> bool:
    if token.dep_ != POSSESSOR or token.pos_ != "PRON":
        return False
    entry = book.entry(token.head)
    if entry is None or not entry[1].answered_by or token.head.dep_ not in ("dobj", "pobj"):
        return False
    answerer = _answerer(token.head, entry[1])
    if answerer is None or answerer.i == token.i:
        return False
    return _identity(arg) in {_identity(a) for a in finder.actors_at(answerer, loose=False)}


def _answerer(noun: Token, kind: NounClass) -> Token | None:
    """The subject of the clause that answers the act the noun names, who is then the one it was aimed at:
    "Iran fired missiles IN RETALIATION FOR Israeli strikes" (the class's `responses`: the strikes were on Iran),
    "Washington REJECTED Beijing's demands" (its `answered_by` verbs: the demands were made of Washington)."""
    if noun.dep_ == "pobj" and _after(noun, frozenset(kind.responses)):
        verb = next((h for h in _heads(noun.head, 4) if h.pos_ in ("VERB", "AUX")), None)
        return subject_of(verb) if verb is not None else None
    if not kind.answered_by:
        return None
    if noun.dep_ == "dobj":
        verb, names = noun.head, _verb_names(noun.head)
    elif noun.dep_ == "pobj" and noun.head.head.i != noun.head.i:
        verb = noun.head.head
        names = [f"{name}:{noun.head.lower_}" for name in _verb_names(verb)]
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or not set(names) & kind.answered_by:
        return None
    return subject_of(verb, load_word_classes().control_object_verbs)  # "urged ISRAEL to accept it": Israel answers


def _harmed(noun: Token, book: NominalBook | None = None) -> list[Token]:
    """Whom an act of force harmed, when the noun of force is the subject of a verb of harm (nominal.toml `[harm]`):
    "an Israeli airstrike on a school KILLED 15 PEOPLE", "a Taliban attack on a checkpoint LEFT six SOLDIERS dead".
    News tells the victims of an attack as what the attack did; they are the ones it was done to when its own phrase
    names none ("on a school" names a building, not an actor). Not a verb that is no harm ("the strikes DREW
    condemnation"), and not a noun that is no force ("sanctions HIT exporters" is an effect of a measure)."""
    book = book or load_nominal()
    entry = book.subject_entry(noun)
    stand = _measured(noun)  # "a SERIES of strikes killed ..."
    verb = stand.head
    if entry is None or stand.dep_ not in ("nsubj", "csubj") or not entry[0].startswith(book.figurative_codes):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma(verb) in book.harm_verbs:
        return objects
    results = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in book.harm_results]
    return objects if lemma(verb) == "leave" and results else []


def _heads(token: Token, steps: int) -> list[Token]:
    """The token's heads, nearest first, at most `steps` of them."""
    out: list[Token] = []
    while steps > 0 and token.head.i != token.i:
        token, steps = token.head, steps - 1
        out.append(token)
    return out


def _place_country(head: Token) -> list[Arg]:
    """A place name as the country it lies in ("Crimea" → UKR): a place the model tags, or a proper name the
    gazetteer knows (the model tags some places as organisations)."""
    if head.ent_type_ not in PLACE_LABELS and head.pos_ != "PROPN":
        return []
    words = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [head]
    text = " ".join(t.text for t in words)
    country = country_of_place(text) or country_of_place(head.text)
    if country is None:
        return []
    start = words[0].idx
    return [Arg(ActorRef(text, start, head.idx + len(head), country=country), head.i)]


def _identity(arg: Arg) -> str:
    actor = arg.actor
    return actor.actor_id or f"{actor.country}:{actor.sector}:{actor.text.lower()}"


def dated_after(date: DateValue | None, story: StoryDate) -> bool:
    """Whether the event's day is wholly after the story's."""
    first, story_last = (date.earliest if date else None), (story.date.latest if story.date else None)
    return first is not None and story_last is not None and first > story_last


def nominal_mode(trigger: Trigger, mode: Mode, words: Modality, speech: frozenset[str], later: bool = False,
                 book: NominalBook | None = None) -> Mode:
    """The mode of a standalone event noun.

    Negated when a verb undoes it ("CANCELLED his visit", "a meeting that was CALLED OFF"); future when it is
    planned ("a PLANNED meeting", "SCHEDULED a visit", "AHEAD OF talks", "NEXT WEEK'S meeting") or dated `later`
    than the story; hypothetical when it may happen ("POSSIBLE talks"); the mode of a verb saying it happens ("the
    meeting WILL TAKE PLACE"). Other verbs over it leave the act as told ("did not condemn Russia's invasion": it
    happened). A measure noun before it is part of its phrase ("a POTENTIAL second ROUND of talks")."""
    if not is_nominal(trigger) or trigger.noun is None:
        return mode
    book = book or load_nominal()
    table, entry = book.modes, book.entry(trigger.noun)
    noun = _measured(trigger.noun)
    doing = _doing_chain(noun)
    if doing:  # "uncertain whether a tariff that the administration HAD PLANNED to impose would go into effect"
        return _clause_mode(doing, table, words, speech)
    governors = [noun.head] if noun.dep_ in ("dobj", "nsubjpass", "nsubj") and noun.head.i != noun.i else []
    governors.extend(c for c in noun.children if _undergone_by(c))
    kind = entry[1] if entry is not None else None
    verbs = {name for v in governors if not _answers(v, kind) for name in _verb_names(v)}  # "REJECTED X's demands"
    modifiers = {w for c in noun.children if c.dep_ in ("amod", "compound") for w in (lemma(c), c.lower_)}
    modifiers.update(t.lower_ for c in noun.children if c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME")
                     for t in c.subtree)
    undone = verbs if noun.dep_ != "nsubj" else verbs - set(_verb_names(noun.head))  # "the talks ENDED": they were held
    if entry is not None and entry[0].startswith(book.figurative_codes):  # "a ceasefire ENDED a year of fighting"
        undone = undone - table.stopping_verbs
    if undone & table.undoing_verbs or _after(noun, table.without_words) or _denied_report(noun, table):
        return "negated"
    if _happens(noun, table.happening_verbs):
        return strongest([mode, verb_mode(noun.head, words, speech)])
    telling = _telling_verb(noun, kind)
    if telling is not None:  # "Israel WOULD launch a military campaign", "did not bring X to talks"
        mode = strongest([mode, verb_mode(telling, words, speech)])
    if modifiers & table.possible_modifiers:
        return strongest([mode, "hypothetical"])
    planned = modifiers & table.planned_modifiers or verbs & table.planning_verbs
    if later or planned or _after(noun, table.before_words) or _awaited(noun, table.awaiting_verbs):
        return strongest([mode, "future"])
    return mode


def _telling_verb(noun: Token, kind: NounClass | None) -> Token | None:
    """The verb whose subject the noun's doer is taken from, whose own mode is then the act's: a light verb ("WILL hold
    a phone call"), a verb bringing something to the act, a verb of harm done in it ("were KILLED in clashes")."""
    if kind is None:
        return _light_verb(noun)
    harmed = _victims(noun, kind)[1]
    return _light_verb(noun) or _carrying_verb(noun, kind) or (harmed[0].head if harmed else None)


def _clause_mode(chain: list[Token], table: NounModes, words: Modality, speech: frozenset[str]) -> Mode:
    """The mode of an act told by a relative clause on its noun: the clause's own, whatever the sentence says of the
    noun ("whether the tariffs that Washington IMPOSED would hurt"); future when it plans the act ("PLANNED to
    impose")."""
    mode = verb_mode(chain[0], words, speech)
    planned = any(set(_verb_names(v)) & table.planning_verbs for v in chain[:-1])
    return strongest([mode, "future"]) if planned else mode


def _doing_chain(noun: Token) -> list[Token]:
    """The relative clause that names the noun's doer (`_doing_clause`), from its top verb down: its mode and its
    verbs of planning are the act's (`_clause_mode`: "the tariffs the White House WOULD impose", "PLANS to impose")."""
    verb = _doing_clause(noun)
    if verb is None:
        return []
    return [verb.head, verb] if verb.dep_ == "xcomp" else [verb]


def _denied_report(noun: Token, words: NounModes) -> bool:
    """"The Kremlin DENIED REPORTS OF a meeting between Putin and Zelensky": an act named as what a report, rumour or
    claim (`hearsay_nouns`) says is negated when an undoing verb takes the report."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    report = prep.head
    return (lemma(report) in words.hearsay_nouns and report.dep_ in ("dobj", "nsubjpass")
            and bool(set(_verb_names(report.head)) & words.undoing_verbs))


def _undergone_by(clause: Token) -> bool:
    """"a meeting THAT WAS CALLED OFF", "talks CANCELLED last week": a passive clause on the noun says what befell
    it; "talks with the Taliban, WHO HAVE REFUSED ..." says what someone else did."""
    if clause.dep_ == "relcl":
        return any(c.dep_ == "nsubjpass" for c in clause.children)
    return clause.dep_ == "acl" and clause.tag_ == "VBN"


def _happens(noun: Token, verbs: frozenset[str]) -> bool:
    """"the meeting WILL TAKE PLACE", "THERE WILL BE talks": the noun is what a verb of happening says happens."""
    head = noun.head
    if noun.dep_ == "nsubj" and set(_verb_names(head)) & verbs:
        return True
    return noun.dep_ in ("nsubj", "attr") and lemma(head) == "be" and any(c.dep_ == "expl" for c in head.children)


def _awaited(noun: Token, verbs: frozenset[str]) -> bool:
    """"LOOKS FORWARD TO talks with X": the noun is the object of a verb's preposition that awaits it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.i == prep.i:
        return False
    return any(f"{name}:{prep.lower_}" in verbs for name in _verb_names(prep.head))


def _measured(noun: Token) -> Token:
    """"a second ROUND of talks": the measure noun (nouns.txt @partitive) whose "of" object the event noun is."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i and lemma(prep.head) in _partitives():
        return prep.head
    return noun


@lru_cache(maxsize=1)
def _partitives() -> frozenset[str]:
    return load_partitives(patterns_dir() / "nouns.txt")


def _after(noun: Token, phrases: frozenset[str]) -> bool:
    """"AHEAD OF the talks", "WITHOUT a meeting": the noun is the object of one of these prepositions (one or more
    words)."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    words = " ".join(t.lower_ for t in noun.doc[max(prep.i - 3, 0):prep.i + 1])
    return any(words == p or words.endswith(" " + p) for p in phrases)


def _verb_names(verb: Token) -> list[str]:
    """"called off" → "call", "call_off"; "took place" → "take", "take_place": the lemma alone and with its particle
    or its bare object."""
    names = [lemma(verb)]
    names.extend(f"{lemma(verb)}_{c.lower_}" for c in verb.children
                 if c.dep_ == "prt" or (c.dep_ == "dobj" and not any(True for _ in c.children)))
    return names


def told_by_verbs(events: list[Event]) -> list[Event]:
    """"23 Palestinians were KILLED in Israeli AIRSTRIKES on Gaza": a standalone noun that names the act a verb of
    its sentence already codes, between the same sides, is how that act was done, not a second act (real-news
    guidelines: one event per act and pair). The verb's event is kept, unless it is aimed at no country and the noun's,
    by the same doer, names whom the act was done to (`_unplaced_twin`)."""
    told = {_act_key(e) for e in events if not _is_nominal_event(e)}
    kept = [e for e in events if not (_is_nominal_event(e) and _act_key(e) in told)]
    placed = {_act_key(e)[:3] for e in kept if _is_nominal_event(e) and e.target is not None and e.target.country}
    return [e for e in kept if _is_nominal_event(e) or not _unplaced_twin(e, placed)]


def _unplaced_twin(event: Event, placed: set[tuple[object, ...]]) -> bool:
    """"Ten people were KILLED in Israeli AIRSTRIKES targeting the Houthis": the verb's event, aimed at victims of no
    country, and the noun's, aimed at the Houthis, are one act by one doer; the noun names whom it was done to, and
    its event is the one kept."""
    return (event.target is None or not event.target.country) and _act_key(event)[:3] in placed


def _is_nominal_event(event: Event) -> bool:
    return (event.pattern or "").startswith(NOMINAL_FILE)


def _act_key(event: Event) -> tuple[object, ...]:
    sides = [(a.country or a.actor_id or a.text.lower()) if a is not None else None
             for a in (event.source, event.target)]
    return (event.sentence, event.plover, *sides)
