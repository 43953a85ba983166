"""Not everything that attacks is an attack: sports results, markets, verbal attacks and accidents.

The sentences are quoted from news pages of the Scrapinghub Article Extraction Benchmark
(../shared/corpora/scrapinghub_aeb, MIT-licensed repository; the pages belong to their publishers), where
tidings coded each of them as an ASSAULT before; the page is named by the first characters of its id.
"""

from __future__ import annotations

import pytest

from tidings.analysis import code_text

NOT_ASSAULTS = [
    ("9a440270", "Wales beat Hungary 2-0 to earn the 20th spot on Tuesday."),
    ("9a440270", "Denmark got a 1-1 draw at Ireland, while Switzerland beat Gibraltar 6-0 to win Group D."),
    ("0d461229", "Kazakhstan also needed the doubles match to beat the Netherlands 2-1 and clinch its first away "
                 "Davis Cup win since 2011."),
    ("0d461229", "Australia beat Colombia behind Nick Kyrgios’ 6-4, 6-4 win over Alejandro Gonzalez and Alex de "
                 "Minaur’s 6-4, 6-3 victory over Daniel Elahi Galan."),
    ("0d461229", "Spain will be back in action on Wednesday against defending champion Croatia. "
                 "Russia beat Croatia on Monday."),
    ("57d46c9d", "Separately, Norway’s October oil production beat forecasts and the potential oversupply, "
                 "combined with some worries over global demand next year, sent prices lower."),
    ("e7994d55", "In their first TV debate of the election on Tuesday, Johnson and Corbyn attacked each other’s "
                 "policies on Brexit, health care and the economy."),
    ("7916ecca", "Two United States service members have been killed in a helicopter crash in Afghanistan, the "
                 "US military said in a statement on Wednesday."),
]


@pytest.mark.parametrize(("page", "text"), NOT_ASSAULTS)
def test_games_markets_policies_and_accidents_are_not_assaults(page: str, text: str) -> None:
    events = code_text(text, "2019-11-20")
    assert not [e for e in events if e.plover == "ASSAULT"], (page, [(e.cameo, e.pattern) for e in events])


def test_an_attack_on_a_plan_is_criticism_and_real_attacks_stay() -> None:
    plan = code_text("Boris Johnson attacked Jeremy Corbyn's Brexit plan on Tuesday.", "2019-11-20")
    assert [e.plover for e in plan] == ["ACCUSE"]
    for text in ("Russian troops attacked Ukrainian positions near Bakhmut.",
                 "Israeli jets struck Hamas targets in Gaza.",
                 "Gunmen killed three Nigerian soldiers in an ambush in Borno state."):
        assert any(e.plover == "ASSAULT" for e in code_text(text, "2019-11-20")), text


def test_legal_acts_with_no_doer_are_the_home_justice_systems() -> None:
    arrested = code_text("Three Nigerian senators were arrested on Monday.", "2019-11-20")
    # an arrest is the police's act (`_implied_doers`), a charge with a crime the courts'
    assert [(e.plover, e.source and e.source.country, e.source and e.source.sector) for e in arrested] == [
        ("COERCE", "NGA", "COP")]
    charged = code_text("Three Nigerian senators were charged with fraud on Monday.", "2019-11-20")
    assert [(e.source and e.source.country, e.source and e.source.sector) for e in charged] == [("NGA", "JUD")]
    police = code_text("Police arrested three Nigerian senators.", "2019-11-20")
    assert [(e.plover, e.source and e.source.country) for e in police] == [("COERCE", "NGA")]
    assert not code_text("The hostages were released on Monday.", "2019-11-20")  # captors, not a court


def test_teasers_and_wished_acts() -> None:
    # a link teaser quoted from the Express page of the real-news dev set (AEB corpus)
    assert not code_text("SEE MORE: Hong Kong protests: 800 students under siege in university", "2019-11-20")
    wished = code_text("Some White House advisers would like to see China agree to large purchases.", "2019-11-20")
    # wanting China to agree is a request to China (voiced now), not China's agreement
    assert wished and all(e.plover == "REQUEST" for e in wished)
    assert all(e.target is not None and e.target.country == "CHN" for e in wished)
    planned = code_text("The PRC demanded that the US cancel plans to sell weapons to Taiwan.", "2019-11-20")
    assert all(e.mode != "factual" for e in planned if e.cameo.startswith("06"))
