//! Sign-in attempts counted per key (an address, an account) over a window, in the database so
//! that every server behind one proxy counts the same attempts and a restart forgets nothing.
//!
//! An attempt is counted before its password or code is checked, in one statement that returns
//! the new count: a hundred attempts sent at once get the counts 1 to 100, so the limit holds
//! whatever the concurrency.

use sqlx::Row;

use super::{Db, StoreResult};

pub struct Attempts<'a>(pub(super) &'a Db);

impl Attempts<'_> {
    /// Counts one attempt under `key` and returns the number of attempts in the current
    /// window, this one included. A window older than `window` seconds starts again at 1.
    pub async fn count(&self, key: &str, now: i64, window: i64) -> StoreResult<i64> {
        let stale = now - window;
        let row = sqlx::query(
            "INSERT INTO login_attempts (subject, attempts, window_start) VALUES ($1, 1, $2) \
             ON CONFLICT (subject) DO UPDATE SET \
             attempts = CASE WHEN login_attempts.window_start <= $3 THEN 1 \
                        ELSE login_attempts.attempts + 1 END, \
             window_start = CASE WHEN login_attempts.window_start <= $4 THEN $5 \
                            ELSE login_attempts.window_start END \
             RETURNING attempts",
        )
        .bind(key)
        .bind(now)
        .bind(stale)
        .bind(stale)
        .bind(now)
        .fetch_one(&self.0.write)
        .await?;
        Ok(row.try_get("attempts")?)
    }

    /// Takes back one attempt (it succeeded: a right password is not an attack).
    pub async fn forgive(&self, key: &str) -> StoreResult<()> {
        sqlx::query(
            "UPDATE login_attempts SET attempts = attempts - 1 WHERE subject = $1 AND attempts > 0",
        )
        .bind(key)
        .execute(&self.0.write)
        .await?;
        Ok(())
    }

    /// Forgets a key's attempts (the account signed in).
    pub async fn clear(&self, key: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM login_attempts WHERE subject = $1")
            .bind(key)
            .execute(&self.0.write)
            .await?;
        Ok(())
    }

    /// Removes windows that ended, so that the table stays small.
    pub async fn prune(&self, now: i64, window: i64) -> StoreResult<u64> {
        let done = sqlx::query("DELETE FROM login_attempts WHERE window_start <= $1")
            .bind(now - window)
            .execute(&self.0.write)
            .await?;
        Ok(done.rows_affected())
    }
}
