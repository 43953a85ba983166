"""Acts told by a noun whose doer is the subject of a verb that puts a measure or a state of war in force
(nominal.toml `light_verbs`: "reimposes sanctions", "implements a tariff", "maintains a ban", "declare war"), and
not when that verb is a gerund naming what was argued about (`light_verb_topics`).

The passages are written for these tests, after the shape of Wikipedia Current Events Portal bullets (2025); none is
a gold sentence.
"""

from __future__ import annotations

from tidings.analysis import code_text


def _sides(text: str, cameo: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None, e.mode)
            for e in code_text(text, "2025-06-01") if e.cameo == cameo}


def test_a_tariff_implemented_is_the_implementers_act() -> None:
    assert _sides("Mexico implements a 20% tariff on Chinese steel.", "163") == {("MEX", "CHN", "factual")}


def test_sanctions_reimposed_are_the_reimposers_act() -> None:
    assert _sides("The European Union reimposed sanctions on Belarus in March.", "163") == {
        ("EU", "BLR", "factual")}


def test_a_tariff_enacted_is_the_enacters_act() -> None:
    assert _sides("Canada enacted a tariff on American aluminium last week.", "163") == {("CAN", "USA", "factual")}


def test_war_declared_is_force_by_the_declarer() -> None:
    assert _sides("Pakistan declared war on Afghanistan on Friday.", "190") == {("PAK", "AFG", "factual")}


def test_a_measure_argued_over_is_no_act() -> None:
    text = "The Dutch minister resigned after failing to agree with his partners over implementing tariffs on China."
    assert _sides(text, "163") == set()
