"""Prisoner swaps, shown on real text.

Sentences quoted from the Wikipedia Current Events Portal (2025–2026 daily pages, via
shared/corpora/wcep_daily_2025-01_to_2026-04), © Wikipedia contributors, CC BY-SA 4.0; the fire sentence is
tidings' own (a swap of fire is no release).
"""

from __future__ import annotations

from tidings.analysis import code_text


def test_a_prisoner_swap_is_one_release_between_the_two_sides() -> None:
    """PETRARCH's EXCHANGE PRISONERS [0841] for "swap": the mediator named in an "after" phrase is no party."""
    events = code_text("Russia and Ukraine swap 146 prisoners from each side after mediation by the United Arab "
                       "Emirates.", "2025-05-23")
    releases = [e for e in events if e.cameo == "0841"]
    assert releases and {(e.source.country if e.source else None, e.target.country if e.target else None)
                         for e in releases} <= {("RUS", "UKR"), ("UKR", "RUS")}


def test_swapping_fire_stays_violence_not_a_release() -> None:
    events = code_text("Indian and Pakistani troops swapped fire across the Line of Control.", "2025-05-08")
    assert not [e for e in events if e.cameo.startswith("084")]
