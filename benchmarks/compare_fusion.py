"""How far two fused stores of the same documents are apart: an incremental result against a full pass.

Story membership (documents) and happening membership (mentions) of store A are scored against store B
with B³ F1, and the documents / mentions whose whole group is identical are counted. Used in BENCHMARKS.md
(issue 16) to state what a bounded incremental region changes against `tidings fuse --full`.

Usage:  python benchmarks/compare_fusion.py INCREMENTAL.db FULL.db
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections import defaultdict

STORIES = "SELECT doc_id, story_id FROM fusion_documents"
HAPPENINGS = "SELECT item_id, happening_id FROM happening_mentions"


def groups(db: str, query: str) -> dict[str, frozenset[str]]:
    """item → the set of items of its group."""
    members: dict[str, set[str]] = defaultdict(set)
    with sqlite3.connect(db) as conn:
        for item, group in conn.execute(query):
            members[group].add(item)
    return {item: frozenset(group) for group in members.values() for item in group}


def b3_f1(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> float:
    items = a.keys() & b.keys()
    precision = sum(len(a[i] & b[i]) / len(a[i]) for i in items) / len(items)
    recall = sum(len(a[i] & b[i]) / len(b[i]) for i in items) / len(items)
    return round(2 * precision * recall / (precision + recall), 4)


def compare(first: str, second: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, query in (("stories", STORIES), ("happenings", HAPPENINGS)):
        a, b = groups(first, query), groups(second, query)
        out[name] = [len(set(a.values())), len(set(b.values()))]
        out[f"{name}_b3_f1"] = b3_f1(a, b)
        out[f"{name}_identical"] = [sum(a[i] == b.get(i) for i in a), len(a)]
    return out


if __name__ == "__main__":
    print(json.dumps(compare(sys.argv[1], sys.argv[2])))
