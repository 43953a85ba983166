"""Targets come from the act's own clause (issue 13 point 6), whole pipeline: a relative clause, participle phrase
or apposition on the act's doer describes the doer and names no one the act is done to. Passages are written for
these tests (the second adapted from a WCEP bullet)."""

from __future__ import annotations

from tidings.analysis import code_text


def targets(text: str) -> dict[str, str | None]:
    """verb text -> target country of each typed event."""
    return {text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "": (e.target.country if e.target else None)
            for e in code_text(text, "2025-11-20") if e.plover}


def test_a_relative_clause_on_the_doer_names_no_target() -> None:
    text = ("The Syrian government, which has rejected the Turkish government as a mediator, called for an "
            "emergency meeting of the council.")
    found = targets(text)
    assert found.get("rejected") == "TUR"  # the relative clause's own act keeps its target
    assert all(country != "TUR" for verb, country in found.items() if verb.startswith("called"))


def test_a_participle_phrase_on_the_doer_names_no_target() -> None:
    text = "A cargo plane was hijacked in Juba by a gunman who tried to divert the plane to Chad."
    assert all(country != "TCD" for country in targets(text).values())


def test_a_list_read_as_an_apposition_keeps_its_members() -> None:
    # "Canada, the EU, and Turkey": spaCy may read "the EU" as an apposition; a list is no description of the doer
    text = "Canada, the EU, and Turkey called on Russia to open an official investigation."
    assert "RUS" in targets(text).values()
