"""A seat of government named as the one who acts is that government ("the White House denies ...",
"the Kremlin said"), even when the parser tags it as an organisation; a capital inside a longer name is not
("The Washington Post").

The first sentence is quoted from the Wikipedia Current Events Portal (2025 daily pages, via
shared/corpora/wcep_daily_2025-01_to_2026-04), © Wikipedia contributors, CC BY-SA 4.0.
"""

from __future__ import annotations

from collections.abc import Callable

from tidings.records import ActorRef

Mentions = Callable[..., dict[str, ActorRef]]


def test_a_seat_of_government_that_acts_is_its_government(mentions: Mentions) -> None:
    found = mentions("The US House Oversight Committee releases a \"birthday book\" compiled for Jeffrey Epstein in "
                     "2003, which includes a note allegedly signed by President Donald Trump; the White House denies "
                     "its authenticity.", "2025-09-09")
    house = found["White House"]
    assert (house.country, house.sector) == ("USA", "GOV")


def test_a_capital_inside_a_longer_name_is_not_a_government(mentions: Mentions) -> None:
    found = mentions("The Washington Post reported the decision on Monday.", "2025-09-09")
    assert not [m for m in found.values() if m.sector == "GOV" and m.country == "USA"]
