"""Type boundaries of session 20 (s20g), from a judged sample of WCEP bullets. The passages are written for these
tests; no gold sentence is copied.

- Air defence that intercepts a missile or drone stops a weapon in flight: no confiscation of property (CAMEO 1711);
  an intercepted arms shipment stays one.
- Appointing a prime minister or a minister fills a domestic office: no material cooperation (CAMEO 060); an
  ambassador appointed to another country stays diplomatic (050).
- Pleading guilty or not guilty answers a charge: no appeal (CAMEO 020); "pleaded with X to ..." stays one. A guilty
  plea gives up the defence, a yield (CAMEO 080; the realnews guidelines code it YIELD, session 21); a plea of not
  guilty is no event.
- An incumbent seeking a new term runs for office; prosecutors seeking a prison term still charge (CAMEO 1121).
- A warning of a danger the speaker will not bring about (a recession, famine) is no threat (CAMEO 13).
- Goods "imported from" a country in a tariff report are no economic cooperation (CAMEO 061).
"""

from __future__ import annotations

from tidings.analysis import code_text


def _codes(text: str) -> list[str]:
    return [e.cameo for e in code_text(text, "2025-06-01")]


def test_an_intercepted_missile_or_drone_is_no_confiscation() -> None:
    assert "1711" not in _codes("Saudi air defences intercepted three drones launched from Yemen overnight.")
    assert "1711" not in _codes("The Polish army intercepts a Russian cruise missile over its territory.")


def test_an_intercepted_arms_shipment_is_still_a_seizure() -> None:
    assert "1711" in _codes("The Omani coast guard intercepted a weapons shipment bound for Somalia.")


def test_appointing_a_prime_minister_is_no_cooperation() -> None:
    assert "060" not in _codes("The Kenyan president appoints Jane Mwangi as the new prime minister.")
    assert "060" not in _codes("John Tamba is appointed Prime Minister of Sierra Leone.")


def test_appointing_an_ambassador_stays_diplomatic() -> None:
    assert "050" in _codes("Brazil appoints Carlos Mendes as its new ambassador to Argentina.")


def test_a_guilty_plea_is_no_appeal() -> None:
    assert "020" not in _codes("The former Peruvian minister pleads guilty to bribery charges in the United States.")
    assert "020" not in _codes("The Bolivian general pleaded not guilty to charges of drug trafficking in Spain.")


def test_a_guilty_plea_yields_and_a_plea_of_not_guilty_is_no_event() -> None:
    assert "080" in _codes("Two Russian nationals pleaded guilty in a federal court in New York to money laundering.")
    assert not _codes("The Bolivian general pleaded not guilty to charges of drug trafficking in Spain.")


def test_pleading_with_a_government_is_still_an_appeal() -> None:
    codes = _codes("Mexico pleaded with the United States to release the detained fishermen.")
    assert any(code.startswith("02") for code in codes)


def test_an_incumbent_seeking_a_term_is_no_charge() -> None:
    text = "Zambians vote for a president, with incumbent Hakainde Hichilema seeking a second term."
    assert "1121" not in _codes(text)


def test_prosecutors_seeking_a_prison_term_still_charge() -> None:
    assert "1121" in _codes("Prosecutors in Italy seek a ten-year prison term for the former Libyan minister.")


def test_a_warning_of_a_recession_is_no_threat() -> None:
    assert "130" not in _codes("German economists warned of a recession in France next year.")
    assert "130" not in _codes("The World Food Programme warns of famine in Sudan.")


def test_a_warning_of_retaliation_is_still_a_threat() -> None:
    assert "130" in _codes("Iran warned of a crushing response if Israel strikes again.")


def test_goods_imported_from_a_country_are_no_cooperation() -> None:
    assert "061" not in _codes("Canada announces 25% tariffs on goods imported from the United States.")
