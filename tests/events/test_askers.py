"""An act on a request, a demand or an offer is done to whoever made it (events/code.py `_askers`).

All passages are written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text


def _pairs(text: str, plover: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, "2025-06-01") if e.plover == plover]


def test_refusing_to_comply_with_a_request_is_aimed_at_its_maker() -> None:
    assert [t for _, t in _pairs("The company refused to comply with a request from German prosecutors.",
                                 "REJECT")] == ["DEU"]


def test_a_demand_by_a_group() -> None:
    assert [t for _, t in _pairs("The ministry declined to act on demands by Kenyan teachers.", "REJECT")] == ["KEN"]


def test_the_maker_named_by_a_possessive() -> None:
    assert _pairs("Hungary refused to accept Ukraine's request for weapons.", "REJECT") == [("HUN", "UKR")]


def test_a_request_with_no_maker_named_gives_no_one() -> None:
    """The noun's maker, not any actor nearby: "a request for Kenyan visas" names no one who asked."""
    assert "KEN" not in [t for _, t in _pairs("The company refused to comply with a request for Kenyan visas.",
                                             "REJECT")]
