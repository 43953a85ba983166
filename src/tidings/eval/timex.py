"""Score the temporal engine against TimeML gold in CAT XML (MEANTIME), the TempEval-3 way.

Extent: strict (same span) and relaxed (overlap) precision, recall and F1. Attributes (type,
value) are scored on relaxed-matched pairs: precision over system timexes, recall over gold
ones (TempEval-3). Two settings: end to end, and with gold spans given (the value accuracy of
normalization alone). dateparser runs beside it on the same documents as the baseline.

Conventions, documented in docs/time.md: the text is rebuilt from the gold tokens (one
sentence a line); each document is anchored at its creation time (DCT), and a system timex on
the DCT's own words (the dateline) is not scored, since the gold marks it as metadata, not as
an in-text timex. MEANTIME annotates only the first sentences of each article (title, dateline
and the next four: sentences 0-5), so only system timexes there are scored; the system still
reads the whole text. Values compare exactly except that decades and centuries may be written
with or without trailing X (199 = 199X).
"""

from __future__ import annotations

import contextlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidings.eval.split import Half, in_half
from tidings.records import Timex

_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", "%", ")", "]", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"}
_NO_SPACE_AFTER = {"(", "[", "$", "#"}


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class GoldDocument:
    name: str
    text: str
    dct: str | None
    dct_span: tuple[int, int] | None
    timexes: list[GoldTimex] = field(default_factory=list)
    scored_end: int = 0  # system timexes starting after this offset are outside the annotated part


def _dct_value(raw: str | None) -> str | None:
    """ISO day of a DCT; MEANTIME also writes DD-MM-YYYY."""
    if not raw:
        return None
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", raw.strip())
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else raw.strip()[:10]


ANNOTATED_SENTENCES = 6  # MEANTIME: sentences 0-5 carry annotation


def _rebuild_text(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]], int]:
    """The document text from its tokens, each token's span, and the end of the annotated part."""
    annotated_end = 0
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    length, sentence, previous = 0, None, ""
    for token in root.iter("token"):
        word = token.text or ""
        if sentence is not None and token.get("sentence") != sentence:
            sep = "\n"
        elif not parts or word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        parts.append(sep + word)
        length += len(sep)
        spans[token.get("t_id", "")] = (length, length + len(word))
        length += len(word)
        if int(token.get("sentence", "0")) < ANNOTATED_SENTENCES:
            annotated_end = length
        sentence, previous = token.get("sentence"), word
    return "".join(parts), spans, annotated_end


def read_cat(path: Path) -> GoldDocument:
    """One CAT XML document: text, DCT and its in-text TIMEX3s."""
    root = ET.parse(path).getroot()
    text, spans, annotated_end = _rebuild_text(root)
    doc = GoldDocument(path.stem, text, None, None, scored_end=annotated_end)
    for node in root.iter("TIMEX3"):
        anchors = [spans[a.get("t_id", "")] for a in node.findall("token_anchor") if a.get("t_id") in spans]
        extent = (min(s for s, _ in anchors), max(e for _, e in anchors)) if anchors else None
        if node.get("functionInDocument") == "CREATION_TIME":
            doc.dct, doc.dct_span = _dct_value(node.get("value")), extent
        elif extent is not None:
            start, end = extent
            doc.timexes.append(GoldTimex(start, end, text[start:end], node.get("type", ""), node.get("value", "")))
    return doc


def read_corpus(folder: Path) -> list[GoldDocument]:
    return [read_cat(p) for p in sorted(folder.rglob("*.xml"))]


# ---- scoring ---------------------------------------------------------------------------


@dataclass(slots=True)
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def same_value(system: str, gold: str) -> bool:
    def canon(v: str) -> str:
        v = v.strip().upper()
        return v.rstrip("X") if re.fullmatch(r"\d{2,3}X*", v) else v

    return canon(system) == canon(gold)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _pairs(gold: list[GoldTimex], system: list[Timex]) -> list[tuple[GoldTimex, Timex]]:
    """One-to-one relaxed matches, the largest overlaps first."""
    scored = [
        (_overlap((g.start, g.end), (s.start, s.end)), gi, si)
        for gi, g in enumerate(gold)
        for si, s in enumerate(system)
        if _overlap((g.start, g.end), (s.start, s.end)) > 0
    ]
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, gi, si in sorted(scored, reverse=True):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gold[gi], system[si]))
    return pairs


def score_document(doc: GoldDocument, system: list[Timex], only_type: str | None = None) -> Counts:
    """Counts for one document; with `only_type`, gold of that type and the system timexes that
    match it or, matching no gold timex, claim that type."""
    system = [s for s in system if s.start < doc.scored_end]
    if doc.dct_span is not None:
        dct = doc.dct_span
        system = [s for s in system if _overlap(dct, (s.start, s.end)) <= 0]
    gold = doc.timexes
    if only_type:
        others = [g for g in gold if g.type != only_type]
        gold = [g for g in gold if g.type == only_type]
        system = [s for s in system if not any(_overlap((o.start, o.end), (s.start, s.end)) > 0 for o in others)
                  or any(_overlap((g.start, g.end), (s.start, s.end)) > 0 for g in gold)]
        system = [s for s in system if s.type == only_type
                  or any(_overlap((g.start, g.end), (s.start, s.end)) > 0 for g in gold)]
    counts = Counts(gold=len(gold), system=len(system))
    for g, s in _pairs(gold, system):
        counts.relaxed += 1
        counts.strict += (g.start, g.end) == (s.start, s.end)
        counts.type_ok += g.type == s.type
        counts.value_ok += same_value(s.value, g.value)
    return counts


System = Callable[[GoldDocument, Any], list[Timex]]


@dataclass(slots=True)
class Report:
    name: str
    counts: Counts
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, text, gold, system

    def figures(self) -> dict[str, float]:
        c = self.counts
        strict, relaxed, typ, val = (c.prf(x) for x in (c.strict, c.relaxed, c.type_ok, c.value_ok))
        return {
            "gold": c.gold,
            "system": c.system,
            "strict_p": strict[0], "strict_r": strict[1], "strict_f1": strict[2],
            "relaxed_p": relaxed[0], "relaxed_r": relaxed[1], "relaxed_f1": relaxed[2],
            "type_f1": typ[2],
            "value_p": val[0], "value_r": val[1], "value_f1": val[2],
            "value_accuracy_of_matched": c.value_ok / c.relaxed if c.relaxed else 0.0,
        }


def evaluate(
    docs: Iterable[GoldDocument], system: System, name: str, parsed: dict[str, Any], only_type: str | None
) -> Report:
    total = Counts()
    errors: list[tuple[str, str, str, str]] = []
    for doc in docs:
        found = system(doc, parsed.get(doc.name))
        counts = score_document(doc, found, only_type)
        total.add(counts)
        errors.extend(_errors(doc, found, only_type))
    return Report(name, total, errors)


def _errors(doc: GoldDocument, found: list[Timex], only_type: str | None) -> list[tuple[str, str, str, str]]:
    gold = [g for g in doc.timexes if only_type is None or g.type == only_type]
    found = [s for s in found if s.start < doc.scored_end]
    matched = {id(g): s for g, s in _pairs(gold, found)}
    out = []
    for g in gold:
        s = matched.get(id(g))
        if s is None or not same_value(s.value, g.value):
            out.append((doc.name, g.text, g.value, f"{s.value} ({s.text})" if s else "-"))
    return out


# ---- the systems compared ----------------------------------------------------------------


def tidings_end_to_end(doc: GoldDocument, parsed: Any) -> list[Timex]:
    """The pipeline's call: the DCT as the page's date (missing for a few: then inferred); ranges
    written as TimeML writes them (two ends)."""
    from tidings.time import analyze_time
    from tidings.time.timeml import timeml_timexes

    return timeml_timexes(analyze_time(doc.text, doc.dct, parsed)[1])


def tidings_gold_spans(doc: GoldDocument, parsed: Any) -> list[Timex]:
    from tidings.time import analyze_time, resolve_spans

    story = analyze_time(doc.text, doc.dct, parsed)[0]
    anchor = story.date.value if story.date else None
    return resolve_spans(doc.text, [(g.start, g.end) for g in doc.timexes], anchor, parsed)


def _dateparser_value(parser: Any, text: str) -> str | None:
    """dateparser's reading of one string at the precision it reports (day, month, year, week)."""
    try:
        data = parser.get_date_data(text)
    except (ValueError, TypeError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    day, period = data.date_obj.date(), data.period
    if period == "year":
        return f"{day.year:04d}"
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if period == "week":
        iso = day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    return day.isoformat()


def _dateparser(dct: str | None) -> Any:
    from datetime import datetime

    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if dct:
        with contextlib.suppress(ValueError):
            settings["RELATIVE_BASE"] = datetime.fromisoformat(dct[:10])
    return DateDataParser(languages=["en"], settings=settings)


def dateparser_gold_spans(doc: GoldDocument, parsed: Any) -> list[Timex]:
    parser = _dateparser(doc.dct)
    out = []
    for g in doc.timexes:
        value = _dateparser_value(parser, g.text)
        if value:
            out.append(Timex(g.start, g.end, g.text, "DATE", value))
    return out


def dateparser_end_to_end(doc: GoldDocument, parsed: Any) -> list[Timex]:
    from datetime import datetime

    from dateparser.search import search_dates

    parser = _dateparser(doc.dct)
    base: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if doc.dct:
        base["RELATIVE_BASE"] = datetime.fromisoformat(doc.dct[:10])
    out: list[Timex] = []
    for line_start, line in _lines(doc.text):
        try:
            found = search_dates(line, languages=["en"], settings=base) or []
        except (ValueError, TypeError, OverflowError, AttributeError):
            continue
        cursor = 0
        for piece, _when in found:
            at = line.find(piece, cursor)
            if at < 0:
                continue
            cursor = at + len(piece)
            value = _dateparser_value(parser, piece)
            if value:
                start = line_start + at
                out.append(Timex(start, start + len(piece), piece, "DATE", value))
    return out


def _lines(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


TYPES = ("TIME", "DURATION", "SET")


def documents_of_half(docs: list[GoldDocument], half: Half) -> list[GoldDocument]:
    """The documents of one half of the fixed tune/check split (by document name), or all."""
    return [d for d, keep in zip(docs, in_half([d.name for d in docs], half), strict=True) if keep]


def benchmark(folder: Path, nlp: Any = None, baseline: bool = True, half: Half = "all") -> list[Report]:
    """The runs on one corpus (or one half of it): DATE timexes and all TIMEX3 types (end to end, gold
    spans; tidings, and dateparser in the same table), then tidings end to end on each other type."""
    docs = documents_of_half(read_corpus(folder), half)
    parsed = {d.name: nlp(d.text) for d in docs} if nlp is not None else {}
    reports = [
        evaluate(docs, tidings_end_to_end, "tidings end-to-end (DATE)", parsed, "DATE"),
        evaluate(docs, tidings_gold_spans, "tidings gold spans (DATE)", parsed, "DATE"),
        evaluate(docs, tidings_end_to_end, "tidings end-to-end (all types)", parsed, None),
        evaluate(docs, tidings_gold_spans, "tidings gold spans (all types)", parsed, None),
    ]
    if baseline:
        reports += [
            evaluate(docs, dateparser_end_to_end, "dateparser end-to-end (DATE)", parsed, "DATE"),
            evaluate(docs, dateparser_gold_spans, "dateparser gold spans (DATE)", parsed, "DATE"),
            evaluate(docs, dateparser_end_to_end, "dateparser end-to-end (all types)", parsed, None),
            evaluate(docs, dateparser_gold_spans, "dateparser gold spans (all types)", parsed, None),
        ]
    reports += [evaluate(docs, tidings_end_to_end, f"tidings end-to-end ({t})", parsed, t) for t in TYPES]
    return reports


def benchmark_by_folder(folder: Path, nlp: Any = None) -> dict[str, list[Report]]:
    """DATE figures per topic folder (MEANTIME's four corpora): how much they vary from one kind of
    news to another, which says more about held-out text than the pooled figure alone."""
    docs = read_corpus(folder)
    parsed = {d.name: nlp(d.text) for d in docs} if nlp is not None else {}
    groups: dict[str, list[GoldDocument]] = {}
    for path, doc in zip(sorted(folder.rglob("*.xml")), docs, strict=True):
        groups.setdefault(str(path.parent.relative_to(folder)), []).append(doc)
    return {
        name: [
            evaluate(members, tidings_end_to_end, "tidings end-to-end (DATE)", parsed, "DATE"),
            evaluate(members, tidings_gold_spans, "tidings gold spans (DATE)", parsed, "DATE"),
            evaluate(members, dateparser_gold_spans, "dateparser gold spans (DATE)", parsed, "DATE"),
        ]
        for name, members in sorted(groups.items())
    }

