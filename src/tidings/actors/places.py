"""Where a place lies: the gazetteer `data/actors/places.tsv` (cities, towns, provinces → country).

Places are not actors ("Samarra" does nothing), so they are kept out of the actor finder; the event coder
asks this table for the country of a place an event happened in ("a roadside bombing near Samarra") or
an actor is based in ("a newspaper based in east Beirut"). Capitals are in countries.tsv and found by the
actor finder already.
"""

from __future__ import annotations

from functools import lru_cache

import tidings.actors.tables as tables


def _gazetteer(name: str) -> dict[str, str]:
    """Lower-cased place name → ISO 3166 alpha-3 code, from a shipped place table (`place`, `country` columns)."""
    path = tables.data_dir() / name
    if not path.exists():
        return {}
    _, rows, _ = tables.read_rows(path)
    return {row["place"].lower(): row["country"] for row in rows if row.get("country")}


@lru_cache(maxsize=1)
def place_countries() -> dict[str, str]:
    """The curated gazetteer `places.tsv`."""
    return _gazetteer("places.tsv")


def country_of_place(name: str) -> str | None:
    """The country a named place lies in ("Samarra" → IRQ), or None when the gazetteer does not know it."""
    return place_countries().get(" ".join(name.split()).lower())


@lru_cache(maxsize=1)
def capital_countries() -> dict[str, str]:
    """Lower-cased capital name → country code, from countries.tsv (`tables.country_actors`)."""
    _, rows, _ = tables.read_rows(tables.data_dir() / "countries.tsv")
    return {capital.lower(): actor.country or actor.id
            for actor, _, capitals in tables.country_actors(rows, "countries.tsv") for capital in capitals}


def country_of_capital(name: str) -> str | None:
    """The country whose capital `name` is ("Kyiv" → UKR): for a capital told as the place of an act, which the
    actor finder leaves out as no actor."""
    return capital_countries().get(" ".join(name.split()).lower())


@lru_cache(maxsize=1)
def town_countries() -> dict[str, str]:
    """Lower-cased town name → ISO 3166 alpha-3 code, from `data/actors/towns.tsv` (GeoNames towns of 5,000 people
    or more whose name one country dominates)."""
    return _gazetteer("towns.tsv")


def country_of_town(name: str) -> str | None:
    """The country of a town the curated gazetteer may not know ("Troy" → USA); `country_of_place` first. Town names
    are often surnames or words too: callers read them only beside a police, court or council word."""
    key = " ".join(name.split()).lower()
    return place_countries().get(key) or town_countries().get(key)
