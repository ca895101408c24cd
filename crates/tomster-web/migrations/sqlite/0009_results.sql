-- Results: what a strategy's networks report, imported from the platforms' exports or sent
-- through the API (SQLite; the PostgreSQL twin has the same tables and columns).
--
-- Every import is a record. Figures live in result_values under a natural key (a post's metric,
-- or an account's metric for a day or a period and a breakdown) and the import that gave them: a
-- key's figure is the one of the newest file (the larger between files of the same day), so an
-- overlapping export updates it instead of adding it twice, and undoing an import is deleting its
-- rows: what it added goes, what it changed returns to what the other imports say.
CREATE TABLE result_imports (
    id INTEGER PRIMARY KEY,
    strategy_id TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    language TEXT NOT NULL,
    network TEXT NOT NULL,
    account TEXT,
    period_from TEXT,
    period_to TEXT,
    rows_read INTEGER NOT NULL,
    rows_skipped INTEGER NOT NULL,
    posts_added INTEGER NOT NULL,
    posts_updated INTEGER NOT NULL,
    posts_unchanged INTEGER NOT NULL,
    observations_added INTEGER NOT NULL,
    observations_updated INTEGER NOT NULL,
    observations_unchanged INTEGER NOT NULL,
    warnings TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (strategy_id, sha256)
);

CREATE TABLE result_posts (
    strategy_id TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    network TEXT NOT NULL,
    post_id TEXT NOT NULL,
    account TEXT,
    published_at TEXT,
    offset_minutes INTEGER,
    kind TEXT,
    text TEXT,
    permalink TEXT,
    as_of TEXT NOT NULL,
    import_id INTEGER NOT NULL,
    PRIMARY KEY (strategy_id, network, post_id)
);

CREATE TABLE result_values (
    strategy_id TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    value_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('post', 'account')),
    network TEXT NOT NULL,
    metric TEXT NOT NULL,
    post_id TEXT,
    account TEXT,
    day_from TEXT NOT NULL,
    day_to TEXT NOT NULL,
    dimension TEXT,
    value REAL NOT NULL,
    as_of TEXT NOT NULL,
    import_id INTEGER NOT NULL,
    PRIMARY KEY (strategy_id, value_key, import_id)
);
CREATE INDEX result_values_by_import ON result_values(strategy_id, import_id);
CREATE INDEX result_values_by_day ON result_values(strategy_id, network, metric, day_to);

-- Files uploaded in the web application and shown before they are imported: kept until the
-- user confirms or cancels, at most a day (a file per row, under a secret the page holds).
CREATE TABLE result_staged (
    token_hash TEXT NOT NULL,
    position INTEGER NOT NULL,
    strategy_id TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    skip_invalid INTEGER NOT NULL,
    network TEXT,
    bytes BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (token_hash, position)
);
