//! What the application keeps, one module per aggregate: [`users`] (accounts, the second
//! factor, pending logins, the first-run setup token), [`sessions`], [`workspaces`] (members and
//! invitations), [`strategies`] (versions, what each version shows, logos, calendar feeds),
//! [`results`] (imports, posts and figures, with what each import replaced),
//! [`summaries`] (objectives by status, for the overview), [`deliveries`] (what is sent by
//! itself: settings and send jobs), [`tokens`] (API tokens), [`throttle`] (login attempts) and
//! [`audit`].
//!
//! Each aggregate is reached from the database handle (`db.users()`, `db.strategies()`...), and
//! the connection pools are private to this module: handlers cannot write SQL of their own.
//! Rules that must hold under concurrent requests (a workspace keeps an owner, a single-use link
//! is used once, the throttle counts an attempt before it is checked) are written inside one
//! statement or one transaction here, never as reads in a handler.
//!
//! Ids are newtypes: a [`UserId`] cannot be passed where a [`WorkspaceId`] is expected, and a
//! [`StrategyId`] is only made by a query that found the strategy in a workspace the caller may
//! reach, so every query about a strategy's versions starts from a checked strategy.
//!
//! Secrets (session ids, tokens) are stored as SHA-256 hashes: a copy of the database does not
//! open anyone's session. Every function takes the current time from its caller, so the clock
//! is read at the edge and tests choose it.

pub mod audit;
pub mod deliveries;
pub mod results;
pub mod sessions;
pub mod strategies;
pub mod summaries;
pub mod throttle;
pub mod tokens;
pub mod users;
pub mod workspaces;

use sqlx::AnyPool;

pub use sessions::SessionRecord;
pub use strategies::{NewVersion, StrategyRow, VersionRow, VersionSummary};
pub use tokens::TokenRecord;
pub use users::User;
pub use workspaces::{Member, Membership, Workspace};

/// Which database is behind the pools: the migrations and a few statements differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database: its connection pools, private to the store. SQLite allows one writer at a
/// time: writes go through a pool of one connection so that they queue in the application
/// instead of failing with "database is locked"; PostgreSQL uses one pool for both.
#[derive(Clone)]
pub struct Db {
    backend: Backend,
    read: AnyPool,
    write: AnyPool,
}

impl Db {
    /// Made by [`crate::db::open`] once the schema is up to date.
    pub(crate) fn new(backend: Backend, read: AnyPool, write: AnyPool) -> Db {
        Db {
            backend,
            read,
            write,
        }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn users(&self) -> users::Users<'_> {
        users::Users(self)
    }

    pub fn sessions(&self) -> sessions::Sessions<'_> {
        sessions::Sessions(self)
    }

    pub fn deliveries(&self) -> deliveries::Deliveries<'_> {
        deliveries::Deliveries(self)
    }

    pub fn workspaces(&self) -> workspaces::Workspaces<'_> {
        workspaces::Workspaces(self)
    }

    pub fn strategies(&self) -> strategies::Strategies<'_> {
        strategies::Strategies(self)
    }

    pub fn tokens(&self) -> tokens::Tokens<'_> {
        tokens::Tokens(self)
    }

    pub fn throttle(&self) -> throttle::Attempts<'_> {
        throttle::Attempts(self)
    }

    pub fn results(&self) -> results::Results<'_> {
        results::Results(self)
    }

    pub fn summaries(&self) -> summaries::Summaries<'_> {
        summaries::Summaries(self)
    }

    pub fn audit(&self) -> audit::AuditLog<'_> {
        audit::AuditLog(self)
    }

    /// Whether the database answers (readiness).
    pub async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.read).await?;
        Ok(())
    }

    /// The database's own consistency check: SQLite's `PRAGMA integrity_check` (and its
    /// foreign keys); on PostgreSQL, which keeps its own consistency, figures whose import is
    /// gone. `Ok(problems)`: empty when sound.
    pub async fn integrity_check(&self) -> StoreResult<Vec<String>> {
        use sqlx::Row;
        let mut problems = Vec::new();
        if self.backend == Backend::Sqlite {
            for row in sqlx::query("PRAGMA integrity_check")
                .fetch_all(&self.read)
                .await?
            {
                let line: String = row.try_get(0)?;
                if line != "ok" {
                    problems.push(line);
                }
            }
            let broken = sqlx::query("PRAGMA foreign_key_check")
                .fetch_all(&self.read)
                .await?;
            if !broken.is_empty() {
                problems.push(format!("{} rows break a foreign key", broken.len()));
            }
        }
        let orphans = sqlx::query(
            "SELECT COUNT(*) AS n FROM result_values v WHERE NOT EXISTS              (SELECT 1 FROM result_imports i WHERE i.id = v.import_id)",
        )
        .fetch_one(&self.read)
        .await?;
        let orphans: i64 = orphans.try_get("n")?;
        if orphans > 0 {
            problems.push(format!("{orphans} figures of an import that is gone"));
        }
        Ok(problems)
    }

    /// Closes the pools (at shutdown, and in tests that start a second server).
    pub async fn close(&self) {
        self.read.close().await;
        self.write.close().await;
    }
}

/// A database failure, or a rule of the data that a request broke.
#[derive(Debug)]
pub enum StoreError {
    /// The unique thing (an email, a slug) already exists.
    Duplicate,
    /// Another version was saved since the one the change was based on.
    Conflict {
        current: i64,
    },
    /// The change would leave a workspace without an owner.
    LastOwner,
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

impl StoreError {
    /// The database was there but taken: no writer free within the pool's timeout, or SQLite
    /// still locked past its busy timeout (a large import holds SQLite's one writer until it
    /// commits). Worth trying again; nothing is wrong with the data.
    pub fn is_busy(&self) -> bool {
        match self {
            StoreError::Database(sqlx::Error::PoolTimedOut) => true,
            StoreError::Database(error) => error
                .as_database_error()
                .and_then(|database| database.code())
                .and_then(|code| code.parse::<i32>().ok())
                // SQLITE_BUSY and SQLITE_LOCKED, with their extended codes.
                .is_some_and(|code| matches!(code & 0xff, 5 | 6)),
            _ => false,
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
            StoreError::LastOwner => formatter.write_str("a workspace keeps at least one owner"),
            StoreError::Database(error) => write!(formatter, "database error: {error}"),
        }
    }
}

impl std::error::Error for StoreError {}

pub type StoreResult<T> = Result<T, StoreError>;

/// A user account's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserId(i64);

/// A workspace's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WorkspaceId(i64);

/// A strategy's id (random, in addresses). Only the store makes one, from a strategy it found
/// where the caller may reach it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StrategyId(String);

/// An API token's id, as the account page names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TokenId(i64);

impl UserId {
    /// The number shown in forms and the audit log.
    pub fn get(self) -> i64 {
        self.0
    }
}

impl std::fmt::Display for UserId {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "{}", self.0)
    }
}

impl StrategyId {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    #[cfg(test)]
    pub(crate) fn for_tests(id: &str) -> StrategyId {
        StrategyId(id.to_owned())
    }
}

impl std::fmt::Display for StrategyId {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl TokenId {
    /// A token id read from a form: it names nothing until a query scoped to its owner finds it.
    pub fn from_form(value: i64) -> TokenId {
        TokenId(value)
    }

    pub fn get(self) -> i64 {
        self.0
    }
}

/// A member's rights in a workspace, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

    /// A role as stored; an unknown text (a newer Tomster's role) grants the least.
    fn stored(text: &str) -> Role {
        Role::parse(text).unwrap_or(Role::Viewer)
    }

    pub fn can_edit(self) -> bool {
        self >= Role::Editor
    }

    /// The message key of the role's name.
    pub fn key(self) -> &'static str {
        match self {
            Role::Owner => "web-role-owner",
            Role::Editor => "web-role-editor",
            Role::Viewer => "web-role-viewer",
        }
    }
}
