"""The coder on real sentences: event types, actors, compounds, passives, frames, modality, dates."""

from __future__ import annotations

from events_helpers import Coder, timex

from tidings.records import Event

CHN_KAZ = {"Xi Jinping": ("CHN", "GOV"), "Xi": ("CHN", "GOV"), "Tokayev": ("KAZ", "GOV"),
           "China": ("CHN", None), "Kazakhstan": ("KAZ", None)}


def only(events: list[Event], prefix: str = "") -> Event:
    chosen = [e for e in events if e.cameo.startswith(prefix) and not e.cameo.startswith("01")]
    assert len(chosen) == 1, [(e.cameo, e.pattern) for e in events]
    return chosen[0]


def countries(event: Event) -> tuple[str | None, str | None]:
    return (event.source.country if event.source else None, event.target.country if event.target else None)


def test_meeting_with_date_from_governing_timex(code: Coder) -> None:
    text = ("Zhao Leji, chairman of the Standing Committee of the National People's Congress, met with Tokayev "
            "on the sidelines of the Boao Forum for Asia Annual Conference 2024 in Boao, Hainan province, on Thursday.")
    actors = {"Zhao Leji, chairman of the Standing Committee of the National People's Congress": ("CHN", "LEG"),
              "Tokayev": ("KAZ", "GOV"), "Boao": ("CHN", None)}
    times = (timex(text, "2024", "2024", "2024-01-01", "2024-12-31"), timex(text, "Thursday", "2024-03-28"))
    event = only(code(text, actors, times), "04")
    assert (event.cameo, event.plover, event.quad_class) == ("040", "CONSULT", 1)
    assert countries(event) == ("CHN", "KAZ") and event.source and event.source.sector == "LEG"
    assert event.date is not None and event.date.value == "2024-03-28"  # the governing timex, not "2024"
    assert event.location == "Boao, Hainan province"
    assert event.mode == "factual"


def test_compound_source_exchanging_messages_is_one_reciprocal_event(code: Coder) -> None:
    text = ("Chinese President Xi Jinping and his Kazakh counterpart, Kassym-Jomart Tokayev, exchanged congratulatory "
            "messages over the inauguration of the Kazakhstan tourism year in China.")
    actors = {"Chinese President Xi Jinping": ("CHN", "GOV"), "Kassym-Jomart Tokayev": ("KAZ", "GOV"),
              "Kazakhstan": ("KAZ", None), "China": ("CHN", None)}
    event = only(code(text, actors), "05")
    assert event.cameo == "051" and event.reciprocal
    assert set(countries(event)) == {"CHN", "KAZ"}


def test_passive_with_pronoun_subject_swaps_roles(code: Coder) -> None:
    text = "Xi is on his fifth visit to Kazakhstan, where he was welcomed by Kazakh President Tokayev at the airport."
    actors = {"Xi": ("CHN", "GOV"), "Kazakhstan": ("KAZ", None), "Kazakh President Tokayev": ("KAZ", "GOV")}
    events = code(text, actors)
    event = only(events, "043")  # welcoming a visitor is hosting a visit
    assert countries(event) == ("KAZ", "CHN")
    assert [countries(e) for e in events if e.cameo == "042"] == [("CHN", "KAZ")]  # "his visit to": Xi's (nominal.py)


def test_planned_visit_is_future_and_coded_as_intent(code: Coder) -> None:
    text = "President Tokayev of Kazakhstan will pay a state visit to China from September 10th to 12th."
    actors = {"President Tokayev of Kazakhstan": ("KAZ", "GOV"), "China": ("CHN", None)}
    times = (timex(text, "from September 10th to 12th", "2019-09-10/2019-09-12", "2019-09-10", "2019-09-12"),)
    event = only(code(text, actors, times))
    assert event.mode == "future" and event.cameo == "036"  # CAMEO: an announced visit is an intent to meet
    assert countries(event) == ("KAZ", "CHN")
    assert event.date is not None and event.date.value == "2019-09-10/2019-09-12"


def test_negated_and_hypothetical_events_are_kept_but_marked(code: Coder) -> None:
    actors = {"Arnor": ("ARN", None), "Gondor": ("GON", None)}
    negated = only(code("Arnor did not attack Gondor.", actors))
    assert (negated.cameo, negated.mode) == ("190", "negated")
    hypothetical = only(code("Arnor could impose sanctions on Gondor.", actors))
    assert hypothetical.mode == "hypothetical" and hypothetical.cameo.startswith("16")
    not_only = only(code("Arnor was not only welcomed by Gondor but also praised.", actors), "04")
    assert not_only.mode == "factual"


def test_statistics_and_descriptions_are_not_events(code: Coder) -> None:
    text = ("China was Kazakhstan's largest trading partner in 2023, with two-way trade up by 32 percent "
            "year-on-year to reach $41 billion. Both China and Kazakhstan are developing countries.")
    assert code(text, CHN_KAZ) == []


def test_frames_recode_the_governed_event(code: Coder) -> None:
    actors = {"Azerbaijani parliament": ("AZE", "LEG"), "Russia": ("RUS", None), "Libya": ("LBY", None),
              "Great Britain": ("GBR", None), "The PRC": ("CHN", None), "the US": ("USA", None)}
    threat = only(code("The Azerbaijani parliament threatened on Monday to break relations with Russia.", actors))
    assert (threat.cameo, threat.plover) == ("1313", "THREATEN") and countries(threat) == ("AZE", "RUS")
    offer = only(code("Libya has offered to hand over to Great Britain two of its nationals.", actors))
    assert offer.plover == "AGREE" and countries(offer) == ("LBY", "GBR")
    demand = only(code("The PRC on Tuesday demanded that the US cancel plans to sell weapons to Taiwan.", actors), "10")
    assert (demand.cameo, demand.plover) == ("100", "REQUEST") and countries(demand) == ("CHN", "USA")


def test_reported_speech_codes_what_was_said_not_a_statement(code: Coder) -> None:
    text = "Xi also said China supports Kazakhstan in joining the BRICS cooperation mechanism."
    events = code(text, CHN_KAZ)
    support = only(events, "05")
    assert support.cameo == "051" and countries(support) == ("CHN", "KAZ")
    assert not [e for e in events if e.cameo.startswith("01")]  # the support is the news, not Xi's saying so


def test_date_of_fronted_year_and_story_date_fallback(code: Coder) -> None:
    text = "In 2013, Xi proposed the Belt and Road Initiative for the first time in Kazakhstan."
    event = only(code(text, CHN_KAZ, (timex(text, "2013", "2013", "2013-01-01", "2013-12-31"),)))
    assert event.cameo == "030" and event.date is not None and event.date.value == "2013"
    undated = only(code("Xi met with Tokayev in Beijing.", CHN_KAZ))
    assert undated.date is not None and undated.date.value == "2024-03-29"  # the story date


def test_joint_announcement_by_two_countries(code: Coder) -> None:
    text = ("Also on Friday, China and Kazakhstan jointly announced the establishment of a mechanism for "
            "strategic dialogue between the foreign ministers of the two countries.")
    event = only(code(text, CHN_KAZ))
    assert event.reciprocal and event.plover in ("SUPPORT", "AGREE")


def test_aid_goes_to_the_receiver_not_the_thing_given(code: Coder) -> None:
    text = "The Chinese Embassy in Kazakh donated Chinese teaching materials to Kazakh Middle Schools."
    actors = {"The Chinese Embassy": ("CHN", "GOV"), "Chinese": ("CHN", None), "Kazakh Middle Schools": ("KAZ", "EDU")}
    event = only(code(text, actors))
    assert (event.cameo, event.plover) == ("070", "AID") and countries(event) == ("CHN", "KAZ")


# --- other real text (WCEP, CC BY-SA 4.0) ---------------------------------------------------------


def test_wcep_recognition(code: Coder) -> None:
    event = only(code("Syria officially recognizes Kosovo as an independent and sovereign state.",
                      {"Syria": ("SYR", None), "Kosovo": ("XKX", None)}))
    assert (event.cameo, countries(event)) == ("054", ("SYR", "XKX"))


def test_wcep_meeting_with_apposition_and_place(code: Coder) -> None:
    text = ("The Italian Foreign Minister, Antonio Tajani, meets in Damascus with Ahmed al-Sharaa, de facto leader "
            "of Syria.")
    actors = {"The Italian Foreign Minister": ("ITA", "GOV"), "Antonio Tajani": ("ITA", "GOV"),
              "Damascus": ("SYR", None), "Ahmed al-Sharaa": ("SYR", "GOV")}
    event = only(code(text, actors))
    assert event.cameo == "040" and countries(event) == ("ITA", "SYR") and event.location == "Damascus"


def test_wcep_lawsuit_and_sanctions(code: Coder) -> None:
    suit = only(code("Lithuania files a lawsuit against Belarus with the International Court of Justice.",
                     {"Lithuania": ("LTU", None), "Belarus": ("BLR", None)}))
    assert (suit.cameo, suit.plover, countries(suit)) == ("115", "ACCUSE", ("LTU", "BLR"))
    sanction = only(code("The United States Department of State imposes sanctions on International Criminal Court "
                         "judges.", {"The United States Department of State": ("USA", "GOV"),
                                     "International Criminal Court judges": ("ICC", "JUD")}))
    assert sanction.cameo == "163" and countries(sanction) == ("USA", "ICC")


def test_wcep_accident_and_sports_are_not_events(code: Coder) -> None:
    actors = {"India": ("IND", None), "Venezuela": ("VEN", None), "the United States": ("USA", None)}
    assert code("At least 21 people are killed and 45 others are injured when a passenger bus rolls into a gorge "
                "in Udhampur district, India.", actors) == []
    assert code("In baseball, Venezuela defeats the United States 3-2 in the championship game.", actors) == []


def test_event_ids_are_stable(code: Coder) -> None:
    first = code("Xi met with Tokayev in Beijing.", CHN_KAZ)
    second = code("Xi met with Tokayev in Beijing.", CHN_KAZ)
    assert [e.id for e in first] == [e.id for e in second] and first[0].id.startswith("e")


def test_announced_refusal_is_a_rejection(code: Coder) -> None:
    refusal = only(code("Hungary said on Monday it would not accept further asylum seekers from Serbia.",
                        {"Hungary": ("HUN", None), "Serbia": ("SRB", None)}))
    assert (refusal.plover, refusal.mode) == ("REJECT", "factual")
    past = only(code("Arnor did not meet Gondor.", {"Arnor": ("ARN", None), "Gondor": ("GON", None)}))
    assert (past.cameo, past.mode) == ("040", "negated")  # a past non-event is not a refusal
