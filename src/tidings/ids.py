"""Deterministic ids: the same input always gets the same id, so re-ingesting changes nothing."""

from __future__ import annotations

import hashlib


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_id(origin: str, content_sha: str) -> str:
    """A document is one article at one origin: a copy under another name is another document
    (another source for the same events), the same file ingested twice is the same document."""
    return "d" + hashlib.sha256(f"{origin}\n{content_sha}".encode()).hexdigest()[:15]


def stable_id(prefix: str, *parts: object) -> str:
    """A short id from the parts, e.g. stable_id("e", doc_id, start, end, cameo)."""
    joined = "\x1f".join(str(p) for p in parts)
    return prefix + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:15]
