"""A present-tense act does not take a time long before the story date (tidings.events.dating).

News told in the present simple ("A court sentences ...", "X is indicted") happens now; when the parse
hangs a time months back on its verb, the time belongs to a phrase inside ("for the murder of two men IN
JULY 2024"). Bullets from the Wikipedia Current Events Portal (WCEP, corpora/wcep_daily_2025-01_to_2026-04),
each dated by its day page; a past-tense act and a present reported under a past verb keep the time.
"""

from __future__ import annotations

from tidings.analysis import code_text


def dates(text: str, story: str) -> dict[str, str | None]:
    """verb text -> date value of each coded event."""
    return {text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "": (e.date.value if e.date else None)
            for e in code_text(text, story)}


def test_a_present_sentence_is_dated_now_not_by_the_crimes_time() -> None:
    text = ("A court in London, United Kingdom, sentences a Colombian man to life in prison for the murder and "
            "dismemberment of two men in London in July 2024.")
    assert dates(text, "2025-10-24")["sentences"] == "2025-10-24"


def test_a_present_passive_is_dated_now() -> None:
    text = ("South Korean President Yoon Suk Yeol is formally indicted on insurrection charges over his declaration "
            "of martial law in December 2024.")
    assert set(dates(text, "2025-01-26").values()) == {"2025-01-26"}


def test_a_present_perfect_counting_a_past_period_keeps_it() -> None:
    # WCEP bullet of 2025-08-08
    text = ("Volker Türk, the UN high commissioner for human rights, reports that M23 rebels have killed over 319 "
            "civilians in July.")
    assert dates(text, "2025-08-08")["killed"] == "2025-07"


def test_a_past_act_keeps_its_time() -> None:
    text = "A court in London sentenced a Colombian man to life in prison in July 2024."
    assert dates(text, "2025-10-24")["sentenced"] == "2024-07"


def test_a_present_simple_act_is_dated_now_even_after_a_recent_phrase_time() -> None:
    # WCEP bullet of 2026-03-11
    text = ("Norwegian police arrest three brothers on suspicion of involvement in a bombing outside the U.S. "
            "embassy in Oslo on 8 March that caused minor damage but no injuries.")
    assert dates(text, "2026-03-11")["arrest"] == "2026-03-11"


def test_a_present_perfect_keeps_a_time_of_the_last_few_days() -> None:
    # WCEP bullet of 2026-04-14
    text = ("The Israeli military announces that troops from the 205th Brigade and Yahalom have destroyed four "
            "Hamas tunnels over the weekend.")
    found = dates(text, "2026-04-14")
    assert found and set(found.values()) == {"2026-04-11/2026-04-12"}


def test_an_act_named_by_a_noun_keeps_the_nouns_time() -> None:
    # WCEP bullet of 2026-01-19: the arrest was last week, its announcement is today
    text = ("Togo announces the arrest of Burkina Faso's former transitional president Paul-Henri Sandaogo Damiba "
            "in Lomé last week.")
    found = dates(text, "2026-01-19")
    assert found and set(found.values()) == {"2026-01-12/2026-01-18"}


def test_a_doing_verbs_object_is_the_act_told_now() -> None:
    # WCEP bullet of 2025-06-04: "yesterday" dates the firing the strikes answer, not the strikes
    text = ("Israel launches airstrikes against Syria in retaliation for the alleged firing of two projectiles at "
            "Israel yesterday.")
    assert dates(text, "2025-06-04")["launches airstrikes"] == "2025-06-04"


def test_a_participle_of_a_present_clause_is_told_now() -> None:
    # WCEP bullet of 2025-04-23: the expulsion is one of the measures announced today
    text = ("India announces several measures targeting Pakistan including closing the main border crossing "
            "linking the two countries, suspending the Indus Water Treaty, and expelling Pakistani diplomats after "
            "the attack on tourists in Indian-administered Kashmir yesterday.")
    assert dates(text, "2025-04-23")["expelling"] == "2025-04-23"


def test_a_participle_of_a_past_clause_keeps_its_time() -> None:
    text = "Israeli jets struck targets in southern Syria yesterday, killing three soldiers."
    assert set(dates(text, "2025-06-04").values()) == {"2025-06-03"}


def test_a_plural_present_the_tagger_takes_for_a_bare_form_is_told_now() -> None:
    # WCEP bullet of 2025-09-12: "arrest" (tagged VB) is a present; "in June" dates the killing
    text = ("Costa Rican police arrest four suspects in the killing of exiled Nicaraguan former military officer "
            "Roberto Samcam near San José in June.")
    assert dates(text, "2025-09-12")["arrest"] == "2025-09-12"
    text = "Costa Rican police arrested four suspects in the killing of a former officer in June."
    assert dates(text, "2025-09-12")["arrested"] == "2025-06"


def test_a_claim_of_responsibility_is_told_now() -> None:
    # WCEP bullet of 2025-05-30: the claim is today's; May 22 is the bombing's day
    text = ("Islamic State claims responsibility for a vehicle bombing in Al-Safa, Suwayda Governorate, on May 22 "
            "which wounded several soldiers of the Syrian transitional government.")
    assert dates(text, "2025-05-30")["claims responsibility"] == "2025-05-30"
