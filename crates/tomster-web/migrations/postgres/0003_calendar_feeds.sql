-- A strategy's secret calendar subscription address: one per strategy, its token stored
-- hashed; revoking deletes it (PostgreSQL; the SQLite twin has the same columns).
CREATE TABLE calendar_feeds (
    strategy_id TEXT PRIMARY KEY REFERENCES strategies(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
