#!/usr/bin/env python3
"""Convert PETRARCH-2's CAMEO verb dictionary (CAMEO.2.0.txt, MIT) into tidings' imported verb table.

    python tools/convert_cameo_verbs.py ../shared/event_coding_gold/petrarch/CAMEO.2.0.txt \
        src/tidings/data/patterns/cameo_verbs.tsv

What is read (PETRARCH's verb-dictionary language, as documented in PETRreader.read_verb_dictionary):
- synonym sets: `&NAME` followed by `+WORD` lines; `&NAME` inside a pattern is any of its words;
- verb blocks: `---  NAME  [CODE]  ---` opens a block whose CODE is the default of every verb listed under
  it; a verb line names a form (`BEAT {BEATS BEATING BEATEN} [182]`: irregular forms in braces, its own code
  in brackets), `+WIPE_OUT` a verb with a particle;
- patterns: `- WORDS * WORDS [CODE]`: words that must come before / after the verb `*` (in order, gaps
  allowed); `$` source, `+` target, `%` compound and `^` skip slots are dropped (tidings finds actors from the
  parse); parentheses (prepositional phrases) and braces (noun phrases) only group words, so they are dropped
  too; `[A:B]` gives a second event from target back to source; `[---]` says the phrase is NOT an event
  ("killed in a training accident"), kept as a blocking line with code `-`. A pattern with only a reverse code
  (`[:173]`, "* THREATS": the subject is the one acted on) is left out: read as "-" it would block the verb.

Output: tab-separated lines of three kinds, in the dictionary's order:
    &NAME   word|word_two|...                          a synonym set (words `_`-joined)
    VERB    BLOCK   DEFAULT   form[_particle][=code] ...   a verb block: its default code, its forms
    -       CODE    REVERSE   BEFORE   AFTER   ORIGIN  [VERBS]   a pattern of the last block
VERBS (from the pattern's comment, "# KILL , KILLED_AND") name the verbs of the block the pattern was written
for: TABARI's patterns were merged into WordNet blocks, and a pattern is sure only for its own verbs.
with `-` for "none" (a pattern CODE `-` blocks the verb: not an event). BEFORE and AFTER are space-separated
elements, each a word (`_` joins the words of one phrase), alternatives (`to|for`, PETRARCH's "TO/FOR") or `&NAME`.
The header keeps the dictionary's copyright and MIT licence.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HEADER = re.compile(r"^---\s*(\S+)\s*\[([^\]]*)\]\s*---")
CODE = re.compile(r"\[([^\]]*)\]")
SLOTS = frozenset({"$", "+", "%", "^"})


def strip_comment(line: str) -> str:
    return line.split("#", 1)[0].strip()


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """`&NAME` then `+WORD` lines → NAME: ["word", "prime_minister", ...] (in file order)."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = strip_comment(raw)
        if line.startswith("&") and " " not in line:
            current = line[1:].upper().rstrip("_")
            sets[current] = []
        elif current and line.startswith("+"):
            word = line[1:].strip().strip("_").lower()
            if word and word not in sets[current]:
                sets[current].append(word)
        elif line or raw.startswith("---"):
            current = None
    return sets


def split_code(raw: str) -> tuple[str, str]:
    """"042:043" → ("042", "043"); "---" → ("-", "-"): a code, "-" for none."""
    main, _, reverse = raw.partition(":")

    def one(code: str) -> str:
        code = code.strip()
        return code if code.isdigit() and 2 <= len(code) <= 4 else "-"

    return one(main), one(reverse)


def element(token: str) -> str | None:
    """One pattern word (`&NAME` kept as a set reference); None for slots and empty tokens."""
    token = token.strip().strip("(){}")
    if not token or token in SLOTS:
        return None
    if token.startswith("&"):
        return "&" + token[1:].upper().rstrip("_")
    word = token.strip("$+%^_").lower()
    if "/" in word:  # "(TO/FOR PROTEST)": either word; written "to|for", a set of alternatives
        word = "|".join(w for w in word.split("/") if w)
    return word or None


def phrase(text: str) -> tuple[list[str], list[str]] | None:
    """"&MILITARY * (TO BORDER)" → (["&MILITARY"], ["to", "border"]); None without `*`."""
    spaced = re.sub(r"([(){}])", r" \1 ", text)
    pieces = [p for chunk in spaced.split() for p in re.split(r"_(?=&)|(?<=[^\s_])_(?=\*)|(?<=\*)_", chunk) if p]
    if "*" not in pieces:
        return None
    star = pieces.index("*")
    before = [e for p in pieces[:star] if (e := element(p))]
    after = [e for p in pieces[star + 1:] if (e := element(p))]
    return before, after


def verb_form(line: str) -> str | None:
    """A verb line → `lemma[_particle][=code]`: `BEAT {BEATS BEATING BEATEN} [182]` → `beat=182`."""
    code_match = CODE.search(line)
    own = split_code(code_match.group(1))[0] if code_match else "-"
    head = re.sub(r"\{[^}]*\}", " ", CODE.sub(" ", line)).split()
    if not head:
        return None
    form = head[0].lstrip("+").strip("_").lower()
    if not form.split("_")[0].isalpha():
        return None
    return form + (f"={own}" if own != "-" else "")


def convert(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = read_synsets(lines)
    rows = [f"&{name}\t{'|'.join(words)}" for name, words in synsets.items() if words]
    in_verbs = False
    block: list[str] | None = None
    patterns: list[str] = []

    def close() -> None:
        if block is not None and len(block) > 3:
            rows.append("\t".join(block[:3]) + "\t" + " ".join(dict.fromkeys(block[3:])))
            rows.extend(patterns)

    for number, raw in enumerate(lines, 1):
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not in_verbs:
            continue
        header = HEADER.match(raw.strip())
        line = strip_comment(raw)
        if header:
            close()
            block, patterns = ["VERB", header.group(1).upper(), split_code(header.group(2))[0]], []
        elif block is not None and line.startswith("-"):
            code_match = CODE.search(line)
            found = phrase(CODE.sub(" ", line[1:])) if code_match else None
            if code_match is None or found is None or not (found[0] or found[1]):
                continue
            if any(e.startswith("&") and not synsets.get(e[1:]) for e in found[0] + found[1]):
                continue  # a set the dictionary never defines: the pattern can never match
            raw_code = code_match.group(1).strip().rstrip("!")  # "[080!]": one pattern's stray mark
            code, reverse = split_code(raw_code)
            if code == "-" and raw_code.strip("-"):
                # "[:173]": only the event from the target back to the subject ("X received threats": someone
                # threatened X). tidings cannot turn a verb's subject into the target, and a "-" here would make
                # the phrase a block ("not an event"), silencing the verb's other lines; the pattern is left out.
                continue
            before, after = (" ".join(part) or "-" for part in found)
            comment = raw.split("#", 1)[1] if "#" in raw else ""
            origin = ",".join(dict.fromkeys(w.strip("_").lower() for w in re.findall(r"[A-Za-z_]+", comment)))
            patterns.append(f"-\t{code}\t{reverse}\t{before}\t{after}\t{path.name}:{number}"
                            + (f"\t{origin}" if origin else ""))
        elif block is not None and line and not line.startswith(("&", "<")):
            form = verb_form(line)
            if form:
                block.append(form)
    close()
    return rows


def licence(path: Path) -> list[str]:
    """The dictionary's own header lines from its copyright notice to the end of the MIT licence."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next((i for i, line in enumerate(lines) if "MIT License" in line), 0)
    end = next((i for i, line in enumerate(lines[start:], start) if "DEALINGS IN THE SOFTWARE" in line), start)
    return lines[start:end + 1]


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    source, target = Path(argv[1]), Path(argv[2])
    rows = convert(source)
    head = [
        "# Verb patterns imported from PETRARCH-2's CAMEO verb dictionary (CAMEO.2.0.txt, Open Event Data",
        "# Alliance, last update 30 April 2015; github.com/openeventdata/petrarch2), converted by",
        "# tools/convert_cameo_verbs.py (format in its docstring and docs/events.md). Do not edit: regenerate.",
        "# tidings' own verbs.txt overrides these lines verb by verb. The original licence follows.",
        "#",
        *(("# " + line.lstrip("# ")).rstrip() for line in licence(source)),
        "#",
        "# &NAME words | VERB block default forms | - code reverse before after origin",
    ]
    target.write_text("\n".join([*head, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} lines written to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
