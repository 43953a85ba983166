"""'in recent years' as a DURATION of an unstated count (TimeML PXY), not the vague past. Sentences written
for these tests in the style of wire copy; none is from a scored gold set."""

from __future__ import annotations

import pytest
from timex_helpers import one


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Prices have risen sharply in recent years.", "recent years", "PXY"),
    ("In recent months, the rebels have seized several towns.", "recent months", "PXM"),
    ("Shares have fallen over recent weeks.", "recent weeks", "PXW"),
    ("The army has shelled the city in recent days.", "recent days", "PXD"),
    ("The region has warmed in recent decades.", "recent decades", "PXY"),
])
def test_recent_units_are_durations(text: str, surface: str, value: str) -> None:
    found = one(text, "2024-03-13", surface)
    assert (found.type, found.value) == ("DURATION", value)


def test_recent_alone_stays_the_past() -> None:
    found = one("Analysts blame recent losses on fears of a recession.", "2024-03-13", "recent")
    assert (found.type, found.value) == ("DATE", "PAST_REF")
