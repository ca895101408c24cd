-- Sign-in attempts counted in the database, per address and per account, so that every server
-- sharing it counts the same attempts; and each user's time zone for the times pages show.
-- (The SQLite and PostgreSQL migrations of this number are the same.)
CREATE TABLE login_attempts (
    subject TEXT PRIMARY KEY,
    attempts INTEGER NOT NULL,
    window_start INTEGER NOT NULL
);

ALTER TABLE users ADD COLUMN time_zone TEXT;
