"""The page's publication day when its markup holds several date fields (tidings.clean.metadata, issue 14).

Pages built here after the markup of common CMS templates (a WordPress/Yoast head with
article:modified_time and a JSON-LD graph, a byline under the <h1>); the passages are written for tidings.
"""

from __future__ import annotations

from tidings.clean.dates import first_written_date
from tidings.clean.metadata import page_published
from tidings.clean.rules import load_rules

FILLER = "<p>" + "The water board voted to raise the rates for the coming year after a long debate. " * 10 + "</p>"


def _page(head: str, byline: str = "", body: str = "") -> str:
    return (f"<html><head><title>Rates story</title>{head}</head><body><article><h1>Water rates rise</h1>"
            f"{byline}{FILLER}{body}{FILLER}</article></body></html>")


def _graph(published: str, modified: str) -> str:
    return ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article",'
            f'"headline":"Water rates rise","datePublished":"{published}","dateModified":"{modified}"'
            "}]}</script>")


MODIFIED_META = '<meta property="article:modified_time" content="2024-02-26T18:05:45+00:00">'


def test_a_modified_meta_tag_does_not_beat_the_json_ld_published_day() -> None:
    page = _page(MODIFIED_META + _graph("2023-05-18T04:39:05+00:00", "2024-02-26T18:05:45+00:00"))
    assert page_published(page, None, load_rules()) == "2023-05-18"


def test_the_published_day_the_byline_shows_wins() -> None:
    byline = '<p class="byline">By A. Writer | May 18, 2023</p>'
    page = _page(MODIFIED_META + _graph("2023-05-18T04:39:05+00:00", "2024-02-26T18:05:45+00:00"), byline)
    assert page_published(page, None, load_rules()) == "2023-05-18"


def test_a_page_that_shows_its_modified_day_keeps_it() -> None:
    byline = '<p class="byline">By A. Writer | Updated February 26, 2024</p>'
    page = _page(MODIFIED_META + _graph("2023-05-18T04:39:05+00:00", "2024-02-26T18:05:45+00:00"), byline)
    assert page_published(page, None, load_rules()) == "2024-02-26"


def test_a_utc_published_field_a_day_off_is_the_same_moment() -> None:
    # a local reading (8:19 PM on the 18th in New York) and a UTC datePublished (01:19 on the 19th)
    head = ('<meta name="date" content="2019-11-18">'
            + _graph("2019-11-19T01:19:34Z", "2019-11-19T14:41:32Z"))
    assert page_published(_page(head), None, load_rules()) == "2019-11-18"


def test_a_stray_image_date_gives_way_to_the_byline_under_the_title() -> None:
    head = '<meta property="og:image" content="https://cdn.example.com/upload/blog/2021/10/11/093201-cover.jpg">'
    byline = "<h5><span>2022-11-06</span></h5>"
    img = '<img src="https://cdn.example.com/upload/blog/2021/10/11/093254-inline.jpg">'
    assert page_published(_page(head, byline, img), None, load_rules()) == "2022-11-06"


def test_a_tweet_under_the_title_never_dates_the_page() -> None:
    head = '<meta property="og:image" content="https://cdn.example.com/upload/blog/2021/10/11/093201-cover.jpg">'
    tweet = ('<blockquote class="twitter-tweet"><p>Rates are up again.</p>&mdash; A resident (@resident) '
             '<a href="https://twitter.com/resident/status/1">March 3, 2022</a></blockquote>')
    assert page_published(_page(head, tweet), None, load_rules()) != "2022-03-03"


def test_the_first_written_date() -> None:
    rules = load_rules()
    assert first_written_date("Jane Doe · Published March 9, 2026 · 5 min read", rules) == "2026-03-09"
    assert first_written_date("Posted 9 March 2026", rules) == "2026-03-09"
    assert first_written_date("on 03/09/2026 and 2026-03-10", rules) == "2026-03-10"  # a numeric order is unknown
    assert first_written_date("Season 2026 opens", rules) is None


def test_the_bylines_published_label_beats_a_modified_tag() -> None:
    byline = '<p class="byline"><span class="entry-date">Published: January 3, 2024</span></p>'
    page = _page(MODIFIED_META, byline)
    assert page_published(page, None, load_rules()) == "2024-01-03"
    updated = '<p class="byline">Updated February 26, 2024</p>'
    assert page_published(_page(MODIFIED_META, updated), None, load_rules()) == "2024-02-26"


def test_a_todays_date_widget_never_dates_the_page() -> None:
    widget = '<p id="todays-date-custom"><strong>Friday</strong>, December 19, 2025</p>'
    assert page_published(_page("", widget), None, load_rules()) != "2025-12-19"
