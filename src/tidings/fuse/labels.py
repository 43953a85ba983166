"""Names of countries and international organisations by code, for headlines and actor labels."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Country and organisation codes → names (data/actors/countries.tsv, organizations.tsv)."""
    out: dict[str, str] = {}
    folder = files("tidings") / "data" / "actors"
    for name, code_col, name_col in (("organizations.tsv", 0, 1), ("countries.tsv", 0, 1)):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if line.startswith("#") or len(cells) <= name_col or cells[code_col] in ("code", "id"):
                continue
            out[cells[code_col].strip()] = cells[name_col].strip()
    return out


def country_name(code: str) -> str | None:
    return country_names().get(code)
