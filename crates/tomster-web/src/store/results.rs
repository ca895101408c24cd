//! A strategy's results: its imports, the posts they brought and every figure under its natural
//! key and the import that gave it. A key's figure is the newest file's (`newer_value`), so
//! undoing an import is deleting its rows: nothing to put back by hand, whatever came after.
//!
//! An import is one transaction that starts by taking the strategy's row lock (a no-op update),
//! so two imports into the same strategy run one after the other on PostgreSQL as on SQLite and
//! give what they would have given in sequence. The same bytes imported twice (their SHA-256)
//! store nothing and name the earlier import.

use jiff::civil::Date;
use sqlx::Row;
use sqlx::any::AnyRow;
use tomster_core::i18n::Coded;
use tomster_core::model::Format;
pub use tomster_core::progress::kpi::DaySeries;
use tomster_core::results::{
    Changes, Figure, ImportChanges, Metric, Observation, Per, Post, Span, Tally, newer_value,
    post_format,
};

use super::{Backend, Db, StoreResult, StrategyId, UserId};

/// What an import is, before its figures are stored.
pub struct NewImport<'a> {
    pub file_name: &'a str,
    pub size: i64,
    pub sha256: &'a str,
    pub format: &'a str,
    pub language: &'a str,
    pub network: &'a str,
    pub account: Option<&'a str>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub rows: u64,
    pub skipped_rows: u64,
    pub warnings: &'a [Coded],
    pub user: UserId,
    pub now: i64,
}

/// An import as kept.
#[derive(Debug, Clone)]
pub struct ImportRow {
    pub id: i64,
    pub file_name: String,
    pub size: i64,
    pub sha256: String,
    pub format: String,
    pub language: String,
    pub network: String,
    pub account: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub rows: i64,
    pub skipped_rows: i64,
    pub changes: ImportChanges,
    pub warnings: Vec<Coded>,
    pub created_by: Option<String>,
    pub created_at: i64,
}

/// What storing an import did.
pub enum Imported {
    /// Stored now.
    New(ImportRow),
    /// The same bytes were imported already: nothing stored, the earlier import.
    Again(ImportRow),
}

/// Which figures to read.
#[derive(Default)]
pub struct Filter<'a> {
    pub network: Option<&'a str>,
    pub metric: Option<&'a str>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// Read as of this day: each key's standing figure is the newest known by then (its
    /// file's last day, or the day it was typed, on or before it), else the first known
    /// after it. A reading as of a past day thus stays the same after later imports, even
    /// those that update the totals of older posts.
    pub known_by: Option<Date>,
}

const IMPORT_COLUMNS: &str = "i.id, i.file_name, i.size, i.sha256, i.format, i.language, \
    i.network, i.account, i.period_from, i.period_to, i.rows_read, i.rows_skipped, \
    i.posts_added, i.posts_updated, i.posts_unchanged, i.observations_added, \
    i.observations_updated, i.observations_unchanged, i.warnings, u.email, i.created_at";

fn count(row: &AnyRow, column: &str) -> StoreResult<u64> {
    Ok(u64::try_from(row.try_get::<i64, _>(column)?).unwrap_or(0))
}

fn import_row(row: &AnyRow) -> StoreResult<ImportRow> {
    let warnings: String = row.try_get("warnings")?;
    Ok(ImportRow {
        id: row.try_get("id")?,
        file_name: row.try_get("file_name")?,
        size: row.try_get("size")?,
        sha256: row.try_get("sha256")?,
        format: row.try_get("format")?,
        language: row.try_get("language")?,
        network: row.try_get("network")?,
        account: row.try_get("account")?,
        from: row.try_get("period_from")?,
        to: row.try_get("period_to")?,
        rows: row.try_get("rows_read")?,
        skipped_rows: row.try_get("rows_skipped")?,
        changes: ImportChanges {
            posts: Changes {
                added: count(row, "posts_added")?,
                updated: count(row, "posts_updated")?,
                unchanged: count(row, "posts_unchanged")?,
            },
            observations: Changes {
                added: count(row, "observations_added")?,
                updated: count(row, "observations_updated")?,
                unchanged: count(row, "observations_unchanged")?,
            },
        },
        warnings: decode_warnings(&warnings),
        created_by: row.try_get("email")?,
        created_at: row.try_get("created_at")?,
    })
}

/// Warnings are kept as their keys and arguments, written in each reader's language.
fn encode_warnings(warnings: &[Coded]) -> String {
    let list: Vec<serde_json::Value> = warnings
        .iter()
        .map(|w| serde_json::json!({ "key": w.key, "arguments": w.arguments }))
        .collect();
    serde_json::Value::Array(list).to_string()
}

fn decode_warnings(text: &str) -> Vec<Coded> {
    let Ok(serde_json::Value::Array(list)) = serde_json::from_str::<serde_json::Value>(text) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|item| {
            let key = item.get("key")?.as_str()?.to_owned();
            let arguments = item
                .get("arguments")?
                .as_array()?
                .iter()
                .filter_map(|pair| {
                    let pair = pair.as_array()?;
                    Some((
                        pair.first()?.as_str()?.to_owned(),
                        pair.get(1)?.as_str()?.to_owned(),
                    ))
                })
                .collect();
            Some(Coded { key, arguments })
        })
        .collect()
}

/// The separator of a natural key's parts: never in ids, names or dates.
const SEP: char = '\u{1f}';

fn post_key(network: &str, post_id: &str, metric: &Metric) -> String {
    format!("p{SEP}{network}{SEP}{post_id}{SEP}{}", metric.id())
}

fn observation_key(observation: &Observation) -> String {
    format!(
        "o{SEP}{}{SEP}{}{SEP}{}{SEP}{}{SEP}{}{SEP}{}",
        observation.network,
        observation.account.as_deref().unwrap_or(""),
        observation.metric.id(),
        observation.span.first_day(),
        observation.span.last_day(),
        observation.dimension.as_deref().unwrap_or("")
    )
}

/// What storing one value did.
#[derive(PartialEq)]
enum Outcome {
    Added,
    Updated,
    Unchanged,
}

/// One figure to store under its natural key.
struct Value<'a> {
    key: String,
    kind: &'static str,
    network: &'a str,
    metric: &'a Metric,
    post_id: Option<&'a str>,
    account: Option<&'a str>,
    from: Date,
    to: Date,
    dimension: Option<&'a str>,
    value: f64,
}

type Transaction<'t> = sqlx::Transaction<'t, sqlx::Any>;

/// Rows per statement.
const BATCH: usize = 1_000;

// A batch's rows travel as one JSON array bound as a single parameter, which the database
// unfolds into rows (SQLite's `json_each`, PostgreSQL's `jsonb_array_elements`). Bound one
// parameter a field, a batch would cost the square of its parameters: sqlx binds each
// numbered parameter by looking its name up among all of the statement's (measured: 61% of an
// import's time at 64 rows a statement, 96% at 1,000).

/// The select list that reads the fields of the JSON rows bound as `$parameter` (each row an
/// array; a field cast on PostgreSQL where its column is not text), and the FROM item that
/// lists those rows.
fn json_rows(backend: Backend, parameter: usize, casts: &[Option<&str>]) -> (String, String) {
    let fields = casts
        .iter()
        .enumerate()
        .map(|(index, cast)| match (backend, cast) {
            (Backend::Sqlite, _) => format!("r.value ->> {index}"),
            (Backend::Postgres, None) => format!("r ->> {index}"),
            (Backend::Postgres, Some(cast)) => format!("(r ->> {index})::{cast}"),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let rows = match backend {
        Backend::Sqlite => format!("json_each(${parameter}) AS r"),
        Backend::Postgres => format!("jsonb_array_elements(${parameter}::jsonb) AS r"),
    };
    (fields, rows)
}

/// A subquery listing the strings of the JSON array bound as `$parameter`, for `IN (...)`.
fn json_strings(backend: Backend, parameter: usize) -> String {
    match backend {
        Backend::Sqlite => format!("SELECT value FROM json_each(${parameter})"),
        Backend::Postgres => format!("SELECT jsonb_array_elements_text(${parameter}::jsonb)"),
    }
}

/// Stores a batch of figures for an import and says, for each, whether it was new, changed
/// the standing figure, or left it as it was.
async fn store_values(
    transaction: &mut Transaction<'_>,
    backend: Backend,
    strategy: &StrategyId,
    import_id: i64,
    as_of: Date,
    values: &[Value<'_>],
    fresh: &[bool],
) -> StoreResult<Vec<Outcome>> {
    if values.is_empty() {
        return Ok(Vec::new());
    }
    // What the other imports give for these keys (but those known to be new): the standing
    // figure of each.
    let looked_up: Vec<&Value<'_>> = values
        .iter()
        .zip(fresh)
        .filter(|(_, fresh)| !**fresh)
        .map(|(value, _)| value)
        .collect();
    let mut found = Vec::new();
    if !looked_up.is_empty() {
        let sql = format!(
            "SELECT value_key, value, as_of FROM result_values WHERE strategy_id = $1 \
             AND import_id <> $2 AND value_key IN ({})",
            json_strings(backend, 3)
        );
        let keys: Vec<&str> = looked_up.iter().map(|value| value.key.as_str()).collect();
        found = sqlx::query(&sql)
            .bind(strategy.as_str())
            .bind(import_id)
            .bind(serde_json::json!(keys).to_string())
            .fetch_all(&mut **transaction)
            .await?;
    }
    let mut standing: std::collections::HashMap<String, (f64, Date)> = Default::default();
    for row in found {
        let key: String = row.try_get("value_key")?;
        let figure: f64 = row.try_get("value")?;
        let day: String = row.try_get("as_of")?;
        let Ok(day) = day.parse::<Date>() else {
            continue;
        };
        let current = standing.get(&key).copied();
        standing.insert(key, best(current, (figure, day)));
    }
    // One statement for the batch; an import that gives the same key twice (two sheets of a
    // workbook) keeps the first.
    // `WHERE true`: SQLite's grammar needs it between a SELECT and its ON CONFLICT.
    let (fields, rows) = json_rows(
        backend,
        4,
        &[
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some("float8"),
        ],
    );
    let sql = format!(
        "INSERT INTO result_values (strategy_id, value_key, kind, network, metric, post_id, \
         account, day_from, day_to, dimension, value, as_of, import_id) \
         SELECT $1, {fields}, $2, $3 FROM {rows} WHERE true \
         ON CONFLICT (strategy_id, value_key, import_id) DO NOTHING"
    );
    let batch: Vec<serde_json::Value> = values
        .iter()
        .map(|value| {
            serde_json::json!([
                value.key,
                value.kind,
                value.network,
                value.metric.id(),
                value.post_id,
                value.account,
                value.from.to_string(),
                value.to.to_string(),
                value.dimension,
                value.value,
            ])
        })
        .collect();
    sqlx::query(&sql)
        .bind(strategy.as_str())
        .bind(as_of.to_string())
        .bind(import_id)
        .bind(serde_json::Value::Array(batch).to_string())
        .execute(&mut **transaction)
        .await?;
    Ok(values
        .iter()
        .map(|value| match standing.get(&value.key) {
            None => Outcome::Added,
            Some(&(before, day)) => {
                let (after, _) = best(Some((before, day)), (value.value, as_of));
                if after == before {
                    Outcome::Unchanged
                } else {
                    Outcome::Updated
                }
            }
        })
        .collect())
}

/// The posts of a batch already kept for the strategy, as (network, post id).
async fn kept_posts(
    transaction: &mut Transaction<'_>,
    backend: Backend,
    strategy: &StrategyId,
    posts: &[Post],
) -> StoreResult<std::collections::HashSet<(String, String)>> {
    // By network, so that the lookup follows the key (strategy, network, post id).
    let mut by_network: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for post in posts {
        by_network
            .entry(post.network.as_str())
            .or_default()
            .push(post.id.as_str());
    }
    let mut kept = std::collections::HashSet::new();
    for (network, ids) in by_network {
        let sql = format!(
            "SELECT network, post_id FROM result_posts WHERE strategy_id = $1 AND network = $2 \
             AND post_id IN ({})",
            json_strings(backend, 3)
        );
        let query = sqlx::query(&sql)
            .bind(strategy.as_str())
            .bind(network)
            .bind(serde_json::json!(ids).to_string());
        for row in query.fetch_all(&mut **transaction).await? {
            kept.insert((row.try_get("network")?, row.try_get("post_id")?));
        }
    }
    Ok(kept)
}

/// Stores a batch of posts; a post kept already takes a newer file's descriptive fields.
async fn insert_posts(
    transaction: &mut Transaction<'_>,
    backend: Backend,
    strategy: &StrategyId,
    import_id: i64,
    as_of: &str,
    posts: &[Post],
) -> StoreResult<()> {
    // A post twice in one batch would make the statement update a row it inserted.
    let mut seen = std::collections::HashSet::new();
    let unique: Vec<&Post> = posts
        .iter()
        .filter(|post| seen.insert((post.network.as_str(), post.id.as_str())))
        .collect();
    if unique.is_empty() {
        return Ok(());
    }
    let (fields, rows) = json_rows(
        backend,
        4,
        &[
            None,
            None,
            None,
            None,
            Some("bigint"),
            None,
            None,
            None,
            None,
        ],
    );
    let sql = format!(
        "INSERT INTO result_posts (strategy_id, network, post_id, account, published_at, \
         offset_minutes, kind, text, permalink, format, as_of, import_id) \
         SELECT $1, {fields}, $2, $3 FROM {rows} WHERE true \
         ON CONFLICT (strategy_id, network, post_id) DO UPDATE SET \
         account = COALESCE(excluded.account, result_posts.account), \
         published_at = COALESCE(excluded.published_at, result_posts.published_at), \
         kind = COALESCE(excluded.kind, result_posts.kind), \
         format = COALESCE(excluded.format, result_posts.format), \
         text = COALESCE(excluded.text, result_posts.text), \
         permalink = COALESCE(excluded.permalink, result_posts.permalink), \
         as_of = excluded.as_of WHERE excluded.as_of > result_posts.as_of"
    );
    let batch: Vec<serde_json::Value> = unique
        .iter()
        .map(|post| {
            serde_json::json!([
                post.network,
                post.id,
                post.account,
                post.published.map(|p| p.at.to_string()),
                post.published.and_then(|p| p.offset_minutes),
                post.kind,
                post.text,
                post.permalink,
                post.format().map(|format| format.as_str()),
            ])
        })
        .collect();
    sqlx::query(&sql)
        .bind(strategy.as_str())
        .bind(as_of)
        .bind(import_id)
        .bind(serde_json::Value::Array(batch).to_string())
        .execute(&mut **transaction)
        .await?;
    Ok(())
}

/// The figure that stands between two files' figures for one key: the newer file's, the
/// larger between files of the same day.
fn best(current: Option<(f64, Date)>, other: (f64, Date)) -> (f64, Date) {
    match current {
        None => other,
        Some((value, day)) => (newer_value(value, day, other.0, other.1), day.max(other.1)),
    }
}

fn tally(changes: &mut Changes, outcome: &Outcome) {
    match outcome {
        Outcome::Added => changes.added += 1,
        Outcome::Updated => changes.updated += 1,
        Outcome::Unchanged => changes.unchanged += 1,
    }
}

pub struct Results<'a>(pub(super) &'a Db);

impl Results<'_> {
    /// Stores an import and its figures in one transaction, or names the earlier import of the
    /// same bytes. `as_of` is the day the file's figures are known at (the last day it covers).
    pub async fn import(
        &self,
        strategy: &StrategyId,
        record: &NewImport<'_>,
        posts: &[Post],
        observations: &[Observation],
        as_of: Date,
    ) -> StoreResult<Imported> {
        let mut writer = match self.begin_import(strategy, record, as_of).await? {
            Ok(writer) => writer,
            Err(earlier) => return Ok(Imported::Again(earlier)),
        };
        writer.add(posts, observations).await?;
        Ok(Imported::New(writer.finish().await?))
    }

    /// Starts an import: its transaction, with the strategy's row lock taken and the import's
    /// record written; `Err` with the earlier import when the same bytes were imported already.
    /// Figures are then added in batches as they are read (`ImportWriter::add`), and nothing is
    /// kept unless `ImportWriter::finish` commits.
    pub async fn begin_import(
        &self,
        strategy: &StrategyId,
        record: &NewImport<'_>,
        as_of: Date,
    ) -> StoreResult<Result<ImportWriter, ImportRow>> {
        let mut transaction = self.0.write.begin().await?;
        lock_strategy(&mut transaction, strategy).await?;
        let earlier = sqlx::query(&format!(
            "SELECT {IMPORT_COLUMNS} FROM result_imports i LEFT JOIN users u ON u.id = i.created_by \
             WHERE i.strategy_id = $1 AND i.sha256 = $2"
        ))
        .bind(strategy.as_str())
        .bind(record.sha256)
        .fetch_optional(&mut *transaction)
        .await?;
        if let Some(earlier) = earlier {
            transaction.rollback().await?;
            return Ok(Err(import_row(&earlier)?));
        }
        let inserted = sqlx::query(
            "INSERT INTO result_imports (strategy_id, file_name, size, sha256, format, language, \
             network, account, period_from, period_to, rows_read, rows_skipped, posts_added, \
             posts_updated, posts_unchanged, observations_added, observations_updated, \
             observations_unchanged, warnings, created_by, created_at) VALUES ($1, $2, $3, $4, \
             $5, $6, $7, $8, $9, $10, $11, $12, 0, 0, 0, 0, 0, 0, $13, $14, $15) RETURNING id",
        )
        .bind(strategy.as_str())
        .bind(record.file_name)
        .bind(record.size)
        .bind(record.sha256)
        .bind(record.format)
        .bind(record.language)
        .bind(record.network)
        .bind(record.account)
        .bind(record.from.map(|d| d.to_string()))
        .bind(record.to.map(|d| d.to_string()))
        .bind(i64::try_from(record.rows).unwrap_or(i64::MAX))
        .bind(i64::try_from(record.skipped_rows).unwrap_or(i64::MAX))
        .bind(encode_warnings(record.warnings))
        .bind(record.user.get())
        .bind(record.now)
        .fetch_one(&mut *transaction)
        .await?;
        let import_id: i64 = inserted.try_get("id")?;
        Ok(Ok(ImportWriter {
            transaction,
            strategy: strategy.clone(),
            import_id,
            as_of,
            changes: ImportChanges::default(),
            backend: self.0.backend,
        }))
    }

    /// A strategy's imports, the latest first.
    pub async fn imports(&self, strategy: &StrategyId) -> StoreResult<Vec<ImportRow>> {
        let rows = sqlx::query(&format!(
            "SELECT {IMPORT_COLUMNS} FROM result_imports i LEFT JOIN users u ON u.id = i.created_by \
             WHERE i.strategy_id = $1 ORDER BY i.id DESC"
        ))
        .bind(strategy.as_str())
        .fetch_all(&self.0.read)
        .await?;
        rows.iter().map(import_row).collect()
    }

    /// One import of a strategy.
    pub async fn import_by_id(
        &self,
        strategy: &StrategyId,
        id: i64,
    ) -> StoreResult<Option<ImportRow>> {
        let row = sqlx::query(&format!(
            "SELECT {IMPORT_COLUMNS} FROM result_imports i LEFT JOIN users u ON u.id = i.created_by \
             WHERE i.strategy_id = $1 AND i.id = $2"
        ))
        .bind(strategy.as_str())
        .bind(id)
        .fetch_optional(&self.0.read)
        .await?;
        row.as_ref().map(import_row).transpose()
    }

    /// Undoes an import in one transaction: its figures go, so each key is back to what the
    /// other imports give (nothing where this one added it). `false` when the strategy has no
    /// such import.
    pub async fn undo(&self, strategy: &StrategyId, import_id: i64) -> StoreResult<bool> {
        let mut transaction = self.0.write.begin().await?;
        lock_strategy(&mut transaction, strategy).await?;
        let exists =
            sqlx::query("SELECT id FROM result_imports WHERE strategy_id = $1 AND id = $2")
                .bind(strategy.as_str())
                .bind(import_id)
                .fetch_optional(&mut *transaction)
                .await?;
        if exists.is_none() {
            transaction.rollback().await?;
            return Ok(false);
        }
        let s = strategy.as_str();
        sqlx::query("DELETE FROM result_values WHERE strategy_id = $1 AND import_id = $2")
            .bind(s)
            .bind(import_id)
            .execute(&mut *transaction)
            .await?;
        // Posts with no figure left go; the others belong to an import that still has them.
        sqlx::query(
            "DELETE FROM result_posts WHERE strategy_id = $1 AND NOT EXISTS (SELECT 1 FROM \
             result_values v WHERE v.strategy_id = result_posts.strategy_id AND v.kind = 'post' \
             AND v.network = result_posts.network AND v.post_id = result_posts.post_id)",
        )
        .bind(s)
        .execute(&mut *transaction)
        .await?;
        sqlx::query(
            "UPDATE result_posts SET import_id = (SELECT MIN(v.import_id) FROM result_values v \
             WHERE v.strategy_id = result_posts.strategy_id AND v.kind = 'post' AND v.network = \
             result_posts.network AND v.post_id = result_posts.post_id) \
             WHERE strategy_id = $1 AND import_id = $2",
        )
        .bind(s)
        .bind(import_id)
        .execute(&mut *transaction)
        .await?;
        sqlx::query("DELETE FROM result_imports WHERE id = $1")
            .bind(import_id)
            .execute(&mut *transaction)
            .await?;
        store_day_figures(&mut transaction, strategy).await?;
        transaction.commit().await?;
        Ok(true)
    }

    /// The strategy's figures per network, metric and day, week or month (the core's
    /// `figures` rules), filtered. The database does the heavy part: it picks each key's
    /// standing figure among the imports that give it (the newest file's, the larger between
    /// files of the same day) and sums them per day, so a request reads a few rows per day and
    /// metric whatever the number of posts, and its memory stays small.
    pub async fn figures(
        &self,
        strategy: &StrategyId,
        filter: &Filter<'_>,
        per: Per,
    ) -> StoreResult<Vec<Figure>> {
        if let Some(stored) = self.stored_day_figures(strategy, filter, per).await? {
            return Ok(stored
                .into_iter()
                .flat_map(|(network, metric, days)| {
                    days.into_iter().map(move |(start, value)| Figure {
                        network: network.clone(),
                        metric: metric.clone(),
                        start,
                        value,
                    })
                })
                .collect());
        }
        let mut connection = self.0.read.acquire().await?;
        tally_figures(&mut connection, strategy, filter, per).await
    }

    /// The figures per day as series, for `DayFigures::from_series`: the stored ones when they
    /// answer `filter`, else those read from the imports.
    pub async fn day_series(
        &self,
        strategy: &StrategyId,
        filter: &Filter<'_>,
    ) -> StoreResult<Vec<DaySeries>> {
        if let Some(stored) = self.stored_day_figures(strategy, filter, Per::Day).await? {
            return Ok(stored);
        }
        let mut connection = self.0.read.acquire().await?;
        let figures = tally_figures(&mut connection, strategy, filter, Per::Day).await?;
        let mut series: Vec<DaySeries> = Vec::new();
        for figure in figures {
            match series.last_mut() {
                Some((network, metric, days))
                    if *network == figure.network && *metric == figure.metric =>
                {
                    days.push((figure.start, figure.value));
                }
                _ => series.push((
                    figure.network,
                    figure.metric,
                    vec![(figure.start, figure.value)],
                )),
            }
        }
        Ok(series)
    }

    /// Strategies with imports and no stored figures per day (imported into by an earlier
    /// build), at most `limit`.
    pub async fn without_day_figures(&self, limit: i64) -> StoreResult<Vec<StrategyId>> {
        let rows = sqlx::query(
            "SELECT s.id FROM strategies s WHERE EXISTS (SELECT 1 FROM result_imports i \
             WHERE i.strategy_id = s.id) AND NOT EXISTS (SELECT 1 FROM result_day_figures d \
             WHERE d.strategy_id = s.id) ORDER BY s.id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.0.read)
        .await?;
        rows.iter()
            .map(|row| Ok(StrategyId(row.try_get("id")?)))
            .collect()
    }

    /// Stores a strategy's figures per day from its imports now, under its lock.
    pub async fn store_day_figures_now(&self, strategy: &StrategyId) -> StoreResult<()> {
        let mut transaction = self.0.write.begin().await?;
        lock_strategy(&mut transaction, strategy).await?;
        store_day_figures(&mut transaction, strategy).await?;
        transaction.commit().await?;
        Ok(())
    }

    /// The last day the stored figures per day answer from, when they stand for the imports as
    /// they are now (a reading as of that day or later reads them).
    pub async fn stored_through(&self, strategy: &StrategyId) -> StoreResult<Option<String>> {
        Ok(self
            .current_day_figures(strategy)
            .await?
            .map(|(through, _)| through))
    }

    /// The stored figures per day (the last day they answer from, and their JSON) when they
    /// stand for the imports as they are now.
    async fn current_day_figures(
        &self,
        strategy: &StrategyId,
    ) -> StoreResult<Option<(String, String)>> {
        let row = sqlx::query(
            "SELECT d.stamp, d.through, d.body, \
             (SELECT COUNT(*) FROM result_imports i WHERE i.strategy_id = $1) AS imports, \
             (SELECT COALESCE(MAX(i.id), 0) FROM result_imports i WHERE i.strategy_id = $1) \
             AS last_import FROM result_day_figures d WHERE d.strategy_id = $1",
        )
        .bind(strategy.as_str())
        .fetch_optional(&self.0.read)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let stamp: String = row.try_get("stamp")?;
        let imports: i64 = row.try_get("imports")?;
        let last: i64 = row.try_get("last_import")?;
        if stamp != format!("{imports}:{last}") {
            return Ok(None);
        }
        Ok(Some((row.try_get("through")?, row.try_get("body")?)))
    }

    /// The figures per day stored at the last import or undo, when they answer `filter`: the
    /// whole strategy, per day, read as of a day on or after the latest any figure covers or is
    /// known at (then every key's standing figure is its newest, as stored). `None`: the
    /// figures are read from their imports.
    async fn stored_day_figures(
        &self,
        strategy: &StrategyId,
        filter: &Filter<'_>,
        per: Per,
    ) -> StoreResult<Option<Vec<DaySeries>>> {
        if per != Per::Day
            || filter.network.is_some()
            || filter.metric.is_some()
            || filter.from.is_some()
        {
            return Ok(None);
        }
        let Some((through, body)) = self.current_day_figures(strategy).await? else {
            return Ok(None);
        };
        let covers = |day: Option<Date>| day.is_none_or(|day| day.to_string() >= through);
        if !covers(filter.to) || !covers(filter.known_by) {
            return Ok(None);
        }
        Ok(decode_day_figures(&body))
    }
}

/// The stamp of stored figures per day that stand for no imports.
const UNSTORED: &str = "unstored";

/// Rewrites a strategy's stored figures per day from its imports, in the transaction that
/// changed them (an import or an undo, which hold the strategy's lock).
async fn store_day_figures(
    transaction: &mut Transaction<'_>,
    strategy: &StrategyId,
) -> StoreResult<()> {
    let figures = tally_figures(transaction, strategy, &Filter::default(), Per::Day).await?;
    let row = sqlx::query(
        "SELECT (SELECT COUNT(*) FROM result_imports WHERE strategy_id = $1) AS imports, \
         (SELECT COALESCE(MAX(id), 0) FROM result_imports WHERE strategy_id = $1) AS last_import, \
         (SELECT COALESCE(MAX(as_of), '') FROM result_values WHERE strategy_id = $1) AS known, \
         (SELECT COALESCE(MAX(day_to), '') FROM result_values WHERE strategy_id = $1) AS covered",
    )
    .bind(strategy.as_str())
    .fetch_one(&mut **transaction)
    .await?;
    let imports: i64 = row.try_get("imports")?;
    let last: i64 = row.try_get("last_import")?;
    let known: String = row.try_get("known")?;
    let covered: String = row.try_get("covered")?;
    // A figure JSON cannot hold (not finite) leaves a row no stamp matches: the figures are
    // then read from their imports, and the row says they were looked at.
    let (stamp, body) = match encode_day_figures(&figures) {
        Some(body) => (format!("{imports}:{last}"), body),
        None => (UNSTORED.to_owned(), String::new()),
    };
    sqlx::query(
        "INSERT INTO result_day_figures (strategy_id, stamp, through, body) VALUES ($1, $2, $3, \
         $4) ON CONFLICT (strategy_id) DO UPDATE SET stamp = excluded.stamp, \
         through = excluded.through, body = excluded.body",
    )
    .bind(strategy.as_str())
    .bind(stamp)
    .bind(known.max(covered))
    .bind(body)
    .execute(&mut **transaction)
    .await?;
    Ok(())
}

/// Figures per day as series: `[network, metric, first day, [value or null per day]]`, one per
/// network and metric (the figures come sorted by network, metric and day).
fn encode_day_figures(figures: &[Figure]) -> Option<String> {
    let mut series: Vec<(String, String, Date, Vec<Option<f64>>)> = Vec::new();
    for figure in figures {
        if !figure.value.is_finite() {
            return None;
        }
        let id = figure.metric.id();
        let next = match series.last_mut() {
            Some((network, metric, first, values))
                if *network == figure.network && metric == id =>
            {
                let offset = (figure.start - *first).get_days();
                let offset = usize::try_from(offset).ok()?;
                if offset < values.len() {
                    return None;
                }
                values.resize(offset, None);
                values.push(Some(figure.value));
                false
            }
            _ => true,
        };
        if next {
            series.push((
                figure.network.clone(),
                id.to_owned(),
                figure.start,
                vec![Some(figure.value)],
            ));
        }
    }
    let json: Vec<serde_json::Value> = series
        .into_iter()
        .map(|(network, metric, first, values)| {
            serde_json::json!([network, metric, first.to_string(), values])
        })
        .collect();
    serde_json::to_string(&json).ok()
}

fn decode_day_figures(body: &str) -> Option<Vec<DaySeries>> {
    let series: Vec<(String, String, String, Vec<Option<f64>>)> =
        serde_json::from_str(body).ok()?;
    let mut decoded = Vec::with_capacity(series.len());
    for (network, metric_id, first, values) in series {
        let metric = Metric::from_id(&metric_id).unwrap_or(Metric::Custom(metric_id));
        let mut days = Vec::with_capacity(values.len());
        let mut day: Date = first.parse().ok()?;
        for value in values {
            if let Some(value) = value {
                days.push((day, value));
            }
            day = day.tomorrow().ok()?;
        }
        decoded.push((network, metric, days));
    }
    Some(decoded)
}

/// The figures per network, metric and period, read from the imports on `connection` (the
/// core's `figures` rules): the database picks each key's standing figure among the imports
/// that give it (the newest file's, the larger between files of the same day) and sums them
/// per day, so a request reads a few rows per day and metric whatever the number of posts.
async fn tally_figures(
    connection: &mut sqlx::AnyConnection,
    strategy: &StrategyId,
    filter: &Filter<'_>,
    per: Per,
) -> StoreResult<Vec<Figure>> {
    let mut conditions = String::new();
    let mut next = 2;
    let mut add = |clause: &str| {
        conditions.push_str(&format!(" AND {clause} ${next}"));
        next += 1;
    };
    if filter.network.is_some() {
        add("network =");
    }
    if filter.metric.is_some() {
        add("metric =");
    }
    if filter.from.is_some() {
        add("day_to >=");
    }
    if filter.to.is_some() {
        add("day_from <=");
    }
    // Which of a key's figures stands: the newest file's (the larger value between files
    // of the same day), or, read as of a day, the newest known by then, else the first.
    let order = match filter.known_by {
        Some(_) => format!(
            "CASE WHEN as_of <= ${next} THEN 0 ELSE 1 END, CASE WHEN as_of <= ${next} \
             THEN as_of ELSE '' END DESC, as_of ASC, value DESC"
        ),
        None => "as_of DESC, value DESC".to_owned(),
    };
    // A post's figures count in its day whatever its account; an account's keep theirs.
    let standing = format!(
        "SELECT kind, network, metric, CASE WHEN kind = 'post' THEN NULL ELSE account END \
         AS account, day_from, day_to, dimension, SUM(value) AS value FROM (SELECT kind, \
         network, metric, account, day_from, day_to, dimension, value, ROW_NUMBER() OVER \
         (PARTITION BY value_key ORDER BY {order}) AS standing \
         FROM result_values WHERE strategy_id = $1{conditions}) AS v WHERE standing = 1 \
         GROUP BY 1, 2, 3, 4, 5, 6, 7"
    );
    // The posts of each day, by format: the one stored with the post, or for a post stored
    // before formats were (migration 0013), the one its type tells.
    let published = format!(
        "SELECT v.network, v.day_from, p.format, CASE WHEN p.format IS NULL THEN p.kind END \
         AS kind, COUNT(*) AS posts FROM (SELECT DISTINCT network, day_from, post_id \
         FROM result_values WHERE strategy_id = $1 AND kind = 'post'{conditions}) AS v \
         LEFT JOIN result_posts p ON p.strategy_id = $1 AND p.network = v.network \
         AND p.post_id = v.post_id GROUP BY 1, 2, 3, 4"
    );
    let mut tally = Tally::new(per);
    let day = |row: &AnyRow, column: &str| -> StoreResult<Option<Date>> {
        let text: String = row.try_get(column)?;
        Ok(text.parse::<Date>().ok())
    };
    for row in filtered(&standing, strategy.as_str(), filter, true)
        .fetch_all(&mut *connection)
        .await?
    {
        let kind: String = row.try_get("kind")?;
        let network: String = row.try_get("network")?;
        let metric_id: String = row.try_get("metric")?;
        let metric = Metric::from_id(&metric_id).unwrap_or(Metric::Custom(metric_id));
        let value: f64 = row.try_get("value")?;
        let (Some(from), Some(to)) = (day(&row, "day_from")?, day(&row, "day_to")?) else {
            continue;
        };
        if kind == "post" {
            tally.add_post_figure(&network, from, &metric, value);
        } else {
            tally.add_observation(&Observation {
                network,
                account: row.try_get("account")?,
                metric,
                span: if from == to {
                    Span::Day { date: from }
                } else {
                    Span::Period { from, to }
                },
                dimension: row.try_get("dimension")?,
                value,
            });
        }
    }
    for row in filtered(&published, strategy.as_str(), filter, false)
        .fetch_all(&mut *connection)
        .await?
    {
        let network: String = row.try_get("network")?;
        let posts: i64 = row.try_get("posts")?;
        let format: Option<String> = row.try_get("format")?;
        let kind: Option<String> = row.try_get("kind")?;
        let format = match format {
            Some(format) => Format::parse(&format),
            None => post_format(&network, kind.as_deref(), None),
        };
        if let Some(published) = day(&row, "day_from")? {
            tally.add_post_figure(&network, published, &Metric::Posts, posts as f64);
            if let Some(format) = format {
                tally.add_post_figure(&network, published, &Metric::PostsAs(format), posts as f64);
            }
        }
    }
    Ok(tally.figures())
}

/// A post among the best of a period: its network, day of publication, text and figure.
pub struct RankedPost {
    pub network: String,
    pub published_at: Option<String>,
    pub text: Option<String>,
    pub value: f64,
}

impl Results<'_> {
    /// The posts published from `from` to `to` with the highest standing figure of a metric
    /// (each key's figure as known by `known_by`, else its first), at most `limit`.
    pub async fn best_posts(
        &self,
        strategy: &StrategyId,
        metric: &str,
        (from, to): (Date, Date),
        known_by: Date,
        limit: i64,
    ) -> StoreResult<Vec<RankedPost>> {
        let rows = sqlx::query(
            "SELECT p.network, p.published_at, p.text, v.value FROM (SELECT network, post_id, \
             value, ROW_NUMBER() OVER (PARTITION BY value_key ORDER BY CASE WHEN as_of <= $5 \
             THEN 0 ELSE 1 END, CASE WHEN as_of <= $5 THEN as_of ELSE '' END DESC, as_of ASC, \
             value DESC) AS standing FROM result_values WHERE strategy_id = $1 AND \
             kind = 'post' AND metric = $2 AND day_from >= $3 AND day_from <= $4) AS v \
             JOIN result_posts p ON p.strategy_id = $1 AND p.network = v.network AND \
             p.post_id = v.post_id WHERE v.standing = 1 ORDER BY v.value DESC, p.post_id \
             LIMIT $6",
        )
        .bind(strategy.as_str())
        .bind(metric)
        .bind(from.to_string())
        .bind(to.to_string())
        .bind(known_by.to_string())
        .bind(limit)
        .fetch_all(&self.0.read)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(RankedPost {
                    network: row.try_get("network")?,
                    published_at: row.try_get("published_at")?,
                    text: row.try_get("text")?,
                    value: row.try_get("value")?,
                })
            })
            .collect()
    }
}

/// `sql` with the strategy as `$1` and the filter's values, in `Results::figures`' order
/// (the day it is read as of last, when `sql` orders by it).
fn filtered<'q>(
    sql: &'q str,
    strategy: &'q str,
    filter: &Filter<'q>,
    with_known_by: bool,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    let mut query = sqlx::query(sql).bind(strategy);
    if let Some(network) = filter.network {
        query = query.bind(network);
    }
    if let Some(metric) = filter.metric {
        query = query.bind(metric);
    }
    if let Some(from) = filter.from {
        query = query.bind(from.to_string());
    }
    if let Some(to) = filter.to {
        query = query.bind(to.to_string());
    }
    if let (true, Some(known_by)) = (with_known_by, filter.known_by) {
        query = query.bind(known_by.to_string());
    }
    query
}

/// Takes the strategy's row lock for the transaction (PostgreSQL; SQLite's single writer
/// already serialises): imports and undos of one strategy run one after the other.
async fn lock_strategy(
    transaction: &mut Transaction<'_>,
    strategy: &StrategyId,
) -> StoreResult<()> {
    sqlx::query("UPDATE strategies SET updated_at = updated_at WHERE id = $1")
        .bind(strategy.as_str())
        .execute(&mut **transaction)
        .await?;
    Ok(())
}

/// A file uploaded in the page and waiting for the user's confirmation.
pub struct StagedFile {
    pub file_name: String,
    pub skip_invalid: bool,
    pub network: Option<String>,
    pub bytes: Vec<u8>,
}

/// How long an uploaded file waits for its confirmation.
const STAGED_SECONDS: i64 = 24 * 60 * 60;

impl Results<'_> {
    /// Keeps uploaded files under a secret's hash until they are confirmed or cancelled; files
    /// left longer than a day by anyone are removed on the way.
    pub async fn stage(
        &self,
        strategy: &StrategyId,
        user: UserId,
        token_hash: &str,
        files: &[StagedFile],
        now: i64,
    ) -> StoreResult<()> {
        let mut transaction = self.0.write.begin().await?;
        sqlx::query("DELETE FROM result_staged WHERE created_at < $1")
            .bind(now - STAGED_SECONDS)
            .execute(&mut *transaction)
            .await?;
        for (position, file) in files.iter().enumerate() {
            sqlx::query(
                "INSERT INTO result_staged (token_hash, position, strategy_id, user_id, \
                 file_name, skip_invalid, network, bytes, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(token_hash)
            .bind(position as i64)
            .bind(strategy.as_str())
            .bind(user.get())
            .bind(&file.file_name)
            .bind(i64::from(file.skip_invalid))
            .bind(file.network.as_deref())
            .bind(file.bytes.as_slice())
            .bind(now)
            .execute(&mut *transaction)
            .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// The files a user staged for a strategy under a secret's hash, in upload order.
    pub async fn staged(
        &self,
        strategy: &StrategyId,
        user: UserId,
        token_hash: &str,
    ) -> StoreResult<Vec<StagedFile>> {
        let rows = sqlx::query(
            "SELECT file_name, skip_invalid, network, bytes FROM result_staged \
             WHERE token_hash = $1 AND strategy_id = $2 AND user_id = $3 ORDER BY position",
        )
        .bind(token_hash)
        .bind(strategy.as_str())
        .bind(user.get())
        .fetch_all(&self.0.read)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(StagedFile {
                    file_name: row.try_get("file_name")?,
                    skip_invalid: row.try_get::<i64, _>("skip_invalid")? != 0,
                    network: row.try_get("network")?,
                    bytes: row.try_get("bytes")?,
                })
            })
            .collect()
    }

    /// Forgets staged files (confirmed or cancelled).
    pub async fn unstage(
        &self,
        strategy: &StrategyId,
        user: UserId,
        token_hash: &str,
    ) -> StoreResult<()> {
        sqlx::query(
            "DELETE FROM result_staged WHERE token_hash = $1 AND strategy_id = $2 AND user_id = $3",
        )
        .bind(token_hash)
        .bind(strategy.as_str())
        .bind(user.get())
        .execute(&self.0.write)
        .await?;
        Ok(())
    }
}

impl Results<'_> {
    /// How many figures an import holds (the crash test checks an import is whole).
    pub async fn value_count(&self, strategy: &StrategyId, import_id: i64) -> StoreResult<i64> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM result_values WHERE strategy_id = $1 AND import_id = $2",
        )
        .bind(strategy.as_str())
        .bind(import_id)
        .fetch_one(&self.0.read)
        .await?;
        Ok(row.try_get("n")?)
    }
}

/// An import being stored: its transaction, open until `finish` commits it (dropped, it rolls
/// back and nothing of the import is kept).
pub struct ImportWriter {
    transaction: sqlx::Transaction<'static, sqlx::Any>,
    strategy: StrategyId,
    import_id: i64,
    as_of: Date,
    changes: ImportChanges,
    backend: Backend,
}

impl ImportWriter {
    /// Stores a batch of posts and observations of the import.
    pub async fn add(&mut self, posts: &[Post], observations: &[Observation]) -> StoreResult<()> {
        let as_of = self.as_of;
        let as_of_text = as_of.to_string();

        // Posts in batches: one query finds those already kept, one statement stores them (a
        // newer file's descriptive fields replace an older one's).
        for batch in posts.chunks(BATCH) {
            let kept =
                kept_posts(&mut self.transaction, self.backend, &self.strategy, batch).await?;
            insert_posts(
                &mut self.transaction,
                self.backend,
                &self.strategy,
                self.import_id,
                &as_of_text,
                batch,
            )
            .await?;
            let mut values = Vec::new();
            let mut owners = Vec::new();
            for (index, post) in batch.iter().enumerate() {
                let day = post.published.map(|p| p.at.date()).unwrap_or(as_of);
                for (metric, figure) in &post.metrics {
                    owners.push(index);
                    values.push(Value {
                        key: post_key(&post.network, &post.id, metric),
                        kind: "post",
                        network: &post.network,
                        metric,
                        post_id: Some(&post.id),
                        account: post.account.as_deref(),
                        from: day,
                        to: day,
                        dimension: None,
                        value: *figure,
                    });
                }
            }
            let mut changed = vec![false; batch.len()];
            // A post no import had before has no figure kept either: nothing to look up.
            let fresh = owners
                .iter()
                .map(|owner| {
                    !kept.contains(&(batch[*owner].network.clone(), batch[*owner].id.clone()))
                })
                .collect::<Vec<bool>>();
            for ((chunk, owner_chunk), fresh_chunk) in values
                .chunks(BATCH)
                .zip(owners.chunks(BATCH))
                .zip(fresh.chunks(BATCH))
            {
                let outcomes = self.store(chunk, fresh_chunk).await?;
                for (outcome, owner) in outcomes.iter().zip(owner_chunk) {
                    changed[*owner] |= *outcome != Outcome::Unchanged;
                }
            }
            for (index, post) in batch.iter().enumerate() {
                let added = !kept.contains(&(post.network.clone(), post.id.clone()));
                let outcome = match (added, changed[index]) {
                    (true, _) => Outcome::Added,
                    (false, true) => Outcome::Updated,
                    (false, false) => Outcome::Unchanged,
                };
                tally(&mut self.changes.posts, &outcome);
            }
        }
        let values: Vec<Value<'_>> = observations
            .iter()
            .map(|observation| Value {
                key: observation_key(observation),
                kind: "account",
                network: &observation.network,
                metric: &observation.metric,
                post_id: None,
                account: observation.account.as_deref(),
                from: observation.span.first_day(),
                to: observation.span.last_day(),
                dimension: observation.dimension.as_deref(),
                value: observation.value,
            })
            .collect();
        for chunk in values.chunks(BATCH) {
            let fresh = vec![false; chunk.len()];
            for outcome in self.store(chunk, &fresh).await? {
                tally(&mut self.changes.observations, &outcome);
            }
        }
        Ok(())
    }

    /// Stores a batch of the import's figures (`store_values`).
    async fn store(&mut self, values: &[Value<'_>], fresh: &[bool]) -> StoreResult<Vec<Outcome>> {
        let as_of = self.as_of;
        store_values(
            &mut self.transaction,
            self.backend,
            &self.strategy,
            self.import_id,
            as_of,
            values,
            fresh,
        )
        .await
    }

    /// Writes the import's counts and commits: the import and all its figures are kept.
    pub async fn finish(mut self) -> StoreResult<ImportRow> {
        let as_i64 = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
        sqlx::query(
            "UPDATE result_imports SET posts_added = $1, posts_updated = $2, posts_unchanged = $3, \
             observations_added = $4, observations_updated = $5, observations_unchanged = $6 \
             WHERE id = $7",
        )
        .bind(as_i64(self.changes.posts.added))
        .bind(as_i64(self.changes.posts.updated))
        .bind(as_i64(self.changes.posts.unchanged))
        .bind(as_i64(self.changes.observations.added))
        .bind(as_i64(self.changes.observations.updated))
        .bind(as_i64(self.changes.observations.unchanged))
        .bind(self.import_id)
        .execute(&mut *self.transaction)
        .await?;
        let row = sqlx::query(&format!(
            "SELECT {IMPORT_COLUMNS} FROM result_imports i LEFT JOIN users u ON u.id = i.created_by \
             WHERE i.id = $1"
        ))
        .bind(self.import_id)
        .fetch_one(&mut *self.transaction)
        .await?;
        let stored = import_row(&row)?;
        store_day_figures(&mut self.transaction, &self.strategy).await?;
        self.transaction.commit().await?;
        Ok(stored)
    }
}
