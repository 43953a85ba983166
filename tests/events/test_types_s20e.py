"""Type boundaries of session 20 (s20e), as the PLOVER codebook draws them. The passages are written for these
tests; no gold sentence is copied.

PLOVER THREATEN: "coercive or forceful warnings with serious potential repercussions"; it requires no recipient.
A warning OF a response, retaliation or consequences is such a warning even when no one warned is named; a warning
of anything else (a recession, a storm) still needs the one warned before it is coded.
"""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.records import Event


def _events(text: str) -> list[Event]:
    return code_text(text, "2025-06-01")


def _threats(text: str) -> list[Event]:
    return [e for e in _events(text) if e.plover == "THREATEN"]


def test_a_warning_of_a_response_is_a_threat_with_no_one_warned() -> None:
    threats = _threats("Iran warned of a crushing response if new strikes hit its territory.")
    assert [(e.cameo, e.source.country if e.source else None) for e in threats] == [("130", "IRN")]


def test_a_warning_of_consequences_after_a_condemnation_is_a_threat_too() -> None:
    text = "Russia condemned the decision and warned of countermeasures."
    assert [e.cameo for e in _threats(text)] == ["130"]


def test_a_warning_of_other_things_with_no_one_warned_is_no_threat() -> None:
    assert _threats("The central bank warned of slower growth next year.") == []


# CAMEO 0841 "release persons", 0842 "return, release property" (PLOVER RETREAT: "release of prisoners and hostages
# ... the return of confiscated property"): papers made public, water let out of a dam or bombs dropped are no release.


def _retreats(text: str) -> list[Event]:
    return [e for e in _events(text) if e.cameo.startswith("084")]


def test_files_made_public_are_no_release() -> None:
    assert _retreats("The French interior ministry released thousands of pages of files on the 1995 bombings.") == []


def test_water_let_out_of_a_dam_is_no_release() -> None:
    assert _retreats("Ethiopia released water from the dam into the Blue Nile on Monday.") == []


def test_prisoners_set_free_are_still_released() -> None:
    assert [e.cameo for e in _retreats("Belarus released 14 political prisoners on Thursday.")] == ["0841"]
