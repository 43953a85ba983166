"""How the coder reads a clause on real news: claimed acts, wanted acts, warnings, deployments.

Sentences marked WCEP are quoted from the Wikipedia Current Events Portal (2025–2026 daily pages, via
shared/corpora/wcep_daily_2025-01_to_2026-04), © Wikipedia contributors, CC BY-SA 4.0; none is in a gold
set. The others are tidings' own, written to show that a rule does not overreach.
"""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.records import Event


def pair(event: Event) -> tuple[str | None, str | None]:
    return (event.source.country if event.source else None, event.target.country if event.target else None)


# --- a claim of responsibility is the claimant's act ------------------------------------------------------


def test_a_claimed_attack_is_the_claimants_attack() -> None:
    """WCEP 2025-02-08: the attack claimed is coded (ASSAULT by the claimant on the convoy), not a 015 statement."""
    text = ("The Afghanistan Freedom Front claims responsibility for a attack on a Taliban convoy in the "
            "Afghanistan province of Takhar, killing three people and injuring two.")
    events = code_text(text, "2025-02-08")
    claimed = [e for e in events if e.verb_span and text[e.verb_span[0]:].startswith("claims")]
    assert claimed and all(e.plover == "ASSAULT" for e in claimed)
    assert all(e.source is not None and e.source.end <= text.index("claims") for e in claimed)
    assert not [e for e in events if e.cameo == "015"]


def test_a_claimed_bombing_keeps_its_own_code() -> None:
    """WCEP 2025-05-30: "a vehicle bombing" claimed by the Islamic State is a bombing (CAMEO 183) by it."""
    text = ("Islamic State claims responsibility for a vehicle bombing in Al-Safa, Suwayda Governorate, on May 22 "
            "which wounded several soldiers of the Syrian transitional government.")
    bombing = [e for e in code_text(text, "2025-05-30") if e.cameo == "183"]
    assert bombing and bombing[0].source is not None and bombing[0].source.country == "IMG"


def test_responsibility_for_something_else_stays_a_statement() -> None:
    """Only an event noun after "for" is an act: responsibility for a country's future is no attack."""
    events = code_text("The Afghan government accepted responsibility for the future of Afghanistan.", "2025-02-08")
    assert not [e for e in events if e.plover == "ASSAULT"]
