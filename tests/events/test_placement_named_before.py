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


def test_the_court_of_the_sentence_before_wcep() -> None:
    """WCEP bullet (2025): "Spain's Supreme Court orders ... . THE COURT requires him to surrender his passport"."""
    text = ("Spain's Supreme Court orders the provisional release of former Socialist Party official Santos Cerdán, "
            "who is under investigation for alleged bribery, stating that the risk of evidence tampering has been "
            "reduced. The court requires him to surrender his passport.")
    assert ("The court", "ESP") in _sources(text, "10")


def test_the_noun_repeated_in_its_own_sentence_is_not_placed_wcep() -> None:
    """WCEP bullet (2025): "sanctioned by THE GOVERNMENT" in the sentence naming the British government is that
    government in another role, not a second body acting on it."""
    text = ("The British government freezes the assets of neo-Nazi music network Blood & Honour, becoming the first "
            "far-right group in the UK to be sanctioned by the government.")
    assert not [e for e in code_text(text, "2025-06-01") if e.source is not None and e.target is not None
                and e.source.country == e.target.country == "GBR" and e.source.text == "the government"]
