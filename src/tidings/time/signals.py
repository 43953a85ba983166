"""Temporal signals: the preposition before a date that makes it a bound, not the happening's time.

"relocate its office by the end of March" sets a deadline, "killed since March 6" starts a count,
"closed until Friday" ends a state. TimeML keeps such prepositions out of the timex's extent (they
are SIGNALs); tidings reads the one right before a calendar timex from `[signals]` of
data/time/lexicon.toml and turns it into the timex's `mod` (BEFORE, ON_OR_BEFORE, AFTER,
ON_OR_AFTER), which fusion reads as a bound. A preposition followed by "the" and then the timex
governs the noun the timex modifies ("since the October 7 attacks"), not the timex, unless the
extent itself starts with "the" ("by the end of March").
"""

from __future__ import annotations

import re
from functools import lru_cache

from tidings.time.grammar import alternation, lexicon

_LOOK_BACK = 30
# Mods a signal replaces: a bound says more about the happening than "the end of" a period does.
_REPLACEABLE = frozenset({None, "START", "MID", "END"})


@lru_cache(maxsize=1)
def _signal_regex() -> re.Pattern[str]:
    words = alternation(list(lexicon().get("signals", {})))
    return re.compile(rf"(?<![\w-])({words})[^\S\n]+$", re.IGNORECASE)


def signal_before(text: str, start: int) -> str | None:
    """The signal right before text[start:] ("by", "since", "as of"), lower-cased, or None."""
    m = _signal_regex().search(text, max(0, start - _LOOK_BACK), start)
    return " ".join(m.group(1).lower().split()) if m else None


_POSSESSIVE = re.compile(r"['’]s\b")


def governed_signal(text: str, start: int, end: int) -> str | None:
    """The signal that governs the timex itself: none when the timex is a possessive that modifies
    the noun after it ("after yesterday's attack": the signal bounds the attack's date, not this)."""
    if _POSSESSIVE.match(text, end):
        return None
    return signal_before(text, start)


def signal_mod(signal: str | None, value: str, mod: str | None) -> str | None:
    """The mod of a timex after its signal: the signal's bound for a calendar value whose own mod
    is a part of a period (or none); otherwise the timex's own mod."""
    if signal is None or mod not in _REPLACEABLE or not (value[:4].isdigit() or value.startswith("XXXX")):
        return mod
    bound = str(lexicon().get("signals", {}).get(signal, ""))
    return bound or mod
