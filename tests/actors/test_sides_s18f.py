"""Sides named by office, kind or an unknown name (s18f, issue 13 point 5): an office named by "the" and its title
alone is the holder of that title named a few sentences before; an unknown person set off by commas or dashes next
to one office of a country holds that office.

Passages are written for these tests; no gold sentence is copied.
"""

from __future__ import annotations

from tidings.analysis import code_text

DATE = "2025-06-10"


def _sides(text: str, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code_text(text, DATE) if e.cameo.startswith(root)]


def test_the_minister_is_the_minister_named_before(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Kazakh Foreign Minister Murat Nurtleu arrived in Rome on Monday. "
                     "The minister said the talks would go on.", DATE)
    assert found["The minister"].country == "KAZ"


def test_the_minister_after_two_countries_ministers_takes_none(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Kazakh Foreign Minister Murat Nurtleu met Italian Foreign Minister Antonio Tajani in Rome. "
                     "The minister said the talks would go on.", DATE)
    assert found["The minister"].country is None


def test_the_minister_too_far_back_takes_none(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Kazakh Foreign Minister Murat Nurtleu arrived in Rome on Monday. It rained. The talks began. "
                     "Lunch was served. Dinner followed. Nothing was agreed. The minister said the talks would go on.",
                     DATE)
    assert found["The minister"].country is None


def test_the_minister_criticising_a_country_is_coded_with_its_country() -> None:
    text = ("Portuguese Foreign Minister Paulo Rangel visited Rabat on Monday. "
            "The minister criticised Algeria for closing the border.")
    assert ("PRT", "DZA") in _sides(text, "11")


def test_a_name_after_an_office_and_a_comma_holds_it(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The spokesman for the Russian Foreign Ministry, Ivan Petrovsky, accused Ukraine on Monday. "
                     "Petrovsky also criticised Poland.", DATE)
    assert (found["Ivan Petrovsky"].country, found["Petrovsky"].country) == ("RUS", "RUS")


def test_a_name_before_a_dashed_office_holds_it(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Ivan Petrovsky \u2014 the Russian envoy to the talks \u2014 accused Ukraine. "
                     "Petrovsky said so twice.", DATE)
    assert found["Petrovsky"].country == "RUS"


def test_a_name_after_a_plural_office_holds_nothing(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Russian officials, Ivan Petrovsky and Oleg Ivanovsky, met in Geneva.", DATE)
    assert found["Oleg Ivanovsky"].country is None
