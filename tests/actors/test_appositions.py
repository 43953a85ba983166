"""A spokesperson for a known body is that body's; an apposition alone gives no country yet (the rule was
measured and withdrawn: it lowered the real-news check half's all_right).

The sentences are written for the test.
"""

from __future__ import annotations


def test_no_country_from_what_a_person_criticises(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Ahmed Ali, a critic of China's policy, was arrested.", "2019-11-20")
    assert next(ref for ref in found.values() if ref.name == "Ahmed Ali").country is None


def test_a_spokesperson_for_a_known_body(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("A spokeswoman for the State Department said on Monday that the talks would resume.",
                     "2019-11-20")
    speaker = next(ref for ref in found.values() if ref.text.startswith("A spokeswoman"))
    assert (speaker.country, speaker.sector) == ("USA", "GOV")
