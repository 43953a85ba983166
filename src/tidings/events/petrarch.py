"""Read a PETRARCH verb dictionary (e.g. PETR.Validate.verbs.txt) into a PatternBook.

Used to run the PETRARCH-2 functional tests with the dictionaries they were written for: they test
the coder's handling of compounds, passives, agents, dates ..., not our own verb lists. The PETRARCH
pattern language is read approximately:
- `--- VERB [CODE] ---` opens a verb block; CODE is the verb's default ("---": none);
- the lines after it name the verb's forms (`BREAK { BROKE BROKEN }`, `+BREAK_DOWN ...` phrasal);
- `- WORDS * WORDS [CODE]`: words that must occur before / after the verb (in order, gaps allowed),
  `_` joins words, `&SET` is any word of a synonym set, `+ $ % ^` (actor slots) are ignored;
- `&SET` followed by `+WORD` lines defines a synonym set.
PETRARCH codes future and negated events like facts, so the book has no frames and no future recoding.
PETRARCH takes as target, when no slot names one, the first actor after the verb in its phrase, clauses
included (`PatternBook.subtree_targets`).
"""

from __future__ import annotations

import re
from pathlib import Path

from tidings.errors import TidingsError
from tidings.events.patterns import Pattern, PatternBook, Speech, load_modality, patterns_dir

Alternatives = frozenset[tuple[str, ...]]
SLOT_MARKS = frozenset({"+", "$", "%", "^"})
_HEADER = re.compile(r"^---\s*(\S+)\s*\[([^\]]*)\]\s*---")
_CODE = re.compile(r"\[([^\]]*)\]")


def _code(raw: str, part: int = 0) -> str | None:
    pieces = raw.strip().split(":")
    code = pieces[part].strip() if part < len(pieces) else ""
    return None if not code or set(code) <= {"-", "+"} else code


def _strip(line: str) -> str:
    return line.split("#", 1)[0].strip()


def read_synsets(lines: list[str]) -> dict[str, Alternatives]:
    """`&NAME` then `+WORD` lines: name → alternatives (each a tuple of words)."""
    sets: dict[str, set[tuple[str, ...]]] = {}
    current: str | None = None
    for raw in lines:
        line = _strip(raw)
        if line.startswith("&") and " " not in line.strip():
            current = line[1:].strip().upper()
            sets[current] = set()
        elif current and line.startswith("+"):
            words = line[1:].replace("_", " ").lower().split()
            if words:
                sets[current].add(tuple(words))
        elif line or raw.strip().startswith("---"):
            current = None
    return {name: frozenset(words) for name, words in sets.items()}


def _expand(token: str, synsets: dict[str, Alternatives]) -> Alternatives | None:
    token = token.strip()
    if not token or token in SLOT_MARKS:
        return None
    if token.startswith("&"):
        return synsets.get(token[1:].upper().rstrip("_"), frozenset())
    word = token.lower().strip("+$%^")
    return frozenset({(word,)}) if word else None


def parse_phrase(text: str, synsets: dict[str, Alternatives]) -> tuple[tuple[Alternatives, ...], ...] | None:
    """"SAID WILL_*_TALKS" → (before words, after words); None when there is no `*`."""
    pieces = [p for chunk in text.split() for p in re.split(r"_(?=&)|(?<=\S)_(?=\S)", chunk) if p]
    if "*" not in pieces:
        return None
    star = pieces.index("*")
    before = tuple(a for p in pieces[:star] if (a := _expand(p, synsets)) is not None)
    after = tuple(a for p in pieces[star + 1:] if (a := _expand(p, synsets)) is not None)
    return before, after


def _forms(line: str) -> list[tuple[str, str | None]]:
    """`BREAK { BROKE BROKEN }` → [("break", None), ("broke", None) ...]; `+BREAK_DOWN` → [("break", "down")]."""
    out = []
    for word in re.findall(r"[+]?[A-Za-z][A-Za-z_']*", line):
        parts = word.lstrip("+").lower().strip("_").split("_")
        out.append((parts[0], parts[1] if len(parts) > 1 else None))
    return out


def read_verbs(path: Path) -> dict[str, list[Pattern]]:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise TidingsError("T501", str(path), f"PETRARCH verb file unreadable ({exc.strerror})") from None
    synsets = read_synsets(lines)
    table: dict[str, list[Pattern]] = {}
    block: tuple[list[tuple[str, str | None]], str | None] | None = None
    patterns: list[Pattern] = []
    for number, raw in enumerate(lines, 1):
        line = _strip(raw)
        header = _HEADER.match(raw.strip())
        if header:
            _close(block, patterns, table)
            block, patterns = ([], header.group(2) if _code(header.group(2)) else None), []
            block[0].append((header.group(1).lower().strip("_"), None))
        elif block is not None and line.startswith("-"):
            code = _CODE.search(line)
            phrase = parse_phrase(_CODE.sub("", line[1:]), synsets)
            if code and phrase is not None and _code(code.group(1)):
                patterns.append(Pattern("", _code(code.group(1)) or "", f"{path.name}:{number}",
                                        before=phrase[0], after=phrase[1], reverse=_code(code.group(1), 1)))
        elif block is not None and line and not line.startswith(("&", "<")):
            block[0].extend(_forms(line.split("[", 1)[0]))
    _close(block, patterns, table)
    return table


def _close(block: tuple[list[tuple[str, str | None]], str | None] | None, patterns: list[Pattern],
           table: dict[str, list[Pattern]]) -> None:
    """File the block's patterns under every form of its verb, longest phrases first, default last."""
    if block is None:
        return
    forms, default = block
    ordered = sorted(patterns, key=lambda p: -(len(p.before) + len(p.after)))
    for form, particle in dict.fromkeys(forms):
        entries = table.setdefault(form, [])
        for pattern in ordered:
            entries.append(_for_form(pattern, form, particle))
        if default:
            entries.append(Pattern(form, _code(default) or "", f"default of {forms[0][0]}", particle=particle,
                                   reverse=_code(default, 1)))


def _for_form(pattern: Pattern, form: str, particle: str | None) -> Pattern:
    return Pattern(form, pattern.code, pattern.where, particle=particle, before=pattern.before, after=pattern.after,
                   reverse=pattern.reverse)


def book_from_petrarch(verbs_path: str | Path) -> PatternBook:
    """A pattern book from a PETRARCH verb dictionary: no nouns, frames, speech or future recoding."""
    verbs = read_verbs(Path(verbs_path))
    speech = Speech(frozenset(), "010", frozenset(), "")
    modality = load_modality(patterns_dir() / "modality.toml")
    return PatternBook(verbs, {}, {}, {}, speech, {}, modality, subtree_targets=True, loose_phrases=True,
                       discards=False)
