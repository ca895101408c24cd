-- Each strategy's figures per network, metric and day as the imports now stand (the newest
-- file's figure of each key, summed per day), rewritten in the transaction of every import and
-- undo: the results view and the API read this one row instead of choosing each key's figure
-- among all its imports at every request. `stamp` names the imports it was computed from
-- (their count and latest id), `through` the latest day any figure covers or is known at: a
-- reading as of that day or later reads this row, an earlier one reads the figures themselves.
-- `body` is JSON: one [network, metric, first day, [value or null per day]] per series.
-- (The SQLite and PostgreSQL migrations of this number are the same.)
CREATE TABLE result_day_figures (
    strategy_id TEXT PRIMARY KEY REFERENCES strategies(id) ON DELETE CASCADE,
    stamp TEXT NOT NULL,
    through TEXT NOT NULL,
    body TEXT NOT NULL
);
