"""General coder rules, each shown on real text that no rule was written from.

Sentences marked WCEP are quoted from the Wikipedia Current Events Portal (2025–2026 daily pages, via
shared/corpora/wcep_daily_2025-01_to_2026-04), © Wikipedia contributors, CC BY-SA 4.0; the others are short
passages written for these tests (no gold sentence is copied).
"""

from __future__ import annotations

from pathlib import Path

from tidings.analysis import code_text
from tidings.events.discards import read_discards, word_edge

MATERIAL_CONFLICT = ("15", "17", "18", "19", "20")


def test_a_government_named_after_its_head_is_of_that_country() -> None:
    """"the Trump administration": the head's government role is the evidence a bare surname needs."""
    for text in (
        "The Trump administration imposes sanctions against two sons of Nicaragua co-presidents Daniel Ortega "
        "and Rosario Murillo.",
        "The Trump administration deports more than 200 alleged members of Tren de Aragua and MS-13 to El Salvador "
        "where they are transferred to the Terrorism Confinement Center.",
    ):
        events = code_text(text, "2025-06-01")
        assert events and all(e.source is not None and e.source.country == "USA" for e in events), text


def test_a_bare_surname_without_a_government_noun_stays_unlinked() -> None:
    events = code_text("Morrison criticised the plan on Tuesday.", "2025-06-01")
    assert not [e for e in events if e.source is not None and e.source.country == "AUS"]


def test_a_hazard_does_no_violence_but_the_acts_around_it_stay() -> None:
    storm = code_text("A landslide destroys almost all of the village of Blatten, Switzerland, resulting in one "
                      "person going missing.", "2025-05-28")
    assert not [e for e in storm if e.cameo[:2] in MATERIAL_CONFLICT]
    alert = code_text("The United States Pacific Tsunami Warning Center raises a tsunami alert for the Philippines, "
                      "Indonesia, and Palau for more than two hours.", "2025-07-30")
    assert not [e for e in alert if e.cameo[:2] in MATERIAL_CONFLICT]
    typhoon = code_text("The Vietnamese government closes all schools and airports in the North Central Coast and "
                        "orders 600,000 people to evacuate as Typhoon Kajiki makes landfall in the Hà Tĩnh and "
                        "Quảng Bình provinces, killing four people.", "2025-08-25")
    assert [e.source.country for e in typhoon if e.source is not None] == ["VNM"]
    assert not [e for e in typhoon if e.cameo[:2] in MATERIAL_CONFLICT]


def test_hazard_lines_of_the_discard_file_are_read_apart(tmp_path: Path) -> None:
    path = tmp_path / "discards.txt"
    path.write_text("FOOTBALL\nEBOLA   \nBIRD FLU   # a comment\n+FIFA\n", encoding="utf-8")
    discards = read_discards(path)
    assert discards.sentence_hit("a football match") and not discards.sentence_hit("the Ebola outbreak")
    assert discards.hazard_hit("the Ebola outbreak") and discards.hazard_hit("bird flu cases")
    assert not discards.hazard_hit("a football match") and discards.story_hit("FIFA said")


def test_a_story_naming_several_sports_phrases_is_discarded_whole(tmp_path: Path) -> None:
    """Three different sentence-level phrases make a sports story: its sentences without a phrase give no
    events either; one phrase, however often named, leaves the story coded."""
    path = tmp_path / "discards.txt"
    path.write_text("TENNIS\nDAVIS CUP\nCHAMPION\nCHAMPIONS\nTOURNAMENT\nPOLLUTION\n", encoding="utf-8")
    discards = read_discards(path)
    podcast = ("The Davis Cup finals opened in Madrid. Some Belgian fans boycotted the event. The new tournament "
               "format divides tennis fans.")
    assert discards.story_hit(podcast)
    assert not discards.story_hit("Pollution choked Delhi. The minister blamed pollution on farm fires. "
                                  "Delhi sued the state over the pollution.")
    assert not discards.story_hit("The champion and the champions of the tennis world met the mayor.")
    shipped = ("Belgium and Spain meet in the Davis Cup finals in Madrid. Some Belgian fans boycotted the event. "
               "Tennis fans say the new tournament format is a mistake.")
    assert code_text(shipped, "2019-11-19") == []


def test_a_question_asserts_no_event() -> None:
    """A sentence ending in a question mark (closing quotes allowed) asks; the same act told plainly is coded."""
    for text in ("Why have some Belgian fans boycotted the summit in Brussels?",
                 'The senator asked, "Will China attack Taiwan before 2027?"',
                 "Would Russia really invade Ukraine again?"):
        assert code_text(text, "2019-11-19") == [], text
    assert code_text("Belgian fans boycotted the summit in Brussels.", "2019-11-19")
    assert code_text("Russia invaded Ukraine again, the senator said.", "2019-11-19")


def test_a_thing_sent_or_returned_is_not_the_target() -> None:
    """Patterns that name their own prepositions move an object: the target is where it goes."""
    events = code_text("Hungary returns two seized armored cars to Ukraine but retains approximately US$82 million "
                       "in cash and gold as authorities investigate suspected money laundering.", "2025-03-10")
    returned = [e for e in events if e.plover in ("YIELD", "RETREAT", "CONCEDE")]
    assert returned and returned[0].source is not None and returned[0].source.country == "HUN"
    assert returned[0].target is not None and returned[0].target.country == "UKR"


def test_an_event_noun_that_goes_on_is_an_event_with_its_own_actors() -> None:
    """"protests against X continue", "talks between X and Y begin": the noun's modifiers and prepositions
    name who acts and on whom; protests no one is named for are by the people of the place."""
    talks = code_text("Indirect talks between Hamas and Israel begin in Sharm el-Sheikh, Egypt, to negotiate field "
                      "conditions for the release of the remaining hostages in return for an undetermined number of "
                      "Palestinian prisoners.", "2025-10-06")
    assert any(e.plover == "CONSULT" and e.source is not None and e.target is not None
               and {e.source.text, e.target.text} == {"Hamas", "Israel"} for e in talks)
    serbia = code_text("As protests against the Serbian government continue across Serbia, hundreds of students "
                       "form a blockade around the headquarters of the Radio Television of Serbia in Belgrade.",
                       "2025-03-01")
    protest = [e for e in serbia if e.plover == "PROTEST"]
    assert protest and protest[0].source is not None and protest[0].source.country == "SRB"
    assert protest[0].target is not None and protest[0].target.text == "the Serbian government"
    morocco = code_text("Large-scale youth-led demonstrations in Morocco continue for a third day, despite police "
                        "arrests and tight security.", "2025-09-30")
    assert [(e.plover, e.source.country if e.source else None) for e in morocco] == [("PROTEST", "MAR")]


def test_a_place_a_protest_spreads_to_is_no_target() -> None:
    events = code_text("Protests and riots erupt across Bangladesh after the assassination of activist Osman Hadi "
                       "by two members of the banned Awami League party.", "2025-12-19")
    protests = [e for e in events if e.plover == "PROTEST"]
    assert protests and all(e.target is None for e in protests)
    assert all(e.source is not None and e.source.country == "BGD" for e in protests)


def test_violating_a_ceasefire_is_cameo_196() -> None:
    events = code_text("Israeli forces and tanks move 300 m (980 ft) beyond the Yellow Line in Gaza City, violating "
                       "the ceasefire.", "2025-11-20")
    assert [(e.cameo, e.source.country if e.source else None) for e in events] == [("196", "ISR")]


def test_the_accused_does_what_they_are_accused_of() -> None:
    """"Israel accuses Hamas of violating the ceasefire": Hamas is the one said to violate it."""
    events = code_text("Israel accuses Hamas of violating the ceasefire and demands the return of her body along "
                       "with the other remaining hostages.", "2025-10-20")
    accuse = [e for e in events if e.plover == "ACCUSE"]
    violation = [e for e in events if e.cameo == "196"]
    assert accuse and accuse[0].source is not None and accuse[0].source.country == "ISR"
    assert violation and violation[0].source is not None and violation[0].source.country == "PSE"


def test_failing_to_reach_an_agreement_is_a_rejection() -> None:
    events = code_text("Representatives of France, Germany, and the United Kingdom fail to reach an agreement with "
                       "Iran in Geneva, Switzerland, on avoiding the possible reimposition of sanctions.", "2025-08-26")
    assert events and {e.plover for e in events} == {"REJECT"} and all(e.mode == "factual" for e in events)
    assert any(e.target is not None and e.target.country == "IRN" for e in events)


# quoted from a news page of the WCXB benchmark's dev split (../shared/corpora/wcxb, page 0401, CC-BY-4.0
# collection by Murrough Foley; the page belongs to its publisher)
REFRAINS = ("On broader relations, Putin emphasized the need for “respect,” saying Russia would not launch another "
            "“special military operation” if treated as an equal and if NATO refrains from expanding eastward.")


def test_a_frame_governs_a_gerund_after_its_preposition() -> None:
    """"NATO refrains FROM EXPANDING", "Beijing is balking AT COMMITTING": the gerund is the governed act."""
    from tidings.analysis import analyzer_for
    from tidings.config import Settings
    from tidings.events.patterns import load_patterns
    from tidings.events.triggers import frame_of, gerund_complement

    doc = analyzer_for(Settings()).parse(REFRAINS)
    refrains = next(t for t in doc if t.lower_ == "refrains")
    frame = frame_of(refrains, load_patterns())
    assert frame is not None and frame.mode == "negated"
    governed = gerund_complement(refrains, frame)
    assert governed is not None and governed.lower_ == "expanding"


def test_cancelling_a_planned_visit_is_a_rejection() -> None:
    """PLOVER manual (SANCTION, potential ambiguities): "Cancellation of meetings are REJECT" (CAMEO 125), not a
    reduction of relations (160)."""
    events = code_text("Taiwanese president Lai Ching-te cancels his planned visit to Eswatini after the governments "
                       "of Madagascar, Mauritius, and Seychelles denied overflight permissions for his aircraft, with "
                       "Taiwan attributing the decision to pressure from China.", "2026-04-21")  # WCEP
    cancelled = [e for e in events if e.source is not None and e.source.country == "TWN"]
    assert [(e.cameo, e.plover) for e in cancelled] == [("125", "REJECT")]


def test_ending_a_strike_yields_and_refusing_to_is_a_rejection() -> None:
    """CAMEO 082 "ease political dissent" (PETRARCH-2: "halt strike"); announced as refused it is 1242 (REJECT)."""
    ended = code_text("Striking miners in Bolivia ended their strike on Monday.", "2025-06-01")
    assert [e.cameo for e in ended] == ["082"]
    refused = code_text("Chilean teachers said they will not end their walkout until wages rise.",
                        "2025-06-01")
    assert [(e.cameo, e.plover) for e in refused if e.cameo != "010"] == [("1242", "REJECT")]


def test_a_date_phrase_is_not_the_preposition_a_pattern_means() -> None:
    """"called Milei ON FRIDAY" is a telephone call (CAMEO 041); "called ON Argentina to ..." stays an appeal."""
    call = code_text("Brazilian President Lula called Argentine President Javier Milei on Friday.", "2025-06-01")
    assert {e.cameo for e in call} == {"041"}
    appeal = code_text("Brazil called on Argentina on Friday to lift its tariffs.", "2025-06-01")
    assert {e.plover for e in appeal} == {"REQUEST"}


def test_a_call_made_to_explain_is_a_telephone_call_not_an_appeal() -> None:
    """A purpose with no code of its own ("to explain", "to discuss") makes the call a consultation."""
    for text in ("Brazilian President Lula called Argentine President Javier Milei on Friday to explain Brazil's "
                 "position on the trade dispute.",
                 "Brazilian President Lula called Argentine President Javier Milei to discuss the trade dispute."):
        assert {e.plover for e in code_text(text, "2025-06-01")} == {"CONSULT"}, text


def test_calling_off_a_strike_is_not_calling_one() -> None:
    """"call a strike" is a protest (143), "call off a strike" eases dissent (082), and so does ending a hunger
    strike."""
    assert [e.cameo for e in code_text("Unions in France called a general strike for Thursday.", "2025-06-01")] \
        == ["143"]
    assert [e.cameo for e in code_text("Miners in Bolivia called off their strike on Monday.", "2025-06-01")] \
        == ["082"]
    ended = code_text("Jailed Bolivian activists ended their hunger strike in La Paz after 20 days.", "2025-06-01")
    assert [e.cameo for e in ended] == ["082"]


def test_a_casualty_count_with_no_doer_is_no_event() -> None:
    """A number of people killed in the passive with no doer and no cause but fighting between unnamed sides is a
    count, not an act; an attack, or a clash whose sides are named, keeps its event."""
    count = code_text("Eighteen Pakistani paramilitary troops and 24 Baloch separatists are killed in clashes in "
                      "Balochistan, Pakistan.", "2025-02-01")  # WCEP
    assert not [e for e in count if e.cameo[:2] in MATERIAL_CONFLICT]
    sides = code_text("Around 200 fighters are killed in clashes between Boko Haram and ISWAP near Lake Chad in "
                      "Nigeria.", "2025-11-09")  # WCEP
    assert [e.plover for e in sides] == ["ASSAULT"]
    attack = code_text("At least 12 Afghan civilians have been killed in an airstrike in Kunduz, officials said.",
                       "2025-06-01")
    assert [e.plover for e in attack] == ["ASSAULT"]


def test_fighting_a_social_ill_or_a_disease_is_no_violence() -> None:
    """PETRARCH-2's CAMEO.2.0 marks "fight racism", "combat &CRIME" as no event and codes "combat locust" 073: what
    is fought decides, also under a frame ("vowed to fight corruption" is no threat)."""
    assert not code_text("Kenya vowed to fight corruption in its police force.", "2025-06-01")
    pledge = code_text("Kenya pledged to fight the cholera outbreak in Somalia.", "2025-06-01")
    assert [e.plover for e in pledge] == ["AGREE"] and pledge[0].cameo.startswith("033")
    funding = code_text("Norway announced new funding to fight the cholera outbreak in Uganda.", "2025-06-01")
    assert [(e.cameo, e.plover) for e in funding] == [("073", "AID")]
    war = code_text("Kenyan troops fought al-Shabaab militants near the Somali border.", "2025-06-01")
    assert [e.plover for e in war] == ["ASSAULT"]


def test_fighting_an_epidemic_needs_no_target() -> None:
    """"fight" needs a target when it is an attack; read as aid against an epidemic, it has no one it is done to
    (events/code.py `_read_as_other`), and the fighting pattern's condition no longer drops it. The aid's
    receiver is then the other country its sentence names, where the doctors arrived (`_sentence_side`)."""
    doctors = code_text("Doctors from Cuba arrived in Haiti to fight the cholera outbreak.", "2025-06-01")
    aid = [(e.source and e.source.country, e.target and e.target.country) for e in doctors if e.cameo == "073"]
    assert aid == [("CUB", "HTI")]


def test_judging_something_illegal_is_a_denunciation() -> None:
    """A verb of judging with a condemning complement (word_classes.toml) is CAMEO 111 against the one whose act is
    judged: "deems the US sanctions illegal", "described Russia's decision as illegal", "called Iran's decision a
    violation of the accord"; with no one to blame, or a judgment that does not condemn, there is none."""
    for text in ("Russia deems the US sanctions illegal.", "France described Russia's decision as illegal.",
                 "Germany called Iran's decision a violation of the nuclear accord."):
        events = code_text(text, "2025-06-01")
        assert [e.plover for e in events] == ["ACCUSE"] and events[0].target is not None, text
    assert not code_text("Turkey called the vote a success.", "2025-06-01")
    assert not code_text("Turkey considers the new rules unacceptable.", "2025-06-01")


def test_granting_a_pardon_or_a_permission_yields() -> None:
    """PLOVER: formal pardons are CONCEDE (YIELD); giving permission is CAMEO 080 (YIELD) to the one allowed."""
    pardon = code_text("Chile's president granted a full pardon to a former army officer on Tuesday.", "2025-06-01")
    assert [(e.cameo, e.source.country if e.source else None) for e in pardon] == [("0841", "CHL")]
    allowed = code_text("Peru gave the United States permission to use its airspace.", "2025-06-01")
    assert [(e.cameo, e.target.country if e.target else None) for e in allowed] == [("080", "USA")]


def test_a_plural_word_of_an_imported_phrase_matches_the_singular() -> None:
    """PETRARCH-2 writes "issue ARREST WARRANTS" [173] after "issue warrant" [100]: "issued an arrest warrant" is
    the arrest (173), not a demand."""
    from tidings.events.triggers import singular

    assert (singular("warrants"), singular("talks"), singular("press"), singular("status")) == \
        ("warrant", "talk", "press", "status")
    events = code_text("Police in Peru issued an arrest warrant for a former Bolivian minister.", "2025-06-01")
    assert [(e.cameo, e.target.country if e.target else None) for e in events] == [("173", "BOL")]


HONG_KONG = ("Hong Kong police fired tear gas at protesters in Hong Kong on Monday. Hong Kong's chief executive said "
             "the city would restore order. On Tuesday, China's foreign ministry warned that there was no room for "
             "compromise.")
TIED = ("Peru and Chile held talks in Lima on Monday. Peru and Chile signed a trade deal. On Tuesday, Argentina warned "
        "that there was no room for compromise.")


def test_an_act_with_no_one_named_is_done_to_the_story_s_other_side() -> None:
    """A typed event with no target takes the country the document names most often other than its source's,
    pointing at that country's mention; with no clear other side (a tie) it keeps none."""
    warned = [e for e in code_text(HONG_KONG, "2025-06-03") if e.plover == "THREATEN"]
    assert [(e.source.country if e.source else None, e.target.country if e.target else None) for e in warned] \
        == [("CHN", "HKG")]
    target = warned[0].target
    assert target is not None and HONG_KONG[target.start:target.end] == target.text
    tied = [e for e in code_text(TIED, "2025-06-03") if e.plover == "THREATEN"]
    assert tied and all(e.target is None for e in tied)


def test_a_doer_left_unnamed_is_the_story_s_other_side() -> None:
    """The same for a passive act with no doer: "a US helicopter was shot down" in a story about the Taliban."""
    text = ("Taliban fighters attacked an Afghan army base in Kunduz on Monday. The Taliban said the attack killed ten "
            "Afghan soldiers. On Tuesday, a US helicopter was shot down near Kunduz.")
    shot = [e for e in code_text(text, "2025-06-03") if e.target is not None and e.target.country == "USA"]
    assert [(e.plover, e.source.country if e.source else None) for e in shot] == [("ASSAULT", "AFG")]


def test_saying_an_actor_is_responsible_accuses_it() -> None:
    """"X says Y was responsible / behind the attack" is X's accusation of Y (112); "was not responsible" is not."""
    ghf = code_text("The GHF says that Hamas was responsible.", "2025-06-12")  # WCEP
    assert [(e.cameo, e.target.country if e.target else None) for e in ghf] == [("112", "PSE")]
    behind = code_text("Kenyan police said al-Shabaab was behind the attack on the hotel.", "2025-06-01")
    assert [(e.cameo, e.source.country if e.source else None) for e in behind] == [("112", "KEN")]
    cleared = code_text("Kenyan police said al-Shabaab was not responsible for the attack.", "2025-06-01")
    assert not [e for e in cleared if e.plover]


def test_administrative_coercion_and_setting_aside_decisions() -> None:
    """CAMEO 172 (revoking a visa or accreditation), 1721 (suspending a newspaper), 174 (evicting people), 175
    (crushing protests), 124 (a court annulling a decision) and 111 ("faulted")."""
    visa = code_text("The United States revokes Colombian president Gustavo Petro's visa following his participation "
                     "in a pro-Palestinian demonstration in New York.", "2025-09-26")  # WCEP
    assert [(e.cameo, e.target.country if e.target else None) for e in visa if e.cameo == "172"] == [("172", "COL")]
    cases = {"Kenya suspended the opposition newspaper.": "1721",
             "Kenya evicted thousands of Somali refugees from the camp.": "174",
             "Kenyan police crushed the protests in Nairobi.": "175",
             "Kenya's Supreme Court annulled the election of President Ruto.": "124",
             "The Kenyan opposition faulted the government's decision.": "111"}
    for text, cameo in cases.items():
        assert [e.cameo for e in code_text(text, "2025-06-01")] == [cameo], text


def test_backing_down_and_ceasing_operations_yield() -> None:
    """"backed down" concedes (080), not "backed" someone (051); ceasing military operations de-escalates (0871)."""
    down = code_text("Kenya's president backed down on Wednesday after weeks of protests in Nairobi.", "2025-06-01")
    assert [e.cameo for e in down] == ["080"]
    assert [e.cameo for e in code_text("Kenya backed Uganda's bid.", "2025-06-01")] == ["051"]
    ceased = code_text("Ethiopia's army announced it had ceased all military operations in two border districts.",
                       "2025-06-01")
    assert [(e.cameo, e.plover) for e in ceased] == [("0871", "RETREAT")]


def test_a_declared_state_of_siege_parsed_as_a_clause_subject_is_still_declared() -> None:
    """"declared a state of siege in Peru TO START at dawn": the parser makes "state" the subject of the
    infinitive; it is still the object of the light verb (CAMEO 1724). Prolonged sanctions are sanctions (163)."""
    siege = code_text("Peru's government declared a state of siege in Puno to start at dawn on Monday as road "
                      "blockades spread.", "2025-06-01")
    assert [(e.cameo, e.source.country if e.source else None) for e in siege] == [("1724", "PER")]
    prolonged = code_text("The European Union is prolonging its sanctions on Belarus by six months.", "2025-06-01")
    assert [(e.cameo, e.target.country if e.target else None) for e in prolonged] == [("163", "BLR")]


def test_beefing_up_forces_is_force_posture() -> None:
    """"beefed up its troop presence" as "reinforced" (CAMEO 154, MOBILIZE); "beef up sanctions" stays 163."""
    beefed = code_text("India's army has beefed up its troop presence in Ladakh, a spokesman said.",
                       "2025-06-01")
    assert [(e.cameo, e.plover) for e in beefed] == [("154", "MOBILIZE")]


def test_ordering_attacks_is_the_attack() -> None:
    """As "ordered the arrest" (173) and "ordered airstrikes" (195): a leader ordering attacks is the attack; demanding
    an end to attacks stays a demand."""
    ordered = code_text("Russian President Vladimir Putin ordered new attacks on Ukrainian ports on "
                        "Tuesday.", "2025-06-01")
    assert [(e.plover, e.source.country if e.source else None) for e in ordered] == [("ASSAULT", "RUS")]
    assert [e.plover for e in code_text("Russia demanded an end to attacks on Syria.", "2025-06-01")] == ["REQUEST"]


def test_an_act_said_to_be_out_of_the_question_is_refused() -> None:
    """"said that lifting the sanctions is out of the question": the speaker rejects the act (refusal map, 12x),
    against the one the act concerns; "is possible" leaves the act as it is."""
    ruled_out = code_text("Peru's foreign minister said that lifting the sanctions on Bolivia is out of the question.",
                          "2025-06-01")
    assert [(e.plover, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in ruled_out] == [("REJECT", "PER", "BOL")]
    possible = code_text("Peru's foreign minister said that lifting the sanctions on Bolivia is possible.",
                         "2025-06-01")
    assert "REJECT" not in {e.plover for e in possible}


def test_a_text_naming_no_phrase_lets_sentences_skip_the_search(tmp_path: Path) -> None:
    """`story_scan` says whether a text names any sentence-level phrase; a sentence of a text that names none needs
    no search of its own unless its edge touches a word character or hyphen ("foot-" + "ball" is not "ball")."""
    path = tmp_path / "discards.txt"
    path.write_text("BALL\n", encoding="utf-8")
    discards = read_discards(path)
    assert discards.story_scan("The ball rolled. The minister spoke.") == (None, True)
    text = "The minister spoke. Talks resumed?"
    assert discards.story_scan(text) == (None, False)
    assert discards.sentence_hit("Talks resumed?", phrases=False) == "?"
    assert not word_edge(text, 20, len(text)) and not word_edge(text, 0, 19)
    glued = "A foot-ball"  # a sentence cut at the hyphen would read "ball" alone
    assert discards.story_scan(glued) == (None, False) and word_edge(glued, 7, len(glued))
    assert discards.sentence_hit(glued[7:]) == "ball"
