"""An era an office holder names ("during the Obama administration", "under President Biden", "the Biden
administration urged ...") dates the past act it frames, or the past act its government does, with the
holder's term from the dated roles of data/actors; a holder in office names the present. A fronted "after"
a time long past makes a past act retold history, undated rather than on the page's day. Passages written
for these tests; story dates given with each."""

from __future__ import annotations

from tidings.analysis import code_text


def dates(text: str, story: str) -> dict[str, str | None]:
    """verb text -> date value of each coded event."""
    return {text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "": (e.date.value if e.date else None)
            for e in code_text(text, story)}


OBAMA = "2009-01-20/2017-01-20"


def test_an_era_framing_a_past_act_dates_it_with_the_term() -> None:
    found = dates("During the Obama administration, the United States declined to send weapons to Ukraine.",
                  "2019-11-19")
    assert found.get("declined to send") == OBAMA


def test_a_person_under_whom_an_act_happened_dates_it() -> None:
    found = dates("Under Obama, the United States signed the Paris climate agreement.", "2019-11-19")
    assert found.get("signed the Paris climate agreement") == OBAMA


def test_a_past_government_as_doer_dates_its_act() -> None:
    found = dates("The Biden administration urged schools to invest their recovery funds in tutoring.",
                  "2025-08-25")
    assert found.get("urged schools to invest") == "2021-01-20/2025-01-20"


def test_an_era_beats_the_day_the_report_was_made() -> None:
    found = dates("Officials said on Monday that the sanctions were imposed by the Obama administration.",
                  "2019-11-19")
    assert found.get("sanctions were imposed") == OBAMA


def test_a_holder_in_office_names_the_present() -> None:
    found = dates("The Trump administration imposed tariffs on Chinese steel.", "2019-03-01")
    assert found.get("imposed tariffs") == "2019-03-01"
    later = dates("The Trump administration imposed tariffs on Chinese steel.", "2023-03-01")
    assert later.get("imposed tariffs") == "2017-01-20/2021-01-20"  # the first term, over by then


def test_a_time_in_the_text_beats_the_era() -> None:
    found = dates("In 2014, during the Obama administration, the United States imposed sanctions on Russia.",
                  "2019-11-19")
    assert found.get("imposed sanctions") == "2014"


def test_an_office_name_that_is_no_holder_is_no_era() -> None:
    found = dates("The Food and Drug Administration banned the drug.", "2019-11-19")
    assert found.get("banned") == "2019-11-19"


def test_a_fronted_after_an_old_time_makes_retold_history() -> None:
    found = dates("After the 1967 war, Israel occupied the West Bank.", "2023-06-05")
    assert "occupied" in found and found["occupied"] is None


def test_an_after_phrase_behind_todays_act_keeps_the_fallback() -> None:
    found = dates("Police arrested two men after the 2014 protests.", "2022-03-01")
    assert found.get("arrested") == "2022-03-01"
    perfect = dates("Russia has arrested dozens of Tatars after the 2014 annexation.", "2022-03-01")
    assert perfect.get("arrested") == "2022-03-01"
