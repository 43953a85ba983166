"""TIMEX3 as TimeML writes it (session 22): approximate clock times, "early/late in the week". Sentences
written for these tests in the style of wire copy; none is from a scored gold set."""

from __future__ import annotations

import pytest
from timex_helpers import one


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Police arrived at about 9 p.m.", "about 9 p.m.", "2024-03-13T21:00"),
    ("The blast happened around midnight on Sunday.", "around midnight on Sunday", "2024-03-10T00:00"),
    ("The quake struck at approximately 10:05 a.m.", "approximately 10:05 a.m.", "2024-03-13T10:05"),
    ("The strike began at roughly 0600 GMT.", "roughly 0600 GMT", "2024-03-13T06:00Z"),
])
def test_an_approximate_clock_time_keeps_its_word_and_says_approx(text: str, surface: str, value: str) -> None:
    # TimeML: "about 9 p.m." is one TIME with mod APPROX, the word inside the extent (as "about two hours")
    found = one(text, "2024-03-13", surface)
    assert (found.type, found.value, found.mod) == ("TIME", value, "APPROX")


def test_a_bound_before_a_clock_time_stays_a_signal() -> None:
    # "shortly after 11 am": a bound (AFTER), outside the extent, not an approximation
    found = one("The statement came shortly after 11 am.", "2024-03-13", "11 am")
    assert found.mod == "AFTER"


def test_early_or_late_in_the_unit_names_the_unit_in_focus() -> None:
    # as "later in the week" already did: the week, month or year the passage is about, else the reference's
    assert one("Prices rose early in the week.", "2024-03-13", "the week").value == "2024-W11"
    text = "The army took the city in March 2019. Late in the year, it withdrew."
    assert one(text, "2024-03-13", "the year").value == "2019"
