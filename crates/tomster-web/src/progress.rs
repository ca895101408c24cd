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
use crate::store::StrategyRow;
use crate::store::results::Filter;
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
    let version = state
        .db
        .strategies()
        .version(&strategy.id, strategy.current_version)
        .await?
        .ok_or(AppError::NotFound)?;
    let filter = Filter {
        to: Some(as_of),
        known_by: Some(as_of),
        ..Filter::default()
    };
    let days = state
        .db
        .results()
        .figures(&strategy.id, &filter, Per::Day)
        .await?;
    let toml = version.toml;
    Ok(state
        .workers
        .run(move |cancel| {
            let loaded = tomster_core::load::from_toml_str(&toml).ok()?;
            let figures = DayFigures::new(days, as_of);
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

pub async fn get_progress(
    State(state): State<AppState>,
    found: TokenStrategy,
    Query(query): Query<AsOfQuery>,
    headers: HeaderMap,
) -> ApiResult {
    let as_of = date(query.as_of.as_deref(), "as_of")?;
    let read = read(&state, &found, as_of).await?;
    let language = language_of(&read.strategy, &headers);
    let lines: Vec<ProgressLine> = read
        .evaluation
        .progress
        .iter()
        .map(|objective| objective.line(language))
        .collect();
    Ok(axum::Json(lines).into_response())
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
    pub formats: std::collections::BTreeMap<String, u32>,
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
    let as_of = date(query.as_of.as_deref(), "as_of")?;
    let read = read(&state, &found, as_of).await?;
    let language = language_of(&read.strategy, &headers);
    let lines: Vec<FindingLine> = read
        .evaluation
        .findings
        .iter()
        .map(|finding| finding.line(language))
        .collect();
    Ok(axum::Json(lines).into_response())
}
