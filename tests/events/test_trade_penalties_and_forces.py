"""Ending a trade penalty eases sanctions; troops deployed somewhere act on that place; giving ground yields
(verbs.txt, and its `imported` flag in events/patterns.py).

Sentences marked WCEP are quoted from the Wikipedia Current Events Portal (2025–2026 daily pages, via
shared/corpora/wcep_daily_2025-01_to_2026-04), © Wikipedia contributors, CC BY-SA 4.0; the others are short
passages written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from tidings.analysis import code_text
from tidings.events.patterns import load_patterns, overlay_verbs, parse_verb_line


def _codes(text: str, date: str = "2025-06-01") -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, date)]


def test_ending_a_trade_penalty_eases_sanctions() -> None:
    """CAMEO 085 for "levies" and "duties" as for "tariffs", and for cancel/end/drop/eliminate as for lift."""
    for text in (
        "Washington lifted the levies on Canadian steel on Friday.",
        "Beijing cancelled the tariffs on American soybeans.",
        "The European Union ended its duties on Chinese solar panels.",
        "Washington dropped the levies on Canadian steel.",
        # WCEP 2026-01-27
        "The European Union and India sign a free trade agreement, eliminating tariffs on metals, plastics, "
        "chemicals, and pharmaceutical products.",
    ):
        coded = _codes(text)
        assert any(c.startswith("085") for c, _, _ in coded), (text, coded)


def test_a_planned_cancellation_is_an_intent_to_ease() -> None:
    # WCEP 2026-01-21
    text = ("United States president Donald Trump announces he will cancel the planned tariffs on Denmark, Finland, "
            "France, Germany, the Netherlands, Norway, Sweden, and the United Kingdom after reaching an agreement "
            "with NATO Secretary General Mark Rutte.")
    events = code_text(text, "2026-01-21")
    assert any(e.cameo in ("085", "0354") and e.source is not None and e.source.country == "USA" for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


def test_a_verb_flagged_imported_keeps_its_petrarch_lines() -> None:
    """"drop" gets a hand line for tariffs, and PETRARCH-2's "drop the investigation" (080) still codes."""
    coded = _codes("Prosecutors in Norway have dropped an investigation into the former minister.")
    assert any(c.startswith("08") for c, _, _ in coded), coded
    verbs = load_patterns().verbs
    codes = [p.code for p in verbs["drop"] if p.code]
    assert "085" in codes and "080" in codes, codes


def test_an_unflagged_hand_verb_still_replaces_the_imported_lines() -> None:
    imported = {"drop": [parse_verb_line("drop 080 obj=investigation", "cameo_verbs.tsv:1")]}
    plain = overlay_verbs(imported, {"drop": [parse_verb_line("drop 085 obj=tariff", "verbs.txt:1")]})
    flagged = overlay_verbs(imported, {"drop": [parse_verb_line("drop 085 obj=tariff imported", "verbs.txt:1")]})
    assert [p.code for p in plain["drop"]] == ["085"]
    assert [p.code for p in flagged["drop"]] == ["085", "080"]


def test_troops_deployed_into_a_place_act_on_that_place() -> None:
    coded = _codes("Israel deployed soldiers into southern Lebanon on Sunday.")
    assert any(c.startswith("15") and s == "ISR" and t == "LBN" for c, s, t in coded), coded


def test_taking_a_step_back_is_giving_ground() -> None:
    coded = _codes("The Iranian government took a step back on Sunday and released the tanker.")
    assert any(c == "080" and s == "IRN" for c, s, _ in coded), coded
    # the imported "take" lines still code ("take hostage")
    assert any(c.startswith("18") for c, _, _ in _codes("Hamas took two Israeli soldiers hostage.")), "take hostage"


def test_prosecuting_a_person_charges_them() -> None:
    # written: the person prosecuted is brought to trial (PLOVER ACCUSE "indict, or charge; bring to trial", CAMEO
    # 1121), as an indicted one
    coded = _codes("Prosecutors in Peru prosecuted former president Pedro Castillo for rebellion.")
    assert any(c == "1121" and t == "PER" for c, _, t in coded), coded
    assert not [c for c, _, _ in _codes("The ministry will prosecute flag desecration.") if c.startswith("11")]
