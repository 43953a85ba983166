"""Rules and habits are no happenings (events/modality.py `habitual`, events/code.py `_habitual`, `_generic_doer`),
and a graded participle is an adjective (`_adjectival`). Passages written for these tests."""

from __future__ import annotations

from events_helpers import plover_types as _plover


def test_a_when_clause_in_the_generic_present_is_a_rule() -> None:
    for text in ("When the United States slaps tariffs on Chinese goods, it is American importers who pay.",
                 "Every time Russia attacks Kyiv, the United States condemns Moscow.",
                 "Whenever China sends warships into the strait, Taiwan protests to Beijing.",
                 "That is the usual process when a British citizen is arrested abroad."):
        assert _plover(text) == [], text


def test_a_particular_when_still_tells_events() -> None:
    assert sorted(_plover("When Putin visited Paris, Macron criticized Russia.")) == ["ACCUSE", "CONSULT"]
    assert "COERCE" in _plover("The minister resigned when police arrested his son.")
    # a present-tense "when" under a past or a dated clause is a particular happening
    assert "ACCUSE" in _plover("Macron criticized Russia when Putin visits Paris in May.")
    # news summaries tell happenings in the present (a WCEP bullet, 2026-03-15): an act governs the "when"
    assert "ASSAULT" in _plover("Four people are killed and two others are injured when Israel Defense Forces "
                                "soldiers open fire on a civilian car in northern Israeli-occupied West Bank.")


def test_a_habit_adverb_makes_the_when_a_rule() -> None:
    assert _plover("When a British citizen is arrested abroad, the embassy usually contacts the police.") == []


def test_what_anyone_does_is_a_rule() -> None:
    for text in ("Anyone giving false information to a British official could be fined.",
                 "Whoever attacks French soldiers will face the army.",
                 "Anyone who sends weapons to Russia will face American sanctions."):
        assert _plover(text) == [], text
    # "anyone" as the object of a real act leaves the act
    assert "COERCE" in _plover("French police arrested anyone who protested in the square.")


def test_a_graded_participle_is_a_quality() -> None:
    assert "THREATEN" not in _plover("Klein finds these changes profoundly threatening to Iraq.")
    # an auxiliary makes it the act, graded or not
    assert "THREATEN" in _plover("Russia has increasingly threatened Ukraine.")
