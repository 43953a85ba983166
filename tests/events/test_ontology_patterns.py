"""The ontology tables and the pattern files: lookups, fallbacks, parsing and bad lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.errors import TidingsError
from tidings.events.ontology import Ontology, load_ontology, parse_crosswalk_line
from tidings.events.patterns import load_patterns, lookup_prefix, parse_noun_line, parse_verb_line
from tidings.events.petrarch import book_from_petrarch, parse_phrase


def test_names_goldstein_and_crosswalk() -> None:
    onto = load_ontology()
    assert onto.name("043") == "Host a visit"
    assert onto.name("044") == 'Meet at a "third" location'  # the broken quotes of the GDELT copy are fixed
    assert onto.goldstein_of("190") == -10.0 and onto.goldstein_of("051") == 3.4
    assert onto.plover_of("042").event == "CONSULT" and onto.plover_of("042").mode == "visit"
    assert onto.plover_of("0211").event == "REQUEST"  # appeals come from the supplement
    assert onto.plover_of("010").event == ""  # PLOVER does not code plain statements


def test_quad_classes_follow_the_root() -> None:
    assert [Ontology.quad_class(c) for c in ("010", "057", "0841", "112", "1823", "abc")] == [1, 1, 2, 3, 4, 0]


def test_crosswalk_lines() -> None:
    assert parse_crosswalk_line("043: CONSULT, visit,   # Host a visit") == ("043", parse_crosswalk_line(
        "043: CONSULT, visit, # x")[1])
    code, plover = parse_crosswalk_line("1123: ACCUSE, allege, military # Accuse of aggression") or ("", None)
    assert code == "1123" and plover is not None and (plover.event, plover.mode, plover.context) == (
        "ACCUSE", "allege", "military")
    assert parse_crosswalk_line("# comment") is None


def test_every_shipped_pattern_code_is_a_cameo_code() -> None:
    book, onto = load_patterns(), load_ontology()
    codes = [p.code for table in (book.verbs, book.nouns) for patterns in table.values() for p in patterns
             if p.code]  # "": an imported PETRARCH phrase that is not an event
    codes += [c for frame in book.frames.values() for c in [*frame.table.values(), frame.default] if c]
    codes += list(book.future.values())
    assert codes and all(onto.known(c) for c in codes), sorted({c for c in codes if not onto.known(c)})


def test_verb_and_noun_lines() -> None:
    verb = parse_verb_line("call_for  020  need=target  conf=0.7", "t:1")
    assert (verb.lemma, verb.particle, verb.code) == ("call", "for", "020")
    assert verb.need_target and verb.confidence == 0.7
    sign = parse_verb_line("sign 057 obj=agreement|treaty !prep=under", "t:2")
    assert sign.objects == {"agreement", "treaty"} and sign.not_preps == {"under"}
    noun = parse_noun_line("phone+talk 041 @m|be:on", {"m": "hold|carry_out"}, "t:3")
    assert (noun.lemma, noun.modifier) == ("talk", "phone")
    assert noun.light == {"hold": None, "carry out": None, "be": "on"}


@pytest.mark.parametrize("line", ["meet", "meet 4x", "meet 040 colour=blue", "meet 040 conf=high"])
def test_bad_pattern_lines_are_reported(line: str) -> None:
    with pytest.raises(TidingsError, match="bad pattern line"):
        parse_verb_line(line, "verbs.txt:9")


def test_longest_prefix_lookup() -> None:
    table = {"07": "033", "073": "0333"}
    assert lookup_prefix(table, "0731") == "0333" and lookup_prefix(table, "071") == "033"
    assert lookup_prefix(table, "190") is None


def test_petrarch_dictionary_reading(tmp_path: Path) -> None:
    verbs = tmp_path / "verbs.txt"
    verbs.write_text(
        "&CURR\n+DOLLARS\n+SWISS FRANCS\n\n"
        "--- CONTRIBUTE  [070]  ---\nCONTRIBUTE\n- * &CURR  [071]\n- * RUPEES [072:073]\n\n"
        "--- BEGIN  [---] ---\nBEGIN\n- SAID WILL_*_TALKS  [102]\n",
        encoding="utf-8",
    )
    book = book_from_petrarch(verbs)
    contribute = book.verbs["contribute"]
    assert [p.code for p in contribute] == ["071", "072", "070"]
    assert ("swiss", "francs") in contribute[0].after[0]
    assert contribute[1].reverse == "073"
    assert [p.code for p in book.verbs["begin"]] == ["102"]  # "---": no default event
    assert book.frames == {} and book.future == {}
    before, after = parse_phrase("SAID WILL_*_TALKS", {}) or ((), ())
    assert [sorted(a) for a in before] == [[("said",)], [("will",)]] and [sorted(a) for a in after] == [[("talks",)]]
