"""The tie-breaking step of the look-alike split (`refine_halves`): after average linkage has found a
cluster's two main branches, each member goes to the branch it resembles more on average. It corrects
a report the greedy tree joined early to the wrong branch, never empties a branch, and leaves one
happening told with different emphasis whole (the year test still decides whether a cut is kept).

The reports are hand-written in the style of wire copy; names and figures are invented."""

from __future__ import annotations

import numpy as np

from tidings.fuse.stories import StoryText, refine_halves, split_lookalikes, term_bags
from tidings.fuse.text import fusion_settings


def block_sims(sizes: tuple[int, int], inside: float = 0.6, across: float = 0.1) -> np.ndarray:
    n = sum(sizes)
    sims = np.full((n, n), across)
    sims[: sizes[0], : sizes[0]] = inside
    sims[sizes[0]:, sizes[0]:] = inside
    np.fill_diagonal(sims, 1.0)
    return sims


def test_a_member_on_the_wrong_branch_moves_to_the_one_it_resembles() -> None:
    sims = block_sims((4, 4))  # 0-3 one happening, 4-7 the other; the tree put 3 with 4-7
    assert refine_halves(sims, [0, 1, 2], [3, 4, 5, 6, 7], min_part=3) == ([0, 1, 2, 3], [4, 5, 6, 7])


def test_members_that_fit_their_branch_stay() -> None:
    sims = block_sims((4, 4))
    assert refine_halves(sims, [0, 1, 2, 3], [4, 5, 6, 7], min_part=3) == ([0, 1, 2, 3], [4, 5, 6, 7])


def test_a_branch_is_never_left_under_min_part() -> None:
    sims = block_sims((7, 1))  # everything resembles the first branch: moving would empty the second
    assert refine_halves(sims, [0, 1, 2, 3], [4, 5, 6, 7], min_part=3) == ([0, 1, 2, 3], [4, 5, 6, 7])


RECALL_2015 = [  # a car maker's brake recall in 2015 (model Arden, 120,000 cars, supplier Brakon)
    "Velmar recalled 120,000 Arden sedans on May 4, 2015 over faulty brake hoses made by Brakon.",
    "The Arden recall announced by Velmar on May 4, 2015 covers 120,000 cars; Brakon hoses may leak.",
    "Velmar said on May 5, 2015 that Brakon would pay for the brake hose repairs on 120,000 Arden sedans.",
    "Dealers began replacing Brakon brake hoses on Velmar Arden sedans in May 2015, the company said.",
]
RECALL_2018 = [  # the same maker's airbag recall in 2018 (model Corso, 45,000 cars, supplier Safetex)
    "Velmar recalled 45,000 Corso hatchbacks on October 9, 2018 because Safetex airbags may not deploy.",
    "The Corso recall, announced by Velmar on October 9, 2018, concerns Safetex airbag sensors in 45,000 cars.",
    "Safetex said on October 10, 2018 it would supply new airbag sensors for the 45,000 Velmar Corso cars.",
    "Velmar owners of Corso hatchbacks will get letters about the Safetex airbag fault from October 2018.",
    # a report of the 2018 recall that retells the 2015 one as background
    "Velmar recalled 45,000 Corso cars over Safetex airbags on October 9, 2018; in 2015 it had recalled "
    "120,000 Arden sedans over Brakon brake hoses.",
]
ONE_FIRE = [  # one factory fire, told with different emphasis, two reports recalling an older fire
    "A fire destroyed the Korvel textile plant in Dunmore on March 2, 2019, killing four workers.",
    "Firefighters fought the blaze at the Korvel plant in Dunmore for nine hours on March 2, 2019.",
    "Four families in Dunmore buried workers killed in the March 2019 Korvel fire, where a fire in 2011 "
    "had also struck.",
    "Union leaders blamed Korvel for the Dunmore fire of March 2, 2019, recalling a smaller fire in 2011.",
    "Insurers put the damage of the Korvel plant fire in Dunmore (March 2019) at 30 million dollars.",
    "Investigators said faulty wiring started the March 2, 2019 fire at Korvel's Dunmore textile plant.",
]


def split(texts: list[str]) -> list[set[int]]:
    docs = [StoryText(f"d{i:02d}", text) for i, text in enumerate(texts)]
    conf = fusion_settings()["stories"]
    bags = term_bags(docs, conf["name_weight"], conf["number_weight"])
    return sorted(({i for i in group} for group in split_lookalikes(docs, bags, [list(range(len(docs)))])), key=min)


def test_two_recalls_of_one_maker_are_split_with_the_retelling_on_its_own_side() -> None:
    assert split(RECALL_2015 + RECALL_2018) == [set(range(4)), set(range(4, 9))]


def test_one_fire_told_with_different_emphasis_and_background_years_stays_whole() -> None:
    assert split(ONE_FIRE) == [set(range(6))]
