//! Strategies and every saved version, each strategy's document logo and its calendar feed.
//!
//! A strategy is reached only through a workspace the caller may see: a member's
//! ([`Strategies::for_member`]), a token's ([`Strategies::in_workspace`]) or a calendar feed's
//! whose creator still edits there ([`Strategies::of_feed`]). Each gives a [`StrategyRow`]
//! whose [`StrategyId`] every other query of this module takes.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::sessions::SESSION_COLUMNS;
use super::{
    Db, Role, SessionRecord, StoreError, StoreResult, StrategyId, UserId, Workspace, WorkspaceId,
};

#[derive(Debug, Clone)]
pub struct StrategyRow {
    pub id: StrategyId,
    pub workspace_id: WorkspaceId,
    pub name: String,
    pub current_version: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

const STRATEGY_COLUMNS: &str =
    "s.id, s.workspace_id, s.name, s.current_version, s.created_at, s.updated_at";

fn strategy(row: &AnyRow) -> StoreResult<StrategyRow> {
    Ok(StrategyRow {
        id: StrategyId(row.try_get("id")?),
        workspace_id: WorkspaceId(row.try_get("workspace_id")?),
        name: row.try_get("name")?,
        current_version: row.try_get("current_version")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

#[derive(Debug, Clone)]
pub struct VersionRow {
    pub number: i64,
    pub toml: String,
    pub author_email: Option<String>,
    pub comment: String,
    pub created_at: i64,
}

/// A version in a history list: everything but its text.
#[derive(Debug, Clone)]
pub struct VersionSummary {
    pub number: i64,
    pub author_email: Option<String>,
    pub comment: String,
    pub created_at: i64,
}

/// A new version to store.
pub struct NewVersion<'a> {
    pub name: &'a str,
    pub toml: &'a str,
    pub author_id: UserId,
    pub comment: &'a str,
    pub now: i64,
}

pub struct Strategies<'a>(pub(super) &'a Db);

impl Strategies<'_> {
    /// Stores a new strategy with its first version, under a new random id (80 bits: not
    /// guessable, short in addresses).
    pub async fn create(
        &self,
        workspace_id: WorkspaceId,
        version: &NewVersion<'_>,
    ) -> StoreResult<StrategyId> {
        let secret = crate::secrets::random_secret()
            .map_err(|error| StoreError::Database(sqlx::Error::Protocol(error.to_string())))?;
        let id = StrategyId(secret[..20].to_owned());
        let mut transaction = self.0.write.begin().await?;
        sqlx::query(
            "INSERT INTO strategies (id, workspace_id, name, current_version, created_at, \
             updated_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id.as_str())
        .bind(workspace_id.0)
        .bind(version.name)
        .bind(1_i64)
        .bind(version.now)
        .bind(version.now)
        .execute(&mut *transaction)
        .await?;
        insert_version(&mut transaction, &id, 1, version).await?;
        transaction.commit().await?;
        Ok(id)
    }

    /// A page of a workspace's strategies, the latest changed first, and how many the
    /// workspace holds in all.
    pub async fn list(
        &self,
        workspace_id: WorkspaceId,
        limit: i64,
        offset: i64,
    ) -> StoreResult<(Vec<StrategyRow>, i64)> {
        // Two queries: a window count would make SQLite read and sort every row's columns.
        let total = self.count(workspace_id).await?;
        let rows = sqlx::query(&format!(
            "SELECT {STRATEGY_COLUMNS} FROM strategies s WHERE s.workspace_id = $1 \
             ORDER BY s.updated_at DESC, s.id DESC LIMIT $2 OFFSET $3"
        ))
        .bind(workspace_id.0)
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.0.read)
        .await?;
        let listed = rows.iter().map(strategy).collect::<StoreResult<_>>()?;
        Ok((listed, total))
    }

    /// How many strategies a workspace holds.
    pub async fn count(&self, workspace_id: WorkspaceId) -> StoreResult<i64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM strategies WHERE workspace_id = $1")
            .bind(workspace_id.0)
            .fetch_one(&self.0.read)
            .await?;
        Ok(row.try_get("n")?)
    }

    /// A strategy, its workspace and a user's role there, in one query: `None` when the
    /// strategy does not exist or the user is not a member of its workspace.
    pub async fn for_member(
        &self,
        id: &str,
        user_id: UserId,
    ) -> StoreResult<Option<(StrategyRow, Workspace, Role)>> {
        let row = sqlx::query(&format!(
            "SELECT {STRATEGY_COLUMNS}, w.slug, w.name AS workspace_name, m.role \
             FROM strategies s JOIN workspaces w ON w.id = s.workspace_id \
             JOIN members m ON m.workspace_id = s.workspace_id AND m.user_id = $1 \
             WHERE s.id = $2"
        ))
        .bind(user_id.0)
        .bind(id)
        .fetch_optional(&self.0.read)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let found = strategy(&row)?;
        let workspace = Workspace {
            id: found.workspace_id,
            slug: row.try_get("slug")?,
            name: row.try_get("workspace_name")?,
        };
        let role: String = row.try_get("role")?;
        Ok(Some((found, workspace, Role::stored(&role))))
    }

    /// A session and, when its user is a member of the strategy's workspace, the strategy, its
    /// workspace, the user's role and, if asked for, one stored part of the current version's
    /// view (`(language, fingerprint, part)`; `None` when not stored by this build): what a
    /// strategy's page needs, in one query. `None` when the session does not exist.
    #[allow(clippy::type_complexity)]
    pub async fn visit(
        &self,
        session_hash: &str,
        id: &str,
        view: Option<(&str, &str, &str)>,
    ) -> StoreResult<
        Option<(
            SessionRecord,
            Option<(StrategyRow, Workspace, Role, Option<String>)>,
        )>,
    > {
        // No part asked for: one that matches no row.
        let (language, fingerprint, part) = view.unwrap_or(("", "", ""));
        let row = sqlx::query(&format!(
            "SELECT {SESSION_COLUMNS}, st.id, st.workspace_id, st.name, st.current_version, \
             st.created_at, st.updated_at, w.slug, w.name AS workspace_name, m.role, \
             v.body FROM sessions s JOIN users u ON u.id = s.user_id \
             LEFT JOIN members m ON m.user_id = s.user_id \
             AND m.workspace_id = (SELECT workspace_id FROM strategies WHERE id = $1) \
             LEFT JOIN strategies st ON st.id = $2 AND st.workspace_id = m.workspace_id \
             LEFT JOIN workspaces w ON w.id = st.workspace_id \
             LEFT JOIN version_views v ON v.strategy_id = st.id \
             AND v.number = st.current_version AND v.language = $3 AND v.part = $4 \
             AND v.fingerprint = $5 \
             WHERE s.id_hash = $6"
        ))
        .bind(id)
        .bind(id)
        .bind(language)
        .bind(part)
        .bind(fingerprint)
        .bind(session_hash)
        .fetch_optional(&self.0.read)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let record = super::sessions::session(&row)?;
        let found = match row.try_get::<Option<String>, _>("id")? {
            Some(_) => {
                let found = strategy(&row)?;
                let workspace = Workspace {
                    id: found.workspace_id,
                    slug: row.try_get("slug")?,
                    name: row.try_get("workspace_name")?,
                };
                let role: String = row.try_get("role")?;
                let body: Option<String> = row.try_get("body")?;
                Some((found, workspace, Role::stored(&role), body))
            }
            None => None,
        };
        Ok(Some((record, found)))
    }

    /// A strategy of one workspace (the one an API token reaches); `None` elsewhere.
    pub async fn in_workspace(
        &self,
        id: &str,
        workspace_id: WorkspaceId,
    ) -> StoreResult<Option<StrategyRow>> {
        let row = sqlx::query(&format!(
            "SELECT {STRATEGY_COLUMNS} FROM strategies s WHERE s.id = $1 AND s.workspace_id = $2"
        ))
        .bind(id)
        .bind(workspace_id.0)
        .fetch_optional(&self.0.read)
        .await?;
        row.as_ref().map(strategy).transpose()
    }

    /// Saves a new version on top of `base`, the version the editor started from. If another
    /// version was saved meanwhile nothing is written and the current number is returned.
    pub async fn save_version(
        &self,
        strategy_id: &StrategyId,
        base: i64,
        version: &NewVersion<'_>,
    ) -> StoreResult<i64> {
        let mut transaction = self.0.write.begin().await?;
        let next = base + 1;
        let updated = sqlx::query(
            "UPDATE strategies SET current_version = $1, name = $2, updated_at = $3 \
             WHERE id = $4 AND current_version = $5",
        )
        .bind(next)
        .bind(version.name)
        .bind(version.now)
        .bind(strategy_id.as_str())
        .bind(base)
        .execute(&mut *transaction)
        .await?;
        if updated.rows_affected() == 0 {
            transaction.rollback().await?;
            let row = sqlx::query("SELECT current_version FROM strategies WHERE id = $1")
                .bind(strategy_id.as_str())
                .fetch_optional(&self.0.read)
                .await?;
            let current = match row {
                Some(row) => row.try_get("current_version")?,
                None => 0,
            };
            return Err(StoreError::Conflict { current });
        }
        insert_version(&mut transaction, strategy_id, next, version).await?;
        transaction.commit().await?;
        Ok(next)
    }

    pub async fn versions(&self, strategy_id: &StrategyId) -> StoreResult<Vec<VersionSummary>> {
        let rows = sqlx::query(
            "SELECT v.number, u.email AS author_email, v.comment, v.created_at FROM versions v \
             LEFT JOIN users u ON u.id = v.author_id WHERE v.strategy_id = $1 \
             ORDER BY v.number DESC",
        )
        .bind(strategy_id.as_str())
        .fetch_all(&self.0.read)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(VersionSummary {
                    number: row.try_get("number")?,
                    author_email: row.try_get("author_email")?,
                    comment: row.try_get("comment")?,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }

    pub async fn version(
        &self,
        strategy_id: &StrategyId,
        number: i64,
    ) -> StoreResult<Option<VersionRow>> {
        let row = sqlx::query(
            "SELECT v.number, v.toml, u.email AS author_email, v.comment, v.created_at \
             FROM versions v LEFT JOIN users u ON u.id = v.author_id \
             WHERE v.strategy_id = $1 AND v.number = $2",
        )
        .bind(strategy_id.as_str())
        .bind(number)
        .fetch_optional(&self.0.read)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        Ok(Some(VersionRow {
            number: row.try_get("number")?,
            toml: row.try_get("toml")?,
            author_email: row.try_get("author_email")?,
            comment: row.try_get("comment")?,
            created_at: row.try_get("created_at")?,
        }))
    }

    // ---- what the pages show of a version ----

    /// Stores the parts of a version's view in a language, under the program's fingerprint,
    /// replacing what another build stored. Only a strategy's current version keeps its
    /// views: those of older versions go (nothing shows them; a download computes its file).
    pub async fn put_view(
        &self,
        strategy_id: &StrategyId,
        number: i64,
        language: &str,
        fingerprint: &str,
        parts: &[(&str, &str)],
    ) -> StoreResult<()> {
        let mut transaction = self.0.write.begin().await?;
        sqlx::query("DELETE FROM version_views WHERE strategy_id = $1 AND number < $2")
            .bind(strategy_id.as_str())
            .bind(number)
            .execute(&mut *transaction)
            .await?;
        for (part, body) in parts {
            sqlx::query(
                "INSERT INTO version_views (strategy_id, number, language, part, fingerprint, \
                 body) VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (strategy_id, number, language, part) \
                 DO UPDATE SET fingerprint = excluded.fingerprint, body = excluded.body",
            )
            .bind(strategy_id.as_str())
            .bind(number)
            .bind(language)
            .bind(*part)
            .bind(fingerprint)
            .bind(*body)
            .execute(&mut *transaction)
            .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// One or two parts of a version's view in a language, as stored under `fingerprint`
    /// (a part stored by another build is missing from the answer).
    pub async fn view_parts(
        &self,
        strategy_id: &StrategyId,
        number: i64,
        language: &str,
        fingerprint: &str,
        first: &str,
        second: &str,
    ) -> StoreResult<Vec<(String, String)>> {
        let rows = sqlx::query(
            "SELECT part, body FROM version_views WHERE strategy_id = $1 AND number = $2 \
             AND language = $3 AND fingerprint = $4 AND (part = $5 OR part = $6)",
        )
        .bind(strategy_id.as_str())
        .bind(number)
        .bind(language)
        .bind(fingerprint)
        .bind(first)
        .bind(second)
        .fetch_all(&self.0.read)
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("part")?, row.try_get("body")?)))
            .collect()
    }

    /// Current versions whose view in `language` was stored by another build (or never),
    /// with their text: the background refresh computes them again.
    pub async fn stale_views(
        &self,
        language: &str,
        fingerprint: &str,
        limit: i64,
    ) -> StoreResult<Vec<(StrategyId, i64, String)>> {
        let rows = sqlx::query(
            "SELECT s.id, s.current_version, v.toml FROM strategies s \
             JOIN versions v ON v.strategy_id = s.id AND v.number = s.current_version \
             WHERE EXISTS (SELECT 1 FROM version_views o WHERE o.strategy_id = s.id \
             AND o.language = $1 AND o.part = 'frame') \
             AND NOT EXISTS (SELECT 1 FROM version_views w WHERE w.strategy_id = s.id \
             AND w.number = s.current_version AND w.language = $2 AND w.part = 'frame' \
             AND w.fingerprint = $3) ORDER BY s.updated_at DESC LIMIT $4",
        )
        .bind(language)
        .bind(language)
        .bind(fingerprint)
        .bind(limit)
        .fetch_all(&self.0.read)
        .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    StrategyId(row.try_get("id")?),
                    row.try_get("current_version")?,
                    row.try_get("toml")?,
                ))
            })
            .collect()
    }

    // ---- calendar feeds ----

    /// Gives a strategy a new feed token, replacing the previous one (which stops working).
    pub async fn set_calendar_feed(
        &self,
        strategy_id: &StrategyId,
        token_hash: &str,
        created_by: UserId,
        now: i64,
    ) -> StoreResult<()> {
        let mut transaction = self.0.write.begin().await?;
        sqlx::query("DELETE FROM calendar_feeds WHERE strategy_id = $1")
            .bind(strategy_id.as_str())
            .execute(&mut *transaction)
            .await?;
        sqlx::query(
            "INSERT INTO calendar_feeds (strategy_id, token_hash, created_by, created_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(strategy_id.as_str())
        .bind(token_hash)
        .bind(created_by.0)
        .bind(now)
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    pub async fn remove_calendar_feed(&self, strategy_id: &StrategyId) -> StoreResult<()> {
        sqlx::query("DELETE FROM calendar_feeds WHERE strategy_id = $1")
            .bind(strategy_id.as_str())
            .execute(&self.0.write)
            .await?;
        Ok(())
    }

    /// Since when a strategy has a feed that works (its creator still edits the workspace).
    pub async fn calendar_feed_since(&self, strategy_id: &StrategyId) -> StoreResult<Option<i64>> {
        let row = sqlx::query(
            "SELECT f.created_at FROM calendar_feeds f JOIN strategies s ON s.id = f.strategy_id \
             JOIN members m ON m.workspace_id = s.workspace_id AND m.user_id = f.created_by \
             WHERE f.strategy_id = $1 AND m.role IN ('owner', 'editor')",
        )
        .bind(strategy_id.as_str())
        .fetch_optional(&self.0.read)
        .await?;
        row.map(|row| Ok(row.try_get("created_at")?)).transpose()
    }

    /// The strategy a feed token opens, read as the feed's creator: a feed stops when its
    /// creator leaves the workspace or can no longer edit there.
    pub async fn of_feed(&self, token_hash: &str) -> StoreResult<Option<StrategyRow>> {
        let row = sqlx::query(&format!(
            "SELECT {STRATEGY_COLUMNS} FROM strategies s \
             JOIN calendar_feeds f ON f.strategy_id = s.id \
             JOIN members m ON m.workspace_id = s.workspace_id AND m.user_id = f.created_by \
             WHERE f.token_hash = $1 AND m.role IN ('owner', 'editor')"
        ))
        .bind(token_hash)
        .fetch_optional(&self.0.read)
        .await?;
        row.as_ref().map(strategy).transpose()
    }

    /// A strategy whose editors asked for its review or alerts to be sent: the sender reads it
    /// on their behalf (nothing when the settings are gone).
    pub async fn for_delivery(&self, strategy_id: &StrategyId) -> StoreResult<Option<StrategyRow>> {
        let row = sqlx::query(&format!(
            "SELECT {STRATEGY_COLUMNS} FROM strategies s \
             JOIN delivery_settings d ON d.strategy_id = s.id WHERE s.id = $1"
        ))
        .bind(strategy_id.as_str())
        .fetch_optional(&self.0.read)
        .await?;
        row.as_ref().map(strategy).transpose()
    }

    // ---- logos ----

    /// Gives a strategy's documents a logo (bytes already checked as an image), replacing any
    /// earlier one.
    pub async fn set_logo(
        &self,
        strategy_id: &StrategyId,
        image: &[u8],
        updated_by: UserId,
        now: i64,
    ) -> StoreResult<()> {
        let mut transaction = self.0.write.begin().await?;
        sqlx::query("DELETE FROM strategy_logos WHERE strategy_id = $1")
            .bind(strategy_id.as_str())
            .execute(&mut *transaction)
            .await?;
        sqlx::query(
            "INSERT INTO strategy_logos (strategy_id, image, updated_by, updated_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(strategy_id.as_str())
        .bind(image.to_vec())
        .bind(updated_by.0)
        .bind(now)
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    pub async fn remove_logo(&self, strategy_id: &StrategyId) -> StoreResult<()> {
        sqlx::query("DELETE FROM strategy_logos WHERE strategy_id = $1")
            .bind(strategy_id.as_str())
            .execute(&self.0.write)
            .await?;
        Ok(())
    }

    /// Since when a strategy's documents carry their logo, if they have one.
    pub async fn logo_since(&self, strategy_id: &StrategyId) -> StoreResult<Option<i64>> {
        let row = sqlx::query("SELECT updated_at FROM strategy_logos WHERE strategy_id = $1")
            .bind(strategy_id.as_str())
            .fetch_optional(&self.0.read)
            .await?;
        row.map(|row| Ok(row.try_get("updated_at")?)).transpose()
    }

    /// The bytes of a strategy's logo, if it has one.
    pub async fn logo(&self, strategy_id: &StrategyId) -> StoreResult<Option<Vec<u8>>> {
        let row = sqlx::query("SELECT image FROM strategy_logos WHERE strategy_id = $1")
            .bind(strategy_id.as_str())
            .fetch_optional(&self.0.read)
            .await?;
        row.map(|row| Ok(row.try_get("image")?)).transpose()
    }
}

async fn insert_version(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    strategy_id: &StrategyId,
    number: i64,
    version: &NewVersion<'_>,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO versions (strategy_id, number, toml, author_id, comment, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(strategy_id.as_str())
    .bind(number)
    .bind(version.toml)
    .bind(version.author_id.0)
    .bind(version.comment)
    .bind(version.now)
    .execute(&mut **transaction)
    .await?;
    Ok(())
}
