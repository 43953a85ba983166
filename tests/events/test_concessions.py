"""Making concessions is a yield (CAMEO 080; PETRARCH-2 lists "concession" in its YIELD block), and the one
prompted, compelled or pressured to act is the one who acts (events/code.py CONTROL_OBJECT_VERBS). The passages
are written for these tests; no gold sentence is copied."""

from __future__ import annotations

from tidings.analysis import code_text


def test_making_concessions_is_a_yield() -> None:
    events = code_text("Mexico made concessions to the United States on migration.", "2025-06-01")
    yields = [e for e in events if e.cameo.startswith("08")]
    assert [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in yields] == [("MEX", "USA")]


def test_the_one_prompted_to_make_concessions_is_the_one_who_yields() -> None:
    events = code_text("The threat of tariffs has prompted Kenya to make concessions.", "2025-06-01")
    assert [e.source.country for e in events if e.cameo.startswith("08") and e.source] == ["KEN"]


def test_offering_concessions_is_still_no_yield() -> None:
    events = code_text("Iran offered concessions on its nuclear programme to the European Union.", "2025-06-01")
    assert not [e for e in events if e.cameo.startswith("08")]
