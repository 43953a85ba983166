"""Events retold as part of an earlier past are not dated on the report's day (tidings.fuse.mentions)."""

from __future__ import annotations

from tidings.fuse.mentions import event_claim, mentions_of, retold_events
from tidings.records import AnalyzedDocument, DateValue, Document, Event, Sentence, StoryDate, Timex

REPORT = DateValue("2019-11-20", "2019-11-20", "2019-11-20")
TEXT = ("Israel seized the territories in the 1967 war.\n"
        "Police arrested two men in Ramallah.\n"
        "“In 1943, my father met Xian. He took his hand and brought him home,” she said.")


def _event(eid: str, words: str, verb: str) -> Event:
    start = TEXT.index(words)
    v = TEXT.index(verb, start)
    return Event(id=eid, doc_id="d", sentence=Sentence(start, start + len(words)), source=None, target=None,
                 cameo="173", plover="COERCE", quad_class=4, goldstein=-5.0, date=REPORT, verb_span=(v, v + len(verb)))


def _timex(words: str, value: str) -> Timex:
    start = TEXT.index(words)
    return Timex(start, start + len(words), words, "DATE", value, f"{value}-01-01", f"{value}-12-31")


def analysed() -> AnalyzedDocument:
    events = [_event("seized", "Israel seized the territories in the 1967 war.", "seized"),
              _event("arrested", "Police arrested two men in Ramallah.", "arrested"),
              _event("took", "He took his hand and brought him home,” she said.", "took")]
    return AnalyzedDocument(document=Document("d", "d.txt", TEXT, "sha"), sentences=[e.sentence for e in events],
                            entities=[], timexes=[_timex("1967", "1967"), _timex("1943", "1943")],
                            story_date=StoryDate(REPORT, "published", 1.0), actors=[], events=events, facts=[])


def test_retold_events_take_the_earlier_date_of_their_sentence_or_quotation() -> None:
    doc = analysed()
    retold = retold_events(doc)
    assert set(retold) == {"seized", "took"}  # the arrest is the news of the day
    seized = event_claim(doc.events[0], {}, retold["seized"])
    assert seized.value is not None and seized.value.value == "1967"
    took = event_claim(doc.events[2], {}, retold["took"])  # the one earlier date of its quotation
    assert took.value is not None and took.value.value == "1943"
    claims = {m.item_id: m.claim for m in mentions_of(doc) if m.kind == "event"}
    assert claims["arrested"].value == REPORT and claims["arrested"].evidence == "default"
