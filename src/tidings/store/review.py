"""Review: an analyst's decisions on events and happenings, kept apart from what the machine derives.

A decision (confirm, reject, correct) is stored once, in `review_decisions`, with its time, reviewer and
reason, keyed to the evidence it is about: the document (its id and content hash), the sentence offsets,
the verb offsets and the sentence text of an event, or the sentence of a statement or fact that a
happening holds. Derived records are thrown away and rebuilt whenever a document is re-analysed (a
re-anchoring) or the store is re-fused, so decisions are never written into them for good: they are
*re-applied* to whatever the analysis re-derives at the same evidence, by

- `apply_to_document`, called inside the transaction that writes a document's analysis (ingest, and
  fusion's re-anchoring), which writes corrections and the `review` mark onto the event rows; and
- `refresh_reviewed`, called after a fusion pass and after every new decision, which takes rejected
  mentions out of their happenings (a happening left with none is dropped, so timelines, trends and
  exports skip it) and gives a corrected happening its corrected type, dyad, date and headline.

Outputs then need only one small filter (`event_clause`, `happening_clause`): skip rejected events by
default, or keep only reviewed ones. The latest decision on an item wins for confirm/reject; corrections
accumulate (a later correction of the date keeps an earlier correction of the target).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from tidings.errors import TidingsError
from tidings.ids import stable_id


class Store(Protocol):
    """What review needs of `tidings.store.sqlite.Store`.

    A protocol rather than an import: the store calls `apply_to_document` while it writes, so
    importing the store here, even for annotations, would make the two modules a cycle.
    """

    conn: sqlite3.Connection

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]: ...

    def columns(self, table: str) -> frozenset[str]: ...

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...


STATUS_ACTIONS = ("confirm", "reject", "correct")
GROUP_ACTIONS = ("merge", "split")  # regroup a happening's members; they change no event's coding
ACTIONS = STATUS_ACTIONS + GROUP_ACTIONS
MODES = ("factual", "future", "hypothetical", "negated")
CORRECTABLE = ("cameo", "plover", "mode", "date", "source", "target")
ACTOR_FIELDS = ("text", "actor_id", "name", "country", "sector", "role")
MARK_PREFIX = re.compile(r"^\[corrected: [^\]]*\] ")
HEADLINE_CHARS = 200
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
COLUMNS = ("action", "kind", "item_id", "doc_id", "content_sha", "sentence_start", "sentence_end", "verb_start",
           "verb_end", "evidence", "happening_id", "changes", "original", "reason", "reviewer", "at")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class Decision:
    """One analyst decision about one piece of evidence (an event, or a statement or fact of a happening)."""

    action: str  # confirm | reject | correct
    kind: str  # event | statement | fact
    item_id: str  # the id the item had when decided (events keep it when re-derived from the same code)
    doc_id: str
    content_sha: str
    sentence_start: int
    sentence_end: int
    evidence: str  # the sentence, so a decision can be checked against a re-derived record by eye
    verb_start: int | None = None
    verb_end: int | None = None
    happening_id: str | None = None  # the happening it was decided from, if any (for the record only)
    changes: dict[str, Any] = field(default_factory=dict)  # correct: the corrected fields
    original: dict[str, Any] = field(default_factory=dict)  # the item's coding when decided
    reason: str = ""
    reviewer: str = ""
    at: str = ""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Decision:
        """A decision from one exported JSON line (T501 naming the field when it is not one)."""
        missing = [k for k in ("action", "kind", "item_id", "doc_id", "sentence_start", "sentence_end")
                   if data.get(k) in (None, "")]
        if missing:
            raise TidingsError("T501", f"review decision field {missing[0]}", "every exported line has it")
        if data["action"] not in ACTIONS:
            raise TidingsError("T501", f"review action {data['action']!r}", f"choose {', '.join(ACTIONS)}")
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        known.setdefault("content_sha", "")
        known.setdefault("evidence", "")
        return cls(**known)


# -- writing decisions ---------------------------------------------------------------------------------------


def decide_event(store: Store, event_id: str, action: str, *, reviewer: str, reason: str = "",
                 changes: dict[str, Any] | None = None, happening_id: str | None = None) -> Decision:
    """Record a decision on one stored event and re-apply the review at once (events and happenings)."""
    row = _event_row(store, event_id)
    decision = _event_decision(row, action, reviewer, reason, checked_changes(action, changes), happening_id)
    record(store, [decision])
    return decision


def decide_happening(store: Store, happening_id: str, action: str, *, reviewer: str, reason: str = "",
                     changes: dict[str, Any] | None = None) -> list[Decision]:
    """A decision on a happening is a decision on each of its members, so it holds whatever happening
    a later fusion pass puts them in. A correction goes to its event members only."""
    if action in GROUP_ACTIONS:
        raise TidingsError("T501", f"review {action}", f"use 'tidings review {action}' for happenings")
    decisions = _member_decisions(store, happening_id, action, reviewer, reason, checked_changes(action, changes))
    if not decisions:
        raise TidingsError("T501", f"happening {happening_id}", "it has no coded event to correct")
    record(store, decisions)
    return decisions


def merge_happenings(store: Store, happening_ids: Sequence[str], *, reviewer: str, reason: str = "") -> list[Decision]:
    """Say that two (or more) happenings are one: each member of each is recorded as belonging to one group,
    and after every fusion pass the happenings holding the group's members are merged into the weightiest."""
    ids = list(dict.fromkeys(happening_ids))
    if len(ids) < 2:
        raise TidingsError("T501", "merge", "give two different happening ids")
    group = stable_id("m", *sorted(ids), _now())
    decisions = [d for h in ids for d in _member_decisions(store, h, "merge", reviewer, reason, {"group": group})]
    record(store, decisions)
    return decisions


def split_member(store: Store, happening_id: str, item_id: str, *, reviewer: str, reason: str = "") -> Decision:
    """Say that one member (an event, statement or fact) of a happening reports something else: after every
    fusion pass it is taken out into a happening of its own."""
    members = _member_decisions(store, happening_id, "split", reviewer, reason, {})
    chosen = [d for d in members if d.item_id == item_id]
    if not chosen:
        raise TidingsError("T501", f"member {item_id}", f"not a member of happening {happening_id}")
    if len(members) < 2:
        raise TidingsError("T501", f"happening {happening_id}", "it has one member: there is nothing to split")
    decision = Decision(**{**chosen[0].as_json(), "changes": {"group": stable_id("s", chosen[0].content_sha,
                                                                                  chosen[0].sentence_start,
                                                                                  chosen[0].item_id)}})
    record(store, [decision])
    return decision


def _member_decisions(store: Store, happening_id: str, action: str, reviewer: str, reason: str,
                      changes: dict[str, Any]) -> list[Decision]:
    members = store.query("SELECT m.*, d.content_sha, substr(d.text, m.sentence_start + 1, "
                          "m.sentence_end - m.sentence_start) AS sentence FROM happening_mentions m "
                          "JOIN documents d ON d.id = m.doc_id WHERE m.happening_id = ? ORDER BY m.rowid",
                          (happening_id,))
    if not members:
        raise TidingsError("T501", f"happening {happening_id}",
                           "no such happening; list them with 'tidings happenings'")
    decisions = []
    for m in members:
        if m["kind"] == "event":
            decisions.append(_event_decision(_event_row(store, m["item_id"]), action, reviewer, reason, changes,
                                             happening_id))
        elif action != "correct":
            decisions.append(Decision(action, m["kind"], m["item_id"], m["doc_id"], m["content_sha"],
                                      m["sentence_start"], m["sentence_end"], m["sentence"], happening_id=happening_id,
                                      changes=changes if action in GROUP_ACTIONS else {}, reason=reason,
                                      reviewer=reviewer, at=_now()))
    return decisions


def _event_row(store: Store, event_id: str) -> sqlite3.Row:
    rows = store.query("SELECT e.*, d.content_sha, substr(d.text, e.sentence_start + 1, "
                       "e.sentence_end - e.sentence_start) AS sentence FROM events e JOIN documents d "
                       "ON d.id = e.doc_id WHERE e.id = ?", (event_id,))
    if not rows:
        raise TidingsError("T501", f"event {event_id}", "no such event; list them with 'tidings events'")
    return rows[0]


def _event_decision(row: sqlite3.Row, action: str, reviewer: str, reason: str, changes: dict[str, Any],
                    happening_id: str | None) -> Decision:
    if action == "reject" and not reason.strip():
        raise TidingsError("T501", "reject", "give the reason for rejecting (--reason)")
    return Decision(action, "event", row["id"], row["doc_id"], row["content_sha"], row["sentence_start"],
                    row["sentence_end"], row["sentence"], row["verb_start"], row["verb_end"], happening_id,
                    changes, _coding(row), reason, reviewer, _now())


def checked_changes(action: str, changes: dict[str, Any] | None) -> dict[str, Any]:
    """The corrected fields, checked: CAMEO code or PLOVER type, a mode, an ISO date, actors with a country
    or an actor id. T501 naming the field and the fix for anything else."""
    if action not in ACTIONS:
        raise TidingsError("T501", f"review action {action!r}", f"choose {', '.join(ACTIONS)}")
    if action != "correct":
        return dict(changes or {}) if action in GROUP_ACTIONS else {}
    out = {k: v for k, v in (changes or {}).items() if v not in (None, "", {})}
    unknown = set(out) - set(CORRECTABLE)
    if unknown:
        raise TidingsError("T501", f"correction {sorted(unknown)[0]}", f"correct only {', '.join(CORRECTABLE)}")
    if not out:
        raise TidingsError("T501", "correct", "say what to correct: type, mode, date, source or target")
    if "cameo" in out:
        code = str(out["cameo"]).strip()
        if not code.isdigit() or not 2 <= len(code) <= 4 or not _ontology().known(code):
            raise TidingsError("T501", f"type {code!r}", "give a CAMEO code such as 042 or a PLOVER type such as "
                                                           "CONSULT")
        out["cameo"] = code
    if "plover" in out:
        out["plover"] = str(out["plover"]).strip().upper()
        if _cameo_of_plover(out["plover"]) is None:
            raise TidingsError("T501", f"type {out['plover']!r}", "give a PLOVER type such as CONSULT or a CAMEO code")
    if "mode" in out and out["mode"] not in MODES:
        raise TidingsError("T501", f"mode {out['mode']!r}", f"choose {', '.join(MODES)}")
    if "date" in out and (not DATE.match(str(out["date"])) or date_range(str(out["date"])) is None):
        raise TidingsError("T501", f"date {out['date']!r}", "give an ISO date: 2024, 2024-03 or 2024-03-29")
    for side in ("source", "target"):
        if side in out:
            actor = {k: v for k, v in dict(out[side]).items() if k in ACTOR_FIELDS and v}
            if not actor.get("country") and not actor.get("actor_id"):
                raise TidingsError("T501", f"{side} actor", "give an actor from the actor base, or a text with its "
                                                            "country code (and sector)")
            actor.setdefault("text", actor.get("name") or actor.get("country") or actor.get("actor_id"))
            out[side] = actor
    return out


def parse_type(value: str) -> dict[str, str]:
    """A corrected type as the CLI and the web form take it: a CAMEO code (042) or a PLOVER type (CONSULT)."""
    value = value.strip()
    return {"cameo": value} if value[:1].isdigit() else {"plover": value.upper()}


def actor_change(text: str, country: str | None = None, sector: str | None = None,
                 when: str | None = None) -> dict[str, Any]:
    """A corrected actor: with a country, the text as given (country and sector upper-cased); without,
    the actor the actor base knows by that name (T501 when it knows none)."""
    text = text.strip()
    if country:
        return {"text": text or country.upper(), "country": country.strip().upper(),
                "sector": (sector or "").strip().upper() or None}
    from tidings.actors import load_actor_base

    ref = load_actor_base().lookup(text, when) if text else None
    if ref is None or not (ref.country or ref.actor_id):
        raise TidingsError("T501", f"actor {text!r}", "not in the actor base: give its country code (and sector)")
    return {"text": text, "actor_id": ref.actor_id, "name": ref.name, "country": ref.country,
            "sector": ref.sector, "role": ref.role}


def record(store: Store, decisions: Sequence[Decision]) -> None:
    """Store decisions, then re-apply the review to the documents and happenings they touch."""
    with store.transaction() as conn:
        _insert(conn, decisions)
        for doc_id in sorted({doc for d in decisions if (doc := _current_doc(conn, d))}):
            apply_to_document(conn, doc_id)
    refresh_reviewed(store)


def _insert(conn: sqlite3.Connection, decisions: Iterable[Decision]) -> None:
    rows = []
    for d in decisions:
        data = d.as_json()
        data["changes"] = json.dumps(d.changes, ensure_ascii=False, sort_keys=True)
        data["original"] = json.dumps(d.original, ensure_ascii=False, sort_keys=True)
        rows.append(tuple(data[c] for c in COLUMNS))
    conn.executemany(f"INSERT INTO review_decisions ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                     rows)


def _current_doc(conn: sqlite3.Connection, d: Decision) -> str | None:
    """The stored document a decision is about: by id, else by content (the same file stored under
    another path)."""
    row = conn.execute("SELECT id FROM documents WHERE id = ?", (d.doc_id,)).fetchone()
    if row is None and d.content_sha:
        row = conn.execute("SELECT id FROM documents WHERE content_sha = ? ORDER BY id LIMIT 1",
                           (d.content_sha,)).fetchone()
    return str(row[0]) if row else None


# -- reading decisions ---------------------------------------------------------------------------------------


def decisions(store: Store | sqlite3.Connection, where: str = "", params: Sequence[Any] = ()) -> list[Decision]:
    """Stored decisions, oldest first (the order they are applied in)."""
    conn = store if isinstance(store, sqlite3.Connection) else store.conn
    try:
        rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM review_decisions {where} ORDER BY id", params)
    except sqlite3.OperationalError:  # a read-only store from before the review migration
        return []
    out = []
    for r in rows:
        data = dict(zip(COLUMNS, r, strict=True))
        data["changes"] = json.loads(data["changes"] or "{}")
        data["original"] = json.loads(data["original"] or "{}")
        out.append(Decision(**data))
    return out


@dataclass
class ItemState:
    """What the decisions so far say about one item: its status and its accumulated corrections."""

    status: str | None = None  # confirmed | corrected | rejected
    changes: dict[str, Any] = field(default_factory=dict)
    original: dict[str, Any] = field(default_factory=dict)
    reason: str = ""
    reviewer: str = ""
    at: str = ""

    def add(self, d: Decision) -> None:
        if d.action in GROUP_ACTIONS:
            return  # regrouping says nothing about the coding
        if not self.original:
            self.original = d.original
        self.reason, self.reviewer, self.at = d.reason, d.reviewer, d.at
        if d.action == "reject":
            self.status = "rejected"
        elif d.action == "correct":
            self.changes.update(d.changes)
            self.status = "corrected"
        else:
            self.status = "corrected" if self.changes else "confirmed"


def fold(ds: Iterable[Decision]) -> ItemState:
    state = ItemState()
    for d in ds:
        state.add(d)
    return state


# -- re-applying decisions to derived records ----------------------------------------------------------------


def apply_to_document(conn: sqlite3.Connection, doc_id: str) -> int:
    """Write the review onto a document's event rows (corrections and the `review` mark), matching each
    decision to the event re-derived at the same evidence. Runs inside the caller's transaction; returns
    how many events carry a decision."""
    doc = conn.execute("SELECT id, content_sha FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if doc is None:
        return 0
    ds = decisions(conn, "WHERE kind = 'event' AND action IN ('confirm', 'reject', 'correct') AND (doc_id = ? OR "
                         "(content_sha = ? AND doc_id NOT IN "
                         "(SELECT id FROM documents)))", (doc_id, doc["content_sha"]))
    if not ds:
        return 0
    events = conn.execute("SELECT * FROM events WHERE doc_id = ?", (doc_id,)).fetchall()
    per_event: dict[str, list[Decision]] = {}
    for d in ds:
        match = match_event(d, events)
        if match is not None:
            per_event.setdefault(match["id"], []).append(d)
    for event_id, its in per_event.items():
        state = fold(its)
        row = next(e for e in events if e["id"] == event_id)
        original = state.original or _coding(row)
        values = {**corrected_fields(state.changes), "review": state.status,
                  "review_original": json.dumps(original, ensure_ascii=False, sort_keys=True)}
        sets = ", ".join(f'"{k}" = ?' for k in values)
        conn.execute(f"UPDATE events SET {sets} WHERE id = ?", (*values.values(), event_id))
    return len(per_event)


def match_event(d: Decision, events: Sequence[sqlite3.Row]) -> sqlite3.Row | None:
    """The event a decision is about among a document's re-derived events: the same id; else the one
    event at the same sentence and verb; else the one there with the code it had when decided."""
    same = [e for e in events if e["id"] == d.item_id]
    if same:
        return same[0]
    here = [e for e in events if (e["sentence_start"], e["sentence_end"], e["verb_start"], e["verb_end"])
            == (d.sentence_start, d.sentence_end, d.verb_start, d.verb_end)]
    if len(here) == 1:
        return here[0]
    coded = [e for e in here if e["cameo"] == d.original.get("cameo")
             and e["source_country"] == d.original.get("source_country")
             and e["target_country"] == d.original.get("target_country")]
    return coded[0] if len(coded) == 1 else None


def _coding(row: sqlite3.Row) -> dict[str, Any]:
    keys = ("cameo", "plover", "quad_class", "goldstein", "mode", "date", "date_earliest", "date_latest")
    out = {k: row[k] for k in keys}
    for side in ("source", "target"):
        out.update({f"{side}_{k}": row[f"{side}_{k}"] for k in ACTOR_FIELDS})
    return out


def corrected_fields(changes: dict[str, Any]) -> dict[str, Any]:
    """Event columns from corrections: a CAMEO code brings its PLOVER type, quad class and Goldstein score;
    a PLOVER type its quad class; a date its range; an actor its text, country, sector and id."""
    out: dict[str, Any] = {}
    onto = _ontology()
    if "cameo" in changes:
        code = changes["cameo"]
        out.update(cameo=code, plover=onto.plover_of(code).event or None, quad_class=onto.quad_class(code),
                   goldstein=onto.goldstein_of(code))
    if "plover" in changes:
        code = _cameo_of_plover(changes["plover"]) or ""
        out.update(plover=changes["plover"], quad_class=onto.quad_class(code))
        if "cameo" not in changes:
            out.update(cameo=code, goldstein=onto.goldstein_of(code))
    if "mode" in changes:
        out["mode"] = changes["mode"]
    if "date" in changes:
        earliest, latest = date_range(changes["date"]) or (None, None)
        out.update(date=changes["date"], date_earliest=earliest, date_latest=latest)
    for side in ("source", "target"):
        if side in changes:
            actor = changes[side]
            out.update({f"{side}_{k}": actor.get(k) for k in ACTOR_FIELDS})
            out.update({f"{side}_start": None, f"{side}_end": None})
    return out


def date_range(value: str) -> tuple[str, str] | None:
    """First and last day of an ISO year, month or day."""
    import calendar

    try:
        if len(value) == 4:
            return f"{value}-01-01", f"{value}-12-31"
        year, month = int(value[:4]), int(value[5:7])
        if len(value) == 7:
            return f"{value}-01", f"{value}-{calendar.monthrange(year, month)[1]:02d}"
        datetime.strptime(value, "%Y-%m-%d")
        return value, value
    except (ValueError, calendar.IllegalMonthError):
        return None


def _ontology() -> Any:
    from tidings.events.ontology import load_ontology

    return load_ontology()


def _cameo_of_plover(plover: str) -> str | None:
    """The most general CAMEO code the crosswalk maps to a PLOVER type (to give it a quad class)."""
    codes = sorted((c for c, p in _ontology().plover.items() if p.event.upper() == plover.upper()),
                   key=lambda c: (len(c), c))
    return codes[0] if codes else None


# -- happenings ----------------------------------------------------------------------------------------------


def refresh_reviewed(store: Store) -> int:
    """Make the stored happenings agree with the review: rejected members out (a happening with none left is
    dropped), corrected members' type, dyad and date on their happening, the `review` mark set.
    Called after each fusion pass and each new decision; returns the happenings touched."""
    ds = decisions(store)
    if not ds:
        return 0
    with store.transaction() as conn:
        for doc_id in sorted({d for d in (_current_doc(conn, x) for x in ds if x.kind == "event") if d}):
            _reapply_if_stale(conn, doc_id)
        rejected = _rejected_mentions(conn, ds)
        ids = {r[0] for r in conn.execute("SELECT DISTINCT m.happening_id FROM happening_mentions m JOIN events e "
                                          "ON e.id = m.item_id WHERE e.review IS NOT NULL")}
        ids |= {h for h, _ in rejected}
        for happening_id in sorted(ids):
            _refresh_happening(conn, happening_id, {i for h, i in rejected if h == happening_id})
        ids |= _apply_groups(conn, ds)
    return len(ids)


def _apply_groups(conn: sqlite3.Connection, ds: Sequence[Decision]) -> set[str]:
    """Merges and splits, by each member's latest regrouping decision: the happenings holding a merge group's
    members become one (the weightiest keeps its id); a split member leaves for a happening of its own."""
    latest: dict[tuple[str, str, int, str], Decision] = {}
    for d in ds:
        if d.action in GROUP_ACTIONS:
            latest[(d.kind, d.content_sha or d.doc_id, d.sentence_start, d.item_id)] = d
    touched: set[str] = set()
    groups: dict[str, set[str]] = {}
    for d in latest.values():
        where = _where_now(conn, d)
        if where is None:
            continue
        if d.action == "merge":
            groups.setdefault(d.changes.get("group", ""), set()).add(where[0])
        else:
            touched |= _split(conn, where[0], where[1], str(d.changes.get("group") or stable_id("s", d.item_id)))
    for happenings in groups.values():
        touched |= _merge(conn, happenings)
    return touched


def _where_now(conn: sqlite3.Connection, d: Decision) -> tuple[str, str] | None:
    """(happening, item id) where a decided member is now, after re-derivation and re-fusion."""
    doc_id = _current_doc(conn, d)
    if doc_id is None:
        return None
    item_id: str | None = d.item_id
    if d.kind == "event":
        match = match_event(d, conn.execute("SELECT * FROM events WHERE doc_id = ?", (doc_id,)).fetchall())
        item_id = match["id"] if match is not None else None
        row = conn.execute("SELECT happening_id, item_id FROM happening_mentions WHERE item_id = ? LIMIT 1",
                           (item_id,)).fetchone() if item_id else None
    else:
        row = conn.execute("SELECT happening_id, item_id FROM happening_mentions WHERE doc_id = ? AND kind = ? AND "
                           "sentence_start = ? AND sentence_end = ? LIMIT 1",
                           (doc_id, d.kind, d.sentence_start, d.sentence_end)).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def _merge(conn: sqlite3.Connection, happenings: set[str]) -> set[str]:
    if len(happenings) < 2:
        return set()
    marks = ",".join("?" * len(happenings))
    rows = conn.execute(f"SELECT id FROM happenings WHERE id IN ({marks}) ORDER BY weight DESC, id",
                        sorted(happenings)).fetchall()
    if len(rows) < 2:
        return set()
    keep, others = rows[0][0], [r[0] for r in rows[1:]]
    for other in others:
        conn.execute("UPDATE OR IGNORE happening_mentions SET happening_id = ? WHERE happening_id = ?", (keep, other))
        conn.execute("DELETE FROM happenings WHERE id = ?", (other,))
    _refresh_happening(conn, keep, set(), recount=True)
    return {keep, *others}


def _split(conn: sqlite3.Connection, happening_id: str, item_id: str, new_id: str) -> set[str]:
    h = conn.execute("SELECT * FROM happenings WHERE id = ?", (happening_id,)).fetchone()
    others = conn.execute("SELECT COUNT(*) FROM happening_mentions WHERE happening_id = ? AND item_id != ?",
                          (happening_id, item_id)).fetchone()[0]
    if h is None or not others or happening_id == new_id:
        return set()
    m = conn.execute("SELECT m.*, substr(d.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) AS "
                     "sentence FROM happening_mentions m JOIN documents d ON d.id = m.doc_id WHERE "
                     "m.happening_id = ? AND m.item_id = ?", (happening_id, item_id)).fetchone()
    row = {**dict(h), "id": new_id, "kind": m["kind"], "date": m["date"], "date_earliest": m["date_earliest"],
           "date_latest": m["date_latest"], "date_note": f"split from {happening_id} by review",
           "headline": _cut(" ".join(m["sentence"].split())), "actors": h["actors"]}
    conn.execute("DELETE FROM happenings WHERE id = ?", (new_id,))
    conn.execute(f"INSERT INTO happenings ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    conn.execute("UPDATE happening_mentions SET happening_id = ? WHERE happening_id = ? AND item_id = ?",
                 (new_id, happening_id, item_id))
    _refresh_happening(conn, new_id, set(), recount=True)
    _refresh_happening(conn, happening_id, set(), recount=True)
    return {happening_id, new_id}


def _reapply_if_stale(conn: sqlite3.Connection, doc_id: str) -> None:
    """Re-apply a document's decisions when its events carry none (re-derived by a re-analysis that ran
    outside a store with this module's hook, e.g. a merge)."""
    if conn.execute("SELECT 1 FROM events WHERE doc_id = ? AND review IS NOT NULL LIMIT 1", (doc_id,)).fetchone():
        return
    apply_to_document(conn, doc_id)


def _rejected_mentions(conn: sqlite3.Connection, ds: Sequence[Decision]) -> set[tuple[str, str]]:
    """(happening, item) pairs of rejected members: events marked rejected, and statements or facts whose
    latest decision at the same sentence is a rejection."""
    out = {(r[0], r[1]) for r in conn.execute(
        "SELECT m.happening_id, m.item_id FROM happening_mentions m JOIN events e ON e.id = m.item_id "
        "WHERE m.kind = 'event' AND e.review = 'rejected'")}
    latest: dict[tuple[str, str, int, int], str] = {}
    for d in ds:
        if d.kind != "event":
            latest[(d.kind, d.content_sha or d.doc_id, d.sentence_start, d.sentence_end)] = d.action
    for (kind, sha, s0, s1), action in latest.items():
        if action != "reject":
            continue
        out |= {(r[0], r[1]) for r in conn.execute(
            "SELECT m.happening_id, m.item_id FROM happening_mentions m JOIN documents d ON d.id = m.doc_id "
            "WHERE m.kind = ? AND (d.content_sha = ? OR d.id = ?) AND m.sentence_start = ? AND m.sentence_end = ?",
            (kind, sha, sha, s0, s1))}
    return out


def _refresh_happening(conn: sqlite3.Connection, happening_id: str, rejected: set[str], recount: bool = False) -> None:
    h = conn.execute("SELECT * FROM happenings WHERE id = ?", (happening_id,)).fetchone()
    if h is None:
        return
    for item in rejected:
        conn.execute("DELETE FROM happening_mentions WHERE happening_id = ? AND item_id = ?", (happening_id, item))
    members = conn.execute(
        "SELECT m.*, d.source, d.url, d.origin, substr(d.text, m.sentence_start + 1, m.sentence_end - "
        "m.sentence_start) AS sentence FROM happening_mentions m JOIN documents d ON d.id = m.doc_id "
        "WHERE m.happening_id = ? ORDER BY m.rowid", (happening_id,)).fetchall()
    if not members:
        conn.execute("DELETE FROM happenings WHERE id = ?", (happening_id,))
        return
    ids = [m["item_id"] for m in members if m["kind"] == "event"]
    events = {r["id"]: r for r in conn.execute(
        f"SELECT * FROM events WHERE id IN ({','.join('?' * len(ids))})", ids)} if ids else {}
    values = _happening_values(h, members, [events[i] for i in ids if i in events], bool(rejected) or recount)
    sets = ", ".join(f'"{k}" = ?' for k in values)
    conn.execute(f"UPDATE happenings SET {sets} WHERE id = ?", (*values.values(), happening_id))


def _happening_values(h: sqlite3.Row, members: Sequence[sqlite3.Row], events: Sequence[sqlite3.Row],
                      lost_members: bool) -> dict[str, Any]:
    corrected = [e for e in events if e["review"] == "corrected"]
    reviewed = [e for e in events if e["review"] in ("confirmed", "corrected")]
    out: dict[str, Any] = {"review": "corrected" if corrected else ("confirmed" if reviewed else None)}
    if lost_members:
        out.update(_counts(members))
    main = corrected[0] if corrected else None
    if main is None and lost_members and events:
        main = max(events, key=lambda e: abs(e["goldstein"] or 0.0))
    if main is None and lost_members and not events:
        out.update(cameo=None, plover=None, quad_class=None, goldstein=None, source_country=None,
                   target_country=None)
    if main is not None:
        out.update(cameo=main["cameo"], plover=main["plover"], quad_class=main["quad_class"],
                   goldstein=main["goldstein"], source_country=main["source_country"],
                   target_country=main["target_country"])
        if main["mode"] in ("factual", "future"):
            out["mode"] = main["mode"]
        if main["review"] == "corrected" and main["date"] and main["date"] != h["date"]:
            out.update(date=main["date"], date_earliest=main["date_earliest"], date_latest=main["date_latest"],
                       date_note=f"date corrected by review to {main['date']}")
        out["actors"] = _actors(h, events, corrected)
    base = MARK_PREFIX.sub("", h["headline"])
    if lost_members and not any(" ".join(m["sentence"].split()).startswith(base.rstrip("…")) for m in members):
        base = _cut(" ".join(members[0]["sentence"].split()))
    out["headline"] = (_mark(main) + base) if main is not None and main["review"] == "corrected" else base
    return out


def _counts(members: Sequence[sqlite3.Row]) -> dict[str, Any]:
    """Mentions, articles and outlets left, and the weight fusion ranks by (`tidings.fuse.render.weight`)."""
    outlets = {_outlet(m) for m in members}
    articles = {m["doc_id"] for m in members}
    weight = len(outlets) * 10 + len(articles) * 2 + len(members) + (1 if members[0]["kind"] == "event" else 0)
    return {"mentions": len(members), "articles": len(articles), "sources": len(outlets), "weight": float(weight)}


def _outlet(m: sqlite3.Row) -> str:
    """As `tidings.fuse.apply.outlet_of`: the named source, else the web host, else the file."""
    from urllib.parse import urlparse

    if m["source"]:
        return str(m["source"]).lower()
    if m["url"]:
        return urlparse(m["url"]).netloc.lower() or str(m["url"])
    return str(m["origin"])


def _actors(h: sqlite3.Row, events: Sequence[sqlite3.Row], corrected: Sequence[sqlite3.Row]) -> str:
    """The happening's participants with a corrected event's old parties swapped for its corrected ones."""
    actors = {a for a in (h["actors"] or "").split(",") if a}
    for e in corrected:
        original = _original_of(e)
        actors -= {original.get("source_country"), original.get("target_country")} - {None}
    for e in events:
        actors |= {e["source_country"], e["target_country"]} - {None, ""}
    return ",".join(sorted(actors))


def _original_of(event: sqlite3.Row) -> dict[str, Any]:
    """The coding an event had before its first decision (written beside it by `apply_to_document`)."""
    return dict(json.loads(event["review_original"] or "{}"))


def _mark(e: sqlite3.Row) -> str:
    src, tgt = e["source_country"] or "?", e["target_country"] or "?"
    return f"[corrected: {src} → {tgt} {e['plover'] or e['cameo']}] "


def _cut(text: str) -> str:
    if len(text) <= HEADLINE_CHARS:
        return text
    return text[: HEADLINE_CHARS - 1].rsplit(" ", 1)[0] + "…"


# -- filters for outputs -------------------------------------------------------------------------------------


def has_review(store: Store) -> bool:
    """Whether the store has the review columns (a store from before the review migration, opened
    read-only, has not)."""
    return "review" in store.columns("events")


def _any_rejected(store: Store) -> bool:
    return store.conn.execute("SELECT 1 FROM events WHERE review = 'rejected' LIMIT 1").fetchone() is not None


def event_clause(reviewed_only: bool = False, alias: str = "e", store: Store | None = None) -> str:
    """The WHERE condition every event output applies: rejected events are skipped by default; with
    `reviewed_only`, only confirmed or corrected ones are kept.

    Given the store, a store where nothing was rejected gets no condition at all: the test reads every
    candidate row's review column, which turns a capped count over an index into a scan of the table
    (3 ms instead of 0.3 ms for the events page of a million events). Asking costs one seek in the
    partial index on reviewed events."""
    if store is not None and not has_review(store):
        return "0" if reviewed_only else "1"
    if store is not None and not reviewed_only and not _any_rejected(store):
        return "1"
    if reviewed_only:
        return f"{alias}.review IN ('confirmed', 'corrected')"
    return f"COALESCE({alias}.review, '') != 'rejected'"


def happening_clause(reviewed_only: bool = False, alias: str = "h") -> str:
    """The same for happenings (rejected members are already out of the happenings table)."""
    return f"{alias}.review IN ('confirmed', 'corrected')" if reviewed_only else "1"


def keep_happening(row: Any, reviewed_only: bool) -> bool:
    """`happening_clause` for rows already read (the timeline and trend read every happening once)."""
    if not reviewed_only:
        return True
    try:
        return row["review"] in ("confirmed", "corrected")
    except (IndexError, KeyError):
        return False


# -- moving decisions between stores -------------------------------------------------------------------------


def export_lines(store: Store) -> Iterator[str]:
    """Every decision as one JSON line, oldest first."""
    for d in decisions(store):
        yield json.dumps(d.as_json(), ensure_ascii=False, sort_keys=True)


def import_lines(store: Store, lines: Iterable[str], origin: str = "-") -> tuple[int, int]:
    """Add exported decisions (a decision already stored, same item, action, time and reviewer, is skipped)
    and re-apply the review. Returns (added, skipped). T501 naming the line for a line that is not one."""
    have = {_identity(d) for d in decisions(store)}
    new: list[Decision] = []
    skipped = 0
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            d = Decision.from_json(json.loads(line))
        except (json.JSONDecodeError, TypeError, AttributeError) as exc:
            raise TidingsError("T501", f"{origin} line {n}", f"not a review decision ({exc})") from None
        except TidingsError as exc:
            raise TidingsError("T501", f"{origin} line {n}", exc.message) from None
        if _identity(d) in have:
            skipped += 1
            continue
        have.add(_identity(d))
        new.append(d)
    if new:
        record(store, new)
    return len(new), skipped


def _identity(d: Decision) -> tuple[Any, ...]:
    return (d.action, d.kind, d.item_id, d.content_sha or d.doc_id, d.sentence_start, d.at, d.reviewer,
            json.dumps(d.changes, sort_keys=True))


def reapply_all(store: Store) -> int:
    """Re-apply every decision to the stored events and happenings (after an import or a rebuild)."""
    with store.transaction() as conn:
        docs = {d for d in (_current_doc(conn, x) for x in decisions(conn)) if d}
        for doc_id in sorted(docs):
            apply_to_document(conn, doc_id)
    return refresh_reviewed(store)


def rejected_events(store: Store, limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    """Rejected events with why, who and when (their latest decision), newest first."""
    rows = store.query(
        "SELECT e.id, e.cameo, e.plover, e.date, e.source_country, e.target_country, e.doc_id, d.origin, d.title, "
        "substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence "
        "FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.review = 'rejected' ORDER BY e.id")
    by_item: dict[str, list[Decision]] = {}
    for d in decisions(store, "WHERE kind = 'event'"):
        by_item.setdefault(d.item_id, []).append(d)
    out = []
    for r in rows:
        state = fold(by_item.get(r["id"], []))
        out.append({**dict(r), "reason": state.reason, "reviewer": state.reviewer, "at": state.at})
    out.sort(key=lambda x: (x["at"], x["id"]), reverse=True)
    return out[offset: offset + limit]


def event_review(store: Store, event_id: str) -> dict[str, Any]:
    """An event's review: its status, corrections, and every decision on it (for the event page and `show`)."""
    ds = decisions(store, "WHERE kind = 'event' AND item_id = ?", (event_id,))
    state = fold(ds)
    return {"status": state.status, "changes": state.changes, "original": state.original,
            "decisions": [d.as_json() for d in ds]}


__all__ = ["ACTIONS", "Decision", "apply_to_document", "decide_event", "decide_happening", "event_clause",
           "export_lines", "happening_clause", "import_lines", "keep_happening", "reapply_all", "record",
           "refresh_reviewed", "rejected_events"]
