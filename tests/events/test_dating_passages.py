"""Dating across a passage (tidings.events.carry_over): a past passage dates what is told in it, not what
someone in it says happened before. Passages written for these tests; story dates given with each."""

from __future__ import annotations

from tidings.analysis import code_text


def dates(text: str, story: str) -> dict[str, str | None]:
    """verb text -> date value of each coded event."""
    return {text[e.verb_span[0]:e.verb_span[1]] if e.verb_span else "": (e.date.value if e.date else None)
            for e in code_text(text, story)}


PASSAGE = ("The former senator died on Saturday, his family said.\n\n"
           "In an interview in 2003, the senator said the governor had lied about the deal. ")


def test_a_past_passage_does_not_date_what_was_claimed_in_it() -> None:
    text = PASSAGE + "The governor claimed the president approved the plan in a call with the minister."
    found = dates(text, "2004-07-28")
    assert found.get("approved") == "2004-07-28"  # before the claim, when the passage does not say


def test_a_past_passage_dates_an_act_it_narrates() -> None:
    text = PASSAGE + "The senator accused the governor of taking bribes."
    found = dates(text, "2004-07-28")
    assert found.get("accused") == "2003"
