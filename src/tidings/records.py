"""Typed records that flow between the stages.

Every stage is a plain function from records to records; these are the only shapes they share.
Offsets (`start`, `end`) are always character offsets into `Document.text`, the cleaned text that
the store keeps: provenance is a pointer, never a copied string alone.

Dates are `DateValue`s: the TIMEX3-style value at its real precision (`2019`, `2019-04`,
`2024-Q1`, `2019-09-10/2019-09-12`) plus the interval of days it covers, for queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Mode = Literal["factual", "future", "hypothetical", "negated"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
# Where an event's date comes from: a time expression governing its clause ("timex"), the time the
# passage it sits in set ("narrative"), the publication window its tense implies ("tense"), the
# publication date of a news-style report ("publication"), or nothing ("none": date null).
DateEvidence = Literal["timex", "narrative", "tense", "publication", "none"]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a reader found: the bytes or text of one article and the metadata its container gave.

    `origin` is where it came from (a resolved file path, a URL, `path#line` for a JSONL row);
    `media_type` tells the cleaner how to read `content` ("text/plain" or "text/html").
    `given` holds metadata from the container (title, url, published, source columns).
    """

    origin: str
    content: bytes | str
    media_type: str = "text/plain"
    given: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A piece of page furniture the cleaner dropped, kept so a reader can see what was removed."""

    text: str
    reason: str  # rule name, e.g. "nav-bullet", "repeated-headline", "date-header"


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article: body text plus metadata lifted out of the page."""

    id: str
    origin: str
    text: str
    content_sha: str  # sha256 of the cleaned text: equal for exact duplicates under any origin
    title: str | None = None
    published: str | None = None  # ISO date or datetime the page states, None if it states none
    source: str | None = None  # outlet or distributor named by the page
    author: str | None = None
    dateline: str | None = None  # place of a dateline such as "BEIJING"
    language: str | None = None
    url: str | None = None
    removed: tuple[RemovedLine, ...] = ()


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date at its real precision, with the interval of days it covers (ISO `YYYY-MM-DD`)."""

    value: str
    earliest: str | None = None
    latest: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity from the NLP stage (spaCy label set)."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in the text and normalized.

    `value` follows TIMEX3 (`2024-03-29`, `2024-Q1`, `P25Y`, `PAST_REF`, `A/B` for ranges);
    `earliest`/`latest` are the days it covers when it denotes a calendar period (None otherwise).
    `anchor_used` is the reference date the value was resolved against (None if absolute).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    earliest: str | None = None
    latest: str | None = None
    anchor_used: str | None = None
    mod: str | None = None  # TIMEX3 mod: BEFORE, AFTER, APPROX, START, MID, END, MORE_THAN ...


@dataclass(frozen=True, slots=True)
class StoryDate:
    """The reference date a document's relative expressions are resolved against.

    `basis` says where it comes from: "published" (the page's own date), "inferred" (from the
    text), "linked" (from other documents reporting the same happenings, set by fusion), or
    "none". `evidence` points at the words that justify an inferred date.
    """

    date: DateValue | None
    basis: Literal["published", "inferred", "linked", "none"] = "none"
    confidence: float = 0.0
    evidence: tuple[tuple[int, int], ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class ActorRef:
    """Who acts or is acted upon: a resolved actor, or a country/sector guessed from context."""

    text: str
    start: int
    end: int
    actor_id: str | None = None  # key in the actor base, None for an actor only known from context
    name: str | None = None  # canonical name
    country: str | None = None  # ISO 3166 alpha-3, or an organization code such as "SCO"
    sector: str | None = None  # CAMEO sector: GOV, LEG, MIL, JUD, ELI, BUS, EDU, MED, CVL, ...
    role: str | None = None  # office held at the time, e.g. "President"

    @property
    def code(self) -> str:
        """The CAMEO actor code, e.g. "CHNGOV"."""
        return f"{self.country or '---'}{self.sector or ''}"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in the text, resolved against the actor base at the document's date."""

    actor: ActorRef
    sentence: int  # index into AnalyzedDocument.sentences


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event, with the spans that justify it.

    `id` is deterministic: a hash of the document id, the sentence span, the code and the actors.
    """

    id: str
    doc_id: str
    sentence: Sentence
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    plover: str
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float
    mode: Mode = "factual"
    date: DateValue | None = None
    date_span: tuple[int, int] | None = None  # the timex the date came from, if any
    date_evidence: DateEvidence | None = None  # None: not recorded (events stored before it was)
    verb_span: tuple[int, int] | None = None
    location: str | None = None
    reciprocal: bool = False
    plover_mode: str | None = None
    plover_context: str | None = None
    confidence: float = 1.0
    pattern: str | None = None  # which pattern coded it, for debugging and evaluation


@dataclass(frozen=True, slots=True)
class Fact:
    """A quantity the text states: value and unit, what it measures, the period it covers."""

    doc_id: str
    start: int
    end: int
    sentence: Sentence
    what: str
    value: float
    unit: str
    period: DateValue | None = None
    change_pct: float | None = None
    change_basis: str | None = None  # "year-on-year", ...
    qualifier: str | None = None  # "more than", "about", ...
    actors: tuple[str, ...] = ()  # ISO3 codes


@dataclass(slots=True)
class AnalyzedDocument:
    """Everything the per-document stages extracted from one document."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    story_date: StoryDate = field(default_factory=lambda: StoryDate(None))
    actors: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be processed: stored and reported, never silently dropped."""

    origin: str
    stage: str  # "read", "clean", "analyze", "store"
    code: str  # e.g. "T101"
    message: str
