"""Within one article: a happening told over neighbouring sentences is one happening; a sentence that names
two dates tells two; a total and its breakdown over one period are one stated fact; events of one sentence
share its one date.

The sentences come from real news pages of the Scrapinghub article-extraction benchmark (NBC News and the
New York Post, November 2019; ../shared/corpora/scrapinghub_aeb, used for evaluation) or are written in
the style of wire copy with invented figures."""

from __future__ import annotations

from dataclasses import replace

from tidings.fuse.coreference import continues, merge_mentions
from tidings.fuse.dates import DatedClaim
from tidings.fuse.mentions import Mention, sentence_dates
from tidings.records import DateValue, Event, Sentence


def claim(value: str | None, evidence: str = "explicit", earliest: str | None = None,
          latest: str | None = None, mod: str | None = None) -> DatedClaim:
    if value is None:
        return DatedClaim(None, "none")
    return DatedClaim(DateValue(value, earliest or value, latest or value), evidence, mod)  # type: ignore[arg-type]


def mention(text: str, index: int, kind: str = "event", cameo: str | None = "173", plover: str | None = "COERCE",
            date: DatedClaim | None = None, participants: tuple[str, ...] = ("USA",), doc: str = "d1",
            mode: str = "factual", timex: tuple[int, int] | None = (0, 1), eventive: bool = False) -> Mention:
    start = index * 1000
    return Mention(kind=kind, item_id=f"{kind}-{doc}-{index}-{cameo}-{timex}", doc_id=doc,
                   sentence=(start, start + len(text)), text=text, terms=frozenset(text.lower().split()),
                   claim=date or claim("2019-04", "relative", "2019-04-01", "2019-04-30"),
                   participants=frozenset(participants), mode=mode, cameo=cameo if kind == "event" else None,
                   plover=plover if kind == "event" else None, timex_span=timex, eventive=eventive,
                   sentence_index=index)


ARREST = "He was arrested in April for the March 21 call to the offices of Omar."  # NBC News
CUSTODY = "He was taken into custody in April at his home in Addison, officials said."


def test_a_nearby_sentence_with_the_same_date_and_act_continues_the_happening() -> None:
    a, b = mention(ARREST, 5), mention(CUSTODY, 6)
    assert continues(a, b, window=2)
    assert len(merge_mentions([a, b], order=lambda m: (m.sentence_index,))) == 1


def test_far_apart_another_date_another_act_or_another_article_do_not_continue() -> None:
    a = mention(ARREST, 5)
    assert not continues(a, mention(CUSTODY, 9), window=2)
    assert not continues(a, mention(CUSTODY, 6, date=claim("2019-03", "relative", "2019-03-01", "2019-03-31")),
                         window=2)
    assert not continues(a, mention(CUSTODY, 6, cameo="138", plover="THREATEN"), window=2)
    assert not continues(a, mention(CUSTODY, 6, doc="d2"), window=2)
    assert not continues(a, mention(CUSTODY, 6, mode="hypothetical"), window=2)


def test_the_reports_day_is_no_date_of_its_own_and_statements_never_continue() -> None:
    a = mention(ARREST, 5)
    assert not continues(a, mention(CUSTODY, 6, date=claim("2019-11-19", "default")), window=2)
    assert not continues(a, mention(CUSTODY, 6, cameo="010", plover=None), window=2)


def test_the_participants_must_be_the_same_when_both_name_some() -> None:
    a = mention(ARREST, 5, participants=("USA", "AFG"))
    assert continues(a, mention(CUSTODY, 6, participants=("AFG", "USA")), window=2)
    assert continues(a, mention(CUSTODY, 6, participants=()), window=2)
    assert not continues(a, mention(CUSTODY, 6, participants=("USA",)), window=2)
    assert not continues(a, mention(CUSTODY, 6, participants=("USA", "QAT")), window=2)


def test_a_dated_statement_continues_an_event_only_with_a_word_for_that_kind_of_act() -> None:
    # NY Post: the hostages' release, then the exchange it was part of, and what else happened that day
    freed = mention("The Afghan government freed three Taliban prisoners and sent them to Qatar.", 3,
                    cameo="0841", plover="RETREAT", participants=("AFG",), timex=(1, 2))
    released = mention("The Taliban members were released in Doha on Tuesday.", 4, kind="statement",
                       participants=(), eventive=True)
    pleaded = mention("A New York man pleaded guilty on Tuesday, prosecutors said.", 4, kind="statement",
                      participants=(), eventive=True)
    date = claim("2019-11-19", "relative")
    freed, released, pleaded = (replace(m, claim=date, terms=frozenset(terms)) for m, terms in (
        (freed, {"afghan", "government", "freed", "taliban"}), (released, {"taliban", "releas", "doha"}),
        (pleaded, {"york", "plead", "guilty"})))
    assert continues(freed, released, window=2)
    assert not continues(freed, pleaded, window=2)


def test_an_event_dated_only_by_another_event_of_its_sentence_does_not_continue() -> None:
    a = mention(ARREST, 5, timex=(10, 15))
    assert continues(a, mention(CUSTODY, 6, timex=(1010, 1015)), window=2)
    assert not continues(a, mention(CUSTODY, 6, timex=None), window=2)


def test_a_sentence_dated_twice_tells_two_happenings() -> None:
    text = "The ceasefire was declared on March 1, and by March 5 the first aid convoy had crossed the border."
    declared = mention(text, 3, kind="statement", date=claim("2019-03-01", "relative"), timex=(30, 37),
                       eventive=True)
    crossed = mention(text, 3, cameo="0234", plover="AID", timex=(50, 57),
                      date=claim("2019-03-05", "relative", mod="ON_OR_BEFORE"))
    assert len(merge_mentions([declared, crossed], order=lambda m: (m.kind,))) == 2
    same = mention(text, 3, kind="statement", date=claim("2019-03-05", "relative"), timex=(50, 57), eventive=True)
    assert len(merge_mentions([same, crossed], order=lambda m: (m.kind,))) == 1


def test_a_total_and_its_breakdown_are_one_fact() -> None:
    half = claim("2019-01/2019-06", "relative", "2019-01-01", "2019-06-30")
    total = mention("From January to June, trade between the two reached 4.2 billion dollars, up 6%.", 2,
                    kind="fact", date=half, participants=("CHN", "KAZ"))
    part = mention("Among them, China's imports reached 1.9 billion dollars, up 11%.", 3, kind="fact", date=half,
                   participants=("CHN", "KAZ"))
    visits = mention("Visits rose to 20,000 over the same months.", 3, kind="fact", date=half, participants=())
    other = mention("In 2018, China's imports reached 3.1 billion dollars.", 3, kind="fact", date=claim("2018"),
                    participants=("CHN",))
    assert continues(total, part, window=2)
    assert len(merge_mentions([total, part], order=lambda m: (m.sentence_index,))) == 1
    assert not continues(total, other, window=2) and not continues(total, visits, window=2)


def _event(eid: str, sentence: Sentence) -> Event:
    return Event(id=eid, doc_id="d1", sentence=sentence, source=None, target=None, cameo="051", plover="SUPPORT",
                 quad_class=1, goldstein=3.4, mode="factual", date=None)


def test_events_of_one_sentence_share_its_one_own_date() -> None:
    # NY Post: "The US welcomed the exchange on Tuesday, saying the hostages had suffered from their ordeal."
    s, other = Sentence(0, 90), Sentence(91, 150)
    welcomed, suffered, elsewhere = _event("e1", s), _event("e2", s), _event("e3", other)
    tuesday, report_day = claim("2019-11-19", "relative"), claim("2019-11-20", "default")
    claims = {"e1": tuesday, "e2": report_day, "e3": report_day}
    shared = sentence_dates(claims, [welcomed, suffered, elsewhere])
    assert shared["e2"] == tuesday and shared["e3"] == report_day
    two = sentence_dates({"e1": tuesday, "e2": report_day, "e3": claim("2019-11-12", "relative")},
                         [welcomed, suffered, _event("e3", s)])
    assert two["e2"] == report_day
