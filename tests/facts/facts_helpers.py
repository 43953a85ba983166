"""Hand-built inputs from the other stages (Timex, ActorMention), shared by the fact tests."""

from __future__ import annotations

from collections.abc import Callable

from tidings.records import ActorMention, ActorRef, Fact, Timex, TimexType


def timex(text: str, phrase: str, value: str, kind: TimexType = "DATE", occurrence: int = 0) -> Timex:
    """A Timex for `phrase` in `text` as the temporal engine would give it (calendar interval filled in)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    earliest, latest = _interval(value) if kind == "DATE" else (None, None)
    return Timex(start, start + len(phrase), phrase, kind, value, earliest, latest)


def _interval(value: str) -> tuple[str | None, str | None]:
    first, _, last = value.partition("/")
    last = last or first
    if not first[:4].isdigit():
        return None, None
    ends = {
        "Q1": ("01-01", "03-31"),
        "Q2": ("04-01", "06-30"),
        "Q3": ("07-01", "09-30"),
        "Q4": ("10-01", "12-31"),
    }
    if len(first) == 4:
        return f"{first}-01-01", f"{last[:4]}-12-31"
    if first[5:] in ends:
        return f"{first[:4]}-{ends[first[5:]][0]}", f"{last[:4]}-{ends[last[5:]][1]}"
    if len(first) == 7:
        return f"{first}-01", f"{last}-28"
    return first, last


def actor(text: str, name: str, country: str, occurrence: int = 0) -> ActorMention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return ActorMention(ActorRef(name, start, start + len(name), country=country), sentence=0)


Run = Callable[..., list[Fact]]
