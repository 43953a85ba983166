"""Timeline layers, headlines from the coded happening, stages and importance (tidings.fuse.render, headlines)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tidings.fuse.coreference import Happening, merge_mentions
from tidings.fuse.dates import DatedClaim
from tidings.fuse.headlines import HEADLINE_CHARS, evidence_headline, headline, verb_phrase
from tidings.fuse.mentions import Mention, actor_label, actor_prominence, eventive_statement
from tidings.fuse.render import layer, stages, weight
from tidings.fuse.text import content_words
from tidings.records import ActorRef, DateValue

DAY = DatedClaim(DateValue("2024-07-03", "2024-07-03", "2024-07-03"), "explicit")


def event(text: str, cameo: str = "042", plover: str | None = "CONSULT", mode: str = "factual",
          source: str | None = "Xi Jinping (China)", target: str | None = "Kazakhstan", doc: str = "d1",
          location: str | None = None, prominence: float = 4.0) -> Mention:
    return Mention(kind="event", item_id=f"e-{doc}-{cameo}-{mode}", doc_id=doc, sentence=(0, len(text)), text=text,
                   terms=frozenset(t for t, _, _ in content_words(text)), claim=DAY,
                   participants=frozenset({"CHN", "KAZ"}), mode=mode, cameo=cameo, plover=plover, quad_class=1,
                   goldstein=1.9, source_label=source, target_label=target, location=location, prominence=prominence)


def statement(text: str, eventive: bool, participants: frozenset[str] = frozenset()) -> Mention:
    return Mention(kind="statement", item_id=f"s-{len(text)}", doc_id="d1", sentence=(0, len(text)), text=text,
                   terms=frozenset(t for t, _, _ in content_words(text)), claim=DAY, participants=participants,
                   eventive=eventive)


def test_headline_is_built_from_the_coded_event() -> None:
    m = event("Xi arrived in Astana on Wednesday for a state visit, his fifth to the country.", location="Astana")
    assert headline([m]) == "Xi Jinping (China) visited Kazakhstan in Astana"
    planned = replace(m, mode="future")
    assert headline([planned]) == "Xi Jinping (China) will visit Kazakhstan in Astana"
    assert headline([planned, m]).startswith("Xi Jinping (China) visited")  # done before planned


def test_headline_falls_back_to_the_shortest_clear_clause_and_fits() -> None:
    long_text = "Officials said " + "the long-awaited talks on water sharing and transit fees " * 5 + "ended."
    no_target = event(long_text, target=None)
    short = statement("Last year, a total of 600,000 cross-border trips were recorded.", True)
    assert headline([no_target, short]) == evidence_headline([no_target, short])
    assert len(headline([no_target])) <= HEADLINE_CHARS and headline([no_target]).endswith("…")
    names = event("x", source="A" * 70 + " (China)", target="B" * 60 + " (Kazakhstan)")
    assert len(headline([names])) <= HEADLINE_CHARS


def test_verb_phrases_prefer_the_longest_cameo_prefix_then_the_plover_type() -> None:
    assert verb_phrase("0421", "CONSULT", planned=False) == "visited"
    assert verb_phrase("04", "CONSULT", planned=False) == "met"
    assert verb_phrase("999", "ASSAULT", planned=True) == "will attack"
    assert verb_phrase(None, None, planned=False) is None


def test_actor_labels_name_the_country_of_a_person() -> None:
    xi = ActorRef("Xi", 0, 2, actor_id="xi_jinping", name="Xi Jinping", country="CHN", sector="GOV", role="President")
    kaz = ActorRef("Kazakhstan", 0, 10, actor_id="KAZ", name="Kazakhstan", country="KAZ")
    assert actor_label(xi) == "Xi Jinping (China)"
    assert actor_label(kaz) == "Kazakhstan"
    assert actor_prominence(xi) > actor_prominence(kaz) > 0


@pytest.mark.parametrize(("mentions", "expected"), [
    ([event("Xi visited Astana.")], "event"),
    ([event("Xi said ties are good.", cameo="010", plover=None)], "statement"),
    ([statement("Ties were upgraded to a strategic partnership in 2005.", True)], "fact"),
    ([statement("The two became romantically involved in 1993.", False)], "background"),
    ([event("Xi said ties are good.", cameo="010", plover=None), event("Xi visited Astana.")], "event"),
])
def test_layers(mentions: list[Mention], expected: str) -> None:
    assert layer(Happening("h", mentions, DAY)) == expected


def test_eventive_statements_report_an_act() -> None:
    def terms(text: str) -> frozenset[str]:
        return frozenset(t for t, _, _ in content_words(text))
    upgraded = "then to a comprehensive level in 2011"
    sentence = "Since China and Kazakhstan established diplomatic ties in 1992, they upgraded ties " + upgraded
    assert eventive_statement(terms(upgraded), terms(sentence), frozenset({"CHN", "KAZ"}))
    assert not eventive_statement(terms(upgraded), terms(sentence), frozenset())
    climax = "This year, the people to people and cultural exchanges have reached a climax."
    assert not eventive_statement(terms(climax), terms(climax), frozenset({"CHN"}))
    assert eventive_statement(terms("Brazil founded the bloc in 1991"), frozenset(), frozenset())


def test_a_planned_and_a_done_report_are_one_happening_with_both_stages() -> None:
    done, planned = event("Xi visited Kazakhstan."), event("Xi will visit Kazakhstan.", mode="future", doc="d2")
    assert stages(Happening("h", [planned, done], DAY)) == "planned,done"
    assert stages(Happening("h", [planned], DAY)) == "planned"


def test_importance_counts_outlets_first_then_prominence() -> None:
    one = Happening("h1", [event("Xi visited Kazakhstan.")], DAY)
    two = Happening("h2", [event("Xi visited Kazakhstan."), event("Xi visited Kazakhstan.", doc="d2")], DAY)
    minor = Happening("h3", [event("Xi visited Kazakhstan.", prominence=0.0)], DAY)
    outlets = {"d1": "xinhua", "d2": "tass"}
    assert weight(two, outlets) > weight(one, outlets) > weight(minor, outlets)


def test_different_casts_on_one_day_stay_apart_and_one_cast_fuses() -> None:
    ding = replace(event("On Friday Ding Xuexiang met Nurtleu in Beijing for talks.", cameo="040", doc="a"),
                   item_id="ding", cast=frozenset({"ding-xuexiang", "murat-nurtleu"}))
    wang = replace(event("On Friday Wang Yi met Nurtleu in Beijing for talks.", cameo="040", doc="b"),
                   item_id="wang", cast=frozenset({"wang-yi", "murat-nurtleu"}))
    hosted = replace(event("On Friday Nurtleu met Ding Xuexiang in Beijing for talks.", cameo="040", doc="c"),
                     item_id="hosted", cast=frozenset({"murat-nurtleu", "ding-xuexiang"}))
    groups = merge_mentions([ding, wang, hosted], order=lambda m: (m.doc_id, m.item_id))
    assert sorted(sorted(m.item_id for m in h.mentions) for h in groups) == [["ding", "hosted"], ["wang"]]


def test_a_dated_statement_is_headed_by_its_own_coordinated_clause() -> None:
    text = "The ceasefire was declared on March 1, and by March 5 the first aid convoy had crossed the border."
    first, second = text.index("March 1"), text.index("March 5")
    declared = replace(statement(text, eventive=True), timex_span=(first, first + 7))
    crossed = replace(statement(text, eventive=True), timex_span=(second, second + 7))
    assert evidence_headline([declared]) == "The ceasefire was declared on March 1"
    assert evidence_headline([crossed]) == "by March 5 the first aid convoy had crossed the border."
    short = "Talks began in May, and ended."  # a piece too short to stand alone keeps the clause
    may = short.index("May")
    assert evidence_headline([replace(statement(short, eventive=True), timex_span=(may, may + 3))]) == short
