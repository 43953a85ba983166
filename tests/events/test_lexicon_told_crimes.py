"""A speaker saying an actor committed a crime accuses it (CAMEO 112; word_classes.toml crime_nouns, events/triggers.py
`_crime_told`), not when the crime is denied; the police questioning a person investigate them (090), a government
questioning a policy does not. Passages: a WCEP daily bullet (2025, not the gold) and sentences written for these
tests; no gold sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.records import Event

DAY = "2025-06-01"


def accused(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.cameo, e.target.country if e.target else None) for e in events if e.cameo.startswith(("11", "09"))]


def test_declaring_that_an_actor_commits_genocide_accuses_it() -> None:
    text = ("The International Association of Genocide Scholars, an international non-partisan research organization "
            "on genocide and crimes against humanity, declares that Israel is committing genocide in Gaza.")  # WCEP
    assert accused(code_text(text, DAY)) == [("112", "ISR")]


def test_saying_soldiers_committed_war_crimes_accuses_them() -> None:
    events = code_text("Human Rights Watch said Ethiopian forces committed war crimes in Tigray.", DAY)
    assert accused(events) == [("112", "ETH")]


def test_denying_a_crime_or_committing_to_a_deal_accuses_no_one() -> None:
    for text in ("The Chilean army said Peruvian troops had not committed any crimes.",
                 "The Chinese government said Japan committed to the agreement."):
        assert not accused(code_text(text, DAY)), text


def test_the_police_questioning_a_person_investigate_them() -> None:
    events = code_text("The Brazilian police questioned the former president for six hours.", DAY)
    assert [c for c, _ in accused(events)] == ["090"]
    assert not accused(code_text("Poland questioned Germany's commitment to NATO.", DAY))
