//! The API's results routes: imports of exports (the file as the body), their list and undo,
//! figures sent as JSON (with an `Idempotency-Key`), and the figures per day, week or month.

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap};
use axum::response::IntoResponse;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::json;
use tomster_core::i18n::text;
use tomster_core::model::Language;
use tomster_core::results::{Changes, Metric, Per};

use crate::api::{Problem, TokenStrategy, Writer, token_strategy};
use crate::results::{FigureInput, ImportAnswer, MAX_FIGURES, MAX_IMPORT_BYTES, ReceiveError};
use crate::store::results::{Filter, ImportRow};
use crate::web::{AppError, AppState};

use crate::api::ApiResult;

/// What an import did, counted.
#[derive(Serialize, JsonSchema)]
pub struct ChangeCounts {
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
}

impl From<Changes> for ChangeCounts {
    fn from(changes: Changes) -> ChangeCounts {
        ChangeCounts {
            added: changes.added,
            updated: changes.updated,
            unchanged: changes.unchanged,
        }
    }
}

/// An import: the file, what it was recognised as, and what it changed.
#[derive(Serialize, JsonSchema)]
pub struct ImportItem {
    pub id: i64,
    /// The file's name (`API` for figures sent as JSON, `form` for figures typed in a page).
    pub file: String,
    pub size: i64,
    pub sha256: String,
    /// The format recognised (`instagram_posts`, `tiktok_overview`, `ga4`, `long_csv`, `typed`...).
    pub format: String,
    /// The language of the file's headers.
    pub language: String,
    pub network: String,
    pub account: Option<String>,
    /// The first and last day the file covers.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Data rows read, and rows left out for errors (with `skip_invalid`).
    pub rows: i64,
    pub skipped_rows: i64,
    pub posts: ChangeCounts,
    pub observations: ChangeCounts,
    /// What the reader should know (columns not imported, dates placed without a year...).
    pub warnings: Vec<String>,
    pub created_by: Option<String>,
    /// When it was imported (RFC 3339).
    pub created_at: String,
}

pub fn import_item(row: &ImportRow, language: Language) -> ImportItem {
    ImportItem {
        id: row.id,
        file: row.file_name.clone(),
        size: row.size,
        sha256: row.sha256.clone(),
        format: row.format.clone(),
        language: row.language.clone(),
        network: row.network.clone(),
        account: row.account.clone(),
        from: row.from.clone(),
        to: row.to.clone(),
        rows: row.rows,
        skipped_rows: row.skipped_rows,
        posts: row.changes.posts.into(),
        observations: row.changes.observations.into(),
        warnings: row.warnings.iter().map(|w| w.text(language)).collect(),
        created_by: row.created_by.clone(),
        created_at: jiff::Timestamp::from_second(row.created_at)
            .map(|t| t.to_string())
            .unwrap_or_default(),
    }
}

/// An error in a row of an export, located.
#[derive(Serialize, JsonSchema)]
pub struct ImportErrorItem {
    /// The sheet of a workbook.
    pub sheet: Option<String>,
    /// The line (text) or row (sheet), from 1.
    pub line: u64,
    /// The header of the column.
    pub column: Option<String>,
    pub message: String,
}

/// A metric's value for a network over a period.
#[derive(Serialize, JsonSchema)]
pub struct FigureItem {
    pub network: String,
    pub metric: String,
    /// The period's first day (a Monday for weeks, the 1st for months).
    pub start: String,
    pub value: f64,
}

#[derive(Deserialize)]
pub struct ImportQuery {
    filename: Option<String>,
    skip_invalid: Option<bool>,
    network: Option<String>,
}

fn unprocessable(
    title: String,
    detail: String,
    extra: Option<(&'static str, serde_json::Value)>,
) -> Problem {
    let mut problem = Problem::detailed_owned(StatusCode::UNPROCESSABLE_ENTITY, title, detail);
    problem.set_extra(extra);
    problem
}

/// Answers an import's outcome: 201 stored, 200 the same bytes already, 422 refused or invalid.
fn answer(
    strategy: &str,
    outcome: ImportAnswer,
    language: Language,
    replay_created: bool,
) -> ApiResult {
    match outcome {
        ImportAnswer::Stored(row) => Ok((
            StatusCode::CREATED,
            [(
                header::LOCATION,
                format!("/api/v1/strategies/{strategy}/imports/{}", row.id),
            )],
            axum::Json(import_item(&row, language)),
        )
            .into_response()),
        ImportAnswer::Again(row) => {
            let status = if replay_created {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            Ok((
                status,
                [(
                    header::LOCATION,
                    format!("/api/v1/strategies/{strategy}/imports/{}", row.id),
                )],
                axum::Json(import_item(&row, language)),
            )
                .into_response())
        }
        ImportAnswer::Refused(refusal) => Err(unprocessable(
            text(language, "web-import-refused-title", &[]),
            refusal.text(language),
            None,
        )),
        ImportAnswer::Invalid(reading) => {
            let errors: Vec<ImportErrorItem> = reading
                .errors
                .iter()
                .map(|error| ImportErrorItem {
                    sheet: error.sheet.clone(),
                    line: error.line,
                    column: error.column.clone(),
                    message: error.message.text(language),
                })
                .collect();
            Err(unprocessable(
                text(language, "web-import-invalid-title", &[]),
                text(
                    language,
                    "web-import-invalid",
                    &[("count", reading.error_count.to_string())],
                ),
                Some(("import_errors", json!(errors))),
            ))
        }
    }
}

pub async fn create_import(
    State(state): State<AppState>,
    Writer(access): Writer,
    Path(id): Path<String>,
    Query(query): Query<ImportQuery>,
    body: Body,
) -> ApiResult {
    let TokenStrategy { access, strategy } = token_strategy(&state, access, &id).await?;
    let language = access.language;
    let upload = match crate::results::receive(body, MAX_IMPORT_BYTES).await {
        Ok(upload) => upload,
        Err(ReceiveError::TooLarge) => {
            return Err(Problem::detailed_owned(
                StatusCode::PAYLOAD_TOO_LARGE,
                "Payload too large".to_owned(),
                text(
                    language,
                    "import-refused-too-large",
                    &[("limit", (MAX_IMPORT_BYTES / (1024 * 1024)).to_string())],
                ),
            ));
        }
        Err(ReceiveError::Failed) => return Err(AppError::BadRequest.into()),
    };
    if upload.size == 0 {
        return Err(unprocessable(
            text(language, "web-import-refused-title", &[]),
            text(language, "import-refused-empty", &[]),
            None,
        ));
    }
    let file_name = query.filename.unwrap_or_else(|| "export".to_owned());
    let outcome = crate::results::import_upload(
        &state,
        &strategy,
        access.user_id,
        &file_name,
        upload,
        query.skip_invalid.unwrap_or(false),
        query.network,
    )
    .await?;
    answer(strategy.id.as_str(), outcome, language, false)
}

pub async fn list_imports(State(state): State<AppState>, found: TokenStrategy) -> ApiResult {
    let rows = state.db.results().imports(&found.strategy.id).await?;
    let items: Vec<ImportItem> = rows
        .iter()
        .map(|row| import_item(row, found.access.language))
        .collect();
    Ok(axum::Json(items).into_response())
}

fn import_number(text: &str) -> Result<i64, Problem> {
    text.parse::<i64>()
        .map_err(|_| Problem::from(AppError::NotFound))
}

pub async fn get_import(
    State(state): State<AppState>,
    found: TokenStrategy,
    Path((_, import)): Path<(String, String)>,
) -> ApiResult {
    let row = state
        .db
        .results()
        .import_by_id(&found.strategy.id, import_number(&import)?)
        .await?
        .ok_or(Problem::from(AppError::NotFound))?;
    Ok(axum::Json(import_item(&row, found.access.language)).into_response())
}

pub async fn delete_import(
    State(state): State<AppState>,
    Writer(access): Writer,
    Path((id, import)): Path<(String, String)>,
) -> ApiResult {
    let TokenStrategy { strategy, .. } = token_strategy(&state, access, &id).await?;
    let undone = state
        .db
        .results()
        .undo(&strategy.id, import_number(&import)?)
        .await?;
    if !undone {
        return Err(AppError::NotFound.into());
    }
    crate::progress::refresh_soon(&state, &strategy.id, strategy.current_version);
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// The longest `Idempotency-Key` kept.
const IDEMPOTENCY_KEY_CHARACTERS: usize = 200;

pub async fn post_observations(
    State(state): State<AppState>,
    Writer(access): Writer,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: String,
) -> ApiResult {
    let TokenStrategy { access, strategy } = token_strategy(&state, access, &id).await?;
    let language = access.language;
    let Some(key) = headers
        .get("idempotency-key")
        .and_then(|value| value.to_str().ok())
        .map(str::trim)
        .filter(|key| !key.is_empty() && key.chars().count() <= IDEMPOTENCY_KEY_CHARACTERS)
    else {
        return Err(Problem::detailed_owned(
            StatusCode::BAD_REQUEST,
            "Bad request".to_owned(),
            "send an Idempotency-Key header (1 to 200 characters) naming this request".to_owned(),
        ));
    };
    let figures: Vec<FigureInput> = serde_json::from_str(&body).map_err(|error| {
        Problem::detailed_owned(
            StatusCode::BAD_REQUEST,
            "Bad request".to_owned(),
            format!("the body is not a list of figures: {error}"),
        )
    })?;
    if figures.len() > MAX_FIGURES {
        return Err(Problem::detailed_owned(
            StatusCode::PAYLOAD_TOO_LARGE,
            "Payload too large".to_owned(),
            format!("at most {MAX_FIGURES} figures per request"),
        ));
    }
    let checked = crate::results::check_figures(&state, &strategy, &figures, language).await?;
    let (posts, observations) = match checked {
        Ok(parts) => parts,
        Err(errors) => {
            return Err(unprocessable(
                text(language, "web-import-invalid-title", &[]),
                text(
                    language,
                    "web-import-invalid",
                    &[("count", errors.len().to_string())],
                ),
                Some(("figure_errors", json!(errors))),
            ));
        }
    };
    let outcome = crate::results::store_figures(
        &state,
        &strategy,
        access.user_id,
        "API",
        key,
        posts,
        observations,
    )
    .await?;
    answer(strategy.id.as_str(), outcome, language, true)
}

#[derive(Deserialize)]
pub struct FiguresQuery {
    network: Option<String>,
    metric: Option<String>,
    from: Option<String>,
    to: Option<String>,
    per: Option<String>,
}

pub async fn get_observations(
    State(state): State<AppState>,
    found: TokenStrategy,
    Query(query): Query<FiguresQuery>,
) -> ApiResult {
    let bad = |detail: &str| {
        Problem::detailed_owned(
            StatusCode::BAD_REQUEST,
            "Bad request".to_owned(),
            detail.to_owned(),
        )
    };
    let per = match query.per.as_deref().unwrap_or("month") {
        "day" => Per::Day,
        "week" => Per::Week,
        "month" => Per::Month,
        _ => return Err(bad("per is day, week or month")),
    };
    let date = |value: &Option<String>| match value {
        None => Ok(None),
        Some(text) => text
            .parse::<jiff::civil::Date>()
            .map(Some)
            .map_err(|_| bad("from and to are dates (YYYY-MM-DD)")),
    };
    let filter = Filter {
        network: query.network.as_deref(),
        // `posts` and `posts:FORMAT` are counted from the posts, not stored as figures.
        metric: query.metric.as_deref().filter(|m| {
            !Metric::from_id(m)
                .is_some_and(|metric| metric == Metric::Posts || metric.is_format_count())
        }),
        from: date(&query.from)?,
        to: date(&query.to)?,
        known_by: None,
    };
    let figures = state
        .db
        .results()
        .figures(&found.strategy.id, &filter, per)
        .await?;
    let items: Vec<FigureItem> = figures
        .into_iter()
        .filter(|f| query.metric.as_deref().is_none_or(|m| f.metric.id() == m))
        .map(|f| FigureItem {
            network: f.network,
            metric: f.metric.id().to_owned(),
            start: f.start.to_string(),
            value: f.value,
        })
        .collect();
    Ok(axum::Json(items).into_response())
}
