"""A synthetic corpus of short articles made of real sentences from the example corpus.

Why: the fault-injection test needs many documents (1,000) that are cheap to analyse yet read like
news, so that every stage (time, actors, events, facts, fusion) has real work to do. Each document is
2-4 sentences drawn with a fixed seed from examples/china-kazakhstan, with a publication date, so the
corpus is the same on every machine.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "china-kazakhstan"
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def example_sentences(folder: Path = EXAMPLES) -> list[str]:
    """Sentences of the example articles that look like running prose (40-400 characters, end stop)."""
    found: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            for sentence in _SPLIT.split(paragraph.strip()):
                sentence = sentence.strip()
                if 40 <= len(sentence) <= 400 and sentence[-1] in ".!?\"”" and " " in sentence:
                    found.append(sentence)
    return sorted(set(found))


def synthetic_records(n: int, seed: int = 8) -> list[dict[str, str]]:
    """`n` JSON records {title, published, source, text}; texts are unique."""
    rng = random.Random(seed)
    sentences = example_sentences()
    records: list[dict[str, str]] = []
    seen: set[str] = set()
    while len(records) < n:
        text = " ".join(rng.sample(sentences, rng.randint(2, 4)))
        if text in seen:
            continue
        seen.add(text)
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        records.append({"title": f"Report {len(records) + 1}", "published": day,
                        "source": rng.choice(["Wire A", "Wire B", "Daily C"]), "text": text})
    return records


def write_corpus(folder: Path, n: int, files: int = 4, seed: int = 8) -> list[Path]:
    """The records split over `files` JSONL files in `folder` (created)."""
    folder.mkdir(parents=True, exist_ok=True)
    records = synthetic_records(n, seed)
    paths = []
    for k in range(files):
        path = folder / f"part{k}.jsonl"
        chunk = records[k::files]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chunk), encoding="utf-8")
        paths.append(path)
    return paths
