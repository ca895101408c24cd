-- Invitations to a workspace: a single-use link whose token is stored hashed, with the role it
-- grants and when it expires (SQLite; the PostgreSQL twin has the same columns).
CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
