//! Personal access tokens for the API: stored hashed, each reaching one workspace, read-only or
//! not, capped by its owner's current role there.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Db, Role, StoreResult, StrategyId, StrategyRow, TokenId, UserId, WorkspaceId};

/// A personal access token, as authorization and the account page need it.
#[derive(Debug, Clone)]
pub struct TokenRecord {
    pub id: TokenId,
    pub user_id: UserId,
    pub workspace_id: WorkspaceId,
    pub name: String,
    pub read_only: bool,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

const TOKEN_COLUMNS: &str =
    "t.id, t.user_id, t.workspace_id, t.name, t.read_only, t.created_at, t.revoked_at";

fn token(row: &AnyRow) -> StoreResult<TokenRecord> {
    Ok(TokenRecord {
        id: TokenId(row.try_get("id")?),
        user_id: UserId(row.try_get("user_id")?),
        workspace_id: WorkspaceId(row.try_get("workspace_id")?),
        name: row.try_get("name")?,
        read_only: row.try_get::<i64, _>("read_only")? != 0,
        created_at: row.try_get("created_at")?,
        revoked_at: row.try_get("revoked_at")?,
    })
}

pub struct Tokens<'a>(pub(super) &'a Db);

impl Tokens<'_> {
    /// A new token for a member of a workspace; nothing when the user is not a member.
    pub async fn create(
        &self,
        user_id: UserId,
        workspace_id: WorkspaceId,
        name: &str,
        token_hash: &str,
        read_only: bool,
        now: i64,
    ) -> StoreResult<Option<TokenId>> {
        let row = sqlx::query(
            "INSERT INTO tokens (user_id, workspace_id, name, token_hash, read_only, created_at) \
             SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS \
             (SELECT 1 FROM members WHERE workspace_id = $7 AND user_id = $8) RETURNING id",
        )
        .bind(user_id.0)
        .bind(workspace_id.0)
        .bind(name)
        .bind(token_hash)
        .bind(i64::from(read_only))
        .bind(now)
        .bind(workspace_id.0)
        .bind(user_id.0)
        .fetch_optional(&self.0.write)
        .await?;
        row.map(|row| Ok(TokenId(row.try_get("id")?))).transpose()
    }

    /// A live token with its owner's current role in the token's workspace, in one query: a
    /// member removed from the workspace loses the token's reach at once.
    pub async fn with_role(&self, token_hash: &str) -> StoreResult<Option<(TokenRecord, Role)>> {
        let row = sqlx::query(&format!(
            "SELECT {TOKEN_COLUMNS}, m.role FROM tokens t JOIN members m \
             ON m.workspace_id = t.workspace_id AND m.user_id = t.user_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL"
        ))
        .bind(token_hash)
        .fetch_optional(&self.0.read)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let role: String = row.try_get("role")?;
        Ok(Some((token(&row)?, Role::stored(&role))))
    }

    /// A live token with its owner's role, and the strategy `id` when it is in the token's
    /// workspace, with one stored part of its current version's view
    /// (`(language, fingerprint, part)`): an analysis of the API in one query.
    #[allow(clippy::type_complexity)]
    pub async fn visit(
        &self,
        token_hash: &str,
        id: &str,
        view: (&str, &str, &str),
    ) -> StoreResult<Option<(TokenRecord, Role, Option<(StrategyRow, Option<String>)>)>> {
        let (language, fingerprint, part) = view;
        let row = sqlx::query(&format!(
            "SELECT {TOKEN_COLUMNS}, m.role, st.id AS strategy_id, \
             st.workspace_id AS strategy_workspace, st.name AS strategy_name, \
             st.current_version, st.created_at AS strategy_created_at, st.updated_at, v.body \
             FROM tokens t JOIN members m \
             ON m.workspace_id = t.workspace_id AND m.user_id = t.user_id \
             LEFT JOIN strategies st ON st.id = $1 AND st.workspace_id = t.workspace_id \
             LEFT JOIN version_views v ON v.strategy_id = st.id \
             AND v.number = st.current_version AND v.language = $2 AND v.part = $3 \
             AND v.fingerprint = $4 \
             WHERE t.token_hash = $5 AND t.revoked_at IS NULL"
        ))
        .bind(id)
        .bind(language)
        .bind(part)
        .bind(fingerprint)
        .bind(token_hash)
        .fetch_optional(&self.0.read)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let role: String = row.try_get("role")?;
        let strategy = match row.try_get::<Option<String>, _>("strategy_id")? {
            Some(strategy_id) => Some((
                StrategyRow {
                    id: StrategyId(strategy_id),
                    workspace_id: WorkspaceId(row.try_get("strategy_workspace")?),
                    name: row.try_get("strategy_name")?,
                    current_version: row.try_get("current_version")?,
                    created_at: row.try_get("strategy_created_at")?,
                    updated_at: row.try_get("updated_at")?,
                },
                row.try_get("body")?,
            )),
            None => None,
        };
        Ok(Some((token(&row)?, Role::stored(&role), strategy)))
    }

    /// A user's tokens with their workspace's name, newest first.
    pub async fn of_user(&self, user_id: UserId) -> StoreResult<Vec<(TokenRecord, String)>> {
        let rows = sqlx::query(&format!(
            "SELECT {TOKEN_COLUMNS}, w.name AS workspace_name FROM tokens t \
             JOIN workspaces w ON w.id = t.workspace_id WHERE t.user_id = $1 ORDER BY t.id DESC"
        ))
        .bind(user_id.0)
        .fetch_all(&self.0.read)
        .await?;
        rows.iter()
            .map(|row| Ok((token(row)?, row.try_get("workspace_name")?)))
            .collect()
    }

    /// Revokes one of a user's tokens; false when it is not theirs or already revoked.
    pub async fn revoke(&self, token_id: TokenId, user_id: UserId, now: i64) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 \
             AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(token_id.0)
        .bind(user_id.0)
        .execute(&self.0.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
