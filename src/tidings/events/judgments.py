"""Judgments told by speech or by an adjective: "Russia SAID the sanctions imposed by Washington WERE ILLEGAL",
"the ministry said Russia's claims WERE FALSE", "Beijing DESCRIBED Washington's arms sale AS A THREAT to peace",
"reiterated its POSITION THAT Israeli settlements ARE ILLEGAL".

The PLOVER manual codes disapproval of "a policy or an action" as ACCUSE (CAMEO 111) and "all rejections" as REJECT
(a claim denied: CAMEO 016, as PETRARCH-2 codes "deny/reject * CLAIM"); how the judgment is said, by a verb of
condemning or by a speech verb whose clause condemns, does not change what it is. The older rules of
`events/triggers.py` (`judgment_trigger`, `blame_trigger`) read word_classes.toml; this module adds the word classes
of data/patterns/judgments.toml, the stance noun that carries the clause, and the owner of what is judged.

Precision first: a judgment needs a condemning (or, for a claim, a falsifying) word and an actor who owns what is
judged ("RUSSIA'S claims", "the sanctions imposed BY WASHINGTON", "ISRAELI settlements"); "said the economy was
strong" is no judgment, and a judged thing owned by no actor codes nothing.

A wrong told by speech ("the ministry SAID Moscow had LIED", "said Kyiv had BROKEN ITS PROMISE", "said the army had
FAILED to protect civilians", "said Hamas WAS TO BLAME") accuses the doer the clause names (`_fault_told`); an act
the clause tells that the book codes ("said Israel VIOLATED the truce") stays that act, coded with its own actors.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from tidings.events.arguments import RELATIVE_PRONOUNS, ActorIndex, agent_of, child
from tidings.events.modality import verb_mode
from tidings.events.patterns import PatternBook, load_word_classes, patterns_dir, read_pattern_file
from tidings.events.triggers import Trigger, lemma

CONDEMNATION = "111"  # CAMEO 111 criticize or denounce
ACCUSATION = "112"  # CAMEO 112 accuse (of crime, corruption, abuses, aggression, treason)
DENIAL = "016"  # CAMEO 016 deny (a claim or an accusation); PLOVER REJECT
PREDICATE_DEPS = ("acomp", "attr", "oprd")
OWNER_DEPS = ("poss", "compound", "amod", "nmod")



@dataclass(frozen=True, slots=True)
class JudgmentWords:
    """The word classes of judgments.toml (lemmas, lower case)."""

    condemning: frozenset[str]  # with word_classes.toml `condemning_words`
    condemning_verbs: frozenset[str]  # "said the move VIOLATES", "a measure CONTRADICTING international law"
    frame_nouns: frozenset[str]  # "an ACT of aggression"
    falsity: frozenset[str]
    claim_nouns: frozenset[str]
    stance_nouns: frozenset[str]
    owner_preps: frozenset[str]
    fault_verbs: frozenset[str]  # "said Russia had LIED", "said Kyiv VIOLATED the truce"
    failure_verbs: frozenset[str]  # "said the government had FAILED to protect"
    breaking_verbs: frozenset[str]  # "said Pyongyang had BROKEN its promise"
    pledges: frozenset[str]
    fault_predicates: frozenset[str]  # "said Hamas was COMPLICIT", "was TO BLAME", "was IN BREACH of"


@lru_cache(maxsize=1)
def load_judgment_words() -> JudgmentWords:
    """The shipped judgment word classes, read once per process."""
    data = read_pattern_file(patterns_dir() / "judgments.toml", "judgments")

    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(name, ()))

    return JudgmentWords(words("condemning") | load_word_classes().condemning_words, words("condemning_verbs"),
                         words("frame_nouns"), words("falsity"), words("claim_nouns"), words("stance_nouns"),
                         words("owner_preps"), words("fault_verbs"), words("failure_verbs"),
                         words("breaking_verbs"), words("pledges"), words("fault_predicates"))


def judgment_triggers(sentence: Span, book: PatternBook, triggers: dict[int, Trigger],
                      actors: ActorIndex) -> dict[int, Trigger]:
    """Triggers to add or replace: a speech verb whose clause judges an owned act or claim, a verb of judging whose
    complement condemns with a word of judgments.toml, and the owner of what an older judgment trigger judges."""
    words = load_judgment_words()
    found: dict[int, Trigger] = {}
    for token in sentence:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        old = triggers.get(token.i)
        if old is not None and old.judged is not None:
            owner = _owner(old.judged, actors, words)
            if owner is not None and owner.i != old.judged.i:
                found[token.i] = replace(old, judged=owner)  # "said the sanctions imposed BY WASHINGTON were illegal"
            continue
        trigger = _said_judgment(token, book, actors, words) if old is None or not old.code else None
        if trigger is None and old is None:
            trigger = _fault_told(token, book, triggers, actors, words)
            found.update(_predicates_silenced(trigger, triggers, words))
        trigger = trigger or (_called(token, actors, words) if old is None or old.noun is not None else None)
        if trigger is not None:
            found[token.i] = trigger
    return found


def _said_judgment(verb: Token, book: PatternBook, actors: ActorIndex, words: JudgmentWords) -> Trigger | None:
    """"The ministry SAID Russia's claims WERE FALSE" (016), "said the move by Washington WAS A THREAT to peace",
    "reiterated its POSITION that Israeli settlements ARE ILLEGAL" (111): a speech verb over a clause of "be" whose
    subject is owned by an actor and whose predicate condemns it, or calls a claim untrue."""
    if lemma(verb) not in book.speech.verbs or verb.pos_ != "VERB" or not _official_speaker(verb, actors):
        return None
    for clause in _said_clauses(verb, words):
        judged, predicate = child(clause, "nsubj"), child(clause, *PREDICATE_DEPS)
        if judged is None or not _plainly_said(clause):
            continue
        owner = _owner(judged, actors, words)
        if owner is None:
            continue
        if lemma(clause) in words.condemning_verbs:  # "said the American move VIOLATED the treaty"
            return Trigger(verb, CONDEMNATION, words=[verb, clause], judged=owner)
        if predicate is None:
            continue
        if lemma(judged) in words.claim_nouns and _says(predicate, words.falsity):
            return Trigger(verb, DENIAL, words=[verb, clause], judged=owner)
        if _says(predicate, words.condemning):
            return Trigger(verb, CONDEMNATION, words=[verb, clause], judged=owner)
    return None


def _fault_told(verb: Token, book: PatternBook, triggers: dict[int, Trigger], actors: ActorIndex,
                words: JudgmentWords) -> Trigger | None:
    """"The ministry SAID Russia had LIED about its troops" (112), "said the government had FAILED TO protect
    civilians" (111), "said Pyongyang had BROKEN ITS PROMISE", "said Hamas WAS TO BLAME": a speech verb whose clause
    says that a named actor did wrong accuses that actor (PLOVER ACCUSE: "allege wrongdoing"; CAMEO 112). A report
    of an act the book codes ("said Israel ATTACKED Gaza") is that act, coded at its own verb; a clause that is
    negated, hedged or foretold ("did not lie", "may have lied", "will fail") accuses no one; and a speaker who
    owns the fault ("the ministry said IT had failed") makes an admission."""
    if verb.pos_ != "VERB" or lemma(verb) not in book.speech.verbs or not _official_speaker(verb, actors):
        return None
    speaker = _speaker(verb)
    speaker_actor = actors.at(speaker) if speaker is not None else None
    for clause in _clauses_of(verb):
        doer = child(clause, "nsubj")
        if doer is None or doer.lower_ in RELATIVE_PRONOUNS or _act_told(clause, triggers, words):
            continue
        actor = actors.at(doer)
        if actor is None or actor == speaker_actor or doer.pos_ == "PRON":
            continue
        code = _fault(clause, words)
        if code is not None and verb_mode(clause, book.modality, book.speech.verbs) == "factual":
            return Trigger(verb, code, words=[verb, clause], judged=doer)
    return None


def _act_told(clause: Token, triggers: dict[int, Trigger], words: JudgmentWords) -> bool:
    """The clause tells an act the book codes, at its verb or below it ("said Israel VIOLATED the truce", "said Iran
    had failed to HONOUR the deal"): the act is coded with its own actors (the real-news guidelines code "X said Y
    attacked Z" as Y's act), not as the speaker's accusation. A predicate of fault ("was TO BLAME") is no act."""
    return any(t.i in triggers and triggers[t.i].code and t.i not in _fault_words(clause, words)
               for t in clause.subtree)


def _fault_words(clause: Token, words: JudgmentWords) -> dict[int, Token]:
    """The predicates of fault on a clause of "be": "was COMPLICIT", "was TO BLAME", "was IN COLLUSION with"."""
    if lemma(clause) != "be":
        return {}
    said = [*(c for c in clause.children if c.dep_ in ("acomp", "xcomp")),
            *(o for p in clause.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    return {w.i: w for w in said if lemma(w) in words.fault_predicates}


def _predicates_silenced(trigger: Trigger | None, triggers: dict[int, Trigger], words: JudgmentWords
                         ) -> dict[int, Trigger]:
    """"Russia said Kyiv was TO BLAME": the verb "blame" there is the predicate of Kyiv's fault, not an accusation by
    Kyiv; its own trigger is replaced by one that codes nothing."""
    if trigger is None or len(trigger.words) < 2:
        return {}
    return {i: Trigger(w, None, words=[w]) for i, w in _fault_words(trigger.words[1], words).items() if i in triggers}


def _clauses_of(verb: Token) -> list[Token]:
    """The clauses a speech verb says: its complement, or the quote it follows ("'Moscow lied,' the minister
    said")."""
    out = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in ("ccomp", "parataxis") and verb.i > verb.head.i:
        out.append(verb.head)
    return [c for c in out if c.pos_ in ("VERB", "AUX")]


def _fault(clause: Token, words: JudgmentWords) -> str | None:
    """The code of the wrong a clause says its subject did: a verb of deceit, broken faith, corruption or meddling
    (judgments.toml `fault_verbs`, 112), a failure to do what was owed (`failure_verbs` with an infinitive, 111),
    a broken promise (`breaking_verbs` with a `pledges` object, 111), or a predicate of fault ("was COMPLICIT",
    "was TO BLAME", 112)."""
    name = lemma(clause)
    if name in words.fault_verbs:
        return ACCUSATION
    if name in words.failure_verbs and child(clause, "xcomp") is not None:
        return CONDEMNATION
    if name in words.breaking_verbs and any(lemma(c) in words.pledges for c in clause.children if c.dep_ == "dobj"):
        return CONDEMNATION
    return ACCUSATION if _fault_words(clause, words) else None


def _speaker(verb: Token) -> Token | None:
    """The subject of a speech verb, or of the verb it is coordinated with ("Taiwan lodged a protest and CLAIMED
    China had instigated the ban")."""
    subject = child(verb, "nsubj")
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return child(verb.head, "nsubj")
    return subject


def _official_speaker(verb: Token, actors: ActorIndex) -> bool:
    """The speaker is a state, or a body or person of a political sector (word_classes.toml `political_sectors`):
    an analyst or a scholar who calls a claim false makes an assessment, not a rejection (PLOVER: the act of a
    political actor), and a pronoun is left to the older rules."""
    subject = _speaker(verb)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":  # "a COURT ruling DECLARING the ban void"
        subject = next((c for c in verb.head.children if c.dep_ in ("poss", "compound") and actors.at(c) is not None),
                       None) or _maker(verb.head, actors, load_judgment_words())  # "the UN issued a report CALLING"
    actor = actors.at(subject) if subject is not None else None
    if actor is None:
        return False
    if actor.sector is None:
        return actor.country is not None
    return actor.sector.lower() in load_word_classes().political_sectors


def _said_clauses(verb: Token, words: JudgmentWords) -> list[Token]:
    """The clauses of "be" a speech verb says: its complement ("said the claim WAS false"), the clause of a stance
    noun it states ("reiterated its position that settlements ARE illegal"), or the quote it follows ("'The claim IS
    false,' the ministry said")."""
    out = [c for c in verb.children if c.dep_ == "ccomp"]
    for noun in (c for c in verb.children if c.dep_ == "dobj" and lemma(c) in words.stance_nouns):
        out.extend(c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos"))
    if verb.dep_ in ("ccomp", "parataxis") and verb.i > verb.head.i:
        out.append(verb.head)
    return [c for c in out if lemma(c) == "be" or (lemma(c) in words.condemning_verbs and c.pos_ == "VERB")]


def _plainly_said(clause: Token) -> bool:
    """A clause that states what is: not negated ("was NOT illegal"), not a condition or a guess ("WOULD be a
    violation", "IF it is false")."""
    return not any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ != "that") or (c.dep_ == "aux" and c.tag_ == "MD")
                   for c in clause.children)


def _called(verb: Token, actors: ActorIndex, words: JudgmentWords) -> Trigger | None:
    """"Beijing DESCRIBED Washington's arms sale AS A THREAT", "Tehran CALLED the Israeli strike AN ACT OF
    AGGRESSION": a verb of judging (word_classes.toml `judging_verbs`) with a judged object owned by an actor and a
    complement that condemns (judgments.toml `condemning`, or its "of" object after a `frame_nouns` word)."""
    if verb.pos_ != "VERB" or lemma(verb) not in load_word_classes().judging_verbs:
        return None
    if not _official_speaker(verb, actors):
        return None
    judged = child(verb, "dobj")
    if judged is not None and judged.lower_ in RELATIVE_PRONOUNS and verb.dep_ in ("relcl", "acl"):
        judged = verb.head  # "statements THAT Argentina described as false": the noun the clause is on
    if judged is None:
        return None
    owner = _owner(judged, actors, words)
    if owner is None:
        return None
    complements = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.pos_ in (
        "ADJ", "NOUN")]
    for head in (verb, judged):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "as"):
            complements.extend(c for c in prep.children if c.dep_ in ("pobj", "amod", "acomp"))
    if lemma(judged) in words.claim_nouns and any(_says(c, words.falsity) for c in complements):
        return Trigger(verb, DENIAL, words=[verb, *complements], judged=owner)
    if any(_says(c, words.condemning) for c in complements):
        return Trigger(verb, CONDEMNATION, words=[verb, *complements], judged=owner)
    return None


def _says(predicate: Token, lexicon: frozenset[str]) -> bool:
    """The predicate is a word of the class, has one as an adjective ("an extremely ADVERSE development"), or, after a
    frame noun, as its "of" object ("an act OF AGGRESSION"); a conjunct counts too ("illegal AND A PROVOCATION")."""
    known = load_judgment_words()
    frame_nouns, verbs, condemning = known.frame_nouns, known.condemning_verbs, known.condemning
    for word in (predicate, *(c for c in predicate.children if c.dep_ == "conj")):
        if lemma(word) in lexicon or any(c.dep_ == "amod" and lemma(c) in lexicon for c in word.children):
            return True
        if lexicon is condemning and any(c.dep_ == "acl" and c.tag_ == "VBG" and lemma(c) in verbs
                                        for c in word.children):
            return True  # "another measure CONTRADICTING the legal footing"
        if lemma(word) in frame_nouns and any(lemma(o) in lexicon for p in word.children if p.dep_ == "prep"
                                              and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
            return True
    return False


def _owner(judged: Token, actors: ActorIndex, words: JudgmentWords) -> Token | None:
    """The actor who owns what is judged: the judged actor itself, its owner or nationality ("RUSSIA'S claims",
    "ISRAELI settlements", "U.S. sanctions"), the doer of a participle on it ("the sanctions imposed BY WASHINGTON"),
    or the object of an owning preposition ("accusations FROM BEIJING"). None for a pronoun: the older rules find
    what "it" or "this" refers to."""
    if judged.lower_ in load_word_classes().referring_pronouns:
        return None
    if actors.at(judged) is not None:
        return judged
    for c in judged.children:
        if c.dep_ in OWNER_DEPS and actors.at(c) is not None:
            return c
    for c in judged.children:
        if c.dep_ == "prep" and c.lower_ in words.owner_preps:
            found = next((o for o in c.children if o.dep_ == "pobj" and actors.at(o) is not None), None)
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            found = agent_of(c)
            found = found if found is not None and actors.at(found) is not None else None
        else:
            continue
        if found is not None:
            return found
    return _maker(judged, actors, words)


def _maker(claim: Token, actors: ActorIndex, words: JudgmentWords) -> Token | None:
    """"Iranian officials ISSUED STATEMENTS that ...": the subject of the verb whose object a claim noun is made
    the claim."""
    if lemma(claim) not in words.claim_nouns or claim.dep_ != "dobj":
        return None
    maker = child(claim.head, "nsubj")
    return maker if maker is not None and actors.at(maker) is not None else None
