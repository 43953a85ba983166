"""Second pass of story clustering: look-alike happenings (one protagonist, two occasions) are split
when their particulars and their years conflict, and one happening told in varied words is not.

The reports are hand-written in the style of wire copy; names and figures are invented."""

from __future__ import annotations

from datetime import date

from tidings.fuse.stories import StoryText, local_similarities, split_lookalikes, story_year, term_bags, years_conflict
from tidings.fuse.text import fusion_settings

FIRST = [  # a title defence in 2009 (venue Hamburg, challenger Ortega)
    "On March 14, 2009 champion Viktor Palenko stopped Ruben Ortega in the ninth round in Hamburg to keep his title.",
    "Viktor Palenko retained his heavyweight title on Saturday, March 14, 2009, knocking out Ruben Ortega in Hamburg.",
    "Ortega, 34, was down twice before the referee stopped the fight in Hamburg; Palenko improved to 41-2 in 2009.",
    "Palenko defended the belt against Ruben Ortega in Hamburg (March 14, 2009), winning in the ninth round.",
]
SECOND = [  # the same champion's defence in 2013 (venue Bern, challenger Mbeki)
    "Viktor Palenko stopped Thomas Mbeki in the fourth round in Bern on June 1, 2013 to retain his heavyweight title.",
    "Champion Viktor Palenko kept his title with a fourth-round stoppage of Thomas Mbeki in Bern on June 1, 2013.",
    "Mbeki, 40, could not answer the champion's jab in Bern; Palenko is now 52-2 after the June 2013 win.",
    "Palenko beat challenger Thomas Mbeki in Bern (June 1, 2013), a fourth-round stoppage before 30,000 fans.",
]
ONE_HAPPENING = [  # one flood, reported with different details (victims, rescue, damage, politics)
    "Floods swept through Vettore on October 3, 2018, killing 12 people and destroying 200 homes.",
    "Rescue teams pulled 40 people from the river in Vettore after the October 2018 floods, the mayor said.",
    "The Vettore floods of October 3, 2018 caused damage estimated at 80 million euros, insurers said.",
    "Opposition leaders blamed the government for the Vettore floods of 2018, which left 12 dead.",
    "Residents of Vettore returned to ruined homes on Friday after the floods of October 3, 2018.",
    "Aid agencies sent tents and water to Vettore, where floods killed 12 people in October 2018.",
]


def docs_of(texts: list[str], prefix: str) -> list[StoryText]:
    return [StoryText(f"{prefix}{i}", text) for i, text in enumerate(texts)]


def split(docs: list[StoryText]) -> list[set[str]]:
    conf = fusion_settings()["stories"]
    bags = term_bags(docs, conf["name_weight"], conf["number_weight"])
    groups = split_lookalikes(docs, bags, [list(range(len(docs)))])
    return [{docs[i].id for i in group} for group in groups]


def test_two_title_defences_of_one_champion_are_split() -> None:
    groups = split(docs_of(FIRST, "a") + docs_of(SECOND, "b"))
    assert sorted(groups, key=min) == [{f"a{i}" for i in range(4)}, {f"b{i}" for i in range(4)}]


def test_one_happening_in_varied_words_stays_whole() -> None:
    assert len(split(docs_of(ONE_HAPPENING, "f"))) == 1


def test_small_clusters_are_left_alone() -> None:
    assert len(split(docs_of(FIRST[:2], "a") + docs_of(SECOND[:2], "b"))) == 1


def test_story_year_is_the_latest_dated_year_or_the_story_date() -> None:
    assert story_year(StoryText("x", "Rahman, champion in 2001, lost on July 7, 2012 in Bern.")) == 2012
    assert story_year(StoryText("x", "He lost on Saturday in Bern.")) is None
    assert story_year(StoryText("x", "He lost in 2001.", day=date(2012, 7, 7))) == 2012


def test_years_conflict_needs_a_majority_year_rare_on_the_other_side() -> None:
    conf = fusion_settings()["stories"]
    assert years_conflict([2012, 2012, 2012, None], [2001, None, None, 2005], conf)
    assert not years_conflict([2012, 2012, 2012, None], [2012, None, None, 2005], conf)  # shared year
    assert not years_conflict([2012, 2012, None, None, None], [None, None, None], conf)  # too few say it
    assert not years_conflict([None, None, None], [None, None, None], conf)


def test_local_similarity_ignores_words_every_member_shares() -> None:
    sims = local_similarities([{"palenko": 1.0, "ortega": 1.0}, {"palenko": 1.0, "ortega": 1.0},
                               {"palenko": 1.0, "mbeki": 1.0}])
    assert sims[0, 1] > 0.99 and sims[0, 2] == 0.0
