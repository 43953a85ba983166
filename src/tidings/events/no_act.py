"""Readings that tell no act of one actor on another, whatever their arguments: a poll, an opinion, another sense
of the word, an errand, a habit, anyone's deed, a quality, a hazard, a private crime, praise of one's own.

The coder (code.py) asks `no_act` before it looks for a reading's sides; each check reads only the parse and the
word classes (word_classes.toml, the discards' outsiders), so they live apart from the event assembly.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.arguments import ArgumentFinder, in_passive
from tidings.events.discards import load_outsiders
from tidings.events.modality import habitual, obligation
from tidings.events.patterns import Modality, load_word_classes
from tidings.events.reading import Reading
from tidings.events.triggers import lemma, object_of

# material conflict (force posture, coercion, violence): what a disease or a storm "does" has no doer
HAZARD_ROOTS = frozenset({"15", "17", "18", "19", "20"})


def _polled(reading: Reading) -> bool:
    """"51 percent say Trump should be impeached", "a majority of Americans want Congress to investigate": a
    share of a population saying or wanting an act is a poll, an opinion, not an act of anyone
    (word_classes.toml `share_words`, `poll_verbs`). Only a verb of saying or wanting above the act is looked at:
    "half of the troops withdrew" and "a majority of lawmakers voted to impeach" act."""
    classes = load_word_classes()
    above = [*reading.trigger.verb.ancestors, *([reading.speaker] if reading.speaker is not None else [])]
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in classes.share_words or any(
        m.dep_ in ("amod", "advmod", "quantmod") and m.lower_ in classes.share_words for m in c.children))
        for verb in above if lemma(verb) in classes.poll_verbs for c in verb.children)


def _voiced_obligation(reading: Reading, words: Modality) -> bool:
    """"Russia must withdraw", "we should be supporting Ukraine": an obligation voiced in a main clause, with no one
    voicing it in the sentence, is an opinion, not an act (modality.py `obligation`). Reported, it is someone's
    demand: by a speaker ("Russia said Sudan must return the helicopter", `_demand_by_modal`; "we must all ..."
    included: an appeal to a collective) or in any clause another verb governs ("insisted that it should have
    acted")."""
    top = reading.anchor
    if top.dep_ == "xcomp" and top.head.lower_ in words.obligation_aux:
        top = top.head  # "OUGHT to lift"
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return reading.speaker is None and top.dep_ == "ROOT" and obligation(reading.anchor, words)


def _idle_sense(reading: Reading) -> bool:
    """"meet this CHALLENGE", "burning it releases CARBON", "released its winter OUTLOOK", "sent an unmistakable
    SIGNAL": a verb whose object names no actor and nothing handed over (word_classes.toml `idle_objects`) is used
    in another sense than an act on someone. Under a frame the frame's act stays ("urged the members to meet
    the challenge" is an appeal, whatever is asked)."""
    if reading.trigger.noun is not None or reading.frames:
        return False
    found = object_of(reading.trigger.verb)
    return found is not None and lemma(found) in load_word_classes().idle_objects


RELATIVE_PRONOUNS = frozenset({"which", "that"})


def _thing_visits(reading: Reading, finder: ArgumentFinder) -> bool:
    """"slaughter is likely COMING to Hong Kong", "when it COMES to the president", "the row is COMING to an end":
    meeting, visiting and hosting (CAMEO 04) are done by actors; a subject that names none (a neuter pronoun, an
    event or a thing: no actor, person or group heads it, nor an "of" phrase of an actor's own) comes, meets or
    hosts in another sense."""
    if not reading.code.startswith("04") or reading.frames or reading.trigger.noun is not None:
        return False
    verb = reading.trigger.verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl")]
    relative = [s for s in subjects if s.lower_ in RELATIVE_PRONOUNS]
    if (verb.dep_ == "relcl" and relative and len(relative) == len(subjects)) \
            or (verb.dep_ == "acl" and verb.tag_ == "VBG" and not subjects):
        subjects = [verb.head]  # "a building HOSTING a gathering", "the stadium which HOSTED": the noun does it
    return bool(subjects) and all(_thing(s, finder) for s in subjects)


def _thing(subject: Token, finder: ArgumentFinder) -> bool:
    classes = load_word_classes()
    if subject.lower_ in classes.referring_pronouns:  # "it", "this", "that"
        return True
    owners = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj"]  # "the leaders OF the two countries": the actor's own people
    return subject.pos_ == "NOUN" and not subject.ent_type_ and lemma(subject) not in classes.person_nouns \
        and lemma(subject) not in classes.group_nouns and not finder.actors_at(subject, loose=False) \
        and not any(finder.actors_at(o) for o in owners)


DESTINATION_PREPS = frozenset({"to", "at", "in", "into", "inside", "for", "toward", "towards"})
VISIT_VERBS = frozenset({"visit", "tour"})  # the verbs whose object is the place visited


def _errand(reading: Reading, finder: ArgumentFinder) -> bool:
    """"was RUSHED to hospital", "arrived at the scene", "a trip to Walter Reed hospital", "visited the border",
    "recently ARRIVED from India": CAMEO 042 "make a visit" and 043 "host a visit" are visits to a host (a
    government or body, a country or city, a summit). Going to a place of daily life, rescue or inspection
    (word_classes.toml `errand_places`) is an errand, not a visit; and coming FROM a place with no place of arrival
    named is travel, not a visit to where one left, as is arriving with no place named ("the fire chief and police
    ARRIVED within a minute"), unless a state's envoy arrives: "the Deputy Foreign Minister from China ARRIVED" in a
    story told in the host country is a visit whose host the story gives (`_envoy_arrives`)."""
    if not reading.code.startswith(("042", "043")) or reading.frames:
        return False
    head = reading.trigger.noun if reading.trigger.noun is not None else reading.trigger.verb
    preps = [c for c in head.children if c.dep_ in ("prep", "dative")]
    places = [o for p in preps if p.lower_ in DESTINATION_PREPS for o in p.children
              if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]  # "IN October": when, not where
    if reading.trigger.noun is None:
        places += [c for c in head.children if c.dep_ == "dobj"]
    if places:
        errands = load_word_classes().errand_places
        return all(lemma(p) in errands for p in places)
    return reading.trigger.noun is None and reading.code.startswith("042") and lemma(head) not in VISIT_VERBS \
        and not _envoy_arrives(head, finder)


ENVOY_SECTORS = frozenset({"GOV", "IGO"})


def _envoy_arrives(verb: Token, finder: ArgumentFinder) -> bool:
    """A minister, president or envoy of a known state, or an international body's official, arriving is a state
    visit even when the place goes unsaid; a family, the police or a fire chief arriving is not."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(a.actor.sector in ENVOY_SECTORS and a.actor.country for s in subjects for a in finder.actors_at(s))


def _habitual(reading: Reading, words: Modality) -> bool:
    """"When the United States slaps tariffs, ...", "every time Russia attacks, ...": a rule or a habit told in the
    generic present is no particular happening (modality.py `habitual`)."""
    return any(habitual(verb, words) for verb in (reading.trigger.verb, reading.anchor))


def _adjectival(reading: Reading) -> bool:
    """"finds these changes PROFOUNDLY THREATENING", "a DEEPLY INSULTING remark": a participle with no auxiliary that
    a degree adverb grades (word_classes.toml `degree_adverbs`) is an adjective, a quality of something, not an act
    ("very" and "extremely" grade qualities; acts are not graded so)."""
    verb = reading.trigger.verb
    if reading.trigger.noun is not None or verb.tag_ not in ("VBG", "VBN"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    degrees = load_word_classes().degree_adverbs
    return any(c.dep_ == "advmod" and c.lower_ in degrees for c in verb.children)


def _generic_doer(reading: Reading) -> bool:
    """"ANYONE giving false information could be fined", "whoever attacks the police": what a free-choice pronoun
    does is a rule about anyone, no act of someone (word_classes.toml `generic_doers`). Only the doer counts:
    "police arrested anyone who protested" is an arrest."""
    verb = reading.trigger.verb
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("acl", "relcl"):
        doers.append(verb.head)  # "anyone GIVING ...", "anyone who ATTACKS ..."
    return any(d.lower_ in load_word_classes().generic_doers for d in doers)


def _doerless_harm(reading: Reading) -> bool:
    """"the pandemic that KILLED millions", "a climber was KILLED after falling", "firefighters ATTACKED the fire":
    force and violence (CAMEO 15, 17-20) done by a fire, a crash, a disease or a disaster, suffered in an accident,
    or used on a fire has no actor on one side (word_classes.toml `doerless_harms`, `accident_verbs`); the
    real-news guidelines code no accidents or hazards. Fighting a plague or a wildfire stays the aid that
    `_plausible_act` makes of it."""
    if reading.code[:2] not in HAZARD_ROOTS or reading.frames or reading.trigger.noun is not None:
        return False
    verb = reading.trigger.verb
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if verb.dep_ in ("acl", "relcl"):
        doers.append(verb.head)  # "the pandemic that KILLED ..."
    if any(_harm(d) for d in doers):
        return True
    plagues = load_word_classes().plague_nouns
    if any(c.dep_ == "dobj" and _harm(c) and lemma(c) not in plagues for c in verb.children):
        return True  # "fought the fire", "battled the flames"
    accident_verbs = load_outsiders().accident_verbs
    return in_passive(verb) and not any(c.dep_ == "agent" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in ("in", "after") and any(
            (o.dep_ == "pobj" and _harm(o)) or (o.dep_ == "pcomp" and lemma(o) in accident_verbs)
            for o in c.children) for c in verb.children)


PRIVATE_VIOLENCE = frozenset({"18", "19"})  # CAMEO assault, fight: what one person does to another


def _harm(token: Token) -> bool:
    """A fire, a crash, a disease or a disaster (word_classes.toml `doerless_harms`), unless an "of" phrase names
    something else ("an outbreak of violence"); "fire" only as a fire told with a determiner and no maker ("a fire
    at a factory", "the fire"), not gunfire."""
    outsiders = load_outsiders()
    if lemma(token) not in outsiders.harms:
        return False
    if any(o.dep_ == "pobj" and not _harm(o) for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
           for o in p.children):
        return False  # "an outbreak OF tribal VIOLENCE": the harm is what the "of" phrase names
    if lemma(token) not in outsiders.gunfire_words:  # word_classes.toml: "exchanged FIRE" is gunfire
        return True
    return any(c.dep_ == "det" for c in token.children) and not any(
        c.dep_ in ("compound", "poss") or c.ent_type_ for c in token.children)


def _private_crime(reading: Reading, finder: ArgumentFinder) -> bool:
    """"a man SHOT his neighbour", "a robber STABBED a shopkeeper": violence (CAMEO 18-19) between two people of
    private life, neither naming a state, an armed group or any actor (word_classes.toml `private_doers`,
    `private_victims`), is a private crime, which the real-news guidelines code only through the police or court
    act that answers it. One victim only: several ("shot three people") may be a mass attack."""
    if reading.code[:2] not in PRIVATE_VIOLENCE or reading.frames or reading.trigger.noun is not None:
        return False
    verb = reading.trigger.verb
    words = load_outsiders()
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i:
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "she walked in, FIRING at an employee"
    if len(doers) != 1 or lemma(doers[0]) not in words.private_doers or not _unaffiliated(doers[0], finder):
        return False
    victims = [c for c in verb.children if c.dep_ == "dobj"]
    victims += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "at" for o in p.children
                if o.dep_ == "pobj"]
    people = [v for v in victims if v.pos_ in ("PRON", "PROPN") or v.ent_type_ or finder.actors_at(v)
              or lemma(v) in words.private_victims or lemma(v) in load_word_classes().person_nouns]
    # not "fired a SHOT", "at their HOME": only people are victims
    return len(people) == 1 and (lemma(people[0]) in words.private_victims or people[0].lower_ in
                                 words.private_victims) and _unaffiliated(people[0], finder)


def _unaffiliated(person: Token, finder: ArgumentFinder) -> bool:
    """A single person named by a common noun or a singular pronoun with no nationality, group, actor or number:
    "a man", "his wife", "she"."""
    if person.ent_type_ or person.tag_ in ("NNS", "NNPS") or list(person.conjuncts) or finder.actors_at(person):
        return False
    return not any(c.ent_type_ or c.dep_ in ("nummod", "compound", "prep", "appos", "relcl", "acl")
                   for c in person.children)


PRAISE = "051"  # CAMEO 051: praise or endorse
OWNING_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our", "your"})


def _own_praised(reading: Reading) -> bool:
    """"the sheriff PRAISED his investigators", "she THANKED her mentors", "praised the work of his staff": praise
    (CAMEO 051) of the doer's own people (a possessive pronoun and word_classes.toml `own_people`) is no act towards
    another actor; "praised his Japanese counterpart" is."""
    if not reading.code.startswith(PRAISE) or reading.frames or reading.trigger.noun is not None:
        return False
    words = load_outsiders()
    objects = [c for c in reading.trigger.verb.children if c.dep_ == "dobj"]
    objects += [o for d in objects if lemma(d) in words.deed_nouns for p in d.children
                if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    people = [o for o in objects if lemma(o) not in words.deed_nouns]
    return bool(people) and all(
        lemma(o) in words.own_people and not o.ent_type_ and any(
            c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in o.children)
        and not any(c.dep_ in ("amod", "compound") and c.ent_type_ for c in o.children) for o in people)


def _thing_backs(reading: Reading, finder: ArgumentFinder) -> bool:
    """"the dollar was SUPPORTED by economic data", "valuations are being supported by a combination of factors",
    "the plan was backed by polls": backing (word_classes.toml `backing_codes`) is given by actors; a thing as the
    agent of a passive tells another sense (markets, figures). Only the passive's agent: a subject that the tables
    cannot place ("the bill supports ...") is often an actor's act told through its instrument (real-news check
    recall fell with the subject too)."""
    if not reading.code.startswith(tuple(load_word_classes().backing_codes)) or reading.frames \
            or reading.trigger.noun is not None:
        return False
    verb = reading.trigger.verb
    doers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return in_passive(verb) and bool(doers) and all(_thing(d, finder) for d in doers)


def _opinion_demand(reading: Reading, finder: ArgumentFinder) -> bool:
    """She said "WE must teach our children patience", "THESE should BE public assets", said the new POLICY
    "should send a signal": a demand by modal (code.py `_demand_by_modal`) asks another party for an act. A clause
    whose subject is the speaker's own side, a pointing pronoun or a thing, or whose verb is a state
    (word_classes.toml `own_voice`, `pointing_pronouns`, `state_verbs`), voices an opinion; "Russia said Sudan
    must return the helicopter" stays a demand."""
    if reading.speaker is None or len(reading.chain) < 2:
        return False
    clause = reading.chain[-2]
    if clause.dep_ != "ccomp" or clause.head.i != reading.speaker.i \
            or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False
    words = load_outsiders()
    verb = reading.trigger.verb
    if lemma(verb) in words.state_verbs and not any(t.dep_ == "xcomp" for t in verb.subtree):
        return True  # the state is what is asked; "must BE ready TO MEDIATE" asks an act
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # a thing as the passive subject is what the act is done to: "said the sanctions must be LIFTED" asks it
    return any(s.lower_ in words.own_voice or s.lower_ in words.pointing_pronouns
               or (s.dep_ == "nsubj" and _thing(s, finder)) for s in subjects)


def _told_not_asked(reading: Reading) -> bool:
    """"The governor would LIKE us to KNOW that ...", "he WANTS the world to KNOW that ...": wanting someone to know
    or understand something tells it; no act is asked (word_classes.toml `wanting_verbs`, `knowing_verbs`).
    "wants Kyiv to release the prisoners" asks one."""
    if len(reading.chain) < 2 or not reading.frames:
        return False
    words = load_outsiders()
    return lemma(reading.trigger.verb) in words.knowing_verbs and lemma(reading.chain[1]) in words.wanting_verbs


def _question_asked(reading: Reading) -> bool:
    """"asked WHETHER the troops would stay", "'WHAT is the contingency?' Aderholt asked": asking a question is no
    appeal or demand (CAMEO 02, 10 ask for an act); "asked Kyiv to investigate" and "asked that the troops stay"
    are (word_classes.toml `question_verbs`, `question_words`)."""
    if not reading.code.startswith(("02", "10")):
        return False
    words = load_outsiders()
    askers = [v for v in reading.chain if lemma(v) in words.question_verbs]
    return any(_asks_question(v, words.question_words) for v in askers)


def _asks_question(verb: Token, question_words: frozenset[str]) -> bool:
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return False  # "asked Kyiv to ...", "asked for help"
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(min(clause.subtree, key=lambda t: t.i).lower_ in question_words
               or any(c.dep_ == "mark" and c.lower_ in question_words for c in clause.children)
               or any(t.text == "?" for t in clause.subtree) for clause in clauses)


def no_act(reading: Reading, words: Modality, finder: ArgumentFinder) -> bool:
    """Whether the verb tells no act of one actor on another, whatever its arguments: a poll, an opinion, another
    sense of the word, an errand, a habit, anyone's deed, a quality, a hazard, a private crime, praise of one's
    own."""
    return _polled(reading) or _voiced_obligation(reading, words) or _idle_sense(reading) \
        or _thing_visits(reading, finder) or _errand(reading, finder) or _habitual(reading, words) \
        or _generic_doer(reading) or _adjectival(reading) or _doerless_harm(reading) \
        or _private_crime(reading, finder) or _own_praised(reading) or _opinion_demand(reading, finder) \
        or _question_asked(reading) or _thing_backs(reading, finder) or _told_not_asked(reading)


