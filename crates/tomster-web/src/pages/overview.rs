//! The workspace overview: every strategy's objectives by status, for an agency's Monday
//! morning. It reads the summaries stored when each strategy's figures or version changed
//! (`progress::refresh_summary`), one query for the whole workspace, never the figures; a
//! summary that is stale (a new day, an import, a new version) is shown with its date while a
//! fresh one is computed in the background.

use askama::Template;
use axum::extract::State;
use axum::http::header::HeaderMap;
use axum::response::{IntoResponse, Response};
use tomster_core::i18n::{quantity, text};
use tomster_core::model::Language;
use tomster_core::progress::Status;

use super::{Page, render};
use crate::access::{InWorkspace, Read};
use crate::progress::{SummaryLine, is_fresh, refresh_soon};
use crate::store::Workspace;
use crate::web::{AppError, AppState};

/// The most strategies the overview lists (by name).
pub const MAX_STRATEGIES: i64 = 1000;

/// Stale summaries one request sets to be computed again: the rest wait for the next reader,
/// so a workspace of many stale strategies cannot flood the pool.
const REFRESHES_PER_REQUEST: usize = 8;

struct Line {
    strategy_id: String,
    strategy: String,
    objective: String,
    measured: String,
    expected: String,
    target: String,
    /// The summary's date when it is not today's.
    as_of: Option<String>,
}

struct Group {
    status: &'static str,
    title: String,
    lines: Vec<Line>,
}

#[derive(Template)]
#[template(path = "overview.html")]
struct OverviewPage {
    page: Page,
    workspace: Workspace,
    groups: Vec<Group>,
    /// Strategies with nothing imported yet, and those whose summary is being computed.
    without_results: Vec<(String, String)>,
    pending: Vec<(String, String)>,
    listed: usize,
    limit: i64,
}

fn value(language: Language, line: &SummaryLine, value: Option<f64>) -> String {
    value.map_or_else(
        || "–".to_owned(),
        |value| quantity(language, value, line.unit, &line.currency),
    )
}

pub async fn page(
    State(state): State<AppState>,
    access: InWorkspace<Read>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let language = access.language;
    let today = crate::views::today().0;
    let rows = state
        .db
        .summaries()
        .of_workspace(access.workspace.id, MAX_STRATEGIES)
        .await?;
    let order = [
        Status::OffTrack,
        Status::AtRisk,
        Status::NotMeasurable,
        Status::OnTrack,
    ];
    let mut groups: Vec<Group> = order
        .iter()
        .map(|status| Group {
            status: status.as_str(),
            title: text(
                language,
                &format!("progress-status-{}", status.as_str()),
                &[],
            ),
            lines: Vec::new(),
        })
        .collect();
    let mut without_results = Vec::new();
    let mut pending = Vec::new();
    let mut refreshes = 0;
    let listed = rows.len();
    for row in rows {
        let fresh = row.summary.as_ref().is_some_and(|summary| {
            is_fresh(summary, row.current_version, &row.results_stamp, today)
        });
        if !fresh && refreshes < REFRESHES_PER_REQUEST {
            refresh_soon(&state, &row.id, row.current_version);
            refreshes += 1;
        }
        let id = row.id.to_string();
        let Some(summary) = row.summary else {
            pending.push((id, row.name));
            continue;
        };
        let lines: Vec<SummaryLine> = serde_json::from_str(&summary.body).unwrap_or_default();
        if row.results_stamp == crate::store::summaries::NO_IMPORTS {
            without_results.push((id, row.name));
            continue;
        }
        let as_of = (summary.as_of != today.to_string()).then(|| {
            summary
                .as_of
                .parse::<jiff::civil::Date>()
                .map(|day| tomster_core::i18n::long_date(language, tomster_core::values::Day(day)))
                .unwrap_or(summary.as_of.clone())
        });
        for line in &lines {
            let Some(group) = groups.iter_mut().find(|g| g.status == line.status.as_str()) else {
                continue;
            };
            group.lines.push(Line {
                strategy_id: id.clone(),
                strategy: row.name.clone(),
                objective: line.label.clone(),
                measured: value(language, line, line.actual),
                expected: value(language, line, line.expected),
                target: value(language, line, line.target),
                as_of: as_of.clone(),
            });
        }
    }
    let title = text(
        language,
        "web-overview-title",
        &[("name", access.workspace.name.clone())],
    );
    let view = OverviewPage {
        page: Page::zoned(language, title, Some(&access.session), &headers),
        workspace: access.workspace.clone(),
        groups,
        without_results,
        pending,
        listed,
        limit: MAX_STRATEGIES,
    };
    Ok(render(&view).into_response())
}
