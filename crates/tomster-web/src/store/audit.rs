//! The audit log of account events: who did what, when, from which address. A detail never
//! holds a secret.

use sqlx::Row;

use super::{Db, StoreResult, UserId};

pub struct AuditLog<'a>(pub(super) &'a Db);

impl AuditLog<'_> {
    pub async fn record(
        &self,
        now: i64,
        user_id: Option<UserId>,
        event: &str,
        detail: &str,
        ip: &str,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO audit_log (at, user_id, event, detail, ip) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(now)
        .bind(user_id.map(|id| id.0))
        .bind(event)
        .bind(detail)
        .bind(ip)
        .execute(&self.0.write)
        .await?;
        Ok(())
    }

    /// The latest events as (event, detail, address), newest first.
    pub async fn latest(&self, limit: i64) -> StoreResult<Vec<(String, String, String)>> {
        let rows = sqlx::query("SELECT event, detail, ip FROM audit_log ORDER BY id DESC LIMIT $1")
            .bind(limit)
            .fetch_all(&self.0.read)
            .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    row.try_get("event")?,
                    row.try_get("detail")?,
                    row.try_get("ip")?,
                ))
            })
            .collect()
    }
}
