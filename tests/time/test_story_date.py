"""Story date: the page's date unless contradicted, else a dateline, stated years or anniversaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.time import analyze_time, reanchor

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "china-kazakhstan"


def _seed(prefix: str) -> str:
    return next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_published_date_is_used_and_kept_apart() -> None:
    story, timexes = analyze_time("Xi met Tokayev on Friday.", "2024-03-29T10:00:00")
    assert (story.basis, story.date and story.date.value) == ("published", "2024-03-29")
    assert timexes[0].value == "2024-03-29"


def test_published_date_contradicted_by_a_later_past_date_is_not_used() -> None:
    text = "BEIJING -- The leaders met on July 3, 2024 and signed an accord."
    story, _ = analyze_time(text, "2019-01-01")
    assert story.basis == "inferred"
    assert story.date is not None and story.date.value.startswith("2024")


def test_dateline_gives_the_day() -> None:
    text = "CGTN: ties\n\nBEIJING, July 4, 2024 /PRNewswire/ — Xi said on Tuesday that ties are strong."
    story, timexes = analyze_time(text, None)
    assert (story.basis, story.date and story.date.value) == ("inferred", "2024-07-04")
    assert [t.value for t in timexes if t.text == "Tuesday"] == ["2024-07-02"]


@pytest.mark.parametrize(("published", "story_day", "yesterday"), [
    ("2008-10-20", "2008-10-10", "2008-10-09"),  # stamped ten days after its dateline (a repost, a move)
    ("2008-10-10", "2008-10-10", "2008-10-09"),  # the same day
    ("2009-10-10", "2009-10-10", "2009-10-09"),  # a year later: another story that quotes the old date line
])
def test_a_dateline_earlier_than_the_page_stamp_dates_the_story(published: str, story_day: str,
                                                                 yesterday: str) -> None:
    # Wikinews' layout: title, then the date line, then the story ("the day" and "yesterday" count from it)
    text = ("Markets fall again\nOctober 10, 2008\nShares fell at the start of the day, a day after "
            "stocks lost five percent yesterday.")
    story, timexes = analyze_time(text, published)
    assert story.date is not None and story.date.value == story_day
    assert [t.value for t in timexes if t.text == "yesterday"] == [yesterday]


def test_no_date_anywhere_gives_none_not_today() -> None:
    story, timexes = analyze_time("The ministers met on Friday and will meet again next year.", None)
    assert story.basis == "none" and story.date is None
    assert {t.text: t.value for t in timexes}["next year"] == "FUTURE_REF"


def test_anniversary_of_a_known_event_dates_the_text() -> None:
    text = ("The two presidents will meet in Moscow. Since the establishment of diplomatic ties 30 years "
            "ago, China and South Korea have traded more every year.")
    story, _ = analyze_time(text, None)
    assert story.date is not None and story.date.value == "2022"
    assert story.evidence


def test_seed_002_is_dated_2024_from_its_text() -> None:
    story, timexes = analyze_time(_seed("002"), None)
    assert story.basis == "inferred" and story.date is not None and story.date.value == "2024"
    got = {t.text: t.value for t in timexes}
    assert got["the first quarter of 2024"] == "2024-Q1"
    assert got["December 16th"] == "1991-12-16"
    assert "2023" in {t.value for t in timexes if t.text.lower() == "last year"}


def test_seed_004_is_dated_2019_before_the_announced_visit() -> None:
    story, timexes = analyze_time(_seed("004"), None)
    assert story.date is not None and story.date.value == "2019"
    assert story.date.latest is not None and story.date.latest < "2019-09-10"
    got = {t.text: t.value for t in timexes}
    assert got["from September 10th to 12th"] == "2019-09-10/2019-09-12"
    assert got["27 years ago"] == "1992"
    assert got["April this year"] == "2019-04"
    assert got["From January to June this year"] == "2019-01/2019-06"


@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_seeds_with_page_dates_use_them(prefix: str) -> None:
    published = {"000": "2024-03-29", "001": "2024-06-03T17:55:46", "003": "2024-07-04"}[prefix]
    story, _ = analyze_time(_seed(prefix), published)
    assert story.basis == "published" and story.date is not None and story.date.value == published[:10]


def test_reanchor_moves_only_relative_expressions() -> None:
    text = _seed("001")
    _, before = analyze_time(text, "2024-06-03T17:55:46")
    story, after = reanchor(text, "2024-03-29")
    assert story.basis == "linked"
    fridays = {t.value for t in after if t.text == "Friday"}
    assert fridays == {"2024-03-29"}
    assert [t.value for t in before if t.anchor_used is None] == [t.value for t in after if t.anchor_used is None]


def test_doc_of_another_text_is_ignored() -> None:
    _story, timexes = analyze_time("Talks ended on Friday.", "2024-03-29", doc=object())
    assert timexes[0].value == "2024-03-29"


def test_seed_003_weekdays_around_its_dateline() -> None:
    _, timexes = analyze_time(_seed("003"), "2024-07-04")
    got = [(t.text, t.value) for t in timexes]
    assert ("Tuesday", "2024-07-02") in got
    assert {v for t, v in got if t == "Wednesday"} == {"2024-07-03"}
    assert ("Thursday", "2024-07-04") in got  # "believes Thursday's summit will be a success"
    assert ("March", "2024-03") in got
    assert ("September 2022", "2022-09") in got and ("October 2023", "2023-10") in got


def test_seed_001_alone_anchors_on_its_page_date() -> None:
    _, timexes = analyze_time(_seed("001"), "2024-06-03T17:55:46")
    got = {t.text: (t.value, t.anchor_used) for t in timexes}
    assert got["Last year"] == ("2023", "2024-06-03")
    assert got["2013"] == ("2013", None)
    assert got["Friday"] == ("2024-05-31", "2024-06-03")  # wrong in the world, fixed by fusion


def test_an_embedded_tweet_signed_a_day_later_does_not_overrule_the_page_date() -> None:
    # A page embedding Barack Obama's post of 13 Aug 2017 (UTC), the page dated the day before.
    text = ("The former president responded to the violence in Charlottesville on Saturday.\n\n"
            '"No one is born hating another person because of the color of his skin or his background '
            'or his religion..."\n\n— Barack Obama (@BarackObama) August 13, 2017\n\nUpdated at 9:40 p.m.')
    story, timexes = analyze_time(text, "2017-08-12")
    assert (story.basis, story.date and story.date.value) == ("published", "2017-08-12")
    assert {t.text: t.value for t in timexes}["Saturday"] == "2017-08-12"


def test_a_later_date_in_the_text_itself_still_overrules_the_page_date() -> None:
    text = "The former president responded on Saturday.\n\nHe spoke again on August 13, 2017 in Chicago."
    story, _ = analyze_time(text, "2017-08-12")
    assert story.basis == "inferred"


@pytest.mark.parametrize("note", ["Correction added Nov. 18, 2019: ", "Updated on Nov. 18, 2019. ",
                                  "This article was updated on Nov. 18, 2019 to correct a caption. ",
                                  "Editor's note, Nov. 18, 2019: "])
def test_the_date_of_a_correction_or_update_note_does_not_overrule_the_page_date(note: str) -> None:
    # scrapinghub AEB (not a gold page): a science magazine page of 2019-11-15 ends with "Correction added
    # Nov. 18, 2019: The caption below the photograph ..."; shortened
    text = ("Scientists found that tuft cells respond to worms in the lungs, the team reported on Wednesday.\n\n"
            f"{note}The caption below the photograph originally made an unconfirmed statement.\n")
    story, timexes = analyze_time(text, "2019-11-15")
    assert (story.basis, story.date and story.date.value) == ("published", "2019-11-15")
    assert {t.text: t.value for t in timexes}["Wednesday"] == "2019-11-13"
