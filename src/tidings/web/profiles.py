"""Actors (who they are, the roles they held over time, their events) and a dyad's monthly trend."""

from __future__ import annotations

from typing import Any

from tidings.store import Store
from tidings.web.filters import Filters, event_where
from tidings.web.queries import Page, capped_count, list_events, table_exists

COUNTRY_LEN = 3
TOP_ACTORS = 200


def _actor_match(key: str) -> tuple[str, str]:
    """SQL over actor_mentions for an actor key: an ISO3 country (any actor of it) or an actor id."""
    if len(key) == COUNTRY_LEN and key.isalpha():
        return "country = :key", key.upper()
    return "actor_id = :key", key


def list_actors(store: Store, q: str | None, limit: int, offset: int) -> Page:
    """Actors by how often they are named: resolved actors by id, others by country.

    Reads `actor_counts` (kept by triggers as mentions are stored) when the store has it."""
    if not table_exists(store, "actor_counts"):
        return _list_actors_slowly(store, q, limit, offset)
    where = ""
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    if q:
        where = "WHERE name LIKE '%' || :q || '%' OR key = :q OR country = upper(:q)"
        params["q"] = q[:100]
    rows = store.query(f"SELECT key, name, country, sector, mentions FROM actor_counts {where} "
                       "ORDER BY mentions DESC, key LIMIT :limit OFFSET :offset", params)
    items = [dict(r) for r in rows]
    total, exact = capped_count(store, f"SELECT 1 FROM actor_counts {where}", params)
    return Page(items, limit, offset, total, exact)


def _list_actors_slowly(store: Store, q: str | None, limit: int, offset: int) -> Page:
    where = "WHERE COALESCE(actor_id, country) IS NOT NULL"
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    if q:
        where += " AND (name LIKE '%' || :q || '%' OR actor_id = :q OR country = upper(:q))"
        params["q"] = q[:100]
    sql = (f"SELECT COALESCE(actor_id, country) AS key, MAX(name) AS name, MAX(country) AS country, "
           f"MAX(sector) AS sector, COUNT(*) AS mentions "
           f"FROM actor_mentions {where} GROUP BY key ORDER BY mentions DESC, key LIMIT :limit OFFSET :offset")
    items = [dict(r) for r in store.query(sql, params)]
    total = offset + len(items) + (1 if len(items) == limit else 0)
    return Page(items, limit, offset, total, total_exact=len(items) < limit)


def get_actor(store: Store, key: str, limit: int = 20) -> dict[str, Any] | None:
    """An actor: the names it goes by, the roles it held over time (first and last document dates
    per role) and its events. For a country: its most named actors instead of roles."""
    cond, value = _actor_match(key)
    is_country = cond.startswith("country")
    if is_country and table_exists(store, "actor_counts"):
        names = store.query("SELECT key, name, country, sector, mentions AS n FROM actor_counts WHERE country = ? "
                            "ORDER BY mentions DESC LIMIT 20", (value,))
        roles: list[Any] = []
    else:
        names = store.query(f"SELECT name, country, sector, COUNT(*) AS n FROM actor_mentions WHERE {cond} "
                            "GROUP BY name, country, sector ORDER BY n DESC LIMIT 20", {"key": value})
        roles = [] if is_country else store.query(
            "SELECT m.role AS role, m.name AS name, MIN(COALESCE(d.story_date_earliest, d.published)) AS first, "
            "MAX(COALESCE(d.story_date_latest, d.published)) AS last, COUNT(*) AS mentions FROM actor_mentions m "
            f"JOIN documents d ON d.id = m.doc_id WHERE m.{cond} AND m.role IS NOT NULL "
            "GROUP BY m.role, m.name ORDER BY first, role LIMIT 100", {"key": value})
    as_source = _side_events(store, "source", value, limit)
    as_target = _side_events(store, "target", value, limit)
    if not names and not as_source.items and not as_target.items:
        return None
    return {"key": value, "kind": "country" if is_country else "actor",
            "names": [dict(r) for r in names], "roles": [dict(r) for r in roles],
            "as_source": as_source.as_json(), "as_target": as_target.as_json()}


def _side_events(store: Store, side: str, key: str, limit: int) -> Page:
    """Events where the actor is on one side, newest first (one page)."""
    column = "country" if len(key) == COUNTRY_LEN and key.isupper() else "actor_id"
    page = list_events(store, Filters(), limit, 0, side_filter=(f"e.{side}_{column} = :side_key", key))
    return page


def trend(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Monthly counts by quad class and mean Goldstein for events matching `f` (normally a dyad).

    Only events dated to a month or finer are placed; factual events unless `f.mode` says otherwise.
    """
    where, params = event_where(Filters(**{**_as_dict(f), "mode": f.mode or "factual"}), dated_only=True)
    where.append("substr(e.date_earliest, 1, 7) = substr(e.date_latest, 1, 7)")
    sql = (f"SELECT substr(e.date_earliest, 1, 7) AS month, e.quad_class AS quad, COUNT(*) AS n, "
           f"SUM(e.goldstein) AS g FROM events e WHERE {' AND '.join(where)} GROUP BY month, quad ORDER BY month")
    months: dict[str, dict[str, Any]] = {}
    for r in store.query(sql, params):
        m = months.setdefault(r["month"], {"month": r["month"], "events": 0, "goldstein_sum": 0.0,
                                           "by_quad": {"1": 0, "2": 0, "3": 0, "4": 0}})
        m["events"] += r["n"]
        m["goldstein_sum"] += r["g"] or 0.0
        m["by_quad"][str(r["quad"])] = r["n"]
    out = []
    for m in months.values():
        total = m.pop("goldstein_sum")
        out.append({**m, "goldstein_mean": round(total / m["events"], 2) if m["events"] else None})
    return out


def _as_dict(f: Filters) -> dict[str, Any]:
    return {name: getattr(f, name) for name in f.__slots__}
