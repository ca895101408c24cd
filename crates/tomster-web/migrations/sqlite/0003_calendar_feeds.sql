-- A strategy's secret calendar subscription address: one per strategy, its token stored
-- hashed; revoking deletes it (SQLite; the PostgreSQL twin has the same columns).
CREATE TABLE calendar_feeds (
    strategy_id TEXT PRIMARY KEY REFERENCES strategies(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
