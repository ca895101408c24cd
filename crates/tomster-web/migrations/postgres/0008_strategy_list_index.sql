-- A workspace's strategies are listed a page at a time, the latest changed first: an index in
-- that very order lets the database read one page of it instead of sorting every strategy.
-- (The SQLite and PostgreSQL migrations of this number are the same.)
DROP INDEX strategies_by_workspace;
CREATE INDEX strategies_by_workspace_page ON strategies(workspace_id, updated_at DESC, id DESC);
