//! Each strategy's objectives by status as of a day (`progress_summaries`), kept for the
//! workspace overview: one query reads a workspace's, whatever its strategies' figures.

use sqlx::Row;

use super::{Db, StoreResult, StrategyId, WorkspaceId};

pub struct Summaries<'a>(pub(super) &'a Db);

/// A stored summary and what it was computed from.
#[derive(Clone, Debug)]
pub struct StoredSummary {
    pub as_of: String,
    pub version: i64,
    pub results_stamp: String,
    pub fingerprint: String,
    /// The objectives' lines, as JSON (`crate::progress::SummaryLine`).
    pub body: String,
}

/// A strategy of a workspace with its summary (if any) and the stamp of its imports now.
#[derive(Clone, Debug)]
pub struct OverviewRow {
    pub id: StrategyId,
    pub name: String,
    pub current_version: i64,
    pub results_stamp: String,
    pub summary: Option<StoredSummary>,
}

impl Summaries<'_> {
    /// A workspace's strategies, by name (at most `limit`), with their summaries and their
    /// imports' stamps, in one query.
    pub async fn of_workspace(
        &self,
        workspace_id: WorkspaceId,
        limit: i64,
    ) -> StoreResult<Vec<OverviewRow>> {
        let rows = sqlx::query(
            "SELECT s.id, s.name, s.current_version, \
             (SELECT COUNT(*) FROM result_imports i WHERE i.strategy_id = s.id) AS imports, \
             (SELECT COALESCE(MAX(i.id), 0) FROM result_imports i WHERE i.strategy_id = s.id) \
             AS last_import, p.as_of, p.version, p.results_stamp, p.fingerprint, p.body \
             FROM strategies s LEFT JOIN progress_summaries p ON p.strategy_id = s.id \
             WHERE s.workspace_id = $1 ORDER BY s.name, s.id LIMIT $2",
        )
        .bind(workspace_id.0)
        .bind(limit)
        .fetch_all(&self.0.read)
        .await?;
        rows.iter()
            .map(|row| {
                let imports: i64 = row.try_get("imports")?;
                let last: i64 = row.try_get("last_import")?;
                let as_of: Option<String> = row.try_get("as_of")?;
                Ok(OverviewRow {
                    id: StrategyId(row.try_get("id")?),
                    name: row.try_get("name")?,
                    current_version: row.try_get("current_version")?,
                    results_stamp: stamp(imports, last),
                    summary: match as_of {
                        None => None,
                        Some(as_of) => Some(StoredSummary {
                            as_of,
                            version: row.try_get("version")?,
                            results_stamp: row.try_get("results_stamp")?,
                            fingerprint: row.try_get("fingerprint")?,
                            body: row.try_get("body")?,
                        }),
                    },
                })
            })
            .collect()
    }

    /// The stamp of a strategy's imports now: an import or an undo changes it.
    pub async fn results_stamp(&self, strategy_id: &StrategyId) -> StoreResult<String> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS imports, COALESCE(MAX(id), 0) AS last_import \
             FROM result_imports WHERE strategy_id = $1",
        )
        .bind(strategy_id.as_str())
        .fetch_one(&self.0.read)
        .await?;
        Ok(stamp(row.try_get("imports")?, row.try_get("last_import")?))
    }

    /// Stores a strategy's summary, replacing the one it had.
    pub async fn put(&self, strategy_id: &StrategyId, summary: &StoredSummary) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO progress_summaries (strategy_id, as_of, version, results_stamp, \
             fingerprint, body) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (strategy_id) DO \
             UPDATE SET as_of = excluded.as_of, version = excluded.version, \
             results_stamp = excluded.results_stamp, fingerprint = excluded.fingerprint, \
             body = excluded.body",
        )
        .bind(strategy_id.as_str())
        .bind(summary.as_of.as_str())
        .bind(summary.version)
        .bind(summary.results_stamp.as_str())
        .bind(summary.fingerprint.as_str())
        .bind(summary.body.as_str())
        .execute(&self.0.write)
        .await?;
        Ok(())
    }
}

/// The stamp of a strategy with no import.
pub const NO_IMPORTS: &str = "0:0";

fn stamp(imports: i64, last_import: i64) -> String {
    format!("{imports}:{last_import}")
}
