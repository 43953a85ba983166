"""The headline an extracted article opens with stays in the text as its first sentence (s19e).

Pages and passages are written for these tests.
"""

from __future__ import annotations

import pytest

from tidings.clean import clean_text, to_document
from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.nlp import get_nlp
from tidings.records import RawDocument

LEAD = "Freight volumes on the rail corridor through Kazakhstan rose by a fifth in January, the railway said."
HEADLINE = "Kazakhstan and China sign rail freight accord"


def _page(h1: str, title: str | None = None, body: str = LEAD) -> str:
    return (f"<!DOCTYPE html><html><head><title>{title or h1}</title></head><body>"
            "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav>"
            f"<article><h1>{h1}</h1><p>{body}</p>"
            "<p>Officials from both countries met in Astana on Tuesday to set new targets for the corridor.</p>"
            "<p>The agreement also covers customs checks at the Khorgos border crossing, the ministry added.</p>"
            "</article></body></html>")  # fmt: skip


def test_headline_in_extracted_text_is_kept_as_first_sentence() -> None:
    doc = to_document(RawDocument("p.html", _page(HEADLINE), "text/html"), Settings())
    assert doc.title == HEADLINE
    assert doc.text.startswith(f"{HEADLINE}.\n\n{LEAD}")
    assert doc.text.count(HEADLINE) == 1


def test_kept_headline_is_its_own_sentence_for_the_parser() -> None:
    text = clean_text(f"{HEADLINE}\n{LEAD}", light=True, title=HEADLINE).text
    sentences = [s.text.strip() for s in get_nlp(Settings())(text).sents]
    assert sentences[0] == f"{HEADLINE}." and sentences[1] == LEAD


def test_headline_ending_like_a_sentence_gets_no_extra_stop() -> None:
    question = "Will Kazakhstan and China sign a rail freight accord?"
    assert clean_text(f"{question}\n{LEAD}", light=True, title=question).text.startswith(f"{question}\n\n")


def test_later_copies_of_the_title_are_still_dropped() -> None:
    result = clean_text(f"{HEADLINE}\n{LEAD}\n{HEADLINE}", light=True, title=HEADLINE)
    assert result.text == f"{HEADLINE}.\n\n{LEAD}"
    assert [r.reason for r in result.removed] == ["title"]


def test_title_below_other_text_is_not_a_headline() -> None:
    result = clean_text(f"{LEAD}\n{HEADLINE}", light=True, title=HEADLINE)
    assert result.text == LEAD


def test_short_page_title_is_not_kept() -> None:
    """A title of a few words names a page ("Press releases"), it tells no event."""
    result = clean_text(f"Press releases\n{LEAD}", light=True, title="Press releases")
    assert result.text == LEAD


def test_dateline_below_the_headline_is_still_lifted() -> None:
    result = clean_text(f"{HEADLINE}\nASTANA (Reuters) - {LEAD}", light=True, title=HEADLINE)
    assert result.text == f"{HEADLINE}.\n\n{LEAD}" and result.dateline == "ASTANA"


def test_plain_text_keeps_lifting_its_title() -> None:
    """Scraped plain text (not light) still has its title lifted out of the body."""
    result = clean_text(f"{HEADLINE}\n\n{LEAD}")
    assert result.title == HEADLINE and result.text == LEAD


def test_page_holding_only_its_headline_is_still_t107() -> None:
    page = f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1></article></body></html>"
    with pytest.raises(TidingsError) as err:
        to_document(RawDocument("p.html", page, "text/html"), Settings())
    assert err.value.code == "T107"


@pytest.mark.parametrize(
    "title", [f"{HEADLINE} | Steppe Times", f"Steppe Times - {HEADLINE}", f"{HEADLINE} – Steppe Times"]
)
def test_headline_under_a_title_naming_the_site_is_ended_too(title: str) -> None:
    """The <title> adds the site's name: the headline the article opens with is one part of it."""
    assert clean_text(f"{HEADLINE}\n{LEAD}", light=True, title=title).text == f"{HEADLINE}.\n\n{LEAD}"


def test_hyphenated_headline_is_not_split_as_a_site_name() -> None:
    line = "China rail freight accord signed in Astana"
    title = f"Kazakhstan-{line}"
    assert clean_text(f"{line}\n{LEAD}", light=True, title=title).text == f"{line}\n\n{LEAD}"
