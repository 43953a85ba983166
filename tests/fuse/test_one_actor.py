"""Two outlets tell one actor's act of one day, one naming whom it was done to, the other only describing it
("three of ITS commanders"): one happening. Two named parties that differ stay two happenings.

The sentences are written for these tests in the style of wire copy (invented figures); the real case, the
Taliban hostage swap told by the New York Post and Al Jazeera, is tests/fuse/test_aeb_stories.py."""

from __future__ import annotations

from dataclasses import replace

from tidings.fuse.coreference import Scorer, merge_mentions, one_actor_one_act
from tidings.fuse.dates import DatedClaim
from tidings.fuse.mentions import Mention, names_a_party
from tidings.fuse.text import content_words
from tidings.records import ActorRef, DateValue

TUESDAY = DatedClaim(DateValue("2024-06-11", "2024-06-11", "2024-06-11"), "relative")
NAMED = ("Two aid workers, a Kenyan and a Briton, held by Al-Shabaab since 2022 were released on Tuesday in a "
         "prisoner swap for four senior militants.")
DESCRIBED = ("The floods come a day after Al-Shabaab swapped two foreign aid workers for four of its fighters held "
             "by the government, raising hopes of a thaw in relations between the armed group and the regional "
             "coalition forces and their allies in the south of the country.")
OTHERS = ("Heavy floods hit the capital on Wednesday, killing at least twelve people.",
          "The government said on Monday that talks with the armed group were not planned.",
          "Kenyan forces received the two men near the border town of Mandera.",
          "Parliament approved the budget for the coming year after a long debate.")
SHABAAB = ActorRef("Al-Shabaab", 0, 10, actor_id="SOM-SHABAAB", name="Al-Shabaab", country="SOM", sector="REB")


def mention(text: str, doc: str, target: str | None, named: bool, claim: DatedClaim = TUESDAY,
            cameo: str = "0841", source: str | None = "SOM-SHABAAB") -> Mention:
    sides = {"SOM", target} if target else {"SOM"}
    return Mention(kind="event", item_id=f"{doc}-{target}-{cameo}", doc_id=doc, sentence=(0, len(text)), text=text,
                   terms=frozenset(t for t, _, _ in content_words(text)), claim=claim,
                   participants=frozenset(sides), cameo=cameo, plover="RETREAT", source_id=source,
                   target_named=named, timex_span=(0, 1), sentence_index=0)


def background(index: int) -> Mention:
    text = OTHERS[index]
    return Mention(kind="statement", item_id=f"o{index}", doc_id=f"o{index}", sentence=(0, len(text)), text=text,
                   terms=frozenset(t for t, _, _ in content_words(text)),
                   claim=DatedClaim(DateValue(f"2023-0{index + 1}", None, None), "explicit"),
                   participants=frozenset())


def happenings(*pair: Mention) -> int:
    found = merge_mentions([*pair, *(background(i) for i in range(len(OTHERS)))], order=lambda m: (m.item_id,))
    return sum(1 for h in found if any(m in pair for m in h.mentions))


def test_a_side_described_through_the_other_names_no_party() -> None:
    assert not names_a_party(ActorRef("its fighters", 60, 72, country="SOM", sector="MIL"), SHABAAB)
    assert not names_a_party(ActorRef("two foreign aid workers", 20, 43), SHABAAB)
    assert not names_a_party(None, SHABAAB)
    assert names_a_party(ActorRef("Kenyan", 15, 21, actor_id="KEN", name="Kenya", country="KEN"), SHABAAB)
    assert names_a_party(ActorRef("the Somali government", 80, 101, country="SOM", sector="GOV"), SHABAAB)
    assert names_a_party(ActorRef("their Kenyan captors", 0, 20, country="KEN"), SHABAAB)  # a country of its own


def test_one_actor_one_act_one_day_is_one_happening() -> None:
    a, b = mention(NAMED, "post", "KEN", True), mention(DESCRIBED, "wire", "SOM", False)
    assert one_actor_one_act(a, b)
    scorer = Scorer.over([a, b, *(background(i) for i in range(len(OTHERS)))])
    assert scorer.score(a, b) == scorer.wording(a.terms, b.terms)
    assert happenings(a, b) == 1
    assert happenings(a, replace(b, source_id=None)) == 2  # the same words without the rule: below the bar


def test_two_named_parties_another_day_act_actor_or_the_same_article_stay_apart() -> None:
    a, b = mention(NAMED, "post", "KEN", True), mention(DESCRIBED, "wire", "SOM", False)
    monday = DatedClaim(DateValue("2024-06-10", "2024-06-10", "2024-06-10"), "relative")
    reports_day = DatedClaim(TUESDAY.value, "default")
    for other in (replace(b, target_named=True, participants=frozenset({"SOM", "ETH"})), replace(b, claim=monday),
                  replace(b, claim=reports_day), replace(b, cameo="0831"), replace(b, source_id="SOM-ALQAEDA"),
                  replace(b, source_id=None), replace(b, doc_id="post")):
        assert not one_actor_one_act(a, other)
    assert happenings(a, replace(b, target_named=True, participants=frozenset({"SOM", "ETH"}))) == 2
