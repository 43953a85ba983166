"""Object conditions of verbs.txt met by the nouns the object stands for (issue 13, events/triggers.py
`_object_heads`): the nouns coordinated with it, the "of" object of a group or quantity noun, and a noun compound
("a humanitarian AID pact", "CREW members", "an MLRS ROCKET barrage"), not half of a hyphenated word.

Sentences marked WCEP are quoted from the Wikipedia Current Events Portal (2025–2026 daily pages, via
shared/corpora/wcep_daily_2025-01_to_2026-04), © Wikipedia contributors, CC BY-SA 4.0; the others are short
passages written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

import pytest
from test_lexicon_classes import _codes, _has  # the same helpers, beside this file


@pytest.mark.parametrize(("text", "prefix", "source"), [
    # a noun compound names what is acted on: an aid pact suspended is aid reduced (CAMEO 162)
    # WCEP 2025-02-19
    ("Rwanda suspends a humanitarian aid pact with Belgium after Belgian Foreign Minister Maxime Prévot criticized "
     "Rwanda's military support for the M23 rebel movement in Kivu, Democratic Republic of the Congo.", "162", "RWA"),
    # crew members rescued (CAMEO 073); WCEP 2025-06-09
    ("The Indian Coast Guard rescues 18 crew members from a Singaporean-flagged container ship after it catches fire "
     "following an explosion 144 km (89 mi) off the coast of Kerala, India.", "073", "IND"),
    # a rocket barrage launched at a city is an aerial attack (CAMEO 195)
    ("Russian forces launched a rocket barrage at the centre of Kharkiv on Tuesday.", "195", "RUS"),
    # the ceasefire agreement violated (CAMEO 196, not 128)
    # WCEP 2025-03-28
    ("The Israel Defense Forces strikes southern Beirut, Lebanon, for the first time since November 2024, violating "
     "the ceasefire agreement.", "196", "ISR"),
    # coordinated objects: the second noun meets the condition (CAMEO 190 "fire missiles")
    # WCEP 2025-09-03
    ("Russia fires more than 500 drones and two dozen missiles at Ukraine overnight, targeting mostly western and "
     "central Ukraine and wounding at least five people.", "190", "RUS"),
    # "dismisses the reports and accusations" denies them (CAMEO 016); WCEP 2025-03-13 (its last sentence)
    ("Israeli Prime Minister Benjamin Netanyahu dismisses the reports and accusations, calling them biased and "
     "\"antisemitic\".", "016", "ISR"),
    # the members of a group acted on: "a group of militants" captured are militants captured (CAMEO 173)
    ("Kenyan police captured a group of militants near the Somali border.", "173", "KEN"),
])
def test_object_condition_met_through_the_phrase(text: str, prefix: str, source: str) -> None:
    assert _has(_codes(text), prefix, source)


@pytest.mark.parametrize(("text", "absent"), [
    # "long-term ownership" is no prison term sought (seek 1121 needs a sentence or a term)
    ("The United States would seek long-term ownership of the port, the president said.", "1121"),
    # a compound of a head that has its own kind: a talk show suspended is no suspended talks (CAMEO 164)
    ("The American network suspended the talk show after the host's remarks.", "164"),
])
def test_modifier_of_another_thing_is_not_the_object(text: str, absent: str) -> None:
    assert not _has(_codes(text), absent)


@pytest.mark.parametrize(("text", "prefix", "source"), [
    # obj=@person: people whoever they are, not only the actors of the tables
    # WCEP 2025-03-07
    ("A Syrian war monitor reports that Syrian security forces executed 52 Alawite men in Latakia province after "
     "clashes broke out the day prior against the new Syrian regime.", "1823", "SYR"),
    # WCEP 2026-04-05
    ("Nigerian security forces rescue 31 worshippers abducted during Easter services in a village in the Kaduna "
     "State, after an attack on churches by armed assailants.", "073", "NGA"),
    ("Iranian authorities executed two men on Monday.", "1823", "IRN"),
    ("Turkish prosecutors charged two men over the bombing.", "1121", "TUR"),
])
def test_person_object_whoever_the_person_is(text: str, prefix: str, source: str) -> None:
    assert _has(_codes(text), prefix, source)


@pytest.mark.parametrize("text", [
    "Iranian engineers executed the plan on Monday.",
    "The Turkish bank charged a fee for the transfer.",
])
def test_a_thing_is_no_person(text: str) -> None:
    coded = _codes(text)
    assert not _has(coded, "1823") and not _has(coded, "1121")
