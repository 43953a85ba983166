"""clean_text on scraped plain text written like real news pages (wire stories, press releases, blogs).

The articles below are written for these tests in the style of the outlets named; none is copied.
"""

# ruff: noqa: E501  (article paragraphs are one long line each, as scraped)

from __future__ import annotations

import pytest

from tidings.clean import clean_text
from tidings.clean.dates import parse_date
from tidings.clean.rules import load_rules

REUTERS_STYLE = """World
Business
Markets
Sustainability

Analysis: Central Asia's rail corridor gains as shippers avoid the Red Sea

By Olzhas Auyezov and Dana Ospan

March 5, 2024 9:41 AM GMT+6 Updated 2 hours ago

ASTANA, March 5 (Reuters) - Freight volumes on the rail corridor linking China and Europe through Kazakhstan rose by a fifth in January, the national railway said on Tuesday, as shippers avoided the Red Sea.

The Middle Corridor, which crosses the Caspian Sea by ferry, still carries a fraction of the cargo that goes by sea.

Advertisement · Scroll to continue

"We have doubled the number of container trains since 2022," the company's deputy chairman told reporters in Astana.

Capacity limits

Ports at Aktau and Kuryk are being expanded, but bottlenecks at the border crossings remain, two logistics executives said.

Reporting by Olzhas Auyezov; Editing by Mark Heinrich

Our Standards: The Thomson Reuters Trust Principles.

Share
Facebook Twitter LinkedIn Email
"""


def test_wire_story_furniture_and_metadata() -> None:
    result = clean_text(REUTERS_STYLE)
    assert result.title == "Analysis: Central Asia's rail corridor gains as shippers avoid the Red Sea"
    assert result.author == "Olzhas Auyezov and Dana Ospan"
    assert result.published == "2024-03-05T09:41"
    assert result.dateline == "ASTANA" and result.source == "Reuters"
    assert result.text.startswith("Freight volumes on the rail corridor")
    for kept in ("Capacity limits", "The Middle Corridor, which crosses", '"We have doubled the number'):
        assert kept in result.text
    for dropped in ("Markets", "Advertisement", "Facebook Twitter", "Share", "Updated 2 hours ago"):
        assert dropped not in result.text
    reasons = {r.reason for r in result.removed}
    assert {"title", "author", "dateline", "advertisement", "share"} <= reasons


PRESS_RELEASE = """Xinhua Silk Road: Kazakh wheat exports to China hit record high

NEW YORK, Nov. 12, 2023 /PRNewswire/ -- Kazakhstan shipped a record 1.5 million tonnes of wheat to China in the marketing year that ended in June, according to figures released by the country's agriculture ministry on Monday.

Most of the grain travelled by rail through the Dostyk-Alashankou crossing.

Contact: press@example.org
Tel: +7 7172 000000

Cision View original content to download multimedia: https://www.prnewswire.com/news-releases/example.html

SOURCE Xinhua Silk Road
"""


def test_press_release_source_combines_distributor_and_client() -> None:
    result = clean_text(PRESS_RELEASE)
    assert result.published == "2023-11-12"
    assert result.dateline == "NEW YORK"
    assert result.title.startswith("Xinhua Silk Road:")
    assert result.text.startswith("Kazakhstan shipped a record")
    assert "Tel:" not in result.text and "SOURCE Xinhua" not in result.text and "Cision" not in result.text


def test_distributor_with_known_client_outlet() -> None:
    text = "CGTN: Leaders meet in Astana\n\nBEIJING, July 4, 2024 /PRNewswire/ — The two presidents met on Wednesday and signed a joint statement on trade.\n"
    result = clean_text(text)
    assert result.source == "PRNewswire (CGTN)" and result.published == "2024-07-04"


def test_xinhua_dateline_without_year_gives_no_date() -> None:
    text = "BEIJING, July 4 (Xinhua) -- Chinese President Xi Jinping held talks with his Kazakh counterpart in Astana on Wednesday.\n"
    result = clean_text(text)
    assert result.dateline == "BEIJING" and result.source == "Xinhua"
    assert result.published is None  # "July 4" alone states no year: nothing is invented
    assert result.text.startswith("Chinese President Xi Jinping")


BLOG_DUMP = """Skip to content
Home | News | Opinion | Contact
Home > World > Asia

Posted on 14 February 2023 by Aigerim Sultanova

Why Almaty's air gets worse every winter

12 Comments
Views: 3,204

Coal-fired heating plants and private stoves burning low-grade coal are the main source of the smog that settles over Almaty from November to March, a study by local researchers found.

The city sits in a bowl at the foot of the Zailiysky Alatau mountains, which traps cold air and pollutants near the ground during temperature inversions.

Photo: Almaty skyline in January (file)

Related: Kazakhstan plans gas conversion of Almaty power plant

Officials have promised to switch the largest plant to natural gas by 2026, but residents remain sceptical.

Leave a reply
Copyright © 2023 Steppe Notes. All rights reserved.
"""


def test_blog_dump() -> None:
    result = clean_text(BLOG_DUMP)
    assert result.title == "Why Almaty's air gets worse every winter"
    assert result.published == "2023-02-14"
    assert result.text.splitlines()[0].startswith("Coal-fired heating plants")
    assert result.text.rstrip().endswith("residents remain sceptical.")
    for dropped in ("Skip to content", "Home |", "Views:", "12 Comments", "Photo:", "Related:", "Copyright", "Leave a reply"):
        assert dropped not in result.text


def test_stamp_line_and_glued_date_header() -> None:
    text = "Leaders call for deeper ties\n\nSource:world Views: 【BigSmall】 Time:2023-10-20 08:05:11 Number of comments:\n\nThe two leaders met in Beijing on Thursday and agreed to expand trade.\n"
    result = clean_text(text)
    assert result.published == "2023-10-20T08:05:11" and result.source is None  # "world" is a section, not an outlet
    glued = clean_text("date 2019-09-11 The president arrived in Beijing for a state visit on Wednesday.")
    assert glued.published == "2019-09-11" and glued.text.startswith("The president arrived")


def test_source_line_and_role_byline() -> None:
    text = """Kazakhstan and Uzbekistan agree on water sharing

Special correspondent in TashkentAlisher Karimov

Kazakhstan and Uzbekistan agreed on Friday to share the waters of the Syr Darya under a new ten-year plan, officials said.

Source: xinhua news agency
"""
    result = clean_text(text)
    assert result.author == "Alisher Karimov" and result.source == "Xinhua"
    assert "Source" not in result.text and "correspondent" not in result.text


def test_headline_as_next_line_is_not_a_byline() -> None:
    text = "Trade talks resume\n\nKazakh President meets Xi Jinping\n\nThe two leaders met in Beijing on Thursday to discuss new rail links.\n"
    assert clean_text(text).author is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Contact between the two armies resumed on Monday.",
        "See more than 200 species at the new reserve, officials said.",
        "Sources said the deal could be signed within weeks.",
        "Copyright disputes over the film have dragged on for years.",
        "Share prices in Almaty rose 3 percent on Tuesday.",
        "Email traffic between the ministries was intercepted, the report said.",
        "Read the full statement on the ministry's website, the spokesman told reporters.",
    ],
)
def test_real_sentences_that_look_like_furniture_are_kept(sentence: str) -> None:
    text = f"Headline for the test\n\n{sentence}\n\nThe second paragraph is a plain sentence of the article body.\n"
    assert sentence in clean_text(text).text


def test_section_headings_between_paragraphs_are_kept() -> None:
    text = (
        "A long first paragraph about the summit that ended on Thursday with a joint declaration on security.\n\n"
        "Future Implications\n\n"
        "Analysts expect the agreement to shape relations in the region for years to come.\n"
    )
    assert "Future Implications" in clean_text(text).text


def test_repeated_headline_keeps_one_copy() -> None:
    text = (
        "Second story headline about ties\n\nA paragraph of the first story that is long enough to count as body.\n\n"
        "Second story headline about ties\n\nAnother paragraph follows here with its own sentence.\n\n"
        "Second story headline about “ties”\n"
    )
    result = clean_text(text)
    assert result.text.lower().count("second story headline") <= 1
    assert [r.reason for r in result.removed].count("repeated-headline") >= 1


def test_nav_bullets_are_removed_but_article_bullets_stay() -> None:
    text = (
        "• Home\n• Politics\n• Business\n• Sport\n\nBudget passes parliament\n\n"
        "The parliament approved the budget on Friday after a long debate.\n\n"
        "• The deficit will narrow to 2.1 percent of GDP next year, the ministry said.\n"
        "• Spending on schools will rise by a fifth, according to the draft law.\n"
    )
    result = clean_text(text)
    assert "Politics" not in result.text
    assert "• The deficit will narrow" in result.text and "• Spending on schools" in result.text


def test_text_without_furniture_is_unchanged_apart_from_spacing() -> None:
    text = "First paragraph of a clean article, written as such.\n\n  Second   paragraph, also clean.  \n"
    result = clean_text(text)
    assert result.text == "First paragraph of a clean article, written as such.\n\nSecond paragraph, also clean."
    assert result.removed == ()


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2024-06-03 17:55:46", "2024-06-03T17:55:46"),
        ("July 4, 2024", "2024-07-04"),
        ("Thursday, 4 July 2024 at 3:05 pm", "2024-07-04T15:05"),
        ("Sept. 10, 2019", "2019-09-10"),
        ("2019/09/10", "2019-09-10"),
        ("10.09.2019", "2019-09-10"),
        ("2019年9月10日", "2019-09-10"),
        ("February 30, 2024", None),
        ("July 4", None),
    ],
)
def test_parse_date(written: str, iso: str | None) -> None:
    assert parse_date(written, load_rules()) == iso
