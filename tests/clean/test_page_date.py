"""The page's publication date never comes from quoted or embedded content (tidings.clean.metadata).

Pages built here after the markup real news pages use: the embed codes Twitter/X, Instagram and Facebook
publish (a <blockquote class="twitter-tweet"> ending in the post's date), a fact-check's quoted statement,
and a "related stories" box of dated links. Each page's own date is given (or not) by its markup, and
the date inside the quoted or embedded content is different and more prominent in the body.
"""

from __future__ import annotations

import pytest

from tidings.clean.metadata import _url_day, page_published
from tidings.clean.rules import load_rules

TWEET = ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">We will not back down.</p>&mdash; '
         'Senator (@senator) <a href="https://twitter.com/senator/status/1">March 3, 2019</a></blockquote>')
INSTAGRAM = ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/">'
             '<p>A post shared by the ministry</p><time datetime="2018-06-01T10:00:00+00:00">Jun 1, 2018</time>'
             '</blockquote>')
QUOTED = ('<div class="statement"><blockquote><p>Says the governor "cut school funding by $1 billion" '
          'in a speech on <time datetime="2017-02-14">Feb. 14, 2017</time>.</p></blockquote></div>')
RELATED = ('<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Older story</a> '
           '<time datetime="2016-10-09">October 9, 2016</time></li></ul></div>'
           '<div class="more-stories"><span class="date">2015-05-05</span> Another story</div>')


def _page(body: str, byline: str = "") -> str:
    filler = "<p>" + "The council met to discuss the budget and the schools. " * 12 + "</p>"
    return (f"<html><head><title>Council story</title></head><body><article><h1>Council story</h1>{byline}"
            f"{filler}{body}{filler}</article></body></html>")


@pytest.mark.parametrize("embedded", [TWEET, INSTAGRAM, QUOTED, RELATED])
def test_an_embedded_date_never_becomes_the_page_date(embedded: str) -> None:
    byline = '<p class="byline">By A. Writer, <time datetime="2020-01-15">January 15, 2020</time></p>'
    assert page_published(_page(embedded, byline), None, load_rules()) == "2020-01-15"


@pytest.mark.parametrize("embedded", [TWEET, INSTAGRAM, QUOTED, RELATED])
def test_a_page_without_a_date_of_its_own_stays_undated(embedded: str) -> None:
    assert page_published(_page(embedded), None, load_rules()) is None


def test_the_url_date_is_evidence() -> None:
    url = "https://news.example.org/2020/01/15/council-story/"
    assert page_published(_page(TWEET), url, load_rules()) == "2020-01-15"


def test_metadata_wins_over_the_body() -> None:
    head = '<meta property="article:published_time" content="2021-04-02T08:00:00+00:00">'
    page = _page(TWEET).replace("<head>", f"<head>{head}")
    assert page_published(page, None, load_rules()) == "2021-04-02"


def test_a_stray_timestamp_in_the_markup_does_not_beat_the_bylines_time() -> None:
    # the markup of portal reposts: a server build stamp in an attribute of <head>, a day after the
    # story; the byline's <time> (no pubdate mark) gives the story's day
    head = '<head data-info="v:20200115;az:{dt: 2020-01-16T04:07:50.1636617Z, rid: 38}"><title>Council story</title>'
    byline = '<div class="byline">A. Writer <time datetime="2020-01-15T10:36:00.000Z">1 day ago</time></div>'
    page = _page("", byline).replace("<head><title>Council story</title>", head)
    assert page_published(page, None, load_rules()) == "2020-01-15"
    stated = page.replace("<title>", '<meta name="date" content="2020-01-16"><title>')
    assert page_published(stated, None, load_rules()) == "2020-01-16"


def test_a_url_day_with_a_month_name_is_evidence() -> None:
    # the fact-check pages of the scrapinghub AEB set (not gold pages) put the day in the address as
    # "/2019/nov/18/"; the statement they rate was made weeks before, and its date is all the body shows
    statement = ('<div class="m-statement"><p>Says "most drugs come through ports of entry"</p>'
                 '<div class="m-statement__desc">stated on <time datetime="2019-10-13">October 13, 2019</time> '
                 'in a news release</div></div>')
    url = "https://www.factcheck.example.org/statements/2019/nov/18/a-senator/drugs-ports/"
    assert page_published(_page(statement), url, load_rules()) == "2019-11-18"



@pytest.mark.parametrize(("url", "day"), [
    ("https://www.example.com/world/2019/sep/20/story", "2019-09-20"),
    ("https://www.example.com/2019/Sept/3/story", "2019-09-03"),
    ("https://www.example.com/2017/7/12/story", "2017-07-12"),
    ("https://www.example.com/2020-01-15-story", "2020-01-15"),
    ("https://www.example.com/2019/news/12/story", None),
    ("https://www.example.com/2019/13/12/story", None),
])
def test_the_day_of_a_url(url: str, day: str | None) -> None:
    assert _url_day(url) == day


@pytest.mark.parametrize(("published", "day"), [
    ("2004-01-01", "2019-06-13"),  # a year stored as 1 January by a template, the page updated years later
    ("2019-01-01", "2019-01-01"),  # published on New Year's Day, updated the same year: its own day
    ("2004-03-05", "2004-03-05"),  # any other first publication day stands
])
def test_a_new_year_placeholder_gives_way_to_a_later_years_reading(published: str, day: str) -> None:
    head = (f'<meta property="article:published_time" content="{published}">'
            '<meta property="article:modified_time" content="2019-06-13T10:00:00">')
    page = _page("").replace("<head>", f"<head>{head}")
    assert page_published(page, None, load_rules()) == day
