"""Build a large synthetic tidings store for the web benchmarks (default 100,000 documents, 1,000,000 events).

    .venv/bin/python benchmarks/make_synthetic_store.py --out benchmarks/out/synthetic.db

The store is created by `Store()` (so it has every migration, index and FTS trigger of a real one)
and then filled with fast bulk inserts. Texts are recombined from the sentences of the example
corpus with country names swapped per story, so full-text search sees realistic English. Documents
come in stories (1-6 outlets reporting the same happenings); the events of a story repeat across its
documents the way real reports do, and `happenings`/`happening_mentions` (fusion's tables, when the
schema has them) group them as fusion would. Everything is seeded: the same arguments give the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tidings.events.ontology import load_ontology
from tidings.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "china-kazakhstan"
COUNTRIES = ROOT / "src" / "tidings" / "data" / "actors" / "countries.tsv"
OUTLETS = ["Xinhua", "TASS", "Reuters", "AP", "AFP", "Kazinform", "Astana Times", "Global Times", "BBC", "Al Jazeera",
           "Deutsche Welle", "RFE/RL", "The Diplomat", "Nikkei Asia", "South China Morning Post", "Trend", "AKIpress",
           "Interfax", "Anadolu", "Kyodo", "Yonhap", "PTI", "Bernama", "Dawn", "Daily Sabah", "Eurasianet",
           "bne IntelliNews", "Caspian News", "The Times of Central Asia", "CGTN"]
SECTORS = ["GOV", "GOV", "GOV", "MIL", "BUS", "LEG", "MED", "CVL", "EDU", None]
ROLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Ambassador", "Trade Minister",
         "Spokesperson", None, None]
MODES = ["factual"] * 85 + ["future"] * 7 + ["negated"] * 4 + ["hypothetical"] * 4
SWAP_A = ("Chinese", "China", "Beijing", "Xi Jinping")
SWAP_B = ("Kazakhstan's", "Kazakh", "Kazakhstan", "Astana", "Tokayev")
FIRST = ["Amir", "Li", "Elena", "Omar", "Sara", "Ivan", "Chen", "Aigerim", "Daniel", "Fatima", "Yuki", "Raj", "Nur",
         "Marta", "Kofi", "Ana", "Wang", "Olga", "Hassan", "Ingrid"]
LAST = ["Bekov", "Zhang", "Petrova", "Haddad", "Novak", "Ivanov", "Wei", "Sultanova", "Moreau", "Rahman", "Tanaka",
        "Singh", "Lee", "Kowalski", "Mensah", "Silva", "Fischer", "Orlova", "Karimi", "Berg"]


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    adjective: str
    capital: str


def load_countries() -> list[Country]:
    out = []
    for line in COUNTRIES.read_text(encoding="utf-8").splitlines()[1:]:
        if line.startswith("#") or line.startswith("code\t"):
            continue
        cells = line.split("\t") + [""] * 5
        if len(cells[0]) == 3 and cells[1] and cells[4]:
            out.append(Country(cells[0], cells[1], (cells[3].split("|")[0] or cells[1]), cells[4].split("|")[0]))
    return out


def load_sentences() -> list[str]:
    """Sentences of the example corpus that read as news prose (no furniture lines)."""
    out: list[str] = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n"):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para.strip()):
                if 60 <= len(s) <= 400 and s[-1] in ".!?" and "Advertis" not in s:
                    out.append(s)
    if not out:
        sys.exit(f"no sentences found under {EXAMPLES}")
    return sorted(set(out))


def zipf_pick(rng: random.Random, items: list[Any], s: float = 1.1) -> Any:
    weights = [1 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights)[0]


class Generator:
    """Stories → documents → rows; one instance per run, deterministic for a seed."""

    def __init__(self, seed: int, n_docs: int, n_events: int) -> None:
        self.rng = random.Random(seed)
        self.sentences = load_sentences()
        countries = load_countries()
        self.rng.shuffle(countries)
        self.countries = countries[:80]
        anchor = next((c for c in countries if c.code == "KAZ"), countries[0])
        china = next((c for c in countries if c.code == "CHN"), countries[1])
        self.countries = [china, anchor] + [c for c in self.countries if c not in (china, anchor)]
        onto = load_ontology()
        self.codes = [c for c in onto.names if len(c) == 3 and c[:2].isdigit() and 1 <= int(c[:2]) <= 20]
        self.onto = onto
        self.leaders = {c.code: [(f"Q{c.code}{i}", f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}",
                                  self.rng.choice(ROLES)) for i in range(8)] for c in self.countries}
        self.n_docs, self.events_per_doc = n_docs, n_events / n_docs
        self.start = date(2000, 1, 1).toordinal()
        self.days = date(2024, 12, 31).toordinal() - self.start

    def stories(self) -> Iterator[dict[str, Any]]:
        made, sid = 0, 0
        while made < self.n_docs:
            size = min(self.n_docs - made, min(6, 1 + int(self.rng.expovariate(0.8))))
            sid += 1
            a, b = zipf_pick(self.rng, self.countries), zipf_pick(self.rng, self.countries)
            if a == b:
                b = self.countries[(self.countries.index(a) + 1) % len(self.countries)]
            when = date.fromordinal(self.start + int(self.rng.random() ** 0.6 * self.days))
            n_templates = max(1, int(self.rng.gauss(self.events_per_doc * 1.4, 3)))
            templates = [self._template(when) for _ in range(n_templates)]
            yield {"id": f"s{sid}", "a": a, "b": b, "when": when, "size": size, "templates": templates}
            made += size

    def _template(self, when: date) -> dict[str, Any]:
        code = zipf_pick(self.rng, self.codes, 0.6)
        day = when + timedelta(days=self.rng.choice([0, 0, 0, -1, -2, 1, -7, 3]))
        r = self.rng.random()
        if r < 0.72:
            value, first, last = day.isoformat(), day.isoformat(), day.isoformat()
        elif r < 0.92:
            first = day.replace(day=1)
            nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            value, first, last = day.isoformat()[:7], first.isoformat(), (nxt - timedelta(days=1)).isoformat()
        else:
            value, first, last = str(day.year), f"{day.year}-01-01", f"{day.year}-12-31"
        plover = self.onto.plover_of(code).event
        return {"cameo": code, "plover": plover, "quad": self.onto.quad_class(code),
                "goldstein": self.onto.goldstein_of(code), "mode": self.rng.choice(MODES),
                "date": (value, first, last), "flip": self.rng.random() < 0.3}

    def document_text(self, story: dict[str, Any]) -> tuple[str, list[tuple[int, int]]]:
        a, b = story["a"], story["b"]
        swaps = dict(zip(SWAP_A, (a.adjective, a.name, a.capital, self.leaders[a.code][0][1]), strict=True))
        swaps.update(zip(SWAP_B, (a.name + "'s", b.adjective, b.name, b.capital, self.leaders[b.code][0][1]),
                         strict=True))
        swaps["Kazakhstan's"] = b.name + "'s"
        swaps["Kassym-Jomart Tokayev"] = self.leaders[b.code][0][1]
        pattern = re.compile("|".join(re.escape(k) for k in sorted(swaps, key=len, reverse=True)))
        picked = self.rng.sample(self.sentences, k=min(len(self.sentences), self.rng.randint(10, 22)))
        text, spans, pos = "", [], 0
        for i, s in enumerate(picked):
            s = pattern.sub(lambda m: swaps[m.group(0)], s)
            sep = "" if i == 0 else ("\n\n" if i % 3 == 0 else " ")
            text += sep
            pos = len(text)
            text += s
            spans.append((pos, pos + len(s)))
        return text, spans


def _words(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    words = re.finditer(r"[A-Za-z][A-Za-z'-]+", text[span[0]:span[1]])
    return [(span[0] + m.start(), span[0] + m.end()) for m in words]


def rows_for(gen: Generator, story: dict[str, Any], k: int) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of one document of a story (the k-th report)."""
    rng = gen.rng
    text, spans = gen.document_text(story)
    a, b = story["a"], story["b"]
    outlet = zipf_pick(rng, OUTLETS, 0.8)
    origin = f"synthetic/{story['id']}/{k}-{outlet.replace(' ', '_').replace('/', '_')}.txt"
    sha = hashlib.sha256(text.encode()).hexdigest()
    doc_id = "d" + hashlib.sha256(f"{origin}\n{sha}".encode()).hexdigest()[:15]
    published = (story["when"] + timedelta(days=rng.choice([0, 0, 1, 2]))).isoformat()
    title = " ".join(text[spans[0][0]:spans[0][1]].split()[:9]).rstrip(",.;:")
    removed = json.dumps([{"text": "Advertisment", "reason": "nav-bullet"}] if rng.random() < 0.5 else [])
    out: dict[str, list[tuple[Any, ...]]] = {k2: [] for k2 in ("documents", "sentences", "actor_mentions", "events",
                                                               "timexes", "facts", "mentions")}
    out["documents"].append((doc_id, origin, sha, text, title, published, outlet, None, None, "en", None,
                             published, published, published, "published", 1.0, "", removed, "2025-01-01T00:00:00Z"))
    out["sentences"] += [(doc_id, i, s0, s1) for i, (s0, s1) in enumerate(spans)]
    seen_mentions: set[tuple[int, int]] = set()
    share = max(1, round(len(story["templates"]) * rng.uniform(0.6, 0.9)))
    for t_index, tpl in sorted(rng.sample(list(enumerate(story["templates"])), k=share), key=lambda x: x[0]):
        si = rng.randrange(len(spans))
        words = _words(text, spans[si]) or [spans[si]]
        src_side, tgt_side = (b, a) if tpl["flip"] else (a, b)
        src_w, verb_w, tgt_w = words[0], words[len(words) // 2], words[-1]
        src = _actor(gen, rng, src_side, text, src_w)
        tgt = _actor(gen, rng, tgt_side, text, tgt_w)
        eid = "e" + hashlib.sha256(f"{doc_id}|{t_index}|{si}".encode()).hexdigest()[:15]
        value, first, last = tpl["date"]
        out["events"].append((eid, doc_id, spans[si][0], spans[si][1], tpl["cameo"], tpl["plover"], tpl["quad"],
                              tpl["goldstein"], tpl["mode"], value, first, last, None, None, verb_w[0], verb_w[1],
                              None, 0, None, None, 0.8, "synthetic", *src, *tgt))
        if tpl["mode"] in ("factual", "future"):
            out["mentions"].append((f"h{story['id']}-{t_index}", eid, doc_id, spans[si][0], spans[si][1], tpl))
        for w, actor in ((src_w, src), (tgt_w, tgt)):
            if (w[0], w[1]) not in seen_mentions:
                seen_mentions.add((w[0], w[1]))
                out["actor_mentions"].append((doc_id, w[0], w[1], si, *actor[:1], *actor[3:]))
    d = story["when"].isoformat()
    s0 = spans[0][0]
    out["timexes"].append((doc_id, s0, s0 + 4, text[s0:s0 + 4], "DATE", d, d, d, published, None))
    if rng.random() < 0.3:
        s = spans[-1]
        out["facts"].append((f"f{doc_id[1:]}", doc_id, s[0], min(s[1], s[0] + 20), s[0], s[1], "trade",
                             round(rng.uniform(1, 50), 1) * 1e9, "USD", str(story["when"].year - 1),
                             f"{story['when'].year - 1}-01-01", f"{story['when'].year - 1}-12-31",
                             round(rng.uniform(-20, 40), 1), "year-on-year", None, f"{a.code},{b.code}"))
    return out


def _actor(gen: Generator, rng: random.Random, side: Country, text: str, w: tuple[int, int]) -> tuple[Any, ...]:
    """(text, start, end, actor_id, name, country, sector, role): a leader of `side` or the country itself."""
    if rng.random() < 0.5:
        actor_id, name, role = rng.choice(gen.leaders[side.code])
        return (text[w[0]:w[1]], w[0], w[1], actor_id, name, side.code, "GOV", role)
    return (text[w[0]:w[1]], w[0], w[1], None, side.name, side.code, rng.choice(SECTORS), None)


INSERTS = {
    "documents": "INSERT INTO documents (id, origin, content_sha, text, title, published, source, author, dateline, "
                 "language, url, story_date, story_date_earliest, story_date_latest, story_date_basis, "
                 "story_date_confidence, story_date_note, removed_json, ingested_at) VALUES "
                 "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "sentences": 'INSERT INTO sentences (doc_id, idx, start, "end") VALUES (?,?,?,?)',
    "actor_mentions": 'INSERT OR IGNORE INTO actor_mentions (doc_id, start, "end", sentence, text, actor_id, name, '
                      "country, sector, role) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "events": "INSERT INTO events (id, doc_id, sentence_start, sentence_end, cameo, plover, quad_class, goldstein, "
              "mode, "
              "date, date_earliest, date_latest, date_start, date_end, verb_start, verb_end, location, reciprocal, "
              "plover_mode, plover_context, confidence, pattern, source_text, source_start, source_end, "
              "source_actor_id, source_name, source_country, source_sector, source_role, target_text, target_start, "
              "target_end, target_actor_id, target_name, target_country, target_sector, target_role) VALUES "
              "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "timexes": 'INSERT OR IGNORE INTO timexes (doc_id, start, "end", text, type, value, earliest, latest, anchor_used, '
               "mod) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "facts": 'INSERT INTO facts (id, doc_id, start, "end", sentence_start, sentence_end, what, value, unit, period, '
             "period_earliest, period_latest, change_pct, change_basis, qualifier, actors) VALUES "
             "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
}


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def write_happenings(conn: sqlite3.Connection, story: dict[str, Any], mentions: list[tuple[Any, ...]],
                     titles: dict[str, str], outlets: dict[str, str]) -> None:
    """Fusion's tables for one story: one happening per repeated event template."""
    by_happening: dict[str, list[tuple[Any, ...]]] = {}
    for m in mentions:
        by_happening.setdefault(m[0], []).append(m)
    a, b = story["a"].code, story["b"].code
    for hid, ms in by_happening.items():
        tpl = ms[0][5]
        value, first, last = tpl["date"]
        src, tgt = (b, a) if tpl["flip"] else (a, b)
        docs = {m[2] for m in ms}
        weight = len(docs) * 10 + len(ms) + abs(tpl["goldstein"]) / 10
        conn.execute("INSERT INTO happenings (id, kind, date, date_earliest, date_latest, cameo, plover, quad_class, "
                     "goldstein, mode, source_country, target_country, actors, headline, mentions, sources, articles, "
                     "weight, story_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (hid, "event", value, first, last, tpl["cameo"], tpl["plover"], tpl["quad"], tpl["goldstein"],
                      tpl["mode"], src, tgt, ",".join(sorted({src, tgt})), titles[ms[0][2]][:160], len(ms),
                      len({outlets[d] for d in docs}), len(docs), weight, story["id"]))
        conn.executemany("INSERT OR IGNORE INTO happening_mentions (happening_id, kind, item_id, doc_id, "
                         "sentence_start, sentence_end, date, date_earliest, date_latest, date_evidence) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?)",
                         [(hid, "event", m[1], m[2], m[3], m[4], value, first, last, "explicit") for m in ms])


def build(out: Path, n_docs: int, n_events: int, seed: int) -> dict[str, Any]:
    if out.exists():
        sys.exit(f"{out} exists: remove it or pass another --out")
    Store(out).close()  # every migration, index and trigger of a real store
    conn = sqlite3.connect(out, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    fusion = _has_table(conn, "happenings")
    gen = Generator(seed, n_docs, n_events)
    counts = dict.fromkeys(INSERTS, 0)
    started = time.perf_counter()
    conn.execute("BEGIN")
    for n, story in enumerate(gen.stories(), start=1):
        batch: dict[str, list[tuple[Any, ...]]] = {k: [] for k in (*INSERTS, "mentions")}
        for k in range(story["size"]):
            for table, rows in rows_for(gen, story, k).items():
                batch[table] += rows
        for table, sql in INSERTS.items():
            conn.executemany(sql, batch[table])
            counts[table] += len(batch[table])
        if fusion:
            titles = {r[0]: r[4] for r in batch["documents"]}
            outlets = {r[0]: r[6] for r in batch["documents"]}
            write_happenings(conn, story, batch["mentions"], titles, outlets)
            conn.execute("INSERT INTO fusion_documents (doc_id, story_id) VALUES " +
                         ",".join("(?, ?)" for _ in batch["documents"]),
                         [x for r in batch["documents"] for x in (r[0], story["id"])])
        if n % 2000 == 0:
            conn.execute("COMMIT")
            conn.execute("BEGIN")
            print(f"{counts['documents']:>8} documents {counts['events']:>9} events "
                  f"{time.perf_counter() - started:6.0f}s", file=sys.stderr)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {**counts, "seconds": round(time.perf_counter() - started, 1), "fusion_tables": fusion}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/synthetic.db"))
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    print(json.dumps(build(args.out, args.documents, args.events, args.seed)))


if __name__ == "__main__":
    main()
