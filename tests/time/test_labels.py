"""Human labels next to TIMEX3 values (tidings.time.labels)."""

from __future__ import annotations

import pytest

from tidings.time import find_timexes
from tidings.time.labels import label, with_label


@pytest.mark.parametrize(("value", "type_", "mod", "expected"), [
    ("2019-W46-WE", None, None, "weekend of 16–17 Nov 2019"),
    ("2019-W46", None, None, "week of 11–17 Nov 2019"),
    ("2020-W01", None, None, "week of 30 Dec 2019 – 5 Jan 2020"),
    ("12XX", None, None, "13th century"),
    ("12", None, None, "13th century"),
    ("199", None, None, "1990s"),
    ("2024-Q1", None, None, "Q1 2024"),
    ("2024-H2", None, None, "H2 2024"),
    ("2019-SU", None, None, "summer 2019"),
    ("2024-03-29", None, None, "29 Mar 2024"),
    ("2024-03", "DATE", "START", "early Mar 2024"),
    ("2024-03-29T17:55", "TIME", None, "29 Mar 2024, 17:55"),
    ("2008-10-07T18:00Z", "TIME", None, "7 Oct 2008, 18:00 UTC"),
    ("2019-11-19TNI", "TIME", None, "night of 19 Nov 2019"),
    ("2019-09-10/2019-09-12", "DATE", None, "10–12 Sep 2019"),
    ("XXXX-09-10", "DATE", None, "10 Sep (year unknown)"),
    ("P10Y", "DURATION", "MORE_THAN", "more than 10 years"),
    ("PT2H", "DURATION", None, "2 hours"),
    ("PXY", "DURATION", None, "years"),
    ("P1W", "SET", None, "every week"),
    ("XXXX-WXX-1", "SET", None, "every Monday"),
    ("PAST_REF", "DATE", None, "the past"),
])
def test_labels(value: str, type_: str | None, mod: str | None, expected: str) -> None:
    assert label(value, type_, mod) == expected


def test_with_label_puts_the_label_beside_the_value() -> None:
    assert with_label("2024-Q1") == "2024-Q1 (Q1 2024)"
    assert with_label("2024") == "2024"
    assert with_label(None) == "" and label("") == ""
    assert label("not a value") == "not a value"


def test_every_engine_value_gets_a_label() -> None:
    text = ("In the 13th century and the 1990s; over the weekend; in the first quarter of 2024; every year, "
            "for more than a decade, at 5:55 p.m. on Friday, in early March, last summer, three hours, "
            "from September 10 to 12, on Friday night.")
    for timex in find_timexes(text, "2019-11-20"):
        assert label(timex.value, timex.type, timex.mod) != timex.value or timex.value.isdigit(), timex
