"""Which day an expression names when the text gives more than one clue: a clock time with a weekday
and a written date. Sentences from non-gold real news (AEB pages not in the real-news gold) or written
for these tests; the story date is given with each."""

from __future__ import annotations

import pytest
from timex_helpers import one, values


@pytest.mark.parametrize(("text", "surface", "value"), [
    # AEB page 2c46804d9d (CBS News, 2019-11-19), not in the real-news gold: a kidnapping in May
    ("The girl and her mother were walking down Fort Worth's 6th Avenue at 6:38 p.m. on Saturday, May 18.",
     "6:38 p.m. on Saturday, May 18", "2019-05-18T18:38"),
    ("The meeting took place at 3 p.m. on Tuesday, Nov. 12, in Washington.",
     "3 p.m. on Tuesday, Nov. 12", "2019-11-12T15:00"),
    ("It happened at 6:38 p.m. Saturday, May 18, 2018, police said.",
     "6:38 p.m. Saturday, May 18, 2018", "2018-05-18T18:38"),
])
def test_a_clock_time_is_on_the_date_written_after_its_weekday(text: str, surface: str, value: str) -> None:
    assert one(text, "2019-11-19", surface).value == value


def test_a_clock_time_with_a_weekday_alone_keeps_the_weekday() -> None:
    assert values("Police were called at 9:15 p.m. on Saturday.", "2019-11-19") \
        == {"9:15 p.m. on Saturday": "2019-11-16T21:15"}


@pytest.mark.parametrize("text", [
    # AEB page 961bd85ca8 (The Republic, 2019-11-20), not in the real-news gold
    "Police later arrested Elizabeth A. Burton, 32, of 1119 Eighth St., after locating methamphetamine.",
    "Officers stopped a vehicle driven by Jonathan P. Blair, 29, of 1909 Jolinda Drive.",
    "The suspect lives at 2019 W. 5th Street in Columbus.",
])
def test_a_house_number_is_no_year(text: str) -> None:
    assert values(text, "2019-11-20") == {}


def test_a_year_before_a_name_that_is_no_street_stays_a_year() -> None:
    assert values("In 1989 Chinese troops crushed the protests in Tiananmen Square.", "2019-11-20") == {"1989": "1989"}
