"""One fusion pass over a store: read everything, decide, write the changes.

Re-anchoring a document re-runs its per-document analysis against the new story date and swaps it
in with `Store.replace_analysis` (one transaction per document); the fusion tables (duplicates,
stories, happenings, their mentions) are then replaced in one transaction. A pass that finds
nothing new changes nothing, so running it twice is harmless.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Any
from urllib.parse import urlparse

from spacy.tokens import Doc

from tidings.analysis import analyzer_for
from tidings.config import Settings
from tidings.fuse.coreference import merge_mentions
from tidings.fuse.dates import DatedClaim, day_value
from tidings.fuse.duplicates import DocText, Duplicate, copies_of, find_duplicates
from tidings.fuse.incremental import (
    DocKey,
    Finder,
    affected_region,
    candidates_of,
    document_keys,
    keep_shown_ids,
    pin_stories,
    story_day,
)
from tidings.fuse.mentions import Mention, mentions_of, redated_claims
from tidings.fuse.pegs import PegDoc, news_pegs
from tidings.fuse.reconcile import Decision, DocDates, reconcile
from tidings.fuse.redate import Redater
from tidings.fuse.render import happening_rows
from tidings.fuse.stories import StoryText, cluster_stories
from tidings.records import AnalyzedDocument, Document, StoryDate
from tidings.store import Store
from tidings.store.fusion_tables import (
    fusion_counts,
    fusion_state,
    happening_ids_outside,
    load_analysis,
    original_story_dates,
    region_membership,
    reposts,
    retired_happenings,
    store_signature,
    write_fusion_region,
)
from tidings.store.reads import pending_documents, reviewed_since_fusion
from tidings.store.review import refresh_reviewed

Analyzer = Callable[[Document, str | None], AnalyzedDocument]
LINKED_CONFIDENCE = 0.8
FUSION_VERSION = "8"  # bump when a change to tidings.fuse changes what a pass computes from the same store
SIGNATURE_KEY = "store_signature"
SALT_KEY = "fusion_salt"  # the code and knowledge the stored result (and its candidate keys) were computed with


class PipelineAnalyzer:
    """Re-runs the settings' analyzer (`tidings.analysis`, the user's actor files included) on a stored
    document, parsing each text once per pass."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._parsed: dict[str, Doc] = {}

    def __call__(self, document: Document, story_date: str | None) -> AnalyzedDocument:
        analyzer = analyzer_for(self.settings)
        if document.id not in self._parsed:
            self._parsed[document.id] = analyzer.parse(document.text)
        return analyzer.analyze(document, self._parsed[document.id], story_date=story_date)


@dataclass
class FusionReport:
    """What a fusion pass found and changed."""

    documents: int = 0
    duplicates: int = 0
    stories: int = 0
    reanchored: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    reposts: list[str] = field(default_factory=list)
    happenings: int = 0
    mentions: int = 0
    skipped: bool = False  # the store was as the last pass left it: nothing was recomputed
    pass_kind: str = "full"  # "full": every document; "incremental": the new documents' region; "none": skipped
    region: int = 0  # documents recomputed by this pass

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@lru_cache(maxsize=1)
def fusion_salt() -> str:
    """What a pass's result depends on besides the store: the knowledge files, and the source of the fusion
    and time code itself, so that upgrading tidings can never serve a pass computed by older code."""
    root = files("tidings")
    digest = hashlib.sha256(FUSION_VERSION.encode())
    for folder, suffix in ((root / "data" / "fusion", ""), (root / "fuse", ".py"), (root / "time", ".py")):
        for name in sorted(f.name for f in folder.iterdir() if f.is_file() and f.name.endswith(suffix)):
            digest.update(name.encode() + (folder / name).read_bytes())
    return digest.hexdigest()


class Fusion:
    """State of one pass: stored analyses, originals (own story dates), re-anchored variants."""

    def __init__(self, store: Store, settings: Settings, analyzer: Analyzer | None = None,
                 finder: Finder | None = None) -> None:
        self.store = store
        self.finder: Finder = finder or self._find  # where the new documents' candidates are searched
        self._keys: dict[str, list[DocKey]] = {}  # candidate keys of the new documents, as the search found them
        self.analyzer: Analyzer = analyzer or PipelineAnalyzer(settings)
        self._variants: dict[tuple[str, str], AnalyzedDocument] = {}
        self._variant_claims: dict[tuple[str, str], dict[str, DatedClaim]] = {}
        self._redaters: dict[str, Redater] = {}
        self.reanalysed = 0  # documents re-dated by a full re-analysis (the cheap path could not vouch)

    def run(self, force: bool = False, full: bool = False) -> FusionReport:
        """Skip when the store is exactly as the last pass left it; fuse only the region of the documents
        no pass has seen when that is all that changed (`tidings.fuse.incremental`); else a full pass.
        `force` and `full` ask for a full pass whatever the store holds."""
        if full or force:
            return self._pass(None)
        if fusion_state(self.store, SIGNATURE_KEY) == store_signature(self.store, fusion_salt()):
            counts = fusion_counts(self.store)
            return FusionReport(documents=counts["documents"], duplicates=counts["duplicates"],
                                stories=counts["stories"], happenings=counts["happenings"],
                                mentions=counts["mentions"], reposts=reposts(self.store), skipped=True,
                                pass_kind="none")
        pending = sorted(set(pending_documents(self.store)) | set(reviewed_since_fusion(self.store)))
        if pending and fusion_state(self.store, SALT_KEY) == fusion_salt():
            return self._incremental(pending)
        return self._pass(None)

    def _find(self, store: Store, doc_ids: list[str]) -> set[str]:
        """`candidates_of` in this process, keeping the keys it computed for `_write`."""
        return candidates_of(store, doc_ids, self._keys)

    def _incremental(self, pending: list[str]) -> FusionReport:
        """Fuse the new documents with the region they can change (see `tidings.fuse.incremental`)."""
        found = self.finder(self.store, pending)
        region = affected_region(self.store, pending, found - set(pending))
        return self._pass(sorted(region.documents), set(pending), region.kept_happenings, region.pinned_stories)

    def _pass(self, region: list[str] | None, new: set[str] | None = None,
              kept: set[str] | None = None, pinned: dict[str, str] | None = None) -> FusionReport:
        """The fusion steps over `region` (None: the whole store), its rows replaced in one transaction;
        candidate keys are recomputed for the `new` documents and those whose analysis changed (all, in a
        full pass): the others' analyses, hence keys, are as the last pass left them. `kept`: stored
        happenings reaching outside the region, left as they are with their mentions; `pinned`: doc id →
        stored story id of the stories reaching outside it, whose ids the region keeps."""
        ids = region if region is not None else [r["id"] for r in self.store.query("SELECT id FROM documents "
                                                                                   "ORDER BY id")]
        kept = kept or set()
        membership = region_membership(self.store, ids)  # before re-anchoring rewrites a document (and its rows)
        shown = {item: h for item, h in membership.items() if h not in kept}
        frozen = {item for item, h in membership.items() if h in kept}
        stored = {i: load_analysis(self.store, i) for i in ids}
        own_dates = original_story_dates(self.store, ids)
        originals = {i: self._original(a, own_dates.get(i)) for i, a in stored.items()}
        own = {i: mentions_of(a) for i, a in originals.items()}
        docs = [DocDates(i, a.document.published, a.story_date) for i, a in originals.items()]

        def claims_of(doc_id: str, anchor: date | None) -> dict[str, DatedClaim]:
            if anchor is None:
                return {m.item_id: m.claim for m in own[doc_id]}
            return self._claims_at(originals[doc_id], own[doc_id], anchor)

        duplicates = find_duplicates([DocText(i, a.document.text, a.document.content_sha, a.document.published)
                                      for i, a in originals.items()])  # re-anchoring changes no text
        decisions = {d.doc_id: d for d in reconcile(docs, [m for i in ids for m in own[i]], claims_of,
                                                    copies_of(_pages(originals), duplicates))}
        result = FusionReport(documents=len(ids), pass_kind="full" if region is None else "incremental",
                              region=len(ids))
        final = {i: self._settle(stored[i], originals[i], decisions.get(i), result) for i in ids}
        rekey = None if new is None else new | set(result.reanchored) | set(result.restored)
        self._write(region, shown, final, originals, decisions, duplicates, result, rekey, kept, frozen,
                    pinned or {}, own)
        if region is not None:
            counts = fusion_counts(self.store)
            result.documents, result.happenings = counts["documents"], counts["happenings"]
            result.duplicates, result.stories = counts["duplicates"], counts["stories"]
            result.mentions, result.reposts = counts["mentions"], reposts(self.store)
        return result

    def _original(self, analyzed: AnalyzedDocument, own: StoryDate | None) -> AnalyzedDocument:
        """The document analysed against its own story date: as stored, unless fusion had re-anchored it;
        then re-dated at its own story date (kept by the last pass), re-analysed only if that cannot be done."""
        if analyzed.story_date.basis != "linked":
            return analyzed
        redated = Redater(analyzed).at(own) if own is not None else None
        if redated is not None:
            return redated
        self.reanalysed += 1
        return self.analyzer(analyzed.document, None)

    def _variant(self, original: AnalyzedDocument, anchor: date) -> AnalyzedDocument:
        """The document re-dated at `anchor` (re-analysed only when re-dating cannot vouch for it)."""
        document = original.document
        key = (document.id, anchor.isoformat())
        if key not in self._variants:
            redater = self._redaters.setdefault(document.id, Redater(original))
            story = StoryDate(day_value(anchor), "linked", LINKED_CONFIDENCE, note="set by fusion")
            variant = redater.at(story)
            if variant is None:
                self.reanalysed += 1
                variant = self.analyzer(document, anchor.isoformat())
            self._variants[key] = variant
        return self._variants[key]

    def _claims_at(self, original: AnalyzedDocument, own: list[Mention], anchor: date) -> dict[str, DatedClaim]:
        key = (original.document.id, anchor.isoformat())
        if key not in self._variant_claims:
            self._variant_claims[key] = redated_claims(own, self._variant(original, anchor))
        return self._variant_claims[key]

    def _settle(self, stored: AnalyzedDocument, original: AnalyzedDocument, decision: Decision | None,
                result: FusionReport) -> AnalyzedDocument:
        """Store the analysis the decision calls for, if it is not the one stored already."""
        if decision is None:
            if stored.story_date.basis == "linked":
                self.store.replace_analysis(original)
                result.restored.append(original.document.id)
            return original
        note = decision.note(original.document.published)
        linked = StoryDate(day_value(decision.anchor), "linked", LINKED_CONFIDENCE, note=note)
        analyzed = replace_story_date(self._variant(original, decision.anchor), linked)
        if (stored.story_date.basis, stored.story_date.date, stored.story_date.note) != ("linked", linked.date, note):
            self.store.replace_analysis(analyzed)
            result.reanchored.append(original.document.id)
        if decision.repost_of:
            result.reposts.append(original.document.id)
        return analyzed

    def _write(self, region: list[str] | None, shown: dict[str, str], final: dict[str, AnalyzedDocument],
               originals: dict[str, AnalyzedDocument], decisions: dict[str, Decision], duplicates: list[Duplicate],
               result: FusionReport, rekey: set[str] | None, kept: set[str], frozen: set[str],
               pinned: dict[str, str], original_mentions: dict[str, list[Mention]]) -> None:
        together = [(d.copy, d.original) for d in duplicates] + [(d.doc_id, d.linked_to) for d in decisions.values()
                                                                   if d.linked_to]
        stories = cluster_stories([StoryText(i, a.document.text, a.document.title, _story_day(a))
                                   for i, a in final.items()], together=together)
        stories = pin_stories(stories, pinned) if pinned else stories
        own = {i: original_mentions[i] if a is originals[i] else mentions_of(a) for i, a in final.items()}
        rewritten = set(result.reanchored) | set(result.restored)  # their rows went with their old analysis
        mentions = [m for i in final for m in own[i] if m.item_id not in frozen or i in rewritten]
        happenings = news_pegs(merge_mentions(mentions, order=_mention_order(final)), _peg_docs(final, stories))
        ids = list(final)
        taken = retired_happenings(self.store) | kept | (happening_ids_outside(self.store, ids) if region is not None
                                                         else set())
        log = keep_shown_ids(happenings, shown, taken)
        outlets = {i: outlet_of(a.document) for i, a in final.items()}
        h_rows, m_rows = happening_rows(happenings, outlets, stories)
        doc_rows = _document_rows(final, originals, decisions, duplicates, stories)
        keys = [k for i, a in final.items() if rekey is None or i in rekey
                for k in (self._keys[i] if i in self._keys and a is originals[i] and i not in rewritten
                          else document_keys(a, own[i], story_day(a)))]
        changed: list[tuple[str, str, str, Any]] = [
            ("reanchor", i, final[i].story_date.note, _decision_json(decisions[i])) for i in result.reanchored]
        changed += [("restore", i, "restored its own story date", {}) for i in result.restored]
        signature = store_signature(self.store, fusion_salt())  # after the re-anchored analyses are written
        write_fusion_region(self.store, region, sorted(rekey) if rekey is not None else None, set(shown.values()),
                            doc_rows, h_rows, m_rows, changed,
                            {SIGNATURE_KEY: signature, SALT_KEY: fusion_salt(),
                             "last_pass": f"{result.pass_kind} over {len(final)} documents"}, keys, log, kept)
        refresh_reviewed(self.store)  # analysts' decisions hold for the re-fused happenings
        result.duplicates, result.stories = len(duplicates), len(set(stories.values()))
        result.happenings, result.mentions = len(happenings), len(mentions)


def replace_story_date(analyzed: AnalyzedDocument, story_date: StoryDate) -> AnalyzedDocument:
    return AnalyzedDocument(document=analyzed.document, sentences=analyzed.sentences, entities=analyzed.entities,
                            timexes=analyzed.timexes, story_date=story_date, actors=analyzed.actors,
                            events=analyzed.events, facts=analyzed.facts)


_story_day = story_day  # the name the rest of fusion (and its tests) know


def outlet_of(document: Document) -> str:
    """The outlet a source is counted by: the named source, else the web host, else the file."""
    if document.source:
        return document.source.lower()
    if document.url:
        return urlparse(document.url).netloc.lower() or document.url
    return document.origin


def _pages(docs: dict[str, AnalyzedDocument]) -> dict[str, tuple[str | None, str | None]]:
    return {i: (a.document.url, a.document.title) for i, a in docs.items()}


def _peg_docs(final: dict[str, AnalyzedDocument], stories: dict[str, str]) -> dict[str, PegDoc]:
    """What `tidings.fuse.pegs` reads of each document: story, outlet, headline, publication day, lead."""
    out = {}
    for i, a in final.items():
        doc = a.document
        lead = (a.sentences[0].start, a.sentences[0].end) if a.sentences else None
        out[i] = PegDoc(i, stories[i], outlet_of(doc), doc.title or "", _published_day(doc.published), lead,
                        doc.text[lead[0]:lead[1]] if lead else "")
    return out


def _published_day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _mention_order(final: dict[str, AnalyzedDocument]) -> Callable[[Mention], tuple[object, ...]]:
    def key(m: Mention) -> tuple[object, ...]:
        doc = final[m.doc_id]
        when = doc.story_date.date.earliest if doc.story_date.date and doc.story_date.date.earliest else "9999"
        page = (doc.document.published or "9999")[:10]  # an original before its later reposts
        return (when, page, m.doc_id, m.sentence[0], m.kind, m.item_id)
    return key


def _document_rows(final: dict[str, AnalyzedDocument], originals: dict[str, AnalyzedDocument],
                   decisions: dict[str, Decision], duplicates: list[Duplicate],
                   stories: dict[str, str]) -> list[dict[str, Any]]:
    dup = {d.copy: d for d in duplicates}
    rows = []
    for i in sorted(final):
        own = originals[i].story_date
        decision = decisions.get(i)
        rows.append({
            "doc_id": i, "story_id": stories[i],
            "duplicate_of": dup[i].original if i in dup else None,
            "duplicate_kind": dup[i].kind if i in dup else None,
            "duplicate_similarity": dup[i].similarity if i in dup else None,
            "repost_of": decision.repost_of if decision else None,
            "linked_to": decision.linked_to if decision else None,
            "original_story_date": own.date.value if own.date else None,
            "original_story_date_earliest": own.date.earliest if own.date else None,
            "original_story_date_latest": own.date.latest if own.date else None,
            "original_story_date_basis": own.basis, "original_story_date_confidence": own.confidence,
            "original_story_date_note": own.note,
        })
    return rows


def _decision_json(decision: Decision) -> dict[str, Any]:
    return {"anchor": decision.anchor.isoformat(), "score": decision.choice.score,
            "own_score": decision.choice.base_score, "repost_of": decision.repost_of,
            "agreeing_docs": list(decision.choice.agreeing_docs), "links": decision.evidence}


__all__ = ["Fusion", "FusionReport", "PipelineAnalyzer", "outlet_of"]
