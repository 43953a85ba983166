"""Dates in the web pages and in `--format table` carry their human label next to the TIMEX3 value."""

from __future__ import annotations

from tidings.views.formats import to_table
from tidings.web.pages import templates


def test_the_table_format_shows_a_label_next_to_a_date() -> None:
    out = to_table([{"date": "2019-W46-WE", "plover": "ASSAULT"}], ["date", "plover"])
    assert "2019-W46-WE (weekend of 16–17 Nov 2019)" in out


def test_templates_have_the_label_function() -> None:
    render = templates.env.from_string("{{ with_label(d) }}").render
    assert render(d="2024-Q1") == "2024-Q1 (Q1 2024)"
    assert render(d=None) == ""
