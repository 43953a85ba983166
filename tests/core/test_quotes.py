"""Direct speech, shared by facts and event dating (tidings.quotes)."""

from __future__ import annotations

from tidings.quotes import in_direct_speech, quotation_marks


def test_straight_quotes_open_and_close() -> None:
    text = 'He said: "We met them." Then he left.'
    assert in_direct_speech(text, text.index("met"))
    assert not in_direct_speech(text, text.index("left"))


def test_curly_and_guillemet_quotes() -> None:
    text = "“Trade grew 30%,” the minister said. «Nous avons signé» was the reply. „Wir kommen“ too."
    assert in_direct_speech(text, text.index("30%"))
    assert not in_direct_speech(text, text.index("minister"))
    assert in_direct_speech(text, text.index("signé"))
    assert not in_direct_speech(text, text.index("reply"))
    assert in_direct_speech(text, text.index("kommen"))


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = '"We will not give in, the leader said.\n\nTalks resumed on Monday.'
    assert in_direct_speech(text, text.index("leader"))
    assert not in_direct_speech(text, text.index("Talks"))


def test_quotation_marks_bound_the_quotation_within_its_paragraph() -> None:
    text = 'The minister said: \u201cWe will not pay. We have waited.\u201d Talks resume.\nNext \u201cparagraph'
    opening, closing = quotation_marks(text, text.index("We have")) or (None, None)
    assert (text[opening], text[closing]) == ("\u201c", "\u201d")
    assert quotation_marks(text, text.index("Talks")) is None
    assert quotation_marks(text, text.index("paragraph")) == (text.index("\u201cparagraph"), None)
