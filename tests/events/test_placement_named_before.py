"""A state body named by a definite noun ("a spokesman for THE MINISTRY") is the body of that noun named earlier in
the text, when all its earlier mentions are of one country (events/code.py `_named_before`).

The passages are written for these tests; no gold sentence is copied.
"""

from __future__ import annotations

from tidings.analysis import code_text


def _sources(text: str, cameo: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.text if e.source else None, e.source.country if e.source else None)
            for e in code_text(text, "2025-06-01") if e.cameo.startswith(cameo)]


EGYPT = ("Ahmed Salem, a spokesman for the Egyptian foreign ministry, spoke to reporters in Cairo on Monday. "
         "A spokesman for the ministry also criticized the Sudanese government.")


def test_the_ministry_is_the_ministry_named_before() -> None:
    assert [c for _, c in _sources(EGYPT, "111")] == ["EGY"]


def test_ministries_of_two_countries_named_before_place_no_one() -> None:
    """With the Egyptian and the Ethiopian ministries both named, "the ministry" could be either."""
    text = ("Officials of the Egyptian foreign ministry and the Ethiopian foreign ministry met in Cairo on Monday. "
            "A spokesman for the ministry later criticized the Sudanese government.")
    assert all(c is None for _, c in _sources(text, "111"))
