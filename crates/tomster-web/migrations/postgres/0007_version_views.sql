-- What the pages and the API show of a strategy's current version (each step's HTML, the
-- checker's report, the frame...), computed once when the version is saved and read by every
-- request, per reader's language. `fingerprint` names the build that computed it: a new
-- release computes it again. (The SQLite and PostgreSQL migrations of this number match.)
CREATE TABLE version_views (
    strategy_id TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    language TEXT NOT NULL,
    part TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (strategy_id, number, language, part)
);
