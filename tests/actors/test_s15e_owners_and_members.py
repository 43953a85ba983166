"""Doers placed on evidence inside their own sentence (session 15, s15e): an office with a field noun between its owner
and its title ("Brazil's environment minister"), an apposition after an age or "who is/was", a person described as
the head or a member of a body of one country, a body owned by "the country's", a state agency named with its
owner (and not a bare "the agency").

The sentences are written for the test (tidings authors).
"""

from __future__ import annotations


def test_a_field_noun_between_a_genitive_country_and_an_office(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Paulo Ramos Silva, Brazil's environment minister, rejected the report.", "2025-05-01")
    person = found["Paulo Ramos Silva, Brazil's environment minister"]
    assert (person.country, person.sector) == ("BRA", "GOV")


def test_a_field_noun_between_a_nationality_and_a_title_before_a_name(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Argentine security minister Lucia Ferreyra announced the arrest of 12 men.", "2025-05-01")
    person = found["Argentine security minister Lucia Ferreyra"]
    assert (person.country, person.sector) == ("ARG", "GOV")


def test_an_office_with_a_field_noun_is_not_the_nations_office_holder(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The German football federation president resigned on Monday.", "2025-05-01")
    office = next(ref for text, ref in found.items() if text.endswith("president"))
    assert office.country == "DEU" and office.actor_id is None


def test_a_noun_of_its_own_does_not_join_a_place_to_a_title(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("A court in Mali sentences former prime minister Amadou Keita to two years.", "2025-05-01")
    assert not any(text.startswith("Mali ") for text in found)


def test_an_age_between_the_name_and_the_description(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Paulo Ramos Silva, 54, a Brazilian senator, said he would appeal.", "2025-05-01")
    person = found["Paulo Ramos Silva, 54, a Brazilian senator"]
    assert (person.country, person.sector) == ("BRA", "LEG")


def test_who_was_before_the_description(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Kevin Brownfield, who was Brazil's foreign minister, defended the policy.", "2025-05-01")
    assert found["Kevin Brownfield, who was Brazil's foreign minister"].country == "BRA"


def test_the_head_of_a_body_of_one_country(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Ahmed Kamal Sayed, head of the Egyptian army, met the delegation.", "2025-05-01")
    person = found["Ahmed Kamal Sayed"]
    assert (person.country, person.sector) == ("EGY", "MIL")


def test_a_member_of_a_parliament(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Ahmed Kamal Sayed, a member of Egypt's parliament, met the delegation.", "2025-05-01")
    assert (found["Ahmed Kamal Sayed"].country, found["Ahmed Kamal Sayed"].sector) == ("EGY", "LEG")


def test_an_adviser_to_a_person_is_left_unplaced(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Ahmed Kamal Sayed, an adviser to Egypt's president, met the delegation.", "2025-05-01")
    assert found["Ahmed Kamal Sayed"].country is None


def test_an_official_with_a_ministry(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Paulo Ramos Silva, an official with the Brazilian health ministry, said so.", "2025-05-01")
    assert found["Paulo Ramos Silva, an official"].country == "BRA"


def test_the_countrys_central_bank(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Turkey's lira fell again. The country's central bank raised interest rates on Thursday.",
                     "2025-05-01")
    assert (found["central bank"].country, found["central bank"].sector) == ("TUR", "GOV")


def test_a_state_agency_with_its_owner(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The Indonesian rescue agency ended the search on Sunday.", "2025-05-01")
    agency = found["The Indonesian rescue agency"]
    assert (agency.country, agency.sector) == ("IDN", "GOV")


def test_a_bare_agency_names_no_actor(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("The news service said the agency had been barred from the briefing.", "2025-05-01")
    assert not any(text.endswith("agency") for text in found)


def test_service_members_of_a_country(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Three U.S. service members were wounded in the attack.", "2025-05-01")
    members = found["U.S. service members"]
    assert (members.country, members.sector) == ("USA", "MIL")


def test_a_person_of_a_body_of_one_country(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Anna Kowalska of the Polish foreign ministry said the talks would resume.", "2025-05-01")
    assert (found["Anna Kowalska"].country, found["Anna Kowalska"].sector) == ("POL", "GOV")


def test_a_titled_person_of_a_capital(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Mayor Anna Kowalska of Warsaw criticised the police on Friday.", "2025-05-01")
    assert found["Mayor Anna Kowalska"].country == "POL"


def test_a_person_described_as_the_countrys_officer(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Turkey's lira fell again. Ali Vural, the nation's top prosecutor, said rates would rise.",
                     "2025-05-01")
    assert (found["Ali Vural"].country, found["Ali Vural"].sector) == ("TUR", "JUD")


def test_an_adjective_does_not_bridge_a_genitive_country_to_an_office(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Iraq's Sunni vice-president denied the charges on Sunday.", "2025-05-01")
    assert not any(text.startswith("Iraq's Sunni") for text in found)
