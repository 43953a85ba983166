"""ECB+ document clustering: does story clustering put reports of one happening together and keep
look-alike happenings apart?

ECB+ (Cybulska & Vossen 2014, CC BY 3.0) has, per topic, two seminal events that look alike (two
earthquakes, two actors entering rehab): the `*ecb.xml` documents report one, the `*ecbplus.xml`
documents the other. The gold clustering is therefore (topic, ecb|ecbplus); tidings clusters all
documents of the chosen topics at once, without being told the topic, and is scored with B-cubed.
Sentence 0 of ecbplus files is the page URL: it is left out (it would leak the answer).
"""

from __future__ import annotations

import re
import tarfile
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tidings.errors import TidingsError
from tidings.fuse.stories import StoryText, cluster_stories

DEFAULT_CORPUS = "corpora/ecbplus/ECB+.tar.gz"  # inside the shared folder (tidings.eval.shared_dir)
DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)  # the common development split (Cybulska & Vossen 2015)
TOKEN = re.compile(r'<token[^>]*?sentence="(\d+)"[^>]*>([^<]*)</token>')
NAME = re.compile(r"ECB\+/(\d+)/(\d+)_(\d+)(ecbplus|ecb)\.xml$")
# ECB+ tokenised its two halves differently ("5.6" / "5 . 9", "Iran's" / "Iran 's"); rendering the tokens
# back to running text the same way for both keeps that difference from posing as a different wording.
SPACE_BEFORE = re.compile(r" (?=[.,;:!?%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|n't\b)", re.IGNORECASE)
SPACE_AFTER = re.compile(r"(?<=[(\[{$]) ")
SPLIT_NUMBER = re.compile(r"(?<=\d)(\.) ?(?=\d)|(?<=\d)(,) ?(?=\d{3}(?!\d))")


@dataclass(frozen=True, slots=True)
class GoldDoc:
    name: str
    topic: int
    plus: bool
    text: str


def read_ecbplus(path: str | Path, topics: Sequence[int] | None = None) -> list[GoldDoc]:
    """Documents of ECB+ (the release tarball or an unpacked ECB+ folder), sorted by name."""
    p = Path(path)
    if not p.exists():
        raise TidingsError("T100", str(p), "ECB+ not found (pass --corpus with the ECB+ tarball or folder)")
    wanted = set(topics) if topics else None
    docs = [d for d in _iter_files(p) if wanted is None or d.topic in wanted]
    return sorted(docs, key=lambda d: (d.topic, d.name))


def _iter_files(path: Path) -> Iterator[GoldDoc]:
    if path.is_dir():
        for f in sorted(path.rglob("*.xml")):
            yield from _parse(f"ECB+/{f.parent.name}/{f.name}", f.read_text(encoding="utf-8"))
        return
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is not None:
                yield from _parse(member.name, handle.read().decode("utf-8"))


def _parse(name: str, xml: str) -> Iterator[GoldDoc]:
    m = NAME.search(name)
    if not m:
        return
    plus = m.group(4) == "ecbplus"
    sentences: dict[int, list[str]] = defaultdict(list)
    for number, token in TOKEN.findall(xml):
        sentences[int(number)].append(_unescape(token))
    text = "\n".join(detokenize(words) for n, words in sorted(sentences.items()) if not (plus and n == 0))
    yield GoldDoc(name=name.rsplit("/", 1)[-1], topic=int(m.group(1)), plus=plus, text=text)


def detokenize(words: Sequence[str]) -> str:
    """Running text from ECB+ tokens: no space before closing punctuation and clitics, none after an
    opening bracket, and numbers split at their separator ("5 . 9") joined again."""
    text = SPACE_AFTER.sub("", SPACE_BEFORE.sub("", " ".join(words)))
    return SPLIT_NUMBER.sub(lambda m: m.group(1) or m.group(2), text)


def _unescape(token: str) -> str:
    return token.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (item → cluster label) against gold."""
    pred_members: dict[str, set[str]] = defaultdict(set)
    gold_members: dict[str, set[str]] = defaultdict(set)
    for item, label in predicted.items():
        pred_members[label].add(item)
    for item, label in gold.items():
        gold_members[label].add(item)
    precision = recall = 0.0
    for item in gold:
        shared = len(pred_members[predicted[item]] & gold_members[gold[item]])
        precision += shared / len(pred_members[predicted[item]])
        recall += shared / len(gold_members[gold[item]])
    n = len(gold) or 1
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def bcubed_by_topic(predicted: dict[str, str], docs: Sequence[GoldDoc]) -> dict[int, float]:
    """B-cubed F1 of each topic's documents (their predicted clusters as they are, other topics'
    members included), so a topic lost in the overall average shows."""
    gold = {d.name: f"{d.topic}{'+' if d.plus else ''}" for d in docs}
    members: dict[str, set[str]] = defaultdict(set)
    for item, label in predicted.items():
        members[label].add(item)
    gold_members: dict[str, set[str]] = defaultdict(set)
    for item, label in gold.items():
        gold_members[label].add(item)
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for d in docs:
        shared = len(members[predicted[d.name]] & gold_members[gold[d.name]])
        row = sums[d.topic]
        row[0] += shared / len(members[predicted[d.name]])
        row[1] += shared / len(gold_members[gold[d.name]])
        row[2] += 1
    out = {}
    for topic, (p, r, n) in sorted(sums.items()):
        p, r = p / n, r / n
        out[topic] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return out


def lookalike_separation(predicted: dict[str, str], docs: Sequence[GoldDoc]) -> dict[str, Any]:
    """Per topic, the share of (ecb, ecbplus) document pairs put in one cluster; a topic's two events
    count as kept apart when under 10% of its cross pairs are merged."""
    by_topic: dict[int, list[GoldDoc]] = defaultdict(list)
    for d in docs:
        by_topic[d.topic].append(d)
    merged_share = {}
    for topic, members in by_topic.items():
        a = [d.name for d in members if not d.plus]
        b = [d.name for d in members if d.plus]
        pairs = len(a) * len(b)
        same = sum(predicted[x] == predicted[y] for x in a for y in b)
        merged_share[topic] = same / pairs if pairs else 0.0
    apart = sorted(t for t, share in merged_share.items() if share < 0.1)
    return {"topics": len(merged_share), "kept_apart": len(apart),
            "merged_pair_share": round(sum(merged_share.values()) / max(len(merged_share), 1), 4),
            "not_apart": sorted(t for t in merged_share if t not in apart)}


def evaluate_ecbplus(path: str | Path, topics: Sequence[int] | None = None,
                     min_similarity: float | None = None) -> dict[str, Any]:
    """Cluster the documents of the chosen topics (default: all) and score against (topic, ecb|ecbplus)."""
    docs = read_ecbplus(path, topics)
    started = time.perf_counter()
    predicted = cluster_stories([StoryText(d.name, d.text) for d in docs], min_similarity=min_similarity)
    seconds = time.perf_counter() - started
    gold = {d.name: f"{d.topic}{'+' if d.plus else ''}" for d in docs}
    p, r, f1 = bcubed(predicted, gold)
    per_topic = bcubed_by_topic(predicted, docs)
    worst = min(per_topic, key=lambda t: per_topic[t]) if per_topic else None
    return {"documents": len(docs), "gold_clusters": len(set(gold.values())),
            "clusters": len(set(predicted.values())), "bcubed_precision": round(p, 4),
            "bcubed_recall": round(r, 4), "bcubed_f1": round(f1, 4),
            "topic_f1_min": per_topic.get(worst, 0.0) if worst else 0.0, "topic_f1_min_topic": worst,
            "topics_f1_below_0_8": sorted(t for t, v in per_topic.items() if v < 0.8), "topic_f1": per_topic,
            "lookalikes": lookalike_separation(predicted, docs), "seconds": round(seconds, 2)}
