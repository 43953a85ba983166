"""Fact rules on real-news-style sentences from several domains, with hand-built dates."""

from __future__ import annotations

from typing import Any

import pytest
from facts_helpers import Run

from tidings.facts import fact_id, fact_to_json
from tidings.records import Fact

# (sentence, timexes the temporal engine would give, expected fields of the only fact)
SINGLE_FACTS: list[tuple[str, list[Any], dict[str, Any]]] = [
    (
        "China's GDP grew 5.2% in 2023, the National Bureau of Statistics said on Wednesday.",
        [("2023", "2023"), ("Wednesday", "2024-01-17")],
        {"what": "China's GDP", "value": 5.2, "unit": "%", "change_pct": 5.2, "period": "2023"},
    ),
    (
        "Germany's economy shrank 0.3% last year.",
        [("last year", "2023")],
        {"what": "Germany's economy", "value": -0.3, "change_pct": -0.3, "period": "2023"},
    ),
    (
        "Retail sales in Britain fell 3.4% from a year earlier in March.",
        [("March", "2024-03")],
        {
            "what": "Retail sales in Britain",
            "change_pct": -3.4,
            "change_basis": "year-on-year",
            "period": "2024-03",
        },
    ),
    (
        "The EU approved a €50 billion aid package for Ukraine in February.",
        [("February", "2024-02")],
        {"what": "aid package", "value": 50e9, "unit": "EUR", "period": "2024-02"},
    ),
    (
        "Britain will spend £2.5 billion on defence next year.",
        [("next year", "2025")],
        {"what": "Britain spending on defence", "value": 2.5e9, "unit": "GBP", "period": "2025"},
    ),
    (
        "Russia's oil and gas revenue fell to 8.8 trillion rubles in 2023, down 24% from a year earlier.",
        [("2023", "2023")],
        {
            "value": 8.8e12,
            "unit": "RUB",
            "change_pct": -24.0,
            "change_basis": "year-on-year",
            "period": "2023",
        },
    ),
    (
        "Kazakhstan's budget deficit reached 2.1 trillion tenge in the first half of 2024.",
        [("the first half of 2024", "2024-H1")],
        {"what": "Kazakhstan's budget deficit", "value": 2.1e12, "unit": "KZT", "period": "2024-H1"},
    ),
    (
        "The new railway line runs 1,200 kilometres from Khorgos to Almaty.",
        [],
        {"what": "railway line", "value": 1200, "unit": "km", "period": None},
    ),
    (
        "China's exports to Russia rose 12.5% year-on-year to 110 billion dollars in 2023.",
        [("2023", "2023")],
        {"what": "China's exports to Russia", "value": 110e9, "unit": "USD", "change_pct": 12.5},
    ),
    (
        "Unemployment stood at 4.2 percent in October.",
        [("October", "2023-10")],
        {"what": "Unemployment", "value": 4.2, "unit": "%", "change_pct": None, "period": "2023-10"},
    ),
    (
        "The floods displaced more than 30,000 residents, officials said on Monday.",
        [("Monday", "2024-03-11")],
        {"value": 30000, "unit": "residents", "qualifier": "more than", "period": None},
    ),
    (
        "Bilateral trade totalled 3.5 billion yuan in the first quarter, up 8 percent year on year.",
        [("the first quarter", "2024-Q1")],
        {"what": "Bilateral trade", "value": 3.5e9, "unit": "CNY", "change_pct": 8.0, "period": "2024-Q1"},
    ),
    (
        "Tokayev said Kazakhstan plans to attract $150 billion in foreign investment by 2029.",
        [("2029", "2029")],
        {"what": "foreign investment", "value": 150e9, "unit": "USD"},
    ),
    (
        "The pipeline will carry 10 billion cubic metres of gas a year.",
        [],
        {"what": "gas", "value": 10e9, "unit": "m3"},
    ),
    (
        "The company laid off 1,500 workers in 2023.",
        [("2023", "2023")],
        {"what": "workers", "value": 1500, "unit": "workers", "period": "2023"},
    ),
    (
        "Japan's economy contracted at an annualised rate of 2.0% in the fourth quarter.",
        [("the fourth quarter", "2023-Q4")],
        {"what": "Japan's economy", "change_pct": -2.0, "change_basis": "annualized", "period": "2023-Q4"},
    ),
    (
        "Euro zone industrial output dropped 1.2% month-on-month in May, Eurostat said.",
        [("May", "2024-05")],
        {"change_pct": -1.2, "change_basis": "month-on-month", "period": "2024-05"},
    ),
    (
        "Some 3,000 containers passed through Khorgos last month.",
        [("last month", "2024-02")],
        {"value": 3000, "unit": "containers", "qualifier": "about", "period": "2024-02"},
    ),
    (
        "The death toll rose to 57, the health ministry said on Tuesday.",
        [("Tuesday", "2024-03-12")],
        {"what": "death toll", "value": 57, "unit": "deaths", "period": None},
    ),
    (
        "Kazakhstan's GDP per capita reached US$13,000, according to the World Bank.",
        [],
        {"what": "Kazakhstan's GDP per capita", "value": 13000, "unit": "USD"},
    ),
    (
        "The two countries have 75 years of diplomatic relations.",
        [],
        {"what": "years of diplomatic relations", "value": 75, "unit": "years", "period": None},
    ),
    (
        "Sales rose to $2.3bn in the three months to June.",
        [],
        {"what": "Sales", "value": 2.3e9, "unit": "USD"},
    ),
    (
        "The firm said it had lost a net $9.66 per share.",
        [],
        {"value": 9.66, "unit": "USD/share"},
    ),
]


@pytest.mark.parametrize(
    ("text", "timexes", "expected"), SINGLE_FACTS, ids=[s[:40] for s, _, _ in SINGLE_FACTS]
)
def test_one_fact_per_sentence(run: Run, text: str, timexes: list[Any], expected: dict[str, Any]) -> None:
    facts = run(text, timexes)
    assert len(facts) == 1, [(f.value, f.unit, f.what) for f in facts]
    _check(facts[0], expected)


def _check(fact: Fact, expected: dict[str, Any]) -> None:
    for key, want in expected.items():
        got = fact.period.value if key == "period" and fact.period else getattr(fact, key, None)
        if isinstance(want, float) and got is not None:
            assert got == pytest.approx(want), key
        else:
            assert got == want, key


NOT_FACTS = [
    "Xi arrived in Astana, where he will attend the 24th Meeting of the Council of Heads of State.",
    "This was the fifth visit of the president to the country.",
    "He won second place in a popular reality singing competition, \u201cSinger 2017\u201d.",
    "A 45-year-old man was arrested in Almaty on Friday.",
    "Over 80 years ago, Xian and Baikadamov met and became close friends.",
    "China and Kazakhstan share 5,000 years of history.",
    "\u201cWe have 2,000 years of friendly exchanges,\u201d he said.",
    "Article 5 of the treaty was invoked in 2001.",
    "We signed over 10 bilateral agreements covering economics, trade and politics.",
    "The two countries established diplomatic relations on January 3, 1992.",
    "Tel:0717-6937697 Post code:443002",
    "Flight 370 disappeared in March 2014.",
    "The company expects losses of a few hundred million dollars.",
    "It is believed that the two sides can build on the past 6 years of work.",
    "1. Strengthening relations 2. Economic cooperation",
]


@pytest.mark.parametrize("text", NOT_FACTS, ids=[s[:40] for s in NOT_FACTS])
def test_numbers_that_measure_nothing_are_not_facts(run: Run, text: str) -> None:
    assert run(text) == []


def test_two_changes_go_to_their_own_values(run: Run) -> None:
    facts = run("Exports rose 5% while imports fell 3% to $8 billion.")
    by_unit = {f.unit: f for f in facts}
    assert by_unit["%"].what == "Exports" and by_unit["%"].change_pct == 5.0
    assert by_unit["USD"].value == 8e9 and by_unit["USD"].change_pct == -3.0


def test_the_same_amount_in_two_currencies_measures_one_thing(run: Run) -> None:
    facts = run("Germany pledged €500 million ($540 million) in humanitarian aid.")
    assert [(f.value, f.unit, f.what) for f in facts] == [
        (500e6, "EUR", "humanitarian aid"),
        (540e6, "USD", "humanitarian aid"),
    ]


def test_a_shared_symbol_takes_the_currency_of_the_country_named(run: Run) -> None:
    japan = run("The Bank of Japan injected ¥1 trillion into the system.", [], [("Japan", "JPN")])
    china = run("China's central bank injected ¥1 trillion into the system.", [], [("China", "CHN")])
    assert (japan[0].unit, china[0].unit) == ("JPY", "CNY")


def test_a_range_gives_its_lower_bound(run: Run) -> None:
    facts = run("The contracts provide US$300 to 350 million a year to vendors in India.")
    assert [(f.value, f.unit, f.qualifier) for f in facts] == [(300e6, "USD", "at least")]


def test_a_from_value_is_the_old_level(run: Run) -> None:
    facts = run("Revenue rose from $3 billion to $4 billion in 2023.", [("2023", "2023")])
    assert [(f.value, f.period.value if f.period else None) for f in facts] == [(4e9, "2023")]


def test_level_after_to_is_not_a_change(run: Run) -> None:
    facts = run("Inflation in Turkey eased to 61.8 percent in February.", [("February", "2024-02")])
    assert facts[0].value == 61.8 and facts[0].change_pct is None


def test_date_of_another_clause_is_not_the_period(run: Run) -> None:
    text = "The number of visits had amounted to 200,000 and is expected to grow by the end of the year."
    facts = run(text, [("the end of the year", "2024-12")])
    assert facts[0].unit == "visits" and facts[0].period is None


def test_period_carries_to_the_next_sentence_of_a_paragraph(run: Run) -> None:
    text = "In 2023, exports rose 5% to $10 billion. Imports fell 2% to $7 billion.\nTourism grew by 10%."
    facts = run(text, [("2023", "2023")])
    periods = [(f.value, f.period.value if f.period else None) for f in facts]
    assert periods == [(10e9, "2023"), (7e9, "2023"), (10.0, None)]


def test_distance_takes_no_period_from_the_previous_sentence(run: Run) -> None:
    text = "In 2023, trade rose to $10 billion. The two countries share a border of 1,700 km."
    facts = run(text, [("2023", "2023")])
    assert [f.period.value if f.period else None for f in facts] == ["2023", None]


def test_duration_is_dated_by_the_year_it_is_stated(run: Run) -> None:
    text = "Ties are reinforced by 32 years of cooperation, Xi said on Wednesday."
    facts = run(text, [("32 years", "P32Y", "DURATION"), ("Wednesday", "2024-07-03")])
    assert facts[0].what == "years of cooperation" and facts[0].period is not None
    assert (facts[0].period.value, facts[0].period.earliest) == ("2024", "2024-01-01")


def test_actors_come_from_the_clause_not_the_reporter(run: Run) -> None:
    text = "China's GDP grew 5.2% in 2023, the Kazakh statistics agency said."
    facts = run(text, [("2023", "2023")], [("China", "CHN"), ("Kazakh", "KAZ")])
    assert facts[0].actors == ("CHN",)


def test_actors_fall_back_to_the_sentence(run: Run) -> None:
    text = "Trade between China and Kazakhstan reached $41 billion."
    facts = run(text, [], [("China", "CHN"), ("Kazakhstan", "KAZ")])
    assert facts[0].actors == ("CHN", "KAZ")


def test_fact_json_row(run: Run) -> None:
    text = "Last year, a total of 600,000 cross-border trips were recorded."
    fact = run(text, [("Last year", "2023")])[0]
    row = fact_to_json(fact, "a.txt", text)
    assert row["id"] == fact_id(fact) == fact_id(run(text, [("Last year", "2023")])[0])
    assert row["id"].startswith("f") and row["path"] == "a.txt" and row["sentence"] == text
    assert (row["value"], row["unit"], row["what"]) == (600000, "trips", "cross-border trips")
    assert (row["period"], row["period_earliest"], row["period_latest"]) == (
        "2023",
        "2023-01-01",
        "2023-12-31",
    )
    assert text[row["start"] : row["end"]] == "600,000 cross-border trips"
    expected_keys = {"id", "doc_id", "path", "what", "value", "unit", "period", "period_earliest"}
    expected_keys |= {
        "period_latest",
        "change_pct",
        "change_basis",
        "qualifier",
        "actors",
        "start",
        "end",
        "sentence",
    }
    assert set(row) == expected_keys


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "$$$ %%% 1,2,3,4",
        "€ billion percent",
        "9" * 400,
        "The 1.5.6 version costs ½ €.",
        "—\u200b—",
    ],
)
def test_odd_text_never_crashes(run: Run, text: str) -> None:
    assert isinstance(run(text), list)
