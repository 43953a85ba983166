"""What the actor and event pages add to the stored records: an actor's codes over time, an event's
date evidence and surrounding sentences, and whether review forms are shown (with their CSRF token).

An actor is coded by country and sector (CHN, CHNGOV, CHNMED ...): one actor page gathers every code its
mentions carried, with the first and last dates each was seen and who was named under it, instead of
listing "China" and "CHNGOV" as if they were different actors. An event page shows the words its date
was read from (or says that it took the story's date), and the sentence before and after the mention, so
an analyst can judge the coding without opening the document.
"""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import Request

from tidings.store import Store
from tidings.web.errors import WebConfig

COUNTRY_LEN = 3
NEWEST_MENTIONS = 20_000  # an actor page reads at most this many of the actor's mentions, newest stored first


def actor_mention_count(store: Store, key: str) -> int:
    """How many mentions the actor has (an index count: cheap even for a country named 300,000 times)."""
    column, value = _mention_key(key)
    return int(store.query(f"SELECT COUNT(*) FROM actor_mentions WHERE {column} = ?", (value,))[0][0])


def _mention_key(key: str) -> tuple[str, str]:
    is_country = len(key) == COUNTRY_LEN and key.isalpha()
    return ("country", key.upper()) if is_country else ("actor_id", key)


def actor_codes(store: Store, key: str, limit: int = 30) -> list[dict[str, Any]]:
    """The codes (country + sector) an actor's mentions carried, most used first, each with its dates and
    the names most often given under it.

    Read over the actor's newest `NEWEST_MENTIONS` mentions (the page says so when there are more):
    a page is answered within the server's time limit whatever the store's size, and the codes an actor
    carries now are the ones the newest mentions show.
    """
    column, value = _mention_key(key)
    newest = (f"m.rowid IN (SELECT rowid FROM actor_mentions WHERE {column} = :value "
              "ORDER BY rowid DESC LIMIT :newest)")
    rows = store.query(
        "SELECT COALESCE(m.country, '') || COALESCE(m.sector, '') AS code, m.country, m.sector, COUNT(*) AS n, "
        "COUNT(DISTINCT m.doc_id) AS documents, "
        "MIN(COALESCE(d.story_date_earliest, substr(d.published, 1, 10))) AS first, "
        "MAX(COALESCE(d.story_date_latest, substr(d.published, 1, 10))) AS last "
        f"FROM actor_mentions m JOIN documents d ON d.id = m.doc_id WHERE {newest} "
        "GROUP BY 1 ORDER BY n DESC, code LIMIT :limit", {"value": value, "newest": NEWEST_MENTIONS, "limit": limit})
    codes = [dict(r) for r in rows]
    names: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in store.query(  # one pass over the actor's mentions for every code's names, not one per code
            f"SELECT COALESCE(country, '') AS country, COALESCE(sector, '') AS sector, COALESCE(name, text) AS name, "
            f"actor_id, COUNT(*) AS n FROM actor_mentions m WHERE {newest} GROUP BY 1, 2, 3, 4 "
            "ORDER BY n DESC, name", {"value": value, "newest": NEWEST_MENTIONS}):
        found = names.setdefault((r["country"], r["sector"]), [])
        if len(found) < 5:
            found.append({"name": r["name"], "actor_id": r["actor_id"], "n": r["n"]})
    for code in codes:
        code["names"] = names.get((code["country"] or "", code["sector"] or ""), [])
    return codes


def event_context(store: Store, event: dict[str, Any]) -> dict[str, Any]:
    """The date's evidence (the time expression the date was read from, its value and the reference it
    was resolved against; or the story date when no expression dates the event) and the sentences just
    before and after the event's sentence."""
    row = store.query("SELECT e.doc_id, e.sentence_start, e.sentence_end, e.date_start, e.date_end, "
                      "d.story_date, d.story_date_basis, d.text FROM events e JOIN documents d ON d.id = e.doc_id "
                      "WHERE e.id = ?", (event["id"],))
    if not row:
        return {}
    r = row[0]
    text = r["text"]
    date: dict[str, Any] = {"basis": "story date" if event.get("date") else "undated",
                            "story_date": r["story_date"], "story_basis": r["story_date_basis"]}
    if r["date_start"] is not None:
        timex = store.query('SELECT text, type, value, anchor_used, mod FROM timexes WHERE doc_id = ? AND start = ? '
                            'AND "end" = ?', (r["doc_id"], r["date_start"], r["date_end"]))
        date.update(basis="expression", text=text[r["date_start"]:r["date_end"]], start=r["date_start"],
                    end=r["date_end"], timex=dict(timex[0]) if timex else None)
    near = store.query('SELECT idx, start, "end" FROM sentences WHERE doc_id = ? AND idx IN '
                       '((SELECT idx FROM sentences WHERE doc_id = ? AND start <= ? ORDER BY start DESC LIMIT 1) - 1, '
                       '(SELECT idx FROM sentences WHERE doc_id = ? AND "end" >= ? ORDER BY start LIMIT 1) + 1) '
                       "ORDER BY idx", (r["doc_id"], r["doc_id"], r["sentence_start"], r["doc_id"], r["sentence_end"]))
    before = [text[s["start"]:s["end"]] for s in near if s["end"] <= r["sentence_start"]]
    after = [text[s["start"]:s["end"]] for s in near if s["start"] >= r["sentence_end"]]
    return {"date": date, "before": before[-1] if before else None, "after": after[0] if after else None}


def csrf_token(request: Request) -> str:
    """The server's CSRF token, made once per app."""
    state = request.app.state
    token: str | None = getattr(state, "review_csrf", None)
    if token is None:
        token = secrets.token_urlsafe(32)
        state.review_csrf = token
    return token


def review_context(request: Request) -> dict[str, Any]:
    """What a page needs to show review forms: whether writes are on, and the token they carry."""
    config: WebConfig = request.app.state.config
    allowed = bool(getattr(config, "allow_review", False))
    return {"allowed": allowed, "csrf": csrf_token(request) if allowed else ""}
