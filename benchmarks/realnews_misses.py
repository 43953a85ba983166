"""Where real-news recall is lost: each gold event of a half sorted by what tidings output in its sentence.

Categories (a gold event's sentence compared with each output event's sentence by the shared scorer's
`same_sentence`): matched (an event of an accepted type shares the sentence; looser than the scorer's one-to-one
matching), other type only, statement only, no event in the sentence (split into "a trigger read, no event": the
coder read an act in the sentence, `events.code.read_sentence`, and then found no sides it could place; and "no
trigger read": no verb or noun of the sentence was read as an act), sentence not in the stored text. The check
half is printed as counts only (its sentences are not for reading); `--tune-misses TYPE,...` lists the tune misses
of those gold types, to read when writing rules.

    .venv/bin/python benchmarks/realnews_misses.py [--shared ../shared] [--tune-misses ACCUSE,COERCE]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from realnews_timeline import scorer  # the shared scorer, for its sentence matching and type names

import tidings.events.code as coder
from tidings.config import load_settings
from tidings.eval.gate import REALNEWS, export_events, ingest_folder
from tidings.eval.split import split_keys


def outputs_by_article(articles: list[dict[str, Any]], events_path: Path) -> dict[str, list[tuple[str, str]]]:
    """(sentence, PLOVER type or "") of every output event, by the gold article its mention's file names."""
    found: dict[str, list[tuple[str, str]]] = {a["id"]: [] for a in articles}
    for line in events_path.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        for mention in event.get("mentions", []):
            article = Path(str(mention.get("path") or "")).stem
            if article in found:
                found[article].append((mention.get("sentence") or "", event.get("plover") or ""))
    return found


def stored_words(db: Path) -> dict[str, str]:
    """The stored text of each page as its words joined by spaces, by article id."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute("select origin, text from documents").fetchall()
    return {Path(origin).stem: " ".join(re.findall(r"[a-z0-9]+", text.lower())) for origin, text in rows}


def recording_readings(read: list[str]) -> None:
    """Wrap the coder's `read_sentence` so that every sentence it read an act in is kept (as words, lower case):
    the ingest below runs in this process."""
    original = coder.read_sentence

    def reading(sentence: Any, book: Any, actors: Any) -> Any:
        readings = original(sentence, book, actors)
        if readings:
            read.append(" ".join(re.findall(r"[a-z0-9]+", sentence.text.lower())))
        return readings

    coder.read_sentence = reading


def category(gold_event: dict[str, Any], here: list[str], text: str, sr: ModuleType, read: list[str]) -> str:
    accepted = {sr.ptype(gold_event["plover"])} | {sr.ptype(t) for t in gold_event.get("plover_accept") or []}
    if any(t in accepted for t in here):
        return "matched"
    if " ".join(sr.words(gold_event["sentence"]))[:40] not in text:
        return "sentence not in text"
    if not here:
        opening = " ".join(sr.words(gold_event["sentence"]))[:40]
        return "a trigger read, no event" if any(opening in r for r in read) else "no trigger read"
    return "statement only" if not any(here) else "other type only"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--tune-misses", default="", help="comma-separated gold types whose tune misses to list")
    args = parser.parse_args()
    shared = Path(args.shared)
    sr = scorer(shared)
    articles = json.loads((shared / REALNEWS).read_text(encoding="utf-8"))["articles"]
    tune, check = split_keys(a["id"] for a in articles)
    read: list[str] = []
    recording_readings(read)
    with tempfile.TemporaryDirectory(prefix="tidings-misses-") as folder:
        work = Path(folder)
        (work / "pages").mkdir()
        for article in articles:
            page = gzip.decompress((shared / article["file"]).read_bytes())
            (work / "pages" / f"{article['id']}.html").write_bytes(page)
        db = ingest_folder(work / "pages", work, load_settings())
        outputs = outputs_by_article(articles, export_events(db, work / "events.jsonl"))
        texts = stored_words(db)
    listed = {t.strip().upper() for t in args.tune_misses.split(",") if t.strip()}
    for half, keys in (("tune", tune), ("check", check)):
        categories: Counter[str] = Counter()
        missed: Counter[str] = Counter()
        for article in (a for a in articles if a["id"] in keys):
            for gold_event in article["events"]:
                here = [sr.ptype(t) for s, t in outputs[article["id"]] if sr.same_sentence(s, gold_event["sentence"])]
                kind = category(gold_event, here, texts.get(article["id"], ""), sr, read)
                categories[kind] += 1
                if kind != "matched":
                    missed[sr.ptype(gold_event["plover"])] += 1
                    if half == "tune" and sr.ptype(gold_event["plover"]) in listed:
                        print(f"  [{sr.ptype(gold_event['plover'])} | {','.join(sorted(set(here)))}] "
                              f"{gold_event['sentence'][:240]}")
        print(f"{half}: {dict(categories.most_common())}")
        print(f"{half} misses by gold type: {dict(missed.most_common())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
