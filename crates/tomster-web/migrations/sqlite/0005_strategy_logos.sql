-- The logo a strategy's documents carry, uploaded in the web application (the command line
-- reads the strategy's `logo` file instead): one per strategy, its bytes checked as a PNG,
-- JPEG or SVG image of at most 2 MiB before they are stored (SQLite; the PostgreSQL twin has
-- the same columns).
CREATE TABLE strategy_logos (
    strategy_id TEXT PRIMARY KEY REFERENCES strategies(id) ON DELETE CASCADE,
    image BLOB NOT NULL,
    updated_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    updated_at INTEGER NOT NULL
);
