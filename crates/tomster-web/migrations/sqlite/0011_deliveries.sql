-- What goes out by itself: each strategy's sending settings (the monthly review's recipients
-- and day, the alerts, a signed webhook) and the sends, one row per message, so that each
-- (strategy, month) review and each alert is sent once whatever the number of servers.
-- (The SQLite and PostgreSQL migrations of this number differ only in the id column.)
CREATE TABLE delivery_settings (
    strategy_id TEXT PRIMARY KEY REFERENCES strategies(id) ON DELETE CASCADE,
    -- Email addresses, one per line.
    recipients TEXT NOT NULL,
    -- The day of the month (1 to 28) the previous month's review goes out; 0: no review.
    review_day INTEGER NOT NULL,
    -- 1: alerts when an objective turns at risk or off track, or a network falls under its plan.
    alerts INTEGER NOT NULL,
    webhook_url TEXT,
    -- The HMAC key of the webhook's signature (shown to the strategy's editors).
    webhook_secret TEXT,
    -- What the alerts last saw (JSON: objectives at risk or off track, networks under plan),
    -- and the reading it came from (version, imports, day): a new reading only when one changes.
    alert_state TEXT NOT NULL,
    alert_checked TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- One message to send: its key makes it unique (a review: the month; an alert: what turned and
-- the day), the lease says which server is sending it until when, a failure waits for its retry.
CREATE TABLE delivery_jobs (
    id INTEGER PRIMARY KEY,
    strategy_id TEXT NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    subject_key TEXT NOT NULL,
    channel TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    lease_owner TEXT,
    lease_until INTEGER,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    UNIQUE (strategy_id, kind, subject_key, channel)
);
CREATE INDEX delivery_jobs_due ON delivery_jobs(status, next_attempt_at);
