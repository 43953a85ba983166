"""Date claims: compatibility, the date a happening gets, the choice of a reference date."""

from __future__ import annotations

from datetime import date

from tidings.fuse.dates import DatedClaim, Link, best_claim, choose_anchor, compatible
from tidings.records import DateValue


def claim(value: str, first: str, last: str, evidence: str = "explicit", mod: str | None = None) -> DatedClaim:
    return DatedClaim(DateValue(value, first, last), evidence, mod)  # type: ignore[arg-type]


DAY = claim("2024-03-29", "2024-03-29", "2024-03-29", "relative")
MONTH = claim("2024-03", "2024-03-01", "2024-03-31")
OTHER_DAY = claim("2024-05-31", "2024-05-31", "2024-05-31", "relative")


def test_a_day_fits_its_month_and_not_another_day() -> None:
    assert compatible(DAY, MONTH) is True
    assert compatible(DAY, OTHER_DAY) is False
    assert compatible(DAY, DatedClaim(None, "none")) is None


def test_a_defaulted_date_allows_the_days_before_the_report() -> None:
    reported = claim("2024-07-04", "2024-07-04", "2024-07-04", "default")
    assert compatible(reported, claim("2024-07-02", "2024-07-02", "2024-07-02", "relative")) is True
    assert compatible(reported, claim("2024-07-05", "2024-07-05", "2024-07-05", "relative")) is False


def test_over_80_years_ago_is_only_a_bound() -> None:
    before = claim("1944", "1944-01-01", "1944-12-31", "relative", mod="BEFORE")
    assert before.bound_only
    assert compatible(before, claim("1943", "1943-01-01", "1943-12-31")) is True


def test_the_most_precise_claim_dates_the_happening_and_defaults_come_last() -> None:
    default = claim("2024-07-04", "2024-07-04", "2024-07-04", "default")
    year = claim("2024", "2024-01-01", "2024-12-31")
    assert best_claim([year, DAY, MONTH]) == DAY
    assert best_claim([default, year]) == year
    assert best_claim([DatedClaim(None, "none")]) is None


def test_anchor_that_makes_reports_agree_wins_over_the_page_date() -> None:
    links = [Link("m1", claim("2024-03-29", "2024-03-29", "2024-03-29", "default"), "d-original")]

    def claims_at(anchor: date | None) -> dict[str, DatedClaim]:
        if anchor is None:  # resolved against the repost's page date
            return {"m1": OTHER_DAY}
        iso = anchor.isoformat()
        return {"m1": claim(iso, iso, iso, "relative")}

    choice = choose_anchor([date(2024, 3, 29)], links, claims_at, own_precise=True)
    assert choice is not None and choice.anchor == date(2024, 3, 29)
    assert choice.base_score < choice.score


def test_no_anchor_when_the_own_date_already_agrees() -> None:
    links = [Link("m1", DAY, "d-other")]
    choice = choose_anchor([date(2024, 3, 20)], links, lambda a: {"m1": DAY}, own_precise=True)
    assert choice is None
