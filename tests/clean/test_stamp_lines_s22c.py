"""A plain-text article's date stamp line under its title gives the page date (s22c): "Updated: ... IST", a
place and wire around the date, a clock before it. Passages written for these tests."""

from __future__ import annotations

import pytest

import tidings.clean.title as title
from tidings.clean import clean_text
from tidings.clean.rules import load_rules
from tidings.clean.title import stamp_date

BODY = ("The harbour authority said on Thursday that two cargo ships had collided near the port entrance, and that "
        "no one was hurt in the collision.\n"
        "Divers were inspecting both hulls, a spokeswoman for the authority told reporters at the quay.\n")


@pytest.mark.parametrize(("stamp", "day"), [
    ("Updated: November 11, 2011 18:50 IST", "2011-11-11"),
    ("POSTED: 1052 GMT (1852 HKT), April 10, 2007", "2007-04-10"),
    ("Tuesday 28 April 2009 22.34 BST", "2009-04-28"),
    ("Lisbon, Mar 3, 2015, 04:00 pm (ABC)", "2015-03-03"),
    ("7:00pm UK, Wednesday 05 May 2010", "2010-05-05"),
    ("on September 14, 2013 11:41am | Updated on September 14, 2013 11:52am", "2013-09-14"),
])
def test_a_stamp_line_under_the_title_is_the_page_date(stamp: str, day: str) -> None:
    result = clean_text(f"Two cargo ships collide at harbour mouth\n{stamp}\n{BODY}")
    assert (result.published or "")[:10] == day
    assert result.title == "Two cargo ships collide at harbour mouth"
    assert stamp not in result.text


def test_the_switch_off_keeps_the_old_reading() -> None:
    title.READ_STAMP_LINES = False
    try:
        stamp = "POSTED: 1052 GMT (1852 HKT), April 10, 2007"
        result = clean_text(f"Two cargo ships collide at harbour mouth\n{stamp}\n{BODY}")
    finally:
        title.READ_STAMP_LINES = True
    assert result.published is None


@pytest.mark.parametrize("line", [
    "Ships collided off the harbour mouth on March 3, 2015, the authority says",  # a headline with a date
    "Harbour authority",  # no date
    "Ships collide again, as on March 3, 2015, near the old pier of the town",
])
def test_a_headline_that_names_a_date_is_no_stamp(line: str) -> None:
    assert stamp_date(line, load_rules()) is None
