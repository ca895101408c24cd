//! Workspaces (an agency's clients, a company's brands), their members with a role, and the
//! single-use invitations that bring new members in.
//!
//! Two rules hold whatever requests race them, because each lives in one transaction that
//! first locks the workspace's row: a workspace always keeps an owner, and an invitation is
//! used once.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::sessions::SESSION_COLUMNS;
use super::{Db, Role, SessionRecord, StoreError, StoreResult, UserId, WorkspaceId};

#[derive(Debug, Clone)]
pub struct Workspace {
    pub id: WorkspaceId,
    pub slug: String,
    pub name: String,
}

fn workspace(row: &AnyRow) -> StoreResult<Workspace> {
    Ok(Workspace {
        id: WorkspaceId(row.try_get("id")?),
        slug: row.try_get("slug")?,
        name: row.try_get("name")?,
    })
}

/// A workspace as one of its members sees it.
#[derive(Debug, Clone)]
pub struct Membership {
    pub workspace: Workspace,
    pub role: Role,
}

/// A member as the workspace page lists it.
#[derive(Debug, Clone)]
pub struct Member {
    pub user_id: UserId,
    pub email: String,
    pub role: Role,
}

/// What became of an invitation used by someone without an account.
pub enum NewAccount {
    Joined(UserId),
    /// The invitation was used, expired or never existed.
    NoInvitation,
    /// An account with this email exists: it signs in first.
    EmailTaken,
}

pub struct Workspaces<'a>(pub(super) &'a Db);

impl Workspaces<'_> {
    /// Creates a workspace with its first owner.
    pub async fn create(
        &self,
        slug: &str,
        name: &str,
        owner: UserId,
        now: i64,
    ) -> StoreResult<Workspace> {
        let mut transaction = self.0.write.begin().await?;
        let created = insert_workspace(&mut transaction, slug, name, owner, now).await?;
        transaction.commit().await?;
        Ok(created)
    }

    /// Whether a slug is taken (to propose another before creating).
    pub async fn slug_taken(&self, slug: &str) -> StoreResult<bool> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM workspaces WHERE slug = $1")
            .bind(slug)
            .fetch_one(&self.0.read)
            .await?;
        Ok(row.try_get::<i64, _>("n")? > 0)
    }

    /// A workspace by its slug, for the console only: pages and the API reach a workspace
    /// through a membership or a token.
    pub async fn by_slug_for_console(&self, slug: &str) -> StoreResult<Option<Workspace>> {
        let row = sqlx::query("SELECT id, slug, name FROM workspaces WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&self.0.read)
            .await?;
        row.as_ref().map(workspace).transpose()
    }

    /// A workspace and a user's role there; `None` when it does not exist or the user is not
    /// a member (the two look the same to the caller).
    pub async fn for_member(
        &self,
        slug: &str,
        user_id: UserId,
    ) -> StoreResult<Option<(Workspace, Role)>> {
        let row = sqlx::query(
            "SELECT w.id, w.slug, w.name, m.role FROM workspaces w \
             JOIN members m ON m.workspace_id = w.id AND m.user_id = $1 WHERE w.slug = $2",
        )
        .bind(user_id.0)
        .bind(slug)
        .fetch_optional(&self.0.read)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let role: String = row.try_get("role")?;
        Ok(Some((workspace(&row)?, Role::stored(&role))))
    }

    /// A session and, when its user is a member of the workspace `slug`, the workspace and the
    /// user's role: what a workspace's page needs of its visitor, in one query. `None` when the
    /// session does not exist.
    pub async fn visit(
        &self,
        session_hash: &str,
        slug: &str,
    ) -> StoreResult<Option<(SessionRecord, Option<(Workspace, Role)>)>> {
        let row = sqlx::query(&format!(
            "SELECT {SESSION_COLUMNS}, w.id, w.slug, w.name, m.role \
             FROM sessions s JOIN users u ON u.id = s.user_id \
             LEFT JOIN workspaces w ON w.slug = $1 \
             LEFT JOIN members m ON m.workspace_id = w.id AND m.user_id = s.user_id \
             WHERE s.id_hash = $2"
        ))
        .bind(slug)
        .bind(session_hash)
        .fetch_optional(&self.0.read)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let record = super::sessions::session(&row)?;
        let role: Option<String> = row.try_get("role")?;
        let found = match role {
            Some(role) => Some((workspace(&row)?, Role::stored(&role))),
            None => None,
        };
        Ok(Some((record, found)))
    }

    /// The workspace a token reaches, by its id.
    pub async fn by_id(&self, id: WorkspaceId) -> StoreResult<Option<Workspace>> {
        let row = sqlx::query("SELECT id, slug, name FROM workspaces WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.0.read)
            .await?;
        row.as_ref().map(workspace).transpose()
    }

    /// The workspaces a user belongs to, by name.
    pub async fn memberships(&self, user_id: UserId) -> StoreResult<Vec<Membership>> {
        let rows = sqlx::query(
            "SELECT w.id, w.slug, w.name, m.role FROM workspaces w \
             JOIN members m ON m.workspace_id = w.id WHERE m.user_id = $1 ORDER BY w.name, w.slug",
        )
        .bind(user_id.0)
        .fetch_all(&self.0.read)
        .await?;
        rows.iter()
            .map(|row| {
                let role: String = row.try_get("role")?;
                Ok(Membership {
                    workspace: workspace(row)?,
                    role: Role::stored(&role),
                })
            })
            .collect()
    }

    pub async fn members(&self, workspace_id: WorkspaceId) -> StoreResult<Vec<Member>> {
        let rows = sqlx::query(
            "SELECT m.user_id, u.email, m.role FROM members m JOIN users u ON u.id = m.user_id \
             WHERE m.workspace_id = $1 ORDER BY u.email",
        )
        .bind(workspace_id.0)
        .fetch_all(&self.0.read)
        .await?;
        rows.iter().map(member).collect()
    }

    /// A member of a workspace by the user number a form posted; `None` when that user is not
    /// a member there.
    pub async fn member(
        &self,
        workspace_id: WorkspaceId,
        posted_user: i64,
    ) -> StoreResult<Option<Member>> {
        let row = sqlx::query(
            "SELECT m.user_id, u.email, m.role FROM members m JOIN users u ON u.id = m.user_id \
             WHERE m.workspace_id = $1 AND m.user_id = $2",
        )
        .bind(workspace_id.0)
        .bind(posted_user)
        .fetch_optional(&self.0.read)
        .await?;
        row.as_ref().map(member).transpose()
    }

    /// Gives a user a role in a workspace (adding them if they are not a member). Refused with
    /// [`StoreError::LastOwner`] when it would demote the workspace's last owner.
    pub async fn set_role(
        &self,
        workspace_id: WorkspaceId,
        user_id: UserId,
        role: Role,
    ) -> StoreResult<()> {
        let mut transaction = self.0.write.begin().await?;
        lock_workspace(&mut transaction, workspace_id).await?;
        if role != Role::Owner
            && !other_owner_exists(&mut transaction, workspace_id, user_id).await?
        {
            let current = current_role(&mut transaction, workspace_id, user_id).await?;
            if current == Some(Role::Owner) {
                transaction.rollback().await?;
                return Err(StoreError::LastOwner);
            }
        }
        write_role(&mut transaction, workspace_id, user_id, role).await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Removes a member. Refused with [`StoreError::LastOwner`] for the workspace's last owner;
    /// false when the user was not a member.
    pub async fn remove_member(
        &self,
        workspace_id: WorkspaceId,
        user_id: UserId,
    ) -> StoreResult<bool> {
        let mut transaction = self.0.write.begin().await?;
        lock_workspace(&mut transaction, workspace_id).await?;
        let current = current_role(&mut transaction, workspace_id, user_id).await?;
        if current.is_none() {
            transaction.rollback().await?;
            return Ok(false);
        }
        if current == Some(Role::Owner)
            && !other_owner_exists(&mut transaction, workspace_id, user_id).await?
        {
            transaction.rollback().await?;
            return Err(StoreError::LastOwner);
        }
        sqlx::query("DELETE FROM members WHERE workspace_id = $1 AND user_id = $2")
            .bind(workspace_id.0)
            .bind(user_id.0)
            .execute(&mut *transaction)
            .await?;
        // The member's calendar feeds stop with their access (a feed is read as its creator).
        transaction.commit().await?;
        Ok(true)
    }

    /// How many owners a workspace has.
    pub async fn owner_count(&self, workspace_id: WorkspaceId) -> StoreResult<i64> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM members WHERE workspace_id = $1 AND role = 'owner'",
        )
        .bind(workspace_id.0)
        .fetch_one(&self.0.read)
        .await?;
        Ok(row.try_get("n")?)
    }

    // ---- invitations ----

    pub async fn create_invitation(
        &self,
        token_hash: &str,
        workspace_id: WorkspaceId,
        role: Role,
        created_by: UserId,
        now: i64,
        expires_at: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO invitations (token_hash, workspace_id, role, created_by, created_at, \
             expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token_hash)
        .bind(workspace_id.0)
        .bind(role.as_str())
        .bind(created_by.0)
        .bind(now)
        .bind(expires_at)
        .execute(&self.0.write)
        .await?;
        Ok(())
    }

    /// A usable invitation (not used, not expired): its workspace and the role it grants.
    pub async fn invitation(
        &self,
        token_hash: &str,
        now: i64,
    ) -> StoreResult<Option<(Workspace, Role)>> {
        let row = sqlx::query(
            "SELECT w.id, w.slug, w.name, i.role FROM invitations i \
             JOIN workspaces w ON w.id = i.workspace_id WHERE i.token_hash = $1 \
             AND i.used_at IS NULL AND i.expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.0.read)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let role: String = row.try_get("role")?;
        Ok(Some((workspace(&row)?, Role::stored(&role))))
    }

    /// Uses an invitation for a signed-in user: they join with its role (or keep a higher
    /// one). False when the invitation was used or expired, by this request's rivals too.
    pub async fn accept_invitation(
        &self,
        token_hash: &str,
        user_id: UserId,
        now: i64,
    ) -> StoreResult<bool> {
        let mut transaction = self.0.write.begin().await?;
        let Some((workspace_id, offered)) =
            consume_invitation(&mut transaction, token_hash, now).await?
        else {
            transaction.rollback().await?;
            return Ok(false);
        };
        join(&mut transaction, workspace_id, user_id, offered).await?;
        transaction.commit().await?;
        Ok(true)
    }

    /// Uses an invitation to make a new account and bring it in, in one transaction: the
    /// invitation is consumed first, so of many requests at once one makes an account.
    pub async fn accept_invitation_with_account(
        &self,
        token_hash: &str,
        email: &str,
        password_hash: &str,
        now: i64,
    ) -> StoreResult<NewAccount> {
        let mut transaction = self.0.write.begin().await?;
        let Some((workspace_id, offered)) =
            consume_invitation(&mut transaction, token_hash, now).await?
        else {
            transaction.rollback().await?;
            return Ok(NewAccount::NoInvitation);
        };
        let user_id =
            match super::users::insert_user(&mut transaction, email, password_hash, now).await {
                Ok(id) => id,
                Err(StoreError::Duplicate) => {
                    // The invitation stays usable: the person signs in and uses it.
                    transaction.rollback().await?;
                    return Ok(NewAccount::EmailTaken);
                }
                Err(error) => return Err(error),
            };
        join(&mut transaction, workspace_id, user_id, offered).await?;
        transaction.commit().await?;
        Ok(NewAccount::Joined(user_id))
    }
}

fn member(row: &AnyRow) -> StoreResult<Member> {
    let role: String = row.try_get("role")?;
    Ok(Member {
        user_id: UserId(row.try_get("user_id")?),
        email: row.try_get("email")?,
        role: Role::stored(&role),
    })
}

type Transaction<'t> = sqlx::Transaction<'t, sqlx::Any>;

/// Inserts a workspace and its first owner inside a transaction.
pub(super) async fn insert_workspace(
    transaction: &mut Transaction<'_>,
    slug: &str,
    name: &str,
    owner: UserId,
    now: i64,
) -> StoreResult<Workspace> {
    let row = sqlx::query(
        "INSERT INTO workspaces (slug, name, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(slug)
    .bind(name)
    .bind(now)
    .fetch_one(&mut **transaction)
    .await?;
    let id = WorkspaceId(row.try_get("id")?);
    write_role(transaction, id, owner, Role::Owner).await?;
    Ok(Workspace {
        id,
        slug: slug.to_owned(),
        name: name.to_owned(),
    })
}

/// Takes the workspace's row lock until the transaction ends: on PostgreSQL a row lock, on
/// SQLite the database's write lock. Every change to a workspace's members takes it first, so
/// two changes to one workspace run one after the other and each sees the other's result.
async fn lock_workspace(
    transaction: &mut Transaction<'_>,
    workspace_id: WorkspaceId,
) -> StoreResult<()> {
    sqlx::query("UPDATE workspaces SET name = name WHERE id = $1")
        .bind(workspace_id.0)
        .execute(&mut **transaction)
        .await?;
    Ok(())
}

async fn current_role(
    transaction: &mut Transaction<'_>,
    workspace_id: WorkspaceId,
    user_id: UserId,
) -> StoreResult<Option<Role>> {
    let row = sqlx::query("SELECT role FROM members WHERE workspace_id = $1 AND user_id = $2")
        .bind(workspace_id.0)
        .bind(user_id.0)
        .fetch_optional(&mut **transaction)
        .await?;
    row.map(|row| Ok(Role::stored(&row.try_get::<String, _>("role")?)))
        .transpose()
}

async fn other_owner_exists(
    transaction: &mut Transaction<'_>,
    workspace_id: WorkspaceId,
    user_id: UserId,
) -> StoreResult<bool> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM members WHERE workspace_id = $1 AND role = 'owner' \
         AND user_id <> $2",
    )
    .bind(workspace_id.0)
    .bind(user_id.0)
    .fetch_one(&mut **transaction)
    .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

async fn write_role(
    transaction: &mut Transaction<'_>,
    workspace_id: WorkspaceId,
    user_id: UserId,
    role: Role,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM members WHERE workspace_id = $1 AND user_id = $2")
        .bind(workspace_id.0)
        .bind(user_id.0)
        .execute(&mut **transaction)
        .await?;
    sqlx::query("INSERT INTO members (workspace_id, user_id, role) VALUES ($1, $2, $3)")
        .bind(workspace_id.0)
        .bind(user_id.0)
        .bind(role.as_str())
        .execute(&mut **transaction)
        .await?;
    Ok(())
}

/// Marks an invitation used, if it is usable: one statement, so only one of many requests at
/// once gets it. Returns its workspace and role.
async fn consume_invitation(
    transaction: &mut Transaction<'_>,
    token_hash: &str,
    now: i64,
) -> StoreResult<Option<(WorkspaceId, Role)>> {
    let row = sqlx::query(
        "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL \
         AND expires_at > $3 RETURNING workspace_id, role",
    )
    .bind(now)
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&mut **transaction)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let role: String = row.try_get("role")?;
    Ok(Some((
        WorkspaceId(row.try_get("workspace_id")?),
        Role::stored(&role),
    )))
}

/// A user joins a workspace with a role, or keeps a higher one they already have.
async fn join(
    transaction: &mut Transaction<'_>,
    workspace_id: WorkspaceId,
    user_id: UserId,
    offered: Role,
) -> StoreResult<()> {
    let current = current_role(transaction, workspace_id, user_id).await?;
    if current.is_some_and(|current| current >= offered) {
        return Ok(());
    }
    write_role(transaction, workspace_id, user_id, offered).await
}
