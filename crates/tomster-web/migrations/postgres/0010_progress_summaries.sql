-- Each strategy's objectives by status as of a day, for the workspace overview: computed when
-- the figures or the version change (and once a day), read by the overview in one query
-- instead of every strategy's figures. `results_stamp` names the imports it was read from
-- (their count and latest id), `fingerprint` the build that computed it.
-- (The SQLite and PostgreSQL migrations of this number are the same.)
CREATE TABLE progress_summaries (
    strategy_id TEXT PRIMARY KEY REFERENCES strategies(id) ON DELETE CASCADE,
    as_of TEXT NOT NULL,
    version BIGINT NOT NULL,
    results_stamp TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    body TEXT NOT NULL
);
