//! What goes out by itself (`delivery_settings`, `delivery_jobs`): a strategy's sending
//! settings, and the sends as jobs that each server claims with a lease, so that a review or an
//! alert is sent once even with several servers, and again only after a failure.
//!
//! Once: a job's key is unique (`strategy, kind, subject_key, channel`), so two servers planning
//! the same send make one row; a job is claimed by one statement that takes it only if no other
//! server holds a lease on it, and recorded as sent by the server whose lease it is.

use sqlx::Row;

use super::{Db, StoreResult, StrategyId};

pub struct Deliveries<'a>(pub(super) &'a Db);

/// A strategy's sending settings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub recipients: Vec<String>,
    /// The day of the month the previous month's review goes out (1 to 28); 0: none.
    pub review_day: i64,
    pub alerts: bool,
    pub webhook_url: Option<String>,
    pub webhook_secret: Option<String>,
}

/// A strategy with sending settings, for the planner.
#[derive(Clone, Debug)]
pub struct Planned {
    pub strategy: StrategyId,
    pub name: String,
    pub current_version: i64,
    pub settings: Settings,
    pub alert_state: String,
    pub alert_checked: String,
}

/// What a job sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Review,
    Alert,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Review => "review",
            Kind::Alert => "alert",
        }
    }

    fn parse(text: &str) -> Kind {
        if text == "review" {
            Kind::Review
        } else {
            Kind::Alert
        }
    }
}

/// Where a job sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Email,
    Webhook,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Webhook => "webhook",
        }
    }

    fn parse(text: &str) -> Channel {
        if text == "webhook" {
            Channel::Webhook
        } else {
            Channel::Email
        }
    }
}

/// A job's state: waiting (first try or a retry), sent, or given up after its last attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobStatus {
    Pending,
    Sent,
    Failed,
}

impl JobStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::Pending => "pending",
            JobStatus::Sent => "sent",
            JobStatus::Failed => "failed",
        }
    }

    fn parse(text: &str) -> JobStatus {
        match text {
            "sent" => JobStatus::Sent,
            "failed" => JobStatus::Failed,
            _ => JobStatus::Pending,
        }
    }
}

/// A job to create.
#[derive(Clone, Debug)]
pub struct NewJob<'a> {
    pub strategy: &'a StrategyId,
    pub kind: Kind,
    pub subject_key: &'a str,
    pub channel: Channel,
    /// What the sender needs, as JSON (`crate::delivery::Payload`).
    pub payload: &'a str,
}

/// A stored job.
#[derive(Clone, Debug)]
pub struct Job {
    pub id: i64,
    pub strategy: StrategyId,
    pub kind: Kind,
    pub subject_key: String,
    pub channel: Channel,
    pub payload: String,
    pub status: JobStatus,
    /// Attempts made, the one in progress included once claimed.
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

const JOB_COLUMNS: &str = "id, strategy_id, kind, subject_key, channel, payload, status, \
     attempts, next_attempt_at, last_error, created_at, sent_at";

fn job(row: &sqlx::any::AnyRow) -> StoreResult<Job> {
    Ok(Job {
        id: row.try_get("id")?,
        strategy: StrategyId(row.try_get("strategy_id")?),
        kind: Kind::parse(row.try_get::<String, _>("kind")?.as_str()),
        subject_key: row.try_get("subject_key")?,
        channel: Channel::parse(row.try_get::<String, _>("channel")?.as_str()),
        payload: row.try_get("payload")?,
        status: JobStatus::parse(row.try_get::<String, _>("status")?.as_str()),
        attempts: row.try_get("attempts")?,
        next_attempt_at: row.try_get("next_attempt_at")?,
        last_error: row.try_get("last_error")?,
        created_at: row.try_get("created_at")?,
        sent_at: row.try_get("sent_at")?,
    })
}

fn settings(row: &sqlx::any::AnyRow) -> StoreResult<Settings> {
    let recipients: String = row.try_get("recipients")?;
    Ok(Settings {
        recipients: recipients
            .lines()
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect(),
        review_day: row.try_get("review_day")?,
        alerts: row.try_get::<i64, _>("alerts")? != 0,
        webhook_url: row.try_get("webhook_url")?,
        webhook_secret: row.try_get("webhook_secret")?,
    })
}

impl Deliveries<'_> {
    /// A strategy's settings, if it has any.
    pub async fn settings(&self, strategy: &StrategyId) -> StoreResult<Option<Settings>> {
        let row = sqlx::query(
            "SELECT recipients, review_day, alerts, webhook_url, webhook_secret \
             FROM delivery_settings WHERE strategy_id = $1",
        )
        .bind(strategy.as_str())
        .fetch_optional(&self.0.read)
        .await?;
        row.as_ref().map(settings).transpose()
    }

    /// Stores a strategy's settings. The alerts' memory is kept: changing a recipient does not
    /// send again what was already sent.
    pub async fn put_settings(
        &self,
        strategy: &StrategyId,
        value: &Settings,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO delivery_settings (strategy_id, recipients, review_day, alerts, \
             webhook_url, webhook_secret, alert_state, alert_checked, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, '', '', $7) ON CONFLICT (strategy_id) DO UPDATE SET \
             recipients = excluded.recipients, review_day = excluded.review_day, \
             alerts = excluded.alerts, webhook_url = excluded.webhook_url, \
             webhook_secret = excluded.webhook_secret, updated_at = excluded.updated_at",
        )
        .bind(strategy.as_str())
        .bind(value.recipients.join("\n"))
        .bind(value.review_day)
        .bind(i64::from(value.alerts))
        .bind(value.webhook_url.as_deref())
        .bind(value.webhook_secret.as_deref())
        .bind(now)
        .execute(&self.0.write)
        .await?;
        Ok(())
    }

    /// The strategies with sending settings, by id, `limit` after `after` (a pass reads them a
    /// page at a time).
    pub async fn planned(&self, after: &str, limit: i64) -> StoreResult<Vec<Planned>> {
        let rows = sqlx::query(
            "SELECT s.id, s.name, s.current_version, d.recipients, d.review_day, d.alerts, \
             d.webhook_url, d.webhook_secret, d.alert_state, d.alert_checked \
             FROM delivery_settings d JOIN strategies s ON s.id = d.strategy_id \
             WHERE s.id > $1 ORDER BY s.id LIMIT $2",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(&self.0.read)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Planned {
                    strategy: StrategyId(row.try_get("id")?),
                    name: row.try_get("name")?,
                    current_version: row.try_get("current_version")?,
                    settings: settings(row)?,
                    alert_state: row.try_get("alert_state")?,
                    alert_checked: row.try_get("alert_checked")?,
                })
            })
            .collect()
    }

    /// Whether a job of this key exists (on any channel).
    pub async fn exists(
        &self,
        strategy: &StrategyId,
        kind: Kind,
        subject_key: &str,
    ) -> StoreResult<bool> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM delivery_jobs \
             WHERE strategy_id = $1 AND kind = $2 AND subject_key = $3",
        )
        .bind(strategy.as_str())
        .bind(kind.as_str())
        .bind(subject_key)
        .fetch_one(&self.0.read)
        .await?;
        Ok(row.try_get::<i64, _>("n")? > 0)
    }

    /// Creates a job unless one of the same key exists; true when this call created it.
    pub async fn enqueue(&self, new: &NewJob<'_>, now: i64) -> StoreResult<bool> {
        let done = sqlx::query(
            "INSERT INTO delivery_jobs (strategy_id, kind, subject_key, channel, payload, \
             status, attempts, next_attempt_at, created_at) \
             VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, $6) \
             ON CONFLICT (strategy_id, kind, subject_key, channel) DO NOTHING",
        )
        .bind(new.strategy.as_str())
        .bind(new.kind.as_str())
        .bind(new.subject_key)
        .bind(new.channel.as_str())
        .bind(new.payload)
        .bind(now)
        .execute(&self.0.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Replaces what the alerts saw, if it is still `old`: of two servers reading the same
    /// change, one records it.
    pub async fn swap_alert_state(
        &self,
        strategy: &StrategyId,
        old: &str,
        new: &str,
        checked: &str,
    ) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE delivery_settings SET alert_state = $1, alert_checked = $2 \
             WHERE strategy_id = $3 AND alert_state = $4",
        )
        .bind(new)
        .bind(checked)
        .bind(strategy.as_str())
        .bind(old)
        .execute(&self.0.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Takes the oldest job due at `now` that no server holds, for `owner` until `lease_until`,
    /// counting the attempt. On PostgreSQL a second server updating the same row waits, then
    /// sees the lease taken and takes nothing; SQLite has one writer.
    pub async fn claim(&self, owner: &str, now: i64, lease_until: i64) -> StoreResult<Option<Job>> {
        let row = sqlx::query(&format!(
            "UPDATE delivery_jobs SET lease_owner = $1, lease_until = $2, attempts = attempts + 1 \
             WHERE id = (SELECT id FROM delivery_jobs WHERE status = 'pending' \
               AND next_attempt_at <= $3 AND (lease_until IS NULL OR lease_until < $3) \
               ORDER BY id LIMIT 1) \
             AND status = 'pending' AND (lease_until IS NULL OR lease_until < $3) \
             RETURNING {JOB_COLUMNS}"
        ))
        .bind(owner)
        .bind(lease_until)
        .bind(now)
        .fetch_optional(&self.0.write)
        .await?;
        row.as_ref().map(job).transpose()
    }

    /// Records a claimed job as sent (by the server holding its lease).
    pub async fn sent(&self, id: i64, owner: &str, now: i64) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE delivery_jobs SET status = 'sent', sent_at = $1, lease_owner = NULL, \
             lease_until = NULL, last_error = NULL WHERE id = $2 AND lease_owner = $3",
        )
        .bind(now)
        .bind(id)
        .bind(owner)
        .execute(&self.0.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Records a claimed job's failure: tried again at `retry_at`, or given up when `None`.
    pub async fn failed(
        &self,
        id: i64,
        owner: &str,
        error: &str,
        retry_at: Option<i64>,
    ) -> StoreResult<()> {
        let (status, next) = match retry_at {
            Some(at) => ("pending", at),
            None => ("failed", 0),
        };
        sqlx::query(
            "UPDATE delivery_jobs SET status = $1, next_attempt_at = CASE WHEN $2 > 0 THEN $2 \
             ELSE next_attempt_at END, last_error = $3, lease_owner = NULL, lease_until = NULL \
             WHERE id = $4 AND lease_owner = $5",
        )
        .bind(status)
        .bind(next)
        .bind(error)
        .bind(id)
        .bind(owner)
        .execute(&self.0.write)
        .await?;
        Ok(())
    }

    /// A strategy's jobs, newest first (at most `limit`).
    pub async fn jobs(&self, strategy: &StrategyId, limit: i64) -> StoreResult<Vec<Job>> {
        let rows = sqlx::query(&format!(
            "SELECT {JOB_COLUMNS} FROM delivery_jobs WHERE strategy_id = $1 \
             ORDER BY id DESC LIMIT $2"
        ))
        .bind(strategy.as_str())
        .bind(limit)
        .fetch_all(&self.0.read)
        .await?;
        rows.iter().map(job).collect()
    }

    /// Puts a given-up job of a strategy back in line, due now, with a new round of attempts.
    pub async fn retry(&self, strategy: &StrategyId, id: i64, now: i64) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE delivery_jobs SET status = 'pending', attempts = 0, next_attempt_at = $1 \
             WHERE id = $2 AND strategy_id = $3 AND status = 'failed'",
        )
        .bind(now)
        .bind(id)
        .bind(strategy.as_str())
        .execute(&self.0.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
