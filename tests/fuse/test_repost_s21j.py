"""A page is a repost of an earlier one only on evidence that its text was written then.

Two travel blogs years apart both tell a first visit to Japan without a date: each sentence only defaults to
its own page date, which says when each page was published, not that the later one copies the earlier. The
later page keeps its page date. A page whose own relative date ("on Friday") only agrees with the other
report when resolved against an earlier day, or a copy of the earlier text, is still a repost.
The sentences are written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

from tidings.fuse.dates import DatedClaim, Evidence, day_value
from tidings.fuse.duplicates import Duplicate, copies_of
from tidings.fuse.mentions import Mention
from tidings.fuse.reconcile import DocDates, reconcile
from tidings.fuse.text import content_words
from tidings.records import DateValue, StoryDate

OLD, NEW = date(2015, 5, 12), date(2020, 3, 10)
VISIT = ("On our first trip to Japan we took the bullet train from Tokyo to Kyoto and visited the temples of "
         "the old imperial capital with a rail pass.")
RETOLD = ("On my first trip to Japan I took the bullet train from Tokyo to Kyoto and visited the temples of "
          "the old imperial capital with a rail pass.")
OTHERS = ("Heavy floods hit the capital on Wednesday, killing at least twelve people.",
          "Parliament approved the budget for the coming year after a long debate.",
          "The central bank kept its main interest rate unchanged, citing slowing inflation.",
          "Fishermen protested against new quotas in the northern port.")


def mention(text: str, doc: str, claim: DatedClaim, index: int = 0) -> Mention:
    return Mention(kind="event", item_id=f"{doc}-{index}", doc_id=doc, sentence=(0, len(text)), text=text,
                   terms=frozenset(t for t, _, _ in content_words(text)), claim=claim,
                   participants=frozenset({"JPN"}), cameo="042", plover="CONSULT", source_id="IND",
                   sentence_index=0)


def at(anchor: date, evidence: Evidence, days_before: int = 0) -> DatedClaim:
    return DatedClaim(day_value(anchor - timedelta(days=days_before)), evidence)


def page(doc: str, published: date) -> DocDates:
    iso = published.isoformat()
    return DocDates(doc, iso, StoryDate(DateValue(iso, iso, iso), "published", 0.9))


def fuse(own_evidence: Evidence, other: DatedClaim, copies: bool = False,
         back: int = 4) -> list[tuple[str, str | None]]:
    """Reconcile the 2015 page ("old") and the 2020 page ("new"), the new page's one mention being of
    `own_evidence` (a relative date: `back` days before the date it is resolved against)."""
    back = back if own_evidence == "relative" else 0

    def claims_of(doc: str, anchor: date | None) -> dict[str, DatedClaim]:
        if doc == "old":
            return {"old-0": other}
        if doc == "new":
            return {"new-0": at(anchor or NEW, own_evidence, back)}
        return {f"{doc}-0": DatedClaim(DateValue("2019", None, None), "explicit")}

    mentions = [mention(VISIT, "old", other), mention(RETOLD, "new", at(NEW, own_evidence, back))]
    mentions += [mention(text, f"o{i}", DatedClaim(DateValue("2019", None, None), "explicit"))
                 for i, text in enumerate(OTHERS)]
    docs = [page("old", OLD), page("new", NEW)] + [page(f"o{i}", date(2019, 1, 1)) for i in range(len(OTHERS))]
    same = (lambda a, b: {a, b} == {"old", "new"}) if copies else (lambda a, b: False)
    return [(d.doc_id, d.repost_of) for d in reconcile(docs, mentions, claims_of, same)]


def test_two_pages_that_only_default_to_their_page_dates_are_not_a_repost() -> None:
    assert fuse("default", at(OLD, "default")) == []


def test_an_undated_retelling_of_a_dated_report_does_not_move_a_page_date() -> None:
    assert fuse("default", at(OLD, "explicit", 4)) == []


def test_own_relative_dates_that_agree_only_at_the_earlier_day_make_a_repost() -> None:
    assert fuse("relative", at(OLD, "explicit", 4)) == [("new", "old")]


def test_today_only_restates_the_page_date() -> None:
    assert fuse("relative", at(OLD, "relative"), back=0) == []  # "contact us today" on both pages


def test_a_copy_of_the_earlier_text_is_a_repost_on_defaulted_dates() -> None:
    assert fuse("default", at(OLD, "default"), copies=True) == [("new", "old")]


def test_copies_are_one_text_one_address_or_one_headline() -> None:
    pages = {"a": ("https://www.example.com/news/accord/?utm=x", "Brazil and Argentina sign energy accord"),
             "b": ("http://example.com/news/accord", "Lula and Fernandez seal pipeline deal"),
             "c": ("https://other.example.org/accord", "Brazil and Argentina sign energy accord"),
             "d": ("https://third.example.net/x", "Latest updates"),
             "e": ("https://fourth.example.net/y", "Latest updates"),
             "f": ("https://fifth.example.net/z", "Things to know before you travel"),
             "g": ("https://sixth.example.net/w", "Pipeline deal sealed"),
             "h": (None, None)}
    same = copies_of(pages, [Duplicate("g", "f", "near", 0.9)])
    assert same("a", "b") and same("a", "c") and same("f", "g")
    assert not same("d", "e") and not same("b", "c") and not same("a", "h") and not same("h", "e")
