"""Speed of the event coder beside the spaCy parse it needs.

    .venv/bin/python benchmarks/bench_events.py [--n 1000] [--shared ../shared]

Texts: the first N dated event summaries of the Wikipedia Current Events Portal (shared/corpora/wcep_*,
real news sentences, read at run time). Times, in one process: the spaCy parse (nlp.pipe), the actor
finder, the temporal engine, and the coder (code_events) alone; prints sentences per second for each
and the coder's cost as a share of the parse.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from tidings.actors import find_actors, load_actor_base
from tidings.analysis import story_date_of
from tidings.config import Settings
from tidings.events import code_events
from tidings.nlp import get_nlp
from tidings.time import find_timexes


def load_texts(shared: Path, n: int) -> list[tuple[str, str]]:
    folder = next(shared.glob("corpora/wcep_daily_*"))
    out = []
    with gzip.open(folder / "events.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out.append((row["text"], row["date"]))
            if len(out) >= n:
                break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--shared", default="../shared")
    args = parser.parse_args()
    items = load_texts(Path(args.shared), args.n)
    nlp = get_nlp(Settings())
    base = load_actor_base()
    nlp("warm up")
    clock = time.perf_counter()
    docs = list(nlp.pipe((t for t, _ in items), batch_size=64))
    parse = time.perf_counter() - clock
    sentences = sum(1 for d in docs for _ in d.sents)
    clock = time.perf_counter()
    actors = [find_actors(d, date, base) for d, (_, date) in zip(docs, items, strict=True)]
    actor_time = time.perf_counter() - clock
    clock = time.perf_counter()
    timexes = [find_timexes(d.text, date, doc=d) for d, (_, date) in zip(docs, items, strict=True)]
    time_time = time.perf_counter() - clock
    code_events(docs[0], "warm", actors[0], timexes[0], story_date_of(items[0][1]))  # loads the pattern files
    clock = time.perf_counter()
    events = 0
    for i, (doc, (_, date)) in enumerate(zip(docs, items, strict=True)):
        events += len(code_events(doc, f"d{i}", actors[i], timexes[i], story_date_of(date)))
    code_time = time.perf_counter() - clock
    print(f"texts {len(items)}, sentences {sentences}, events {events}")
    for name, seconds in (("spaCy parse", parse), ("actors", actor_time), ("timexes", time_time),
                          ("event coder", code_time)):
        print(f"{name:12} {seconds:7.2f} s  {sentences / seconds:9.0f} sentences/s  {seconds / parse:6.1%} of parse")


if __name__ == "__main__":
    main()
