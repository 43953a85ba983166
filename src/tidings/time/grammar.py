"""The temporal grammar: lexicon and rules from data files, compiled once, matched over text.

Rules live in `data/time/rules.toml` and words in `data/time/lexicon.toml` (see docs/time.md);
this module only expands the `{MACRO}`s, compiles the patterns and picks, among overlapping
matches, the longest (then the earliest rule). Matching is plain `re`: the whole stage costs a
small fraction of a spaCy parse.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

# Lexicon tables whose keys become a macro, and whether the words must be capitalized.
_WORD_MACROS = {
    "NUM": "numbers",
    "UNIT": "units",
    "SEASON": "seasons",
    "PART": "parts_of_day",
    "PMOD": "period_mods",
    "QMOD": "quantity_mods",
    "CMOD": "clock_mods",
    "ORD": "ordinals",
    "SETWORD": "sets",
    "HOLIDAY": "holidays",
    "MHOLIDAY": "moving_holidays",
    "DAYWORD": "day_words",
    "REF": "refs",
    "CENTURYWORD": "century_words",
    "NAMEDDAY": "named_days",
}


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str
    regex: re.Pattern[str]
    type: str | None
    value: str | None
    order: int
    needs: tuple[str, ...] = ()  # lower-case words one of which a window must hold for the rule to run


@dataclass(frozen=True, slots=True)
class Match:
    """One accepted grammar match: the extent and the named groups that carry its meaning."""

    start: int
    end: int
    rule: Rule
    groups: dict[str, str]


def _data(name: str) -> dict[str, Any]:
    return tomllib.loads(files("tidings").joinpath("data", "time", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The word tables of lexicon.toml, keys lower-cased."""
    raw = _data("lexicon.toml")
    return {table: {str(k).lower(): v for k, v in words.items()} for table, words in raw.items()}


def alternation(words: list[str]) -> str:
    """One regex for a word list, as a trie: Python's re tries alternatives one by one, so
    sharing prefixes ("a couple of|a dozen|a few" -> "a (?:couple of|dozen|few)") is much faster."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [_char(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    if ends:
        body += "?" if len(branches) > 1 or body.startswith("(?:") else ""
        if not body.endswith("?"):
            body = "(?:" + body + ")?"
    return body


def _char(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _capitalized(words: list[str]) -> str:
    """Capitalized or upper-case forms only, whatever the rule's case-insensitive flag."""
    forms = [w.capitalize() for w in words] + [w.upper() for w in words]
    return "(?-i:" + alternation(forms) + ")"


def _month_macro(months: dict[str, int]) -> str:
    # An abbreviation is a name that begins a longer name of its month ("Sept", "Jun"; not "June",
    # "May"). It needs a full stop or a following number: "Jan" alone is a first name.
    short = [m for m in months if any(o != m and o.startswith(m) and months[o] == months[m] for o in months)]
    full = [m for m in months if m not in short]
    return f"(?:{_capitalized(full)}|{_capitalized(short)}(?:\\.|(?=\\s+[0-9])))"


def _number_macro(numbers: dict[str, Any]) -> str:
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    words = alternation(list(numbers))
    # "15,000 years": a thousands separator belongs to the number (no match may start after it).
    digits = r"(?<![0-9][,.])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
    below_100 = f"(?:(?:{tens})[- ](?:{ones})|{words})"
    # "one hundred and twenty", "two hundred fifty": hundreds and the rest, in words
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rest = f"(?:(?:{tens})(?:[- ](?:{ones}))?|{teens}|{ones})"
    hundreds = f"(?:a|one|two|three|four|five|six|seven|eight|nine)[- ]hundred(?:(?:[- ]and)?[- ]{rest}(?![\\w]))?"
    base = f"(?:{digits}|{hundreds}|{below_100})"
    # "two and a half", "two-and-a-half-year" (hyphenated before a unit), "1 1/2", "1½": a whole and a half
    return f"(?:{base}(?:[\\s-]+and[\\s-]+a[\\s-]+half|\\s+1/2(?![0-9/])|½)?)"


@lru_cache(maxsize=1)
def macros() -> dict[str, str]:
    lex = lexicon()
    table = {name: alternation(list(lex.get(key, {}))) for name, key in _WORD_MACROS.items()}
    table["MONTH"] = _month_macro(lex["months"])
    table["WEEKDAY"] = _capitalized(list(lex["weekdays"]))
    table["NUM"] = _number_macro(lex["numbers"])
    table["SETWORD"] = alternation(list(lex["sets"]))
    table.update(_data("rules.toml").get("macros", {}))
    return table


def _expand(pattern: str, table: dict[str, str]) -> str:
    for _ in range(3):  # macros may use macros
        pattern = re.sub(r"\{([A-Z]+)\}", lambda m: table.get(m.group(1), m.group(0)), pattern)
    return _same_line(pattern)


def _same_line(pattern: str) -> str:
    r"""Make \s outside character classes stop at line ends: a title's last word and the
    dateline below it are not one expression."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            pair = pattern[i : i + 2]
            out.append("[^\\S\\n]" if pair == "\\s" and not in_class else pair)
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Every rule of rules.toml, compiled (case-insensitive, bounded by non-word characters)."""
    table = macros()
    compiled = []
    for order, spec in enumerate(_data("rules.toml")["rule"]):
        body = _expand(spec["pattern"], table)
        regex = re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)
        compiled.append(
            Rule(spec["name"], spec["kind"], regex, spec.get("type"), spec.get("value"), order,
                 tuple(word.lower() for word in spec.get("needs", ())))
        )
    return tuple(compiled)


def _extent(match: re.Match[str]) -> tuple[int, int]:
    if "tx" in match.re.groupindex and match.group("tx") is not None:
        return match.start("tx"), match.end("tx")
    return match.start(), match.end()


# Every expression holds a trigger (a digit, month, weekday, unit, day word...); rules only run
# in windows around triggers, reaching this far before the first and after the last one.
WINDOW_BEFORE = 60
WINDOW_AFTER = 80
_TRIGGER_TABLES = (
    "units", "seasons", "parts_of_day", "day_words", "refs", "sets", "holidays", "moving_holidays", "century_words",
    "named_days",
)
_TRIGGER_WORDS = ("quarter", "half", "century", "decade", "weekend", "weekends", "week-end", "time", "point", "date",
                  "moment", "noon", "midday", "midnight", "o'clock", "o’clock")


@lru_cache(maxsize=1)
def _trigger() -> re.Pattern[str]:
    lex = lexicon()
    words = [w for table in _TRIGGER_TABLES for w in lex.get(table, {})] + list(_TRIGGER_WORDS)
    return re.compile(
        rf"[0-9]|(?<![\w])(?:{alternation(words)})(?![\w])|{_month_macro(lex['months'])}"
        rf"|{_capitalized(list(lex['weekdays']))}",
        re.IGNORECASE,
    )


def windows(text: str) -> list[tuple[int, int]]:
    """Disjoint stretches of text around triggers: the only places a timex can be."""
    spans: list[tuple[int, int]] = []
    for m in _trigger().finditer(text):
        start, end = max(0, m.start() - WINDOW_BEFORE), min(len(text), m.end() + WINDOW_AFTER)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def candidates(text: str) -> list[Match]:
    """All matches of all rules, before overlaps are resolved. A rule with `needs` runs only in the
    windows that hold one of its words (a plain substring test, much cheaper than the regex)."""
    found = []
    spans = windows(text)
    lowered = [text[start:end].lower() for start, end in spans]
    for rule in rules():
        for (window_start, window_end), window in zip(spans, lowered, strict=True):
            if rule.needs and not any(word in window for word in rule.needs):
                continue
            for m in rule.regex.finditer(text, window_start, window_end):
                start, end = _extent(m)
                if end > start:
                    groups = {k: v for k, v in m.groupdict().items() if v is not None}
                    found.append(Match(start, end, rule, groups))
    return found


def select(found: list[Match]) -> list[Match]:
    """Non-overlapping matches: the longest first, then the earlier rule; in text order."""
    chosen: list[Match] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(found, key=lambda x: (-(x.end - x.start), x.rule.order, x.start)):
        if all(m.end <= s or m.start >= e for s, e in taken):
            chosen.append(m)
            taken.append((m.start, m.end))
    return sorted(chosen, key=lambda x: x.start)


def match_text(text: str) -> list[Match]:
    return select(candidates(text))
