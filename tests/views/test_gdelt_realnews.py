"""The GDELT 2.0 export of a store of real news pages, read with pandas under GDELT's own column names.

Four pages of the Scrapinghub article-extraction benchmark (read from ../shared, skipped when it is absent)
give events with countries, international organisations (UN, EU, WHO, an international militarized
group) and dates known only to the month or year. Each exported row is checked against the happening and
the event it came from: the country in CountryCode (an ISO 3166 code), an organisation in KnownGroupCode,
and the date in the GDELT field of its precision (SQLDATE for a day, MonthYear for a month, Year always),
never a made-up first of January.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest

from tidings.config import Settings
from tidings.eval import shared_dir
from tidings.pipeline import ingest
from tidings.store import Store
from tidings.views.export import GDELT_COLUMNS, country_codes, write_gdelt

pd = pytest.importorskip("pandas")
AEB = "corpora/scrapinghub_aeb/html"
PAGES = (  # polygraph.info (UN, an armed group, October 2018), nbcnews (EU, 1938), vox (WHO), chron (1967)
    "1ee91d1fce65e09be8b8d2d29eab771546d98ca2ba5c862941e660e9fec12432",
    "5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e",
    "16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56",
    "db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754",
)
SHARED = shared_dir(None, AEB)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    if SHARED is None:
        pytest.skip("the shared corpora are not beside the repository")
    folder = tmp_path_factory.mktemp("aeb")
    for name in PAGES:
        (folder / f"{name}.html").write_bytes(gzip.decompress((SHARED / AEB / f"{name}.html.gz").read_bytes()))
    db = folder / "s.db"
    with Store(str(db)) as store:
        ingest([str(folder)], store, Settings(db=str(db)), workers=1)
        out = folder / "events.export.CSV"
        with out.open("w", encoding="utf-8") as fh:
            write_gdelt(store, fh)
    table = pd.read_csv(out, sep="\t", header=None, names=list(GDELT_COLUMNS),
                        dtype={"SQLDATE": "Int64", "MonthYear": "Int64", "Year": "Int64", "EventCode": str,
                               "EventRootCode": str, "EventBaseCode": str, "GLOBALEVENTID": "Int64"})
    return table, db


def sources(db: Path) -> dict[int, dict[str, Any]]:
    """GLOBALEVENTID -> the happening and its first coded event (the row's evidence), from the store."""
    with Store(str(db), readonly=True) as store:
        rows = store.query(
            "SELECT h.id, h.date AS h_date, h.source_country AS h_source, h.target_country AS h_target, "
            "e.source_country, e.target_country FROM happenings h JOIN happening_mentions m "
            "ON m.happening_id = h.id AND m.kind = 'event' JOIN events e ON e.id = m.item_id "
            "WHERE h.cameo IS NOT NULL ORDER BY h.id, m.rowid")
    found: dict[int, dict[str, Any]] = {}
    for row in rows:
        found.setdefault(int(row["id"][1:16], 16), dict(row))
    return found


def test_every_row_is_a_happening_of_the_store(exported: tuple[Any, Path]) -> None:
    table, db = exported
    assert len(table) > 10 and list(table.columns) == list(GDELT_COLUMNS)
    assert set(table["GLOBALEVENTID"]) <= set(sources(db))
    assert table["EventRootCode"].str.len().eq(2).all()


def test_countries_and_known_groups(exported: tuple[Any, Path]) -> None:
    table, db = exported
    evidence = sources(db)
    isos = country_codes()
    for _, row in table.iterrows():
        source = evidence[row["GLOBALEVENTID"]]
        for actor, role in (("Actor1", "source"), ("Actor2", "target")):
            country = source[f"{role}_country"] or source[f"h_{role}"]
            given = row[f"{actor}CountryCode"] if pd.notna(row[f"{actor}CountryCode"]) else None
            group = row[f"{actor}KnownGroupCode"] if pd.notna(row[f"{actor}KnownGroupCode"]) else None
            if country in isos:
                assert (given, group) == (country, None)
            elif country:
                assert (given, group) == (None, country)
            else:
                assert (given, group) == (None, None)
    assert table["Actor1CountryCode"].notna().sum() + table["Actor2CountryCode"].notna().sum() > 10
    groups = set(table["Actor1KnownGroupCode"].dropna()) | set(table["Actor2KnownGroupCode"].dropna())
    assert groups and not groups & isos


def test_dates_in_the_field_of_their_precision(exported: tuple[Any, Path]) -> None:
    table, db = exported
    evidence = sources(db)
    kinds = set()
    for _, row in table.iterrows():
        value = evidence[row["GLOBALEVENTID"]]["h_date"]
        if value is None:
            continue
        kinds.add(len(value[:10]))
        assert row["Year"] == int(value[:4])
        if len(value[:10]) == 10:
            assert row["SQLDATE"] == int(value[:10].replace("-", ""))
            assert row["MonthYear"] == int(value[:7].replace("-", ""))
        elif len(value[:10]) == 7:
            assert pd.isna(row["SQLDATE"]) and row["MonthYear"] == int(value.replace("-", ""))
        else:
            assert pd.isna(row["SQLDATE"]) and pd.isna(row["MonthYear"]) and pd.isna(row["FractionDate"])
    assert {10, 4} <= kinds  # days and years at least, from these pages
