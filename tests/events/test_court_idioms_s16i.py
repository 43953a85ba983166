"""Court acts and idioms (s16i): prison sentences and court-ordered holds are detentions; idioms of English with an
event verb in them are no events.

- a sentence to prison (years, months, life, a prison term) is CAMEO 173 "arrest, detain" (PLOVER manual: court
  sentences that include imprisonment are COERCE 'arrest'); a death sentence or a sentence with no penalty named
  stays 116 "find guilty" (verbs.txt `sentence`);
- a person held without bail, in custody or jail is detained (173), also under a court's order (verbs.txt `hold`);
- "shot to fame", "captured 40 percent of the vote", "sanctioned" meaning approved, "find common ground", "meet the
  needs of", things that "threaten" species or livelihoods, cameras that "captured" someone, documents destroyed,
  evidence that "supports" a claim: no act of an actor (verbs.txt `-` lines; the `after=`
  condition of patterns.py matches a phrase after the verb).

Passages are written for these tests; no gold sentence is copied.
"""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.events.patterns import parse_verb_line

DATE = "2025-06-10"


def _codes(text: str) -> list[str]:
    return [e.cameo for e in code_text(text, DATE)]


def test_a_prison_sentence_is_a_detention() -> None:
    assert _codes("A court in Lima sentenced the former mayor to twelve years in prison for bribery.") == ["173"]


def test_a_sentence_of_months_is_a_detention() -> None:
    assert _codes("The court in Minsk sentenced the opposition activist to 18 months.") == ["173"]


def test_a_death_sentence_stays_a_finding_of_guilt() -> None:
    assert _codes("A military court in Kinshasa sentenced the rebel commander to death for treason.") == ["116"]


def test_a_court_ordered_hold_without_bail_is_a_detention() -> None:
    assert _codes("The magistrate in Nairobi ordered her held without bail until her next hearing.") == ["173"]


def test_talks_held_are_still_talks() -> None:
    assert "173" not in _codes("The Kenyan government held talks with the rebels in Nairobi on Monday.")


def test_shot_to_fame_is_no_shooting() -> None:
    assert _codes("The French singer shot to fame in 2010 with a protest song.") == []


def test_a_share_of_the_vote_captured_is_no_seizure() -> None:
    assert _codes("The Polish ruling party captured 40 percent of the vote in the election.") == []


def test_a_camera_capturing_someone_is_no_capture() -> None:
    assert _codes("Security cameras captured the gunmen entering the Kenyan embassy.") == []


def test_forces_capturing_commanders_is_a_capture() -> None:
    assert _codes("Kurdish forces captured two Islamic State commanders near Raqqa.") == ["173"]


def test_destroying_documents_is_no_attack() -> None:
    assert _codes("The Pentagon destroyed documents about the Iraqi prisoners.") == []


def test_destroying_a_home_is_still_an_attack() -> None:
    assert _codes("Israeli troops destroyed a Palestinian home in Hebron.") == ["1712"]


def test_evidence_supporting_a_claim_is_no_support() -> None:
    assert _codes("Evidence gathered by the UN supports Kenya's claim.") == []


def test_a_state_supporting_a_claim_is_support() -> None:
    assert _codes("France supports Morocco's claim over Western Sahara.") == ["051"]


def test_sanctioned_meaning_approved_is_no_sanction() -> None:
    assert _codes("The march was not officially sanctioned by the Georgian government.") == []


def test_a_punitive_sanction_is_kept() -> None:
    assert _codes("The United States sanctioned three Iranian officials on Tuesday.") == ["163"]


def test_finding_common_ground_is_no_investigation() -> None:
    assert _codes("The two governments worked to find common ground on trade.") == []


def test_meeting_needs_is_no_meeting() -> None:
    assert _codes("Kenya and Uganda will meet the needs of the refugees.") == []


def test_a_project_threatening_species_is_no_threat() -> None:
    assert _codes("The new dam would threaten endangered species, Brazilian scientists warned.") == []


def test_a_plan_threatening_a_habitat_is_no_threat() -> None:
    assert _codes("The Brazilian government's plan threatens the habitat of the jaguar.") == []


def test_an_actor_threatening_an_actor_is_a_threat() -> None:
    assert _codes("Russia threatened Ukraine with new strikes.") == ["130"]


def test_after_condition_reads_a_phrase() -> None:
    pattern = parse_verb_line("find  -  after=common_ground|middle_ground  imported", "t:1")
    assert pattern.code == "" and pattern.imported
    assert pattern.after == (frozenset({("common", "ground"), ("middle", "ground")}),)
