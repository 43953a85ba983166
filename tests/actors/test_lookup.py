"""ActorBase.lookup: names, variants, dated roles, office phrases."""

from __future__ import annotations

import pytest

from tidings.actors import ActorBase


@pytest.mark.parametrize("name", ["Kassym-Jomart Tokayev", "Tokayev", "Tokaev", "Kasym-Zhomart Tokayev",
                                  "President Tokaev", "Kazakh President"])
def test_tokayev_variants_are_one_actor(base: ActorBase, name: str) -> None:
    ref = base.lookup(name, "2024-03-29")
    assert ref is not None and ref.actor_id == "kassym-jomart-tokayev"
    assert (ref.country, ref.sector) == ("KAZ", "GOV")


@pytest.mark.parametrize("name", ["Xi Jinping", "Xi", "President Xi Jinping", "Chinese President"])
def test_xi_variants(base: ActorBase, name: str) -> None:
    ref = base.lookup(name, "2024-07-02")
    assert ref is not None and ref.actor_id == "xi-jinping" and ref.code == "CHNGOV"


def test_nazarbayev_is_gov_as_president_and_eli_after(base: ActorBase) -> None:
    in_office = base.lookup("Nazarbayev", "2015")
    retired = base.lookup("Nazarbaev", "2020")
    assert in_office is not None and in_office.code == "KAZGOV" and in_office.role == "President"
    assert retired is not None and retired.code == "KAZELI"


def test_tokayev_roles_follow_the_date(base: ActorBase) -> None:
    as_pm = base.lookup("Tokayev", "2000-05")
    as_speaker = base.lookup("Tokayev", "2015-06-01")
    as_president = base.lookup("Tokayev", "2019-06")
    assert as_pm is not None and as_pm.role == "Prime Minister"
    assert as_speaker is not None and as_speaker.code == "KAZLEG"
    assert as_president is not None and as_president.role == "President"


def test_the_kazakh_president_changes_in_2019(base: ActorBase) -> None:
    before = base.lookup("Kazakh President", "2018-11-02")
    after = base.lookup("Kazakh President", "2019-06-10")
    assert before is not None and before.actor_id == "nursultan-nazarbayev"
    assert after is not None and after.actor_id == "kassym-jomart-tokayev"


@pytest.mark.parametrize(("name", "code", "actor_id"), [
    ("Nurtleu", "KAZGOV", "murat-nurtleu"),
    ("Zhao Leji", "CHNLEG", "zhao-leji"),
    ("Ding Xuexiang", "CHNGOV", "ding-xuexiang"),
    ("Wang Yi", "CHNGOV", "wang-yi"),
    ("Shakhrat Nuryshev", "KAZGOV", "shakhrat-nuryshev"),
    ("Zhang Xiao", "CHNGOV", "zhang-xiao"),
])
def test_seed_people(base: ActorBase, name: str, code: str, actor_id: str) -> None:
    ref = base.lookup(name, "2024-03-29")
    assert ref is not None and ref.code == code and ref.actor_id == actor_id


def test_countries_organizations_capitals(base: ActorBase) -> None:
    sco = base.lookup("Shanghai Cooperation Organization")
    assert sco is not None and sco.country == "SCO" and base.lookup("SCO") == sco.__class__(
        "SCO", 0, 0, sco.actor_id, sco.name, sco.country, sco.sector, sco.role)
    for name, country in (("Kazakhstan", "KAZ"), ("Kyrgyz", "KGZ"), ("Beijing", "CHN"), ("Kremlin", "RUS")):
        ref = base.lookup(name)
        assert ref is not None and ref.country == country


def test_unknown_names_give_none(base: ActorBase) -> None:
    assert base.lookup("Zzyzx Quorblat") is None
    assert base.lookup("") is None


def test_spelling_variant_found_by_fuzzy_match(base: ActorBase) -> None:
    ref = base.lookup("Kassym-Jomart Tokaiev", "2024")
    assert ref is not None and ref.actor_id == "kassym-jomart-tokayev"


def test_extra_table_adds_people_and_roles(tmp_path: object) -> None:
    from pathlib import Path

    from tidings.actors import configured_paths, load_actor_base

    folder = Path(str(tmp_path))
    (folder / "mine.tsv").write_text(
        "id\tname\taliases\tcountry\tsector\toffice\tstart\tend\tnote\n"
        "aigerim-seitkali\tAigerim Seitkali\tSeitkali\tKAZ\tHLH\tChief Ophthalmologist\t2021-03\t\t\n",
        encoding="utf-8")
    base = load_actor_base([folder])
    ref = base.lookup("Seitkali", "2022")
    assert ref is not None and ref.code == "KAZHLH" and ref.role == "Chief Ophthalmologist"
    assert configured_paths(object(), {"TIDINGS_ACTOR_FILES": f"{folder},x.tsv"}) == [str(folder), "x.tsv"]


def test_bad_table_raises_a_coded_error(tmp_path: object) -> None:
    from pathlib import Path

    from tidings.actors import load_actor_base
    from tidings.errors import TidingsError

    bad = Path(str(tmp_path)) / "bad.tsv"
    bad.write_text("who\twhat\nx\ty\n", encoding="utf-8")
    with pytest.raises(TidingsError) as err:
        load_actor_base([bad])
    assert err.value.code == "T501"
    with pytest.raises(TidingsError):
        load_actor_base([Path(str(tmp_path)) / "missing.tsv"])


def test_a_person_s_role_at_an_event_s_date(base: ActorBase) -> None:
    """Roles are read at the event's date: Nazarbayev's act retold in a 2021 story is a president's in 2015."""
    told = base.lookup("Nazarbayev", "2021")
    assert told is not None and told.code == "KAZELI"
    then = base.at(told, "2015-06")
    assert then.code == "KAZGOV" and then.role == "President" and then.text == told.text
    assert base.at(told, None) == told and base.at(told, "not a date") == told
    country = base.lookup("Kazakhstan", "2021")
    assert country is not None and base.at(country, "1995") == country
