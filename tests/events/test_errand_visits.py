"""CAMEO 042 "make a visit" and 043 "host a visit" are visits to a host: a government or body, a country or city, a
summit. Going to a place of daily life, rescue or inspection, travelling FROM somewhere, leading a body, a country
"hosting" the firms it is home to, greeting the public and "visiting" a harm upon someone are no visits
(events/code.py `_errand`, verbs.txt's 04 rows). Passages written for these tests, a WCEP bullet, and sentences
of non-gold pages of the hand-judged samples (ECB+ and outlets' pages; `benchmarks/results/judged_sample*.md`)."""

from __future__ import annotations

from events_helpers import plover_types as _plover

# a WCEP bullet (2025): Duterte arrested on arriving FROM Hong Kong; the arrest stays, no visit to Hong Kong
DUTERTE = ("Former Philippine president Rodrigo Duterte is arrested by the Philippine National Police at Ninoy Aquino "
           "International Airport in Manila upon arriving from Hong Kong.")


def test_going_to_a_hospital_a_scene_or_a_border_is_no_visit() -> None:
    for text in ("The Russian president made a trip to a Moscow hospital on Sunday for a routine check-up.",
                 "The police chief and the fire brigade arrived at the scene within minutes.",
                 "Egyptian President Abdel Fattah el-Sisi visited the Libyan border on Thursday.",
                 "In October, the German chancellor visited the Polish border near Frankfurt an der Oder.",
                 # ECB+ (a shooting in Queens, 2013)
                 "Chohan, who lived half a mile away in South Ozone Park, was rushed to Jamaica Hospital, where she "
                 "later died."):
        assert "CONSULT" not in _plover(text), text


def test_arriving_from_a_place_is_no_visit_to_it() -> None:
    assert "CONSULT" not in _plover("The envoy, who arrived from Moscow on Sunday, spoke to reporters.")
    assert _plover(DUTERTE) == ["COERCE"]


def test_heading_a_body_hosting_firms_and_greeting_the_public_are_no_visits() -> None:
    for text in ("Ireland hosts several American pharmaceutical companies.",
                 # ECB+ (Watergate, 2004) and an outlet's page (a campaign volunteer, 2020)
                 "He was a special assistant to John Mitchell, the former attorney general who later headed "
                 "President Nixon's Committee to Re-elect the President.",
                 "Whether she's organizing volunteers at her home, greeting people door-to-door or adding emphasis "
                 "through a bullhorn on a Biden campaign bus, her voice carries."):
        assert "CONSULT" not in _plover(text), text


def test_a_harm_visited_upon_someone_is_no_visit() -> None:
    text = ("Australian Prime Minister Kevin Rudd declared that the crash was the mayhem which has been visited upon "
            "us by the bankers.")
    assert "CONSULT" not in _plover(text)


def test_visits_to_hosts_stay() -> None:
    """Capitals, countries, leaders and summits are hosts; a visitor received at a home is still a visit."""
    assert _plover("The Egyptian president visited the Libyan capital on Thursday.") == ["CONSULT"]
    assert _plover("Ireland hosted the American secretary of state on Thursday.") == ["CONSULT"]
    assert _plover("The Kenyan president hosted the Ethiopian prime minister at his home in Nairobi.") == ["CONSULT"]
    assert _plover("The French president greeted the German chancellor at the Elysee Palace.") == ["CONSULT"]
    assert _plover("The Kenyan president flew to Addis Ababa for the African Union summit.") == ["CONSULT"]
    assert "CONSULT" in _plover("United States vice president JD Vance visits Armenia, becoming the highest ranking "
                                "U.S. official to have visited Armenia in its history.")  # a WCEP bullet


def test_a_thing_described_by_a_participle_does_not_host() -> None:
    """The noun a participle or a relative clause describes is its doer: a building does not host a visit."""
    text = ("At least four people are killed and 84 others are injured when a building hosting a religious gathering "
            "collapses in Bogor Regency, West Java, Indonesia.")  # a WCEP bullet (2025)
    assert "CONSULT" not in _plover(text)
    assert "CONSULT" in _plover("Vietnam, which hosted the Chinese president last week, signed the deal.")


def test_the_noun_an_infinitive_or_a_passive_participle_describes_is_no_doer_of_it() -> None:
    """"the first pope TO VISIT", "an agreement MEDIATED by Egypt": the noun is not what visits or mediates
    (WCEP bullets, 2025-2026)."""
    assert "CONSULT" in _plover("Pope Leo XIV arrives in Malabo, becoming the first pope to visit Equatorial Guinea "
                                "since John Paul II in 1982.")
    assert "CONSULT" in _plover("Israel and Hamas reach a diplomatic agreement mediated by Egypt, Qatar, and the U.S. "
                                "to initiate a ceasefire in the Gaza Strip.")


def test_troops_migrants_and_the_dead_arrive_without_a_visit() -> None:
    """Troops arriving abroad are deployed (verbs.txt `arrive 074`, the lemma "troop"); migrants and a dead
    president's body visit no host. WCEP bullets (2025) and a passage written for this test."""
    assert _plover("Another 75 Guatemalan Army troops arrive in Haiti, joining 75 that arrived yesterday, to combat "
                   "escalating gang violence.")[0] != "CONSULT"
    for text in ("The body of former U.S. president Jimmy Carter arrives in Washington, D.C. for a three-day mourning "
                 "period, including a lying in state at the Capitol.",
                 "The first Afghan refugees arrived in Germany on Tuesday."):
        assert "CONSULT" not in _plover(text), text


def test_arriving_with_no_place_named_is_no_visit() -> None:
    """An arrival that names no place ("arrived within minutes") visits no host; leaving FOR a capital names one."""
    assert "CONSULT" not in _plover("The fire chief and two police officers arrived within minutes, the sheriff said.")
    assert "CONSULT" in _plover("The Kenyan president flew to Addis Ababa for the African Union summit.")


def test_a_state_envoy_arriving_is_a_visit_even_with_no_place_named() -> None:
    """A minister of a known state arriving visits the country the story is told in; a family arriving does not."""
    assert "CONSULT" in _plover("Two days later the Japanese foreign minister arrived, and talks began at once.")
    assert "CONSULT" not in _plover("A family of five arrived from Lagos last spring and settled in the suburbs.")
