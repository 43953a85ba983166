"""Speed of the event coder beside the spaCy parse it needs.

    .venv/bin/python benchmarks/bench_events.py [--n 1000] [--shared ../shared]

Texts: the first N dated event summaries of the Wikipedia Current Events Portal (shared/corpora/wcep_*,
real news sentences, read at run time). Times, in one process: the spaCy parse (nlp.pipe), the actor
finder, the temporal engine, and the coder (code_events) alone; prints sentences per second for each
and the coder's cost as a share of the parse; then the coder and actor finder together (gate: <= 25 %).
Each stage is timed `--repeat` times, interleaved with the others, and the best run of each counts (as
`timeit` does): on a shared machine the slowest runs measure the neighbours.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path
from typing import Any

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


def timed_round(nlp: Any, base: Any, items: list[tuple[str, str]]) -> tuple[list[Any], int, dict[str, float]]:
    """One run of every stage over all texts, each stage timed on its own."""
    clock = time.perf_counter()
    docs = list(nlp.pipe((t for t, _ in items), batch_size=64))
    times = {"parse": time.perf_counter() - clock}
    clock = time.perf_counter()
    actors = [find_actors(d, date, base) for d, (_, date) in zip(docs, items, strict=True)]
    times["actors"] = time.perf_counter() - clock
    clock = time.perf_counter()
    timexes = [find_timexes(d.text, date, doc=d) for d, (_, date) in zip(docs, items, strict=True)]
    times["timexes"] = time.perf_counter() - clock
    clock = time.perf_counter()
    events = 0
    for i, (doc, (_, date)) in enumerate(zip(docs, items, strict=True)):
        events += len(code_events(doc, f"d{i}", actors[i], timexes[i], story_date_of(date)))
    times["coder"] = time.perf_counter() - clock
    return docs, events, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    items = load_texts(Path(args.shared), args.n)
    nlp = get_nlp(Settings())
    base = load_actor_base()
    nlp("warm up")
    code_events(nlp("warm up"), "warm", [], [], story_date_of(items[0][1]))  # loads the pattern files
    best: dict[str, float] = {}
    for _ in range(max(1, args.repeat)):
        docs, events, times = timed_round(nlp, base, items)
        for name, seconds in times.items():
            best[name] = min(best.get(name, seconds), seconds)
    parse, actor_time, time_time, code_time = (best[k] for k in ("parse", "actors", "timexes", "coder"))
    sentences = sum(1 for d in docs for _ in d.sents)
    print(f"texts {len(items)}, sentences {sentences}, events {events}")
    for name, seconds in (("spaCy parse", parse), ("actors", actor_time), ("timexes", time_time),
                          ("event coder", code_time)):
        print(f"{name:12} {seconds:7.2f} s  {sentences / seconds:9.0f} sentences/s  {seconds / parse:6.1%} of parse")
    both = actor_time + code_time  # the gate of issue 13: coder and actor finder together <= 25 % of the parse
    print(f"coder + actor finder {both:7.2f} s  {both / parse:6.1%} of parse (gate <= 25 %)")


if __name__ == "__main__":
    main()
