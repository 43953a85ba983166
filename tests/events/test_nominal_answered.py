"""An event noun whose other side is the one who answers it (events/nominal.py `_answerer`, nominal.toml
`response_phrases` and the `asked` class's `answered_by` verbs).

"Poland REFUSES a request by the United States": a demand or request is made of the one who accepts or refuses it;
"China raised duties IN RETALIATION FOR U.S. tariffs": an act paid back was aimed at the one who retaliates. The
texts are Wikipedia Current Events Portal bullets (2025-2026, `../shared/corpora/wcep_daily_2025-01_to_2026-04`,
CC BY-SA 4.0) and passages written for these tests; none is a gold sentence.
"""

from __future__ import annotations

from tidings.analysis import code_text


def _events(text: str, plover: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None, e.mode)
            for e in code_text(text, "2025-06-01") if e.plover == plover]


# --- a request or demand is made of the one who answers it -----------------------------------------------


def test_a_refused_request_was_made_of_the_one_who_refuses() -> None:  # WCEP 2026
    text = ("Poland refuses a request by the United States to relocate its Patriot air defense systems to the "
            "Middle East.")
    assert ("USA", "POL", "factual") in _events(text, "REQUEST")


def test_an_accepted_request_was_made_of_the_one_who_accepts() -> None:  # WCEP 2025
    text = ("Finland accepts Latvia's request to deploy border guards at the Belarus–Latvia border to help manage "
            "increased migration from Belarus.")
    assert ("LVA", "FIN", "factual") in _events(text, "REQUEST")


def test_agreeing_to_demands_answers_them() -> None:
    text = "The Iraqi government agreed to Turkey's demands to close the border crossings."
    assert ("TUR", "IRQ", "factual") in _events(text, "REQUEST")


def test_a_rejected_demand_was_still_made() -> None:
    # "reject" undoes a planned act ("rejected talks"), not a demand someone already made
    assert ("TUR", "IRQ", "factual") in _events("The Iraqi government rejected Turkey's demands.", "REQUEST")


def test_a_demand_nobody_answers_names_no_one_it_is_made_of() -> None:
    assert _events("Turkey's demands were discussed at length in the press.", "REQUEST") == []


def test_a_verb_that_does_not_answer_the_demand_gives_it_no_other_side() -> None:
    # the one who reports a demand is not the one it is made of
    assert _events("The Iraqi government published Turkey's demands.", "REQUEST") == []


def test_a_rejected_offer_was_put_to_the_one_who_rejects_it() -> None:  # WCEP 2026
    text = ("*Politico* reports that the United States rejected an offer by Russia to stop providing intelligence "
            "to Iran.")
    assert ("RUS", "USA", "factual") in _events(text, "AGREE")  # an offer: CAMEO 030, intent to cooperate


def test_an_offer_nobody_answers_names_no_one_it_is_put_to() -> None:
    assert [e for e in _events("Russia's offer was reported by several newspapers.", "AGREE") if e[0] == "RUS"] == []


def test_a_meeting_in_denied_reports_did_not_happen() -> None:
    text = "The Kremlin denied reports of a meeting between Putin and Zelensky."
    assert ("RUS", "UKR", "factual") not in _events(text, "CONSULT")
    assert ("RUS", "UKR", "negated") in _events(text, "CONSULT")


def test_a_meeting_in_confirmed_reports_happened() -> None:
    text = "The Kremlin confirmed reports of a meeting between Putin and Zelensky."
    assert ("RUS", "UKR", "factual") in _events(text, "CONSULT")


# --- an act paid back "in retaliation for" it was aimed at the one who retaliates -----------------------------


def test_strikes_paid_back_in_retaliation_were_on_the_retaliator() -> None:
    text = "Afghanistan launched attacks on Pakistani military positions in retaliation for Pakistani air strikes."
    assert ("PAK", "AFG", "factual") in _events(text, "ASSAULT")


def test_tariffs_paid_back_in_retaliation_were_on_the_retaliator() -> None:
    text = "China raised duties on American soybeans in retaliation for U.S. tariffs."
    assert ("USA", "CHN", "factual") in _events(text, "COERCE")  # tariffs: CAMEO 163 (embargo), PLOVER COERCE


def test_tariffs_paid_back_as_retaliation_were_on_the_retaliator() -> None:
    text = "Beijing imposed duties on American farm goods as retaliation against U.S. tariffs."
    assert ("USA", "CHN", "factual") in _events(text, "COERCE")


def test_tariffs_retaliated_against_were_on_the_retaliator() -> None:
    assert ("USA", "CHN", "factual") in _events("China retaliated against U.S. tariffs.", "COERCE")


def test_a_response_does_not_say_who_the_act_was_aimed_at() -> None:
    # a third party responds too: the EU was not invaded
    text = "The European Union imposed new sanctions in response to Russia's invasion."
    assert ("RUS", "EU", "factual") not in _events(text, "ASSAULT")


def test_an_act_that_names_its_other_side_keeps_it() -> None:
    # the phrase names who was struck: the retaliator is not put in its place
    text = "Iran fired missiles at American bases in retaliation for Israeli strikes on Syria."
    assert ("ISR", "IRN", "factual") not in _events(text, "ASSAULT")


def test_an_act_on_a_thing_was_not_on_the_retaliator() -> None:
    text = "The navy of India sank two boats in retaliation for Somali attacks on shipping."
    assert ("SOM", "IND", "factual") not in _events(text, "ASSAULT")


# --- "between X and Y" names both sides whatever shape the parse gives it -------------------------------------


def test_a_side_the_parse_hung_inside_the_other_still_counts() -> None:
    # "between U.S. and Chinese officials": the parse gives "between" one object, the phrase still names two sides
    assert ("USA", "CHN", "factual") in _events("The pact followed talks between U.S. and Chinese officials in Geneva.",
                                                "CONSULT")


def test_two_groups_of_one_country_are_not_two_sides() -> None:  # WCEP 2025
    text = ("A joint operation between the Italian state police and the financial police results in the arrest "
            "of nine people for allegedly raising about €7 million through charities.")
    assert [e for e in _events(text, "COOPERATE") if e[0] == e[1] or None in e[:2]] == []


# --- a modifier that names no actor leaves the doer to the clause ---------------------------------------------


def test_trade_talks_during_an_act_are_held_by_its_doer() -> None:
    # "trade" modifies the noun without naming anyone: the doer is the subject of the verb the talks hang on
    text = "President Donald Trump announced new tariffs during trade talks with China."
    assert ("USA", "CHN", "factual") in _events(text, "CONSULT")
