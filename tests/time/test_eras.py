"""The era an office holder names is the holder's term from the dated roles of data/actors."""

from __future__ import annotations

from datetime import date

from tidings.time.eras import era_offices, holder_era


def test_era_nouns_name_offices() -> None:
    assert era_offices("chancellorship") == frozenset({"chancellor"})
    assert "president" in (era_offices("administration") or ())
    assert era_offices("weather") is None


def test_a_finished_term_is_the_range_of_its_days() -> None:
    era = holder_era("Angela Merkel", era_offices("chancellorship") or frozenset(), date(2023, 3, 1), 7)
    assert era is not None and era.value == "2005-11-22/2021-12-08"
    assert era.earliest == "2005-11-22" and era.latest == "2021-12-08"


def test_a_holder_in_office_names_no_past_era() -> None:
    assert holder_era("Angela Merkel", era_offices("chancellorship") or frozenset(), date(2020, 5, 1), 7) is None
    assert holder_era("Merkel", era_offices("chancellorship") or frozenset(), date(2021, 12, 10), 7) is None


def test_a_term_begun_after_the_story_is_left_out() -> None:
    era = holder_era("Trump", era_offices("administration") or frozenset(), date(2023, 3, 1), 7)
    assert era is not None and era.value == "2017-01-20/2021-01-20"


def test_an_unknown_name_is_no_era() -> None:
    assert holder_era("Nobody Atall", era_offices("administration") or frozenset(), date(2023, 3, 1), 7) is None
