//! Results in, the use cases the pages and the API share: an uploaded export is streamed to a
//! temporary file (never held whole in memory) while its SHA-256 is computed, read by
//! `tomster-import` on the bounded pool, and stored in one transaction; figures typed in a form
//! or sent as JSON are checked and stored the same way.

use std::io::Write;
use std::path::PathBuf;

use axum::body::Body;
use futures_util::StreamExt;
use jiff::civil::Date;
use sha2::{Digest, Sha256};
use tomster_core::i18n::Coded;
use tomster_core::model::Language;
use tomster_core::results::{Metric, Observation, Post, Published, Span};
use tomster_import::{Context, Reading};

use crate::store::results::{ImportRow, Imported, NewImport};
use crate::store::{StrategyRow, UserId};
use crate::web::{AppError, AppState};

/// The largest export an upload may be: far above any real one (a year of a busy account's
/// posts is a few MB), and what the streaming reader handles in bounded memory.
pub const MAX_IMPORT_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// The longest file name kept with an import.
const FILE_NAME_CHARACTERS: usize = 200;

/// An upload on disk, removed when dropped.
pub struct Upload {
    path: PathBuf,
    pub size: u64,
    pub sha256: String,
}

impl Drop for Upload {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Why an upload was not received.
#[derive(Debug)]
pub enum ReceiveError {
    TooLarge,
    /// The body broke off, or the disk refused it.
    Failed,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A file being written to disk as its chunks arrive, counted and hashed.
pub struct Spool {
    upload: Upload,
    writer: std::io::BufWriter<std::fs::File>,
    hasher: Sha256,
    limit: u64,
}

impl Spool {
    pub fn new(limit: u64) -> Result<Spool, ReceiveError> {
        let name = crate::secrets::random_secret().map_err(|_| ReceiveError::Failed)?;
        let path = std::env::temp_dir().join(format!("tomster-upload-{}", &name[..24]));
        let file = std::fs::File::create(&path).map_err(|_| ReceiveError::Failed)?;
        Ok(Spool {
            upload: Upload {
                path,
                size: 0,
                sha256: String::new(),
            },
            writer: std::io::BufWriter::with_capacity(256 * 1024, file),
            hasher: Sha256::new(),
            limit,
        })
    }

    /// Adds a chunk (at most a few hundred KB: written in place rather than on the pool).
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), ReceiveError> {
        self.upload.size += chunk.len() as u64;
        if self.upload.size > self.limit {
            return Err(ReceiveError::TooLarge);
        }
        self.hasher.update(chunk);
        self.writer
            .write_all(chunk)
            .map_err(|_| ReceiveError::Failed)
    }

    pub fn finish(mut self) -> Result<Upload, ReceiveError> {
        self.writer.flush().map_err(|_| ReceiveError::Failed)?;
        self.upload.sha256 = hex(&self.hasher.finalize());
        Ok(self.upload)
    }
}

/// Streams a request body to a temporary file, counting and hashing it; refused past `limit`.
pub async fn receive(body: Body, limit: u64) -> Result<Upload, ReceiveError> {
    let mut spool = Spool::new(limit)?;
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|_| ReceiveError::Failed)?;
        spool.push(&chunk)?;
    }
    spool.finish()
}

impl Upload {
    /// The file's bytes (a page's upload, small enough to be kept until confirmed).
    pub fn bytes(&self) -> std::io::Result<Vec<u8>> {
        std::fs::read(&self.path)
    }

    /// An upload of bytes already in memory (a staged file being confirmed).
    pub fn from_bytes(bytes: &[u8]) -> Result<Upload, ReceiveError> {
        let mut spool = Spool::new(u64::MAX)?;
        spool.push(bytes)?;
        spool.finish()
    }
}

/// A file name as it will be shown: its last path segment, control characters removed, cut.
pub fn clean_file_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control())
        .take(FILE_NAME_CHARACTERS)
        .collect();
    if cleaned.trim().is_empty() {
        "export".to_owned()
    } else {
        cleaned
    }
}

/// What an import became.
pub enum ImportAnswer {
    Stored(ImportRow),
    /// The same bytes were imported already: nothing stored.
    Again(ImportRow),
    /// Not an export: the sentence that says what it is.
    Refused(Coded),
    /// Rows with errors and no `skip_invalid`: nothing stored, every error listed.
    Invalid(Box<Reading>),
}

/// What the strategy tells the importers: its networks and its own KPIs, from its current
/// version.
async fn context(
    state: &AppState,
    strategy: &StrategyRow,
    network: Option<String>,
) -> Result<Context, AppError> {
    let version = crate::service::current_version(state, strategy).await?;
    let today = jiff::Timestamp::from_second(state.now())
        .map(|t| t.to_zoned_datetime(jiff::tz::TimeZone::UTC).date())
        .map_err(|_| AppError::Internal)?;
    let strategy_context = state
        .workers
        .run(move |_| {
            tomster_core::load::from_toml_str(&version.toml)
                .ok()
                .map(|loaded| Context::for_strategy(&loaded.strategy, today, None))
        })
        .await?;
    let workbook_worker = state.config.workbook_worker.clone();
    Ok(match strategy_context {
        Some(context) => Context {
            network,
            workbook_worker,
            ..context
        },
        None => Context {
            today,
            networks: Vec::new(),
            custom_metrics: Vec::new(),
            network,
            figures_only: false,
            workbook_worker,
        },
    })
}

/// Reads an upload as an export on the pool, keeping only its summary (format, period,
/// counts, warnings, errors): what the preview shows and what decides whether it is stored.
pub async fn read_upload(
    state: &AppState,
    strategy: &StrategyRow,
    upload: &Upload,
    network: Option<String>,
) -> Result<Result<Reading, Coded>, AppError> {
    let context = context(state, strategy, network).await?;
    scan_file(state, upload.path.clone(), context).await
}

async fn scan_file(
    state: &AppState,
    path: PathBuf,
    context: Context,
) -> Result<Result<Reading, Coded>, AppError> {
    Ok(state
        .workers
        .run(move |cancel| {
            let file = std::fs::File::open(&path).map_err(|error| {
                Coded::new(
                    "import-refused-unreadable",
                    &[("reason", error.to_string())],
                )
            })?;
            let input = std::io::BufReader::with_capacity(256 * 1024, file);
            tomster_import::scan(input, &context, &mut |_, _| !cancel.is_cancelled())
        })
        .await?)
}

/// The record of an import, from its reading and its file.
fn import_record<'a>(
    reading: &'a Reading,
    file_name: &'a str,
    size: u64,
    sha256: &'a str,
    user: UserId,
    now: i64,
) -> NewImport<'a> {
    NewImport {
        file_name,
        size: i64::try_from(size).unwrap_or(i64::MAX),
        sha256,
        format: &reading.format,
        language: &reading.language,
        network: &reading.network,
        account: reading.account.as_deref(),
        from: reading.from,
        to: reading.to,
        rows: reading.rows,
        skipped_rows: reading.skipped_rows,
        warnings: &reading.warnings,
        user,
        now,
    }
}

/// What the reading job sends to the request that stores its figures.
enum Read {
    Batch(Vec<Post>, Vec<Observation>),
    Done(Result<(), Coded>),
}

/// Reads and stores an uploaded export for a strategy, in two passes over the file on disk:
/// the first decides (a refusal, errors without `skip_invalid`, the same bytes already), the
/// second hands the figures over in batches to the import's transaction as they are read, so
/// that no file is ever held whole in memory. Nothing is kept unless the whole file was stored.
pub async fn import_upload(
    state: &AppState,
    strategy: &StrategyRow,
    user: UserId,
    file_name: &str,
    upload: Upload,
    skip_invalid: bool,
    network: Option<String>,
) -> Result<ImportAnswer, AppError> {
    let answer = import_upload_now(
        state,
        strategy,
        user,
        file_name,
        upload,
        skip_invalid,
        network,
    )
    .await?;
    refreshed(state, strategy, &answer);
    Ok(answer)
}

/// The overview's summary of a strategy is refreshed after its figures changed.
fn refreshed(state: &AppState, strategy: &StrategyRow, answer: &ImportAnswer) {
    if matches!(answer, ImportAnswer::Stored(_)) {
        crate::progress::refresh_soon(state, &strategy.id, strategy.current_version);
    }
}

async fn import_upload_now(
    state: &AppState,
    strategy: &StrategyRow,
    user: UserId,
    file_name: &str,
    upload: Upload,
    skip_invalid: bool,
    network: Option<String>,
) -> Result<ImportAnswer, AppError> {
    let context = context(state, strategy, network).await?;
    let reading = match scan_file(state, upload.path.clone(), context.clone()).await? {
        Ok(reading) => reading,
        Err(refusal) if refusal.key == "import-refused-stopped" => return Err(AppError::Busy),
        Err(refusal) => return Ok(ImportAnswer::Refused(refusal)),
    };
    if reading.error_count > 0 && !skip_invalid {
        return Ok(ImportAnswer::Invalid(Box::new(reading)));
    }
    let file_name = clean_file_name(file_name);
    let as_of = reading.to.unwrap_or_else(|| Date::constant(1970, 1, 1));
    let record = import_record(
        &reading,
        &file_name,
        upload.size,
        &upload.sha256,
        user,
        state.now(),
    );
    let mut writer = match state
        .db
        .results()
        .begin_import(&strategy.id, &record, as_of)
        .await?
    {
        Ok(writer) => writer,
        Err(earlier) => return Ok(ImportAnswer::Again(earlier)),
    };
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Read>(2);
    let path = upload.path.clone();
    let started = state
        .workers
        .spawn(move |cancel| {
            let outcome = std::fs::File::open(&path)
                .map_err(|error| {
                    Coded::new(
                        "import-refused-unreadable",
                        &[("reason", error.to_string())],
                    )
                })
                .and_then(|file| {
                    let input = std::io::BufReader::with_capacity(256 * 1024, file);
                    tomster_import::scan(input, &context, &mut |posts, observations| {
                        !cancel.is_cancelled()
                            && sender
                                .blocking_send(Read::Batch(posts, observations))
                                .is_ok()
                    })
                })
                .map(|_| ());
            let _ = sender.blocking_send(Read::Done(outcome));
        })
        .await?;
    while let Some(message) = receiver.recv().await {
        match message {
            Read::Batch(posts, observations) => writer.add(&posts, &observations).await?,
            Read::Done(Ok(())) => {
                started.keep();
                let stored = writer.finish().await?;
                drop(upload);
                return Ok(ImportAnswer::Stored(stored));
            }
            // Cancelled (its budget, the server stopping): the transaction rolls back.
            Read::Done(Err(_)) => return Err(AppError::Busy),
        }
    }
    Err(AppError::Busy)
}

async fn store(
    state: &AppState,
    strategy: &StrategyRow,
    user: UserId,
    file_name: &str,
    size: u64,
    sha256: &str,
    reading: Reading,
) -> Result<ImportAnswer, AppError> {
    let as_of = reading.to.unwrap_or_else(|| Date::constant(1970, 1, 1));
    let record = import_record(&reading, file_name, size, sha256, user, state.now());
    let stored = state
        .db
        .results()
        .import(
            &strategy.id,
            &record,
            &reading.posts,
            &reading.observations,
            as_of,
        )
        .await?;
    Ok(match stored {
        Imported::New(row) => ImportAnswer::Stored(row),
        Imported::Again(row) => ImportAnswer::Again(row),
    })
}

/// One figure typed in a form or sent as JSON.
#[derive(Debug, Clone, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FigureInput {
    /// The day (`YYYY-MM-DD`), or the first day of the period with `to`.
    pub date: String,
    /// The last day of the period the figure covers (a week, a month); none for a day.
    #[serde(default)]
    pub to: Option<String>,
    /// One of the strategy's networks (`instagram`...), or `website`.
    pub network: String,
    /// A metric of the vocabulary (`reach`, `views`, `follows`...), a catalogue KPI id, or
    /// one of the strategy's own KPIs (`bookings`).
    pub metric: String,
    pub value: f64,
    /// The post the figure belongs to, when it is a post's.
    #[serde(default)]
    pub post_id: Option<String>,
    #[serde(default)]
    pub account: Option<String>,
}

/// A figure that cannot be stored, by its place in the list.
#[derive(Debug, Clone, serde::Serialize, schemars::JsonSchema)]
pub struct FigureError {
    pub index: usize,
    pub field: String,
    pub message: String,
}

/// The most figures one request sends.
pub const MAX_FIGURES: usize = 10_000;

/// Checks figures against the strategy: known network and metric, real dates, finite values.
pub async fn check_figures(
    state: &AppState,
    strategy: &StrategyRow,
    figures: &[FigureInput],
    language: Language,
) -> Result<Result<(Vec<Post>, Vec<Observation>), Vec<FigureError>>, AppError> {
    let context = context(state, strategy, None).await?;
    let mut errors = Vec::new();
    let mut posts = Vec::new();
    let mut observations = Vec::new();
    for (index, figure) in figures.iter().enumerate() {
        let mut fail = |field: &str, key: &str, value: &str| {
            errors.push(FigureError {
                index,
                field: field.to_owned(),
                message: tomster_core::i18n::text(language, key, &[("value", value.to_owned())]),
            })
        };
        let from = figure.date.parse::<Date>().ok();
        let to = match &figure.to {
            Some(to) => to.parse::<Date>().ok(),
            None => from,
        };
        if from.is_none() {
            fail("date", "import-error-date", &figure.date);
        }
        if to.is_none() || (from.is_some() && to < from) {
            fail(
                "to",
                "import-error-date",
                figure.to.as_deref().unwrap_or(""),
            );
        }
        let network = figure.network.trim().to_lowercase();
        if !(network == crate::results::WEBSITE || context.networks.contains(&network)) {
            errors.push(FigureError {
                index,
                field: "network".into(),
                message: tomster_core::i18n::text(
                    language,
                    "import-error-network",
                    &[
                        ("value", figure.network.clone()),
                        ("known", context.networks.join(", ")),
                    ],
                ),
            });
        }
        let metric = Metric::from_id(figure.metric.trim()).or_else(|| {
            context
                .custom_metrics
                .iter()
                .find(|m| **m == figure.metric.trim())
                .map(|m| Metric::Custom(m.clone()))
        });
        if metric.is_none() {
            errors.push(FigureError {
                index,
                field: "metric".into(),
                message: tomster_core::i18n::text(
                    language,
                    "import-error-metric",
                    &[("value", figure.metric.clone())],
                ),
            });
        }
        if !figure.value.is_finite() {
            errors.push(FigureError {
                index,
                field: "value".into(),
                message: tomster_core::i18n::text(
                    language,
                    "import-error-number",
                    &[("value", figure.value.to_string())],
                ),
            });
        }
        let (Some(from), Some(to), Some(metric)) = (from, to, metric) else {
            continue;
        };
        match figure
            .post_id
            .as_deref()
            .map(str::trim)
            .filter(|id| !id.is_empty())
        {
            Some(id) => posts.push(Post {
                network,
                id: id.to_owned(),
                account: figure.account.clone(),
                published: Some(Published {
                    at: from.to_datetime(jiff::civil::Time::midnight()),
                    offset_minutes: None,
                }),
                kind: None,
                duration_seconds: None,
                text: None,
                permalink: None,
                metrics: vec![(metric, figure.value)],
            }),
            None => observations.push(Observation {
                network,
                account: figure.account.clone(),
                metric,
                span: if from == to {
                    Span::Day { date: from }
                } else {
                    Span::Period { from, to }
                },
                dimension: None,
                value: figure.value,
            }),
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    Ok(Ok((posts, observations)))
}

/// Stores figures typed or sent, as one import named `source`; `key` makes a retry a no-op
/// (the API's `Idempotency-Key`; a form's anti-forgery token and content).
pub async fn store_figures(
    state: &AppState,
    strategy: &StrategyRow,
    user: UserId,
    source: &str,
    key: &str,
    posts: Vec<Post>,
    observations: Vec<Observation>,
) -> Result<ImportAnswer, AppError> {
    let answer = store_figures_now(state, strategy, user, source, key, posts, observations).await?;
    refreshed(state, strategy, &answer);
    Ok(answer)
}

async fn store_figures_now(
    state: &AppState,
    strategy: &StrategyRow,
    user: UserId,
    source: &str,
    key: &str,
    posts: Vec<Post>,
    observations: Vec<Observation>,
) -> Result<ImportAnswer, AppError> {
    let days = posts
        .iter()
        .filter_map(|p| p.published.map(|p| p.at.date()))
        .chain(observations.iter().map(|o| o.span.last_day()));
    let (from, to) = days.fold((None::<Date>, None::<Date>), |(from, to), day| {
        (
            Some(from.map_or(day, |f| f.min(day))),
            Some(to.map_or(day, |t| t.max(day))),
        )
    });
    let mut networks: Vec<&str> = posts
        .iter()
        .map(|p| p.network.as_str())
        .chain(observations.iter().map(|o| o.network.as_str()))
        .collect();
    networks.sort_unstable();
    networks.dedup();
    let reading = Reading {
        format: "typed".into(),
        language: String::new(),
        network: networks.join("+"),
        from,
        to,
        rows: (posts.len() + observations.len()) as u64,
        posts,
        observations,
        ..Reading::default()
    };
    let sha256 = hex(&Sha256::digest(format!("idempotency-key:{key}").as_bytes()));
    store(state, strategy, user, source, 0, &sha256, reading).await
}

/// The network GA4's figures belong to.
pub const WEBSITE: &str = "website";
