"""ECB+ at mention level: the parser, the alignment and the coreference scores (tidings.eval.fusion_mentions)."""

from __future__ import annotations

import pytest

from tidings.eval.fusion_mentions import _parse, align, bcubed, ceaf_e, muc, scores

KEY = {"a": "K1", "b": "K1", "c": "K1", "d": "K2", "e": "K2"}
RESPONSE = {"a": "R1", "b": "R1", "c": "R2", "d": "R2", "e": "R2"}


def test_scores_of_a_worked_example() -> None:
    assert muc(KEY, RESPONSE) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert bcubed(KEY, RESPONSE) == pytest.approx((11 / 15, 11 / 15, 11 / 15))
    assert ceaf_e(KEY, RESPONSE) == pytest.approx((0.8, 0.8, 0.8))
    perfect = scores(KEY, KEY)
    assert perfect["conll_f1"] == 1.0
    apart = scores(KEY, {m: m for m in KEY})  # every mention alone: MUC finds no link
    assert apart["muc"]["f1"] == 0.0 and apart["bcubed"]["precision"] == 1.0


XML = """<Document doc_name="9_1ecb.xml">
<token t_id="1" sentence="0" number="0">Rebels</token>
<token t_id="2" sentence="0" number="1">attacked</token>
<token t_id="3" sentence="0" number="2">the</token>
<token t_id="4" sentence="0" number="3">town</token>
<token t_id="5" sentence="0" number="4">.</token>
<token t_id="6" sentence="1" number="0">The</token>
<token t_id="7" sentence="1" number="1">attack</token>
<token t_id="8" sentence="1" number="2">killed</token>
<token t_id="9" sentence="1" number="3">5</token>
<token t_id="10" sentence="1" number="4">.</token>
<Markables>
<ACTION_OCCURRENCE m_id="1"  >
<token_anchor t_id="2"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"  >
<token_anchor t_id="7"/>
</ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="3"  >
<token_anchor t_id="8"/>
</ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="4"  >
<token_anchor t_id="1"/>
</HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t9_attack" instance_id="ACT1" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1" >
  <source m_id="1" />
  <source m_id="2" />
  <target m_id="9" />
</CROSS_DOC_COREF>
</Relations>
</Document>"""


def test_parse_gives_event_mentions_as_character_spans_with_their_chains() -> None:
    doc = _parse("ECB+/9/9_1ecb.xml", XML)
    assert doc is not None and doc.text == "Rebels attacked the town.\nThe attack killed 5."
    assert {m: doc.text[s:e] for m, (s, e) in doc.mentions.items()} == {"1": "attacked", "2": "attack", "3": "killed"}
    assert doc.chains["1"] == doc.chains["2"] == "ACT1" and doc.chains["3"] != "ACT1"
    start = doc.text.index("attacked")
    assert align(doc, [("e1", (start, start + 8)), ("e2", (0, 6))]) == {"e1": "1"}  # "Rebels" is no event
