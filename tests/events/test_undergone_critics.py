"""An act undergone with no critic named keeps no source (events/code.py `_undergone_patterns`, `context_targets`).

"Turkey's offensive in Syria drew international condemnation": the condemnation is the world's, not Syria's. As a
passive verbal act with no agent names no speaker (`_unsaid_speaker`), criticism drawn or faced with no "from" phrase
names no critic, and the story's other side (here the side the offensive was aimed at) would be a guess. A critic
the sentence names stays the source. Passages written for these tests.
"""

from __future__ import annotations

from tidings.analysis import code_text


def _criticism(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, "2025-06-01") if e.cameo.startswith("11")]


def test_criticism_drawn_from_no_one_named_has_no_source() -> None:
    assert _criticism("Turkey's offensive in Syria drew international condemnation.") == [(None, "TUR")]


def test_criticism_faced_keeps_the_critic_the_sentence_names() -> None:
    assert _criticism("Israel's strikes on Gaza drew condemnation from the EU.") == [("EU", "ISR")]
    assert _criticism("The decision by Hungary to leave the court drew criticism from Germany.") == [("DEU", "HUN")]
