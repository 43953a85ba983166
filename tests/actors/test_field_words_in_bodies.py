"""A nationality, or a country in the genitive, keeps its body across lower-case nouns naming the body's field:
"the Chinese commerce ministry" is China's ministry, not an unplaced ministry beside a bare "Chinese".

The sentences are written for the test (tidings authors).
"""

from __future__ import annotations


def test_a_nationality_keeps_its_ministry_across_a_field_noun(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The Chinese commerce ministry imposed new export controls on rare metals.", "2025-05-01")
    ministry = found["The Chinese commerce ministry"]
    assert (ministry.country, ministry.sector) == ("CHN", "GOV")


def test_a_nationality_keeps_its_regulator_across_a_field_noun(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The British competition regulator blocked the takeover of the chip maker.", "2025-05-01")
    assert found["The British competition regulator"].country == "GBR"


def test_a_genitive_country_keeps_its_body_across_field_nouns(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Turkey's state news agency reported the arrests of three journalists.", "2025-05-01")
    agency = found["Turkey's state news agency"]
    assert (agency.country, agency.sector) == ("TUR", "MED")


def test_a_verb_does_not_join_a_nationality_to_a_body(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Chinese hackers attacked the ministry on Monday.", "2025-05-01")
    ministry = next(ref for text, ref in found.items() if text.endswith("ministry"))
    assert ministry.country is None
