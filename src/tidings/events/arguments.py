"""Who did it and to whom: from the dependency parse to the actors found by the actor stage.

The actor stage gives actor mentions with character spans; the coder needs the actor behind a parse
token (a subject, an object, a prepositional object). `ActorIndex` maps tokens to actors once per
document; the functions below walk the parse: subjects through conjunctions, control verbs, relative
clauses and passives; compound actors ("Xi and Tokayev"); appositions; and pronouns ("he") resolved
to the nearest preceding person (or, for "it"/"they", organization or country), except in reported speech:
there "I" and "we" are the speaker, and the subject pronoun of the reported clause is the speech verb's subject
when it fits.
"""

from __future__ import annotations

import bisect
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from tidings.actors.tables import data_dir, read_rows
from tidings.events.patterns import load_word_classes, patterns_dir, read_pattern_file
from tidings.quotes import quotation_marks
from tidings.records import ActorMention, ActorRef

SUBJECT_DEPS = ("nsubj", "csubj", "nsubjpass", "csubjpass")
CORE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod", "det", "nummod", "quantmod"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "it", "its", "itself", "themselves"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves"})
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
PERSON_LABELS = frozenset({"PERSON"})



def country_counts(actors: Iterable[ActorRef]) -> Counter[str]:
    """How often the document names each country (a region's "A/B" codes and actors without one aside)."""
    return Counter(a.country for a in actors if a.country and "/" not in a.country)

@dataclass(frozen=True, slots=True)
class Arg:
    """An actor found for an argument position, with the token it was found at."""

    actor: ActorRef
    token: int


class ActorIndex:
    """Actor mentions keyed by token index, plus their order for pronoun resolution."""

    def __init__(self, doc: Doc, mentions: Iterable[ActorMention]) -> None:
        self.by_token: dict[int, ActorRef] = {}
        self.person: dict[int, bool] = {}
        ordered: list[tuple[int, int, ActorRef, bool]] = []
        self._subjects: set[int] = set()  # starts of the mentions that are a clause's subject
        # one unnamed office holder that is not a subject ("met THE PRESIDENT", "the role of THE NEGOTIATOR"): a
        # person, so not "it" or "they", but too seldom what a later "he" means to be taken for it
        self._unfit: set[int] = set()
        for mention in sorted(mentions, key=lambda m: m.actor.end - m.actor.start):
            span = doc.char_span(mention.actor.start, mention.actor.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            is_person = _looks_like_person(span, mention.actor)
            for token in span:
                self.by_token.setdefault(token.i, mention.actor)  # shortest mention wins
            ordered.append((span.start, span.end, mention.actor, is_person))
            if span.root.dep_ in SUBJECT_DEPS:
                self._subjects.add(span.start)
            elif _one_office_holder(span, mention.actor):
                self._unfit.add(span.start)
        ordered.sort(key=lambda item: item[0])
        self._starts = [item[0] for item in ordered]
        self._ordered = ordered
        self._describe(doc)

    def at(self, token: Token) -> ActorRef | None:
        return self.by_token.get(token.i)

    def _describe(self, doc: Doc) -> None:
        """"Hamas fired rockets at Israel. THE GROUP said ...", "CBP ... THE AGENCY has been holding people": a
        definite description by a general noun (back_references.toml) that names no placed actor of its own stands
        for the nearest earlier actor mention of a kind the noun fits, a few sentences back at most
        (`_described`); it then is that actor for the coder, and for a later pronoun."""
        refs = load_back_references()
        sentences: list[int] | None = None
        for token in doc:
            if token.tag_ not in ("NN", "NNS"):
                continue
            kinds = refs.nouns.get(token.lemma_.lower())
            if kinds is None:
                continue
            own = self.by_token.get(token.i)
            first = _description_start(token) if own is None or _unowned(own) else None
            if first is None:
                continue
            if sentences is None:
                sentences = [s.start for s in doc.sents]
            here = bisect.bisect_right(sentences, token.i) - 1
            window = sentences[max(0, here - refs.sentences)]
            found = self._described(token, first, kinds, window, refs)
            if found is not None:
                self._place(doc, first, token, own, found)

    def _described(self, noun: Token, first: int, kinds: frozenset[str], window: int, refs: BackReferences
                   ) -> ActorRef | None:
        """The nearest fitting actor (`_fits_kind`) named from token `window` on; none when its sentence also names
        a fitting actor of another country ("Colombian rebels and Peruvian rebels met. THE REBELS ...": either).
        A body of the same noun must be named in an earlier sentence: in its own, the noun repeated is that body in
        another role ("the British government freezes the assets of a network ... sanctioned by THE GOVERNMENT")."""
        owners = {a.country for t in noun.children
                  if t.dep_ in ("amod", "compound") and (a := self.at(t)) is not None and a.country}
        bound = _clause_subject(noun)
        position = bisect.bisect_left(self._starts, first)
        found: ActorRef | None = None
        found_in = -1
        for start, end, actor, is_person in reversed(self._ordered[:position]):
            span = noun.doc[start:end]
            if start < window or (found is not None and span.sent.start != found_in):
                break
            if end > first or (bound is not None and start <= bound < end) or (is_person and (
                    span.root.ent_type_ in PERSON_LABELS or actor.role is not None)):
                continue  # a person; not a body whose owner the parser took for one ("JORDAN's government")
            actor = self._owned(span, actor)
            kind = _fits_kind(noun, span, actor, kinds, refs) if not owners or actor.country in owners else None
            if kind is None or (kind == "same" and span.sent.start == noun.sent.start):
                continue
            if found is not None and actor.country != found.country:
                return None
            if found is None:
                found, found_in = actor, span.sent.start
        return found

    def _owned(self, span: Span, actor: ActorRef) -> ActorRef:
        """"the TRUMP administration", "the ISRAELI army": a body of no country of its own whose noun phrase names
        its owner in a modifier takes the owner's country (as `ArgumentFinder._with_modifier_country` does)."""
        if not _unowned(actor):
            return actor
        for token in span.root.children:
            owner = self.at(token) if token.dep_ in ("amod", "compound", "poss") else None
            if owner is not None and owner.country and owner is not actor:
                return replace(actor, country=owner.country)
        return actor

    def _place(self, doc: Doc, first: int, noun: Token, own: ActorRef | None, found: ActorRef) -> None:
        start, end = doc[first].idx, noun.idx + len(noun.text)
        ref = replace(found, text=doc.text[start:end], start=start, end=end)
        for i in range(first, noun.i + 1):
            if self.by_token.get(i) is None or self.by_token.get(i) is own:
                self.by_token[i] = ref
        entry = (first, noun.i + 1, ref, False)
        at = next((n for n, item in enumerate(self._ordered) if own is not None and item[2] is own), None)
        if at is not None:
            self._ordered[at] = entry
        else:
            position = bisect.bisect_left(self._starts, first)
            self._ordered.insert(position, entry)
            self._starts.insert(position, first)
        if noun.dep_ in SUBJECT_DEPS:
            self._subjects.add(first)

    def is_person(self, actor: ActorRef) -> bool:
        """Whether a mention reads as a person (`_looks_like_person`)."""
        return any(person for _, _, a, person in self._ordered if a is actor)

    def story_pair(self, before: int) -> list[tuple[int, ActorRef]]:
        """The two countries the document names most (each at least twice, any third one less often than both):
        for each, its mention nearest before token `before` (the first one if none is before), with its token."""
        ranked = country_counts(a for _, _, a, _ in self._ordered).most_common(3)
        if len(ranked) < 2 or ranked[1][1] < 2 or (len(ranked) == 3 and ranked[2][1] == ranked[1][1]):
            return []
        out = []
        for country, _ in ranked[:2]:
            mentions = [(start, a) for start, _, a, _ in self._ordered if a.country == country]
            earlier = [m for m in mentions if m[0] < before]
            out.append(earlier[-1] if earlier else mentions[0])
        return out

    def antecedent(self, pronoun: Token, window_start: int) -> ActorRef | None:
        """The nearest actor before `pronoun` (not before token `window_start`) that fits it; for a person pronoun
        that is a subject and is not preceded in its own sentence by a fitting person, the subject of the nearest
        earlier sentence that names one (`_sentence_subject`)."""
        lower = pronoun.lower_
        want_person = lower in PERSON_PRONOUNS
        if not want_person and lower not in GROUP_PRONOUNS:
            return None
        position = bisect.bisect_left(self._starts, pronoun.i)
        bound = _clause_subject(pronoun)
        fits = (actor for start, end, actor, is_person in reversed(self._ordered[:position])
                if start >= window_start and self._fits(pronoun, start, end, is_person, want_person, bound))
        first = next(fits, None)
        if first is None or not want_person or pronoun.dep_ not in SUBJECT_DEPS:
            return first
        return self._sentence_subject(pronoun, first, want_person, bound, window_start) or first

    def _fits(self, pronoun: Token, start: int, end: int, is_person: bool, want_person: bool, bound: int | None
              ) -> bool:
        if end > pronoun.i or start in self._unfit or (bound is not None and start <= bound < end):
            return False
        if want_person and _other_sex(pronoun.doc[start:end], pronoun.lower_ in MALE_PRONOUNS):
            return False
        # "they" is a person's side only as told by that person ("Erekat said they ...")
        return is_person == want_person or (not want_person and pronoun.lower_ in ("they", "them", "their")
                                            and start in self._subjects)

    def _sentence_subject(self, pronoun: Token, nearest: ActorRef, want_person: bool, bound: int | None,
                          window_start: int) -> ActorRef | None:
        """"Trump met Xi Jinping in Osaka. HE threatened new tariffs": a subject "he"/"she" opening a sentence's
        account carries on the subject of the sentence before, not its object named last (a subject pronoun
        continues the topic, which news sentences put first). Only across sentences: within one sentence the
        nearest person stays ("a speech by Vance in which HE criticized ..."), and only a subject mention of the
        sentence of the nearest fitting person is taken, never one of a sentence further back."""
        doc = pronoun.doc
        position = bisect.bisect_left(self._starts, pronoun.i)
        sentence = None
        for start, end, actor, is_person in reversed(self._ordered[:position]):
            if start < window_start:
                break
            if not self._fits(pronoun, start, end, is_person, want_person, bound):
                continue
            here = doc[start].sent.start
            if here == pronoun.sent.start:
                return None
            if sentence is not None and here != sentence:
                return None
            sentence = here
            if start in self._subjects:
                return actor if actor is not nearest else None
        return None


QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def _quoted(token: Token) -> bool:
    """Whether a token stands inside quotation marks: an odd number of marks before it in its sentence, or none
    before it and a closing one after it (a quotation that opened in the sentence before)."""
    sentence = token.sent
    before = sum(1 for t in sentence[:token.i - sentence.start] if t.text in QUOTE_MARKS)
    if before % 2 == 1:
        return True
    return before == 0 and any(t.text in ("\u201d", '"', "''") for t in token.doc[token.i:sentence.end])


QUOTATION_REACH = 400  # tokens walked back from a quotation for its attribution: a few paragraphs' worth at most


def _paragraph_break(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def _quotation_marks(token: Token) -> tuple[Token | None, Token | None]:
    """The marks of the quotation a token stands in, within its paragraph (`quotes.quotation_marks`): the opening
    one (None when the token is not inside one) and the closing one (None when the quotation runs to the paragraph's
    end)."""
    doc = token.doc
    found = quotation_marks(doc.text, token.idx)
    if found is None:
        return None, None
    opening, closing = (doc.char_span(o, o + 1, alignment_mode="expand") if o is not None else None for o in found)
    return (opening[0] if opening else None), (closing[0] if closing else None)


def _outside(doc: Doc, indices: range) -> list[Token]:
    """The tokens at `indices`, walked in order, up to the first quotation mark or paragraph break: the words around a
    quotation that are no other quotation's and no other paragraph's."""
    out = []
    for i in indices:
        if doc[i].text in QUOTE_MARKS or _paragraph_break(doc[i]):
            break
        out.append(doc[i])
    return out


def _other_sex(span: Span, male: bool) -> bool:
    """Whether a person's mention says the person is of the other sex than the pronoun's ("he" after "Queen
    Elizabeth II", "she" after "King Charles"): word_classes.toml `female_words` / `male_words`."""
    words = load_word_classes()
    other = words.female_words if male else words.male_words
    return any(token.lower_ in other for token in span)


@dataclass(frozen=True, slots=True)
class BackReferences:
    """back_references.toml: the nouns that refer back, the kinds of actor each fits, the sectors of each kind, and
    how many sentences back the actor may be named."""

    nouns: dict[str, frozenset[str]]
    sectors: dict[str, frozenset[str]]
    sentences: int


@lru_cache(maxsize=1)
def load_back_references() -> BackReferences:
    with (data_dir() / "back_references.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return BackReferences({k.lower(): frozenset(v) for k, v in data["nouns"].items()},
                          {k: frozenset(v) for k, v in data["sectors"].items()}, int(data["window"]["sentences"]))


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """The codes of countries (countries.tsv), as against those of international organisations."""
    _, rows, _ = read_rows(data_dir() / "countries.tsv")
    return frozenset(row["code"] for row in rows)


DESCRIPTION_DETERMINERS = frozenset({"the", "this", "these"})
# what a description may carry and still refer back: "the Palestinian militant GROUP", "the rights group";
# a phrase ("the group OF physicians"), a clause ("the group THAT ..."), a number or an owner names another
DESCRIPTION_DEPS = frozenset({"det", "amod", "compound", "punct", "advmod"})


def _description_start(noun: Token) -> int | None:
    """The first token of a definite description headed by `noun` ("THE militant group"), or None when the phrase
    is not one that refers back: no definite determiner, a proper name in it ("the Wagner group"), or words that
    single out another (`DESCRIPTION_DEPS`)."""
    children = list(noun.children)
    det = next((c for c in children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in DESCRIPTION_DETERMINERS or det.i > noun.i:
        return None
    for child in children:
        if child.dep_ not in DESCRIPTION_DEPS or child.i > noun.i:
            return None
        if child.pos_ == "PROPN" or any(c.pos_ == "PROPN" or c.dep_ not in DESCRIPTION_DEPS for c in child.children):
            return None
    return det.i


def _unowned(actor: ActorRef) -> bool:
    """A group known by its kind only ("the militants", "the company"): no country, identity or name of its own."""
    return not actor.country and not actor.actor_id and actor.name is None


def _fits_kind(noun: Token, span: Span, actor: ActorRef, kinds: frozenset[str], refs: BackReferences) -> str | None:
    """The kind (back_references.toml) by which an earlier mention is an actor the noun fits, if any: a placed one,
    and a body, never a person (nor "officials": a state body must be named)."""
    country = actor.country
    if not country or "/" in country:
        return None
    national = country in country_codes()
    if national and actor.actor_id == country:
        return None  # a country itself: "the country" is resolve.py's
    for kind in sorted(kinds, key=lambda k: (k == "same", k)):  # by its kind first, by the noun repeated last
        if kind == "igo":
            if not national and actor.actor_id == country and not actor.sector:
                return kind
        elif kind == "same":
            if noun.lemma_.lower() in {t.lemma_.lower() for t in span} and not actor.role:
                return kind
        elif actor.sector in refs.sectors.get(kind, ()) and (kind != "state" or actor.actor_id is not None):
            return kind
    return None


def _looks_like_person(span: Span, actor: ActorRef) -> bool:
    """A person's name, a named office holder, or one holder of an office named by a singular noun as a subject
    ("THE MINISTER arrived": "he" refers to them, "it" does not; not "assumed the role of the negotiator")."""
    if any(t.ent_type_ in PERSON_LABELS for t in span):
        return True
    if _one_office_holder(span, actor):
        return span.root.dep_ in SUBJECT_DEPS
    return actor.role is not None and actor.name is not None and actor.name != actor.country


def _one_office_holder(span: Span, actor: ActorRef) -> bool:
    """"the minister", "the president", "a Ukrainian negotiator": an office named by a singular noun, with no name
    (a nationality does not make it a body: "it" does not stand for "a Ukrainian negotiator")."""
    return (actor.role is not None and actor.name is None and span.root.tag_ == "NN"
            and span.root.lower_ == actor.role.lower())


def _clause_subject(pronoun: Token) -> int | None:
    """The subject of the clause a pronoun is the object of: "Protesters accused IT of theft" cannot mean the
    protesters (a non-reflexive object pronoun is never its own clause's subject)."""
    if pronoun.dep_ not in ("dobj", "pobj", "dative"):  # not "his": "Obama confirmed HIS promise" is Obama's
        return None
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject.i if subject is not None else None


def conjuncts(token: Token) -> list[Token]:
    """The token and the heads it is coordinated with ("Xi and Tokayev" → [Xi, Tokayev])."""
    out = [token]
    stack = [c for c in token.children if c.dep_ == "conj" or _listed(c)]
    while stack:
        head = stack.pop(0)
        out.append(head)
        stack.extend(c for c in head.children if c.dep_ == "conj" or _listed(c))
    return sorted(out, key=lambda t: t.i)


def _pair_phrase(head: Token) -> bool:
    """"The TWO SIDES", "BOTH COUNTRIES": a pair noun counted as two, naming no actor of its own."""
    if head.lemma_.lower() not in load_word_classes().pair_nouns:
        return False
    return any((c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
               for c in head.children)


def _modified(token: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in token.children)


def _listed(token: Token) -> bool:
    """A list the parser broke up: "Mordor, the Shire, Fornost and Bree" (appos + conj), "Arnor, Calenardhon
    and the Gondor" (nmod + conj): a proper-noun modifier set off by a comma that has conjuncts of its own."""
    if token.dep_ not in ("appos", "nmod") or token.pos_ != "PROPN":
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.text == "," and any(c.dep_ == "conj" for c in token.children)


def _core_tokens(head: Token) -> list[Token]:
    """The head and its noun-phrase modifiers (not relative clauses, not most prepositions)."""
    out = [head]
    stack = [c for c in head.children if c.dep_ in CORE_DEPS]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ in CORE_DEPS or c.dep_ == "conj")
    return out


def done_by(head: Token) -> Token | None:
    """"the plan UNVEILED BY the minister", "rules IMPOSED BY the junta": the doer a past participle gives a common
    noun (its "by" phrase), as "the minister's plan" names the minister."""
    if head.pos_ != "NOUN":
        return None
    for participle in head.children:
        if participle.dep_ == "acl" and participle.tag_ == "VBN":
            return agent_of(participle)
    return None


def _of_object(head: Token, depth: int = 3) -> Token | None:
    """"the government of Kazakhstan" → Kazakhstan; "tens of thousands of students" → students."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return pobj
    return None


class ArgumentFinder:
    """Resolves parse tokens to actors within one document."""

    def __init__(self, index: ActorIndex, pronoun_window: int = 80, speech_verbs: frozenset[str] = frozenset()
                 ) -> None:
        self.index = index
        self.pronoun_window = pronoun_window
        self.speech_verbs = speech_verbs
        # first persons whose speaker is being looked up: '"OUR spokesman said ..."' would look for the speaker of
        # "our" in the subject of the very verb that reports it, and so on without end
        self._open_speakers: set[int] = set()

    def actors_at(self, head: Token | None, loose: bool = True) -> list[Arg]:
        """All actors an argument names: one per coordinated noun phrase, or several modifiers
        coordinated inside one ("Hungarian and Romanian officials"). With `loose` False only a phrase
        whose head is an actor counts, not "CHINESE teaching materials"."""
        if head is None:
            return []
        found: list[Arg] = []
        shared: str | None = None
        for conjunct in conjuncts(head):
            args = self._actors_of_phrase(conjunct, loose)
            if shared and conjunct is not head and not _modified(conjunct):
                # "Danish media and GOVERNMENT": a bare conjunct shares the first one's nationality
                args = [a if a.actor.country else Arg(replace(a.actor, country=shared), a.token) for a in args]
            if conjunct is head and args and _modified(head):
                shared = args[0].actor.country
            found.extend(args)
        return _unique(found)

    def _actors_of_phrase(self, head: Token, loose: bool) -> list[Arg]:
        direct = self.index.at(head)
        if direct is not None:
            spread = self._spread_over_places(head, direct)
            if spread:
                return spread
            direct = self._with_modifier_country(head, direct)
            return [Arg(direct, head.i), *self._coordinated_modifiers(head, direct)]
        if _pair_phrase(head):
            return [Arg(a, i) for i, a in self.index.story_pair(head.i)]
        if head.pos_ == "PRON" and head.lower_ in FIRST_PERSON:
            return self._speaker(head)
        if head.pos_ == "PRON" and (said := self._reporter(head)):
            return said
        if head.pos_ == "PRON":
            antecedent = self.index.antecedent(head, max(0, head.i - self.pronoun_window))
            if antecedent is None:
                return []
            listed = self._list_of(head, antecedent) if head.lower_ in PLURAL_PRONOUNS else []
            return listed or [Arg(self._as_read(head, antecedent), head.i)]
        # "two hostages — an American AND an Australian —": every coordinated apposition
        appositions = [Arg(a, c.i) for t in head.children if t.dep_ == "appos" for c in conjuncts(t)
                       if (a := self.index.at(c))]
        if appositions or not loose:
            return appositions
        inner = [Arg(a, t.i) for t in _core_tokens(head)[1:] if (a := self._actor_or_antecedent(t)) is not None]
        if inner:
            return _unique(inner)
        of_object = _of_object(head)
        if of_object is None:
            return self._placed_in(head)
        words = load_word_classes()
        if head.like_num or head.lower_ in words.quantity_words or head.lemma_.lower() in words.group_nouns:
            return self._actors_of_phrase(of_object, loose)  # "thousands of Iraqi Kurds"
        found = self.index.at(of_object)
        return [Arg(found, of_object.i)] if found is not None else []

    def _speaker(self, pronoun: Token) -> list[Arg]:
        """"'WE will not pay,' the minister said", "the ministry said that WE ...": "I" or "we" in the words a speech
        verb of the sentence reports is its speaker (for "we", the speaker's side). The pronoun stands for no one
        when no speech verb reports it, or the speaker is a first person too (or names this pronoun itself: "OUR
        minister said")."""
        if pronoun.i in self._open_speakers:
            return []
        self._open_speakers.add(pronoun.i)
        try:
            return self._speaker_of(pronoun)
        finally:
            self._open_speakers.discard(pronoun.i)

    def _speaker_of(self, pronoun: Token) -> list[Arg]:
        node = pronoun
        while node.head.i != node.i:
            clause, node = node, node.head
            if clause.dep_ in REPORTED_DEPS and self._speech(node):
                return self._said_by(node)
        # '"We will retaliate," HE SAID' parsed with the speech verb hung under the quoted clause
        said = next((c for c in node.children if c.dep_ in REPORTED_DEPS and c.i > pronoun.i and self._speech(c)), None)
        if said is not None:
            return self._said_by(said)
        return self._quote_continued(pronoun) or self._quotation_speaker(pronoun)

    def _quotation_speaker(self, pronoun: Token) -> list[Arg]:
        """'The minister said: "We will not pay. WE have waited long enough."', '"WE have waited long enough. We will
        not pay," the minister said': "I" or "we" in a quotation of several sentences is the speaker its attribution
        names: before the quotation opens (back to the paragraph's start or the quotation before), else after it
        closes (to the end of the sentence of its closing mark). Only one speech verb with a subject in that place,
        and only within the paragraph: a quotation does not run on into another paragraph's attribution."""
        opening, closing = _quotation_marks(pronoun)
        if opening is None:
            return []
        doc = pronoun.doc
        places = [_outside(doc, range(opening.i - 1, max(-1, opening.i - QUOTATION_REACH), -1))]
        if closing is not None:
            places.append(_outside(doc, range(closing.i + 1, closing.sent.end)))
        for place in places:
            said = [t for t in place if self._speech(t) and child(t, "nsubj") is not None]
            if len(said) == 1:
                return self._said_by(said[0])
        return []

    def _quote_continued(self, pronoun: Token) -> list[Arg]:
        """'"We will not pay," the minister said. "WE have waited long enough."': a quotation that runs on into a
        sentence with no speech verb of its own is still the speaker of the sentence before: news writes the
        attribution once and lets the next quoted sentence go without it. Only a first person inside quotation
        marks, in a sentence naming no speaker, right after a sentence whose speech verb has a subject that is
        an actor and that quotes too."""
        sentence = pronoun.sent
        if sentence.start == 0 or any(self._speech(t) for t in sentence) or not _quoted(pronoun):
            return []
        before = pronoun.doc[sentence.start - 1].sent
        if not any(t.text in QUOTE_MARKS for t in before):
            return []
        said = [t for t in before if self._speech(t) and child(t, "nsubj") is not None]
        return self._said_by(said[-1]) if len(said) == 1 else []

    def _reporter(self, pronoun: Token) -> list[Arg]:
        """"Tamil rebels in Sri Lanka said THEY would free two soldiers": the subject pronoun of a clause a speech verb
        reports stands for that verb's subject when it fits the pronoun ("he", "she": a person; "it": not a person),
        not for a nearer actor named in between."""
        clause = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or not self._speech(clause.head):
            return []
        speaker = child(clause.head, "nsubj")
        if speaker is None or speaker.pos_ == "PRON" or speaker.i > pronoun.i:
            return []
        found = self.index.at(speaker)
        if found is None:
            return []
        lower = pronoun.lower_
        person = self.index.is_person(found)
        if (lower in PERSON_PRONOUNS and not person) or (lower == "it" and person) or (
                lower not in PERSON_PRONOUNS and lower not in GROUP_PRONOUNS):
            return []
        return self.actors_at(speaker)

    def _speech(self, verb: Token) -> bool:
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in self.speech_verbs

    def _said_by(self, verb: Token) -> list[Arg]:
        subject = child(verb, "nsubj")
        if subject is None or subject.lower_ in FIRST_PERSON:
            return []
        return self.actors_at(subject)

    def _as_read(self, pronoun: Token, antecedent: ActorRef) -> ActorRef:
        """"Sri Lankan Tamil rebels said THEY would ...": a pronoun stands for its antecedent's whole noun phrase, so
        it takes the country the phrase's modifiers give the antecedent (`_with_modifier_country`)."""
        if antecedent.country:
            return antecedent
        span = pronoun.doc.char_span(antecedent.start, antecedent.end, alignment_mode="expand")
        return self._with_modifier_country(span.root, antecedent) if span is not None and len(span) else antecedent

    def _list_of(self, pronoun: Token, antecedent: ActorRef) -> list[Arg]:
        """"talks with other partners, including Europe, Japan, Canada and Mexico, ... threatening THEM": a plural
        pronoun whose nearest actor closes a list of actors stands for the whole list, one actor per member.
        At least two members must be actors, each of a country of its own (not "Mexico and its leaders")."""
        span = pronoun.doc.char_span(antecedent.start, antecedent.end, alignment_mode="expand")
        if span is None or not len(span):
            return []
        first = span.root
        while first.dep_ == "conj" or _listed(first):
            first = first.head
        members = conjuncts(first)
        found = [(a, t) for t in members if (a := self.index.at(t)) is not None and a.country]
        if len(found) < 2 or len({a.country for a, _ in found}) < len(found):
            return []
        return [Arg(a, t.i) for a, t in found]

    def _spread_over_places(self, head: Token, actor: ActorRef) -> list[Arg]:
        """"Lawmakers IN Fornost AND Gondor": one actor of that kind per coordinated place."""
        if actor.country:
            return []
        for place in prep_objects(head, ("in", "from", "of")):
            countries = [(a, t) for t in conjuncts(place) if (a := self.index.at(t)) is not None and a.country]
            if len(countries) >= 2:
                return [Arg(replace(actor, country=a.country), t.i) for a, t in countries]
        return []

    def _actor_or_antecedent(self, token: Token) -> ActorRef | None:
        """A modifier's actor; "THEIR forces": the antecedent of a possessive pronoun."""
        found = self.index.at(token)
        if (found is None or not found.country) and token.dep_ == "poss" and token.pos_ == "PRON":
            if token.lower_ in FIRST_PERSON:  # '"OUR citizens," the minister said': the speaker's
                return next((a.actor for a in self._speaker(token)), None)
            found = self.index.antecedent(token, max(0, token.i - self.pronoun_window))
        return found

    def _with_modifier_country(self, head: Token, actor: ActorRef) -> ActorRef:
        """"KAZAKH Middle Schools", "Opposition groups IN ZIMBABWE": a mention without a country takes
        the country of its modifier or of its "in"/"from" phrase."""
        if actor.country and not actor.sector:  # "Bree Prime Minister ROMENDACIL": the title's sector
            title = next((a for t in head.children if t.dep_ == "compound" and (a := self.index.at(t)) is not None
                          and a is not actor and a.country == actor.country and a.sector), None)
            return replace(actor, sector=title.sector) if title is not None else actor
        if actor.country:
            return actor
        # "a spokesman FOR the Taliban", "workers THROUGHOUT Indonesia"
        places = [t for t in prep_objects(head, ("in", "from", "of", "for", "throughout", "across"))]
        for token in [*_core_tokens(head)[1:], *places]:
            other = self._actor_or_antecedent(token)
            if other is not None and other.country and (other.start, other.end) != (actor.start, actor.end):
                return replace(actor, country=other.country)
        return actor

    def _placed_in(self, head: Token) -> list[Arg]:
        """"Former Soviet republics FROM THE CIS", "workers IN PERU": people named by where they are from
        (plural heads only: "an attack in Ithilen" is not Ithilen)."""
        if head.tag_ not in ("NNS", "NNPS"):
            return []
        for place in prep_objects(head, ("from", "in", "throughout", "across")):
            found = self.index.at(place)
            if found is not None and found.country:
                return [Arg(found, place.i)]
        return []

    def _coordinated_modifiers(self, head: Token, actor: ActorRef) -> list[Arg]:
        """"Hungarian and Romanian officials": the mention covers "Romanian officials"; the coordinated
        modifier "Hungarian" is a second actor of the same kind."""
        out = []
        for modifier in head.children:
            if modifier.dep_ not in ("amod", "compound") or not any(c.dep_ == "conj" for c in modifier.children):
                continue
            for token in conjuncts(modifier):
                other = self.index.at(token)
                if other is not None and other is not actor and (other.start, other.end) != (actor.start, actor.end):
                    out.append(Arg(replace(other, sector=other.sector or actor.sector), token.i))
        return out


def _unique(args: list[Arg]) -> list[Arg]:
    seen: set[tuple[int, int]] = set()
    out = []
    for arg in args:
        key = (arg.actor.start, arg.actor.end)
        if key not in seen:
            seen.add(key)
            out.append(arg)
    return out


def adjacent_actor_before(verb: Token, index: ActorIndex) -> Token | None:
    """Parse repair for a main verb the parser left without a subject ("At the invitation of X,
    President Tokaev of Kazakhstan will pay ..."): an actor mention ending just before the verb
    (only auxiliaries, adverbs and negation between)."""
    node = verb.i - 1
    while node >= verb.sent.start and verb.doc[node].dep_ in ("aux", "auxpass", "advmod", "neg"):
        node -= 1
    if node < verb.sent.start:
        return None
    token = verb.doc[node]
    return token if index.at(token) is not None else None


def is_passive(verb: Token) -> bool:
    """A verb with passive marks of its own (a passive subject or auxiliary)."""
    return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children)


def in_passive(verb: Token) -> bool:
    """A passive verb, or one that shares the passive voice of the verb it is coordinated with (`_shares_passive`)."""
    return is_passive(verb) or _shares_passive(verb)


def _shares_passive(verb: Token) -> bool:
    """"Two officers were arrested and CHARGED": a past participle coordinated with a passive verb, with no subject
    or auxiliary of its own, shares its passive voice. `subject_of` still takes the doer of such a verb from the
    first one (reading its own "by" phrase, "captured and KILLED BY HAMAS", cost the quad gate's coded-class
    precision: acts alleged in a relative clause became the sentence's event)."""
    head = verb.head
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and head.i != verb.i and head.i < verb.i
            and any(c.dep_ == "auxpass" for c in head.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children))


def child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def agent_of(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb."""
    agent = child(verb, "agent")
    return child(agent, "pobj") if agent is not None else None


def subject_of(verb: Token, control_objects: frozenset[str] = frozenset()) -> Token | None:
    """Who does `verb`: its subject, the agent of a passive, else inherited from the governing verb
    (conjoined verbs, infinitives, relative clauses, participles)."""
    return _doer(verb, control_objects)[0]


def doer_clause(verb: Token, control_objects: frozenset[str] = frozenset()) -> Token:
    """The verb whose subject `subject_of` looked for: `verb` itself, or the clause it inherits its doer from
    ("... ordered troops in and, DEPLOYING tanks, ...": the main verb). When that clause has no subject either, a
    parse repair may look beside it (`adjacent_actor_before`)."""
    return _doer(verb, control_objects)[1]


def _doer(verb: Token, control_objects: frozenset[str]) -> tuple[Token | None, Token]:
    if is_passive(verb):
        return agent_of(verb), verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    own = subjects[-1] if subjects else None  # "Old foes GONDOR and Osgiliath renewed": the one next to the verb
    if own is not None and own.lower_ not in RELATIVE_PRONOUNS:
        return own, verb
    head = verb.head
    if verb.dep_ in ("relcl", "acl") or (own is not None and own.lower_ in RELATIVE_PRONOUNS):
        asked = _asked_by_noun(verb, control_objects)
        if asked is not None:
            return asked, verb
        if _has_to(verb) and head.dep_ == "attr" and own is None and head.head.i != head.i:
            return _doer(head.head, control_objects)  # "Gondor became THE FIRST COUNTRY to recognize": Gondor
        owner = _aim_owner(verb) if own is None else None
        if owner is not None:
            return owner, verb  # "Israel's plan to annex the West Bank": Israel
        return (head if head.pos_ in ("NOUN", "PROPN", "PRON") else None), verb
    if head.i == verb.i:
        return None, verb
    if verb.dep_ == "xcomp":
        obj = child(head, "dobj")
        if obj is not None and head.lemma_.lower() in control_objects and phone_call(head, verb) is None:
            return obj, verb  # "urged Iran to stop": Iran stops
        pressed = _raised(head) if verb.tag_ != "VBN" else None  # "were confirmed KILLED": done to them
        if pressed is not None:
            return pressed, verb  # "Iran WAS URGED (by France) to stop", "X is expected to visit": the subject acts
        return _doer(head, control_objects)
    if verb.dep_ == "pcomp" and head.lower_ == "into":
        pressed = child(head.head, "dobj")  # "coerced UKRAINE into investigating": the one pressed acts
        if pressed is not None:
            return pressed, verb
    asked = _asked_by_noun(verb, control_objects)
    if asked is not None:
        return asked, verb
    undergoer = _undergoer_acting(verb)
    if undergoer is not None:
        return undergoer, verb
    if verb.dep_ in ("acomp", "pcomp", "prep", "pobj"):  # "is ABOUT to restore", "is ready to"
        return _doer(head, control_objects)
    if verb.dep_ == "conj" and verb.tag_ in FINITE_TAGS and head.pos_ in ("NOUN", "PROPN"):
        owner = _clause_of_noun(head)
        if owner is not None:
            return _doer(owner, control_objects)
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and _disagrees(verb, head):
        return _doer(head.head, control_objects)  # "businesses agree that China has ... and SUPPORT": the businesses
    if verb.dep_ == "conj" or (verb.dep_ == "advcl" and (verb.tag_ == "VBG" or _has_to(verb) or _perfect(verb))):
        return _doer(head, control_objects)
    return None, verb


def _perfect(verb: Token) -> bool:
    """"HAVING MET the Ugandan president, the minister flew home": a perfect participle is active, done by the
    subject of the clause it hangs on (a bare past participle, "ASKED about the talks, he ...", is passive)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


OWNER_ENTITIES = frozenset({"NORP", "GPE", "ORG", "PERSON"})  # a modifier that names an owner: "the ISRAELI plan"


@lru_cache(maxsize=1)
def doer_words() -> dict[str, frozenset[str]]:
    """The word lists of doers.toml (`aim_nouns`, `foiling_verbs`, `hindering_verbs`, `attempt_verbs`), read once;
    an unreadable file is a coded error (T501) naming it."""
    data = read_pattern_file(patterns_dir() / "doers.toml", "doers")
    return {key: frozenset(str(w).lower() for w in words) for key, words in data.items() if isinstance(words, list)}


def aim_nouns() -> frozenset[str]:
    """doers.toml `aim_nouns`: nouns of striving and intending, whose infinitive is their owner's act."""
    return doer_words().get("aim_nouns", frozenset())


def _aim_owner(verb: Token) -> Token | None:
    """"ISRAEL'S plan to annex the West Bank", "the UNITED NATIONS plan to evacuate", "ITS decision to expel": an
    infinitive on a noun of striving or intending (doers.toml `aim_nouns`) is the act of the one the noun's owner or
    its naming modifier says, as with the verbs ("Israel plans to annex"), not of the noun. Only such an owner: the
    subject of the clause around ("launched a campaign to ...", "in an effort to ...") was as often someone else's
    (non-gold text: half of the events it changed were wrong), and a "by" phrase too ("efforts by X to", s20a)."""
    noun = verb.head
    if not _has_to(verb) or noun.pos_ != "NOUN" or noun.lemma_.lower() not in aim_nouns():
        return None
    return child(noun, "poss") or next((c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
                                        and (c.pos_ == "PROPN" or c.ent_type_ in OWNER_ENTITIES)), None)


def _hindering() -> tuple[frozenset[str], frozenset[str]]:
    """doers.toml `foiling_verbs` and `hindering_verbs`."""
    words = doer_words()
    return words.get("foiling_verbs", frozenset()), words.get("hindering_verbs", frozenset())


FOILED_PATH_DEPS = frozenset({"xcomp", "advcl", "acl", "pcomp", "prep", "pobj", "dobj", "nsubjpass", "compound"})
HELD_DEPS = frozenset({"dobj", "nsubjpass"})  # the object a verb of hindering stops ("STOPPED the attack")


def foiled_by(token: Token) -> Token | None:
    """The verb of foiling or hindering (doers.toml) that stops the act at `token`: "police FOILED a plot to BOMB
    the embassy", "STOPPED the protesters from STORMING parliament", "an attack on the base was THWARTED": walking up
    through objects, prepositions and non-finite clauses (never through a subject, a reported or a relative
    clause, which tell acts done). A verb of hindering stops only its object or what follows "from" ("stopped
    SHELLING" is a ceasefire); a negated one stops nothing ("did not prevent", "failed to thwart")."""
    foiling, hindering = _hindering()
    node, held = token, False
    for _ in range(5):
        if node.dep_ not in FOILED_PATH_DEPS or node.head.i == node.i or (node.dep_ == "advcl" and not _has_to(node)):
            return None  # "thwarted the attack, APPREHENDING 26 pirates": a participle tells what the foiler did
        if node.dep_ == "prep" and node.head.pos_ in ("VERB", "AUX") and node.lower_ != "from":
            return None  # "thwarted the attack BY ARRESTING the suspects": the means, done
        held = held or node.dep_ in HELD_DEPS or (node.dep_ == "prep" and node.lower_ == "from")
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        word = node.lemma_.lower()
        if word in foiling or (word in hindering and held):
            negated = any(c.dep_ == "neg" for c in node.children) or node.head.lemma_.lower() == "fail"
            return None if negated else node
        if node.dep_ not in ("xcomp", "advcl", "pcomp", "acl"):
            return None
    return None


BARE_GOVERNORS = frozenset({"MD", "TO"})


def _disagrees(verb: Token, head: Token) -> bool:
    """"Many analysts believe that Russia HAS long armed the rebels and SUPPORT the sanctions": a verb
    coordinated with the verb of a reported clause whose form cannot go with that clause's subject is coordinated
    with the clause above it. A plain present form ("support") cannot have a singular noun as its subject, nor share a
    perfect or progressive auxiliary ("has support"); one that shares a modal or "to" ("will take and support") can."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        return False
    if verb.tag_ in ("VB", "VBP"):
        return subject.tag_ in ("NN", "NNP") and not any(
            c.dep_ == "aux" and (c.tag_ in BARE_GOVERNORS or c.lemma_ == "do") for c in head.children)
    return verb.tag_ == "VBZ" and subject.tag_ in ("NNS", "NNPS")


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
OBJECT_PATH_DEPS = frozenset({"dobj", "pobj", "prep", "conj", "attr", "dative", "acl", "relcl", "xcomp"})


def _clause_of_noun(noun: Token) -> Token | None:
    """"Tinubu declares a state of emergency AND ORDERS the recruitment of police": a finite verb the parser
    coordinated with a noun (an object or a prepositional object of a clause) is coordinated with that noun's
    clause, and shares its doer. The clause the noun is in, through objects, prepositions and coordinated nouns,
    past the clauses that only modify a noun on the way ("an inquiry TO INVESTIGATE the killings that OCCURRED
    during protests"). A gerund coordinated with a noun is a noun of a list ("charges of genocide and ATTEMPTING
    ..."), so `_doer` asks only for finite verbs."""
    node = noun
    for _ in range(12):
        if node.dep_ not in OBJECT_PATH_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "relcl") and not (
                node.dep_ == "xcomp" and _has_to(node) and node.head.pos_ == "NOUN"):
            return node
    return None


def _asked_by_noun(verb: Token, control_objects: frozenset[str]) -> Token | None:
    """"Trump's REQUEST TO the Ukrainian president to investigate", "the CALL ON Iran to release the sailors",
    "PRESSURE ON Kyiv to open an inquiry": the infinitive on a noun of asking is the act wanted of the one asked,
    its "to" or "on" object, as with the verb ("asked Iran to release": Iran releases), not of the asker."""
    noun = verb.head
    if verb.dep_ != "acl" or not _has_to(verb) or noun.pos_ != "NOUN" or noun.lemma_.lower() not in control_objects:
        return None
    asked = prep_objects(noun, ("to", "on"))
    return asked[0] if asked else None


def _raised(verb: Token) -> Token | None:
    """The passive subject of a passive verb that governs an infinitive: in the passive it is always the one who does
    the infinitive ("Iran WAS URGED to stop", "the minister IS EXPECTED to visit", "troops WERE ORDERED to withdraw";
    the one who urged or expects is the "by" phrase). A relative pronoun stands for the noun it hangs on."""
    if not is_passive(verb):
        return None
    subject = child(verb, "nsubjpass")
    if subject is None or subject.lower_ not in RELATIVE_PRONOUNS:
        return subject
    return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") else None


def _undergoer_acting(verb: Token) -> Token | None:
    """"Ten soldiers were ambushed WHILE PATROLLING", "troops were deployed TO REINFORCE the border", "a man was
    arrested FOR SHOOTING three people": a purpose infinitive, an adverbial clause opened by a subordinator or a
    gerund after a preposition (not "by", the means of the unnamed doer), under a passive verb that names no doer,
    is done by the passive subject. A bare participle ("..., KILLING five") tells what the whole event did and
    keeps the doer of the main verb; a passive verb of a subordinate clause lends none (what hangs on it mostly
    belongs to the main clause, the parser misplacing it)."""
    if verb.dep_ == "advcl" and (_has_to(verb) or (verb.tag_ == "VBG" and child(verb, "mark") is not None)):
        main = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ != "by":
        main = verb.head.head
    else:
        return None
    if main.i == verb.i or agent_of(main) is not None or main.dep_ == "advcl":
        return None  # "... UNTIL the threat is REMOVED, while suggesting ...": hung on a subordinate clause, misplaced
    return _raised(main)


def _has_to(verb: Token) -> bool:
    """An infinitive clause ("sent personnel TO investigate"): its subject is the main clause's."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def passive_target(verb: Token) -> Token | None:
    """The undergoer of a passive verb: its passive subject or, in a participle, the noun it modifies."""
    own = child(verb, "nsubjpass")
    if own is not None:
        if own.lower_ in RELATIVE_PRONOUNS:
            return verb.head
        return own
    if participle_of(verb):
        return verb.head
    if verb.dep_ == "conj" and in_passive(verb.head):
        return passive_target(verb.head)
    return None


def phone_call(call: Token, purpose: Token) -> Token | None:
    """"the chancellor CALLED Macron on Monday TO OFFER Germany's condolences": a call with the one called (object, or
    spaCy's `oprd`) and an infinitive of a purpose in word_classes.toml `call_purposes` is a telephone call; the one
    called."""
    if call.lemma_.lower() != "call" or purpose.head.i != call.i or purpose.dep_ not in ("xcomp", "advcl"):
        return None
    if purpose.lemma_.lower() not in load_word_classes().call_purposes or not _has_to(purpose):
        return None
    if any(c.dep_ == "prt" for c in call.children):  # "called off", "called up"
        return None
    return child(call, "dobj", "oprd")  # "called ON X to ..." has no object: an appeal


def participle_of(verb: Token) -> bool:
    """"the hostages RELEASED by ...": a past participle modifying a noun, which it is done to. spaCy also attaches
    as `acl` a clause with a subject or an object of its own ("the announcement that Russia and China had REACHED
    a deal", a misread "Houthis claim to have SHOT DOWN a drone"): those are not done to the noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and child(verb, "nsubj", "mark", "aux", "dobj") is None


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the token's prepositions, in the order of `preps`, then one level deeper
    ("arrived for a visit TO Kazakhstan")."""
    heads = [(c.lower_, c) for c in token.children if c.dep_ in ("prep", "dative", "agent")]  # one walk of the children
    out: list[Token] = []
    for wanted in preps:
        for word, prep in heads:
            if word == wanted:
                out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def nested_prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for prep in token.children:
        if prep.dep_ == "prep":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out.extend(prep_objects(pobj, preps))
    return out


CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj", "mark", "nsubj",
                         "nsubjpass", "agent", "punct"})


def phrase_actor_heads(verb: Token, limit: int = 40) -> list[Token]:
    """Noun heads inside the verb's own phrase (objects and prepositional phrases, not other clauses),
    nearest first: where a target may still be when no slot names one ("welcomed the resumption of
    ties WITH MORDOR")."""
    out: list[Token] = []
    frontier = [c for c in verb.children if c.dep_ not in CLAUSE_DEPS and c.i > verb.i and not _concessive(c)]
    while frontier and len(out) < limit:
        token = frontier.pop(0)
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            out.append(token)
        frontier.extend(c for c in token.children if not _own_clause(c) and (c.dep_ not in CLAUSE_DEPS or (
            c.dep_ == "conj" and c.pos_ != "VERB")))
    return out


CHARGE_PREPS = frozenset({"for"})
# English prepositions of concession: what the act is done in spite of
CONCESSIVE_PREPS = frozenset({"despite", "notwithstanding"})


def _concessive(token: Token) -> bool:
    """"agreed to renew the mission's mandate DESPITE FRANCE'S CALL for a shorter one": a phrase of concession names
    what the act goes against, not one it is done to or with."""
    return token.dep_ == "prep" and token.lower_ in CONCESSIVE_PREPS


def _own_clause(token: Token) -> bool:
    """"charged him BY PUBLISHING files about the wars in Afghanistan": a gerund of means ("by ...ing") is a
    clause of its own; what it acts on is its object, not the outer verb's target. So is the act someone named by
    the verb's object is sentenced, arrested or wanted FOR ("sentenced the gunman FOR ASSASSINATING the former prime
    minister", "issued a warrant for the ex-director FOR TAMPERING with evidence about the president"): the victim of
    the crime is not the one the court acts on. (Adding "of", "accused X OF ...", cost one quad check sentence,
    .850 -> .849: without a named accused, the victim's country was the nearest right side.)"""
    if token.dep_ != "pcomp" or token.pos_ not in ("VERB", "AUX"):
        return False
    prep = token.head
    if prep.lower_ == "by":
        return True
    owner = prep.head
    if prep.lower_ not in CHARGE_PREPS:
        return False
    # the charge against one named: the verb's object ("sentenced THE GUNMAN for ...") or the object itself ("a
    # warrant for ... for tampering"); a bare passive ("was arrested for attacking police") names no one else
    return owner.dep_ == "dobj" or (owner.pos_ in ("VERB", "AUX") and child(owner, "dobj") is not None)
