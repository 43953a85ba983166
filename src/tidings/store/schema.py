"""The store's schema as an ordered list of migrations.

Each migration runs once, in order, inside a transaction, and is recorded in `schema_migrations`,
so a store written by an older tidings opens and upgrades cleanly. Never edit a released migration:
add a new one. Tables have explicit keys and ISO-8601 dates so the file opens well in Datasette.
"""

from __future__ import annotations


def _overview_trigger(name: str, when: str, row: str, sign: str) -> str:
    """A trigger that adds (`sign` "+") or takes away ("-") one happening `row` (new/old) in the overview counts.

    The four triggers (insert, delete, and the two halves of an update) differ only in these words;
    a count taken to zero is removed, so the overview never lists a month or an actor with nothing.
    """
    one = "1" if sign == "+" else "-1"
    prune = ("    DELETE FROM overview_months WHERE n <= 0;\n    DELETE FROM overview_dyads WHERE n <= 0;\n"
             "    DELETE FROM overview_actors WHERE n <= 0;\n") if sign == "-" else ""
    r = row
    return f"""CREATE TRIGGER {name} AFTER {when} ON happenings
WHEN {r}.mode IN ('factual', 'future', 'hypothetical', 'negated') AND {r}.date_earliest IS NOT NULL
    AND {r}.date_note NOT LIKE 'bound%' AND {r}.layer IN ('event', 'fact')
BEGIN
    INSERT INTO overview_months VALUES (
        CASE WHEN substr({r}.date_earliest, 1, 7) = substr(COALESCE({r}.date_latest, {r}.date_earliest), 1, 7)
        THEN substr({r}.date_earliest, 1, 7) ELSE '' END,
        COALESCE({r}.quad_class, 0), COALESCE({r}.plover, ''), {one})
    ON CONFLICT (month, quad, plover) DO UPDATE SET n = n {sign} 1;
    INSERT INTO overview_dyads SELECT
        min({r}.source_country, {r}.target_country) || '-' || max({r}.source_country, {r}.target_country), {one}
        WHERE {r}.source_country != '' AND {r}.target_country != '' AND {r}.source_country != {r}.target_country
    ON CONFLICT (dyad) DO UPDATE SET n = n {sign} 1;
    INSERT INTO overview_actors SELECT a, {one} FROM (SELECT upper(value) AS a FROM json_each(
        CASE WHEN json_valid('["' || replace(COALESCE({r}.actors, ''), ',', '","') || '"]')
        THEN '["' || replace(COALESCE({r}.actors, ''), ',', '","') || '"]' ELSE '[]' END) WHERE value != ''
        UNION SELECT upper({r}.source_country)
        WHERE {r}.source_country != ''
        UNION SELECT upper({r}.target_country) WHERE {r}.target_country != '') WHERE true
    ON CONFLICT (actor) DO UPDATE SET n = n {sign} 1;
{prune}END;
"""


_OVERVIEW_TRIGGERS = "".join([
    _overview_trigger("overview_ai", "INSERT", "new", "+"),
    _overview_trigger("overview_ad", "DELETE", "old", "-"),
    _overview_trigger("overview_au_old", "UPDATE", "old", "-"),
    _overview_trigger("overview_au_new", "UPDATE", "new", "+"),
])


MIGRATIONS: list[tuple[str, str]] = [
    (
        "documents, analysis, failures, full-text search",
        """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    content_sha TEXT NOT NULL,
    text TEXT NOT NULL,
    title TEXT,
    published TEXT,
    source TEXT,
    author TEXT,
    dateline TEXT,
    language TEXT,
    url TEXT,
    story_date TEXT,
    story_date_earliest TEXT,
    story_date_latest TEXT,
    story_date_basis TEXT NOT NULL DEFAULT 'none',
    story_date_confidence REAL NOT NULL DEFAULT 0,
    story_date_note TEXT NOT NULL DEFAULT '',
    removed_json TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_content_sha ON documents(content_sha);
CREATE INDEX documents_story_date ON documents(story_date_earliest);

CREATE TABLE sentences (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE entities (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (doc_id, start, "end", label)
);

CREATE TABLE timexes (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    earliest TEXT,
    latest TEXT,
    anchor_used TEXT,
    mod TEXT,
    PRIMARY KEY (doc_id, start, "end")
);

CREATE TABLE actor_mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    text TEXT NOT NULL,
    actor_id TEXT,
    name TEXT,
    country TEXT,
    sector TEXT,
    role TEXT,
    PRIMARY KEY (doc_id, start, "end")
);
CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id);
CREATE INDEX actor_mentions_country ON actor_mentions(country);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    cameo TEXT NOT NULL,
    plover TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    mode TEXT NOT NULL,
    date TEXT,
    date_earliest TEXT,
    date_latest TEXT,
    date_start INTEGER,
    date_end INTEGER,
    verb_start INTEGER,
    verb_end INTEGER,
    location TEXT,
    reciprocal INTEGER NOT NULL DEFAULT 0,
    plover_mode TEXT,
    plover_context TEXT,
    confidence REAL NOT NULL DEFAULT 1,
    pattern TEXT,
    source_text TEXT, source_start INTEGER, source_end INTEGER, source_actor_id TEXT,
    source_name TEXT, source_country TEXT, source_sector TEXT, source_role TEXT,
    target_text TEXT, target_start INTEGER, target_end INTEGER, target_actor_id TEXT,
    target_name TEXT, target_country TEXT, target_sector TEXT, target_role TEXT
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_date ON events(date_earliest);
CREATE INDEX events_dyad ON events(source_country, target_country);
CREATE INDEX events_cameo ON events(cameo);

CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    what TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    period TEXT,
    period_earliest TEXT,
    period_latest TEXT,
    change_pct REAL,
    change_basis TEXT,
    qualifier TEXT,
    actors TEXT NOT NULL DEFAULT ''
);
CREATE INDEX facts_doc ON facts(doc_id);

CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,
    stage TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE UNIQUE INDEX failures_once ON failures(origin, stage, code);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='porter unicode61'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
""",
    ),
    (
        "fusion: duplicates, stories, re-anchoring decisions, happenings and their mentions",
        """
CREATE TABLE fusion_documents (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL,
    duplicate_of TEXT,
    duplicate_kind TEXT,
    duplicate_similarity REAL,
    repost_of TEXT,
    linked_to TEXT,
    original_story_date TEXT,
    original_story_date_earliest TEXT,
    original_story_date_latest TEXT,
    original_story_date_basis TEXT,
    original_story_date_confidence REAL,
    original_story_date_note TEXT
);
CREATE INDEX fusion_documents_story ON fusion_documents(story_id);

CREATE TABLE fusion_decisions (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    decision TEXT NOT NULL,
    evidence_json TEXT NOT NULL DEFAULT '[]',
    at TEXT NOT NULL
);
CREATE INDEX fusion_decisions_subject ON fusion_decisions(subject);

CREATE TABLE happenings (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    date TEXT,
    date_earliest TEXT,
    date_latest TEXT,
    date_note TEXT NOT NULL DEFAULT '',
    cameo TEXT,
    plover TEXT,
    quad_class INTEGER,
    goldstein REAL,
    mode TEXT NOT NULL DEFAULT 'factual',
    source_country TEXT,
    target_country TEXT,
    actors TEXT NOT NULL DEFAULT '',
    headline TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    sources INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    weight REAL NOT NULL,
    story_id TEXT
);
CREATE INDEX happenings_date ON happenings(date_earliest);
CREATE INDEX happenings_dyad ON happenings(source_country, target_country);

CREATE TABLE happening_mentions (
    happening_id TEXT NOT NULL REFERENCES happenings(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    date TEXT,
    date_earliest TEXT,
    date_latest TEXT,
    date_evidence TEXT NOT NULL DEFAULT 'none',
    PRIMARY KEY (happening_id, item_id)
);
CREATE INDEX happening_mentions_doc ON happening_mentions(doc_id);
CREATE INDEX happening_mentions_item ON happening_mentions(item_id);
""",
    ),
    (
        "web: indexes for paged listings and the timeline, and per-day timeline counts",
        """
CREATE INDEX events_target ON events(target_country, source_country);
CREATE INDEX events_source_actor ON events(source_actor_id);
CREATE INDEX events_target_actor ON events(target_actor_id);
CREATE INDEX events_plover ON events(plover);
CREATE INDEX documents_source ON documents(source COLLATE NOCASE);
CREATE INDEX happenings_timeline ON happenings(date_earliest, date_latest DESC, weight DESC, id)
    WHERE mode IN ('factual', 'future') AND date_earliest IS NOT NULL AND date_note NOT LIKE 'bound%';

CREATE TABLE timeline_days (
    day TEXT NOT NULL,
    quad INTEGER NOT NULL,
    n INTEGER NOT NULL,
    goldstein_sum REAL NOT NULL,
    goldstein_n INTEGER NOT NULL,
    PRIMARY KEY (day, quad)
) WITHOUT ROWID;
INSERT INTO timeline_days
    SELECT date_earliest, COALESCE(quad_class, 0), COUNT(*), COALESCE(SUM(goldstein), 0), COUNT(goldstein)
    FROM happenings
    WHERE mode IN ('factual', 'future') AND date_earliest IS NOT NULL AND date_note NOT LIKE 'bound%'
    GROUP BY 1, 2;
CREATE TRIGGER timeline_days_ai AFTER INSERT ON happenings
WHEN new.mode IN ('factual', 'future') AND new.date_earliest IS NOT NULL AND new.date_note NOT LIKE 'bound%'
BEGIN
    INSERT INTO timeline_days VALUES (new.date_earliest, COALESCE(new.quad_class, 0), 1,
                                      COALESCE(new.goldstein, 0), new.goldstein IS NOT NULL)
    ON CONFLICT (day, quad) DO UPDATE SET n = n + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum,
                                          goldstein_n = goldstein_n + excluded.goldstein_n;
END;
CREATE TRIGGER timeline_days_ad AFTER DELETE ON happenings
WHEN old.mode IN ('factual', 'future') AND old.date_earliest IS NOT NULL AND old.date_note NOT LIKE 'bound%'
BEGIN
    UPDATE timeline_days SET n = n - 1, goldstein_sum = goldstein_sum - COALESCE(old.goldstein, 0),
                             goldstein_n = goldstein_n - (old.goldstein IS NOT NULL)
    WHERE day = old.date_earliest AND quad = COALESCE(old.quad_class, 0);
    DELETE FROM timeline_days WHERE day = old.date_earliest AND quad = COALESCE(old.quad_class, 0) AND n <= 0;
END;
CREATE TRIGGER timeline_days_au_old AFTER UPDATE ON happenings
WHEN old.mode IN ('factual', 'future') AND old.date_earliest IS NOT NULL AND old.date_note NOT LIKE 'bound%'
BEGIN
    UPDATE timeline_days SET n = n - 1, goldstein_sum = goldstein_sum - COALESCE(old.goldstein, 0),
                             goldstein_n = goldstein_n - (old.goldstein IS NOT NULL)
    WHERE day = old.date_earliest AND quad = COALESCE(old.quad_class, 0);
    DELETE FROM timeline_days WHERE day = old.date_earliest AND quad = COALESCE(old.quad_class, 0) AND n <= 0;
END;
CREATE TRIGGER timeline_days_au_new AFTER UPDATE ON happenings
WHEN new.mode IN ('factual', 'future') AND new.date_earliest IS NOT NULL AND new.date_note NOT LIKE 'bound%'
BEGIN
    INSERT INTO timeline_days VALUES (new.date_earliest, COALESCE(new.quad_class, 0), 1,
                                      COALESCE(new.goldstein, 0), new.goldstein IS NOT NULL)
    ON CONFLICT (day, quad) DO UPDATE SET n = n + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum,
                                          goldstein_n = goldstein_n + excluded.goldstein_n;
END;
""",
    ),
    (
        "web: who takes part in each happening, mentions per actor, indexes for timeline filters",
        """
CREATE TABLE happening_actors (
    happening_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (happening_id, actor)
) WITHOUT ROWID;
CREATE INDEX happening_actors_actor ON happening_actors(actor, happening_id);
INSERT OR IGNORE INTO happening_actors SELECT h.id, upper(j.value) FROM happenings h,
        json_each(CASE WHEN json_valid('["' || replace(COALESCE(h.actors, ''), ',', '","') || '"]')
        THEN '["' || replace(COALESCE(h.actors, ''), ',', '","') || '"]' ELSE '[]' END) j
    WHERE j.value != '';
INSERT OR IGNORE INTO happening_actors SELECT id, upper(source_country) FROM happenings WHERE source_country != '';
INSERT OR IGNORE INTO happening_actors SELECT id, upper(target_country) FROM happenings WHERE target_country != '';
CREATE TRIGGER happening_actors_ai AFTER INSERT ON happenings BEGIN
    INSERT OR IGNORE INTO happening_actors SELECT new.id, upper(value) FROM
        json_each(CASE WHEN json_valid('["' || replace(COALESCE(new.actors, ''), ',', '","') || '"]')
        THEN '["' || replace(COALESCE(new.actors, ''), ',', '","') || '"]' ELSE '[]' END) WHERE value != '';
    INSERT OR IGNORE INTO happening_actors SELECT new.id, upper(new.source_country) WHERE new.source_country != '';
    INSERT OR IGNORE INTO happening_actors SELECT new.id, upper(new.target_country) WHERE new.target_country != '';
END;
CREATE TRIGGER happening_actors_ad AFTER DELETE ON happenings BEGIN
    DELETE FROM happening_actors WHERE happening_id = old.id;
END;
CREATE TRIGGER happening_actors_au AFTER UPDATE OF id, actors, source_country, target_country ON happenings BEGIN
    DELETE FROM happening_actors WHERE happening_id = old.id;
    INSERT OR IGNORE INTO happening_actors SELECT new.id, upper(value) FROM
        json_each(CASE WHEN json_valid('["' || replace(COALESCE(new.actors, ''), ',', '","') || '"]')
        THEN '["' || replace(COALESCE(new.actors, ''), ',', '","') || '"]' ELSE '[]' END) WHERE value != '';
    INSERT OR IGNORE INTO happening_actors SELECT new.id, upper(new.source_country) WHERE new.source_country != '';
    INSERT OR IGNORE INTO happening_actors SELECT new.id, upper(new.target_country) WHERE new.target_country != '';
END;
CREATE INDEX documents_meta ON documents(story_date_earliest, story_date_latest, source COLLATE NOCASE, id);
CREATE INDEX events_dyad_docs ON events(source_country, target_country, doc_id);
CREATE INDEX events_cameo_docs ON events(cameo, doc_id);
CREATE INDEX events_plover_docs ON events(plover, doc_id);
CREATE INDEX actor_mentions_country_docs ON actor_mentions(country, doc_id);
CREATE INDEX actor_mentions_actor_docs ON actor_mentions(actor_id, doc_id);
CREATE INDEX happenings_plover ON happenings(plover, date_earliest);
CREATE INDEX happenings_cameo ON happenings(cameo);
CREATE INDEX happenings_kind ON happenings(kind, date_earliest);

CREATE TABLE actor_counts (
    key TEXT PRIMARY KEY,
    name TEXT,
    country TEXT,
    sector TEXT,
    mentions INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX actor_counts_country ON actor_counts(country, mentions);
INSERT INTO actor_counts
    SELECT COALESCE(actor_id, country), MAX(name), MAX(country), MAX(sector), COUNT(*) FROM actor_mentions
    WHERE COALESCE(actor_id, country) IS NOT NULL GROUP BY 1;
CREATE TRIGGER actor_counts_ai AFTER INSERT ON actor_mentions WHEN COALESCE(new.actor_id, new.country) IS NOT NULL
BEGIN
    INSERT INTO actor_counts VALUES (COALESCE(new.actor_id, new.country), new.name, new.country, new.sector, 1)
    ON CONFLICT (key) DO UPDATE SET mentions = mentions + 1, name = COALESCE(excluded.name, name),
                                    country = COALESCE(excluded.country, country),
                                    sector = COALESCE(sector, excluded.sector);
END;
CREATE TRIGGER actor_counts_ad AFTER DELETE ON actor_mentions WHEN COALESCE(old.actor_id, old.country) IS NOT NULL
BEGIN
    UPDATE actor_counts SET mentions = mentions - 1 WHERE key = COALESCE(old.actor_id, old.country);
    DELETE FROM actor_counts WHERE key = COALESCE(old.actor_id, old.country) AND mentions <= 0;
END;
""",
    ),
    (
        "fusion: signature of the store the last fusion pass left, so a pass with nothing new is skipped",
        """
CREATE TABLE fusion_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    at TEXT NOT NULL
) WITHOUT ROWID;
""",
    ),
    (
        "timeline layers: what a happening is (typed event, stated fact, plain statement, background), the stages "
        "it was reported in (planned, done) and the event its headline names; day counts of the default layers only",
        """
ALTER TABLE happenings ADD COLUMN layer TEXT NOT NULL DEFAULT 'event';
ALTER TABLE happenings ADD COLUMN stages TEXT NOT NULL DEFAULT '';
ALTER TABLE happenings ADD COLUMN main_item TEXT;
CREATE INDEX happenings_layer ON happenings(layer, date_earliest);
DROP TRIGGER timeline_days_ai;
DROP TRIGGER timeline_days_ad;
DROP TRIGGER timeline_days_au_old;
DROP TRIGGER timeline_days_au_new;
DELETE FROM timeline_days;
INSERT INTO timeline_days
    SELECT date_earliest, COALESCE(quad_class, 0), COUNT(*), COALESCE(SUM(goldstein), 0), COUNT(goldstein)
    FROM happenings
    WHERE date_earliest IS NOT NULL AND date_note NOT LIKE 'bound%'
    AND layer IN ('event', 'fact')
    GROUP BY 1, 2;
CREATE TRIGGER timeline_days_ai AFTER INSERT ON happenings
WHEN new.date_earliest IS NOT NULL AND new.date_note NOT LIKE 'bound%'
    AND new.layer IN ('event', 'fact')
BEGIN
    INSERT INTO timeline_days VALUES (new.date_earliest, COALESCE(new.quad_class, 0), 1,
                                      COALESCE(new.goldstein, 0), new.goldstein IS NOT NULL)
    ON CONFLICT (day, quad) DO UPDATE SET n = n + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum,
                                          goldstein_n = goldstein_n + excluded.goldstein_n;
END;
CREATE TRIGGER timeline_days_ad AFTER DELETE ON happenings
WHEN old.date_earliest IS NOT NULL AND old.date_note NOT LIKE 'bound%'
    AND old.layer IN ('event', 'fact')
BEGIN
    UPDATE timeline_days SET n = n - 1, goldstein_sum = goldstein_sum - COALESCE(old.goldstein, 0),
                             goldstein_n = goldstein_n - (old.goldstein IS NOT NULL)
    WHERE day = old.date_earliest AND quad = COALESCE(old.quad_class, 0);
    DELETE FROM timeline_days WHERE day = old.date_earliest AND quad = COALESCE(old.quad_class, 0) AND n <= 0;
END;
CREATE TRIGGER timeline_days_au_old AFTER UPDATE ON happenings
WHEN old.date_earliest IS NOT NULL AND old.date_note NOT LIKE 'bound%'
    AND old.layer IN ('event', 'fact')
BEGIN
    UPDATE timeline_days SET n = n - 1, goldstein_sum = goldstein_sum - COALESCE(old.goldstein, 0),
                             goldstein_n = goldstein_n - (old.goldstein IS NOT NULL)
    WHERE day = old.date_earliest AND quad = COALESCE(old.quad_class, 0);
    DELETE FROM timeline_days WHERE day = old.date_earliest AND quad = COALESCE(old.quad_class, 0) AND n <= 0;
END;
CREATE TRIGGER timeline_days_au_new AFTER UPDATE ON happenings
WHEN new.date_earliest IS NOT NULL AND new.date_note NOT LIKE 'bound%'
    AND new.layer IN ('event', 'fact')
BEGIN
    INSERT INTO timeline_days VALUES (new.date_earliest, COALESCE(new.quad_class, 0), 1,
                                      COALESCE(new.goldstein, 0), new.goldstein IS NOT NULL)
    ON CONFLICT (day, quad) DO UPDATE SET n = n + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum,
                                          goldstein_n = goldstein_n + excluded.goldstein_n;
END;
""",
    ),
    (
        "events: where each event's date comes from (timex, narrative, tense, publication, none)",
        """
ALTER TABLE events ADD COLUMN date_evidence TEXT;
"""
    ),
    (
        "review and overview: analysts' decisions, the review mark on derived records, happening counts by month, "
        "type, dyad and actor",
        """
CREATE TABLE review_decisions (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    content_sha TEXT NOT NULL DEFAULT '',
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    verb_start INTEGER,
    verb_end INTEGER,
    evidence TEXT NOT NULL DEFAULT '',
    happening_id TEXT,
    changes TEXT NOT NULL DEFAULT '{}',
    original TEXT NOT NULL DEFAULT '{}',
    reason TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX review_decisions_doc ON review_decisions(doc_id);
CREATE INDEX review_decisions_sha ON review_decisions(content_sha);
CREATE INDEX review_decisions_item ON review_decisions(item_id);
ALTER TABLE events ADD COLUMN review TEXT;
ALTER TABLE events ADD COLUMN review_original TEXT;
ALTER TABLE happenings ADD COLUMN review TEXT;
CREATE INDEX events_review ON events(review) WHERE review IS NOT NULL;
CREATE INDEX happenings_review ON happenings(review) WHERE review IS NOT NULL;
CREATE TABLE overview_months (
    month TEXT NOT NULL,
    quad INTEGER NOT NULL,
    plover TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (month, quad, plover)
) WITHOUT ROWID;
CREATE TABLE overview_dyads (dyad TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE overview_actors (actor TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX overview_months_n ON overview_months(n);
CREATE INDEX overview_dyads_n ON overview_dyads(n);
CREATE INDEX overview_actors_n ON overview_actors(n);
INSERT INTO overview_months
    SELECT CASE WHEN substr(h.date_earliest, 1, 7) = substr(COALESCE(h.date_latest, h.date_earliest), 1, 7)
        THEN substr(h.date_earliest, 1, 7) ELSE '' END,
        COALESCE(h.quad_class, 0), COALESCE(h.plover, ''), COUNT(*)
    FROM happenings h
    WHERE h.mode IN ('factual', 'future', 'hypothetical', 'negated') AND h.date_earliest IS NOT NULL
    AND h.date_note NOT LIKE 'bound%' AND h.layer IN ('event', 'fact')
    GROUP BY 1, 2, 3;
INSERT INTO overview_dyads
    SELECT min(h.source_country, h.target_country) || '-' || max(h.source_country, h.target_country), COUNT(*)
    FROM happenings h
    WHERE h.mode IN ('factual', 'future', 'hypothetical', 'negated') AND h.date_earliest IS NOT NULL
    AND h.date_note NOT LIKE 'bound%' AND h.layer IN ('event', 'fact')
    AND h.source_country != '' AND h.target_country != '' AND h.source_country != h.target_country GROUP BY 1;
INSERT INTO overview_actors SELECT ha.actor, COUNT(*) FROM happening_actors ha
    JOIN happenings h ON h.id = ha.happening_id
    WHERE h.mode IN ('factual', 'future', 'hypothetical', 'negated') AND h.date_earliest IS NOT NULL
    AND h.date_note NOT LIKE 'bound%' AND h.layer IN ('event', 'fact')
    GROUP BY 1;
""" + _OVERVIEW_TRIGGERS,
    ),
    (
        "web: the newest report's day from an index, not a scan of every document; the timeline's order "
        "over every happening it shows (possible and denied acts included)",
        """
CREATE INDEX documents_published ON documents(published, story_date_earliest);
CREATE INDEX happenings_shown ON happenings(date_earliest, date_latest DESC, weight DESC, id)
    WHERE mode IN ('factual', 'future', 'hypothetical', 'negated') AND date_earliest IS NOT NULL
    AND date_note NOT LIKE 'bound%';
""",
    ),
    (
        "incremental fusion: candidate keys per document (MinHash LSH bands, story terms by month, happening "
        "casts by month) and the log of happening merges and splits that keeps shown ids valid",
        """
CREATE TABLE fusion_keys (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    month TEXT NOT NULL,
    doc_id TEXT NOT NULL
);
CREATE INDEX fusion_keys_lookup ON fusion_keys(kind, key, month);
CREATE INDEX fusion_keys_doc ON fusion_keys(doc_id);
CREATE TABLE happening_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    old_id TEXT NOT NULL,
    new_id TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX happening_log_old ON happening_log(old_id);
""",
    ),
    (
        "an actor's newest events on each side read in date order through an index, not sorted whole",
        """
CREATE INDEX events_source_date ON events(source_country, date_earliest);
CREATE INDEX events_target_date ON events(target_country, date_earliest);
""",
    ),
]
