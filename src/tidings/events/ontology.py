"""CAMEO and PLOVER as lookups: names, Goldstein scores, quad classes and the CAMEO→PLOVER crosswalk.

The facts live in `tidings/data/ontology/` (see SOURCES.md there); this module only reads them once
and answers questions by dictionary lookup, so coding an event costs a few hash probes.
A code missing from a table falls back to its parent (`0874` → `087` → `08`), the way CAMEO is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from tidings.errors import TidingsError


@dataclass(frozen=True, slots=True)
class PloverType:
    """The PLOVER reading of a CAMEO code: event type plus the optional mode and context."""

    event: str
    mode: str | None = None
    context: str | None = None


@dataclass(frozen=True, slots=True)
class Ontology:
    """Every CAMEO fact the coder needs, keyed by CAMEO code string ("043", "1123")."""

    names: dict[str, str]
    goldstein: dict[str, float]
    plover: dict[str, PloverType]
    penta: dict[str, int]

    def _walk(self, code: str) -> list[str]:
        """The code and its ancestors, most specific first: "0874" → ["0874", "087", "08"]."""
        chain = [code]
        if len(code) == 4:
            chain.append(code[:3])
        if len(code) >= 3:
            chain.append(code[:2])
        return chain

    def known(self, code: str) -> bool:
        return code in self.names

    def name(self, code: str) -> str:
        return next((self.names[c] for c in self._walk(code) if c in self.names), "")

    def goldstein_of(self, code: str) -> float:
        return next((self.goldstein[c] for c in self._walk(code) if c in self.goldstein), 0.0)

    def plover_of(self, code: str) -> PloverType:
        """PLOVER type; the root's type when the code itself is not in the crosswalk."""
        found = next((self.plover[c] for c in self._walk(code) if c in self.plover), None)
        return found or PloverType("")

    def penta_class(self, code: str) -> int:
        """Phoenix PentaClass (0 statements/appeals ... 4 material conflict; 16 is verbal conflict)."""
        return self.penta.get(code[:2], 0)

    @staticmethod
    def quad_class(code: str) -> int:
        """GDELT QuadClass: 1 verbal coop (01–05), 2 material coop (06–08), 3 verbal conflict (09–13),
        4 material conflict (14–20); 0 for a code that is not CAMEO (test dictionaries)."""
        if not code[:2].isdigit():
            return 0
        root = int(code[:2])
        if root <= 5:
            return 1
        if root <= 8:
            return 2
        return 3 if root <= 13 else 4


def _data_dir() -> Path:
    return Path(str(files("tidings") / "data" / "ontology"))


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise TidingsError("T501", str(path), f"ontology table unreadable ({exc.strerror})") from None


def _read_tsv(path: Path) -> dict[str, str]:
    """Two-column table with a header line: CODE<TAB>VALUE."""
    lines = [line for line in _read_lines(path) if not line.startswith("#")]
    rows = (line.split("\t", 1) for line in lines[1:] if "\t" in line)
    return {code.strip(): value.strip() for code, value in rows}


def parse_crosswalk_line(line: str) -> tuple[str, PloverType] | None:
    """`043: CONSULT, visit,   # Host a visit` → ("043", PloverType("CONSULT", "visit", None))."""
    body = line.split("#", 1)[0].strip()
    if ":" not in body or not body[:1].isdigit():
        return None
    code, rest = (part.strip() for part in body.split(":", 1))
    fields = [f.strip() for f in rest.split(",")] + ["", ""]
    return code, PloverType(fields[0], fields[1] or None, fields[2] or None)


def _read_crosswalk(*paths: Path) -> dict[str, PloverType]:
    table: dict[str, PloverType] = {}
    for path in paths:
        for line in _read_lines(path):
            parsed = parse_crosswalk_line(line)
            if parsed is not None:
                table.setdefault(parsed[0], parsed[1])  # first entry wins (175 is listed twice)
    return table


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The shipped tables, read once per process."""
    folder = _data_dir()
    goldstein = {k: float(v) for k, v in _read_tsv(folder / "cameo_goldstein.tsv").items()}
    # the supplement first: its lines add codes the 2021 crosswalk leaves out and override the few it maps against
    # the PLOVER manual (first entry wins)
    plover = _read_crosswalk(folder / "cameo2plover_supplement.txt", folder / "cameo2plover.txt")
    penta = {k: int(v) for k, v in _read_tsv(folder / "penta_class.tsv").items() if v.isdigit()}
    return Ontology(_read_tsv(folder / "cameo_eventcodes.tsv"), goldstein, plover, penta)
