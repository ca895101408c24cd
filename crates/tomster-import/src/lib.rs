//! Reads the analytics exports users download (Meta Business Suite, LinkedIn, X, TikTok, YouTube
//! Studio, Google Analytics 4) and the generic long CSV into Tomster's results: posts with their
//! figures and account series, in the core's closed vocabulary of metrics.
//!
//! The format is told by the content (header names in the languages seen, sheet names, comment
//! lines), never by the file's name. Text files are streamed; spreadsheets are read whole, up to
//! `source::MAX_SPREADSHEET_BYTES`. Everything said to the user (formats, warnings, errors,
//! refusals) is a language-free `Coded` message, written in French or English by the caller.
//! No bytes make it panic: `tests/corpus.rs` reads every real export, a property test random ones.

pub mod formats;
pub mod isolated;
pub mod source;
pub mod values;

mod table;

use std::io::Read;

use jiff::civil::Date;
use serde::Serialize;
use tomster_core::i18n::Coded;
use tomster_core::results::{Observation, Post};

pub use table::Located;

/// Errors listed at most per file; the count says how many there were.
pub const MAX_LISTED_ERRORS: usize = 100;

/// What an import needs to know besides the file.
#[derive(Clone, Debug)]
pub struct Context {
    /// The day of the import: it places the dates that have no year.
    pub today: Date,
    /// The strategy's networks (catalogue ids and its own): a Meta daily series that does not
    /// name its network belongs to the one of Facebook and Instagram the strategy uses.
    pub networks: Vec<String>,
    /// The strategy's own KPIs, accepted as metrics by the generic long CSV.
    pub custom_metrics: Vec<String>,
    /// The network the user says the file is about, when the file cannot say.
    pub network: Option<String>,
    /// Only the figures are wanted (the `results` command): each post's text, link and
    /// account are left out, which a large export is mostly made of (its type and duration
    /// stay: they tell its format).
    pub figures_only: bool,
    /// The program that reads workbooks in a child process (`tomster`, run as
    /// `tomster workbook-worker`; see `isolated`). `None` reads them in this process, under
    /// `catch_unwind` only: for tests and the fuzz target, not for files from others.
    pub workbook_worker: Option<std::path::PathBuf>,
}

impl Context {
    /// The context of a strategy: its networks (the chosen ones and its own) and its own KPIs.
    pub fn for_strategy(
        strategy: &tomster_core::model::StrategyDocument,
        today: Date,
        network: Option<String>,
    ) -> Context {
        let mut networks: Vec<String> = strategy
            .platforms
            .iter()
            .map(|platform| platform.id.as_str().to_owned())
            .chain(
                strategy
                    .custom_networks
                    .iter()
                    .map(|n| n.id.as_str().to_owned()),
            )
            .collect();
        networks.sort_unstable();
        networks.dedup();
        Context {
            today,
            networks,
            custom_metrics: typed_metrics(strategy),
            network,
            figures_only: false,
            workbook_worker: None,
        }
    }
}

/// The metrics a long CSV may carry besides the vocabulary: the strategy's own KPIs, and the
/// catalogue KPIs it follows that no export gives (a repeat purchase rate, a cost per lead),
/// typed under their own ids.
fn typed_metrics(strategy: &tomster_core::model::StrategyDocument) -> Vec<String> {
    let followed = strategy
        .objectives
        .iter()
        .filter_map(|objective| objective.kpi.as_ref())
        .chain(strategy.kpis.iter().filter_map(|kpi| kpi.metric.as_ref()))
        .map(|id| id.as_str())
        .filter(|id| tomster_core::results::Metric::from_id(id).is_none());
    let mut metrics: Vec<String> = strategy
        .custom_kpis
        .iter()
        .map(|kpi| kpi.id.as_str())
        .chain(followed)
        .map(str::to_owned)
        .collect();
    metrics.sort_unstable();
    metrics.dedup();
    metrics
}

/// What an export holds, as read.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Reading {
    /// The format recognised (`meta_posts`, `tiktok_overview`, `ga4`...).
    pub format: String,
    /// The language of the headers (`en`, `es`, `pt`, `ja`...).
    pub language: String,
    pub network: String,
    /// The account the file names, when it names one.
    pub account: Option<String>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// Data rows read (headers, comments and descriptions aside).
    pub rows: u64,
    /// Rows left out because they held an error (only stored with `skip_invalid`).
    pub skipped_rows: u64,
    #[serde(skip)]
    pub posts: Vec<Post>,
    #[serde(skip)]
    pub observations: Vec<Observation>,
    #[serde(skip)]
    pub warnings: Vec<Coded>,
    #[serde(skip)]
    pub errors: Vec<Located>,
    /// Every error found, also those past the listed ones.
    pub error_count: u64,
    /// Posts and observations read, also those handed over in batches by `scan`.
    pub post_count: u64,
    pub observation_count: u64,
}

/// Posts handed over at once by `scan`.
pub const BATCH_POSTS: usize = 2_000;

/// Reads one export, every post and observation in the reading. `Err` is a refusal: the file is
/// not an export Tomster reads, with the sentence that says what it is and what to export
/// instead. Errors in rows are in the reading (`errors`); the caller stores nothing when there
/// are some, unless told to skip them.
pub fn read(input: impl Read, context: &Context) -> Result<Reading, Coded> {
    let mut posts = Vec::new();
    let mut observations = Vec::new();
    let mut reading = scan(input, context, &mut |more_posts, more_observations| {
        posts.extend(more_posts);
        observations.extend(more_observations);
        true
    })?;
    reading.posts = posts;
    reading.observations = observations;
    Ok(reading)
}

/// Reads one export and hands its posts and observations over as they are read, in batches of
/// at most `BATCH_POSTS` posts: a large text export is never held whole. The reading that comes
/// back is the file's summary (format, period, counts, warnings, errors), its posts and
/// observations empty. `each` returns `false` to stop the reading (a job cancelled), which
/// then ends with the refusal `import-refused-stopped`.
pub fn scan(
    mut input: impl Read,
    context: &Context,
    each: &mut dyn FnMut(Vec<Post>, Vec<Observation>) -> bool,
) -> Result<Reading, Coded> {
    let stopped = || Coded::new("import-refused-stopped", &[]);
    let mut hand_over = |reading: &mut Reading| -> bool {
        reading.post_count += reading.posts.len() as u64;
        reading.observation_count += reading.observations.len() as u64;
        let posts = std::mem::take(&mut reading.posts);
        let observations = std::mem::take(&mut reading.observations);
        posts.is_empty() && observations.is_empty() || each(posts, observations)
    };
    let mut head = Vec::with_capacity(source::HEAD_BYTES);
    (&mut input)
        .take(source::HEAD_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|error| {
            Coded::new(
                "import-refused-unreadable",
                &[("reason", error.to_string())],
            )
        })?;
    match source::sniff(&head)? {
        source::Kind::Text { encoding, bom } => {
            let mut rows = source::Rows::text(head, input, encoding, bom);
            let mut reader = table::TableReader::new(context, None);
            let mut record = csv::ByteRecord::new();
            let mut row = source::Row::default();
            while let Some(next) = rows.next_row(&mut record, &mut row) {
                match next {
                    Ok(()) => reader.row(&row)?,
                    Err(error) => reader.broken(error),
                }
                if reader.pending_posts() >= BATCH_POSTS && !hand_over(reader.reading_mut()) {
                    return Err(stopped());
                }
            }
            let mut reading = reader.finish()?;
            if !hand_over(&mut reading) {
                return Err(stopped());
            }
            Ok(reading)
        }
        kind @ (source::Kind::Workbook | source::Kind::SpreadsheetMl) => {
            let mut bytes = head;
            input
                .take(source::MAX_SPREADSHEET_BYTES + 1 - bytes.len() as u64)
                .read_to_end(&mut bytes)
                .map_err(|error| {
                    Coded::new(
                        "import-refused-unreadable",
                        &[("reason", error.to_string())],
                    )
                })?;
            if bytes.len() as u64 > source::MAX_SPREADSHEET_BYTES {
                return Err(Coded::new(
                    "import-refused-spreadsheet-too-large",
                    &[(
                        "limit",
                        (source::MAX_SPREADSHEET_BYTES / (1024 * 1024)).to_string(),
                    )],
                ));
            }
            // The workbook readers are other crates' code: a panic of theirs on damaged bytes
            // (calamine asserts on a truncated .xls) is a damaged file, not a crash.
            let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                match (kind, &context.workbook_worker) {
                    (source::Kind::Workbook, Some(worker)) => {
                        isolated::workbook_sheets(worker, bytes)
                    }
                    (source::Kind::Workbook, None) => source::workbook_sheets(bytes),
                    _ => source::spreadsheet_ml_sheets(&bytes),
                }
            }));
            let sheets = parsed.unwrap_or_else(|_| {
                Err(Coded::new(
                    "import-refused-damaged-workbook",
                    &[("reason", "the file is cut short or corrupted".to_owned())],
                ))
            })?;
            // A workbook is read whole (its sheets complete each other's posts), then handed over.
            let mut reading = table::read_sheets(sheets, context)?;
            if !hand_over(&mut reading) {
                return Err(stopped());
            }
            Ok(reading)
        }
    }
}
