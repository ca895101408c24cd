//! Accounts: email and password, language and time zone, the optional second factor with its
//! recovery codes, logins waiting for their code, and the first-run setup token.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Db, StoreResult, UserId, Workspace};

/// An account as sign-in and the account page need it.
#[derive(Debug, Clone)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub password_hash: String,
    pub language: Option<String>,
    pub password_changed_at: i64,
    /// The second factor's secret (base32), when the user turned it on.
    pub totp_secret: Option<String>,
}

const USER_COLUMNS: &str = "id, email, password_hash, language, password_changed_at, totp_secret";

fn user(row: &AnyRow) -> StoreResult<User> {
    Ok(User {
        id: UserId(row.try_get("id")?),
        email: row.try_get("email")?,
        password_hash: row.try_get("password_hash")?,
        language: row.try_get("language")?,
        password_changed_at: row.try_get("password_changed_at")?,
        totp_secret: row.try_get("totp_secret")?,
    })
}

/// The first account and its workspace, made from the one-time setup address.
pub struct FirstAccount<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub workspace_slug: &'a str,
    pub workspace_name: &'a str,
}

pub struct Users<'a>(pub(super) &'a Db);

impl Users<'_> {
    pub async fn count(&self) -> StoreResult<i64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM users")
            .fetch_one(&self.0.read)
            .await?;
        Ok(row.try_get("n")?)
    }

    pub async fn create(&self, email: &str, password_hash: &str, now: i64) -> StoreResult<UserId> {
        let mut transaction = self.0.write.begin().await?;
        let id = insert_user(&mut transaction, email, password_hash, now).await?;
        transaction.commit().await?;
        Ok(id)
    }

    pub async fn by_email(&self, email: &str) -> StoreResult<Option<User>> {
        let row = sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE email = $1"
        ))
        .bind(email)
        .fetch_optional(&self.0.read)
        .await?;
        row.as_ref().map(user).transpose()
    }

    pub async fn by_id(&self, id: UserId) -> StoreResult<Option<User>> {
        let row = sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
            .bind(id.0)
            .fetch_optional(&self.0.read)
            .await?;
        row.as_ref().map(user).transpose()
    }

    /// Changes a password and ends every session of the user: whoever knew the old one is out.
    pub async fn set_password(
        &self,
        user_id: UserId,
        password_hash: &str,
        now: i64,
    ) -> StoreResult<()> {
        let mut transaction = self.0.write.begin().await?;
        sqlx::query("UPDATE users SET password_hash = $1, password_changed_at = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(now)
            .bind(user_id.0)
            .execute(&mut *transaction)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id.0)
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        Ok(())
    }

    pub async fn set_language(&self, user_id: UserId, language: Option<&str>) -> StoreResult<()> {
        sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
            .bind(language)
            .bind(user_id.0)
            .execute(&self.0.write)
            .await?;
        Ok(())
    }

    /// The user's time zone (an IANA name), `None` to follow the browser's.
    pub async fn set_time_zone(&self, user_id: UserId, zone: Option<&str>) -> StoreResult<()> {
        sqlx::query("UPDATE users SET time_zone = $1 WHERE id = $2")
            .bind(zone)
            .bind(user_id.0)
            .execute(&self.0.write)
            .await?;
        Ok(())
    }

    // ---- the second factor ----

    /// Turns the second factor on (a secret and the hashes of new recovery codes) or off
    /// (`None`); either way the old recovery codes go.
    pub async fn set_second_factor(
        &self,
        user_id: UserId,
        secret: Option<&str>,
        recovery_hashes: &[String],
    ) -> StoreResult<()> {
        let mut transaction = self.0.write.begin().await?;
        sqlx::query("UPDATE users SET totp_secret = $1, totp_last_step = NULL WHERE id = $2")
            .bind(secret)
            .bind(user_id.0)
            .execute(&mut *transaction)
            .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(user_id.0)
            .execute(&mut *transaction)
            .await?;
        for hash in recovery_hashes {
            sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                .bind(user_id.0)
                .bind(hash)
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Records the time step of a code just accepted; false when that step (or a later one)
    /// was already used: a code works once, whatever requests race it.
    pub async fn use_totp_step(&self, user_id: UserId, step: i64) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE users SET totp_last_step = $1 WHERE id = $2 \
             AND (totp_last_step IS NULL OR totp_last_step < $3)",
        )
        .bind(step)
        .bind(user_id.0)
        .bind(step)
        .execute(&self.0.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The last time step used, so that a code already used is refused before it is checked.
    pub async fn totp_last_step(&self, user_id: UserId) -> StoreResult<Option<i64>> {
        let row = sqlx::query("SELECT totp_last_step FROM users WHERE id = $1")
            .bind(user_id.0)
            .fetch_optional(&self.0.read)
            .await?;
        Ok(match row {
            Some(row) => row.try_get("totp_last_step")?,
            None => None,
        })
    }

    /// Uses a recovery code (by its hash); false when it is unknown or used.
    pub async fn use_recovery_code(
        &self,
        user_id: UserId,
        code_hash: &str,
        now: i64,
    ) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 \
             AND used_at IS NULL",
        )
        .bind(now)
        .bind(user_id.0)
        .bind(code_hash)
        .execute(&self.0.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn recovery_codes_left(&self, user_id: UserId) -> StoreResult<i64> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
        )
        .bind(user_id.0)
        .fetch_one(&self.0.read)
        .await?;
        Ok(row.try_get("n")?)
    }

    /// A login whose password was right, waiting for its second factor.
    pub async fn create_pending_login(
        &self,
        token_hash: &str,
        user_id: UserId,
        next: &str,
        expires_at: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO pending_logins (token_hash, user_id, next, expires_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(user_id.0)
        .bind(next)
        .bind(expires_at)
        .execute(&self.0.write)
        .await?;
        Ok(())
    }

    /// A pending login still valid: its user and where to go after.
    pub async fn pending_login(
        &self,
        token_hash: &str,
        now: i64,
    ) -> StoreResult<Option<(User, String)>> {
        let row = sqlx::query(
            "SELECT u.id, u.email, u.password_hash, u.language, u.password_changed_at, \
             u.totp_secret, p.next FROM pending_logins p JOIN users u ON u.id = p.user_id \
             WHERE p.token_hash = $1 AND p.expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.0.read)
        .await?;
        Ok(match row {
            Some(row) => Some((user(&row)?, row.try_get("next")?)),
            None => None,
        })
    }

    /// Ends a pending login; false when another request ended it first (its code is spent).
    pub async fn finish_pending_login(&self, token_hash: &str) -> StoreResult<bool> {
        let done = sqlx::query("DELETE FROM pending_logins WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.0.write)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    // ---- first run ----

    /// A new one-time setup token, replacing any earlier one.
    pub async fn create_setup_token(&self, token_hash: &str, expires_at: i64) -> StoreResult<()> {
        let mut transaction = self.0.write.begin().await?;
        sqlx::query("DELETE FROM setup_tokens")
            .execute(&mut *transaction)
            .await?;
        sqlx::query("INSERT INTO setup_tokens (token_hash, expires_at) VALUES ($1, $2)")
            .bind(token_hash)
            .bind(expires_at)
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Whether a setup token is valid now (it stays valid until the first account exists).
    pub async fn setup_token_valid(&self, token_hash: &str, now: i64) -> StoreResult<bool> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM setup_tokens WHERE token_hash = $1 AND expires_at > $2 \
             AND NOT EXISTS (SELECT 1 FROM users)",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_one(&self.0.read)
        .await?;
        Ok(row.try_get::<i64, _>("n")? > 0)
    }

    /// Uses the setup token to make the first account and its workspace, in one transaction:
    /// the token is consumed by the first request only, so however many arrive at once one
    /// account is made. `None` when the token was used, expired or never existed.
    pub async fn complete_setup(
        &self,
        token_hash: &str,
        now: i64,
        first: &FirstAccount<'_>,
    ) -> StoreResult<Option<(UserId, Workspace)>> {
        let mut transaction = self.0.write.begin().await?;
        let consumed =
            sqlx::query("DELETE FROM setup_tokens WHERE token_hash = $1 AND expires_at > $2")
                .bind(token_hash)
                .bind(now)
                .execute(&mut *transaction)
                .await?;
        if consumed.rows_affected() != 1 {
            transaction.rollback().await?;
            return Ok(None);
        }
        let user_id = insert_user(&mut transaction, first.email, first.password_hash, now).await?;
        let workspace = super::workspaces::insert_workspace(
            &mut transaction,
            first.workspace_slug,
            first.workspace_name,
            user_id,
            now,
        )
        .await?;
        transaction.commit().await?;
        Ok(Some((user_id, workspace)))
    }

    /// Removes every setup token (an account was made from the console).
    pub async fn clear_setup_tokens(&self) -> StoreResult<()> {
        sqlx::query("DELETE FROM setup_tokens")
            .execute(&self.0.write)
            .await?;
        Ok(())
    }
}

/// Inserts an account inside a transaction (its email must be new: `Duplicate` otherwise).
pub(super) async fn insert_user(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    email: &str,
    password_hash: &str,
    now: i64,
) -> StoreResult<UserId> {
    let row = sqlx::query(
        "INSERT INTO users (email, password_hash, created_at, password_changed_at) \
         VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(email)
    .bind(password_hash)
    .bind(now)
    .bind(now)
    .fetch_one(&mut **transaction)
    .await?;
    Ok(UserId(row.try_get("id")?))
}
