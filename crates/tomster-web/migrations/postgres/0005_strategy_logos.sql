-- The logo a strategy's documents carry, uploaded in the web application (the command line
-- reads the strategy's `logo` file instead): one per strategy, its bytes checked as a PNG,
-- JPEG or SVG image of at most 2 MiB before they are stored (PostgreSQL; the SQLite twin has
-- the same columns).
CREATE TABLE strategy_logos (
    strategy_id TEXT PRIMARY KEY REFERENCES strategies(id) ON DELETE CASCADE,
    image BYTEA NOT NULL,
    updated_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL
);
