//! Opening the database: SQLite in the data folder by default, PostgreSQL when a `postgres://`
//! URL is given; the same queries on both through `sqlx::Any`, each backend with its own
//! migrations. What is kept, and how, is the [`crate::store`]'s business.
//!
//! Portable SQL only: `$1`-style parameters in increasing order (SQLite maps `$N` to the N-th
//! argument), 64-bit integers for ids, times (Unix seconds) and booleans, text for the rest.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::Executor;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};

pub use crate::store::{Backend, Db};

/// What went wrong opening the database, in words for the console.
#[derive(Debug)]
pub struct OpenError(pub String);

impl std::fmt::Display for OpenError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl std::error::Error for OpenError {}

/// The database URL of the default SQLite file in a data folder (created if missing).
pub fn sqlite_url(data_dir: &Path) -> Result<String, OpenError> {
    std::fs::create_dir_all(data_dir).map_err(|error| {
        OpenError(format!(
            "cannot create the data folder {}: {error}",
            data_dir.display()
        ))
    })?;
    let file = data_dir.join("tomster.db");
    Ok(format!("sqlite://{}?mode=rwc", file.display()))
}

/// Opens the database at `url` and brings its schema up to date.
pub async fn open(url: &str) -> Result<Db, OpenError> {
    sqlx::any::install_default_drivers();
    let backend = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Backend::Postgres
    } else if url.starts_with("sqlite:") {
        Backend::Sqlite
    } else {
        return Err(OpenError(format!(
            "unsupported database URL `{}`: expected sqlite://FILE or postgres://...",
            redact(url)
        )));
    };
    let options = AnyConnectOptions::from_str(url)
        .map_err(|error| OpenError(format!("invalid database URL `{}`: {error}", redact(url))))?;
    let pool = |connections: u32| {
        AnyPoolOptions::new()
            .max_connections(connections)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |connection, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // Durability first: a save acknowledged is on disk. WAL lets readers
                        // work while the writer writes; the busy timeout covers the rare
                        // reader/writer checkpoint contention and other processes (the
                        // console's `tomster admin`) writing at the same time.
                        // A 512 KiB page cache a connection: the file is in the system's cache
                        // anyway, and five connections at SQLite's default 2 MiB would hold a
                        // sixth of the server's memory target.
                        connection
                            .execute(
                                "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                                 PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                                 PRAGMA cache_size = -512;",
                            )
                            .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options.clone())
    };
    let (read, write) = match backend {
        Backend::Sqlite => {
            let write = pool(1).await.map_err(|error| connect_error(url, error))?;
            // Each SQLite connection has a thread of its own: a few are enough for 2 cores.
            let read = pool(4).await.map_err(|error| connect_error(url, error))?;
            (read, write)
        }
        Backend::Postgres => {
            let shared = pool(16).await.map_err(|error| connect_error(url, error))?;
            (shared.clone(), shared)
        }
    };
    let migrations = match backend {
        Backend::Sqlite => sqlx::migrate!("migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("migrations/postgres"),
    };
    migrations
        .run(&write)
        .await
        .map_err(|error| OpenError(format!("cannot update the database schema: {error}")))?;
    Ok(Db::new(backend, read, write))
}

fn connect_error(url: &str, error: sqlx::Error) -> OpenError {
    OpenError(format!(
        "cannot open the database `{}`: {error}",
        redact(url)
    ))
}

/// A database URL without its password, for messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact("postgres://tom:secret@db:5432/tomster"),
            "postgres://tom:***@db:5432/tomster"
        );
        assert_eq!(redact("postgres://db/tomster"), "postgres://db/tomster");
        assert_eq!(redact("sqlite://x.db"), "sqlite://x.db");
    }
}
