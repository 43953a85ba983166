"""ECB+ at the level of event mentions: do tidings' coded mentions of one act end in one happening?

ECB+ (Cybulska & Vossen 2014, CC BY 3.0) marks every event mention (ACTION_* markables, anchored on
tokens) and links mentions of one act across documents (CROSS_DOC_COREF, one instance id per chain;
a mention in no chain is a chain of its own). tidings analyses each document as `tidings ingest` would
(spaCy, actors, time, the event coder; ECB+ pages carry no dates), turns the analyses into fusion
mentions and merges them into happenings (`tidings.fuse.coreference.merge_mentions`), all topics at
once, without being told the topic.

Alignment: a coded event aligns with the gold mention of its document whose tokens overlap its verb
span (its trigger words), the gold mention covering the most of it first; each gold mention aligns
once. The scores compare the two partitions of the aligned mentions only: MUC (Vilain et al. 1995),
B-cubed (Bagga & Baldwin 1998), CEAF-e (Luo 2005, entity-based, optimal alignment) and CoNLL F1,
their mean (Pradhan et al. 2014); the number of aligned mentions says how much of the gold they cover.
"""

from __future__ import annotations

import re
import tarfile
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from tidings.errors import TidingsError
from tidings.eval.fusion import NAME, _unescape, detokenize

TOKEN = re.compile(r'<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)</token>')
ACTION = re.compile(r'<(ACTION_\w+|NEG_ACTION_\w+) m_id="(\d+)"\s*>(.*?)</\1>', re.DOTALL)
ANCHOR = re.compile(r'<token_anchor t_id="(\d+)"')
CHAIN = re.compile(r'<CROSS_DOC_COREF r_id="\d+" note="([^"]+)"\s*>(.*?)</CROSS_DOC_COREF>', re.DOTALL)
SOURCE = re.compile(r'<source m_id="(\d+)"')


@dataclass
class MentionDoc:
    """One ECB+ document: its running text and its gold event mentions as character spans."""

    name: str
    topic: int
    text: str
    mentions: dict[str, tuple[int, int]] = field(default_factory=dict)  # m_id → (start, end)
    chains: dict[str, str] = field(default_factory=dict)  # m_id → gold chain label


def read_mention_docs(path: str | Path, topics: Sequence[int] | None = None) -> list[MentionDoc]:
    p = Path(path)
    if not p.exists():
        raise TidingsError("T100", str(p), "ECB+ not found (pass --corpus with the ECB+ tarball or folder)")
    wanted = set(topics) if topics else None
    docs = [d for d in _files(p) if wanted is None or d.topic in wanted]
    return sorted(docs, key=lambda d: (d.topic, d.name))


def _files(path: Path) -> Iterator[MentionDoc]:
    if path.is_dir():
        for f in sorted(path.rglob("*.xml")):
            doc = _parse(f"ECB+/{f.parent.name}/{f.name}", f.read_text(encoding="utf-8"))
            if doc is not None:
                yield doc
        return
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is not None and (doc := _parse(member.name, handle.read().decode("utf-8"))) is not None:
                yield doc


def _parse(name: str, xml: str) -> MentionDoc | None:
    m = NAME.search(name)
    if not m:
        return None
    plus = m.group(4) == "ecbplus"
    tokens: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for t_id, sentence, word in TOKEN.findall(xml):
        tokens[int(sentence)].append((t_id, _unescape(word)))
    kept = [(n, words) for n, words in sorted(tokens.items()) if not (plus and n == 0)]
    text = "\n".join(detokenize([w for _, w in words]) for _, words in kept)
    spans = _token_spans(text, [t for _, words in kept for t in words])
    doc = MentionDoc(name=name.rsplit("/", 1)[-1], topic=int(m.group(1)), text=text)
    for _, m_id, body in ACTION.findall(xml):
        covered = [spans[t] for t in ANCHOR.findall(body) if t in spans]
        if covered:
            doc.mentions[m_id] = (min(s for s, _ in covered), max(e for _, e in covered))
    for note, body in CHAIN.findall(xml):
        for m_id in SOURCE.findall(body):
            if m_id in doc.mentions:
                doc.chains[m_id] = note
    for m_id in doc.mentions:
        doc.chains.setdefault(m_id, f"{doc.name}#{m_id}")
    return doc


def _token_spans(text: str, tokens: list[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """Each token's character span in the detokenized text, found left to right."""
    out, at = {}, 0
    for t_id, word in tokens:
        found = text.find(word, at)
        if found == -1:
            continue
        out[t_id] = (found, found + len(word))
        at = found + len(word)
    return out


# -- scores ------------------------------------------------------------------------------------------------

Partition = dict[str, str]  # mention → cluster label


def _clusters(partition: Partition) -> list[set[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for item, label in partition.items():
        groups[label].add(item)
    return list(groups.values())


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def muc(key: Partition, response: Partition) -> tuple[float, float, float]:
    """MUC: links recovered; each key chain of size n needs n-1 links, less one per response part it is cut into."""
    def score(a: Partition, b: Partition) -> float:
        num = den = 0
        for chain in _clusters(a):
            parts = {b.get(m, f"single:{m}") for m in chain}
            num += len(chain) - len(parts)
            den += len(chain) - 1
        return num / den if den else 0.0
    r, p = score(key, response), score(response, key)
    return p, r, _f1(p, r)


def bcubed(key: Partition, response: Partition) -> tuple[float, float, float]:
    key_of = {m: c for c in _clusters(key) for m in c}
    resp_of = {m: c for c in _clusters(response) for m in c}
    items = list(key)
    p = sum(len(key_of[m] & resp_of[m]) / len(resp_of[m]) for m in items) / len(items) if items else 0.0
    r = sum(len(key_of[m] & resp_of[m]) / len(key_of[m]) for m in items) / len(items) if items else 0.0
    return p, r, _f1(p, r)


def ceaf_e(key: Partition, response: Partition) -> tuple[float, float, float]:
    """Entity-based CEAF: the best one-to-one alignment of key and response chains under
    phi4 = 2|K ∩ R| / (|K| + |R|)."""
    keys, responses = _clusters(key), _clusters(response)
    if not keys or not responses:
        return 0.0, 0.0, 0.0
    sim = np.array([[2 * len(k & r) / (len(k) + len(r)) for r in responses] for k in keys])
    rows, cols = linear_sum_assignment(-sim)
    total = float(sim[rows, cols].sum())
    p, r = total / len(responses), total / len(keys)
    return p, r, _f1(p, r)


def scores(key: Partition, response: Partition) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, fn in (("muc", muc), ("bcubed", bcubed), ("ceaf_e", ceaf_e)):
        p, r, f = fn(key, response)
        out[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
    out["conll_f1"] = round(sum(out[n]["f1"] for n in ("muc", "bcubed", "ceaf_e")) / 3, 4)
    return out


# -- tidings over ECB+ -------------------------------------------------------------------------------------


def align(doc: MentionDoc, events: Sequence[tuple[str, tuple[int, int]]]) -> dict[str, str]:
    """Coded event id → gold mention id: by overlap of the event's trigger span with the gold tokens,
    largest overlap first, each side at most once."""
    pairs = []
    for event_id, (s0, s1) in events:
        for m_id, (g0, g1) in doc.mentions.items():
            overlap = min(s1, g1) - max(s0, g0)
            if overlap > 0:
                pairs.append((-overlap, event_id, m_id))
    used_e: set[str] = set()
    used_g: set[str] = set()
    out = {}
    for _, event_id, m_id in sorted(pairs):
        if event_id not in used_e and m_id not in used_g:
            used_e.add(event_id)
            used_g.add(m_id)
            out[event_id] = m_id
    return out


def evaluate_mentions(path: str | Path, topics: Sequence[int] | None = None) -> dict[str, Any]:
    """Analyse the chosen topics' documents, fuse their mentions, align and score (module docstring)."""
    from tidings.analysis import analyzer_for
    from tidings.config import Settings
    from tidings.fuse.coreference import merge_mentions
    from tidings.fuse.mentions import mentions_of
    from tidings.ids import document_id, sha256_text
    from tidings.records import Document

    docs = read_mention_docs(path, topics)
    started = time.perf_counter()
    analyzer = analyzer_for(Settings())
    mentions, aligned, gold_total = [], {}, 0
    for doc in docs:
        sha = sha256_text(doc.text)
        record = Document(id=document_id(doc.name, sha), origin=doc.name, text=doc.text, content_sha=sha,
                          language="en")
        analyzed = analyzer.analyze(record)
        coded = [m for m in mentions_of(analyzed) if m.kind == "event"]  # reporting frames left out
        ids = {m.item_id for m in coded}
        spans = [(e.id, e.verb_span or (e.sentence.start, e.sentence.end)) for e in analyzed.events if e.id in ids]
        for event_id, m_id in align(doc, spans).items():
            aligned[event_id] = (doc, m_id)
        mentions += coded
        gold_total += len(doc.mentions)
    happenings = merge_mentions(mentions, order=lambda m: (m.doc_id, m.sentence[0], m.item_id))
    response = {f"{aligned[m.item_id][0].name}#{aligned[m.item_id][1]}": h.id
                for h in happenings for m in h.mentions if m.item_id in aligned}
    key = {f"{d.name}#{m_id}": d.chains[m_id] for d, m_id in aligned.values()}
    result = scores(key, response)
    result.update(documents=len(docs), gold_mentions=gold_total, coded_events=len(mentions),
                  aligned_mentions=len(key), gold_chains_aligned=len(set(key.values())),
                  happenings_aligned=len(set(response.values())), seconds=round(time.perf_counter() - started, 1))
    return result
