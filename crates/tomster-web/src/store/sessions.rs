//! Sign-in sessions, stored by the SHA-256 of their id, read on every request so that a
//! sign-out or a password change on one server is seen at once by every other.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Db, StoreResult, UserId};

/// A live session with what every page needs of its user.
#[derive(Debug, Clone)]
pub struct SessionRecord {
    pub user_id: UserId,
    pub email: String,
    pub language: Option<String>,
    /// The user's time zone (IANA name), when they chose one.
    pub time_zone: Option<String>,
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

/// The columns of [`SessionRecord`], from `sessions s` joined with `users u`.
pub(super) const SESSION_COLUMNS: &str = "s.user_id, u.email, u.language, u.time_zone, \
     s.csrf_token, s.created_at AS session_created_at, s.last_seen_at";

pub(super) fn session(row: &AnyRow) -> StoreResult<SessionRecord> {
    Ok(SessionRecord {
        user_id: UserId(row.try_get("user_id")?),
        email: row.try_get("email")?,
        language: row.try_get("language")?,
        time_zone: row.try_get("time_zone")?,
        csrf_token: row.try_get("csrf_token")?,
        created_at: row.try_get("session_created_at")?,
        last_seen_at: row.try_get("last_seen_at")?,
    })
}

pub struct Sessions<'a>(pub(super) &'a Db);

impl Sessions<'_> {
    pub async fn create(
        &self,
        id_hash: &str,
        user_id: UserId,
        csrf_token: &str,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id_hash)
        .bind(user_id.0)
        .bind(csrf_token)
        .bind(now)
        .bind(now)
        .execute(&self.0.write)
        .await?;
        Ok(())
    }

    pub async fn get(&self, id_hash: &str) -> StoreResult<Option<SessionRecord>> {
        let row = sqlx::query(&format!(
            "SELECT {SESSION_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.id_hash = $1"
        ))
        .bind(id_hash)
        .fetch_optional(&self.0.read)
        .await?;
        row.as_ref().map(session).transpose()
    }

    pub async fn touch(&self, id_hash: &str, now: i64) -> StoreResult<()> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
            .bind(now)
            .bind(id_hash)
            .execute(&self.0.write)
            .await?;
        Ok(())
    }

    pub async fn delete(&self, id_hash: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(&self.0.write)
            .await?;
        Ok(())
    }
}
