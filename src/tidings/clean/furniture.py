"""Remove page furniture: whole-line rules (adverts, "Read More", share counters, contact footers),
navigation menus (bullet lists of short items, runs of short lines, "A | B" bars, breadcrumbs) and
repeated lines (a headline repeated as a teaser keeps its first copy).

Each pass returns the lines it keeps and the `RemovedLine`s it dropped, so nothing vanishes unseen.
"""

from __future__ import annotations

import re

from tidings.clean.lines import Line, comparable, is_body, is_heading, strip_bullet, word_count
from tidings.clean.rules import Rules
from tidings.records import RemovedLine

Pass = tuple[list[Line], list[RemovedLine]]


def line_rule(text: str, rules: Rules, light: bool) -> str | None:
    """The name of the first furniture rule the whole line matches, if any."""
    item = strip_bullet(text, rules)
    words = word_count(item)
    for rule in rules.lines:
        if light and not rule.light:
            continue
        if rule.max_words is not None and words > rule.max_words:
            continue
        if rule.pattern.fullmatch(item) or rule.pattern.fullmatch(text):
            return rule.name
    return None


def drop_rule_lines(lines: list[Line], rules: Rules, light: bool) -> Pass:
    kept: list[Line] = []
    removed: list[RemovedLine] = []
    for line in lines:
        reason = line_rule(line.text, rules, light)
        if reason:
            removed.append(RemovedLine(line.text, reason))
        else:
            kept.append(line)
    return kept, removed


def _is_menu_item(text: str, rules: Rules, max_words: float) -> bool:
    return 0 < word_count(text) <= max_words and is_heading(text, rules) and not text.endswith("?")


def _bullet_runs(lines: list[Line], rules: Rules) -> list[tuple[int, int]]:
    """(start, end) index ranges of consecutive bullet lines."""
    bullet = rules.pattern("menu.bullet")
    runs: list[tuple[int, int]] = []
    start = None
    for i, line in enumerate([*lines, Line("", -1)]):
        if line.text and bullet.match(line.text):
            start = i if start is None else start
        elif start is not None:
            runs.append((start, i))
            start = None
    return runs


def _menu_bullets(lines: list[Line], rules: Rules) -> set[int]:
    """Indexes of bullet lines forming a navigation list: mostly short items that are not sentences."""
    menu: set[int] = set()
    max_words = rules.number("menu", "item_max_words")
    for start, end in _bullet_runs(lines, rules):
        items = [strip_bullet(lines[i].text, rules) for i in range(start, end)]
        short = sum(_is_menu_item(item, rules, max_words) for item in items)
        if len(items) >= rules.number("menu", "bullet_run_min") and short >= rules.number(
            "menu", "bullet_short_share"
        ) * len(items):
            menu.update(range(start, end))
    return menu


def _menu_plain_runs(lines: list[Line], rules: Rules) -> set[int]:
    """Indexes of runs of short lines inside one block ("Home / News / World / Sport" one per line)."""
    menu: set[int] = set()
    max_words = rules.number("menu", "plain_item_max_words")
    run: list[int] = []
    for i, line in enumerate(lines):
        fits = _is_menu_item(line.text, rules, max_words)
        if fits and run and lines[run[-1]].block == line.block:
            run.append(i)
            continue
        if len(run) >= rules.number("menu", "plain_run_min"):
            menu.update(run)
        run = [i] if fits else []
    if len(run) >= rules.number("menu", "plain_run_min"):
        menu.update(run)
    return menu


def _is_bar(text: str, rules: Rules, kind: str, separators: str) -> bool:
    if not rules.pattern(f"menu.{kind}").match(text):
        return False
    items = [item.strip() for item in re.split(separators, text)]
    return all(0 < word_count(item) <= rules.number("menu", f"{kind}_item_max_words") for item in items)


def drop_menus(lines: list[Line], rules: Rules) -> Pass:
    """Remove navigation: bullet menus, short-line runs, bars and breadcrumbs."""
    menu = _menu_bullets(lines, rules) | _menu_plain_runs(lines, rules)
    kept: list[Line] = []
    removed: list[RemovedLine] = []
    for i, line in enumerate(lines):
        item = strip_bullet(line.text, rules)
        is_bar = _is_bar(item, rules, "bar", r"[|｜]") or _is_bar(item, rules, "breadcrumb", r"\s[>»›/]\s")
        if i in menu or is_bar:
            removed.append(RemovedLine(line.text, "nav-menu"))
        else:
            kept.append(line)
    return kept, removed


def drop_repeats(lines: list[Line], rules: Rules) -> Pass:
    """Keep the first copy of any line seen again (teaser headlines, duplicated paragraphs)."""
    seen: set[str] = set()
    kept: list[Line] = []
    removed: list[RemovedLine] = []
    for line in lines:
        key = comparable(strip_bullet(line.text, rules))
        if len(key) >= rules.number("repeats", "min_chars") and key in seen:
            reason = "repeated-headline" if is_heading(line.text, rules) else "repeated-line"
            removed.append(RemovedLine(line.text, reason))
            continue
        seen.add(key)
        kept.append(line)
    return kept, removed


def _is_paragraph(line: Line, rules: Rules) -> bool:
    return word_count(line.text) >= rules.number("region", "body_min_words") and is_body(line.text, rules)


def _runs(lines: list[Line], rules: Rules) -> list[tuple[int, int, int]]:
    """(first, last, characters) of each run of paragraphs separated by fewer than max_gap other lines.

    A short line that ends like a sentence extends a run (a closing "He declined to comment.") but
    does not start one.
    """
    runs: list[tuple[int, int, int]] = []
    max_gap = rules.number("region", "max_gap")
    for i, line in enumerate(lines):
        near = bool(runs) and i - runs[-1][1] - 1 < max_gap
        if _is_paragraph(line, rules):
            if near:
                runs[-1] = (runs[-1][0], i, runs[-1][2] + len(line.text))
            else:
                runs.append((i, i, len(line.text)))
        elif near and is_body(line.text, rules):
            runs[-1] = (runs[-1][0], i, runs[-1][2])
    return runs


def main_region(lines: list[Line], rules: Rules) -> tuple[int, int] | None:
    """Index range [start, end) of the article's lines in a page dump; None if no line is a paragraph."""
    runs = _runs(lines, rules)
    if not runs:
        return None
    best = max(size for _, _, size in runs)
    kept = [(first, last) for first, last, size in runs if size >= rules.number("region", "keep_share") * best]
    return kept[0][0], kept[-1][1] + 1


def drop_outside(lines: list[Line], region: tuple[int, int], header: int) -> Pass:
    """Remove lines before the article's header zone and after its last paragraph."""
    start, end = region
    first = max(0, start - header)
    removed = [RemovedLine(line.text, "outside-main-text") for line in (*lines[:first], *lines[end:])]
    return lines[first:end], removed


def split_headline(lines: list[Line], title: str, rules: Rules) -> tuple[list[Line], list[Line]]:
    """([headline], rest) when the extracted article opens with its own title, else ([], lines).

    An extractor that keeps the <h1> of the article puts the headline above the first paragraph: it is the
    story's first sentence (often its main event) and stays in the text; copies elsewhere stay furniture,
    and so does a title too short to tell anything ("Press releases"). The page's <title> may add the
    site's name ("Headline | Site"): the headline is then one part of it.
    """
    if not lines:
        return [], lines
    parts = [title, *rules.pattern("title.headline_separator").split(title)]
    first = comparable(lines[0].text)
    if any(first == comparable(part) for part in parts) and word_count(lines[0].text) >= rules.number(
        "title", "headline_min_words"
    ):
        return lines[:1], lines[1:]
    return [], lines


def drop_title_copies(lines: list[Line], title: str) -> Pass:
    """Remove copies of a title known from the markup or a container (the <h1> above the text)."""
    key = comparable(title)
    removed = [RemovedLine(line.text, "title") for line in lines if comparable(line.text) == key]
    return [line for line in lines if comparable(line.text) != key], removed
