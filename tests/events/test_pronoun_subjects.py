"""A subject "he"/"she" opening a sentence carries on the subject of the sentence before (events/arguments.py
`ActorIndex._sentence_subject`), while within one sentence the nearest person stays.

The passages are written for these tests, except the last, a WCEP bullet (2025, not gold). No gold sentence is
copied.
"""

from __future__ import annotations

from tidings.analysis import code_text


def _sides(text: str, cameo: str) -> list[tuple[str | None, str | None]]:
    """(source text, source country) of the events under a CAMEO code prefix."""
    return [(e.source.text if e.source else None, e.source.country if e.source else None)
            for e in code_text(text, "2025-06-01") if e.cameo.startswith(cameo)]


def test_he_is_the_subject_of_the_sentence_before_not_its_object() -> None:
    """"Trump met Xi ... He threatened": the threat is Trump's, not Xi's (named last, as an object)."""
    text = ("President Donald Trump met Chinese President Xi Jinping in Osaka on Saturday. "
            "He threatened to impose new tariffs on Chinese goods.")
    assert [c for _, c in _sides(text, "13")] == ["USA"]


def test_she_is_the_subject_of_the_sentence_before() -> None:
    """The same for "she": the Kenyan minister who summoned the envoy accuses, not the envoy."""
    text = ("Kenyan Foreign Minister Monica Juma summoned Ugandan envoy Joseph Ocwet on Monday. "
            "She accused Uganda of arming rebels near the border.")
    assert [c for _, c in _sides(text, "112")] == ["KEN"]


def test_within_one_sentence_the_nearest_person_stays() -> None:
    """WCEP bullet: "a speech given by JD Vance ... in which HE criticized": Vance, not Macron, the clause's
    subject."""
    text = ("French President Emmanuel Macron announces an emergency summit in Paris, France, between European "
            "leaders following a controversial speech given by U.S. Vice President JD Vance at the Munich Security "
            "Conference in which he criticized European leadership as the worst threat to Europe.")
    assert {c for _, c in _sides(text, "111")} == {"USA"}
