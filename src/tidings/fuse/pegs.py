"""News pegs: the day's news of a story told by several outlets, cited by every outlet that tells it.

News that is no coded act ("a case report was published", "a study finds water vapour on Europa") still is
one news item for its readers. When two outlets' dated background sentences fused into one item dated on the
news day ("The findings were published today (Nov. 18)", "... in a case study published Monday"), that item
is the story's **news peg**. Other outlets of the same story cluster whose headline shares at least
`title_words` content words with the headline of an outlet the peg cites, and which were published no later
than `after_days` after the peg's day, report that news too, in words fusion could not match sentence by
sentence ("In a new case study out Monday, ..."; no dated sentence at all). They are cited by the peg: a
background item of theirs dated that very day folds into it, else their lead sentence joins it. The peg is
then headed by the headline of its first report.

Only background items are pegs (a dated sentence that reports no act; docs/timeline.md, layers), and only
background items fold: nothing of the default timeline moves. A peg's day lies within `before_days` before
the earliest publication of the reports it cites (an older background date, "he ate the rabbit meat on
November 5", is the story's past, not its news). A single outlet's story has no peg, nor has a story whose
outlets share no dated background sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tidings.fuse.coreference import Happening
from tidings.fuse.dates import DatedClaim
from tidings.fuse.mentions import Mention
from tidings.fuse.render import layer
from tidings.fuse.text import content_words, fusion_settings
from tidings.ids import stable_id
from tidings.records import DateValue

LEAD_KIND = "lead"  # a mention citing a document by its lead sentence


@dataclass(frozen=True, slots=True)
class PegDoc:
    """What a peg needs of a document: its story, outlet, headline, publication day and lead sentence."""

    id: str
    story: str
    outlet: str
    title: str
    published: date | None
    lead: tuple[int, int] | None  # offsets of its first sentence
    lead_text: str = ""


def title_words(title: str) -> frozenset[str]:
    return frozenset(s for s, _, _ in content_words(title))


def news_pegs(happenings: list[Happening], docs: Mapping[str, PegDoc]) -> list[Happening]:
    """`happenings` with each news peg extended to the outlets of its story that tell the same news (see the
    module docstring); the folded happenings are dropped."""
    conf = fusion_settings()["pegs"]
    layer_of = {h.id: layer(h) for h in happenings}
    pegs = [h for h in happenings if _is_peg(h, docs, layer_of, int(conf["before_days"]))]
    if not pegs:
        return happenings
    joins = _joiners(pegs, happenings, docs, int(conf["title_words"]), int(conf["after_days"]))
    folded: set[str] = set()
    for peg in pegs:
        added = joins.get(peg.id, [])
        if not added:
            continue
        day = _day(peg)
        for doc_id in added:
            same_day = [h for h in happenings if h.id not in folded and h is not peg and layer_of.get(h.id) ==
                        "background" and h.documents == [doc_id] and _day(h) == day]
            if same_day:
                for h in same_day:
                    peg.mentions.extend(h.mentions)
                    folded.add(h.id)
            elif (lead := _lead_mention(docs[doc_id], peg)) is not None:
                peg.mentions.append(lead)
        peg.title = _first_title(peg, docs)
    return [h for h in happenings if h.id not in folded]


def _day(h: Happening) -> date | None:
    value = h.claim.value if h.claim else None
    if value is None or value.earliest is None or value.earliest != value.latest or len(value.earliest) != 10:
        return None
    return date.fromisoformat(value.earliest)


def _is_peg(h: Happening, docs: Mapping[str, PegDoc], layer_of: Mapping[str, str], before_days: int) -> bool:
    """A background item of one story told by two outlets, dated to a day at most `before_days` before the
    earliest publication of its reports (and not after it)."""
    if layer_of.get(h.id) != "background" or (day := _day(h)) is None or any(d not in docs for d in h.documents):
        return False
    cited = [docs[d] for d in h.documents]
    published = [d.published for d in cited if d.published is not None]
    if len({d.story for d in cited}) != 1 or len({d.outlet for d in cited}) < 2 or not published:
        return False
    first = min(published)
    return first - timedelta(days=before_days) <= day <= first


def _joiners(pegs: Sequence[Happening], happenings: Sequence[Happening], docs: Mapping[str, PegDoc],
             min_words: int, after_days: int) -> dict[str, list[str]]:
    """Peg id -> the documents it gains: each document of a peg's story that no peg cites, whose outlet the
    peg does not cite yet, published by `after_days` after the peg's day, with a headline sharing
    `min_words` content words with one the peg cites; a document two pegs could take goes to the one whose
    headlines it shares most words with (then the earlier peg)."""
    cited = {d for p in pegs for d in p.documents}
    words = {i: title_words(d.title) for i, d in docs.items()}
    best: dict[str, tuple[int, date, str]] = {}
    for peg in pegs:
        day = _day(peg)
        assert day is not None  # a peg has a day
        own = [docs[d] for d in peg.documents]
        story, outlets = own[0].story, {d.outlet for d in own}
        titles = [words[d.id] for d in own]
        for doc in docs.values():
            if doc.story != story or doc.id in cited or doc.outlet in outlets or doc.published is None \
                    or doc.published > day + timedelta(days=after_days):
                continue
            shared = max(len(words[doc.id] & t) for t in titles)
            if shared >= min_words and (doc.id not in best or (-shared, day) < (-best[doc.id][0], best[doc.id][1])):
                best[doc.id] = (shared, day, peg.id)
    out: dict[str, list[str]] = {}
    for doc_id, (_, _, peg_id) in sorted(best.items()):
        out.setdefault(peg_id, []).append(doc_id)
    return {p: _one_per_outlet(ids, docs) for p, ids in out.items()}


def _one_per_outlet(ids: list[str], docs: Mapping[str, PegDoc]) -> list[str]:
    """One document per outlet (its earliest), so an outlet is counted once."""
    kept: dict[str, str] = {}
    for doc_id in sorted(ids, key=lambda i: (docs[i].published or date.max, docs[i].title, i)):
        kept.setdefault(docs[doc_id].outlet, doc_id)
    return sorted(kept.values())


def _lead_mention(doc: PegDoc, peg: Happening) -> Mention | None:
    if doc.lead is None:
        return None
    value = DateValue(doc.published.isoformat(), doc.published.isoformat(), doc.published.isoformat()) \
        if doc.published else None
    return Mention(kind=LEAD_KIND, item_id=stable_id("l", doc.id, peg.id), doc_id=doc.id, sentence=doc.lead,
                   text=doc.lead_text, terms=frozenset(), claim=DatedClaim(value, "default"),
                   participants=frozenset(), sentence_index=0)


def _first_title(peg: Happening, docs: Mapping[str, PegDoc]) -> str | None:
    """The headline of the peg's first report (earliest published, then by headline)."""
    titled = [docs[d] for d in peg.documents if d in docs and docs[d].title.strip()]
    if not titled:
        return None
    return min(titled, key=lambda d: (d.published or date.max, d.title)).title.strip()


__all__ = ["LEAD_KIND", "PegDoc", "news_pegs", "title_words"]
