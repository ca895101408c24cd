-- The optional second factor (TOTP, RFC 6238): the user's secret, the last time step used (a
-- code works once), single-use recovery codes stored hashed, and the logins waiting for their
-- code (PostgreSQL; the SQLite twin has the same columns).
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;

CREATE TABLE recovery_codes (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at BIGINT,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE pending_logins (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    next TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
