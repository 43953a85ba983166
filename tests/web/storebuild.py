"""Hand-built stores for the web tests: real SQLite files written through `Store.save`, no mocks.

Texts are short news paragraphs; every span is found with `str.index`, so offsets are exact.
"""

from __future__ import annotations

from pathlib import Path

from tidings.ids import document_id, sha256_text, stable_id
from tidings.records import (
    ActorMention,
    ActorRef,
    AnalyzedDocument,
    DateValue,
    Document,
    Event,
    Fact,
    RemovedLine,
    Sentence,
    StoryDate,
    Timex,
)
from tidings.store import Store

HOSTILE_TEXT = (
    "Officials in Astana said <script>document.title='pwned';window.pwned=1</script> the talks went well.\n\n"
    "A photo caption read <img src=x onerror=\"window.pwned=2\"> and <b onmouseover=alert(1)>bold</b> claims "
    "followed on 5 May 2023."
)

TOURISM = (
    "Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev exchanged congratulatory messages on "
    "29 March 2024 over the opening of the Year of Kazakh Tourism in China.\n\n"
    "Trade between China and Kazakhstan reached 41 billion dollars in 2023, up 32 percent year on year.\n\n"
    "Tokayev will visit Beijing in July 2024, officials said."
)

MEETING = (
    "Chinese Vice Premier Ding Xuexiang met Kazakh Foreign Minister Murat Nurtleu in Beijing on 29 March 2024.\n\n"
    "Both sides agreed to deepen cooperation in energy and transport."
)


def _doc(origin: str, text: str, title: str, published: str, source: str,
         removed: tuple[RemovedLine, ...] = ()) -> Document:
    sha = sha256_text(text)
    return Document(id=document_id(origin, sha), origin=origin, text=text, content_sha=sha, title=title,
                    published=published, source=source, language="en", removed=removed)


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for part in text.split("\n\n"):
        out.append(Sentence(start, start + len(part)))
        start += len(part) + 2
    return out


def _actor(text: str, words: str, country: str, sector: str | None, name: str | None = None,
           actor_id: str | None = None, role: str | None = None, after: int = 0) -> ActorRef:
    start = text.index(words, after)
    return ActorRef(text=words, start=start, end=start + len(words), actor_id=actor_id, name=name,
                    country=country, sector=sector, role=role)


def _event(doc: Document, sentence: Sentence, cameo: str, plover: str, quad: int, goldstein: float,
           source: ActorRef | None, target: ActorRef | None, date: DateValue | None, verb: str,
           mode: str = "factual") -> Event:
    v0 = doc.text.index(verb, sentence.start)
    eid = stable_id("e", doc.id, sentence.start, sentence.end, cameo, source and source.text, target and target.text)
    return Event(id=eid, doc_id=doc.id, sentence=sentence, source=source, target=target, cameo=cameo,
                 plover=plover, quad_class=quad, goldstein=goldstein, mode=mode, date=date,  # type: ignore[arg-type]
                 verb_span=(v0, v0 + len(verb)))


def tourism_doc(origin: str = "examples/a/xinhua-tourism.txt", source: str = "Xinhua") -> AnalyzedDocument:
    removed = (RemovedLine("Advertisment", "nav-bullet"), RemovedLine("Share this story", "share-line"))
    doc = _doc(origin, TOURISM, "Xi, Tokayev exchange messages on tourism year", "2024-03-29", source, removed)
    t = doc.text
    sents = _sentences(t)
    xi = _actor(t, "Xi Jinping", "CHN", "GOV", "Xi Jinping", "Q15031", "President")
    tok = _actor(t, "Kassym-Jomart Tokayev", "KAZ", "GOV", "Kassym-Jomart Tokayev", "Q2714", "President")
    tok2 = _actor(t, "Tokayev", "KAZ", "GOV", "Kassym-Jomart Tokayev", "Q2714", "President", after=sents[2].start)
    beijing = t.index("Beijing")
    d0 = t.index("29 March 2024")
    day = DateValue("2024-03-29", "2024-03-29", "2024-03-29")
    july = DateValue("2024-07", "2024-07-01", "2024-07-31")
    timexes = [Timex(d0, d0 + 13, "29 March 2024", "DATE", "2024-03-29", "2024-03-29", "2024-03-29"),
               Timex(t.index("2023"), t.index("2023") + 4, "2023", "DATE", "2023", "2023-01-01", "2023-12-31"),
               Timex(t.index("July 2024"), t.index("July 2024") + 9, "July 2024", "DATE", "2024-07",
                     "2024-07-01", "2024-07-31")]
    events = [
        _event(doc, sents[0], "051", "AGREE", 1, 3.4, xi, tok, day, "exchanged"),
        _event(doc, sents[2], "042", "CONSULT", 1, 1.9, tok2, ActorRef("Beijing", beijing, beijing + 7,
                                                                        country="CHN"), july, "visit", "future"),
    ]
    f0 = t.index("41 billion dollars")
    facts = [Fact(doc.id, f0, f0 + 18, sents[1], "trade", 41e9, "USD", DateValue("2023", "2023-01-01", "2023-12-31"),
                  32.0, "year-on-year", None, ("CHN", "KAZ"))]
    return AnalyzedDocument(doc, sentences=sents, timexes=timexes, story_date=StoryDate(day, "published", 1.0),
                            actors=[ActorMention(xi, 0), ActorMention(tok, 0), ActorMention(tok2, 2)],
                            events=events, facts=facts)


def meeting_doc() -> AnalyzedDocument:
    doc = _doc("examples/a/tass-meeting.txt", MEETING, "Ding Xuexiang meets Murat Nurtleu", "2024-03-30", "TASS")
    t = doc.text
    sents = _sentences(t)
    ding = _actor(t, "Ding Xuexiang", "CHN", "GOV", "Ding Xuexiang", "Q1", "Vice Premier")
    nur = _actor(t, "Murat Nurtleu", "KAZ", "GOV", "Murat Nurtleu", "Q2", "Foreign Minister")
    day = DateValue("2024-03-29", "2024-03-29", "2024-03-29")
    d0 = t.index("29 March 2024")
    events = [_event(doc, sents[0], "051", "AGREE", 1, 3.4, ding, nur, day, "met"),
              _event(doc, sents[1], "0311", "COOPERATE", 1, 5.2, None, None, day, "agreed", "negated")]
    # ding/nur are CHN/KAZ: the first event joins the tourism doc's AGREE happening only if participants match;
    # they do not (different actor ids), so the timeline shows two happenings that day.
    return AnalyzedDocument(doc, sentences=sents, story_date=StoryDate(day, "inferred", 0.8),
                            timexes=[Timex(d0, d0 + 13, "29 March 2024", "DATE", "2024-03-29", "2024-03-29",
                                           "2024-03-29")],
                            actors=[ActorMention(ding, 0), ActorMention(nur, 0)], events=events)


def hostile_doc() -> AnalyzedDocument:
    doc = _doc("examples/a/hostile.html", HOSTILE_TEXT, "<script>alert('title')</script> talks", "2023-05-05",
               "Evil <b>Wire</b>")
    t = doc.text
    sents = _sentences(t)
    off = _actor(t, "Officials", "KAZ", "GOV")
    day = DateValue("2023-05-05", "2023-05-05", "2023-05-05")
    events = [_event(doc, sents[0], "010", "", 1, 0.0, off, None, day, "said")]
    return AnalyzedDocument(doc, sentences=sents, story_date=StoryDate(day, "published", 1.0),
                            actors=[ActorMention(off, 0)], events=events)


def build_store(path: Path) -> dict[str, AnalyzedDocument]:
    """A small store: two reports of 29 March 2024, an exact duplicate under another name, a hostile page."""
    docs = {"tourism": tourism_doc(), "meeting": meeting_doc(), "hostile": hostile_doc(),
            "duplicate": tourism_doc("examples/b/copy-of-tourism.txt", "Kazinform")}
    with Store(path) as store:
        for analyzed in docs.values():
            store.save(analyzed)
    return docs


def write_happenings(path: Path, docs: dict[str, AnalyzedDocument]) -> None:
    """Fill fusion's tables by hand, as `tidings.fuse` would for these documents: the tourism report
    and its copy form one story and one AGREE happening with two mentions; the duplicate is marked."""
    from tidings.store.fusion_tables import write_fusion

    tourism, copy, meeting = docs["tourism"], docs["duplicate"], docs["meeting"]
    agree = [tourism.events[0], copy.events[0]]
    plain = {"duplicate_of": None, "duplicate_kind": None, "duplicate_similarity": None}
    documents = [
        {"doc_id": tourism.document.id, "story_id": "story-1", **plain},
        {"doc_id": copy.document.id, "story_id": "story-1", "duplicate_of": tourism.document.id,
         "duplicate_kind": "exact", "duplicate_similarity": 1.0},
        {"doc_id": meeting.document.id, "story_id": "story-2", **plain},
    ]
    _hidden = {"kind": "event", "date": "2024-03-29", "date_earliest": "2024-03-29", "date_latest": "2024-03-29",
               "date_note": "", "cameo": "042", "plover": "CONSULT", "quad_class": 1, "goldstein": 1.9,
               "mode": "factual", "source_country": "KAZ", "target_country": "CHN", "actors": "CHN,KAZ",
               "headline": "not shown", "mentions": 0, "sources": 0, "articles": 0, "weight": 1.0, "story_id": None}
    happenings = [
        {"id": "h-agree", "kind": "event", "date": "2024-03-29", "date_earliest": "2024-03-29",
         "date_latest": "2024-03-29", "date_note": "explicit date 2024-03-29; 2 of 2 mentions dated",
         "cameo": "051", "plover": "AGREE", "quad_class": 1, "goldstein": 3.4, "mode": "factual",
         "source_country": "CHN", "target_country": "KAZ", "actors": "CHN,KAZ",
         "headline": "Xi Jinping and Tokayev exchanged congratulatory messages", "mentions": 2, "sources": 2,
         "articles": 2, "weight": 24.3, "story_id": "story-1"},
        {"id": "h-trade", "kind": "fact", "date": "2023", "date_earliest": "2023-01-01", "date_latest": "2023-12-31",
         "date_note": "explicit date 2023; 1 of 1 mentions dated", "cameo": None, "plover": None,
         "quad_class": None, "goldstein": None, "mode": "factual", "source_country": None, "target_country": None,
         "actors": "CHN,KAZ", "headline": "Trade between China and Kazakhstan reached 41 billion dollars in 2023",
         "mentions": 1, "sources": 1, "articles": 1, "weight": 11.0, "story_id": "story-1"},
        {**_hidden, "id": "h-bound", "date": "1944", "date_earliest": "1944-01-01", "date_latest": "1944-12-31",
         "date_note": "bound: over 80 years ago"},
        {**_hidden, "id": "h-negated", "mode": "negated"},
        {**_hidden, "id": "h-year", "date": "2024", "date_earliest": "2024-01-01", "date_latest": "2024-12-31",
         "headline": "2024 is the Year of Kazakh Tourism in China", "kind": "statement", "weight": 5.0,
         "cameo": None, "plover": None, "quad_class": None, "goldstein": None, "source_country": None,
         "target_country": None},
    ]
    s = tourism.facts[0].sentence
    mentions = [
        {"happening_id": "h-agree", "kind": "event", "item_id": e.id, "doc_id": e.doc_id,
         "sentence_start": e.sentence.start, "sentence_end": e.sentence.end, "date": "2024-03-29",
         "date_earliest": "2024-03-29", "date_latest": "2024-03-29", "date_evidence": "explicit"} for e in agree
    ] + [{"happening_id": "h-trade", "kind": "fact", "item_id": stable_id("f", tourism.document.id, 0, 0),
          "doc_id": tourism.document.id, "sentence_start": s.start, "sentence_end": s.end, "date": "2023",
          "date_earliest": "2023-01-01", "date_latest": "2023-12-31", "date_evidence": "explicit"}]
    with Store(path) as store:
        write_fusion(store, documents, happenings, mentions, [])
