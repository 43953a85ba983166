"""Finding quantities with a unit in a parsed sentence: money, percentages, measures and counts.

A quantity is a number (digits or number words, times any scale words) that carries a unit:
a currency before or after it, a unit word after it, a counted noun it modifies, or a frame
such as "the number of visits ... amounted to 200,000". Numbers without a unit (years, list
numbers, phone numbers, "24th", "Article 5") are never quantities. Durations count only as
"N years of <noun>", outside direct speech and not rhetorical ("5,000 years of history").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from spacy.tokens import Doc, Span, Token

from tidings.facts.lexicon import FactLexicon
from tidings.facts.phrases import match_after, match_before, normalize_key
from tidings.quotes import in_direct_speech
from tidings.records import Timex

# Entity labels whose numbers are names or positions, never amounts.
BLOCKED_LABELS = frozenset(
    {
        "ORDINAL",
        "PERSON",
        "ORG",
        "GPE",
        "LOC",
        "NORP",
        "FAC",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)
TIME_LABELS = frozenset({"DATE", "TIME"})
NUMBER_TOKEN = re.compile(
    r"^(?P<cur>[^\d\s]*?)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suf>[^\d\s]*)$"
)
YEAR_LIKE = re.compile(r"^(1[0-9]|20|21)\d\d$")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit, as token indexes into the parsed document."""

    start: int  # first token, qualifier and currency included
    end: int  # index after the last token
    value: float
    unit: str
    kind: str  # "money" or a kind from units.tsv
    number: int  # the last number token: where the parse attaches the quantity
    qualifier: str | None = None
    noun: int | None = None  # the noun naming what is counted ("trips"), if the quantity has one


@dataclass(frozen=True, slots=True)
class NumberRead:
    value: Decimal
    end: int
    currency: str | None  # glued prefix such as "HK$5bn"
    unit: str | None  # glued suffix unit such as "3pct"
    year_like: bool


@dataclass(frozen=True, slots=True)
class TokenMarks:
    """Which tokens may not start a quantity (blocked) or may only start a duration (timeish)."""

    blocked: frozenset[int]
    timeish: frozenset[int]


def mark_tokens(doc: Doc, timexes: list[Timex]) -> TokenMarks:
    """Mark tokens inside names, ordinals and dates, from spaCy entities and the temporal engine."""
    blocked: set[int] = set()
    timeish: set[int] = set()
    for ent in doc.ents:
        target = blocked if ent.label_ in BLOCKED_LABELS else timeish if ent.label_ in TIME_LABELS else None
        if target is not None:
            target.update(range(ent.start, ent.end))
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None:
            (timeish if timex.type == "DURATION" else blocked).update(range(span.start, span.end))
    return TokenMarks(frozenset(blocked), frozenset(timeish - blocked))


def _glued_number(text: str, lex: FactLexicon) -> NumberRead | None:
    """A token holding a number, maybe glued to a currency ("HK$5") or a scale or unit ("2.3bn", "3pct")."""
    match = NUMBER_TOKEN.match(text)
    if match is None:
        return None
    value = Decimal(match["num"].replace(",", ""))
    cur, suf = normalize_key(match["cur"]), normalize_key(match["suf"])
    currency = lex.prefix_currencies.get(cur) if cur else None
    if cur and currency is None:
        return None
    unit = None
    if suf in lex.scales:
        value *= Decimal(str(lex.scales[suf]))
    elif suf and currency and suf in lex.currency_letter_scales:
        value *= Decimal(str(lex.currency_letter_scales[suf]))
    elif suf in lex.units:
        unit = suf
    elif suf:
        return None  # "24th", "3am", "5G": not an amount
    year_like = not cur and not suf and YEAR_LIKE.match(match["num"]) is not None
    return NumberRead(value, 0, currency, unit, year_like)


def read_number(doc: Doc, i: int, limit: int, lex: FactLexicon) -> NumberRead | None:
    """The number starting at token i, with the scale words after it ("9.53 billion", "two million")."""
    token = doc[i]
    read = _glued_number(token.text, lex)
    if read is None:
        spelled = lex.numbers.get(token.lower_)
        if spelled is None:
            return None
        read = NumberRead(Decimal(str(spelled)), 0, None, None, False)
    value, j = read.value, i + 1
    while j < limit and read.unit is None:
        word = doc[j].lower_
        if word in lex.scales:
            value *= Decimal(str(lex.scales[word]))
        elif word in ("-", "–") and j + 1 < limit and doc[j + 1].lower_ in lex.numbers and value % 10 == 0:
            value += Decimal(str(lex.numbers[doc[j + 1].lower_]))  # "twenty-five"
            j += 1
        else:
            break
        j += 1
    year_like = read.year_like and j == i + 1
    return NumberRead(value, j, read.currency, read.unit, year_like)


def is_label(doc: Doc, i: int, sent: Span, lex: FactLexicon) -> bool:
    """A number that names rather than measures: "Article 5", "Flight 370", "Vision 2030"."""
    if i == sent.start:
        return False
    before = doc[i - 1]
    if before.lower_ in lex.identifier_words:
        return True
    return before.pos_ == "PROPN" and YEAR_LIKE.match(doc[i].text) is not None


def as_float(value: Decimal) -> float:
    try:
        return float(value)
    except (InvalidOperation, OverflowError):
        return float("nan")


def _qualifier(doc: Doc, start: int, sent: Span, lex: FactLexicon) -> tuple[str | None, int]:
    """The hedge before a quantity ("more than", "about"), unless it is a verb's particle ("edged up to")."""
    found = match_before(doc, start, sent.start, lex.qualifiers, lex.longest_phrase)
    if found is None:
        return None, start
    words = doc[found[1] : start].text.lower()
    if (
        words in lex.particle_qualifiers
        and found[1] > sent.start
        and doc[found[1] - 1].pos_ in ("VERB", "AUX")
    ):
        return None, start
    return found


def _currency_before(doc: Doc, i: int, sent: Span, lex: FactLexicon) -> tuple[str, int] | None:
    return match_before(doc, i, sent.start, lex.prefix_currencies, lex.longest_phrase)


def _money(doc: Doc, i: int, read: NumberRead, sent: Span, lex: FactLexicon) -> Quantity | None:
    """Money: a currency glued to the number, before it ("US $4.45 billion") or after it ("9.53 billion US
    dollars")."""
    value, end = read.value, read.end
    before = None if read.currency else _currency_before(doc, i, sent, lex)
    code = read.currency or (before[0] if before else None)
    start = before[1] if before else i
    ranged = False
    if code is not None:
        if end < sent.end and doc[end].lower_ in lex.currency_letter_scales and read.end == i + 1:
            value *= Decimal(str(lex.currency_letter_scales[doc[end].lower_]))  # "€ 3.5 m"
            end += 1
        upper = _range_end(doc, end, sent, lex) if read.end == i + 1 else None
        if upper is not None:  # "US$300 to 350 million": the lower bound, scaled like the upper one
            value, end, ranged = value * upper[0], upper[1], True
        after = match_after(doc, end, sent.end, lex.suffix_currencies, lex.longest_phrase)
        end = after[1] if after else end  # "$5 billion dollars": the word repeats the symbol
    else:
        after = match_after(doc, end, sent.end, lex.suffix_currencies, lex.longest_phrase)
        if after is None:
            return None
        code, end = after
    qualifier = "at least" if ranged else None
    return Quantity(start, end, as_float(value), code, "money", read.end - 1, qualifier)


def _range_end(doc: Doc, i: int, sent: Span, lex: FactLexicon) -> tuple[Decimal, int] | None:
    """(scale, end) of the upper bound of a range at token i ("to 350 million"), if it has a scale."""
    if i + 1 >= sent.end or doc[i].lower_ not in ("to", "-", "–"):
        return None
    upper = read_number(doc, i + 1, sent.end, lex)
    if upper is None or upper.end == i + 2:
        return None
    scale = Decimal(1)
    for token in doc[i + 2 : upper.end]:
        scale *= Decimal(str(lex.scales.get(token.lower_, 1)))
    return scale, upper.end


def _unit_after(doc: Doc, i: int, read: NumberRead, sent: Span, lex: FactLexicon) -> Quantity | None:
    """A unit word right after the number ("32 percent", "2,000 kilometers", "200,000 patients")."""
    if read.unit is not None:
        unit = lex.units[read.unit]
        return Quantity(i, read.end, as_float(read.value), unit.unit, unit.kind, i)
    found = match_after(doc, read.end, sent.end, lex.units, lex.longest_phrase)
    if found is None and read.end < sent.end and doc[read.end].text in ("-", "–"):
        found = match_after(doc, read.end + 1, sent.end, lex.units, lex.longest_phrase)  # "5-km"
    if found is None:
        return None
    unit, end = found
    noun = end - 1 if unit.kind == "count" else None
    return Quantity(i, end, as_float(read.value), unit.unit, unit.kind, read.end - 1, noun=noun)


def _duration_ok(doc: Doc, q: Quantity, sent: Span, lex: FactLexicon) -> bool:
    """ "32 years of cooperation" measures something; "the past 6 years", "80 years ago" do not."""
    if q.end >= sent.end or doc[q.end].lower_ != "of" or doc[q.end - 1].text in ("-", "–"):
        return False
    if q.start > sent.start and doc[q.start - 1].lower_ in lex.time_frame_words:
        return False
    objects = [c for c in doc[q.end].children if c.dep_ == "pobj"]
    if not objects or objects[0].pos_ not in ("NOUN", "PROPN"):
        return False
    return objects[0].lower_ not in lex.rhetorical_durations and not in_direct_speech(doc.text, doc[q.start].idx)


def _counted_noun(doc: Doc, read: NumberRead, sent: Span) -> Token | None:
    """The noun a number counts, through adjectives and compounds ("600,000 cross-border trips")."""
    head = doc[read.end - 1].head
    while head.pos_ == "NUM" and head.i != head.head.i and head.i >= read.end - 1:
        head = head.head
    if head.i < read.end or head.i >= sent.end or head.i - read.end > 4 or head.pos_ != "NOUN":
        return None
    modifiers = doc[read.end : head.i]
    if any(t.dep_ not in ("amod", "compound", "punct", "nmod") for t in modifiers):
        return None
    return head


def _count(doc: Doc, i: int, read: NumberRead, sent: Span, lex: FactLexicon) -> Quantity | None:
    """A count of a listed thing at any size, or of any plural noun from `count_fallback_min` up."""
    noun = _counted_noun(doc, read, sent)
    if noun is None or read.year_like:
        return None
    listed = lex.units.get(normalize_key(noun.lower_))
    if listed is not None and listed.kind == "count":
        unit = listed.unit
    elif (
        listed is None
        and noun.tag_ == "NNS"
        and noun.is_alpha
        and float(read.value) >= lex.count_fallback_min
    ):
        if noun.lower_ in lex.not_units:
            return None
        unit = noun.lower_
    else:
        return None
    return Quantity(i, noun.i + 1, as_float(read.value), unit, "count", read.end - 1, noun=noun.i)


def _framed_count(doc: Doc, i: int, read: NumberRead, lex: FactLexicon) -> Quantity | None:
    """A bare number whose unit is in its clause's subject: "the number of visits ... amounted to 200,000"."""
    verb = governing_verb(doc[read.end - 1])
    if verb is None or verb.lemma_ not in lex.measure_verbs or read.year_like:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lemma_ in lex.count_heads:
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if counted is None or counted.pos_ != "NOUN":
            return None
        return Quantity(
            i, read.end, as_float(read.value), counted.lower_, "count", read.end - 1, noun=counted.i
        )
    named = " ".join(t.lower_ for t in subject.subtree if t.dep_ in ("compound",) or t.i == subject.i)
    implied = lex.implied_units.get(named) or lex.implied_units.get(subject.lemma_)
    if implied is None:
        return None
    kind = "percent" if implied == "%" else "count"
    return Quantity(i, read.end, as_float(read.value), implied, kind, read.end - 1, noun=subject.i)


def governing_verb(token: Token) -> Token | None:
    """The verb a number hangs from, through prepositions and its own phrase ("amounted to 200,000")."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.pos_ not in ("ADP", "NUM", "SYM"):
            return None
    return None


def read_quantity(doc: Doc, i: int, sent: Span, marks: TokenMarks, lex: FactLexicon) -> Quantity | None:
    """The quantity whose number starts at token i, or None when the number has no unit."""
    text = doc[i].text
    if not any(ch.isdigit() for ch in text) and text.lower() not in lex.numbers:
        return None
    if i in marks.blocked or is_label(doc, i, sent, lex):
        return None
    if i > sent.start and doc[i - 1].lower_ in lex.vague_words:
        return None  # "a few hundred million dollars"
    read = read_number(doc, i, sent.end, lex)
    if read is None:
        return None
    found = (
        _money(doc, i, read, sent, lex)
        or _unit_after(doc, i, read, sent, lex)
        or _count(doc, i, read, sent, lex)
        or _framed_count(doc, i, read, lex)
    )
    if found is None or any(t in marks.blocked for t in range(i, read.end)):
        return None
    timeish = any(t in marks.timeish for t in range(i, read.end))
    if found.kind == "duration" and not _duration_ok(doc, found, sent, lex):
        return None
    if timeish and found.kind != "duration":
        return None
    qualifier, start = _qualifier(doc, found.start, sent, lex)
    qualifier = qualifier or found.qualifier
    unit, end = _per_unit(doc, found, sent, lex)
    return Quantity(start, end, found.value, unit, found.kind, found.number, qualifier, found.noun)


def _per_unit(doc: Doc, q: Quantity, sent: Span, lex: FactLexicon) -> tuple[str, int]:
    """A rate's unit: "$9.66 per share" is USD/share, "1.5 million barrels per day" already bbl/d."""
    if q.end + 1 >= sent.end or doc[q.end].lower_ != "per" or q.kind in ("count", "percent", "points"):
        return q.unit, q.end
    noun = doc[q.end + 1]
    if noun.lower_ not in lex.per_units and noun.lemma_.lower() not in lex.per_units:
        return q.unit, q.end
    return f"{q.unit}/{noun.lemma_.lower()}", q.end + 2


def find_quantities(doc: Doc, sent: Span, marks: TokenMarks, lex: FactLexicon) -> list[Quantity]:
    """Every quantity in the sentence, left to right, none overlapping."""
    found: list[Quantity] = []
    i = sent.start
    while i < sent.end:
        quantity = read_quantity(doc, i, sent, marks, lex)
        if quantity is None:
            i += 1
            continue
        found.append(quantity)
        i = max(quantity.end, i + 1)
    return found
