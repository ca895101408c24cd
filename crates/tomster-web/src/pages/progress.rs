//! The results view: each objective as of a day (status, measured, expected, forecast with its
//! band, a small chart of its path with the same figures as a table), the plan against what
//! was published in the last weeks, and the findings with a link that opens the form with the
//! adjustment filled in.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header::HeaderMap;
use axum::response::{IntoResponse, Response};
use jiff::civil::Date;
use serde::Deserialize;
use tomster_core::document::review::path_chart;
use tomster_core::i18n::{self, long_date, number, text};
use tomster_core::knowledge::Knowledge;
use tomster_core::model::{Language, Unit};
use tomster_core::progress::execution::WeekExecution;
use tomster_core::progress::findings::Finding;
use tomster_core::progress::{ObjectiveProgress, Reading, Status};
use tomster_core::strategy::Strategy;
use tomster_core::values::Day;

use super::{Page, StrategyFrame, render};
use crate::access::{InStrategy, Read};
use crate::progress::{ReviewFormat, evaluated, parse_month, review_response};
use crate::web::{AppError, AppState};

/// Weeks of the execution table: the last ones before the day.
const WEEKS_SHOWN: usize = 8;

#[derive(Deserialize, Default)]
pub struct ProgressQuery {
    as_of: Option<String>,
}

/// One objective's card.
struct Card {
    label: String,
    kpi: String,
    /// `on_track`, `at_risk`, `off_track`, `not_measurable`: the badge's class.
    status: &'static str,
    status_text: String,
    /// Measured, expected, target: (term, value) pairs.
    facts: Vec<(String, String)>,
    forecast: Option<String>,
    reason: String,
    chart: Option<String>,
    /// The chart's figures as a table: period, measured, expected.
    table: Vec<(String, String, String)>,
    adjust: Option<(String, String)>,
}

struct FindingView {
    severity: &'static str,
    message: String,
    advice: String,
    adjust: Option<(String, String)>,
}

struct OperationRow {
    name: String,
    period: String,
    planned: String,
    published: String,
}

#[derive(Template)]
#[template(path = "progress.html")]
struct ProgressPage {
    page: Page,
    frame: StrategyFrame,
    as_of: String,
    as_of_words: String,
    problem: Option<String>,
    /// How many objectives have each status: (class, words, count).
    summary: Vec<(&'static str, String, usize)>,
    cards: Vec<Card>,
    networks: Vec<String>,
    /// Per week: its label, then per network "published / planned" and a class.
    weeks: Vec<(String, Vec<(String, &'static str)>)>,
    /// Per network and format over the weeks shown: network, format, planned, published.
    format_rows: Vec<[String; 4]>,
    operations: Vec<OperationRow>,
    findings: Vec<FindingView>,
    loads: bool,
    /// The month the review form offers first (`YYYY-MM`), and the formats this build writes.
    review_month: String,
    review_formats: Vec<(&'static str, String)>,
}

fn status_key(status: Status) -> String {
    format!("progress-status-{}", status.as_str())
}

/// A value in the KPI's unit.
fn quantity(language: Language, value: f64, unit: Unit, currency: &str) -> String {
    i18n::quantity(language, value, unit, currency)
}

/// The address of the form that makes the adjustment a finding suggests, filled in, with the
/// finding as the version's comment.
fn adjust_link(strategy: &str, step: &str, field: &str, value: f64, comment: &str) -> String {
    let rounded = if value.abs() >= 10.0 {
        value.round()
    } else {
        (value * 10.0).round() / 10.0
    };
    format!(
        "/s/{strategy}/form/{step}?set={}&value={}&comment={}",
        urlencoding(field),
        rounded,
        urlencoding(comment)
    )
}

fn urlencoding(text: &str) -> String {
    crate::access::percent_encode(text)
}

fn card(
    objective: &ObjectiveProgress,
    strategy: &Strategy,
    knowledge: &Knowledge,
    language: Language,
    currency: &str,
    adjust: Option<(String, String)>,
) -> Card {
    let source = &strategy.objectives[objective.index];
    let kpi = objective
        .kpi
        .as_deref()
        .and_then(|id| knowledge.kpi(id))
        .map_or_else(String::new, |kpi| kpi.name(language));
    let value = |v: f64| quantity(language, v, objective.unit, currency);
    let mut facts = Vec::new();
    if let Some(actual) = objective.actual {
        let period = match (objective.reading, objective.actual_period) {
            (Some(Reading::PerMonth), Some((from, _))) => {
                format!(" ({})", i18n::month_year(language, Day(from)))
            }
            (Some(Reading::PerWeek), Some((from, _))) => format!(
                " ({})",
                text(
                    language,
                    "web-progress-week-of",
                    &[("day", long_date(language, Day(from)))]
                )
            ),
            _ => String::new(),
        };
        facts.push((
            text(language, "web-progress-actual", &[]),
            format!("{}{period}", value(actual)),
        ));
    }
    if let Some(expected) = objective.expected {
        facts.push((
            text(language, "web-progress-expected", &[]),
            value(expected),
        ));
    }
    if let Some(target) = objective.target {
        facts.push((
            text(language, "web-progress-target", &[]),
            text(
                language,
                "web-progress-target-by",
                &[
                    ("target", value(target)),
                    ("deadline", long_date(language, Day(objective.deadline))),
                ],
            ),
        ));
    }
    let forecast = objective.forecast.map(|forecast| {
        text(
            language,
            "web-progress-forecast-value",
            &[
                ("value", value(forecast.value)),
                ("low", value(forecast.low)),
                ("high", value(forecast.high)),
                ("periods", forecast.periods.to_string()),
            ],
        )
    });
    let table: Vec<(String, String, String)> = objective
        .path
        .iter()
        .map(|point| {
            (
                match objective.reading {
                    Some(Reading::PerWeek) => long_date(language, Day(point.start)),
                    _ => i18n::month_year(language, Day(point.start)),
                },
                point.actual.map(value).unwrap_or_else(|| "–".to_owned()),
                point.expected.map(value).unwrap_or_else(|| "–".to_owned()),
            )
        })
        .collect();
    let id = format!("path-{}", objective.index);
    let chart = path_chart(objective, &kpi, language.into(), currency, &id).map(|chart| chart.svg);
    Card {
        label: source.label().to_owned(),
        kpi,
        status: objective.status.as_str(),
        status_text: text(language, &status_key(objective.status), &[]),
        facts,
        forecast,
        reason: objective.reason(language),
        chart,
        table,
        adjust,
    }
}

/// The adjustment a finding suggests, as a link to the form filled in (editors only).
fn finding_adjust(
    finding: &Finding,
    progress: &[ObjectiveProgress],
    strategy: &Strategy,
    id: &str,
    language: Language,
) -> Option<(String, String)> {
    let comment = text(
        language,
        "web-progress-adjust-comment",
        &[
            ("code", finding.diagnostic.code.to_owned()),
            ("message", finding.diagnostic.message(language)),
        ],
    );
    match finding.diagnostic.code {
        "E102" => {
            let objective = progress
                .iter()
                .find(|o| Some(&o.objective) == finding.objective.as_ref())?;
            let forecast = objective.forecast?.value;
            let field = format!("objectives[{}].target", objective.index);
            Some((
                adjust_link(id, "objectives", &field, forecast, &comment),
                text(language, "web-progress-adjust-target", &[]),
            ))
        }
        "E103" => {
            let network = finding.network.as_deref()?;
            let index = strategy
                .always_on
                .iter()
                .position(|always_on| always_on.platform.as_str() == network)?;
            let published =
                finding
                    .diagnostic
                    .arguments
                    .iter()
                    .find_map(|(name, value)| match (name, value) {
                        (&"published", tomster_core::diagnostics::Argument::Number(v, _)) => {
                            Some(*v)
                        }
                        _ => None,
                    })?;
            let per_week = (published
                / f64::from(tomster_core::progress::findings::WEEKS_UNDER_PLAN as u32))
            .max(1.0);
            let field = format!("always_on[{index}].posts_per_week");
            Some((
                adjust_link(id, "strategy", &field, per_week.round(), &comment),
                text(language, "web-progress-adjust-cadence", &[]),
            ))
        }
        _ => None,
    }
}

pub async fn page(
    State(state): State<AppState>,
    access: InStrategy<Read>,
    Query(query): Query<ProgressQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let language = access.language;
    let strategy_row = &access.strategy;
    let today = crate::views::today().0;
    let asked: Option<Result<Date, _>> = query.as_of.as_deref().map(str::parse::<Date>);
    let problem =
        matches!(asked, Some(Err(_))).then(|| text(language, "web-progress-bad-date", &[]));
    let as_of = match asked {
        Some(Ok(day)) => day,
        _ => today,
    };
    let read = evaluated(&state, strategy_row, as_of).await?;
    let title = text(
        language,
        "web-progress-title",
        &[("name", strategy_row.name.clone())],
    );
    let mut view = ProgressPage {
        page: access.page(title, &headers),
        frame: access.frame(None, None),
        as_of: as_of.to_string(),
        as_of_words: long_date(language, Day(as_of)),
        problem,
        summary: Vec::new(),
        cards: Vec::new(),
        networks: Vec::new(),
        weeks: Vec::new(),
        format_rows: Vec::new(),
        operations: Vec::new(),
        findings: Vec::new(),
        loads: read.is_some(),
        review_month: as_of.to_string()[..7].to_owned(),
        review_formats: [
            ("pdf", ReviewFormat::Pdf, "web-progress-review-pdf"),
            ("html", ReviewFormat::Html, "web-progress-review-html"),
            ("md", ReviewFormat::Markdown, "web-progress-review-md"),
        ]
        .into_iter()
        .filter(|(_, format, _)| format.available())
        .map(|(value, _, key)| (value, text(language, key, &[])))
        .collect(),
    };
    let Some(read) = read else {
        return Ok(render(&view).into_response());
    };
    let strategy = &read.strategy;
    let knowledge = strategy.knowledge(Knowledge::embedded());
    let currency = strategy
        .strategy
        .currency
        .as_ref()
        .map_or("EUR", |currency| currency.as_str())
        .to_owned();
    let evaluation = &read.evaluation;
    let can_edit = access.role.can_edit();
    let id = strategy_row.id.to_string();
    let findings_adjust: Vec<Option<(String, String)>> = evaluation
        .findings
        .iter()
        .map(|finding| {
            can_edit
                .then(|| finding_adjust(finding, &evaluation.progress, strategy, &id, language))
                .flatten()
        })
        .collect();
    for status in Status::ALL {
        let count = evaluation
            .progress
            .iter()
            .filter(|o| o.status == status)
            .count();
        if count > 0 {
            view.summary.push((
                status.as_str(),
                text(language, &status_key(status), &[]),
                count,
            ));
        }
    }
    view.cards = evaluation
        .progress
        .iter()
        .map(|objective| {
            let adjust = evaluation
                .findings
                .iter()
                .zip(&findings_adjust)
                .find(|(finding, _)| finding.objective.as_ref() == Some(&objective.objective))
                .and_then(|(_, adjust)| adjust.clone());
            card(objective, strategy, &knowledge, language, &currency, adjust)
        })
        .collect();
    // The execution table: the last weeks, a column per network.
    let mut networks: Vec<String> = evaluation
        .execution
        .iter()
        .map(|w| w.network.clone())
        .collect();
    networks.sort();
    networks.dedup();
    let mut starts: Vec<Date> = evaluation.execution.iter().map(|w| w.start).collect();
    starts.sort();
    starts.dedup();
    let shown = &starts[starts.len().saturating_sub(WEEKS_SHOWN)..];
    for start in shown {
        let cells = networks
            .iter()
            .map(|network| {
                let week = evaluation
                    .execution
                    .iter()
                    .find(|w| &w.network == network && w.start == *start);
                match week {
                    None => ("–".to_owned(), "none"),
                    Some(week) => {
                        let published = week
                            .published
                            .map_or_else(|| "?".to_owned(), |p| number(language, p, 0));
                        let class = match week.published {
                            None => "unknown",
                            Some(p) if week.planned > 0 && p < f64::from(week.planned) / 2.0 => {
                                "under"
                            }
                            Some(_) => "held",
                        };
                        (
                            text(
                                language,
                                "web-progress-published-of",
                                &[
                                    ("published", published),
                                    ("planned", week.planned.to_string()),
                                ],
                            ),
                            class,
                        )
                    }
                }
            })
            .collect();
        let label = text(
            language,
            "web-progress-week",
            &[
                ("week", tomster_core::progress::execution::iso_week(*start)),
                ("day", long_date(language, Day(*start))),
            ],
        );
        view.weeks.push((label, cells));
    }
    view.networks = networks
        .iter()
        .map(|network| knowledge.platform_name(network).to_owned())
        .collect();
    let shown_weeks: Vec<&WeekExecution> = evaluation
        .execution
        .iter()
        .filter(|week| shown.contains(&week.start))
        .collect();
    view.format_rows = tomster_core::progress::execution::formats(&shown_weeks)
        .into_iter()
        .map(|row| {
            [
                knowledge.platform_name(&row.network).to_owned(),
                i18n::capitalised(&i18n::format_name(language, row.format)),
                row.planned.to_string(),
                match (row.published, row.imported) {
                    (Some(posts), _) => number(language, posts, 0),
                    (None, true) => text(language, "review-format-not-told", &[]),
                    (None, false) => "?".to_owned(),
                },
            ]
        })
        .collect();
    view.operations = evaluation
        .operations
        .iter()
        .map(|operation| OperationRow {
            name: operation.name.clone(),
            period: format!(
                "{} – {}",
                long_date(language, Day(operation.start)),
                long_date(language, Day(operation.end))
            ),
            planned: operation.planned.to_string(),
            published: operation
                .published
                .map_or_else(|| "?".to_owned(), |p| number(language, p, 0)),
        })
        .collect();
    view.findings = evaluation
        .findings
        .iter()
        .zip(findings_adjust)
        .map(|(finding, adjust)| FindingView {
            severity: finding.diagnostic.severity().as_str(),
            message: finding.diagnostic.message(language),
            advice: finding.diagnostic.advice(language),
            adjust,
        })
        .collect();
    Ok(render(&view).into_response())
}

#[derive(Deserialize, Default)]
pub struct ReviewQuery {
    month: Option<String>,
    format: Option<String>,
}

/// The monthly review of a month, downloaded from the results view (PDF by default).
pub async fn review(
    State(state): State<AppState>,
    access: InStrategy<Read>,
    Query(query): Query<ReviewQuery>,
) -> Result<Response, AppError> {
    let month = query
        .month
        .as_deref()
        .and_then(parse_month)
        .ok_or(AppError::BadRequest)?;
    let format = match query.format.as_deref() {
        None => ReviewFormat::Pdf,
        Some(text) => ReviewFormat::parse(text).ok_or(AppError::BadRequest)?,
    };
    review_response(&state, &access.strategy, month, format, access.language).await
}
