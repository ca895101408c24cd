//! What the application keeps: accounts, sessions, workspaces and their members, strategies
//! with every saved version, access tokens, the one-time setup token and the audit log.
//!
//! Secrets (session ids, tokens) are stored as SHA-256 hashes: a copy of the database does not
//! open anyone's session. Every function takes the current time from its caller, so the clock
//! is read at the edge and tests choose it.

use sqlx::{FromRow, Row};

use crate::db::Db;

/// A database failure, or a rule of the data that a request broke.
#[derive(Debug)]
pub enum StoreError {
    /// The unique thing (an email, a slug) already exists.
    Duplicate,
    /// Another version was saved since the one the change was based on.
    Conflict {
        current: i64,
    },
    Database(sqlx::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> StoreError {
        let unique = error
            .as_database_error()
            .is_some_and(|database| database.is_unique_violation());
        if unique {
            StoreError::Duplicate
        } else {
            StoreError::Database(error)
        }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Duplicate => formatter.write_str("already exists"),
            StoreError::Conflict { current } => {
                write!(formatter, "version {current} was saved meanwhile")
            }
            StoreError::Database(error) => write!(formatter, "database error: {error}"),
        }
    }
}

impl std::error::Error for StoreError {}

pub type StoreResult<T> = Result<T, StoreError>;

/// A member's rights in a workspace, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Viewer,
    Editor,
    Owner,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Editor => "editor",
            Role::Owner => "owner",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "viewer" => Some(Role::Viewer),
            "editor" => Some(Role::Editor),
            "owner" => Some(Role::Owner),
            _ => None,
        }
    }

    pub fn can_edit(self) -> bool {
        self >= Role::Editor
    }
}

#[derive(Debug, Clone, FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
    pub language: Option<String>,
    pub password_changed_at: i64,
    /// The second factor's secret (base32), when the user turned it on.
    pub totp_secret: Option<String>,
}

/// A live session with its user.
#[derive(Debug, Clone, FromRow)]
pub struct SessionRecord {
    pub user_id: i64,
    pub email: String,
    pub language: Option<String>,
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

#[derive(Debug, Clone, FromRow)]
pub struct Workspace {
    pub id: i64,
    pub slug: String,
    pub name: String,
}

/// A workspace as one of its members sees it.
#[derive(Debug, Clone)]
pub struct Membership {
    pub workspace: Workspace,
    pub role: Role,
}

#[derive(Debug, Clone, FromRow)]
pub struct Member {
    pub user_id: i64,
    pub email: String,
    pub role: String,
}

#[derive(Debug, Clone, FromRow)]
pub struct StrategyRow {
    pub id: String,
    pub workspace_id: i64,
    pub name: String,
    pub current_version: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, FromRow)]
pub struct VersionRow {
    pub strategy_id: String,
    pub number: i64,
    pub toml: String,
    pub author_email: Option<String>,
    pub comment: String,
    pub created_at: i64,
}

/// A version in a history list: everything but its text.
#[derive(Debug, Clone, FromRow)]
pub struct VersionSummary {
    pub number: i64,
    pub author_email: Option<String>,
    pub comment: String,
    pub created_at: i64,
}

/// A personal access token, as authorization needs it.
#[derive(Debug, Clone, FromRow)]
pub struct TokenRecord {
    pub id: i64,
    pub user_id: i64,
    pub workspace_id: i64,
    pub name: String,
    pub read_only: i64,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

/// A new version to store.
pub struct NewVersion<'a> {
    pub name: &'a str,
    pub toml: &'a str,
    pub author_id: i64,
    pub comment: &'a str,
    pub now: i64,
}

impl Db {
    // ---- accounts ----

    pub async fn user_count(&self) -> StoreResult<i64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM users")
            .fetch_one(&self.read)
            .await?;
        Ok(row.try_get("n")?)
    }

    pub async fn create_user(
        &self,
        email: &str,
        password_hash: &str,
        now: i64,
    ) -> StoreResult<i64> {
        let row = sqlx::query(
            "INSERT INTO users (email, password_hash, created_at, password_changed_at) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(email)
        .bind(password_hash)
        .bind(now)
        .bind(now)
        .fetch_one(&self.write)
        .await?;
        Ok(row.try_get("id")?)
    }

    pub async fn user_by_email(&self, email: &str) -> StoreResult<Option<User>> {
        Ok(sqlx::query_as::<_, User>(
            "SELECT id, email, password_hash, language, password_changed_at, totp_secret \
             FROM users WHERE email = $1",
        )
        .bind(email)
        .fetch_optional(&self.read)
        .await?)
    }

    pub async fn user_by_id(&self, id: i64) -> StoreResult<Option<User>> {
        Ok(sqlx::query_as::<_, User>(
            "SELECT id, email, password_hash, language, password_changed_at, totp_secret \
             FROM users WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.read)
        .await?)
    }

    /// Changes a password and ends every session of the user: whoever knew the old one is out.
    pub async fn set_password(
        &self,
        user_id: i64,
        password_hash: &str,
        now: i64,
    ) -> StoreResult<()> {
        let mut transaction = self.write.begin().await?;
        sqlx::query("UPDATE users SET password_hash = $1, password_changed_at = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(now)
            .bind(user_id)
            .execute(&mut *transaction)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        Ok(())
    }

    pub async fn set_language(&self, user_id: i64, language: Option<&str>) -> StoreResult<()> {
        sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
            .bind(language)
            .bind(user_id)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    // ---- the second factor ----

    /// Turns the second factor on (a secret and the hashes of new recovery codes) or off
    /// (`None`); either way the old recovery codes go.
    pub async fn set_second_factor(
        &self,
        user_id: i64,
        secret: Option<&str>,
        recovery_hashes: &[String],
    ) -> StoreResult<()> {
        let mut transaction = self.write.begin().await?;
        sqlx::query("UPDATE users SET totp_secret = $1, totp_last_step = NULL WHERE id = $2")
            .bind(secret)
            .bind(user_id)
            .execute(&mut *transaction)
            .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *transaction)
            .await?;
        for hash in recovery_hashes {
            sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                .bind(user_id)
                .bind(hash)
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Records the time step of a code just accepted; false when that step (or a later one)
    /// was already used: a code works once.
    pub async fn use_totp_step(&self, user_id: i64, step: i64) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE users SET totp_last_step = $1 WHERE id = $2 \
             AND (totp_last_step IS NULL OR totp_last_step < $3)",
        )
        .bind(step)
        .bind(user_id)
        .bind(step)
        .execute(&self.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The last time step used, so that a code already used is refused before it is checked.
    pub async fn totp_last_step(&self, user_id: i64) -> StoreResult<Option<i64>> {
        let row = sqlx::query("SELECT totp_last_step FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&self.read)
            .await?;
        Ok(match row {
            Some(row) => row.try_get("totp_last_step")?,
            None => None,
        })
    }

    /// Uses a recovery code (by its hash); false when it is unknown or used.
    pub async fn use_recovery_code(
        &self,
        user_id: i64,
        code_hash: &str,
        now: i64,
    ) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 \
             AND used_at IS NULL",
        )
        .bind(now)
        .bind(user_id)
        .bind(code_hash)
        .execute(&self.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn recovery_codes_left(&self, user_id: i64) -> StoreResult<i64> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
        )
        .bind(user_id)
        .fetch_one(&self.read)
        .await?;
        Ok(row.try_get("n")?)
    }

    /// A login whose password was right, waiting for its second factor.
    pub async fn create_pending_login(
        &self,
        token_hash: &str,
        user_id: i64,
        next: &str,
        expires_at: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO pending_logins (token_hash, user_id, next, expires_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(next)
        .bind(expires_at)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// A pending login still valid: its user and where to go after.
    pub async fn pending_login(
        &self,
        token_hash: &str,
        now: i64,
    ) -> StoreResult<Option<(i64, String)>> {
        let row = sqlx::query(
            "SELECT user_id, next FROM pending_logins WHERE token_hash = $1 AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.read)
        .await?;
        Ok(match row {
            Some(row) => Some((row.try_get("user_id")?, row.try_get("next")?)),
            None => None,
        })
    }

    pub async fn delete_pending_login(&self, token_hash: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM pending_logins WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    // ---- sessions ----

    pub async fn create_session(
        &self,
        id_hash: &str,
        user_id: i64,
        csrf_token: &str,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id_hash)
        .bind(user_id)
        .bind(csrf_token)
        .bind(now)
        .bind(now)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    pub async fn session(&self, id_hash: &str) -> StoreResult<Option<SessionRecord>> {
        Ok(sqlx::query_as::<_, SessionRecord>(
            "SELECT s.user_id, u.email, u.language, s.csrf_token, s.created_at, s.last_seen_at \
             FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1",
        )
        .bind(id_hash)
        .fetch_optional(&self.read)
        .await?)
    }

    pub async fn touch_session(&self, id_hash: &str, now: i64) -> StoreResult<()> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
            .bind(now)
            .bind(id_hash)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    pub async fn delete_session(&self, id_hash: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    // ---- workspaces and members ----

    /// Creates a workspace with its first owner.
    pub async fn create_workspace(
        &self,
        slug: &str,
        name: &str,
        owner_id: i64,
        now: i64,
    ) -> StoreResult<Workspace> {
        let mut transaction = self.write.begin().await?;
        let row = sqlx::query(
            "INSERT INTO workspaces (slug, name, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(slug)
        .bind(name)
        .bind(now)
        .fetch_one(&mut *transaction)
        .await?;
        let id: i64 = row.try_get("id")?;
        sqlx::query("INSERT INTO members (workspace_id, user_id, role) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(owner_id)
            .bind(Role::Owner.as_str())
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        Ok(Workspace {
            id,
            slug: slug.to_owned(),
            name: name.to_owned(),
        })
    }

    pub async fn workspace_by_slug(&self, slug: &str) -> StoreResult<Option<Workspace>> {
        Ok(
            sqlx::query_as::<_, Workspace>("SELECT id, slug, name FROM workspaces WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&self.read)
                .await?,
        )
    }

    pub async fn workspace_by_id(&self, id: i64) -> StoreResult<Option<Workspace>> {
        Ok(
            sqlx::query_as::<_, Workspace>("SELECT id, slug, name FROM workspaces WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.read)
                .await?,
        )
    }

    /// The workspaces a user belongs to, by name.
    pub async fn memberships(&self, user_id: i64) -> StoreResult<Vec<Membership>> {
        let rows = sqlx::query(
            "SELECT w.id, w.slug, w.name, m.role FROM workspaces w \
             JOIN members m ON m.workspace_id = w.id WHERE m.user_id = $1 ORDER BY w.name, w.slug",
        )
        .bind(user_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|row| {
                let role: String = row.try_get("role")?;
                Ok(Membership {
                    workspace: Workspace::from_row(row)?,
                    role: Role::parse(&role).unwrap_or(Role::Viewer),
                })
            })
            .collect()
    }

    /// A user's role in a workspace, if they belong to it.
    pub async fn role(&self, workspace_id: i64, user_id: i64) -> StoreResult<Option<Role>> {
        let row = sqlx::query("SELECT role FROM members WHERE workspace_id = $1 AND user_id = $2")
            .bind(workspace_id)
            .bind(user_id)
            .fetch_optional(&self.read)
            .await?;
        Ok(match row {
            Some(row) => Role::parse(&row.try_get::<String, _>("role")?),
            None => None,
        })
    }

    /// Adds a member, or changes the role of one already there.
    pub async fn set_member(&self, workspace_id: i64, user_id: i64, role: Role) -> StoreResult<()> {
        let mut transaction = self.write.begin().await?;
        sqlx::query("DELETE FROM members WHERE workspace_id = $1 AND user_id = $2")
            .bind(workspace_id)
            .bind(user_id)
            .execute(&mut *transaction)
            .await?;
        sqlx::query("INSERT INTO members (workspace_id, user_id, role) VALUES ($1, $2, $3)")
            .bind(workspace_id)
            .bind(user_id)
            .bind(role.as_str())
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        Ok(())
    }

    pub async fn members(&self, workspace_id: i64) -> StoreResult<Vec<Member>> {
        Ok(sqlx::query_as::<_, Member>(
            "SELECT m.user_id, u.email, m.role FROM members m JOIN users u ON u.id = m.user_id \
             WHERE m.workspace_id = $1 ORDER BY u.email",
        )
        .bind(workspace_id)
        .fetch_all(&self.read)
        .await?)
    }

    /// Removes a member, unless it is the workspace's last owner (a workspace always has one).
    /// Returns whether the member was removed.
    pub async fn remove_member(&self, workspace_id: i64, user_id: i64) -> StoreResult<bool> {
        let mut transaction = self.write.begin().await?;
        let owners: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM members WHERE workspace_id = $1 AND role = 'owner' \
             AND user_id <> $2",
        )
        .bind(workspace_id)
        .bind(user_id)
        .fetch_one(&mut *transaction)
        .await?
        .try_get("n")?;
        if owners == 0 {
            transaction.rollback().await?;
            return Ok(false);
        }
        sqlx::query("DELETE FROM members WHERE workspace_id = $1 AND user_id = $2")
            .bind(workspace_id)
            .bind(user_id)
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        Ok(true)
    }

    /// How many owners a workspace has.
    pub async fn owner_count(&self, workspace_id: i64) -> StoreResult<i64> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM members WHERE workspace_id = $1 AND role = 'owner'",
        )
        .bind(workspace_id)
        .fetch_one(&self.read)
        .await?;
        Ok(row.try_get("n")?)
    }

    // ---- invitations ----

    pub async fn create_invitation(
        &self,
        token_hash: &str,
        workspace_id: i64,
        role: Role,
        created_by: i64,
        now: i64,
        expires_at: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO invitations (token_hash, workspace_id, role, created_by, created_at, \
             expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token_hash)
        .bind(workspace_id)
        .bind(role.as_str())
        .bind(created_by)
        .bind(now)
        .bind(expires_at)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// A usable invitation (not used, not expired): its workspace and role.
    pub async fn invitation(&self, token_hash: &str, now: i64) -> StoreResult<Option<(i64, Role)>> {
        let row = sqlx::query(
            "SELECT workspace_id, role FROM invitations WHERE token_hash = $1 \
             AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.read)
        .await?;
        Ok(match row {
            Some(row) => {
                let role: String = row.try_get("role")?;
                Some((
                    row.try_get("workspace_id")?,
                    Role::parse(&role).unwrap_or(Role::Viewer),
                ))
            }
            None => None,
        })
    }

    /// Uses an invitation: the user joins with its role (or keeps a higher one). Returns false
    /// when the invitation was used or expired meanwhile.
    pub async fn accept_invitation(
        &self,
        token_hash: &str,
        user_id: i64,
        now: i64,
    ) -> StoreResult<bool> {
        let mut transaction = self.write.begin().await?;
        let row = sqlx::query(
            "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL \
             AND expires_at > $3 RETURNING workspace_id, role",
        )
        .bind(now)
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&mut *transaction)
        .await?;
        let Some(row) = row else {
            transaction.rollback().await?;
            return Ok(false);
        };
        let workspace_id: i64 = row.try_get("workspace_id")?;
        let role: String = row.try_get("role")?;
        let offered = Role::parse(&role).unwrap_or(Role::Viewer);
        let current: Option<String> =
            sqlx::query("SELECT role FROM members WHERE workspace_id = $1 AND user_id = $2")
                .bind(workspace_id)
                .bind(user_id)
                .fetch_optional(&mut *transaction)
                .await?
                .map(|row| row.try_get("role"))
                .transpose()?;
        let keep = current
            .as_deref()
            .and_then(Role::parse)
            .is_some_and(|current| current >= offered);
        if !keep {
            sqlx::query("DELETE FROM members WHERE workspace_id = $1 AND user_id = $2")
                .bind(workspace_id)
                .bind(user_id)
                .execute(&mut *transaction)
                .await?;
            sqlx::query("INSERT INTO members (workspace_id, user_id, role) VALUES ($1, $2, $3)")
                .bind(workspace_id)
                .bind(user_id)
                .bind(offered.as_str())
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(true)
    }

    // ---- strategies and versions ----

    /// Stores a new strategy with its first version.
    pub async fn create_strategy(
        &self,
        id: &str,
        workspace_id: i64,
        version: &NewVersion<'_>,
    ) -> StoreResult<()> {
        let mut transaction = self.write.begin().await?;
        sqlx::query(
            "INSERT INTO strategies (id, workspace_id, name, current_version, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(workspace_id)
        .bind(version.name)
        .bind(1_i64)
        .bind(version.now)
        .bind(version.now)
        .execute(&mut *transaction)
        .await?;
        insert_version(&mut transaction, id, 1, version).await?;
        transaction.commit().await?;
        Ok(())
    }

    pub async fn strategies(&self, workspace_id: i64) -> StoreResult<Vec<StrategyRow>> {
        Ok(sqlx::query_as::<_, StrategyRow>(
            "SELECT id, workspace_id, name, current_version, created_at, updated_at \
             FROM strategies WHERE workspace_id = $1 ORDER BY updated_at DESC, name",
        )
        .bind(workspace_id)
        .fetch_all(&self.read)
        .await?)
    }

    pub async fn strategy(&self, id: &str) -> StoreResult<Option<StrategyRow>> {
        Ok(sqlx::query_as::<_, StrategyRow>(
            "SELECT id, workspace_id, name, current_version, created_at, updated_at \
             FROM strategies WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.read)
        .await?)
    }

    /// Saves a new version on top of `base`, the version the editor started from. If another
    /// version was saved meanwhile nothing is written and the current number is returned.
    pub async fn save_version(
        &self,
        strategy_id: &str,
        base: i64,
        version: &NewVersion<'_>,
    ) -> StoreResult<i64> {
        let mut transaction = self.write.begin().await?;
        let next = base + 1;
        let updated = sqlx::query(
            "UPDATE strategies SET current_version = $1, name = $2, updated_at = $3 \
             WHERE id = $4 AND current_version = $5",
        )
        .bind(next)
        .bind(version.name)
        .bind(version.now)
        .bind(strategy_id)
        .bind(base)
        .execute(&mut *transaction)
        .await?;
        if updated.rows_affected() == 0 {
            transaction.rollback().await?;
            let current = self
                .strategy(strategy_id)
                .await?
                .map(|strategy| strategy.current_version)
                .unwrap_or(0);
            return Err(StoreError::Conflict { current });
        }
        insert_version(&mut transaction, strategy_id, next, version).await?;
        transaction.commit().await?;
        Ok(next)
    }

    pub async fn versions(&self, strategy_id: &str) -> StoreResult<Vec<VersionSummary>> {
        Ok(sqlx::query_as::<_, VersionSummary>(
            "SELECT v.number, u.email AS author_email, v.comment, v.created_at FROM versions v \
             LEFT JOIN users u ON u.id = v.author_id WHERE v.strategy_id = $1 \
             ORDER BY v.number DESC",
        )
        .bind(strategy_id)
        .fetch_all(&self.read)
        .await?)
    }

    pub async fn version(&self, strategy_id: &str, number: i64) -> StoreResult<Option<VersionRow>> {
        Ok(sqlx::query_as::<_, VersionRow>(
            "SELECT v.strategy_id, v.number, v.toml, u.email AS author_email, v.comment, \
             v.created_at FROM versions v LEFT JOIN users u ON u.id = v.author_id \
             WHERE v.strategy_id = $1 AND v.number = $2",
        )
        .bind(strategy_id)
        .bind(number)
        .fetch_optional(&self.read)
        .await?)
    }

    /// A strategy, its workspace and a user's role there, in one query: `None` when the
    /// strategy does not exist or the user is not a member of its workspace.
    pub async fn strategy_for_member(
        &self,
        id: &str,
        user_id: i64,
    ) -> StoreResult<Option<(StrategyRow, Workspace, Role)>> {
        let row = sqlx::query(
            "SELECT s.id, s.workspace_id, s.name, s.current_version, s.created_at, s.updated_at, \
             w.slug, w.name AS workspace_name, m.role FROM strategies s \
             JOIN workspaces w ON w.id = s.workspace_id \
             JOIN members m ON m.workspace_id = s.workspace_id AND m.user_id = $1 \
             WHERE s.id = $2",
        )
        .bind(user_id)
        .bind(id)
        .fetch_optional(&self.read)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let strategy = StrategyRow::from_row(&row)?;
        let workspace = Workspace {
            id: strategy.workspace_id,
            slug: row.try_get("slug")?,
            name: row.try_get("workspace_name")?,
        };
        let role: String = row.try_get("role")?;
        Ok(Some((
            strategy,
            workspace,
            Role::parse(&role).unwrap_or(Role::Viewer),
        )))
    }

    /// A live token with its owner's current role in the token's workspace, in one query.
    pub async fn token_with_role(
        &self,
        token_hash: &str,
    ) -> StoreResult<Option<(TokenRecord, Role)>> {
        let row = sqlx::query(
            "SELECT t.id, t.user_id, t.workspace_id, t.name, t.read_only, t.created_at, \
             t.revoked_at, m.role FROM tokens t JOIN members m \
             ON m.workspace_id = t.workspace_id AND m.user_id = t.user_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(&self.read)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let role: String = row.try_get("role")?;
        Ok(Some((
            TokenRecord::from_row(&row)?,
            Role::parse(&role).unwrap_or(Role::Viewer),
        )))
    }

    // ---- access tokens ----

    pub async fn create_token(
        &self,
        user_id: i64,
        workspace_id: i64,
        name: &str,
        token_hash: &str,
        read_only: bool,
        now: i64,
    ) -> StoreResult<i64> {
        let row = sqlx::query(
            "INSERT INTO tokens (user_id, workspace_id, name, token_hash, read_only, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(user_id)
        .bind(workspace_id)
        .bind(name)
        .bind(token_hash)
        .bind(i64::from(read_only))
        .bind(now)
        .fetch_one(&self.write)
        .await?;
        Ok(row.try_get("id")?)
    }

    /// A user's tokens with their workspace's name, newest first.
    pub async fn tokens_of(&self, user_id: i64) -> StoreResult<Vec<(TokenRecord, String)>> {
        let rows = sqlx::query(
            "SELECT t.id, t.user_id, t.workspace_id, t.name, t.read_only, t.created_at, \
             t.revoked_at, w.name AS workspace_name FROM tokens t \
             JOIN workspaces w ON w.id = t.workspace_id WHERE t.user_id = $1 ORDER BY t.id DESC",
        )
        .bind(user_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|row| Ok((TokenRecord::from_row(row)?, row.try_get("workspace_name")?)))
            .collect()
    }

    /// Revokes one of a user's tokens; false when it is not theirs or already revoked.
    pub async fn revoke_token(&self, token_id: i64, user_id: i64, now: i64) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 \
             AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(token_id)
        .bind(user_id)
        .execute(&self.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    // ---- calendar feeds ----

    /// Gives a strategy a new feed token, replacing the previous one (which stops working).
    pub async fn set_calendar_feed(
        &self,
        strategy_id: &str,
        token_hash: &str,
        created_by: i64,
        now: i64,
    ) -> StoreResult<()> {
        let mut transaction = self.write.begin().await?;
        sqlx::query("DELETE FROM calendar_feeds WHERE strategy_id = $1")
            .bind(strategy_id)
            .execute(&mut *transaction)
            .await?;
        sqlx::query(
            "INSERT INTO calendar_feeds (strategy_id, token_hash, created_by, created_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(strategy_id)
        .bind(token_hash)
        .bind(created_by)
        .bind(now)
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    pub async fn remove_calendar_feed(&self, strategy_id: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM calendar_feeds WHERE strategy_id = $1")
            .bind(strategy_id)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    /// Whether a strategy has a feed, and since when.
    pub async fn calendar_feed_since(&self, strategy_id: &str) -> StoreResult<Option<i64>> {
        let row = sqlx::query("SELECT created_at FROM calendar_feeds WHERE strategy_id = $1")
            .bind(strategy_id)
            .fetch_optional(&self.read)
            .await?;
        Ok(match row {
            Some(row) => Some(row.try_get("created_at")?),
            None => None,
        })
    }

    // ---- logos ----

    /// Gives a strategy's documents a logo (bytes already checked as an image), replacing any
    /// earlier one.
    pub async fn set_strategy_logo(
        &self,
        strategy_id: &str,
        image: &[u8],
        updated_by: i64,
        now: i64,
    ) -> StoreResult<()> {
        let mut transaction = self.write.begin().await?;
        sqlx::query("DELETE FROM strategy_logos WHERE strategy_id = $1")
            .bind(strategy_id)
            .execute(&mut *transaction)
            .await?;
        sqlx::query(
            "INSERT INTO strategy_logos (strategy_id, image, updated_by, updated_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(strategy_id)
        .bind(image.to_vec())
        .bind(updated_by)
        .bind(now)
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    pub async fn remove_strategy_logo(&self, strategy_id: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM strategy_logos WHERE strategy_id = $1")
            .bind(strategy_id)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    /// Since when a strategy's documents carry their logo, if they have one.
    pub async fn strategy_logo_since(&self, strategy_id: &str) -> StoreResult<Option<i64>> {
        let row = sqlx::query("SELECT updated_at FROM strategy_logos WHERE strategy_id = $1")
            .bind(strategy_id)
            .fetch_optional(&self.read)
            .await?;
        Ok(match row {
            Some(row) => Some(row.try_get("updated_at")?),
            None => None,
        })
    }

    /// The bytes of a strategy's logo, if it has one.
    pub async fn strategy_logo(&self, strategy_id: &str) -> StoreResult<Option<Vec<u8>>> {
        let row = sqlx::query("SELECT image FROM strategy_logos WHERE strategy_id = $1")
            .bind(strategy_id)
            .fetch_optional(&self.read)
            .await?;
        Ok(match row {
            Some(row) => Some(row.try_get("image")?),
            None => None,
        })
    }

    /// The strategy a feed token opens.
    pub async fn strategy_of_feed(&self, token_hash: &str) -> StoreResult<Option<StrategyRow>> {
        Ok(sqlx::query_as::<_, StrategyRow>(
            "SELECT s.id, s.workspace_id, s.name, s.current_version, s.created_at, s.updated_at \
             FROM strategies s JOIN calendar_feeds f ON f.strategy_id = s.id \
             WHERE f.token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.read)
        .await?)
    }

    // ---- first run ----

    pub async fn create_setup_token(&self, token_hash: &str, expires_at: i64) -> StoreResult<()> {
        sqlx::query("DELETE FROM setup_tokens")
            .execute(&self.write)
            .await?;
        sqlx::query("INSERT INTO setup_tokens (token_hash, expires_at) VALUES ($1, $2)")
            .bind(token_hash)
            .bind(expires_at)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    /// Whether a setup token is valid now (it stays valid until the first account exists).
    pub async fn setup_token_valid(&self, token_hash: &str, now: i64) -> StoreResult<bool> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM setup_tokens WHERE token_hash = $1 AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_one(&self.read)
        .await?;
        Ok(row.try_get::<i64, _>("n")? > 0)
    }

    pub async fn clear_setup_tokens(&self) -> StoreResult<()> {
        sqlx::query("DELETE FROM setup_tokens")
            .execute(&self.write)
            .await?;
        Ok(())
    }

    // ---- audit ----

    /// Records an account event. The detail never holds a secret.
    pub async fn audit(
        &self,
        now: i64,
        user_id: Option<i64>,
        event: &str,
        detail: &str,
        ip: &str,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO audit_log (at, user_id, event, detail, ip) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(now)
        .bind(user_id)
        .bind(event)
        .bind(detail)
        .bind(ip)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// The latest audit events, newest first (for tests and the owner's view).
    pub async fn audit_events(&self, limit: i64) -> StoreResult<Vec<(String, String)>> {
        let rows = sqlx::query("SELECT event, detail FROM audit_log ORDER BY id DESC LIMIT $1")
            .bind(limit)
            .fetch_all(&self.read)
            .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("event")?, row.try_get("detail")?)))
            .collect()
    }
}

async fn insert_version(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    strategy_id: &str,
    number: i64,
    version: &NewVersion<'_>,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO versions (strategy_id, number, toml, author_id, comment, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(strategy_id)
    .bind(number)
    .bind(version.toml)
    .bind(version.author_id)
    .bind(version.comment)
    .bind(version.now)
    .execute(&mut **transaction)
    .await?;
    Ok(())
}
