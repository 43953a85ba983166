"""Find the words that report an event: verbs in verbs.txt, event nouns of nouns.txt under their verbs,
and frame verbs (offer, demand, refuse ...) over an uncoded complement.

A trigger is the anchor of one reading; frames and arguments are added by the coder. Lookups are by
lemma, so a sentence costs one dict probe per token plus a few child scans for the hits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

import tidings.actors.tables as tables
from tidings.actors.places import country_of_capital, country_of_place
from tidings.events.arguments import (
    RELATIVE_PRONOUNS,
    ActorIndex,
    agent_of,
    child,
    doer_words,
    is_passive,
    phone_call,
    subject_of,
)
from tidings.events.patterns import (
    ANY,
    Frame,
    Pattern,
    PatternBook,
    load_word_classes,
    patterns_dir,
    read_pattern_file,
)

ACTOR_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "us", "we"})
# verbs.txt `obj=@place` (`_place`): a named place ("seized GOMA", "captured AVDIIVKA"), which the actor finder may also
# take for an unknown person; the senses that need a person (`@person`) come after the place's line
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
SKIP_DEPS = frozenset({"amod", "compound", "nmod"})
OBJECT_DEPS = ("dobj", "obj", "attr", "oprd")
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


@dataclass(slots=True)
class Trigger:
    """A verb (with its event noun, if any) that codes to `code`; `code` None: a frame must code it."""

    verb: Token
    code: str | None
    pattern: Pattern | None = None
    noun: Token | None = None
    framed_by: Frame | None = None  # the frame already applied at `verb` (frame verb + event noun)
    words: list[Token] = field(default_factory=list)
    judged: Token | None = None  # "considers SETTLEMENTS illegal": what a judgment is about (its target)


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def verb_forms(token: Token) -> list[str]:
    """The verb's lemma, then plain de-inflections of its form: the small English model lemmatizes some
    verbs wrongly ("staged" → "stag"), and a pattern should still find "stage"."""
    word = token.lower_
    forms = [lemma(token)]
    if token.tag_ in ("VBD", "VBN", "VBZ") and len(word) > 4:  # staged → stage, killed → kill, meets → meet
        forms.extend((word[:-1], word[:-2]))
    return list(dict.fromkeys(forms))


def particles(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children
            if c.dep_ in ("prt", "prep", "advmod", "dative", "agent") and not _time_phrase(c)}


def object_of(verb: Token, particle: str | None = None) -> Token | None:
    """The verb's object: direct object, passive subject, or object of the pattern's particle
    ("call FOR talks"; "abided BY the truce", whose "by" the parser takes for a passive agent)."""
    found = child(verb, *OBJECT_DEPS)
    if found is not None:
        return found
    if is_passive(verb):
        return child(verb, "nsubjpass")
    for prep in verb.children:
        if prep.dep_ in ("prep", "prt", "agent") and prep.lower_ == particle:
            pobj = child(prep, "pobj")
            if pobj is not None:
                return pobj
    return None


REPORTED_PRONOUNS = frozenset({"it", "they", "we"})


def _attempted(verb: Token) -> bool:
    """"protesters TRIED to STORM": the infinitive of a verb of attempting (doers.toml `attempt_verbs`)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in doer_words().get("attempt_verbs", frozenset())


def subject_lemmas(verb: Token, book: PatternBook) -> frozenset[str]:
    """The lemmas a verbs.txt `subj=` condition may be met by: the subject's (for a relative pronoun, the noun it
    stands for; for a conjoined verb or the infinitive of an attempt with none of its own, the first or governing verb's
    ("tried to STORM": `arguments.subject_of`); the "of" members
    of a quantity or group word ("THOUSANDS of workers stopped work", as `_object_heads` does for objects); a passive's
    "by" phrase ("were seized BY PIRATES"); and for a
    pronoun in what a speaker reports of itself ("the army SAYS IT has seized the oil fields"), the speaker's."""
    subject = child(verb, "nsubj", "nsubjpass")
    relative = subject is not None and subject.lower_ in RELATIVE_PRONOUNS
    if relative or (subject is None and (verb.dep_ == "conj" or _attempted(verb))):
        subject = subject_of(verb)  # "rebels attacked and SEIZED the town", "troops WHO seized it", "tried to STORM"
    by = agent_of(verb)  # a passive's doer: "sailors SEIZED BY PIRATES" are taken by pirates
    agent = {lemma(by)} if by is not None else set()
    if subject is None:
        return frozenset(agent)
    out = {lemma(subject), *agent}
    classes = load_word_classes()
    if lemma(subject) in classes.quantity_words | classes.group_nouns or subject.lower_ in classes.quantity_words:
        out.update(lemma(o) for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj")
    head = verb.head
    if subject.lower_ in REPORTED_PRONOUNS and verb.dep_ == "ccomp" and lemma(head) in book.speech.verbs:
        speaker = child(head, "nsubj")
        if speaker is not None and speaker.pos_ in ("NOUN", "PROPN"):
            out.add(lemma(speaker))
    return frozenset(out)


def pattern_object(verb: Token, particle: str | None = None) -> Token | None:
    """What a verbs.txt `obj=` condition reads: `object_of`, or for a relative clause or a passive participle whose
    object is its head noun, that noun ("the town (WHICH) the rebels seized", "the town SEIZED by the rebels")."""
    found = object_of(verb, particle)
    head = verb.head
    if verb.dep_ not in ("relcl", "acl") or head.pos_ not in ("NOUN", "PROPN") or head.i == verb.i:
        return found
    if found is not None:
        return head if found.lower_ in RELATIVE_PRONOUNS else found
    subject = child(verb, "nsubj")
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and subject is None:
        return head
    if verb.dep_ == "relcl" and subject is not None and subject.lower_ not in RELATIVE_PRONOUNS \
            and not _relative_in_phrase(verb):
        return head
    return None


def _relative_in_phrase(verb: Token) -> bool:
    """"the deal IN WHICH the US agrees to tariffs": the relative pronoun is the object of a preposition, so the head
    noun is where or when the act happens, not its object."""
    return any(p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in RELATIVE_PRONOUNS for o in p.children)
               for p in verb.children)


def _object_ok(pattern: Pattern, obj: Token | None, actors: ActorIndex) -> bool:
    if obj is not None and pattern.not_objects and (ANY in pattern.not_objects or lemma(obj) in pattern.not_objects):
        return False
    if pattern.objects is None:
        return True
    if obj is None:
        return False
    if ANY in pattern.objects or ("@place" in pattern.objects and _place(obj)):  # the object itself, not its members
        return True
    return any(_one_object_ok(pattern.objects, o, actors) for o in _object_heads(obj))


def _one_object_ok(objects: frozenset[str], obj: Token, actors: ActorIndex) -> bool:
    if "@people" in objects and (_person(obj) or obj.lower_ in ACTOR_PRONOUNS or _people_actor(obj, actors)):
        return True
    if ("@actor" in objects or "@person" in objects) and (actors.at(obj) is not None or obj.lower_ in ACTOR_PRONOUNS):
        return True
    if "@person" in objects and _person(obj):
        return True
    return lemma(obj) in objects or obj.lower_ in objects


def _place(token: Token) -> bool:
    """verbs.txt `obj=@place`: a place by its name's entity type or in the gazetteer of places or capitals (the small
    model tags many towns PERSON: "captured AVDIIVKA")."""
    if token.ent_type_ in PLACE_ENTITIES:
        return True
    return token.pos_ == "PROPN" and bool(country_of_place(token.text) or country_of_capital(token.text))


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """The sector words of people, offices and their plurals (actors/sectors.tsv and phoenix_sectors.tsv kinds
    `person`, `office`, `counterpart`: "journalists", "minister"), not of institutions ("parliament", "state
    television") or places a sector word modifies ("military BASES")."""
    words: set[str] = set()
    for name in ("sectors.tsv", "phoenix_sectors.tsv"):
        path = tables.data_dir() / name
        if path.exists():
            _, rows, _ = tables.read_rows(path)
            words.update(phrase.lower() for phrase, word in tables.sector_words(rows)
                         if word.kind in ("person", "office", "counterpart") and " " not in phrase)
    return frozenset(words)


def _people_actor(token: Token, actors: ActorIndex) -> bool:
    """verbs.txt `obj=@people`: a known actor that is people: named (not a place: "seized Avdiivka") or headed by a
    sector word of people ("seized two JOURNALISTS"), not an institution ("soldiers seized STATE TELEVISION")."""
    if actors.at(token) is None:
        return False
    if token.pos_ == "PROPN":
        return token.ent_type_ not in PLACE_ENTITIES and not _place(token)
    return token.lower_ in _person_words() or lemma(token) in _person_words()


def _person(token: Token) -> bool:
    """verbs.txt `obj=@person`: people whoever they are, for the senses that need a person or group and not a
    thing ("executed two MEN", "captured Wilmer CHAVARRIA"): a person's or group's name, or a noun of people
    (word_classes.toml person_nouns); a known actor counts as well (`_one_object_ok`)."""
    return token.ent_type_ in ("PERSON", "NORP") or lemma(token) in load_word_classes().person_nouns


def _object_heads(obj: Token) -> list[Token]:
    """The nouns an object condition may be met by: the object, the nouns coordinated with it ("lifted the curfew
    AND THE SANCTIONS"), and the "of" object of a group, quantity or quantifier word ("arrested DOZENS of activists",
    "a GROUP of protesters", "lifted ALL of the sanctions"), whose members are what the verb acts on, and the noun
    compound of a head that takes its kind from it (word_classes.toml compound_heads, person_nouns, group nouns:
    "an AID pact", "CREW members") or of a name, which is a title ("Los Lobos LEADER Wilmer Chavarria"); and a noun in
    apposition to the object, which names the same ("several IS, MILITANTS accused of ...")."""
    heads = [obj, *(c for c in obj.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON"))]
    heads.extend(c for c in obj.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"))  # "IS, MILITANTS"
    classes = load_word_classes()
    groups = classes.quantity_words | classes.group_nouns | classes.object_quantifiers
    for head in list(heads):
        if lemma(head) in groups or head.lower_ in groups or head.pos_ == "NUM":  # "captured 23 OF the raiders"
            heads.extend(o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj")
    kinds = classes.compound_heads | classes.person_nouns | groups
    heads.extend(c for h in list(heads) if lemma(h) in kinds or h.pos_ == "PROPN"
                 for c in h.children if _noun_modifier(c))
    return heads


def _noun_modifier(token: Token) -> bool:
    """"a humanitarian AID pact", "Yemeni CREW members", "a rocket barrage": a noun compound names what the phrase is
    about as much as its head does; not the half of a hyphenated word ("long-TERM ownership")."""
    doc = token.doc
    hyphenated = any(0 <= i < len(doc) and doc[i].text == "-" for i in (token.i - 1, token.i + 1))
    return token.dep_ == "compound" and token.pos_ == "NOUN" and not hyphenated


def verb_pattern(verb: Token, book: PatternBook, actors: ActorIndex) -> Pattern | None:
    """The first verbs.txt line for this verb whose conditions hold."""
    candidates = next((found for form in verb_forms(verb) if (found := book.verbs.get(form))), None) \
        or book.verbs.get(verb.lower_)
    if not candidates:
        return None
    parts = particles(verb)
    preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "dative", "agent") and not _time_phrase(c)}
    subjects: frozenset[str] | None = None
    words: tuple[Words, Words] | None = None
    for pattern in candidates:
        if pattern.particle is not None and pattern.particle not in parts:
            continue
        if pattern.subjects is not None:
            subjects = subject_lemmas(verb, book) if subjects is None else subjects
            if not subjects & pattern.subjects:
                continue
        if pattern.before or pattern.after:
            words = words or _phrase_words(verb, book.loose_phrases)
            if not _phrase_ok(pattern, words):
                continue
        obj = _partitive(pattern_object(verb, pattern.particle), book)
        if pattern.preps is not None and not (pattern.preps & preps):
            continue
        if pattern.not_preps & preps:
            continue
        if pattern.prep_objects is not None and not _prep_object_ok(verb, pattern.prep_objects):
            continue
        if pattern.complements is not None and not _complement_ok(verb, pattern.complements):
            continue
        if pattern.not_objects and _measured(verb, pattern.not_objects):
            continue
        if _object_ok(pattern, obj, actors) or _container_ok(pattern, obj, book, actors):
            return pattern
    return None


def _prep_object_ok(verb: Token, lemmas: frozenset[str]) -> bool:
    """Whether one of the verb's prepositional objects, or an adjective or compound modifying it, has one of `lemmas`
    (verbs.txt `pobj=`): troops "deployed AS PEACEKEEPERS", "as PEACEKEEPING forces" keep the peace; "deployed as
    reinforcements" do not."""
    # "pulled OUT OF the talks": a preposition may hang from the verb's particle or from its own preposition
    preps = [p for c in verb.children if c.dep_ in ("prt", "advmod", "prep") for p in c.children if p.dep_ == "prep"]
    # a gerund is a preposition's object too: "barred him from ENTERING"
    objects = [o for p in (*verb.children, *preps) if p.dep_ in ("prep", "dative") for o in p.children
               if o.dep_ in ("pobj", "pcomp")]
    return any(lemma(w) in lemmas for o in objects
               for w in (o, *(c for c in o.children if c.dep_ in ("amod", "compound"))))


def _complement_ok(verb: Token, lemmas: frozenset[str]) -> bool:
    """Whether the verb's infinitive complement has one of `lemmas` (verbs.txt `comp=`), whatever part of speech the
    parser gave it ("declined later to STATE when ...": "state" is often tagged a noun); a negated complement is its
    opposite ("found him NOT guilty" is no conviction)."""
    return any(c.dep_ in ("xcomp", "ccomp") and (lemma(c) in lemmas or c.lower_ in lemmas)
               and not any(k.dep_ == "neg" for k in c.children) for c in verb.children)


def _measured(verb: Token, lemmas: frozenset[str]) -> bool:
    """"the index DECLINED 0.3%": a measure phrase (npadvmod) with a lemma the pattern excludes as object is a
    quantity moved, not a thing refused (verbs.txt `!obj=percent|%`)."""
    return any(c.dep_ == "npadvmod" and (lemma(c) in lemmas or c.lower_ in lemmas) for c in verb.children)


def _time_phrase(prep: Token) -> bool:
    """"called Milei ON FRIDAY": a preposition that only dates the act is not the one a pattern asks for or
    excludes ("call_on" is an appeal, "called X on Friday" a telephone call)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _container_ok(pattern: Pattern, obj: Token | None, book: PatternBook, actors: ActorIndex) -> bool:
    """"suspended part of a military AID program": a container noun's compound modifier is what the verb acts on;
    "cancelled an increase IN TARIFFS", "the tariff HIKE": so is what a change noun (nouns.txt @change) changes."""
    if obj is None or pattern.objects is None or ANY in pattern.objects:
        return False
    if lemma(obj) in book.changes:
        changed = [c for c in obj.children if c.dep_ == "compound"]
        changed += [o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("in", "of") for o in p.children
                    if o.dep_ == "pobj"]
        return any(_object_ok(pattern, c, actors) for c in changed if actors.at(c) is None)
    if lemma(obj) not in book.containers:
        return False
    return any(_object_ok(pattern, c, actors) for c in obj.children if c.dep_ == "compound")


@lru_cache(maxsize=4096)
def _by_first(alternatives: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A synonym set indexed by first word, so matching costs one probe per word (sets are shared objects)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for option in alternatives:
        for first in dict.fromkeys((option[0], singular(option[0]))):
            index.setdefault(first, []).append(option)
    return {word: tuple(options) for word, options in index.items()}


def singular(word: str) -> str:
    """"warrants" → "warrant": a plural word of a PETRARCH phrase ("issue ARREST WARRANTS") also matches the
    singular in a sentence, whose lemma is the singular ("issued an arrest warrant")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


Words = list[tuple[str, str]]  # (lower form, lemma) of each word


def _words_match(words: Words, sequence: tuple[frozenset[tuple[str, ...]], ...]) -> bool:
    """Whether each element of `sequence` occurs in `words`, in order (gaps allowed)."""
    position = 0
    for alternatives in sequence:
        index = _by_first(alternatives)
        found = False
        while position < len(words) and not found:
            lower, lem = words[position]
            options = index.get(lower, ())
            if lem != lower and lem in index:  # most words start no option: no tuple is built for them
                options = (*options, *index[lem])
            for option in options:
                end = position + len(option)
                if end <= len(words) and all(
                    w[0] == o or w[1] == o or w[1] == singular(o)
                    for w, o in zip(words[position:end], option, strict=True)
                ):
                    position, found = end, True
                    break
            else:
                position += 1
        if not found:
            return False
    return True


CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "parataxis", "csubj", "cc", "punct", "mark"})


def _own_phrase(verb: Token) -> list[Token]:
    """The verb's own phrase: its subtree without the clauses it governs ("struggled with his approach,
    WHICH HAS ESCALATED TENSIONS" is two phrases); pattern words must occur there, as in PETRARCH."""
    out: list[Token] = []
    stack = [c for c in verb.children if c.dep_ not in CLAUSE_DEPS]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)


def _phrase_words(verb: Token, loose: bool) -> tuple[Words, Words]:
    """The words before and after the verb in its own phrase (`loose`: before it in the sentence and after it
    in its subtree), as (lower, lemma) pairs."""
    phrase = list(verb.subtree) if loose else _own_phrase(verb)
    before = [(t.lower_, t.lemma_.lower()) for t in (verb.sent if loose else phrase) if t.i < verb.i]
    after = [(t.lower_, t.lemma_.lower()) for t in phrase if t.i > verb.i]
    return before, after


def _phrase_ok(pattern: Pattern, words: tuple[Words, Words]) -> bool:
    return _words_match(words[0], pattern.before) and _words_match(words[1], pattern.after)


def _modifiers(noun: Token) -> set[str]:
    return {lemma(c) for c in noun.children if c.dep_ in MODIFIER_DEPS}


def noun_pattern(noun: Token, book: PatternBook, verb: Token | None, via: str | None) -> Pattern | None:
    """The nouns.txt line for `noun` reached from `verb` (as object when `via` is None, else through
    preposition `via`); with `verb` None any line matches (the noun is governed by a frame)."""
    candidates = book.nouns.get(lemma(noun))
    if not candidates:
        return None
    mods = _modifiers(noun)
    for pattern in candidates:
        if pattern.modifier is not None and pattern.modifier.split("+")[0] not in mods:
            continue
        if pattern.preps is not None and not _names_prep(noun, verb, pattern.preps):
            continue
        if verb is None or _light_ok(pattern, verb, via):
            return pattern
    return None


def _names_prep(noun: Token, verb: Token | None, preps: frozenset[str]) -> bool:
    """A nouns.txt `prep=` condition: the noun, or the verb it hangs on, has one of these prepositions ("launched
    an operation AGAINST the rebels", parsed on the noun or on the verb)."""
    heads = [noun] if verb is None else [noun, verb]
    return any(c.dep_ == "prep" and c.lower_ in preps for h in heads for c in h.children)


def _any_verb_light(trigger: Trigger) -> bool:
    """A noun trigger reached through a nouns.txt "*:PREP" entry (any verb), not through its own light verb."""
    pattern, noun = trigger.pattern, trigger.noun
    if pattern is None or noun is None or noun.dep_ != "pobj":
        return False
    return pattern.light.get(ANY_VERB) == noun.head.lower_


ANY_VERB = "*"  # nouns.txt "*:during": the noun after that preposition is an event whatever the verb


def _light_ok(pattern: Pattern, verb: Token, via: str | None) -> bool:
    names = verb_forms(verb)
    if names[0] == "chair" and verb.i >= 2 and verb.doc[verb.i - 2].lower_ == "co":
        names = ["co-chair"]
    for key, prep in pattern.light.items():
        first, _, particle = key.partition(" ")
        if (first not in names and first != ANY_VERB) or prep != via:
            continue
        if particle and particle not in particles(verb):
            continue
        if particle != "off" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
            continue  # "called OFF the strike" undoes what "called a strike" does
        return True
    return False


def _partitive(noun: Token | None, book: PatternBook) -> Token | None:
    """"ten days OF war games", "part OF a military aid program": the noun after "of"."""
    if noun is None or lemma(noun) not in book.partitives:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = child(prep, "pobj")
            if pobj is not None:
                return pobj
    return noun


def light_noun_trigger(verb: Token, book: PatternBook, coordinated: bool = False) -> Trigger | None:
    """"hold talks", "pay a state visit", "be on a visit", "arrive for a visit"; `coordinated`: the nouns
    coordinated with the object instead ("launched air and artillery STRIKES")."""
    objects = [c for c in verb.children if c.dep_ in (*OBJECT_DEPS, "nsubjpass", "acomp")]  # acomp: "is skeptical"
    objects.extend(_raised_objects(verb))
    objects.extend(_relativized_object(verb, objects))
    if coordinated:
        objects = [k for c in objects for k in c.children if k.dep_ == "conj"]
    for c in objects:
        c = _partitive(c, book) or c
        pattern = noun_pattern(c, book, verb, None)
        if pattern is not None:
            return Trigger(verb, pattern.code, pattern, noun=c, words=[verb, c])
    for prep in verb.children:
        if prep.dep_ != "prep" or coordinated:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                pattern = noun_pattern(pobj, book, verb, prep.lower_)
                if pattern is not None:
                    return Trigger(verb, pattern.code, pattern, noun=pobj, words=[verb, pobj])
    return None


def _relativized_object(verb: Token, objects: list[Token]) -> list[Token]:
    """"the tariffs (THAT) the US imposed", "the tariffs IMPOSED on Sept. 1", "the attack CARRIED OUT by X": a
    relative clause or participle with no object of its own other than a relative pronoun makes its head noun
    its object."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ != "NOUN":
        return []
    if any(o.pos_ != "PRON" for o in objects) or (verb.dep_ == "acl" and verb.tag_ != "VBN"):
        return []
    return [verb.head]


def _raised_objects(verb: Token) -> list[Token]:
    """"declared A STATE of siege to begin at midnight": the parser makes the object the subject of the infinitive
    after it; as the object of the light verb it is what was declared."""
    return [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                              for a in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.pos_ == "NOUN"]


def claimed_gerund(verb: Token) -> Token | None:
    """"claims responsibility for TARGETING 27 bases": the noun of claiming that governs a gerund, whose
    light verb's subject did the act."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    noun = prep.head
    return noun if lemma(noun) in load_word_classes().claim_nouns and noun.dep_ in OBJECT_DEPS else None


def _call_purpose(verb: Token) -> Token | None:
    """The purpose of a telephone call ("called Erdogan TO CONVEY support"), when `verb` is one."""
    if verb.lemma_.lower() != "call":
        return None
    return next((c for c in verb.children if phone_call(verb, c) is not None), None)


def _own_trigger(verb: Token, book: PatternBook, actors: ActorIndex) -> Trigger | Pattern | None:
    if verb.pos_ != "VERB":
        return None
    return light_noun_trigger(verb, book) or verb_pattern(verb, book, actors)


def _skippable(token: Token) -> bool:
    if token.dep_ in SKIP_DEPS:
        return True
    return token.dep_ == "acl" and token.tag_ == "VBG" and child(token, "dobj") is None


def _verb_read_as_noun(token: Token) -> bool:
    """"A court SENTENCES the former president to ...", "the agency ISSUES an arrest warrant": the small English model
    tags a headline's present-tense verb in -s as a plural noun (NNS) while parsing it as the clause's head verb, with a
    subject and a direct object of its own; a noun has neither, so such a token is the verb."""
    return (token.tag_ == "NNS" and token.dep_ == "ROOT"
            and any(c.dep_ == "nsubj" for c in token.children) and any(c.dep_ == "dobj" for c in token.children))


def find_triggers(sentence: Span, book: PatternBook, actors: ActorIndex) -> dict[int, Trigger]:
    """Every verb of the sentence that codes to an event by itself or with its event noun."""
    found: dict[int, Trigger] = {}
    root = sentence.root
    if _verb_read_as_noun(root):  # retagged in place, so that every later stage reads it as the verb it is
        root.pos_, root.tag_ = "VERB", "VBZ"
    for token in sentence:
        if token.pos_ not in ("VERB", "AUX") or _skippable(token) or _is_to_blame(token):
            continue
        purpose = _call_purpose(token)
        if purpose is not None and _own_trigger(purpose, book, actors) is not None:
            continue  # a telephone call made to do a coded act ("to express support"): that act is the event
        if _opinion(token, book):
            continue
        trigger = judgment_trigger(token) or blame_trigger(token, book)
        trigger = trigger or light_noun_trigger(token, book)
        if trigger is not None and _any_verb_light(trigger) and token.pos_ == "VERB":
            trigger = None  # "praised Xi during talks": a verb with an act of its own keeps it
            pattern = verb_pattern(token, book, actors)
            if pattern is None or not pattern.code:
                trigger = light_noun_trigger(token, book)
        if trigger is None and token.pos_ == "VERB":
            pattern = verb_pattern(token, book, actors)
            if pattern is not None and pattern.code:  # code "": a phrase that is not an event
                trigger = Trigger(token, pattern.code, pattern, words=[token, *_particle_tokens(token)])
            elif pattern is None:
                trigger = light_noun_trigger(token, book, coordinated=True)
        if trigger is None:
            trigger = ongoing_noun_trigger(token, book) or set_free(token)
        if trigger is None:
            trigger = withheld_speech(token, book)
        if trigger is not None:
            found[token.i] = trigger
    return found


RELEASE = "0841"  # CAMEO 0841 return, release person(s)


def set_free(verb: Token) -> Trigger | None:
    """"SET FREE 300 prisoners", "LET FREE 74 leaders": a verb of letting (word_classes.toml `freeing_verbs`) with
    "free" on it or on its object is a release (0841)."""
    classes = load_word_classes()
    if verb.pos_ != "VERB" or lemma(verb) not in classes.freeing_verbs:
        return None
    near = [*verb.children, *(m for o in verb.children if o.dep_ in OBJECT_DEPS for m in o.children)]
    free = next((t for t in near if t.lower_ in classes.free_words and t.i > verb.i), None)
    return Trigger(verb, RELEASE, None, words=[verb, free]) if free is not None else None


STATEMENT = "010"  # CAMEO 010 make statement; under a refusal the reject map makes it 011 decline comment


def withheld_speech(verb: Token, book: PatternBook) -> Trigger | None:
    """"declined TO SAY whether ...", "refused to COMMENT": the infinitive of speech under a refusal (frames.toml reject
    frame) is a statement, so the refusal is coded a declined comment (011), not a rejection of something (120)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or lemma(verb) not in load_word_classes().withheld_speech_verbs:
        return None
    frame = frame_of(head, book)
    if frame is None or frame.kind != "reject":
        return None
    return Trigger(verb, STATEMENT, None, words=[verb])


CONDEMNATION = "111"  # CAMEO 111 criticize or denounce


def judgment_trigger(verb: Token) -> Trigger | None:
    """"The EU considers all settlement activity ILLEGAL", "Japan called the move UNACCEPTABLE", "described the
    decision AS A VIOLATION": a verb of judging (word_classes.toml `judging_verbs`) whose complement condemns
    (`condemning_words`, the word or an adjective on it) is a denunciation (111) of what is judged."""
    classes = load_word_classes()
    if verb.pos_ != "VERB" or lemma(verb) not in classes.judging_verbs or child(verb, "nsubj") is None:
        return None  # "its decision to no longer CONSIDER settlements illegal": no judge of its own
    judged = child(verb, "dobj")
    for word in _judgments(verb, judged):
        if lemma(word) in classes.condemning_words or any(
                c.dep_ == "amod" and lemma(c) in classes.condemning_words for c in word.children):
            thing = judged if judged is not None else child(word, "nsubj")
            return Trigger(verb, CONDEMNATION, words=[verb, word], judged=thing if thing is not None else word)
    return None


BLAME = "112"  # CAMEO 112 accuse of crime


def blame_trigger(verb: Token, book: PatternBook) -> Trigger | None:
    """"Kenya's police SAID al-Shabaab fighters WERE RESPONSIBLE", "police said the group was BEHIND the
    attack": a speaker saying an actor is to blame (word_classes.toml `blame_predicates`) accuses it (112); "was
    not responsible" accuses no one."""
    if verb.pos_ != "VERB" or lemma(verb) not in book.speech.verbs:
        return None
    said = child(verb, "ccomp")
    if said is not None and lemma(said) == "commit" and child(said, "neg") is None:
        return _crime_told(verb, said)
    if said is None or lemma(said) != "be" or child(said, "neg") is not None:
        return None
    blamed = child(said, "nsubj")
    predicate = child(said, "acomp")
    behind = any(c.dep_ == "prep" and c.lower_ == "behind" for c in said.children)
    if blamed is not None and not behind and _condemned(blamed, child(said, "acomp") or child(said, "attr")):
        return Trigger(verb, CONDEMNATION, words=[verb, said], judged=blamed)
    blaming = predicate is not None and lemma(predicate) in load_word_classes().blame_predicates
    if blamed is None or not (behind or blaming or _to_blame(said)):
        return None
    return Trigger(verb, BLAME, words=[verb, said], judged=blamed)


BLAME_VERB = "blame"


def _is_to_blame(verb: Token) -> bool:
    """"Greece WAS TO BLAME for the crisis": the subject of "be to blame" is the one at fault, the accused, not an
    accuser blaming someone; the verb codes nothing by itself (a speaker saying so accuses: `blame_trigger`)."""
    return (lemma(verb) == BLAME_VERB and verb.dep_ == "xcomp" and lemma(verb.head) == "be"
            and child(verb, "dobj") is None)


def _to_blame(said: Token) -> bool:
    """Whether a said "be" clause is "X is to blame" (`_is_to_blame`)."""
    return any(_is_to_blame(c) for c in said.children)


def _condemned(judged: Token, predicate: Token | None) -> bool:
    """"Russia SAID the sanctions WERE ILLEGAL", "said the decision was A VIOLATION of international law": what a
    speaker says is one of `condemning_words` (the word or an adjective on it) is denounced (111), as when judged
    by a verb of judging; not an "it" that stands for a clause ("said it was unacceptable TO ...")."""
    if predicate is None or predicate.pos_ not in ("ADJ", "NOUN"):
        return False
    words = load_word_classes().condemning_words
    if lemma(predicate) not in words and not any(c.dep_ == "amod" and lemma(c) in words for c in predicate.children):
        return False
    return not (judged.lower_ == "it" and any(c.dep_ in ("xcomp", "ccomp") for h in (predicate, predicate.head)
                                               for c in h.children))


def _crime_told(verb: Token, said: Token) -> Trigger | None:
    """"the rapporteur SAID Israel had COMMITTED GENOCIDE": the doer of a crime (word_classes.toml `crime_nouns`)
    the speaker names is accused (112)."""
    blamed, crime = child(said, "nsubj"), child(said, "dobj")
    if blamed is None or crime is None or lemma(crime) not in load_word_classes().crime_nouns:
        return None
    return Trigger(verb, BLAME, words=[verb, said], judged=blamed)


def _judgments(verb: Token, judged: Token | None) -> list[Token]:
    """Where the judgment is: "called it UNACCEPTABLE" (oprd), "considers X ILLEGAL" (a small clause), "described
    it AS ILLEGAL" or "as A VIOLATION" (after "as", on the verb or on its object)."""
    out = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.pos_ in ("ADJ", "NOUN")]
    for head in (verb, judged):
        if head is None:
            continue
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "as"):
            out.extend(c for c in prep.children if c.dep_ in ("pobj", "amod", "acomp"))
    return [*out, *(c for word in out for c in word.children if c.dep_ == "conj")]  # "an act of war AND A VIOLATION"


# verbs that say an event named by their subject happens: "Palestinian RIOTS ... are still CONTINUING",
# "the PROTESTS BEGAN peacefully in June", "TALKS RESUMED on Monday"
ASPECT_VERBS = frozenset({"continue", "begin", "start", "resume", "erupt", "intensify", "escalate", "spread",
                          "rage", "persist", "go_on", "break_out", "flare", "enter"})


def ongoing_noun_trigger(verb: Token, book: PatternBook) -> Trigger | None:
    """An event noun as the subject of an aspect verb: the noun's own modifiers and prepositions name its
    actors ("PALESTINIAN riots AGAINST ISRAELI policies"), as for a noun under a frame verb; a measure that
    "took effect" or "came into force" is in place: the act its noun names (a ceasefire declared, a ban imposed)."""
    name = lemma(verb)
    in_force = _in_force(verb)
    if verb.pos_ != "VERB" or not (in_force or {name, *(f"{name}_{c.lower_}" for c in verb.children
                                                        if c.dep_ == "prt")} & ASPECT_VERBS):
        return None
    noun = child(verb, "nsubj")
    if noun is None or noun.pos_ != "NOUN":
        return None
    pattern = (noun_pattern(noun, book, None, None) if in_force else None) or noun_pattern(noun, book, verb, None) \
        or _ongoing_sense(noun, book)
    if pattern is None or not pattern.code:
        return None
    return Trigger(verb, pattern.code, pattern, noun=noun, words=[verb, noun])


IN_FORCE = frozenset({"effect", "force", "operation"})


def _in_force(verb: Token) -> bool:
    """"the ceasefire TOOK EFFECT", "the truce CAME INTO FORCE", "the ban WENT INTO EFFECT"."""
    name = lemma(verb)
    if name == "take":
        return any(c.dep_ == "dobj" and lemma(c) in IN_FORCE for c in verb.children)
    return name in ("come", "go", "enter") and any(
        p.dep_ == "prep" and p.lower_ == "into" and any(lemma(o) in IN_FORCE for o in p.children if o.dep_ == "pobj")
        for p in verb.children)


def _ongoing_sense(noun: Token, book: PatternBook) -> Pattern | None:
    """The sense of an event noun that goes on ("protests" the demonstrations, not a protest note lodged):
    the first line that a "continue" or "begin" reports."""
    mods = _modifiers(noun)
    for pattern in book.nouns.get(lemma(noun), ()):
        if pattern.modifier is not None and pattern.modifier.split("+")[0] not in mods:
            continue
        if any(key.split(" ")[0] in ("continue", "begin") and via is None for key, via in pattern.light.items()):
            return pattern
    return None


def _particle_tokens(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "prt"]


def frame_of(token: Token, book: PatternBook) -> Frame | None:
    """The frame of a frame verb; none for the phrasal verb a particle (or the adverb the parser makes of one) makes
    of it: "PUSHED BACK the deadline" asks for no deadline, "CALLED OFF the talks" for no talks (frames.toml
    `phrasal_particles`)."""
    if token.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    frame = book.frame_of_verb.get(lemma(token))
    if frame is not None and any(c.dep_ in PARTICLE_DEPS and c.lower_ in _phrasal_particles() for c in token.children):
        return None
    return frame


PARTICLE_DEPS = frozenset({"prt", "advmod"})


@lru_cache(maxsize=1)
def _phrasal_particles() -> frozenset[str]:
    return frozenset(read_pattern_file(patterns_dir() / "frames.toml", "frames").get("phrasal_particles", []))


def complement(frame_verb: Token, frame: Frame) -> Token | None:
    """The clause a frame verb governs ("offered TO HAND OVER", "demanded that the US CANCEL")."""
    xcomp_only = lemma(frame_verb) in frame.xcomp_only
    found = child(frame_verb, *(("xcomp",) if xcomp_only else ("xcomp", "ccomp")))
    if found is not None and found.dep_ == "ccomp" and lemma(frame_verb) in frame.claim_verbs \
            and not _committed(found, frame):
        return None  # "agree that China has taken advantage": an opinion, not the act agreed
    if found is None and not xcomp_only:  # spaCy often attaches "swore TO FIGHT" as an adverbial clause;
        # a fronted one is a purpose clause ("TO ENHANCE exchanges, Xi told reporters ...")
        found = next((c for c in frame_verb.children if c.dep_ == "advcl" and c.i > frame_verb.i
                      and _infinitive(c)), None)
    if found is None and not xcomp_only:
        found = gerund_complement(frame_verb, frame)
    return found


def _opinion(verb: Token, book: PatternBook) -> bool:
    """"Many businesses agree that China has taken advantage": a frame verb whose only complement is a "that" clause
    it does not commit to (frames.toml `claim_verbs`, `that_modals`) and that names no one it is done with ("agreed
    WITH Kenya") says what someone thinks; it is not the act the verb names by itself."""
    frame = frame_of(verb, book)
    if frame is None or lemma(verb) not in frame.claim_verbs or child(verb, "xcomp", "dobj") is not None:
        return False
    clause = child(verb, "ccomp")
    if clause is None or _committed(clause, frame):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("to", "on", "upon", "with") for c in verb.children)


def _committed(clause: Token, frame: Frame) -> bool:
    """A "that" clause carrying one of the frame's modals ("agreed that talks WOULD resume"), or a subjunctive
    ("demanded that the US CANCEL"): a base-form verb with a subject of its own and no auxiliary."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in frame.that_modals for a in auxes):
        return True
    subject = child(clause, "nsubj", "nsubjpass")
    if auxes or subject is None:
        return False
    # the tagger often reads a subjunctive as a present ("insisted that the deal PROCEED", VBP); with a singular
    # third-person subject an uninflected present can only be one
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and _third_singular(subject))


def _third_singular(subject: Token) -> bool:
    return subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it")


def gerund_complement(frame_verb: Token, frame: Frame) -> Token | None:
    """"balking AT COMMITTING to ...", "refrained FROM ATTACKING", "insisted ON HOLDING": a gerund after one
    of the frame's prepositions is the act it governs."""
    for prep in frame_verb.children:
        if prep.dep_ == "prep" and prep.lower_ in frame.preps | GERUND_PREPS:
            found = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
            if found is not None:
                return found
    return None


GERUND_PREPS = frozenset({"at", "from", "on"})


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def frame_noun_trigger(frame_verb: Token, frame: Frame, book: PatternBook) -> Trigger | None:
    """"demanded the RELEASE of ...", "called FOR talks": an event noun governed by a frame verb. A verb that
    frames only an infinitive (frames.toml `xcomp_only`: "is SET TO visit") governs no noun: "SET FIRE to homes" plans
    no shooting."""
    if lemma(frame_verb) in frame.xcomp_only:
        return None
    nouns = [_partitive(c, book) or c for c in frame_verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in frame_verb.children:
        if prep.dep_ == "prep" and prep.lower_ in frame.preps:
            nouns.extend(c for c in prep.children if c.dep_ == "pobj")
    for noun in nouns:
        pattern = noun_pattern(noun, book, None, None)
        if pattern is not None:
            return Trigger(frame_verb, pattern.code, pattern, noun=noun, framed_by=frame,
                           words=[frame_verb, noun])
    return None
