"""A verb whose object names no actor and nothing handed over is used in another sense than an act on someone
(word_classes.toml `idle_objects`, events/code.py `_idle_sense`). Passages written for these tests."""

from __future__ import annotations

from events_helpers import plover_types as _plover


def test_objects_that_are_no_act_on_anyone_code_nothing() -> None:
    for text in ("The central bank released its economic outlook for Italy on Tuesday.",
                 "Burning coal in Poland releases carbon into the air.",
                 "France met the challenge of hosting the summit in Paris.",
                 "The Israeli government sent a clear signal to investors in Tel Aviv."):
        assert _plover(text) == [], text


def test_the_same_verbs_with_actors_or_goods_as_objects_act() -> None:
    assert _plover("Israel released 30 Palestinian prisoners on Monday.") == ["RETREAT"]
    assert _plover("Japan gave ten million dollars to the flood victims in Pakistan.") == ["AID"]
    assert _plover("Russia attacked targets in Ukraine.") == ["ASSAULT"]
