//! A strategy's versions: the history, the changes between two versions in words, and
//! restoring an earlier version as the newest.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tomster_core::i18n::text;

use super::{Page, StrategyFrame, render};
use crate::access::{CsrfForm, Edit, InStrategy, Read, has_csrf};
use crate::store::VersionSummary;
use crate::web::{AppError, AppState};

#[derive(Template)]
#[template(path = "history.html")]
struct HistoryPage {
    page: Page,
    frame: StrategyFrame,
    versions: Vec<VersionSummary>,
}

pub async fn page(
    State(state): State<AppState>,
    access: InStrategy<Read>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let language = access.language;
    let strategy = &access.strategy;
    let versions = state.db.strategies().versions(&strategy.id).await?;
    Ok(render(&HistoryPage {
        page: access.page(
            text(
                language,
                "web-history-title",
                &[("name", strategy.name.clone())],
            ),
            &headers,
        ),
        frame: access.frame(None, None),
        versions,
    }))
}

#[derive(Deserialize)]
pub struct DiffQuery {
    from: i64,
    to: i64,
}

#[derive(Template)]
#[template(path = "diff.html")]
struct DiffPage {
    page: Page,
    frame: StrategyFrame,
    from: i64,
    to: i64,
    changes: Vec<String>,
}

pub async fn diff(
    State(state): State<AppState>,
    access: InStrategy<Read>,
    Query(query): Query<DiffQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let language = access.language;
    let strategy = &access.strategy;
    let changes =
        crate::service::version_changes(&state, strategy, query.from, query.to, language).await?;
    Ok(render(&DiffPage {
        page: access.page(text(language, "web-diff-title", &[]), &headers),
        frame: access.frame(None, None),
        from: query.from,
        to: query.to,
        changes,
    }))
}

#[derive(Deserialize)]
pub struct RestoreForm {
    csrf: String,
    version: i64,
}

has_csrf!(RestoreForm);

pub async fn restore(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    CsrfForm(form): CsrfForm<RestoreForm>,
) -> Result<Response, AppError> {
    // A save that raced the restore wins and the restore is not applied; the history shows
    // what was saved, nothing is lost.
    crate::service::restore(
        &state,
        &access.strategy,
        form.version,
        access.session.user_id(),
        access.language,
    )
    .await?;
    Ok(Redirect::to(&format!("/s/{}/history", access.strategy.id)).into_response())
}
