"""Named past events: a day-month without a year that names a known event takes its year; one that
names an unknown happening far from the story date keeps its year unknown."""

from __future__ import annotations

from timex_helpers import one, values

from tidings.time import analyze_time


def test_october_7_attacks_on_a_later_page() -> None:
    # WCEP 2025-06-22
    text = ("Israeli forces in Gaza recover the bodies of three hostages who were abducted by the "
            "Palestinian militant group Hamas during the October 7 attacks.")
    timex = one(text, "2025-06-22", "October 7")
    assert (timex.value, timex.anchor_used) == ("2023-10-07", None)


def test_known_events_by_their_day() -> None:
    # WCEP 2025-01-21 and 2025-09-02, shortened
    text = ("Trump pardons around 1,500 defendants who had been criminally charged with involvement in the "
            "January 6 attack on the United States Capitol.")
    assert one(text, "2025-01-21", "January 6").value == "2021-01-06"
    text = "Bolsonaro, who is accused of plotting the 8 January Brasília attacks, faces up to 40 years in prison."
    assert one(text, "2025-09-02", "8 January").value == "2023-01-08"
    text = "Spain remembered the victims of the 11 March train bombings in Madrid."
    assert one(text, "2025-08-01", "11 March").value == "2004-03-11"


def test_unknown_happening_far_from_the_page_keeps_its_year_unknown() -> None:
    # WCEP 2025-10-03
    text = ("The Bangkok Criminal Court sentences a Thai man to life in prison for the January 7 "
            "assassination of Cambodian politician Lim Kimya in Bangkok.")
    assert one(text, "2025-10-03", "January 7").value == "XXXX-01-07"


def test_happening_near_the_page_is_the_near_one() -> None:
    assert one("The March 6 attack on a checkpoint killed 12 soldiers.", "2025-03-17", "March 6").value == "2025-03-06"


def test_event_day_without_the_event_noun() -> None:
    text = "Since October 7, more than 30,000 Palestinians have been killed in Gaza, the ministry said."
    assert one(text, "2024-03-10", "October 7").value == "2023-10-07"
    # The day after: the near reading wins over the known event.
    assert one("Israel struck targets in Gaza on October 7, the army said.", "2025-10-08", "October 7").value \
        == "2025-10-07"
    # A day-month that names no happening is read by tense as before.
    assert one("The central bank lowered rates on October 7.", "2025-06-22", "October 7").value == "2024-10-07"


def test_named_days_and_dated_crises() -> None:
    got = values("The 9/11 attacks changed US policy, as did the 2008 financial crisis.", "2025-06-22")
    assert got == {"9/11": "2001-09-11", "2008": "2008"}
    assert values("Veterans returned to Normandy to mark D-Day.", "2024-06-06") == {"D-Day": "1944-06-06"}


def test_holiday_with_the_year_before_it() -> None:
    # WCEP 2026-01-19, shortened
    text = "It is the strongest solar event directed towards Earth since the 2003 Halloween solar storms."
    assert one(text, "2026-01-19", "2003 Halloween").value == "2003-10-31"


def test_anniversary_of_a_day_named_event_dates_the_story() -> None:
    story, _ = analyze_time("Two years since the October 7 attacks, families of hostages rallied in Tel Aviv.", None)
    assert story.date is not None and story.date.value == "2025"
