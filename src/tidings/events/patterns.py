"""Read the pattern files (verbs, nouns, frames, modality) into lookup tables keyed by lemma.

The knowledge lives in `tidings/data/patterns/` (format in docs/events.md); here it is parsed once and
indexed so that coding a sentence costs one dict probe per token. Bad lines raise TidingsError naming
the file and line, so a user editing a pattern file sees what to fix.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from tidings.errors import TidingsError

COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
DEFAULT_TARGET_PREPS = ("with", "to", "against", "toward", "towards", "on", "upon")
ANY = "*"


@dataclass(frozen=True, slots=True)
class Pattern:
    """One line of verbs.txt or nouns.txt: a lemma (plus particle or modifier) and the code it gives."""

    lemma: str
    code: str
    where: str  # "verbs.txt:42", reported as Event.pattern
    particle: str | None = None  # verbs: "call_for" → "for"
    modifier: str | None = None  # nouns: "phone+talk" → "phone"
    objects: frozenset[str] | None = None  # lemmas the object must have ("@actor": a known actor)
    subjects: frozenset[str] | None = None  # lemmas the subject must have
    not_objects: frozenset[str] = frozenset()
    preps: frozenset[str] | None = None
    not_preps: frozenset[str] = frozenset()
    # lemmas one of the verb's prepositional objects (or its adjective or compound) must have ("deployed AS
    # PEACEKEEPERS", "as PEACEKEEPING forces")
    prep_objects: frozenset[str] | None = None
    # lemmas the verb's infinitive complement must have ("declined TO COMMENT" is a declined comment, CAMEO 011)
    complements: frozenset[str] | None = None
    target_preps: tuple[str, ...] = DEFAULT_TARGET_PREPS
    joint: bool = False
    recip: bool = False
    need_target: bool = False
    need_source: bool = False
    confidence: float = 1.0
    light: dict[str, str | None] = field(default_factory=dict)  # nouns: verb → prep (None: object)
    # words that must occur before / after the verb, in order (each a set of alternative word tuples);
    # used by PETRARCH dictionaries ("- SAID WILL_*_TALKS [102]")
    before: tuple[frozenset[tuple[str, ...]], ...] = ()
    after: tuple[frozenset[tuple[str, ...]], ...] = ()
    reverse: str | None = None  # a second event from the target back to the source (PETRARCH "a:b")
    undergone: bool = False  # nouns: the verb's subject undergoes the act ("X FACED criticism from Y")
    # verbs.txt flag `imported`: the line goes before the verb's imported PETRARCH-2 lines instead of replacing them
    imported: bool = False


@dataclass(frozen=True, slots=True)
class Frame:
    """A governing verb kind from frames.toml (intent, appeal, demand, reject, threat ...)."""

    kind: str
    verbs: frozenset[str]
    preps: frozenset[str]
    mode: str
    recode: bool
    table: dict[str, str]
    default: str
    target: tuple[str, ...]
    xcomp_only: frozenset[str] = frozenset()
    of_another: str = ""  # the frame kind when the governed act has a subject of its own ("wants UKRAINE to")
    of_another_verbs: frozenset[str] = frozenset()  # the frame verbs that may take another's act
    see_verbs: frozenset[str] = frozenset()  # verbs looked through to that act ("would like to SEE China agree")
    # after these verbs a "that" clause is the act framed only with one of `that_modals` or in the subjunctive;
    # without, it is what the speaker claims or thinks ("insists the vote was fair")
    claim_verbs: frozenset[str] = frozenset()
    that_modals: frozenset[str] = frozenset()

    def code_for(self, governed: str | None) -> str:
        """The framed event's code given the governed event's code (None: governed has no code)."""
        if not self.recode:
            return governed or ""
        if governed is None:
            return self.default
        return lookup_prefix(self.table, governed) or self.default


@dataclass(frozen=True, slots=True)
class Modality:
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    conditional_aux: frozenset[str]
    conditional_marks: frozenset[str]
    negators: frozenset[str]
    negation_exceptions: frozenset[str]
    future_adverbs: frozenset[str]
    hypothetical_adverbs: frozenset[str]
    plan_nouns: frozenset[str] = frozenset()
    wanted_nouns: frozenset[str] = frozenset()
    polite_wish_verbs: frozenset[str] = frozenset()
    hypothetical_governors: frozenset[str] = frozenset()  # "is LIKELY to deploy", "NEEDED to investigate"
    necessity_governors: frozenset[str] = frozenset()  # "WILL HAVE TO lift": needed, not yet done
    acceptance_verbs: frozenset[str] = frozenset()  # "did NOT ACCEPT the offer": not accepting is rejecting
    obligation_aux: frozenset[str] = frozenset()  # "Russia MUST withdraw": an obligation voiced, not an act
    habitual_marks: frozenset[str] = frozenset()  # "WHEN the US slaps tariffs, ...": a rule, not a happening
    ever_marks: frozenset[str] = frozenset()  # "WHENEVER China protested": habitual in any tense
    every_determiners: frozenset[str] = frozenset()  # "EVERY time Russia attacks ..."
    habitual_adverbs: frozenset[str] = frozenset()  # "when a citizen is arrested, the embassy USUALLY ..."
    negative_subjects: frozenset[str] = frozenset()  # "NONE of them have endorsed": the act was not done
    inverted_condition_aux: frozenset[str] = frozenset()  # "SHOULD China not accede": a condition
    cancelling_verbs: frozenset[str] = frozenset()  # "SCRAPPED its plan to deport": the act is not done
    order_nouns: frozenset[str] = frozenset()  # "rescinded the ORDER expelling ...": the act ordered


@dataclass(frozen=True, slots=True)
class Speech:
    verbs: frozenset[str]
    code: str
    demand_modals: frozenset[str]
    demand_frame: str


@dataclass(frozen=True, slots=True)
class Implicit:
    """Agents a passive sentence leaves unsaid (frames.toml [implicit])."""

    agent_nouns: frozenset[str] = frozenset()  # "killed in ISRAELI ATTACKS": the attack's actor did it
    agent_preps: frozenset[str] = frozenset()  # prepositions introducing such nouns ("in", "during")
    authority_codes: frozenset[str] = frozenset()  # "arrested in Lebanon": Lebanon's authorities did it
    device_nouns: frozenset[str] = frozenset()  # "a roadside BOMBING near Samarra killed": no doer named
    unattributed_codes: frozenset[str] = frozenset()  # violent acts whose unnamed doer is placed where they happened
    domestic_sectors: frozenset[str] = frozenset()  # "fundamentalists demand the resignation of ALGERIAN President"
    state_sectors: frozenset[str] = frozenset()  # the targets that make such an act domestic
    target_authority_codes: frozenset[str] = frozenset()  # "officers were charged": their country's justice
    self_moved_codes: frozenset[str] = frozenset()  # "troops were deployed": the forces moved are the actor
    holder_codes: frozenset[str] = frozenset()  # "hostages held by X were released": X released them
    holding_verbs: frozenset[str] = frozenset()  # "held", "kidnapped": the verbs that name the holder


@dataclass(frozen=True, slots=True)
class PatternBook:
    """Everything the coder looks up, indexed by lemma."""

    verbs: dict[str, list[Pattern]]
    nouns: dict[str, list[Pattern]]
    frames: dict[str, Frame]
    frame_of_verb: dict[str, Frame]
    speech: Speech
    future: dict[str, str]
    modality: Modality
    partitives: frozenset[str] = frozenset()
    refusal: dict[str, str] = field(default_factory=dict)
    implicit: Implicit = field(default_factory=Implicit)
    containers: frozenset[str] = frozenset()  # "suspended a military AID program": the modifier is the object
    # "cancelled an increase IN TARIFFS", "postponed the tariff HIKE": a change is looked through to what changes
    changes: frozenset[str] = frozenset()
    # PETRARCH's convention: with no target slot filled, the first actor after the verb anywhere in its phrase
    # (clauses included: "allowed that MORDOR isn't ...", "welcomed memos sent by BREE") is the target
    subtree_targets: bool = False
    # PETRARCH's test dictionaries match pattern words anywhere after the verb in its subtree and anywhere
    # before it in the sentence; the shipped book matches them only in the verb's own phrase
    loose_phrases: bool = False
    discards: bool = True  # Phoenix discards apply (PETRARCH's test dictionaries have their own)

    def refusal_code(self, code: str) -> str | None:
        """The rejection an announced refusal of a cooperative act amounts to (None: not cooperative)."""
        return lookup_prefix(self.refusal, code) if code[:2] in COOPERATIVE_ROOTS else None

    def future_code(self, code: str) -> str:
        """The code of an announced (future) event: intent (03x) or threat (13x), else unchanged."""
        return lookup_prefix(self.future, code) or code


def lookup_prefix(table: dict[str, str], code: str) -> str | None:
    """The entry for the longest prefix of `code` present in `table`."""
    for n in (4, 3, 2):
        if len(code) >= n and code[:n] in table:
            return table[code[:n]]
    return None


def _fail(where: str, detail: str) -> TidingsError:
    return TidingsError("T501", where, f"bad pattern line: {detail}")


def _split_alts(value: str) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in value.split("|") if v.strip())


def _expand_sets(words: frozenset[str], sets: dict[str, frozenset[str]], where: str) -> frozenset[str]:
    """`&MILITARY` in a word list → the one-word members of PETRARCH-2's synonym set of that name."""
    out = set()
    for word in words:
        if not word.startswith("&"):
            out.add(word)
        elif word[1:].upper() in sets:
            out |= sets[word[1:].upper()]
        else:
            raise _fail(where, f"unknown synonym set {word!r}")
    return frozenset(out)


def _apply_condition(opts: dict[str, Any], item: str, where: str,
                     sets: dict[str, frozenset[str]] | None = None) -> None:
    """Fold one `key=value` or flag of a pattern line into the constructor options; `&NAME` in a word list is a
    synonym set of the imported PETRARCH-2 dictionary (`sets`)."""
    key, _, value = item.partition("=")
    simple = {"obj": "objects", "!obj": "not_objects", "prep": "preps", "!prep": "not_preps", "subj": "subjects",
              "pobj": "prep_objects", "comp": "complements"}
    if key in simple:
        opts[simple[key]] = _expand_sets(_split_alts(value), sets or {}, where)
    elif key == "tprep":
        opts["target_preps"] = tuple(sorted(_split_alts(value)))
    elif key == "after" and value:
        # words that must follow the verb in its phrase, "_" joining the words of one alternative: an idiom
        # whose sense is no act ("find COMMON GROUND"), as the imported PETRARCH-2 phrases are matched
        opts["after"] = (frozenset(tuple(alt.split("_")) for alt in value.lower().split("|")),)
    elif key in ("joint", "recip", "undergone", "imported") and not value:
        opts[key] = True
    elif key == "need" and value in ("target", "source"):
        opts[f"need_{value}"] = True
    elif key == "conf":
        try:
            opts["confidence"] = float(value)
        except ValueError:
            raise _fail(where, f"conf={value!r} is not a number") from None
    else:
        raise _fail(where, f"unknown condition {item!r}")


def _check_code(code: str, where: str) -> str:
    if not (code.isdigit() and 2 <= len(code) <= 4):
        raise _fail(where, f"{code!r} is not a CAMEO code (2 to 4 digits)")
    return code


def _content_lines(path: Path) -> list[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TidingsError("T501", str(path), f"pattern file unreadable ({exc.strerror})") from None
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append((number, line))
    return out


def parse_verb_line(line: str, where: str, sets: dict[str, frozenset[str]] | None = None) -> Pattern:
    """`call_for  020  need=target` → Pattern(lemma="call", particle="for", code="020", ...)."""
    parts = line.split()
    if len(parts) < 2:
        raise _fail(where, "need at least LEMMA and CODE")
    lemma, _, particle = parts[0].lower().partition("_")
    opts: dict[str, Any] = {}
    for item in parts[2:]:
        _apply_condition(opts, item, where, sets)
    code = "" if parts[1] == "-" else _check_code(parts[1], where)  # "-": a verb sense that is not an event
    return Pattern(lemma, code, where, particle=particle or None, **opts)


def _light_verbs(spec: str, sets: dict[str, str], where: str) -> dict[str, str | None]:
    """`pay|be:on|@meet` → {"pay": None, "be": "on", ...} with @sets expanded."""
    out: dict[str, str | None] = {}
    for item in spec.split("|"):
        if item.startswith("@"):
            if item[1:] not in sets:
                raise _fail(where, f"unknown verb list {item!r}")
            out.update(_light_verbs(sets[item[1:]], sets, where))
        elif item:
            verb, _, prep = item.lower().partition(":")
            out[verb.replace("_", " ")] = prep or None
    return out


def parse_noun_line(line: str, sets: dict[str, str], where: str) -> Pattern:
    """`phone+talk  041  @meet` → Pattern(lemma="talk", modifier="phone", light={...})."""
    parts = line.split()
    if len(parts) < 3:
        raise _fail(where, "need NOUN, CODE and VERBS")
    modifier, _, lemma = parts[0].lower().rpartition("+")
    opts: dict[str, Any] = {}
    for item in parts[3:]:
        _apply_condition(opts, item, where)
    light = _light_verbs(parts[2], sets, where)
    return Pattern(lemma, _check_code(parts[1], where), where, modifier=modifier or None, light=light, **opts)


def load_verbs(path: Path, sets: dict[str, frozenset[str]] | None = None) -> dict[str, list[Pattern]]:
    """verbs.txt by lemma; `sets`: the synonym sets its `&NAME` word lists may name (load_synonym_sets)."""
    table: dict[str, list[Pattern]] = {}
    for number, line in _content_lines(path):
        pattern = parse_verb_line(line, f"{path.name}:{number}", sets)
        table.setdefault(pattern.lemma, []).append(pattern)
    return table


def load_partitives(path: Path, name: str = "partitive") -> frozenset[str]:
    """A named word list of nouns.txt: "@partitive", measure nouns looked through ("days of talks"), or
    "@container", nouns whose modifier a verb pattern may match ("suspended a military AID program"), or
    "@change", nouns of a rise or fall looked through to what rises ("cancelled an increase in TARIFFS")."""
    for _, line in _content_lines(path):
        if line.startswith(f"@{name}") and line[1:].partition("=")[0].strip() == name:
            return _split_alts(line.partition("=")[2])
    return frozenset()


def load_nouns(path: Path, sets: dict[str, str] | None = None) -> dict[str, list[Pattern]]:
    """nouns.txt (or derived_nouns.txt) by lemma; its `@name = a|b` verb lists are collected into `sets` when given."""
    sets = {} if sets is None else sets
    table: dict[str, list[Pattern]] = {}
    for number, line in _content_lines(path):
        if line.startswith("@") and "=" in line:
            name, _, value = line[1:].partition("=")
            sets[name.strip()] = value.strip()
            continue
        pattern = parse_noun_line(line, sets, f"{path.name}:{number}")
        table.setdefault(pattern.lemma, []).append(pattern)
    return table


def plain_code(verbs: dict[str, list[Pattern]], verb: str) -> str | None:
    """The code a verb of verbs.txt gives with no condition at all ("expel" 174), None when every line of it has
    one ("execute" only with an actor as object): the code its event noun takes by derivation."""
    lemma, _, particle = verb.lower().partition("_")
    for pattern in verbs.get(lemma, []):
        if (pattern.code and pattern.particle == (particle or None) and pattern.objects is None
                and pattern.subjects is None and pattern.preps is None and pattern.prep_objects is None
                and pattern.complements is None and not pattern.not_objects and not pattern.not_preps
                and not pattern.need_target and not pattern.before and not pattern.after):
            return pattern.code
    return None


def load_derived_nouns(path: Path, verbs: dict[str, list[Pattern]], sets: dict[str, str]) -> dict[str, list[Pattern]]:
    """derived_nouns.txt: `NOUN  VERB  VERBS  [condition ...]`, an event noun that codes as the verb it derives from
    ("expulsion  expel  @act": 174, as "expel"), under the verbs that report it (VERBS as in nouns.txt, its
    `@name` lists included). A verb with no unconditioned line in verbs.txt is an error: the noun would have
    no code of its own."""
    table: dict[str, list[Pattern]] = {}
    for number, line in _content_lines(path):
        where = f"{path.name}:{number}"
        parts = line.split()
        if len(parts) < 3:
            raise _fail(where, "need NOUN, VERB and VERBS")
        code = plain_code(verbs, parts[1])
        if code is None:
            raise _fail(where, f"verb {parts[1]!r} has no unconditioned line in verbs.txt")
        pattern = parse_noun_line(" ".join([parts[0], code, *parts[2:]]), sets, where)
        table.setdefault(pattern.lemma, []).append(pattern)
    return table


def with_derived(nouns: dict[str, list[Pattern]], derived: dict[str, list[Pattern]]) -> dict[str, list[Pattern]]:
    """nouns.txt's own lines first (the specific senses), then the derived ones."""
    merged = {lemma: list(patterns) for lemma, patterns in nouns.items()}
    for lemma, patterns in derived.items():
        merged.setdefault(lemma, []).extend(patterns)
    return merged


def _frame(kind: str, spec: dict[str, Any], maps: dict[str, dict[str, str]]) -> Frame:
    recode = spec.get("code", "keep") == "map"
    table = maps.get(str(spec.get("map", "")), {}) if recode else {}
    return Frame(
        kind=kind,
        verbs=frozenset(spec.get("verbs", [])),
        preps=frozenset(spec.get("preps", [])),
        mode=str(spec.get("mode", "factual")),
        recode=recode,
        table=table,
        default=str(spec.get("default", "")),
        target=tuple(spec.get("target", ["embedded"])),
        xcomp_only=frozenset(spec.get("xcomp_only", [])),
        of_another=str(spec.get("of_another", "")),
        of_another_verbs=frozenset(spec.get("of_another_verbs", [])),
        see_verbs=frozenset(spec.get("see_verbs", [])),
        claim_verbs=frozenset(spec.get("claim_verbs", [])),
        that_modals=frozenset(spec.get("that_modals", [])),
    )


def _words(spec: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in spec.get(key, []))


if TYPE_CHECKING:
    from _typeshed import DataclassInstance

WordListsT = TypeVar("WordListsT", bound="DataclassInstance")


def read_pattern_file(path: Path, what: str) -> dict[str, Any]:
    """A TOML pattern file as a table; an unreadable one is a coded error (T501) naming the file."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TidingsError("T501", str(path), f"{what} file unreadable: {exc}") from None


def _word_lists(path: Path, what: str, kind: type[WordListsT]) -> WordListsT:
    """A dataclass of word sets, one per field, from the file's lists of the same names."""
    data = read_pattern_file(path, what)
    return kind(**{f.name: _words(data, f.name) for f in fields(kind)})


def load_frames(path: Path) -> tuple[dict[str, Frame], Speech, dict[str, str], dict[str, str]]:
    data = read_pattern_file(path, "frames")
    maps = {name: {str(k): str(v) for k, v in table.items()} for name, table in data.get("maps", {}).items()}
    frames = {kind: _frame(kind, spec, maps) for kind, spec in data.get("frames", {}).items()}
    sp = data.get("speech", {})
    speech = Speech(_words(sp, "verbs"), str(sp.get("code", "010")), _words(sp, "demand_modals"),
                    str(sp.get("demand_frame", "demand")))
    future = maps.get(str(data.get("future", {}).get("map", "future")), {})
    refusal = maps.get(str(data.get("future", {}).get("refusal_map", "")), {})
    return frames, speech, future, refusal


def load_implicit(path: Path) -> Implicit:
    data = read_pattern_file(path, "frames").get("implicit", {})
    return Implicit(_words(data, "agent_nouns"), _words(data, "agent_preps"), _words(data, "authority_codes"),
                    _words(data, "device_nouns"), _words(data, "unattributed_codes"),
                    _words(data, "domestic_sectors"), _words(data, "state_sectors"),
                    _words(data, "target_authority_codes"), _words(data, "self_moved_codes"),
                    _words(data, "holder_codes"), _words(data, "holding_verbs"))


def load_modality(path: Path) -> Modality:
    return _word_lists(path, "modality", Modality)


@dataclass(frozen=True, slots=True)
class WordClasses:
    """Lemmas of the noun classes the argument finder treats specially (word_classes.toml)."""

    quantity_words: frozenset[str]
    group_nouns: frozenset[str]
    place_nouns: frozenset[str]
    # "lifted ALL of the sanctions": quantifiers whose "of" object meets a verb's object condition
    object_quantifiers: frozenset[str] = frozenset()
    contest_nouns: frozenset[str] = frozenset()
    # "declined TO SAY", "refused to COMMENT": what a refusal withholds is a comment (CAMEO 011), not a rejection
    withheld_speech_verbs: frozenset[str] = frozenset()
    abstract_nouns: frozenset[str] = frozenset()
    accident_nouns: frozenset[str] = frozenset()
    teaser_openers: frozenset[str] = frozenset()
    accusing_verbs: frozenset[str] = frozenset()
    hazard_words: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    call_purposes: frozenset[str] = frozenset()
    placeholder_subjects: frozenset[str] = frozenset()
    mutual_fighting: frozenset[str] = frozenset()
    plague_nouns: frozenset[str] = frozenset()
    social_ills: frozenset[str] = frozenset()
    judging_verbs: frozenset[str] = frozenset()
    condemning_words: frozenset[str] = frozenset()
    blame_predicates: frozenset[str] = frozenset()
    crime_nouns: frozenset[str] = frozenset()  # "said Israel had COMMITTED GENOCIDE": an accusation
    freeing_verbs: frozenset[str] = frozenset()  # "SET FREE 300 prisoners", "LET them GO free"
    free_words: frozenset[str] = frozenset()
    ruling_out: frozenset[str] = frozenset()
    addressless_types: frozenset[str] = frozenset()
    backing_codes: frozenset[str] = frozenset()
    asking_codes: frozenset[str] = frozenset()
    kind_determiners: frozenset[str] = frozenset()
    force_sectors: frozenset[str] = frozenset()
    political_sectors: frozenset[str] = frozenset()
    pair_nouns: frozenset[str] = frozenset()
    referring_pronouns: frozenset[str] = frozenset()
    referring_determiners: frozenset[str] = frozenset()
    ultimatum_penalties: frozenset[str] = frozenset()  # "demanded that X halt ... OR FACE sanctions"
    person_nouns: frozenset[str] = frozenset()
    generic_doers: frozenset[str] = frozenset()  # "ANYONE giving false information": a rule, no doer
    unprotesting_sectors: frozenset[str] = frozenset()  # armed forces, police, spies, criminals: no protest by kind
    public_pronouns: frozenset[str] = frozenset()  # "urged EVERYONE to ...": advice to the public at large
    degree_adverbs: frozenset[str] = frozenset()  # "PROFOUNDLY threatening": a graded participle is an adjective
    compound_heads: frozenset[str] = frozenset()
    female_words: frozenset[str] = frozenset()  # "QUEEN Elizabeth II": not whom a later "he" means
    male_words: frozenset[str] = frozenset()
    mutual_codes: frozenset[str] = frozenset()  # CAMEO codes (prefixes) of acts between their doers by nature
    joint_adverbs: frozenset[str] = frozenset()  # "jointly", "together": the doers act as one
    reciprocal_objects: frozenset[str] = frozenset()  # "each other": the doers act on one another
    control_object_verbs: frozenset[str] = frozenset()  # "urged Iran TO talk": the object does the infinitive
    mutual_verbs: frozenset[str] = frozenset()  # "exchanged fire", "X and Y agreed": symmetric verbs
    share_words: frozenset[str] = frozenset()  # "51 PERCENT say ...": a poll, not an act
    poll_verbs: frozenset[str] = frozenset()  # what a poll's share does: says, thinks, wants
    people_sectors: frozenset[str] = frozenset()  # people an act falls on, placed where it happens
    crowd_numbers: frozenset[str] = frozenset()  # "THOUSANDS marched": a protest's crowd
    home_contender_sectors: frozenset[str] = frozenset()  # parties and opposition contend at home
    armed_sectors: frozenset[str] = frozenset()  # armed groups, placed where they use violence
    home_police_sectors: frozenset[str] = frozenset()  # police, placed at home whatever they do
    home_crowd_sectors: frozenset[str] = frozenset()  # youths, protesters, students, workers using force
    referring_group_sectors: frozenset[str] = frozenset()  # "THE REBELS": a group named before
    definite_determiners: frozenset[str] = frozenset()  # "THE ministry": a body named before
    body_preps: frozenset[str] = frozenset()  # "a spokesman FOR the army": the body a person speaks for
    idle_objects: frozenset[str] = frozenset()  # "send a SIGNAL", "meet the CHALLENGE": no act on anyone
    errand_places: frozenset[str] = frozenset()  # "rushed to HOSPITAL": an errand, not a visit (CAMEO 042)
    punishing_verbs: frozenset[str] = frozenset()  # "EXECUTES a man convicted of spying": the state that tried him


@lru_cache(maxsize=1)
def load_word_classes(path: Path | None = None) -> WordClasses:
    """The shipped word classes, read once per process."""
    return _word_lists(path or patterns_dir() / "word_classes.toml", "word classes", WordClasses)


def patterns_dir() -> Path:
    return Path(str(files("tidings") / "data" / "patterns"))


def build_book(
    verbs: dict[str, list[Pattern]], nouns: dict[str, list[Pattern]], folder: Path | None = None,
    partitives: frozenset[str] = frozenset(),
) -> PatternBook:
    """A book from the given verb and noun tables plus the shipped frames and modality."""
    folder = folder or patterns_dir()
    frames, speech, future, refusal = load_frames(folder / "frames.toml")
    frame_of_verb: dict[str, Frame] = {}
    for frame in frames.values():
        for verb in frame.verbs:
            frame_of_verb.setdefault(verb, frame)
    modality = load_modality(folder / "modality.toml")
    return PatternBook(verbs, nouns, frames, frame_of_verb, speech, future, modality, partitives, refusal,
                       load_implicit(folder / "frames.toml"))


# --- verbs imported from PETRARCH-2's CAMEO.2.0.txt (tools/convert_cameo_verbs.py) ----------------------

Words = frozenset[tuple[str, ...]]


def _imported_element(item: str, sets: dict[str, Words], where: str) -> Words:
    if item.startswith("&"):
        if item[1:] not in sets:
            raise _fail(where, f"unknown synonym set {item!r}")
        return sets[item[1:]]
    return frozenset(tuple(alternative.split("_")) for alternative in item.split("|"))  # "to|for": either word


def _imported_phrase(text: str, sets: dict[str, Words], where: str) -> tuple[Words, ...]:
    return () if text == "-" else tuple(_imported_element(item, sets, where) for item in text.split())


def _imported_forms(spec: str) -> dict[tuple[str, str | None], str | None]:
    """`beat beat=182 wipe_out` → {("beat", None): "182", ("wipe", "out"): None}: a form's own code wins."""
    forms: dict[tuple[str, str | None], str | None] = {}
    for item in spec.split():
        form, _, own = item.partition("=")
        lemma, _, particle = form.partition("_")
        if "_" in particle:
            continue  # "kidnapped_and_killed": not a verb with one particle
        key = (lemma, particle or None)
        forms[key] = own or forms.get(key)
    return forms


def _origin_names(lemma: str, name: str) -> bool:
    """Whether a verb named in a pattern's comment ("KILLED_AND", "BATTLE") is this lemma or a form of it."""
    word = name.split("_")[0]
    return word == lemma or (len(lemma) >= 4 and word.startswith(lemma[:-1]) and 0 < len(word) - len(lemma) <= 3)


def _own_forms(forms: dict[tuple[str, str | None], str | None], names: list[str]) -> list[tuple[str, str | None]]:
    """The forms a pattern was written for (its comment names them); all forms when it names none of them."""
    own = [form for form in forms if any(_origin_names(form[0], n) for n in names)]
    return own or list(forms)


def load_synonym_sets(path: Path) -> dict[str, frozenset[str]]:
    """The synonym sets of the imported dictionary (`&MILITARY  military|armed_forces|army|troops ...`), one-word
    members only (a phrase like "displaced_person" cannot be one object lemma), for verbs.txt's `obj=&MILITARY`."""
    sets: dict[str, frozenset[str]] = {}
    for _, line in _content_lines(path):
        name, _, words = line.partition("\t")
        if name.startswith("&") and words:
            sets[name[1:]] = frozenset(w for w in words.split("|") if w and "_" not in w)
    return sets


def load_imported_verbs(path: Path, with_defaults: bool = False) -> dict[str, list[Pattern]]:
    """The converted PETRARCH verb table: per lemma, every block's phrase patterns (longest first), each only
    for the verbs its comment names, then (`with_defaults`) the verb's default code. A pattern with code ""
    blocks the verb (PETRARCH's `[---]`: "killed in a training accident").

    The shipped book takes no defaults: a block's default codes every WordNet synonym in it ("help" AID,
    "trade" COOPERATE, "remain" ...), and measured on the real-news tune half that cost precision (0.65 → 0.53)."""
    sets: dict[str, Words] = {}
    phrases: dict[str, list[Pattern]] = {}
    defaults: dict[str, list[Pattern]] = {}
    forms: dict[tuple[str, str | None], str | None] = {}
    default = "-"
    for number, line in _content_lines(path):
        where = f"{path.name}:{number}"
        parts = line.split("\t")
        if parts[0].startswith("&") and len(parts) == 2:
            sets[parts[0][1:]] = frozenset(tuple(w.split("_")) for w in parts[1].split("|"))
        elif parts[0] == "VERB" and len(parts) == 4:
            forms, default = _imported_forms(parts[3]), parts[2]
            for (lemma, particle), own in forms.items():
                # a block's default is sure only for the verb it is named after and for forms given their own
                # code; WordNet's synonyms in the block ("beat", "master", "overshadow" under DESTROY) are not
                code = own or (default if lemma == parts[1].lower() and particle is None else "-")
                if with_defaults and code != "-":
                    defaults.setdefault(lemma, []).append(
                        Pattern(lemma, _check_code(code, where), f"CAMEO.2.0 {parts[1]}", particle=particle))
        elif parts[0] == "-" and len(parts) in (6, 7):
            code = "" if parts[1] == "-" else _check_code(parts[1], where)
            before, after = _imported_phrase(parts[3], sets, where), _imported_phrase(parts[4], sets, where)
            reverse = None if parts[2] == "-" else _check_code(parts[2], where)
            for lemma, particle in _own_forms(forms, parts[6].split(",") if len(parts) == 7 else []):
                phrases.setdefault(lemma, []).append(Pattern(lemma, code, f"CAMEO.2.0 {parts[5].split(':')[-1]}",
                                                             particle=particle, before=before, after=after,
                                                             reverse=reverse))
        else:
            raise _fail(where, "not a synonym set, verb block or pattern line")
    table = {}
    for lemma in {*phrases, *defaults}:
        ordered = sorted(phrases.get(lemma, []), key=lambda p: -(len(p.before) + len(p.after)))
        table[lemma] = ordered + defaults.get(lemma, [])
    return table


def overlay_verbs(imported: dict[str, list[Pattern]], hand: dict[str, list[Pattern]],
                  reserved: frozenset[str] = frozenset()) -> dict[str, list[Pattern]]:
    """The hand-written book on top of the imported one: a verb of verbs.txt keeps only its own lines (unless all
    of them are flagged `imported`: then they come first and the imported ones follow), and a verb the frames
    govern (say, demand, refuse ...: `reserved`) takes none of the imported ones."""
    merged = {lemma: patterns for lemma, patterns in imported.items() if lemma not in reserved}
    for lemma, patterns in hand.items():  # PETRARCH's "not an event" phrases still stop a hand-written verb
        blocks = [p for p in imported.get(lemma, []) if not p.code]
        # a verb whose every hand line is flagged `imported` adds to its imported lines ("take_back ... imported"
        # must not hide PETRARCH's "take hostage", "take control")
        kept = [p for p in merged.get(lemma, []) if p.code] if all(p.imported for p in patterns) else []
        merged[lemma] = blocks + patterns + kept
    return merged


def _cameo_codes(table: dict[str, list[Pattern]]) -> dict[str, list[Pattern]]:
    """PETRARCH's dictionary uses a few codes CAMEO 1.1b3 lacks ("1213"): they become their parent ("121")."""
    from tidings.events.ontology import load_ontology

    onto = load_ontology()

    def known(code: str) -> str:
        while code and not onto.known(code):
            code = code[:-1] if len(code) > 2 else ""
        return code

    return {lemma: [p if not p.code or onto.known(p.code) else replace(p, code=known(p.code)) for p in patterns]
            for lemma, patterns in table.items()}


@lru_cache(maxsize=1)
def load_patterns() -> PatternBook:
    """The shipped pattern files, read once per process: the hand-written verbs.txt over the verbs imported
    from PETRARCH-2 (cameo_verbs.tsv), nouns (nouns.txt, then the event nouns derived from verbs.txt's verbs in
    derived_nouns.txt), frames and modality."""
    folder = patterns_dir()
    nouns_file = folder / "nouns.txt"
    hand = load_verbs(folder / "verbs.txt", load_synonym_sets(folder / "cameo_verbs.tsv"))
    verb_lists: dict[str, str] = {}
    nouns = load_nouns(nouns_file, verb_lists)
    nouns = with_derived(nouns, load_derived_nouns(folder / "derived_nouns.txt", hand, verb_lists))
    book = build_book(hand, nouns, folder, load_partitives(nouns_file))
    reserved = frozenset(book.frame_of_verb) | book.speech.verbs
    verbs = overlay_verbs(_cameo_codes(load_imported_verbs(folder / "cameo_verbs.tsv")), book.verbs, reserved)
    return replace(book, verbs=verbs, containers=load_partitives(nouns_file, "container"),
                   changes=load_partitives(nouns_file, "change"))
