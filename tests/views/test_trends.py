"""Trends: monthly counts by quad class, mean Goldstein, unplaced coarse dates, and the plot files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.errors import TidingsError
from tidings.store import Store
from tidings.views.trends import dyad_trend, month_range, plot_trend


def test_month_range_fills_gaps() -> None:
    assert month_range(["2023-11", "2024-02"]) == ["2023-11", "2023-12", "2024-01", "2024-02"]


def test_dyad_series_counts_happenings_by_quad(fused_store: Store) -> None:
    trend = dyad_trend(fused_store, "ARG-BRA")
    months = {m["month"]: m for m in trend.months}
    assert "2023-05" in months
    may = months["2023-05"]
    quads = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
    assert may["events"] == sum(may[q] for q in quads) >= 1
    assert may["goldstein_mean"] is not None and -10 <= may["goldstein_mean"] <= 10
    assert may["mentions"] >= may["events"]


def test_bad_dyad_is_a_usage_error(fused_store: Store) -> None:
    with pytest.raises(TidingsError):
        dyad_trend(fused_store, "ARGBRA")


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_plot_is_written(fused_store: Store, tmp_path: Path, suffix: str) -> None:
    out = plot_trend(dyad_trend(fused_store, "ARG-BRA"), tmp_path / f"trend{suffix}")
    assert out.stat().st_size > 1000


def test_plot_refuses_other_formats(fused_store: Store, tmp_path: Path) -> None:
    with pytest.raises(TidingsError):
        plot_trend(dyad_trend(fused_store, "ARG-BRA"), tmp_path / "trend.pdf")


@pytest.mark.parametrize("sides, date_from, date_to, reviewed_only", [
    (("ARG", "BRA"), None, None, False),
    (("BRA", "ARG"), "2023-05", "2023-12-31", False),
    (("ARG",), None, None, False),
    (("BRA",), None, "2023-06-30", False),
    (("ARG", "BRA"), None, None, True),
    (("ARG", "ARG"), None, None, False),
])
def test_sql_counts_equal_the_row_by_row_counts(fused_store: Store, monkeypatch: pytest.MonkeyPatch,
                                                sides: tuple[str, ...], date_from: str | None,
                                                date_to: str | None, reviewed_only: bool) -> None:
    """A fused store's series is counted in SQL; the row-by-row path (stores not fused yet) is the
    reference it must equal, month for month, unplaced included."""
    from tidings.views import trends

    assert trends._counted_in_sql(fused_store, sides, date_from, date_to, reviewed_only) is not None
    counted = trends.happening_trend(fused_store, sides, date_from, date_to, reviewed_only)
    monkeypatch.setattr(trends, "_counted_in_sql", lambda *args: None)
    reference = trends.happening_trend(fused_store, sides, date_from, date_to, reviewed_only)
    assert counted.as_json() == reference.as_json()
    assert counted.months or sides == ("ARG", "ARG") or reviewed_only
