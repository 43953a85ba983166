"""The default timeline on the real-news dev gold (../shared/gold/realnews/dev.json), by tune and check half.

Ingests the 20 gold pages into a fresh store and reads `tidings events` and the default `tidings timeline`.
A gold event is *found* when the shared scorer's matching (`tools/score_realnews.py`: same sentence, same
type) pairs it with a coded event. Printed per half (articles split by `tidings.eval.split`):
  found            gold events found
  in_one_entry     share of found gold events whose coded event is in exactly one default timeline entry
  entries          default timeline entries citing an article of the half
  unmatched        share of those entries whose evidence matches no gold event sentence of their articles
The bar of issue 15: in_one_entry >= 0.95, unmatched <= 0.15.

    .venv/bin/python benchmarks/realnews_timeline.py [--shared ../shared] [--keep DIR] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from tidings.eval.split import split_keys

GOLD = Path("gold/realnews/dev.json")


def scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_realnews", shared / "tools" / "score_realnews.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(shared: Path, work: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(events, default timeline entries) of a fresh store holding the gold pages."""
    gold = json.loads((shared / GOLD).read_text(encoding="utf-8"))
    pages = work / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    for article in gold["articles"]:
        (pages / f"{article['id']}.html").write_bytes(gzip.decompress((shared / article["file"]).read_bytes()))
    tidings, store = [sys.executable, "-m", "tidings"], work / "s.db"
    store.unlink(missing_ok=True)
    subprocess.run([*tidings, "ingest", "-q", "--db", str(store), str(pages)], check=False,
                   stderr=subprocess.DEVNULL)
    out = subprocess.run([*tidings, "events", "--db", str(store), "--format", "jsonl"], check=True,
                         capture_output=True, text=True).stdout
    events = [json.loads(line) for line in out.splitlines() if line.strip()]
    out = subprocess.run([*tidings, "timeline", "--db", str(store), "--format", "json"], check=True,
                         capture_output=True, text=True).stdout
    return events, json.loads(out)["entries"]


def article_of(path: str, ids: list[str], sr: ModuleType) -> str | None:
    name = Path(path).name
    return next((a for a in ids if sr.of_article(name, a)), None)


def found_pairs(article: dict[str, Any], events: list[dict[str, Any]], ids: list[str],
                sr: ModuleType) -> list[tuple[int, str]]:
    """(gold event index, system event id): the scorer's one-to-one matching within one article."""
    coded = [e for e in events if sr.ptype(e.get("plover")) and
             any(article_of(m["path"], ids, sr) == article["id"] for m in e.get("mentions") or [])]
    pairs = []
    for gi, g in enumerate(article.get("events", [])):
        types = {sr.ptype(g["plover"]), *map(sr.ptype, g.get("plover_accept", []))}
        for e in coded:
            if sr.ptype(e["plover"]) in types and any(sr.same_sentence(m["sentence"], g["sentence"])
                                                      for m in e["mentions"]):
                agree = (sr.country(e.get("source")) == sr.country(g.get("source"))) + \
                        (sr.country(e.get("target")) == sr.country(g.get("target")))
                pairs.append((-agree, gi, e["id"]))
    used_g: set[int] = set()
    used_s: set[str] = set()
    out = []
    for _, gi, eid in sorted(pairs):
        if gi not in used_g and eid not in used_s:
            used_g.add(gi)
            used_s.add(eid)
            out.append((gi, eid))
    return out


def figures(articles: list[dict[str, Any]], events: list[dict[str, Any]], entries: list[dict[str, Any]],
            ids: list[str], sr: ModuleType) -> dict[str, Any]:
    mine = {a["id"] for a in articles}
    holders: dict[str, int] = {}
    for entry in entries:
        for event in entry["events"]:
            holders[event["id"]] = holders.get(event["id"], 0) + 1
    found = [eid for a in articles for _, eid in found_pairs(a, events, ids, sr)]
    once = sum(1 for eid in found if holders.get(eid, 0) == 1)
    gold_sentences = {a["id"]: [g["sentence"] for g in a.get("events", [])] for a in articles}
    cited = unmatched = 0
    for entry in entries:
        arts = {article_of(s["path"], ids, sr) for s in entry["sources"]} & mine
        if not arts:
            continue
        cited += 1
        own = [(s["sentence"], article_of(s["path"], ids, sr)) for s in entry["sources"]]
        unmatched += not any(sr.same_sentence(text, g) for text, art in own if art in arts for g in gold_sentences[art])
    return {"found": len(found), "in_one_entry": round(once / len(found), 3) if found else 0.0,
            "entries": cited, "unmatched": round(unmatched / cited, 3) if cited else 0.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    parser.add_argument("--keep", help="work folder to keep (default: a temporary one)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    shared = Path(args.shared)
    work = Path(args.keep or tempfile.mkdtemp(prefix="tidings-rn-timeline-"))
    work.mkdir(parents=True, exist_ok=True)
    sr = scorer(shared)
    gold = json.loads((shared / GOLD).read_text(encoding="utf-8"))["articles"]
    ids = [a["id"] for a in gold]
    events, entries = build(shared, work)
    tune, check = split_keys(ids)
    results = {name: figures([a for a in gold if a["id"] in keys], events, entries, ids, sr)
               for name, keys in (("all", set(ids)), ("tune", tune), ("check", check))}
    if args.json:
        print(json.dumps(results))
        return 0
    print("half    found  in_one_entry  entries  unmatched")
    for name, f in results.items():
        print(f"{name:6} {f['found']:6} {f['in_one_entry']:13.3f} {f['entries']:8} {f['unmatched']:10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
