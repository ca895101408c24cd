-- Invitations to a workspace: a single-use link whose token is stored hashed, with the role it
-- grants and when it expires (PostgreSQL; the SQLite twin has the same columns).
CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
