"""Meeting, visiting and hosting (CAMEO 04) are done by actors: a subject that names none comes, meets or hosts in
another sense (events/code.py `_thing_visits`). Passages written for these tests."""

from __future__ import annotations

from events_helpers import plover_types as _plover


def test_a_thing_or_a_neuter_pronoun_does_not_visit() -> None:
    for text in ("President Xi Jinping warned the protesters in Hong Kong. A crackdown is likely coming to Hong Kong.",
                 "The dispute between the singer and two US senators looks like it is coming to an end.",
                 '"We will not discuss it when it comes to the president," the White House said.'):
        assert "CONSULT" not in _plover(text), text


def test_actors_still_come_and_meet() -> None:
    assert _plover("The Chinese foreign minister came to Tokyo on Monday.") == ["CONSULT"]
    assert _plover("The prime minister met the Chinese foreign minister in Beijing.") == ["CONSULT"]
