//! Progress, execution and findings of a stored strategy as of a day, the use case the results
//! view and the API share: the database sums the figures per day (those known by the day),
//! the core reads them against the current version on the bounded pool.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use tomster_core::knowledge::Knowledge;
use tomster_core::model::Language;
use tomster_core::progress::execution::{OperationExecution, WeekExecution};
use tomster_core::progress::kpi::DayFigures;
use tomster_core::progress::{Evaluation, FindingLine, ProgressLine, evaluate_until};
use tomster_core::results::Per;
use tomster_core::strategy::Strategy;

use crate::api::{ApiResult, Problem, TokenStrategy};
use crate::store::results::Filter;
use crate::store::summaries::{NO_IMPORTS, StoredSummary};
use crate::store::{StrategyId, StrategyRow};
use crate::web::{AppError, AppState, accept_language};

/// A strategy's current version and what its results say as of a day.
pub struct Evaluated {
    pub strategy: Strategy,
    pub evaluation: Evaluation,
}

/// Reads the strategy's results as of `as_of`; `None` when its current version does not load
/// (the pages say so elsewhere).
pub async fn evaluated(
    state: &AppState,
    strategy: &StrategyRow,
    as_of: Date,
) -> Result<Option<Evaluated>, AppError> {
    evaluated_version(state, &strategy.id, strategy.current_version, as_of).await
}

/// [`evaluated`] for a strategy's version.
pub async fn evaluated_version(
    state: &AppState,
    strategy: &StrategyId,
    number: i64,
    as_of: Date,
) -> Result<Option<Evaluated>, AppError> {
    let version = state
        .db
        .strategies()
        .version(strategy, number)
        .await?
        .ok_or(AppError::NotFound)?;
    let filter = Filter {
        to: Some(as_of),
        known_by: Some(as_of),
        ..Filter::default()
    };
    let days = state.db.results().day_series(strategy, &filter).await?;
    let toml = version.toml;
    Ok(state
        .workers
        .run(move |cancel| {
            let loaded = tomster_core::load::from_toml_str(&toml).ok()?;
            let figures = DayFigures::from_series(days, as_of);
            let stop = cancel.as_check();
            let evaluation = evaluate_until(
                &loaded.strategy,
                Knowledge::embedded(),
                &figures,
                as_of,
                &stop,
            )?;
            Some(Evaluated {
                strategy: loaded.strategy,
                evaluation,
            })
        })
        .await?)
}

/// `as_of`, `from` and `to` of the API's results readings, `YYYY-MM-DD`.
#[derive(Deserialize, Default)]
pub struct AsOfQuery {
    as_of: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

fn bad(detail: &str) -> Problem {
    Problem::detailed_owned(
        StatusCode::BAD_REQUEST,
        "Bad request".to_owned(),
        detail.to_owned(),
    )
}

fn date(value: Option<&str>, name: &str) -> Result<Option<Date>, Problem> {
    value
        .map(|text| {
            text.parse::<Date>()
                .map_err(|_| bad(&format!("{name} is a date (YYYY-MM-DD)")))
        })
        .transpose()
}

/// The reading as of the day asked (today by default), or a problem.
async fn read(
    state: &AppState,
    found: &TokenStrategy,
    as_of: Option<Date>,
) -> Result<Evaluated, Problem> {
    let as_of = as_of.unwrap_or(crate::views::today().0);
    evaluated(state, &found.strategy, as_of)
        .await?
        .ok_or_else(|| {
            Problem::detailed_owned(
                StatusCode::CONFLICT,
                "Conflict".to_owned(),
                "the strategy's current version does not load: fix it first".to_owned(),
            )
        })
}

/// The language of the sentences: the strategy's own, else the reader's.
fn language_of(strategy: &Strategy, headers: &HeaderMap) -> Language {
    strategy
        .strategy
        .language
        .unwrap_or_else(|| accept_language(headers))
}

/// A reading as of the day asked, written in the strategy's language by `lines`.
async fn written<T: Serialize>(
    state: &AppState,
    found: &TokenStrategy,
    query: &AsOfQuery,
    headers: &HeaderMap,
    lines: impl Fn(&Evaluation, Language) -> Vec<T>,
) -> ApiResult {
    let as_of = date(query.as_of.as_deref(), "as_of")?;
    let read = read(state, found, as_of).await?;
    let language = language_of(&read.strategy, headers);
    Ok(axum::Json(lines(&read.evaluation, language)).into_response())
}

pub async fn get_progress(
    State(state): State<AppState>,
    found: TokenStrategy,
    Query(query): Query<AsOfQuery>,
    headers: HeaderMap,
) -> ApiResult {
    written(&state, &found, &query, &headers, |evaluation, language| {
        evaluation
            .progress
            .iter()
            .map(|objective| objective.line(language))
            .collect::<Vec<ProgressLine>>()
    })
    .await
}

/// The plan against what was published, per network and week, and per operation.
#[derive(Serialize, schemars::JsonSchema)]
pub struct ExecutionItem {
    pub weeks: Vec<WeekItem>,
    pub operations: Vec<OperationItem>,
}

/// One network's ISO week: posts planned by the calendar, posts imported (none when the
/// network's imports do not reach the week).
#[derive(Serialize, schemars::JsonSchema)]
pub struct WeekItem {
    pub network: String,
    /// `YYYY-Www`.
    pub week: String,
    /// The week's Monday.
    pub start: String,
    pub planned: u32,
    pub published: Option<f64>,
    /// The formats planned (`short_video`...), with their counts.
    pub formats: std::collections::BTreeMap<String, u32>,
    /// The formats published, as far as the exports tell each post's format: the counts may
    /// add up to less than `published`; none when the week's posts are not known or the
    /// network's exports never tell a format (X's).
    pub published_formats: Option<std::collections::BTreeMap<String, f64>>,
}

#[derive(Serialize, schemars::JsonSchema)]
pub struct OperationItem {
    pub operation: String,
    pub name: String,
    pub start: String,
    pub end: String,
    pub networks: Vec<String>,
    pub planned: u32,
    pub published: Option<f64>,
}

impl From<WeekExecution> for WeekItem {
    fn from(week: WeekExecution) -> WeekItem {
        WeekItem {
            network: week.network,
            week: week.week,
            start: week.start.to_string(),
            planned: week.planned,
            published: week.published,
            formats: week.formats,
            published_formats: week.published_formats,
        }
    }
}

impl From<OperationExecution> for OperationItem {
    fn from(operation: OperationExecution) -> OperationItem {
        OperationItem {
            operation: operation.operation,
            name: operation.name,
            start: operation.start.to_string(),
            end: operation.end.to_string(),
            networks: operation.networks,
            planned: operation.planned,
            published: operation.published,
        }
    }
}

pub async fn get_execution(
    State(state): State<AppState>,
    found: TokenStrategy,
    Query(query): Query<AsOfQuery>,
) -> ApiResult {
    let from = date(query.from.as_deref(), "from")?;
    let to = date(query.to.as_deref(), "to")?;
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(bad("from is after to"));
    }
    let read = read(&state, &found, to).await?;
    let first_week = from.map(|day| Per::Week.start(day));
    let weeks = read
        .evaluation
        .execution
        .into_iter()
        .filter(|week| first_week.is_none_or(|first| week.start >= first))
        .map(WeekItem::from)
        .collect();
    let operations = read
        .evaluation
        .operations
        .into_iter()
        .filter(|operation| from.is_none_or(|from| operation.end >= from))
        .map(OperationItem::from)
        .collect();
    Ok(axum::Json(ExecutionItem { weeks, operations }).into_response())
}

pub async fn get_findings(
    State(state): State<AppState>,
    found: TokenStrategy,
    Query(query): Query<AsOfQuery>,
    headers: HeaderMap,
) -> ApiResult {
    written(&state, &found, &query, &headers, |evaluation, language| {
        evaluation
            .findings
            .iter()
            .map(|finding| finding.line(language))
            .collect::<Vec<FindingLine>>()
    })
    .await
}

/// A monthly review's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewFormat {
    Html,
    Markdown,
    Pdf,
}

impl ReviewFormat {
    pub fn parse(text: &str) -> Option<ReviewFormat> {
        match text {
            "html" => Some(ReviewFormat::Html),
            "md" => Some(ReviewFormat::Markdown),
            "pdf" => Some(ReviewFormat::Pdf),
            _ => None,
        }
    }

    fn extension(self) -> &'static str {
        match self {
            ReviewFormat::Html => "html",
            ReviewFormat::Markdown => "md",
            ReviewFormat::Pdf => "pdf",
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            ReviewFormat::Html => "text/html; charset=utf-8",
            ReviewFormat::Markdown => "text/markdown; charset=utf-8",
            ReviewFormat::Pdf => "application/pdf",
        }
    }

    /// Whether this build writes the format (PDF needs the `pdf` feature).
    pub fn available(self) -> bool {
        self != ReviewFormat::Pdf || cfg!(feature = "pdf")
    }
}

/// A month written `YYYY-MM`, as its first day.
pub fn parse_month(text: &str) -> Option<Date> {
    let (year, month) = text.split_once('-')?;
    if year.len() != 4 || month.len() != 2 {
        return None;
    }
    Date::new(year.parse().ok()?, month.parse().ok()?, 1).ok()
}

/// The monthly review of `month` as a download: see [`review_file`].
pub async fn review_response(
    state: &AppState,
    strategy: &StrategyRow,
    month: Date,
    format: ReviewFormat,
    reader: Language,
) -> Result<axum::response::Response, AppError> {
    let file = review_file(state, strategy, month, format, reader).await?;
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                file.content_type.to_owned(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", file.file_name),
            ),
        ],
        file.bytes,
    )
        .into_response())
}

/// A written monthly review: its file name, type and bytes.
pub struct ReviewFile {
    pub file_name: String,
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

/// The monthly review of `month`: the strategy's current version read as of the month's last
/// day, the versions saved in the month as its decisions, its best posts, its logo and colour,
/// in the strategy's language (else `reader`'s).
pub async fn review_file(
    state: &AppState,
    strategy: &StrategyRow,
    month: Date,
    format: ReviewFormat,
    reader: Language,
) -> Result<ReviewFile, AppError> {
    use tomster_core::document::review::{Decision, ReviewInputs, build_review, month_end};
    if !format.available() {
        return Err(AppError::NotFound);
    }
    let Some(read) = evaluated(state, strategy, month_end(month)).await? else {
        return Err(AppError::BadRequest);
    };
    let strategies = state.db.strategies();
    let next_month = month
        .checked_add(jiff::Span::new().months(1))
        .map_err(|_| AppError::BadRequest)?;
    let second = |day: Date| {
        day.to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .map(|zoned| zoned.timestamp().as_second())
            .unwrap_or(i64::MAX)
    };
    let (from, until) = (second(month), second(next_month));
    let mut decisions: Vec<Decision> = strategies
        .versions(&strategy.id)
        .await?
        .into_iter()
        .filter(|version| version.created_at >= from && version.created_at < until)
        .filter_map(|version| {
            let day = jiff::Timestamp::from_second(version.created_at)
                .ok()?
                .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .date();
            Some(Decision {
                day: tomster_core::values::Day(day),
                comment: version.comment,
            })
        })
        .collect();
    decisions.reverse();
    let logo = strategies
        .logo(&strategy.id)
        .await?
        .and_then(|bytes| tomster_core::document::Logo::from_bytes(bytes).ok());
    let stem = crate::pages::slugify(&strategy.name);
    let file_name = format!(
        "{stem}-review-{}.{}",
        &month.to_string()[..7],
        format.extension()
    );
    let today = crate::views::today();
    // The month's best posts for each objective whose KPI posts carry, on its networks.
    let end = month_end(month);
    let mut best_posts = Vec::new();
    let knowledge = read.strategy.knowledge(Knowledge::embedded());
    for objective in &read.evaluation.progress {
        let Some(metric) = tomster_core::document::review::ranking_metric(objective, &knowledge)
        else {
            continue;
        };
        let ranked = state
            .db
            .results()
            .best_posts(&strategy.id, metric.id(), (month, end), end, 50)
            .await?;
        let posts = ranked
            .into_iter()
            .filter(|post| {
                objective.networks.is_empty() || objective.networks.contains(&post.network)
            })
            .take(tomster_core::document::review::BEST_POSTS)
            .map(|post| tomster_core::document::review::BestPost {
                published: post
                    .published_at
                    .as_deref()
                    .and_then(|at| at.get(..10))
                    .and_then(|day| day.parse().ok()),
                network: post.network,
                text: post.text,
                value: post.value,
            })
            .collect();
        best_posts.push(tomster_core::document::review::BestPosts {
            objective: objective.objective.clone(),
            metric,
            posts,
        });
    }
    drop(knowledge);
    let Evaluated {
        strategy: loaded,
        evaluation,
    } = read;
    let built = state
        .workers
        .run(move |_| {
            let language = loaded.strategy.language.unwrap_or(reader);
            let mut document = build_review(&ReviewInputs {
                strategy: &loaded,
                knowledge: Knowledge::embedded(),
                evaluation: &evaluation,
                month,
                language,
                today,
                decisions: Some(&decisions),
                best_posts: Some(&best_posts),
            });
            document.logo = logo;
            match format {
                ReviewFormat::Html => tomster_render::html::render_html(&document)
                    .map(|html| (String::new(), html.into_bytes()))
                    .map_err(|error| error.to_string()),
                ReviewFormat::Markdown => Ok((
                    String::new(),
                    tomster_render::markdown::render_markdown(&document, None)
                        .text
                        .into_bytes(),
                )),
                ReviewFormat::Pdf => markup(&document).map(|markup| (markup, Vec::new())),
            }
            .map(|(markup, bytes)| (markup, bytes, language, document.logo))
        })
        .await?
        .map_err(|error| {
            tracing::error!(%error, "review");
            AppError::Internal
        })?;
    let (markup, mut bytes, language, logo) = built;
    if format == ReviewFormat::Pdf {
        let request = crate::pdf_worker::PdfRequest {
            language,
            date: today,
            source: crate::pdf_worker::PdfSource::Markup(markup),
            logo: logo.map(|logo| logo.bytes),
        };
        let worker = state.config.pdf_worker.clone();
        bytes = state
            .workers
            .run(move |cancel| match worker {
                Some(worker) => crate::pdf_worker::typeset_in_child(&worker, &request, cancel),
                None => typeset_here(request),
            })
            .await?
            .map_err(|failure| match failure {
                crate::pdf_worker::PdfFailure::Cancelled => AppError::Busy,
                other => {
                    tracing::error!(error = %other, "review PDF");
                    AppError::Internal
                }
            })?;
    }
    Ok(ReviewFile {
        file_name,
        content_type: format.content_type(),
        bytes,
    })
}

#[cfg(feature = "pdf")]
fn markup(document: &tomster_core::document::Document) -> Result<String, String> {
    Ok(tomster_render::pdf::typst_markup(document))
}

#[cfg(not(feature = "pdf"))]
fn markup(_document: &tomster_core::document::Document) -> Result<String, String> {
    Err("this build has no PDF support".to_owned())
}

#[cfg(feature = "pdf")]
fn typeset_here(
    request: crate::pdf_worker::PdfRequest,
) -> Result<Vec<u8>, crate::pdf_worker::PdfFailure> {
    crate::pdf_worker::typeset(request)
}

#[cfg(not(feature = "pdf"))]
fn typeset_here(
    _request: crate::pdf_worker::PdfRequest,
) -> Result<Vec<u8>, crate::pdf_worker::PdfFailure> {
    Err(crate::pdf_worker::PdfFailure::Failed(
        "this build has no PDF support".to_owned(),
    ))
}

#[derive(Deserialize)]
pub struct MonthQuery {
    month: Option<String>,
}

/// `GET /api/v1/strategies/{id}/review.html|md|pdf?month=YYYY-MM`.
async fn api_review(
    state: &AppState,
    found: &TokenStrategy,
    query: &MonthQuery,
    headers: &HeaderMap,
    format: ReviewFormat,
) -> ApiResult {
    let month = query
        .month
        .as_deref()
        .and_then(parse_month)
        .ok_or_else(|| bad("month is a month (YYYY-MM)"))?;
    match review_response(
        state,
        &found.strategy,
        month,
        format,
        accept_language(headers),
    )
    .await
    {
        Ok(response) => Ok(response),
        Err(AppError::BadRequest) => Err(Problem::detailed_owned(
            StatusCode::CONFLICT,
            "Conflict".to_owned(),
            "the strategy's current version does not load: fix it first".to_owned(),
        )),
        Err(error) => Err(error.into()),
    }
}

pub async fn review_html(
    State(state): State<AppState>,
    found: TokenStrategy,
    Query(query): Query<MonthQuery>,
    headers: HeaderMap,
) -> ApiResult {
    api_review(&state, &found, &query, &headers, ReviewFormat::Html).await
}

pub async fn review_md(
    State(state): State<AppState>,
    found: TokenStrategy,
    Query(query): Query<MonthQuery>,
    headers: HeaderMap,
) -> ApiResult {
    api_review(&state, &found, &query, &headers, ReviewFormat::Markdown).await
}

pub async fn review_pdf(
    State(state): State<AppState>,
    found: TokenStrategy,
    Query(query): Query<MonthQuery>,
    headers: HeaderMap,
) -> ApiResult {
    api_review(&state, &found, &query, &headers, ReviewFormat::Pdf).await
}

/// One objective in the workspace overview, language-free: the words are written when shown.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct SummaryLine {
    pub objective: String,
    pub label: String,
    pub kpi: Option<String>,
    pub status: tomster_core::progress::Status,
    pub actual: Option<f64>,
    pub expected: Option<f64>,
    pub target: Option<f64>,
    pub unit: tomster_core::model::Unit,
    pub currency: String,
}

/// Whether a stored summary still stands: the same version, imports, day and build.
pub fn is_fresh(summary: &StoredSummary, version: i64, stamp: &str, today: Date) -> bool {
    summary.version == version
        && summary.results_stamp == stamp
        && summary.as_of == today.to_string()
        && summary.fingerprint == crate::views::fingerprint()
}

/// Reads a strategy's objectives as of today and stores them for the overview (nothing when
/// its version does not load).
pub async fn refresh_summary(
    state: &AppState,
    strategy: &StrategyId,
    version: i64,
) -> Result<(), AppError> {
    let today = crate::views::today().0;
    // The stamp is read first: an import landing meanwhile makes the summary stale, not lost.
    let stamp = state.db.summaries().results_stamp(strategy).await?;
    let put = |body: String, stamp: String| StoredSummary {
        as_of: today.to_string(),
        version,
        results_stamp: stamp,
        fingerprint: crate::views::fingerprint().to_owned(),
        body,
    };
    if stamp == NO_IMPORTS {
        // Nothing imported: nothing to read, and no calendar to expand for it.
        let summary = put("[]".to_owned(), stamp);
        state.db.summaries().put(strategy, &summary).await?;
        return Ok(());
    }
    let Some(read) = evaluated_version(state, strategy, version, today).await? else {
        return Ok(());
    };
    let currency = read
        .strategy
        .strategy
        .currency
        .as_ref()
        .map_or("EUR", |currency| currency.as_str())
        .to_owned();
    let lines: Vec<SummaryLine> = read
        .evaluation
        .progress
        .iter()
        .map(|objective| SummaryLine {
            objective: objective.objective.clone(),
            label: read.strategy.objectives[objective.index].label().to_owned(),
            kpi: objective.kpi.clone(),
            status: objective.status,
            actual: objective.actual,
            expected: objective.expected,
            target: objective.target,
            unit: objective.unit,
            currency: currency.clone(),
        })
        .collect();
    let body = serde_json::to_string(&lines).map_err(|_| AppError::Internal)?;
    state
        .db
        .summaries()
        .put(strategy, &put(body, stamp))
        .await?;
    Ok(())
}

/// Refreshes a strategy's summary in the background, after its figures or its version
/// changed: the overview then finds it fresh. A failure (the pool busy) is left to the next
/// reader of the overview.
pub fn refresh_soon(state: &AppState, strategy: &StrategyId, version: i64) {
    let state = state.clone();
    let strategy = strategy.clone();
    tokio::spawn(async move {
        if let Err(error) = refresh_summary(&state, &strategy, version).await {
            tracing::info!(?error, "a progress summary is left for the overview");
        }
    });
}
