"""The PETRARCH/Phoenix dictionary reader on the PETRARCH validation dictionaries (fictional actors)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from tidings.actors import ActorBase, find_actors
from tidings.actors.phoenix import petrarch_date, read_actor_entries, read_agents, split_code

GOLD = Path(__file__).resolve().parents[3] / "shared" / "event_coding_gold" / "petrarch"
needs_gold = pytest.mark.skipif(not GOLD.exists(), reason="shared/event_coding_gold not present")


def test_dates_and_codes(tmp_path: Path) -> None:
    assert petrarch_date("911221") == date(1991, 12, 21)
    assert petrarch_date("030101") == date(2003, 1, 1)
    assert petrarch_date("19270101") == date(1927, 1, 1)
    assert petrarch_date("2004017") is None
    assert split_code("KAZGOV") == ("KAZ", "GOV") and split_code("---") == (None, None)


def test_reader_on_a_small_dictionary(tmp_path: Path) -> None:
    actors = tmp_path / "a.txt"
    actors.write_text("<!-- comment -->\nGONDOR_ [GON]\n+MINAS_TIRITH\nARGENTIN [ARG]\n"
                      "DENETHOR_  # steward\n\t[GONGOV 900101-991231]\n\t[GONELI]\n", encoding="utf-8")
    agents = tmp_path / "g.txt"
    agents.write_text("!PERSON! = MAN, MEN\nTROOPS {} [~MIL]\nCONGRESS!PERSON! [~LEG]\nRIGHTS_BODY [NGO~]\n",
                      encoding="utf-8")
    entries = read_actor_entries(actors)
    assert [e.names for e in entries] == [["GONDOR_", "MINAS_TIRITH"], ["ARGENTIN"], ["DENETHOR_"]]
    assert entries[2].codes[0] == ("GONGOV", date(1990, 1, 1), date(1999, 12, 31))
    forms = [f for f, _ in read_agents(agents)]
    assert "TROOPS" in forms and "CONGRESSMAN" in forms and "CONGRESSMEN" in forms
    base = ActorBase.from_petrarch(actors, agents)
    argentina = base.lookup("Argentina")  # a stem: ARGENTIN matches Argentina
    in_office, later = base.lookup("Denethor", "1995-05-05"), base.lookup("Denethor", "2005-05-05")
    assert argentina is not None and argentina.country == "ARG"
    assert in_office is not None and in_office.code == "GONGOV"
    assert later is not None and later.code == "GONELI"


@needs_gold
def test_validation_dictionaries(nlp: Language) -> None:
    base = ActorBase.from_petrarch(GOLD / "PETR.Validate.actors.txt", GOLD / "PETR.Validate.agents.txt")
    doc = nlp("Israeli soldiers fired on human rights activists near the Gondor government offices.")
    codes = {m.actor.text: m.actor.code for m in find_actors(doc, "2014-01-01", base)}
    assert codes["Israeli soldiers"] == "ISRMIL"
    assert codes["the Gondor government"] == "GONGOV"
    assert codes["human rights activists"] == "---OPP"


def test_a_name_for_several_actors_keeps_all_codes(tmp_path: Path) -> None:
    """`THE_SHIRE [FRO/BIL/SAM]`: one name standing for three actors (the coder gives one event each)."""
    assert split_code("FRO/BIL/SAM") == ("FRO/BIL/SAM", None)
    actors = tmp_path / "a.txt"
    actors.write_text("THE_SHIRE  [FRO/BIL/SAM]\nGONDOR_ [GON]\n", encoding="utf-8")
    agents = tmp_path / "g.txt"
    agents.write_text("TROOPS {} [~MIL]\n", encoding="utf-8")
    base = ActorBase.from_petrarch(actors, agents)
    found = base.lookup("Shire")
    assert found is not None and found.country == "FRO/BIL/SAM"
