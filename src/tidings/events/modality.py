"""Is the event a fact? Future, hypothetical and negated events are kept but marked.

Reads the words in data/patterns/modality.toml among the dependents of the event's verbs (the
trigger verb and every frame verb above it): auxiliaries (will, could), negation (not, never),
conditional clauses (if, unless). Frames add their own mode (an offer is future, a hope hypothetical).
Precedence: negated > hypothetical > future > factual.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from tidings.events.patterns import Modality
from tidings.records import Mode

RANK: dict[str, int] = {"factual": 0, "future": 1, "hypothetical": 2, "negated": 3}
PAST_TAGS = frozenset({"VBD", "VBN"})


def strongest(modes: Iterable[str]) -> Mode:
    best = max(modes, key=lambda m: RANK.get(m, 0), default="factual")
    return best if best in ("future", "hypothetical", "negated") else "factual"  # type: ignore[return-value]


def is_negated(verb: Token, words: Modality) -> bool:
    """A `neg` dependent or a negator adverb, except "not only ... but also"."""
    for c in verb.children:
        lower = c.lower_
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "preconj") and lower in words.negators):
            following = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
            if following is not None and following.lower_ in words.negation_exceptions:
                continue
            if c.dep_ == "preconj":
                continue
            return True
    return False


def _condition(verb: Token, words: Modality) -> bool:
    """"IF China does not accept", "SHOULD China not accede": a conditional mark, or a conditional "should" before
    the subject (English grammar: the inverted condition)."""
    if any(c.dep_ == "mark" and c.lower_ in words.conditional_marks for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and verb.dep_ != "ROOT" and any(  # its own auxiliary: "Congress HAD threatened ...
        c.dep_ in ("aux", "auxpass") and c.lower_ in words.inverted_condition_aux and c.i < subject.i
        for c in verb.children)  # ... and Senate leaders urged" is no condition


def negated_doer(verb: Token, words: Modality) -> bool:
    """"NONE of the House Democrats have endorsed him", "NO country has recognised the junta", "NEITHER Russia nor
    China voted for it", "NOT the US nor its allies are blocking the road": a subject that names no one says that the
    act was not done, as a negated verb does (modality.toml `negative_subjects`; a "no", "neither" or "not" on the
    subject: `negators`)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in words.negative_subjects or any(
        c.dep_ in ("det", "neg") and c.lower_ in words.negators for c in s.children) for s in subjects)


def _auxiliaries(verb: Token) -> list[Token]:
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not own and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        own = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    return own


def _under_past_report(verb: Token, speech_verbs: frozenset[str]) -> bool:
    """"said they WOULD boycott": "would" is the future of a past report, not a condition."""
    node = verb
    while node.dep_ in ("ccomp", "conj", "xcomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in speech_verbs:
            return node.tag_ in PAST_TAGS or any(a.tag_ in PAST_TAGS for a in _auxiliaries(node))
    return False


def verb_mode(verb: Token, words: Modality, speech_verbs: frozenset[str]) -> Mode:
    """The mode one verb's own dependents give it. A condition comes before a negation: "if they do not accept",
    "should China not accede" tell no refusal that happened, only one that may."""
    if _condition(verb, words):
        return "hypothetical"
    if is_negated(verb, words) or negated_doer(verb, words):
        return "negated"
    modes: list[str] = []
    for aux in _auxiliaries(verb):
        lower = aux.lower_
        if lower in words.conditional_aux and verb.lemma_.lower() in words.polite_wish_verbs:
            continue  # "would like to": a wish voiced now
        if lower in words.conditional_aux and _perfect(verb):
            modes.append("hypothetical")  # "would have objected": a counterfactual, under a report or not
        elif lower in words.future_aux or (lower in words.conditional_aux and _under_past_report(verb, speech_verbs)):
            modes.append("future")
        elif lower in words.hypothetical_aux:
            modes.append("hypothetical")
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in words.future_adverbs:
            modes.append("future")
        elif c.dep_ == "advmod" and c.lower_ in words.hypothetical_adverbs:
            modes.append("hypothetical")
    if _going_to(verb):
        modes.append("future")
    return strongest(modes)


def obligation(verb: Token, words: Modality) -> bool:
    """"Russia MUST withdraw", "we SHOULD be supporting Ukraine": an act someone must, should or ought to do is
    voiced, not done (modality.toml `obligation_aux`). With the modal before its subject it is a condition
    ("SHOULD the House vote to impeach"), which the verb's own mode does not read as one. "OUGHT to lift" is parsed
    as a verb of its own with the act as its complement."""
    if verb.dep_ == "xcomp" and verb.head.lower_ in words.obligation_aux:
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return any(aux.lower_ in words.obligation_aux and (subject is None or aux.i > subject.i)
               for aux in _auxiliaries(verb))


def _perfect(verb: Token) -> bool:
    """"would HAVE objected": a perfect auxiliary on a past participle."""
    return verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in _auxiliaries(verb))


def _going_to(verb: Token) -> bool:
    """"is going to visit"."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG"


def chain_mode(chain: list[Token], frame_modes: list[str], words: Modality, speech: frozenset[str]) -> Mode:
    """Mode of an event whose verbs run from the trigger up through its frame verbs, and through the verbs
    and nouns that govern the top one ("would like to SEE", "plans to SELL", "efforts to GET")."""
    return strongest([*frame_modes, *(verb_mode(v, words, speech) for v in chain),
                      governed_mode(chain[-1], words, speech)])


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def governed_mode(verb: Token, words: Modality, speech: frozenset[str]) -> Mode:
    """The mode a verb takes from what governs it: a noun of intention or striving whose infinitive it is
    ("PLANS to sell" future, "EFFORTS to get" hypothetical), or a verb it completes ("WOULD LIKE to see",
    "COULD BEGIN to withdraw"); a negated governor is not passed down ("did not want to attack" is a
    wanted act not done, not a negated attack)."""
    node = verb
    modes: list[str] = []
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            break
        if _cancelled_plan(node, head, words):
            modes.append("negated")
            break
        if node.dep_ == "acl" and _infinitive(node) and head.pos_ in ("NOUN", "PROPN"):
            noun = head.lemma_.lower()
            if noun in words.plan_nouns:
                modes.append("future")
            elif noun in words.wanted_nouns:
                modes.append("hypothetical")
            break
        if head.lemma_.lower() in words.hypothetical_governors and (
                node.dep_ == "xcomp" or (node.dep_ == "advcl" and _infinitive(node))):
            modes.append("hypothetical")  # "is UNLIKELY to agree", "NEEDED to investigate": not done
            node = head
            continue
        if _needed(node, head, words):
            modes.append("hypothetical")  # "WILL HAVE TO lift", "HAS TO withdraw": needed, not done
            node = head
            continue
        if _purpose_of(node, head):
            mode = verb_mode(head, words, speech)
            modes.append("hypothetical" if mode == "negated" else mode)  # "WILL take steps to oppose it"
            node = head
            continue
        if head.pos_ not in ("VERB", "AUX", "ADJ") or not (
                node.dep_ == "xcomp" or (node.dep_ == "ccomp" and head.lemma_.lower() not in speech)):
            break  # "would like to see China AGREE": the wish governs; what was said keeps its own mode
        mode = verb_mode(head, words, speech)
        if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "are NOT able to end": the copula carries the mode
            mode = strongest([mode, verb_mode(head.head, words, speech)])
        modes.append("hypothetical" if mode == "negated" else mode)
        node = head
    return strongest(modes)


CANCELLED_DEPS = frozenset({"dobj", "nsubjpass"})


def _cancelled_plan(node: Token, head: Token, words: Modality) -> bool:
    """"Germany SCRAPPED its plan to deport ...", "the decision to expel him was REVOKED", "RESCINDED the order
    expelling ...": an act planned, decided or ordered whose plan or order is undone (modality.toml `cancelling_verbs`)
    is not done. A plan noun takes the act as its infinitive; an order noun also as a participle."""
    if node.dep_ != "acl" or head.pos_ != "NOUN":
        return False
    noun = head.lemma_.lower()
    if not ((noun in words.plan_nouns and _infinitive(node)) or noun in words.order_nouns):
        return False
    verb = head.head
    return head.dep_ in CANCELLED_DEPS and verb.pos_ == "VERB" and verb.lemma_.lower() in words.cancelling_verbs


def _needed(node: Token, head: Token, words: Modality) -> bool:
    """"the US WILL HAVE TO lift the sanctions", "Russia HAS TO withdraw": an infinitive of a verb of necessity
    (modality.toml `necessity_governors`) in the present or future is only needed. A past or perfect one ("HAD TO
    land", "has HAD TO cancel") tells an act that followed."""
    return (head.lemma_.lower() in words.necessity_governors and node.dep_ == "xcomp" and _infinitive(node)
            and head.tag_ not in PAST_TAGS)


def _purpose_of(node: Token, head: Token) -> bool:
    """"(will) take measures TO OPPOSE it", "(could) send troops TO SECURE the border": an infinitive of purpose is
    done only as far as the act it is the purpose of; a purpose of a planned, possible or undone act is not yet done."""
    return node.dep_ == "advcl" and _infinitive(node) and head.pos_ == "VERB"


def announced_refusal(chain: list[Token], words: Modality, speech: frozenset[str]) -> bool:
    """"will not accept", "won't meet", "said they would not attend": a negated future; and "did not accept the
    offer", "has not ratified the treaty": a verb of accepting what another put forward (modality.toml
    `acceptance_verbs`), negated in any tense, is a refusal of it."""
    for verb in chain:
        if _declined_acceptance(verb, words):
            return True
        auxes = _auxiliaries(verb)
        future = any(a.lower_ in words.future_aux for a in auxes) or (any(
            a.lower_ in words.conditional_aux for a in auxes) and _under_past_report(verb, speech))
        if future and is_negated(verb, words):
            return True
    return False


PLAIN_AUX = frozenset({"do", "have", "be"})


def _declined_acceptance(verb: Token, words: Modality) -> bool:
    """"did not accept", "has not ratified", "is not complying": a negated verb of accepting with no auxiliary
    but tense and aspect; "should China not accede", "could not approve", "if they do not accept" stay
    conditions."""
    if verb.lemma_.lower() not in words.acceptance_verbs or not is_negated(verb, words):
        return False
    if any(c.dep_ == "mark" and c.lower_ in words.conditional_marks for c in verb.children):
        return False
    return all(a.lemma_.lower() in PLAIN_AUX or a.lower_ in words.future_aux for a in _auxiliaries(verb))


PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PRESENT_AUX = frozenset({"is", "are", "'s", "'re", "am", "do", "does"})
WHEN_TIMES = frozenset({"DATE", "TIME"})


def habitual(verb: Token, words: Modality) -> bool:
    """"WHEN the United States slaps tariffs on goods, it is importers who pay", "the usual process when a citizen IS
    ARRESTED abroad", "EVERY time Russia attacks, ...": a clause of "when" in the simple present under a copula in
    the simple present, or under a habit's adverb ("usually"), tells a rule or a habit, not a particular happening;
    "whenever" and "every time" do in any tense. News summaries tell happenings in the present too ("28 people are
    killed when gunmen open fire"): an act, not a copula, governs their "when". The
    governing clause of such a "when" is the rule's other half ("Taiwan PROTESTS whenever China sends ships").
    A date on the clause ("when Trump visits Beijing next week") or a future or modal governor ("he will sign")
    makes it a particular, planned happening."""
    clause = _clause_top(verb)
    if _habit_clause(clause, words):
        return True
    return _simple_present(clause) and any(
        c.dep_ in ("advcl", "relcl") and _habit_clause(c, words) for c in [*clause.children, *_time_clauses(clause)])


def _clause_top(verb: Token) -> Token:
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _time_clauses(clause: Token) -> list[Token]:
    """"EVERY TIME Russia attacks": the clause hangs on "time", a modifier of the governing verb."""
    return [c for t in clause.children if t.dep_ == "npadvmod" for c in t.children if c.dep_ == "relcl"]


def _habit_clause(clause: Token, words: Modality) -> bool:
    marks = {c.lower_ for c in clause.children if c.dep_ in ("advmod", "mark")}
    every = clause.dep_ == "relcl" and clause.head.lower_ == "time" and any(
        d.dep_ == "det" and d.lower_ in words.every_determiners for d in clause.head.children)
    if marks & words.ever_marks or every:
        return True
    if not marks & words.habitual_marks or _dated(clause):
        return False
    governor = clause.head
    while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
        governor = governor.head  # "the usual process when ...": the clause the noun stands in
    return _simple_present(clause) and _simple_present(governor) and (
        _stative(governor) or any(c.dep_ == "advmod" and c.lower_ in words.habitual_adverbs
                                  for v in (clause, governor) for c in v.children))


def _stative(verb: Token) -> bool:
    """"it IS importers who pay", "that IS the usual process": a copula states how things are. An act in the
    present under a "when" ("28 people ARE KILLED when gunmen open fire": the headline present of news summaries)
    tells a happening."""
    return verb.lemma_ == "be" and not any(c.dep_ == "auxpass" for c in verb.children)


def _simple_present(verb: Token) -> bool:
    """"slaps", "is arrested", "does not pay": present tense, no modal or future auxiliary."""
    auxes = _auxiliaries(verb)
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if verb.tag_ in PRESENT_TAGS:
        return not any(a.tag_ not in PRESENT_TAGS for a in auxes)
    return verb.tag_ in ("VBN", "VB") and bool(auxes) and all(a.lower_ in PRESENT_AUX for a in auxes)


def _dated(clause: Token) -> bool:
    return any(t.ent_type_ in WHEN_TIMES for c in clause.children if c.dep_ in ("npadvmod", "prep", "advmod")
               for t in c.subtree)
