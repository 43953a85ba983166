"""Find the title and the byline in the lines above the first body paragraph."""

from __future__ import annotations

import re

from tidings.clean.dates import parse_date
from tidings.clean.lines import Line, is_body, is_heading, word_count
from tidings.clean.metadata import Found, author_in
from tidings.clean.rules import Rules
from tidings.records import RemovedLine


def header_size(lines: list[Line], rules: Rules) -> int:
    """How many lines come before the first body paragraph."""
    for i, line in enumerate(lines):
        if is_body(line.text, rules):
            return i
    return len(lines)


READ_STAMP_LINES = True  # switch: a date stamp line above the first paragraph gives the page date (s22c)
_WORD = re.compile(r"[^\W\d_]+")


def stamp_date(text: str, rules: Rules) -> str | None:
    """The date of a header line that is a date stamp ("Updated: November 11, 2011 18:50 IST", "Tuesday 28 April
    2009 22.34 BST", "POSTED: 1052 GMT (1852 HKT), April 10, 2007"): its first date, when the line is short and
    holds little besides its dates, clock times, abbreviations and weekdays (`stamp_line` in metadata.toml). A
    plain-text article keeps its date there, under the title, in as many shapes as there are outlets."""
    if word_count(text) > rules.number("stamp_line", "max_words"):
        return None
    dates = list(rules.pattern("stamp_line.date").finditer(text))
    if not dates:
        return None
    rest = rules.pattern("stamp_line.date").sub(" ", text)
    rest = rules.pattern("stamp_line.furniture").sub(" ", rest)
    if len(_WORD.findall(rest)) > rules.number("stamp_line", "max_rest_words"):
        return None
    return parse_date(dates[0].group(0), rules)


def _title_index(lines: list[Line], header: int, rules: Rules) -> int | None:
    """The title among the header lines: the longest heading-like line (the first of equals)."""
    candidates = [
        i for i in range(header) if is_heading(lines[i].text, rules) and any(c.isalpha() for c in lines[i].text)
    ]
    return max(candidates, key=lambda i: (word_count(lines[i].text), -i), default=None)


def lift_title_and_author(lines: list[Line], rules: Rules, found: Found) -> tuple[list[Line], str | None]:
    """Lift the byline and the title out of the lines above the first paragraph; drop the rest of them
    (section labels, reading times, share buttons of a page dump).

    Role bylines ("Chinese ambassador to KazakhstanZhang Xiao") are only read after the title, where a
    headline such as "Kazakh President meets Xi Jinping" cannot be mistaken for one.
    """
    header = header_size(lines, rules)
    bylines = {i for i in range(header) if found.author is None and author_in(lines[i].text, rules, after_title=False)}
    stamps = {i: day for i in range(header) if READ_STAMP_LINES and (day := stamp_date(lines[i].text, rules))}
    for i in sorted(stamps)[:1]:
        found.set_published(stamps[i])
    rest = [i for i in range(header) if i not in bylines and i not in stamps]
    title_at = _title_index([lines[i] for i in rest], len(rest), rules)
    title_index = rest[title_at] if title_at is not None else None
    for i in range(header):
        after_title = title_index is not None and i > title_index
        if i != title_index and (author := author_in(lines[i].text, rules, after_title)) and not found.author:
            found.set_author(author)
            found.removed.append(RemovedLine(lines[i].text, "author"))
        elif i == title_index:
            found.removed.append(RemovedLine(lines[i].text, "title"))
        elif i in stamps:
            found.removed.append(RemovedLine(lines[i].text, "date-stamp"))
        else:
            found.removed.append(RemovedLine(lines[i].text, "header"))
    return lines[header:], lines[title_index].text if title_index is not None else None
