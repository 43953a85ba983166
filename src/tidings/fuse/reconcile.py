"""Date reconciliation: which reference date each document's relative expressions resolve against.

Documents are visited in publication order (undated last, then by id), so the decision never
depends on the order they were ingested in. For each document, its mentions are linked to other
documents' mentions of the same happening regardless of date (a strong coreference score); if the
document's relative or defaulted dates disagree with those reports and agree once resolved against
another reference date, that date becomes its story date (basis "linked"), and the decision is
recorded with the mentions that support it. A page whose own date is later than the reference date
so found is a repost: the page date is when it was re-published, not when it was written.

A page date is only overruled by evidence that the text was written earlier: the page's own relative
dates ("on Friday", "last week"; not "today", which only restates the page date) that resolve against its
page date to days the other reports contradict,
or a copy of the other document (the same text, canonical address or headline; `Copies`). Two reports that
both only default to their page dates ("X visited Japan", no date in either sentence) say when each was
published, not that one copies the other: pages on one topic share such happenings (travel blogs years
apart both "visit Japan"), so such a link never moves a dated page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from tidings.fuse.coreference import Scorer, scored_pairs
from tidings.fuse.dates import AnchorChoice, DatedClaim, Link, choose_anchor, day, is_day, span
from tidings.fuse.mentions import Mention
from tidings.fuse.text import fusion_settings
from tidings.records import StoryDate

ANCHORED = ("relative", "default")


@dataclass(frozen=True, slots=True)
class DocDates:
    """What reconciliation knows of a document before it links it to others."""

    id: str
    published: str | None  # the page's own date (ISO), None if it states none
    story_date: StoryDate  # its own story date (from the page or the text)


@dataclass(frozen=True, slots=True)
class Decision:
    """A document re-anchored to `anchor`; `repost_of` is set when its page date is later."""

    doc_id: str
    anchor: date
    choice: AnchorChoice
    repost_of: str | None
    linked_to: str
    evidence: list[dict[str, str]] = field(default_factory=list)

    def note(self, page_date: str | None) -> str:
        docs = ", ".join(self.choice.agreeing_docs)
        if self.repost_of:
            return (f"repost of {self.repost_of}: its relative dates agree with {docs} when resolved against "
                    f"{self.anchor.isoformat()}, not against its page date {page_date}")
        return f"linked to {self.linked_to}: its relative dates agree with {docs} when resolved against {self.anchor}"


ClaimsOf = Callable[[str, date | None], dict[str, DatedClaim]]
Copies = Callable[[str, str], bool]  # whether two documents are copies of one text (see tidings.fuse.duplicates)


def no_copies(_a: str, _b: str) -> bool:
    return False


def link_pairs(mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """Mentions of different documents that report the same happening, whatever dates they carry."""
    minimum = fusion_settings()["coreference"]["link_min_score"]
    scorer = Scorer.over(mentions)
    pairs = scored_pairs(mentions, scorer, minimum, keep=lambda a, b: a.doc_id != b.doc_id)
    return [(mentions[i], mentions[j]) for _, i, j in pairs]


def visiting_order(docs: Sequence[DocDates]) -> list[DocDates]:
    return sorted(docs, key=lambda d: (d.published is None, (d.published or "")[:10], d.id))


def reconcile(docs: Sequence[DocDates], mentions: Sequence[Mention], claims_of: ClaimsOf,
              copies: Copies = no_copies) -> list[Decision]:
    """Re-anchoring decisions for the documents whose dates only agree with the others when re-anchored.

    `claims_of(doc_id, None)` gives a document's mention dates under its own story date and
    `claims_of(doc_id, d)` under reference date d (by re-running the per-document analysis).
    `copies(a, b)`: whether documents a and b are copies of one text (a dated page's defaulted dates
    then count as evidence too).
    """
    pairs = _pairs_by_doc(link_pairs(mentions))
    current = {d.id: claims_of(d.id, None) for d in docs}
    by_id = {d.id: d for d in docs}
    decisions = []
    for doc in visiting_order(docs):
        links = _links_of(doc.id, pairs.get(doc.id, []), current)
        if (page := day(doc.published)) is not None:
            links = _repost_evidence(doc.id, page, links, current[doc.id], copies)
        if not any(_anchored(current[doc.id].get(link.item_id)) for link in links):
            continue
        candidates = _candidates(doc, links, by_id)
        choice = choose_anchor(candidates, links, _claims_at(doc.id, current, claims_of),
                               own_precise=is_day(doc.story_date.date), preferred=_original_dates(doc, links, by_id))
        if choice is None:
            continue
        current[doc.id] = claims_of(doc.id, choice.anchor)
        decisions.append(_decision(doc, choice, links, by_id))
    return decisions


def _repost_evidence(doc_id: str, page: date, links: Sequence[Link], own: dict[str, DatedClaim],
                     copies: Copies) -> list[Link]:
    """The links that may overrule a page date: those of the page's own relative dates that name another
    day than the page date, and any link to a copy of the page. A defaulted date only says the page
    reported the happening by its page date, and so does "today" ("contact us today", a call to action)."""
    return [link for link in links if (claim := own.get(link.item_id)) is not None
            and ((claim.evidence == "relative" and span(claim.value) != (page, page))
                 or copies(doc_id, link.other_doc))]


def _claims_at(doc_id: str, current: dict[str, dict[str, DatedClaim]],
               claims_of: ClaimsOf) -> Callable[[date | None], dict[str, DatedClaim]]:
    """The document's claims as they stand (None) or re-anchored at a date."""
    def at(anchor: date | None) -> dict[str, DatedClaim]:
        return current[doc_id] if anchor is None else claims_of(doc_id, anchor)
    return at


def _anchored(claim: DatedClaim | None) -> bool:
    return claim is not None and claim.evidence in ANCHORED


def _pairs_by_doc(pairs: Sequence[tuple[Mention, Mention]]) -> dict[str, list[tuple[Mention, Mention]]]:
    """Each document's linked pairs, its own mention first (an index, so a document's links cost
    what it has, not what the whole store has)."""
    out: dict[str, list[tuple[Mention, Mention]]] = {}
    for a, b in pairs:
        out.setdefault(a.doc_id, []).append((a, b))
        out.setdefault(b.doc_id, []).append((b, a))
    return out


def _links_of(doc_id: str, pairs: Sequence[tuple[Mention, Mention]],
              current: dict[str, dict[str, DatedClaim]]) -> list[Link]:
    """Links of one document from its own pairs (own mention first), dated as the other documents stand."""
    return [Link(own.item_id, current[other.doc_id][other.item_id], other.doc_id)
            for own, other in pairs if own.doc_id == doc_id and other.item_id in current.get(other.doc_id, {})]


def _candidates(doc: DocDates, links: Sequence[Link], by_id: dict[str, DocDates]) -> list[date]:
    """Days the linked reports name, and the story dates of the linked documents, that the document could
    have been written on: before its page date, inside its own (coarser) story date."""
    days = {d for link in links if is_day(link.other.value) and (d := day(link.other.value.value if link.other.value
                                                                            else None))}
    for link in links:
        sd = by_id[link.other_doc].story_date.date
        if is_day(sd) and sd is not None and (d := day(sd.value)):
            days.add(d)
    page = day(doc.published)
    own = span(doc.story_date.date) if doc.story_date.basis != "published" else None
    return sorted(d for d in days if (page is None or d < page) and (own is None or own[0] <= d <= own[1]))


def _original_dates(doc: DocDates, links: Sequence[Link], by_id: dict[str, DocDates]) -> list[date]:
    """For a page with its own date: the story dates of the earlier pages it is linked to."""
    page = day(doc.published)
    if page is None:
        return []
    out = []
    for link in links:
        sd = by_id[link.other_doc].story_date.date
        if is_day(sd) and sd is not None and (d := day(sd.value)) and d < page:
            out.append(d)
    return out


def _decision(doc: DocDates, choice: AnchorChoice, links: Sequence[Link], by_id: dict[str, DocDates]) -> Decision:
    page = day(doc.published)
    agreeing = [by_id[d] for d in choice.agreeing_docs]
    original = min(agreeing, key=lambda d: (d.published is None, d.published or "", d.id)).id if agreeing else ""
    evidence = [{"mention": link.item_id, "doc": link.other_doc,
                 "date": link.other.value.value if link.other.value else "", "evidence": link.other.evidence}
                for link in links if link.other_doc in choice.agreeing_docs]
    return Decision(doc_id=doc.id, anchor=choice.anchor, choice=choice,
                    repost_of=original if page is not None and choice.anchor < page else None,
                    linked_to=original, evidence=evidence)
