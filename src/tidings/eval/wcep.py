"""How the event pipeline does on real dated news sentences it was not tuned on (`tidings eval wcep`).

The Wikipedia Current Events Portal lists each day's happenings as one-sentence bullets under a
category heading ("Armed conflicts and attacks", "Sports" ...). There is no event-level gold, but the
page gives three checks that need none:

- the category says whether a bullet should yield a political event at all (event recall on
  "Armed conflicts and attacks", "International relations" ...; a "precision proxy" on "Sports",
  "Arts and culture" ..., reported, not gated on: a sports bullet can hold a real event);
- the page date is the day the bullet happened, so the main event's date should fall within a day
  of it when the page date is given as the anchor (WCEP follows UTC, hence the day of slack);
- the countries the bullet names (found with the actor base's own country names, adjectives and
  capitals) should include the source's or the target's country.

The category's event mix (quad classes, PLOVER types) is reported for a reader to judge. Metric
functions are pure over `CodedBullet`s so tests can build them by hand; `code_bullets` runs the
pipeline. Page dates are checked against the dates in the source URLs, because two upstream day
files carry a wrong front-matter date (see `corrected_dates`).
"""

from __future__ import annotations

import difflib
import gzip
import json
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.eval.events import Tally
from tidings.records import Event, Timex

CATEGORIES = (
    "Armed conflicts and attacks", "International relations", "Politics and elections", "Law and crime",
    "Disasters and accidents", "Business and economy", "Health and environment", "Arts and culture",
    "Sports", "Science and technology",
)
EVENT_CATEGORIES = CATEGORIES[:5]
NON_EVENT_CATEGORIES = ("Arts and culture", "Sports", "Science and technology")
# Quad classes a bullet's main event may plausibly have; anything else goes to the "wrong type" list
# (statements and appeals, CAMEO 01-02, are never listed: they fit any category).
EXPECTED_QUADS: dict[str, frozenset[int]] = {
    "Armed conflicts and attacks": frozenset({3, 4}),
    "Disasters and accidents": frozenset({1, 2, 3}),
    "Arts and culture": frozenset({1, 2, 3}),
    "Sports": frozenset({1, 2, 3}),
    "Science and technology": frozenset({1, 2, 3}),
    "Health and environment": frozenset({1, 2, 3}),
    "Business and economy": frozenset({1, 2, 3}),
}
DEFAULT_SIZE = 400
DEFAULT_SEED = 20250101
DEFAULT_FLOOR = 25
# Main verbs that state rather than report a happening; bullets built on them are not listed as missed events.
COPULAS = frozenset({"be", "become", "remain"})
MONTHS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d", re.IGNORECASE)
DISTANCE_BUCKETS = (1, 7, 31, 183)
FAILURE_QUOTAS = (("no_event", 14), ("wrong_date", 9), ("wrong_actor", 9), ("wrong_type", 8))
FAILURE_TITLES = {
    "no_event": "No event found for a clear event verb",
    "wrong_date": "Wrong date (main event more than a day from the page date)",
    "wrong_actor": "Wrong actor (countries named in the bullet, none on the event)",
    "wrong_type": "Wrong type (quad class unlikely for the category)",
}


# --- the corpus ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bullet:
    """One dated WCEP bullet; `date` is the page date used as anchor (corrected, see `corrected_dates`)."""

    id: str
    date: str
    category: str
    text: str
    listed_date: str = ""
    topic: tuple[str, ...] = ()


def canonical_category(raw: str) -> str:
    """The portal's heading with its variants folded ("Law and Crime", "Attacks and armed conflicts",
    "Business and econony"): same words in any order, else the closest known heading."""
    words = sorted(raw.lower().split())
    for name in CATEGORIES:
        if sorted(name.lower().split()) == words:
            return name
    close = difflib.get_close_matches(raw.lower(), [c.lower() for c in CATEGORIES], n=1, cutoff=0.75)
    if close:
        return next(c for c in CATEGORIES if c.lower() == close[0])
    return raw.strip()


_URL_DATES = (
    re.compile(r"/(20\d\d)/(\d\d)/(\d\d)(?:/|$)"),
    re.compile(r"(?<!\d)(20\d\d)-(\d\d)-(\d\d)(?!\d)"),
    re.compile(r"/(20\d\d)(\d\d)(\d\d)(?:[/_.-])"),
)


def url_date(url: str) -> str | None:
    """The publication day many news URLs carry (/2025/04/09/, 2025-04-09, /20250409/), if any."""
    for pattern in _URL_DATES:
        match = pattern.search(url)
        if match:
            try:
                return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
            except ValueError:
                continue
    return None


def corrected_dates(rows: Iterable[Mapping[str, Any]], max_gap_days: int = 7) -> dict[str, str]:
    """Day file -> the date its source URLs agree on, for files whose front-matter date is off by more
    than `max_gap_days` (upstream bot defects: a 2020-12-20 file holding 2025-04-09 events). Needs at
    least two dated URLs in the file and the commonest URL date held by half of them."""
    seen: dict[str, tuple[str, list[str]]] = {}
    for row in rows:
        listed, dates = seen.setdefault(str(row.get("file") or row["date"]), (str(row["date"]), []))
        dates.extend(d for s in row.get("sources") or () if (d := url_date(str(s.get("url", "")))))
    fixes = {}
    for name, (listed, dates) in seen.items():
        if len(dates) < 2:
            continue
        common, count = Counter(dates).most_common(1)[0]
        if 2 * count >= len(dates) and abs(_days_between(common, listed)) > max_gap_days:
            fixes[name] = common
    return fixes


def _days_between(a: str, b: str) -> int:
    return (date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days


def read_rows(path: Path) -> list[dict[str, Any]]:
    """The lines of events.jsonl(.gz); a TidingsError naming the file when it cannot be read."""
    try:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as stream:
            return [json.loads(line) for line in stream if line.strip()]
    except OSError as exc:
        raise TidingsError("T100", str(path), f"cannot read WCEP events ({exc.strerror or exc})") from exc
    except (ValueError, EOFError) as exc:
        raise TidingsError("T106", str(path), f"not WCEP events.jsonl(.gz) ({exc})") from exc


def bullets_from_rows(rows: Sequence[Mapping[str, Any]]) -> list[Bullet]:
    """Bullets with canonical categories and corrected page dates; ids are `day-file#n`."""
    fixes = corrected_dates(rows)
    numbers: Counter[str] = Counter()
    out = []
    for row in rows:
        if not row.get("text") or not row.get("date"):
            continue
        file = str(row.get("file") or row["date"])
        numbers[file] += 1
        out.append(Bullet(f"{file}#{numbers[file]}", fixes.get(file, str(row["date"])),
                          canonical_category(str(row.get("category") or "")), str(row["text"]),
                          str(row["date"]), tuple(row.get("topic_path") or ())))
    return out


def stratified_sample(bullets: Sequence[Bullet], size: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED,
                      floor: int = DEFAULT_FLOOR) -> list[Bullet]:
    """A fixed random sample: every category gets `floor` bullets (or all it has), the rest of `size`
    is shared in proportion to category size (largest remainder). Same input and seed, same sample."""
    groups: dict[str, list[Bullet]] = defaultdict(list)
    for bullet in sorted(bullets, key=lambda b: b.id):
        groups[bullet.category].append(bullet)
    quotas = _quotas({c: len(g) for c, g in groups.items()}, size, floor)
    rng = random.Random(seed)
    picked: list[Bullet] = []
    for category in sorted(groups):
        picked.extend(rng.sample(groups[category], quotas[category]))
    return picked


def _quotas(sizes: Mapping[str, int], size: int, floor: int) -> dict[str, int]:
    base = {c: min(n, floor) for c, n in sizes.items()}
    rest = max(0, size - sum(base.values()))
    spare = {c: n - base[c] for c, n in sizes.items()}
    total = sum(spare.values()) or 1
    shares = {c: rest * s / total for c, s in spare.items()}
    quotas = {c: base[c] + min(spare[c], int(shares[c])) for c in sizes}
    left = min(size, sum(sizes.values())) - sum(quotas.values())
    for c in sorted(sizes, key=lambda c: (int(shares[c]) - shares[c], c)):
        if left <= 0:
            break
        if quotas[c] < sizes[c]:
            quotas[c] += 1
            left -= 1
    return quotas


# --- countries a bullet names --------------------------------------------------------------------


def country_names(base: Any) -> dict[str, str]:
    """Name, adjective or capital -> country code, from the actor base's country table."""
    names = {}
    for alias, hit, _ in base.names:
        actor = base.actors.get(hit.actor_id) if hit.actor_id else None
        if actor is not None and actor.kind == "country" and hit.style in ("name", "adj", "capital"):
            names[alias] = actor.country or actor.id
    return names


class CountryFinder:
    """Finds the countries a text names, as written (case-sensitive, whole words, longest name first)."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = dict(names)
        alternatives = "|".join(re.escape(n) for n in sorted(self.names, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])") if alternatives else None

    def __call__(self, text: str) -> frozenset[str]:
        if self.pattern is None:
            return frozenset()
        return frozenset(self.names[m.group(0)] for m in self.pattern.finditer(text) if m.group(0) in self.names)


# --- coded bullets and the metrics ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CodedBullet:
    """A bullet with what tidings made of it. `primary` is its main event (see `main_event`);
    `main_verbs` are the lemmas of its sentences' roots, `event_verbs` those of the coded events' verbs."""

    bullet: Bullet
    events: tuple[Event, ...] = ()
    primary: Event | None = None
    timexes: tuple[Timex, ...] = ()
    countries: frozenset[str] = frozenset()
    main_verbs: tuple[str, ...] = ()
    event_verbs: tuple[str, ...] = ()
    sentences: int = 1


def _rate(right: int, of: int) -> dict[str, Any]:
    return {"rate": round(right / of, 3) if of else None, "right": right, "of": of}


def event_recall(coded: Sequence[CodedBullet]) -> dict[str, Any]:
    """Share of bullets with at least one coded event: pooled over the event-like and the non-event
    categories (the latter is the precision proxy), and per category."""
    def share(items: list[CodedBullet]) -> dict[str, Any]:
        return _rate(sum(1 for c in items if c.events), len(items))

    per_category: dict[str, list[CodedBullet]] = defaultdict(list)
    for c in coded:
        per_category[c.bullet.category].append(c)
    return {
        "event_recall": share([c for c in coded if c.bullet.category in EVENT_CATEGORIES]),
        "factual_event_recall": _rate(sum(1 for c in coded if c.bullet.category in EVENT_CATEGORIES and any(
            e.mode == "factual" for e in c.events)), sum(1 for c in coded if c.bullet.category in EVENT_CATEGORIES)),
        "non_event_categories_with_event": share([c for c in coded if c.bullet.category in NON_EVENT_CATEGORIES]),
        "by_category": {k: share(v) for k, v in sorted(per_category.items())},
    }


def date_distance(event: Event, page_date: str) -> int | None:
    """Days between the event's date interval and the page date (0 if it contains it); None if undated."""
    if event.date is None or not event.date.earliest or not event.date.latest:
        return None
    try:
        if _days_between(event.date.latest, page_date) < 0:
            return _days_between(page_date, event.date.latest)
        return max(0, _days_between(event.date.earliest, page_date))
    except ValueError:
        return None


def on_the_day(event: Event, page_date: str, tolerance: int = 1) -> bool:
    distance = date_distance(event, page_date)
    return distance is not None and distance <= tolerance


def date_origin(event: Event) -> str:
    """"timex" when an expression in the sentence dated the event, "anchor" when the story date did."""
    return "timex" if event.date_span is not None else "anchor"


def date_accuracy(coded: Sequence[CodedBullet], tolerance: int = 1) -> dict[str, Any]:
    """Factual events dated within `tolerance` days of the page date: all of them and the bullets' main
    events, each split by where the date came from; undated events are counted apart."""
    tally = Tally()
    undated = 0
    for c in coded:
        for event in c.events:
            if event.mode != "factual":
                continue
            distance = date_distance(event, c.bullet.date)
            if distance is None:
                undated += 1
                continue
            ok = distance <= tolerance
            tally.add("all", ok)
            tally.add(f"all_from_{date_origin(event)}", ok)
            if event is c.primary:
                tally.add("main", ok)
                tally.add(f"main_from_{date_origin(event)}", ok)
    with_factual = [c for c in coded if any(e.mode == "factual" and e.date for e in c.events)]
    figures: dict[str, Any] = tally.as_dict()
    figures["bullets_with_an_event_on_the_day"] = _rate(sum(1 for c in with_factual if any(
        e.mode == "factual" and on_the_day(e, c.bullet.date, tolerance) for e in c.events)), len(with_factual))
    figures["undated_factual_events"] = undated
    return figures


def anchored_day_timexes(coded: Sequence[CodedBullet], window: int = 7) -> dict[str, Any]:
    """Day-precision expressions resolved against the anchor, split in two. Deictic ones ("on Monday",
    "yesterday", "two days earlier": no digit, no month name) should land within `window` days of the
    page date. Calendar days without a year ("March 6") get the distance distribution, because a bullet
    may name a day weeks away; more than half a year off usually means the wrong year was chosen."""
    deictic = Tally()
    buckets: Counter[str] = Counter()
    for c in coded:
        for timex in c.timexes:
            if timex.anchor_used is None or timex.type != "DATE" or len(timex.value) != 10:
                continue
            try:
                distance = abs(_days_between(timex.value, c.bullet.date))
            except ValueError:
                continue
            if MONTHS.search(timex.text):
                buckets[_bucket(distance)] += 1
            else:
                deictic.add("deictic_within_window", distance <= window)
    return deictic.as_dict() | {"calendar_days_without_year": dict(sorted(buckets.items()))}


def _bucket(distance: int) -> str:
    return next((f"<={limit}d" for limit in DISTANCE_BUCKETS if distance <= limit), f">{DISTANCE_BUCKETS[-1]}d")


def actor_matches(event: Event, countries: frozenset[str]) -> bool:
    return any(a is not None and a.country in countries for a in (event.source, event.target))


def has_organization(event: Event, known_countries: frozenset[str]) -> bool:
    """An actor coded by an organization or group code (UN, IMG, ICC ...) rather than a country
    (always False when the country list is not known)."""
    actors = (event.source, event.target)
    return bool(known_countries) and any(a is not None and a.country and a.country not in known_countries
                                         for a in actors)


def unresolved(event: Event) -> bool:
    """Neither actor has a country (absent, or known only by a sector word such as "people")."""
    return all(a is None or not a.country for a in (event.source, event.target))


def actor_plausibility(coded: Sequence[CodedBullet], known_countries: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Events whose source or target country is among the countries the bullet names (bullets naming
    at least one), for all events and main events; the same counting an organization code (not in
    `known_countries`) as plausible; events with no actor country at all; events with no source."""
    tally = Tally()
    for c in coded:
        for event in c.events:
            tally.add("both_actors_without_country", unresolved(event))
            tally.add("both_actors_absent", event.source is None and event.target is None)
            tally.add("source_absent", event.source is None)
            if c.countries:
                tally.add("actor_country_named", actor_matches(event, c.countries))
                tally.add("actor_country_named_or_organization",
                          actor_matches(event, c.countries) or has_organization(event, known_countries))
                if event is c.primary:
                    tally.add("main_actor_country_named", actor_matches(event, c.countries))
    return tally.as_dict()


def type_distribution(coded: Sequence[CodedBullet]) -> dict[str, Any]:
    """Per category: main events' quad classes and commonest PLOVER types, plus two consistency
    shares (armed conflicts mostly quad 4 / ASSAULT, international relations mostly quad 1-2)."""
    quads: dict[str, Counter[int]] = defaultdict(Counter)
    plovers: dict[str, Counter[str]] = defaultdict(Counter)
    for c in coded:
        if c.primary is not None:
            quads[c.bullet.category][c.primary.quad_class] += 1
            plovers[c.bullet.category][c.primary.plover or "-"] += 1
    by_category = {k: {"main_events": sum(quads[k].values()), "quad": dict(sorted(quads[k].items())),
                       "plover": dict(plovers[k].most_common(5))} for k in sorted(quads)}
    conflict, relations = "Armed conflicts and attacks", "International relations"
    return {
        "by_category": by_category,
        "armed_conflict_main_quad4": _rate(quads[conflict][4], sum(quads[conflict].values())),
        "armed_conflict_main_assault": _rate(plovers[conflict]["ASSAULT"], sum(plovers[conflict].values())),
        "international_relations_main_quad12": _rate(quads[relations][1] + quads[relations][2],
                                                     sum(quads[relations].values())),
    }


@dataclass(frozen=True, slots=True)
class Figures:
    """Everything `tidings eval wcep` reports."""

    bullets: int
    recall: dict[str, Any]
    dates: dict[str, Any]
    anchored_timexes: dict[str, Any]
    actors: dict[str, Any]
    types: dict[str, Any]
    speed: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"bullets": self.bullets, "recall": self.recall, "dates": self.dates,
                "anchored_day_timexes": self.anchored_timexes, "actors": self.actors, "types": self.types,
                "speed": self.speed}


def score(coded: Sequence[CodedBullet], speed: Mapping[str, Any] | None = None,
          known_countries: frozenset[str] = frozenset()) -> Figures:
    return Figures(len(coded), event_recall(coded), date_accuracy(coded), anchored_day_timexes(coded),
                   actor_plausibility(coded, known_countries), type_distribution(coded), dict(speed or {}))


# --- failures for the reader ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FailureCase:
    kind: str
    coded: CodedBullet
    note: str
    rank: tuple[Any, ...] = ()


def no_event_failures(coded: Sequence[CodedBullet]) -> list[FailureCase]:
    """Bullets of the political-event categories (not disasters: a fire has no actor) without any
    event, one per main verb, commonest verbs first: a verb missed many times is a missing pattern,
    or, when the same verb is coded in other bullets, a construction the coder does not follow."""
    by_verb: dict[str, list[CodedBullet]] = defaultdict(list)
    coded_verbs = Counter(v for c in coded for v in c.event_verbs)
    for c in coded:
        if c.bullet.category in EVENT_CATEGORIES[:4] and not c.events:
            for verb in dict.fromkeys(c.main_verbs):
                if verb not in COPULAS:
                    by_verb[verb].append(c)
    out = []
    for verb, items in by_verb.items():
        example = min(items, key=lambda c: (len(c.bullet.text), c.bullet.id))
        note = (f"main verb `{verb}`: {len(items)} bullets with no event; "
                f"coded {coded_verbs[verb]} times in other bullets")
        out.append(FailureCase("no_event", example, note, (-len(items), verb)))
    return _distinct(sorted(out, key=lambda f: f.rank))


def date_failures(coded: Sequence[CodedBullet], tolerance: int = 1) -> list[FailureCase]:
    """Factual main events dated more than `tolerance` days off (other events often tell the
    background, "killed in 2022"): expressions resolved against the anchor first, nearest misses first."""
    out = []
    for c in coded:
        event = c.primary
        if event is None or event.mode != "factual" or on_the_day(event, c.bullet.date, tolerance):
            continue
        distance = date_distance(event, c.bullet.date)
        timex = _timex_at(c, event.date_span)
        anchored = timex is not None and timex.anchor_used is not None
        words = c.bullet.text[event.date_span[0]:event.date_span[1]] if event.date_span else "(anchor)"
        note = (f"main event dated {event.date.value if event.date else '-'} from `{words}`"
                f"{' (resolved against the anchor)' if anchored else ''}; page {c.bullet.date}; {distance} days off")
        out.append(FailureCase("wrong_date", c, note, (not anchored, distance if distance is not None else 10**6)))
    return _distinct(sorted(out, key=lambda f: f.rank))


def _timex_at(coded: CodedBullet, span: tuple[int, int] | None) -> Timex | None:
    return next((t for t in coded.timexes if span is not None and (t.start, t.end) == span), None)


def actor_failures(coded: Sequence[CodedBullet], known_countries: frozenset[str] = frozenset()) -> list[FailureCase]:
    """Main events whose actors miss the countries the bullet names: a country not named first (a
    wrong resolution), then no country on either side, then a missing source (an unknown name)."""
    out = []
    for c in coded:
        event = c.primary
        if event is None or not c.countries:
            continue
        if actor_matches(event, c.countries) or has_organization(event, known_countries):
            if event.source is not None:
                continue
            severity = 2
        else:
            severity = 1 if unresolved(event) else 0
        note = f"bullet names {', '.join(sorted(c.countries))}; main event {describe(event)}"
        out.append(FailureCase("wrong_actor", c, note, (severity, len(c.bullet.text))))
    return _distinct(sorted(out, key=lambda f: f.rank))


def type_failures(coded: Sequence[CodedBullet]) -> list[FailureCase]:
    """Main events whose quad class the category makes unlikely (cooperation in an armed-conflict
    bullet, an assault in a disaster or sports bullet); statements and appeals are never listed.
    Categories take turns so one category does not fill the list."""
    by_category: dict[str, list[CodedBullet]] = defaultdict(list)
    for c in coded:
        expected = EXPECTED_QUADS.get(c.bullet.category)
        if c.primary is None or expected is None or c.primary.quad_class in expected:
            continue
        if c.primary.cameo[:2] in ("01", "02"):
            continue
        by_category[c.bullet.category].append(c)
    out = []
    for category, items in sorted(by_category.items()):
        for turn, c in enumerate(sorted(items, key=lambda c: len(c.bullet.text))):
            note = f"{category} bullet, main event {describe(c.primary) if c.primary else '-'}"
            out.append(FailureCase("wrong_type", c, note, (turn, category)))
    return _distinct(sorted(out, key=lambda f: f.rank))


def _distinct(cases: list[FailureCase]) -> list[FailureCase]:
    """One case per bullet, keeping the first (best-ranked)."""
    seen: set[str] = set()
    out = []
    for case in cases:
        if case.coded.bullet.id not in seen:
            seen.add(case.coded.bullet.id)
            out.append(case)
    return out


def pick_failures(coded: Sequence[CodedBullet], total: int = 40,
                  known_countries: frozenset[str] = frozenset()) -> dict[str, list[FailureCase]]:
    """The `total` most informative failures, shared among the kinds by FAILURE_QUOTAS; a kind with
    too few cases leaves its places to the others. A bullet appears under one kind only."""
    pools = {"no_event": no_event_failures(coded), "wrong_date": date_failures(coded),
             "wrong_actor": actor_failures(coded, known_countries), "wrong_type": type_failures(coded)}
    scale = total / sum(q for _, q in FAILURE_QUOTAS)
    quotas = {kind: round(q * scale) for kind, q in FAILURE_QUOTAS}
    picked: dict[str, list[FailureCase]] = {kind: [] for kind, _ in FAILURE_QUOTAS}
    used: set[str] = set()
    for round_quota in (quotas, None):
        for kind, _ in FAILURE_QUOTAS:
            room = (round_quota[kind] if round_quota else total) - len(picked[kind])
            for case in pools[kind]:
                if room <= 0 or sum(len(v) for v in picked.values()) >= total:
                    break
                if case.coded.bullet.id not in used:
                    picked[kind].append(case)
                    used.add(case.coded.bullet.id)
                    room -= 1
    return picked


def describe(event: Event) -> str:
    """One line: CAMEO, PLOVER, quad, mode, source -> target (text and code), date."""
    def actor(a: Any) -> str:
        return "-" if a is None else f"{a.text!r} {a.code}"

    when = event.date.value if event.date else "undated"
    return (f"{event.cameo} {event.plover} q{event.quad_class} {event.mode}: {actor(event.source)} -> "
            f"{actor(event.target)} @ {when}")


def failures_markdown(picked: Mapping[str, list[FailureCase]]) -> str:
    """The failure list for the lead: grouped by kind, bullet text quoted, what tidings coded."""
    lines = ["# WCEP failures (tidings eval wcep)", "",
             "Bullets: Wikipedia contributors, Portal:Current events (CC BY-SA 4.0). Not for the repository.", ""]
    for kind, cases in picked.items():
        if not cases:
            continue
        lines += [f"## {FAILURE_TITLES[kind]} ({len(cases)})", ""]
        for case in cases:
            b = case.coded.bullet
            lines.append(f"- **{b.id}** ({b.date}, {b.category}): {b.text}")
            lines.append(f"  - {case.note}")
            lines += [f"  - coded: {describe(e)}" for e in case.coded.events[:4]]
        lines.append("")
    return "\n".join(lines)


# --- running the pipeline ------------------------------------------------------------------------


def main_event(doc: Any, events: Sequence[Event]) -> Event | None:
    """The event a bullet reports: in its first sentence with events, the one whose verb is highest
    in the parse (the root clause, not "... killed in 2022"), preferring an event over a bare
    statement (CAMEO 01) and then the higher confidence."""
    if not events:
        return None
    pool = [e for e in events if not e.cameo.startswith("01")] or list(events)
    first = min(e.sentence.start for e in pool)
    return min((e for e in pool if e.sentence.start == first),
               key=lambda e: (_depth(doc, e), -e.confidence, e.verb_span or (0, 0)))


def _depth(doc: Any, event: Event) -> int:
    span = doc.char_span(*event.verb_span, alignment_mode="expand") if event.verb_span else None
    return sum(1 for _ in span.root.ancestors) if span is not None and len(span) else 99


def code_bullets(bullets: Sequence[Bullet], base: Any = None,
                 settings: Settings | None = None) -> tuple[list[CodedBullet], dict[str, Any]]:
    """Code every bullet with its page date as anchor; returns the coded bullets and the speed of the
    coding pass alone (parse + actors + timexes + coding, model already loaded)."""
    from dataclasses import replace

    from tidings.analysis import analyzer_for

    analyzer = analyzer_for(settings if settings is not None else Settings())
    if base is not None:
        analyzer = replace(analyzer, actors=base)
    find_countries = CountryFinder(country_names(analyzer.actors))
    list(analyzer.code_texts([("Warm-up sentence.", None)]))
    started = time.perf_counter()
    results = list(analyzer.code_texts([(b.text, b.date) for b in bullets]))
    seconds = time.perf_counter() - started
    coded = [_coded(b, doc, events, find_countries) for b, (doc, events) in zip(bullets, results, strict=True)]
    sentences = sum(c.sentences for c in coded)
    speed = {"seconds": round(seconds, 2), "bullets_per_s": round(len(bullets) / seconds, 1) if seconds else None,
             "sentences": sentences, "sentences_per_s": round(sentences / seconds, 1) if seconds else None}
    return coded, speed


def _actor_base() -> Any:
    from tidings.actors import load_actor_base

    return load_actor_base()


def known_countries(base: Any = None) -> frozenset[str]:
    """The country codes of the actor base (to tell a country from an organization code)."""
    return frozenset(country_names(base if base is not None else _actor_base()).values())


def _coded(bullet: Bullet, doc: Any, events: list[Event], find_countries: CountryFinder) -> CodedBullet:
    from tidings.time import find_timexes

    sentences = list(doc.sents)
    verbs = tuple(s.root.lemma_.lower() for s in sentences)
    event_verbs = tuple(doc.char_span(*e.verb_span, alignment_mode="expand").root.lemma_.lower()
                        for e in events if e.verb_span and doc.char_span(*e.verb_span, alignment_mode="expand"))
    return CodedBullet(bullet, tuple(events), main_event(doc, events),
                       tuple(find_timexes(doc.text, bullet.date, doc=doc)), find_countries(bullet.text),
                       verbs, event_verbs, len(sentences))


# --- the printed report --------------------------------------------------------------------------


def _fmt(figure: Mapping[str, Any] | None) -> str:
    if not figure or figure.get("rate") is None:
        return "  n/a   (0)"
    return f"{figure['rate']:.3f} ({figure['right']}/{figure['of']})"


def render_report(figures: Figures) -> str:
    """A compact text report of `figures` (the JSON has everything)."""
    r, d, a, t, x = figures.recall, figures.dates, figures.actors, figures.types, figures.anchored_timexes
    lines = [f"WCEP bullets coded: {figures.bullets}",
             f"event recall, event-like categories         {_fmt(r['event_recall'])}",
             f"  with a factual event                      {_fmt(r['factual_event_recall'])}",
             f"precision proxy: arts/sports/science w/ event {_fmt(r['non_event_categories_with_event'])}",
             "  by category: " + "; ".join(f"{k} {v['rate']}" for k, v in r["by_category"].items()),
             f"date within 1 day, main factual events      {_fmt(d.get('main'))}",
             f"  from a timex {_fmt(d.get('main_from_timex'))}   from the anchor {_fmt(d.get('main_from_anchor'))}",
             f"date within 1 day, all factual events       {_fmt(d.get('all'))}",
             f"  from a timex {_fmt(d.get('all_from_timex'))}   from the anchor {_fmt(d.get('all_from_anchor'))}",
             f"bullets with a factual event on the day     {_fmt(d.get('bullets_with_an_event_on_the_day'))}"
             f"   (undated factual events: {d.get('undated_factual_events', 0)})",
             f"deictic day timexes within 7 days of anchor {_fmt(x.get('deictic_within_window'))}",
             f"  calendar days without a year, distance: {x.get('calendar_days_without_year')}",
             f"actor country named in bullet, all events   {_fmt(a.get('actor_country_named'))}",
             f"  main events {_fmt(a.get('main_actor_country_named'))}   counting organizations "
             f"{_fmt(a.get('actor_country_named_or_organization'))}",
             f"both actors without country                 {_fmt(a.get('both_actors_without_country'))}"
             f"   no source {_fmt(a.get('source_absent'))}",
             f"armed conflicts: main quad 4 {_fmt(t['armed_conflict_main_quad4'])}, "
             f"ASSAULT {_fmt(t['armed_conflict_main_assault'])}",
             f"international relations: main quad 1-2 {_fmt(t['international_relations_main_quad12'])}"]
    lines += _mix_lines(t["by_category"])
    s = figures.speed
    if s:
        lines.append(f"speed: {s['sentences_per_s']} sentences/s ({s['sentences']} sentences, "
                     f"{s['bullets_per_s']} bullets/s, {s['seconds']} s)")
    return "\n".join(lines)


def _mix_lines(by_category: Mapping[str, Any]) -> list[str]:
    lines = []
    for category, mix in by_category.items():
        quads = " ".join(f"q{q}:{n}" for q, n in mix["quad"].items())
        plover = " ".join(f"{p}:{n}" for p, n in mix["plover"].items())
        lines.append(f"  {category:28} {quads:24} {plover}")
    return lines
