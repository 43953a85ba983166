"""Score the event coder against four gold sets (`tidings eval events`).

- PLOVER gold-standard records (dev half, 0.5b1 categories renamed to PLOVER 0.8: DEMAND→REQUEST,
  DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT): event-type accuracy, source/target country
  and sector accuracy, recall of "has an event". Every record has a gold event; a sentence for which
  the coder gives none counts as wrong.
- PETRARCH-2 functional tests with their own fictional dictionaries (actors via
  ActorBase.from_petrarch, verbs via events.petrarch.book_from_petrarch): share of expected codings
  produced, by category.
- ConfliBERT quad-class sentences (development only), labelled with the Phoenix PentaClass scheme
  (data/ontology/penta_class.tsv): 0 statements and appeals (CAMEO 01–02) or no event, 1 verbal
  cooperation (03–05), 2 material cooperation (06–08), 3 verbal conflict (09–13 and 16), 4 material
  conflict (14–15, 17–20). Also printed strictly (no event = wrong), with the share of sentences given
  an event, the class precision over those, and the precision of class-0 (statement) predictions.
- The seed articles: `tidings ingest` + `tidings events --format jsonl` + the shared scorer (cli/coding.py).

Sentence-level sets are coded with no story date (their dates are unknown), one text per record.
The primary event of a sentence: not a bare statement (CAMEO 01) if another event exists, then the
verb highest in the parse (the main clause), then the highest confidence, then the first.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from tidings.records import Event

PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
Coder = Callable[[list[tuple[str, str | None]]], list[tuple[Doc, list[Event]]]]


# --- choosing one event per sentence --------------------------------------------------------------


def _depth(doc: Doc, event: Event) -> int:
    if event.verb_span is None:
        return 99
    span = doc.char_span(event.verb_span[0], event.verb_span[1], alignment_mode="expand")
    if span is None or not len(span):
        return 99
    return sum(1 for _ in span.root.ancestors)


def primary_event(doc: Doc, events: list[Event]) -> Event | None:
    """The one event a sentence-level gold set is compared with (see module docstring)."""
    pool = [e for e in events if not e.cameo.startswith("01")] or events
    if not pool:
        return None
    return min(pool, key=lambda e: (_depth(doc, e), -e.confidence, e.verb_span or (0, 0)))


def quad_label(event: Event | None) -> int:
    """ConfliBERT's five classes (Phoenix PentaClass) from a CAMEO code; 0 also for no event."""
    if event is None:
        return 0
    from tidings.events.ontology import load_ontology

    return load_ontology().penta_class(event.cameo)


# --- PLOVER GSR -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    event: str
    sources: tuple[tuple[str, str], ...]  # (country code, sector)
    targets: tuple[tuple[str, str], ...]


def _actors(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        return ()
    return tuple((str(a.get("code") or "")[:3].upper(), str(a.get("sector") or "")[:3].upper()) for a in value)


def load_plover_gsr(path: Path) -> list[GoldRecord]:
    records = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for r in records:
        if not r.get("text") or r.get("event") == "DOCUMENT":
            continue
        event = PLOVER_RENAMES.get(r["event"], r["event"])
        out.append(GoldRecord(r["id"], r["text"], event, _actors(r.get("source")), _actors(r.get("target"))))
    return out


@dataclass
class Tally:
    """Counts of right answers out of questions asked, by name."""

    right: Counter[str] = field(default_factory=Counter)
    asked: Counter[str] = field(default_factory=Counter)

    def add(self, name: str, ok: bool) -> None:
        self.asked[name] += 1
        self.right[name] += int(ok)

    def rate(self, name: str) -> float:
        return round(self.right[name] / self.asked[name], 3) if self.asked[name] else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {k: {"rate": self.rate(k), "right": self.right[k], "of": self.asked[k]} for k in self.asked}


class SplitTally:
    """One Tally for each half of the fixed tune/check split (tidings.eval.split) and one for all items.

    `keys` name the items in order (article id, sentence id, position); `item(i)` gives the tallies item i
    counts in, so a scorer says `for t in split.item(i): t.add(...)` once per figure."""

    def __init__(self, keys: list[Any]) -> None:
        from tidings.eval.split import in_half

        self.halves: dict[str, Tally] = {"tune": Tally(), "check": Tally(), "all": Tally()}
        self._tune = in_half(keys, "tune")

    def add(self, index: int, name: str, ok: bool) -> None:
        self.halves["all"].add(name, ok)
        self.halves["tune" if self._tune[index] else "check"].add(name, ok)

    def as_dict(self) -> dict[str, dict[str, Any]]:
        return {half: tally.as_dict() for half, tally in self.halves.items()}


class _Item:
    """A SplitTally seen from one item: `add(name, ok)` counts in that item's half and in all."""

    def __init__(self, split: SplitTally, index: int) -> None:
        self.split, self.index = split, index

    def add(self, name: str, ok: bool) -> None:
        self.split.add(self.index, name, ok)


def score_plover(records: list[GoldRecord], coder: Coder) -> tuple[SplitTally, list[str]]:
    """PLOVER GSR figures by half; records are keyed by their position in the file."""
    countries = country_codes()
    split = SplitTally(list(range(len(records))))
    misses: list[str] = []
    coded = coder([(r.text, None) for r in records])
    for index, (record, (doc, events)) in enumerate(zip(records, coded, strict=True)):
        tally = _Item(split, index)
        event = primary_event(doc, events)
        tally.add("has_event_recall", event is not None)
        tally.add("event_type", event is not None and event.plover == record.event)
        tally.add("event_type_any", any(e.plover == record.event for e in events))
        _score_actor(tally, "source", event.source if event else None, record.sources, countries)
        if record.targets:
            _score_actor(tally, "target", event.target if event else None, record.targets, countries)
        if event is None or event.plover != record.event:
            got = f"{event.cameo} {event.plover}" if event else "none"
            misses.append(f"{record.event:9} got {got:16} | {record.text[:110]}")
    return split, misses


GENERIC_ORGS = frozenset({"IGO", "NGO", "IMG"})


def country_codes() -> frozenset[str]:
    """ISO 3166 codes from the actor base's country table (first column)."""
    from importlib.resources import files

    table = Path(str(files("tidings") / "data" / "actors" / "countries.tsv"))
    if not table.is_file():
        return frozenset()
    lines = table.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines if line and not line.startswith("#"))


def country_matches(got: str | None, gold: set[str], countries: frozenset[str]) -> bool:
    """Same code; or the gold's generic IGO/NGO code for an organization the base codes by name
    (PLOVER writes "IGO" where the actor base says "UN", "ICRC", "AMNESTY")."""
    if not got:
        return False
    if got in gold:
        return True
    return bool(gold & GENERIC_ORGS) and got not in countries


def _score_actor(tally: Tally | _Item, role: str, actor: Any, gold: tuple[tuple[str, str], ...],
                 known_countries: frozenset[str]) -> None:
    countries = {c for c, _ in gold if c}
    if countries:
        got = actor.country if actor is not None else None
        tally.add(f"{role}_country", country_matches(got, countries, known_countries))
    sectors = {s for _, s in gold if s and s != "***"}
    if sectors:
        tally.add(f"{role}_sector", actor is not None and (actor.sector or "")[:3] in sectors)


# --- ConfliBERT quad classes -------------------------------------------------------------------------


def load_quad(path: Path) -> list[tuple[str, int]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text and label.strip().isdigit():
            out.append((text, int(label)))
    return out


def score_quad(items: list[tuple[str, int]], coder: Coder) -> tuple[SplitTally, Counter[tuple[int, int]]]:
    """Quad-class figures by half; sentences are keyed by their position in the file."""
    split = SplitTally(list(range(len(items))))
    confusion: Counter[tuple[int, int]] = Counter()
    coded = coder([(text, None) for text, _ in items])
    for index, ((_, gold), (doc, events)) in enumerate(zip(items, coded, strict=True)):
        tally = _Item(split, index)
        event = primary_event(doc, events)
        predicted = quad_label(event)
        confusion[(gold, predicted)] += 1
        tally.add("quad_accuracy", predicted == gold)
        tally.add("quad_accuracy_strict", event is not None and predicted == gold)
        tally.add("has_event_recall", event is not None)
        if event is not None:  # of the sentences given an event, how many got the right class
            tally.add("coded_class_precision", predicted == gold)
            if predicted == 0:  # statements and appeals: the class a loose statement coder would inflate
                tally.add("statement_precision", gold == 0)
    return split, confusion


# --- PETRARCH functional tests ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PetrarchCase:
    id: str
    category: str
    date: str | None
    text: str
    expected: tuple[tuple[str, str, str], ...]  # (source code, target code, event code)
    no_events: bool


def _petrarch_date(raw: str | None) -> str | None:
    if raw and re.fullmatch(r"\d{8}", raw):
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    return None


def load_petrarch(path: Path) -> list[PetrarchCase]:
    root = ET.parse(path).getroot()
    out = []
    for sentence in root.iter("Sentence"):
        text_node = sentence.find("Text")
        if text_node is None or not (text_node.text or "").strip():
            continue
        text = " ".join((text_node.text or "").split())
        codings = sentence.findall("EventCoding")
        expected = tuple((c.get("sourcecode", ""), c.get("targetcode", ""), c.get("eventcode", ""))
                         for c in codings if c.get("eventcode"))
        no_events = any(c.get("noevents") for c in codings) or not expected
        out.append(PetrarchCase(sentence.get("id", ""), sentence.get("category", ""),
                                _petrarch_date(sentence.get("date")), text, expected, no_events))
    return out


def _petrarch_match(expected: tuple[str, str, str], events: list[Event]) -> bool:
    source, target, code = expected
    for event in events:
        got_source = event.source.code if event.source else "---"
        got_target = event.target.code if event.target else "---"
        pairs = [(got_source, got_target)] + ([(got_target, got_source)] if event.reciprocal else [])
        if event.cameo == code and any(s == source and t == target for s, t in pairs):
            return True
    return False


def score_petrarch(cases: list[PetrarchCase], coder: Coder) -> tuple[SplitTally, list[str]]:
    """Functional-test figures by half; cases are keyed by their id."""
    split = SplitTally([c.id for c in cases])
    misses: list[str] = []
    coded = coder([(c.text, c.date) for c in cases])
    for index, (case, (_, events)) in enumerate(zip(cases, coded, strict=True)):
        tally = _Item(split, index)
        if case.no_events:
            tally.add(f"no_event:{case.category}", not events)
            continue
        for expected in case.expected:
            ok = _petrarch_match(expected, events)
            tally.add("codings", ok)
            tally.add(f"category:{case.category}", ok)
            if not ok:
                got = ", ".join(f"{e.source.code if e.source else '---'}-{e.cameo}-"
                                f"{e.target.code if e.target else '---'}" for e in events) or "none"
                misses.append(f"{case.id:12} want {'-'.join(expected):18} got {got[:60]} | {case.text[:70]}")
    return split, misses


def lines_of(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


# --- PLV (PLOVER root types of news sentences) -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlvSentence:
    id: str
    text: str
    root: str  # gold PLOVER root type


def load_plv(path: Path) -> list[PlvSentence]:
    """PLV_train.tsv rows with a sentence and a gold root (measure only: the file has no licence)."""
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [PlvSentence(r["sentence_id"], r["sentence"], PLOVER_RENAMES.get(r["gold_root"], r["gold_root"]))
            for r in rows if r.get("sentence") and r.get("gold_root")]


YIELD_NAMES = frozenset({"YIELD", "RETREAT", "CONCEDE"})


def same_plover(got: str | None, gold: str) -> bool:
    """PLOVER 0.8's YIELD is what older tables call RETREAT and CONCEDE (the two halves of CAMEO 08)."""
    if not got:
        return False
    return got == gold or (got in YIELD_NAMES and gold in YIELD_NAMES)


def score_plv(items: list[PlvSentence], coder: Coder) -> tuple[SplitTally, list[str]]:
    """Root type accuracy of the primary event, overall and by gold type; keyed by sentence_id."""
    split = SplitTally([s.id for s in items])
    misses: list[str] = []
    coded = coder([(s.text, None) for s in items])
    for index, (item, (doc, events)) in enumerate(zip(items, coded, strict=True)):
        event = primary_event(doc, events)
        got = event.plover if event is not None else None
        ok = same_plover(got, item.root)
        split.add(index, "root_accuracy", ok)
        split.add(index, "has_event", event is not None)
        split.add(index, f"type:{item.root}", ok)
        if not ok:
            misses.append(f"{item.root:9} got {(event.cameo + ' ' + (got or '')) if event else 'none':16} | "
                          f"{item.text[:110]}")
    return split, misses


# --- real news pages (gold/realnews) -----------------------------------------------------------------

REALNEWS_GOLD = Path("gold/realnews/dev.json")
REALNEWS_SCORER = Path("tools/score_realnews.py")


def realnews_events(shared: Path, work: Path) -> Path:
    """Ingest the gold pages (named `<id>.html`) into a fresh store; the events as JSON lines."""
    import gzip
    import subprocess
    import sys

    gold = json.loads((shared / REALNEWS_GOLD).read_text(encoding="utf-8"))
    pages = work / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    for article in gold["articles"]:
        (pages / f"{article['id']}.html").write_bytes(gzip.decompress((shared / article["file"]).read_bytes()))
    tidings = [sys.executable, "-m", "tidings"]
    store, events = work / "s.db", work / "e.jsonl"
    subprocess.run([*tidings, "ingest", "--db", str(store), str(pages)], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with events.open("w", encoding="utf-8") as out:
        subprocess.run([*tidings, "events", "--db", str(store), "--format", "jsonl"], check=True, stdout=out)
    return events


def realnews_gold_halves(shared: Path, work: Path) -> dict[str, Path]:
    """The gold file cut by article id into the tune and check halves (and the whole file as `all`)."""
    from tidings.eval.split import split_keys

    gold = json.loads((shared / REALNEWS_GOLD).read_text(encoding="utf-8"))
    tune, check = split_keys(a["id"] for a in gold["articles"])
    files = {"all": shared / REALNEWS_GOLD}
    for name, keys in (("tune", tune), ("check", check)):
        files[name] = work / f"gold-{name}.json"
        files[name].write_text(json.dumps(dict(gold, articles=[a for a in gold["articles"] if a["id"] in keys])),
                               encoding="utf-8")
    return files


def score_realnews(shared: Path, work: Path) -> dict[str, dict[str, Any]]:
    """The shared scorer's figures on each half and the whole set."""
    import subprocess
    import sys

    events = realnews_events(shared, work)
    out: dict[str, dict[str, Any]] = {}
    for half in ("tune", "check", "all"):
        gold = realnews_gold_halves(shared, work)[half]
        done = subprocess.run([sys.executable, str(shared / REALNEWS_SCORER), str(gold), str(events), "--json"],
                              check=True, capture_output=True, text=True)
        out[half] = json.loads(done.stdout.strip().splitlines()[-1])
    return out
