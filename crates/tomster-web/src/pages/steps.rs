//! A strategy's seven steps: what the strategy says at each, the expert help beside it, the
//! step's findings; and the long explanation of each checker rule.
//!
//! A step page reads what was computed when the version was saved (its step's HTML, the frame
//! with the counts): nothing is analysed or written while it is asked for.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tomster_core::i18n::text;

use super::{Page, StrategyFrame, render};
use crate::access::{InStrategy, Read, StepVisit, Visitor};
use crate::downloads::Download;
use crate::views::{ShownDiagnostic, Step, StepPage};
use crate::web::{AppError, AppState};

#[derive(Template)]
#[template(path = "explain.html")]
struct ExplainPage {
    page: Page,
    code: String,
    title: String,
    step: String,
    explanation: Vec<String>,
}

/// The long explanation of a checker rule (what `tomster explain CODE` prints), one click from
/// each finding.
pub async fn explain(visitor: Visitor, Path(code): Path<String>) -> Result<Response, AppError> {
    let rule = tomster_core::diagnostics::rule(&code).ok_or(AppError::NotFound)?;
    let language = visitor.language;
    let title = rule.title(language);
    Ok(render(&ExplainPage {
        page: Page::new(
            language,
            format!("{} {title}", rule.code),
            visitor.session.as_ref(),
        ),
        code: rule.code.clone(),
        title,
        step: rule.step.name(language),
        explanation: rule
            .explanation(language)
            .split("\n\n")
            .map(|paragraph| paragraph.trim().to_owned())
            .filter(|paragraph| !paragraph.is_empty())
            .collect(),
    }))
}

/// A KPI as the catalogue page shows it.
struct KpiEntry {
    id: String,
    name: String,
    definition: String,
    unit: String,
    networks: String,
    source: String,
}

#[derive(Template)]
#[template(path = "kpis.html")]
struct KpiCatalogue {
    page: Page,
    /// The KPIs by the objective kind they chiefly prove, then the others.
    groups: Vec<(String, Vec<KpiEntry>)>,
}

/// The KPI catalogue, browsable: each KPI's definition, unit, where it is measured and its
/// source, grouped by the objective kind it proves. The forms' KPI choices link here.
pub async fn kpis(visitor: Visitor) -> Response {
    use tomster_core::model::ObjectiveKind;
    let language = visitor.language;
    let knowledge = tomster_core::knowledge::Knowledge::embedded();
    let entry = |kpi: &tomster_core::knowledge::Kpi| {
        let networks: Vec<String> = kpi
            .platforms
            .iter()
            .filter_map(|id| {
                knowledge
                    .platforms
                    .iter()
                    .find(|platform| &platform.id == id)
            })
            .map(|platform| platform.name.clone())
            .collect();
        KpiEntry {
            id: kpi.id.clone(),
            name: kpi.name(language),
            definition: kpi.formula(language),
            unit: text(language, &format!("choice-unit-{}", kpi.unit.as_str()), &[]),
            networks: if networks.is_empty() {
                text(language, "web-kpis-other-tool", &[])
            } else {
                networks.join(", ")
            },
            source: format!(
                "{} ({})",
                tomster_core::i18n::source_text(language, &kpi.source),
                kpi.year
            ),
        }
    };
    let mut groups: Vec<(String, Vec<KpiEntry>)> = ObjectiveKind::ALL
        .iter()
        .map(|kind| {
            (
                crate::editor::kind_name(language, *kind),
                knowledge
                    .kpis
                    .iter()
                    .filter(|kpi| kpi.proves.first() == Some(kind))
                    .map(entry)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, entries)| !entries.is_empty())
        .collect();
    let others: Vec<KpiEntry> = knowledge
        .kpis
        .iter()
        .filter(|kpi| kpi.proves.is_empty())
        .map(entry)
        .collect();
    if !others.is_empty() {
        groups.push((text(language, "web-form-kpi-other", &[]), others));
    }
    render(&KpiCatalogue {
        page: Page::new(
            language,
            text(language, "web-kpis-title", &[]),
            visitor.session.as_ref(),
        ),
        groups,
    })
}

pub async fn home(access: InStrategy<Read>) -> Response {
    Redirect::to(&format!("/s/{}/step/target", access.strategy.id)).into_response()
}

#[derive(Template)]
#[template(path = "step.html")]
struct StepTemplate {
    page: Page,
    frame: StrategyFrame,
    step_name: String,
    step_slug: &'static str,
    /// The step's chapter of the document, as HTML written when the version was saved
    /// (escaped there).
    section_html: String,
    help_html: String,
    diagnostics: Vec<ShownDiagnostic>,
    other_steps_diagnostics: usize,
    downloads: Vec<(&'static str, String)>,
    /// On the Strategy step (where the calendar is planned): `Some` with since when the
    /// calendar has a subscription address, if it has one. Other steps do not read it.
    feed: Option<Option<i64>>,
    /// On the Target step (where the strategy's identity is): the documents' logo.
    logo: Option<LogoPanel>,
}

/// The documents' logo as the Target step shows it: since when it is there, and why the last
/// upload was refused.
struct LogoPanel {
    since: Option<i64>,
    error: Option<String>,
}

/// Why a logo upload was refused, carried to the step page by its redirect.
#[derive(Deserialize)]
pub struct StepQuery {
    logo_error: Option<String>,
}

/// The refusals of a logo upload: their code in the redirect, and their message key.
pub const LOGO_ERRORS: &[(&str, &str)] = &[
    ("empty", "web-logo-empty"),
    ("too-large", "web-logo-too-large"),
    ("type", "web-logo-type"),
    ("damaged", "web-logo-damaged"),
    ("dimensions", "web-logo-dimensions"),
];

pub async fn page(
    State(state): State<AppState>,
    visit: StepVisit,
    Query(query): Query<StepQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let StepVisit {
        access,
        step,
        stored,
    } = visit;
    let language = access.language;
    let strategy = &access.strategy;
    let StepPage { frame, step: shown } =
        match crate::service::step_view(&state, strategy, language, step, stored).await? {
            Ok(view) => view,
            // A stored version always loaded when it was saved; a newer Tomster that refuses
            // it sends the user to the editor, where the errors show with their lines.
            Err(_) => {
                return Ok(Redirect::to(&format!("/s/{}/edit", strategy.id)).into_response());
            }
        };
    let other_steps_diagnostics = frame.total - shown.diagnostics.len();
    let strategies = state.db.strategies();
    let page = StepTemplate {
        page: access.page(
            format!("{} — {}", step.name(language), frame.name),
            &headers,
        ),
        frame: access.frame(Some(&frame), Some(step)),
        step_name: step.name(language),
        step_slug: step.as_str(),
        section_html: shown.section_html,
        help_html: shown.help_html,
        diagnostics: shown.diagnostics,
        other_steps_diagnostics,
        downloads: Download::ALL
            .into_iter()
            .filter(|download| download.available())
            .map(|download| {
                (
                    download.file_name(),
                    text(language, download.label_key(), &[]),
                )
            })
            .collect(),
        feed: match step {
            Step::Strategy => Some(strategies.calendar_feed_since(&strategy.id).await?),
            _ => None,
        },
        logo: match step {
            Step::Target => Some(LogoPanel {
                since: strategies.logo_since(&strategy.id).await?,
                // Only the known codes: the address never puts its own text on the page.
                error: query.logo_error.as_deref().and_then(|code| {
                    LOGO_ERRORS
                        .iter()
                        .find(|(known, _)| *known == code)
                        .map(|(_, key)| text(language, key, &[]))
                }),
            }),
            _ => None,
        },
    };
    Ok(render(&page))
}
