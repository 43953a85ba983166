"""Names that contain a date are not timexes; years that date a thing named after them are."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span
from timex_helpers import values

from tidings.time import find_timexes
from tidings.time.names import name_finder


def test_rebel_group_named_after_a_date_is_not_a_date() -> None:
    # WCEP 2025-03-12
    text = ("Angola confirms that peace talks between the Democratic Republic of the Congo (DRC) and the "
            "Rwandan-backed March 23 Movement will begin on 18 March.")
    assert values(text, "2025-03-12") == {"18 March": "2025-03-18"}


@pytest.mark.parametrize("text", [
    "Veterans of the 26 July Movement gathered in Santiago.",
    "Students marked the anniversary of the May Fourth Movement in Beijing.",
    "Historians revisited the October Revolution and its aftermath.",
    "Members of the April 6 Youth Movement were detained in Cairo.",
    "A suicide bombing targeted the 14th October Brigade of the Somali Armed Forces.",  # WCEP 2025-07-09
    "The report of the 9/11 Commission was published in full.",
    "Bangladesh holds a national referendum on the July Charter.",  # WCEP 2026
    "Israel and Iran fought the Twelve-Day War.",
])
def test_names_ending_in_a_head_noun(text: str) -> None:
    assert values(text, "2025-06-01") == {}


@pytest.mark.parametrize("text", [
    "Saudi Arabia's Vision 2030 plan aims to diversify the economy.",
    "Leaders endorsed Agenda 2063 at the African Union summit.",
    "Visitors crowded the pavilions of Expo 2025 in Osaka.",
    "Spain beat England in the final of Euro 2024.",
    "Hunan TV's Singer 2017 drew record audiences.",
    "Delegates at COP29 and the G20 discussed climate finance.",
    "Regulators grounded the Boeing 737 fleet.",
    "NASA says asteroid 2024 YR4 poses no significant threat.",  # WCEP 2025-02-24, shortened
    "The Russel 2000 Index of smaller companies dropped by four percent.",  # a misspelt index name
    "The Solactive 2000 Index of small banks rose.",  # an index named by its size
])
def test_year_inside_a_name(text: str) -> None:
    assert values(text, "2025-06-01") == {}


def test_year_before_a_name_dates_it() -> None:
    # WCEP 2025-01-20 and 2025-04-24, shortened
    text = "China executes the perpetrators of the 2024 Zhuhai car attack and the 2024 Wuxi stabbing attack."
    assert [t.value for t in find_timexes(text, "2025-01-20")] == ["2024", "2024"]
    text = "He killed seven people in a mass shooting during the 2022 Independence Day parade."
    assert values(text, "2025-04-24") == {"2022": "2022"}
    assert values("South Africa will host the 2025 G20 summit.", "2025-02-01") == {"2025": "2025"}


def test_named_weekdays_stay_dates() -> None:
    assert "Super Tuesday" not in values("Voters in 15 states cast ballots on Super Tuesday.", "2024-03-01")
    assert values("Voters in 15 states cast ballots on Super Tuesday.", "2024-03-01") == {"Tuesday": "2024-02-27"}


def test_entity_of_the_parse_marks_a_name_the_word_lists_miss() -> None:
    text = "Visitors toured the May Fourth Museum in Beijing."
    assert values(text, "2025-06-01") == {"May": "2025-05"}  # no head noun: a month, read by tense
    doc = Doc(Language().vocab, words=[*text[:-1].split(), "."], spaces=[True] * 7 + [False, False])
    doc.ents = [Span(doc, 2, 6, label="FAC")]
    assert doc.text == text
    assert name_finder(text, doc).inside_name(text.index("May"), text.index("May") + 3)
    assert find_timexes(text, "2025-06-01", doc) == []


def test_parse_keeps_the_real_dates(nlp: Language) -> None:
    text = "Ukraine and Russia agreed on Tuesday to resume talks in Istanbul on June 2."
    got = {t.text: t.value for t in find_timexes(text, "2025-05-28", nlp(text))}
    assert got == {"Tuesday": "2025-05-27", "June 2": "2025-06-02"}


def test_vague_reference_before_a_name_stays() -> None:
    # WCEP 2025-02-03, shortened; the parse may tag "the recent Rapid Support Forces" as one ORG.
    text = "The United Nations condemns the recent Rapid Support Forces attack on a hospital."
    words = text[:-1].split()
    doc = Doc(Language().vocab, words=[*words, "."], spaces=[True] * (len(words) - 1) + [False, False])
    doc.ents = [Span(doc, 4, 9, label="ORG")]
    assert doc.text == text
    assert [(t.text, t.value) for t in find_timexes(text, "2025-02-03", doc)] == [("recent", "PAST_REF")]


def test_a_year_before_a_capitalized_index_word_only_after_a_name() -> None:
    assert values("The 2008 Index ranked Denmark first.", "2009-02-24") == {"2008": "2008"}
