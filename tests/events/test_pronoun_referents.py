"""Who "he", "it" and "they" stand for (events/arguments.py `ActorIndex.antecedent`; events/code.py judged acts).

The first passage is a WCEP bullet (2025, not gold); the others are written for these tests. No gold sentence is
copied.
"""

from __future__ import annotations

from tidings.analysis import code_text


def _coded(text: str, cameo: str, date: str = "2025-06-01"
           ) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(source text, source country, target text, target country) of the events under a CAMEO code prefix."""
    return [(e.source.text if e.source else None, e.source.country if e.source else None,
             e.target.text if e.target else None, e.target.country if e.target else None)
            for e in code_text(text, date) if e.cameo.startswith(cameo)]


def test_them_is_the_people_detained_not_the_announcer() -> None:
    """WCEP bullet: the arrest is announced by Uganda's president (`_implied_doers`); "them" are the activists."""
    text = ("Ugandan president Yoweri Museveni confirms that two Kenyan activists were detained after attending an "
            "opposition rally and accuses them of working with rival political groups.")
    coded = _coded(text, "173")
    assert [(c, t) for _, c, _, t in coded] == [("UGA", "KEN")]
    assert {t for _, _, t, _ in _coded(text, "112")} == {"two Kenyan activists"}


def test_an_object_pronoun_is_not_its_own_clause_subject() -> None:
    """"Protesters accused IT": "it" skips the protesters, the subject of its own clause, for the government."""
    text = "The Kenyan government announced new taxes on Monday. Protesters accused it of theft."
    assert [(t, c) for _, _, t, c in _coded(text, "11")] == [("The Kenyan government", "KEN")]


def test_he_is_the_office_holder_just_named_as_a_subject() -> None:
    """"The minister spoke. He accused ...": "he" is the minister (the story's country: `_home_groups`), not the
    president named a sentence before."""
    text = ("Kenya's parliament met on Monday. The Kenyan president did not attend. The minister spoke to "
            "reporters. He accused the opposition of lying.")
    assert [(s, c) for s, c, _, _ in _coded(text, "11")] == [("The minister", "KEN")]


def test_they_is_not_one_office_holder() -> None:
    """"They demanded ..." after "activists met the president": the activists demand, not the president."""
    text = "Kenyan activists met the president. They demanded that he resign."
    assert [(s, c) for s, c, _, _ in _coded(text, "104")] == [("Kenyan activists", "KEN")]


def test_it_judged_is_the_act_told_before_not_the_nearest_actor() -> None:
    """"Kenya called IT a provocation": "it" is an act; with no act by another country told just before, Kenya
    is not taken to condemn its own minister named in the sentence before (at this date the pronoun finder alone
    made "it" the minister)."""
    text = ("Uganda closed its border with Kenya on Monday. Kenya's foreign minister met Ugandan envoys. "
            "Kenya called it a provocation.")
    assert _coded(text, "111", "2019-11-20") == []
