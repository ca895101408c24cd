//! The user's workspaces, a workspace's page (its strategies a page at a time, its members)
//! and the three ways to start a strategy: from scratch, from an example, from a file.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::http::header::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tomster_core::i18n::text;
use tomster_core::load::MAX_SOURCE_BYTES;
use tomster_core::model::Language;
use tomster_core::templates::TEMPLATES;

use super::{Page, render, slugify};
use crate::access::{CsrfForm, CsrfUpload, Edit, InWorkspace, Read, SignedIn, has_csrf};
use crate::store::{Member, Role, StrategyRow, Workspace};
use crate::views::{WrittenLoadError, written_load_errors};
use crate::web::{AppError, AppState, Session};

/// Strategies listed on one page of a workspace.
pub const STRATEGIES_PER_PAGE: i64 = 50;

#[derive(Template)]
#[template(path = "workspaces.html")]
struct WorkspacesPage {
    page: Page,
    workspaces: Vec<(Workspace, &'static str)>,
    error: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    visitor: SignedIn,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let SignedIn { session, language } = visitor;
    let memberships = state.db.workspaces().memberships(session.user_id()).await?;
    Ok(render(&WorkspacesPage {
        page: Page::zoned(
            language,
            text(language, "web-workspaces-title", &[]),
            Some(&session),
            &headers,
        ),
        workspaces: memberships
            .into_iter()
            .map(|membership| (membership.workspace, membership.role.key()))
            .collect(),
        error: None,
    }))
}

#[derive(Deserialize)]
pub struct WorkspaceForm {
    csrf: String,
    name: String,
}

has_csrf!(WorkspaceForm);

/// A slug no workspace has yet: the name's, else with a number after it.
async fn unique_slug(state: &AppState, name: &str) -> Result<String, AppError> {
    let base = slugify(name);
    let mut candidate = base.clone();
    let mut suffix = 2;
    while state.db.workspaces().slug_taken(&candidate).await? {
        candidate = format!("{base}-{suffix}");
        suffix += 1;
    }
    Ok(candidate)
}

pub async fn create(
    State(state): State<AppState>,
    visitor: SignedIn,
    CsrfForm(form): CsrfForm<WorkspaceForm>,
) -> Result<Response, AppError> {
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 200 || name.chars().any(char::is_control) {
        return Ok(Redirect::to("/w").into_response());
    }
    // Two workspaces named alike at the same moment: the second takes the next number.
    for _ in 0..5 {
        let slug = unique_slug(&state, name).await?;
        match state
            .db
            .workspaces()
            .create(&slug, name, visitor.session.user_id(), state.now())
            .await
        {
            Ok(workspace) => {
                return Ok(Redirect::to(&format!("/w/{}", workspace.slug)).into_response());
            }
            Err(crate::store::StoreError::Duplicate) => continue,
            Err(error) => return Err(error.into()),
        }
    }
    Err(AppError::Busy)
}

/// An example offered on the new-strategy form.
pub struct ExampleChoice {
    pub name: &'static str,
    pub description: String,
}

#[derive(Template)]
#[template(path = "workspace.html")]
struct WorkspacePage {
    page: Page,
    workspace: Workspace,
    can_edit: bool,
    strategies: Vec<StrategyRow>,
    /// This page of the list (from 1), how many pages, how many strategies in all.
    list_page: i64,
    list_pages: i64,
    strategy_count: i64,
    examples: Vec<ExampleChoice>,
    members: Vec<Member>,
    is_owner: bool,
    /// The address of an invitation just created (shown once), and the role it grants.
    invitation: Option<(String, &'static str)>,
    /// A refusal about members (the last owner cannot leave), as a message.
    member_error: Option<String>,
    upload_errors: Vec<WrittenLoadError>,
    max_upload_megabytes: usize,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    page: Option<i64>,
}

pub async fn page(
    State(state): State<AppState>,
    access: InWorkspace<Read>,
    Query(query): Query<ListQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let shown = WorkspaceShown {
        list_page: query.page.unwrap_or(1),
        ..WorkspaceShown::default()
    };
    workspace_response(
        &state,
        &access.session,
        (&access.workspace, access.role),
        access.language,
        &headers,
        shown,
    )
    .await
}

/// What a workspace page shows besides its strategies and members: news about members, the
/// errors of a refused file, the page of the list.
#[derive(Default)]
pub struct WorkspaceShown {
    pub invitation: Option<(String, &'static str)>,
    pub member_error: Option<String>,
    pub upload_errors: Vec<WrittenLoadError>,
    pub list_page: i64,
}

pub async fn workspace_response(
    state: &AppState,
    session: &Session,
    (workspace, role): (&Workspace, Role),
    language: Language,
    headers: &HeaderMap,
    shown: WorkspaceShown,
) -> Result<Response, AppError> {
    let strategies = state.db.strategies();
    let mut list_page = shown.list_page.max(1);
    let (mut listed, mut count) = strategies
        .list(
            workspace.id,
            STRATEGIES_PER_PAGE,
            (list_page - 1) * STRATEGIES_PER_PAGE,
        )
        .await?;
    let pages = ((count + STRATEGIES_PER_PAGE - 1) / STRATEGIES_PER_PAGE).max(1);
    if list_page > pages {
        // Past the end (strategies went meanwhile, or a page typed by hand): the last page.
        list_page = pages;
        (listed, count) = strategies
            .list(
                workspace.id,
                STRATEGIES_PER_PAGE,
                (list_page - 1) * STRATEGIES_PER_PAGE,
            )
            .await?;
    }
    let members = state.db.workspaces().members(workspace.id).await?;
    let status = if shown.upload_errors.is_empty() && shown.member_error.is_none() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = WorkspacePage {
        page: Page::zoned(language, workspace.name.clone(), Some(session), headers),
        workspace: workspace.clone(),
        can_edit: role.can_edit(),
        strategies: listed,
        list_page,
        list_pages: pages,
        strategy_count: count,
        examples: TEMPLATES
            .iter()
            .map(|example| ExampleChoice {
                name: example.name,
                description: text(language, &format!("example-{}", example.name), &[]),
            })
            .collect(),
        members,
        is_owner: role == Role::Owner,
        invitation: shown.invitation,
        member_error: shown.member_error,
        upload_errors: shown.upload_errors,
        max_upload_megabytes: MAX_SOURCE_BYTES / (1024 * 1024),
    };
    Ok((status, render(&page)).into_response())
}

#[derive(Deserialize)]
pub struct NewStrategyForm {
    csrf: String,
    /// An example's name, or empty for a blank strategy.
    example: String,
    name: Option<String>,
}

has_csrf!(NewStrategyForm);

/// A blank strategy: a name and next year's period, the rest to fill in step by step.
pub fn blank_strategy(name: &str, language: Language) -> String {
    let year = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .year();
    let escaped = name.replace('\\', "\\\\").replace('"', "\\\"");
    format!(
        "schema_version = {}\n\n[strategy]\nname = \"{escaped}\"\nlanguage = \"{}\"\nstart = {}-01-01\nend = {}-12-31\n",
        tomster_core::load::SCHEMA_VERSION,
        language.as_str(),
        year + 1,
        year + 1
    )
}

pub async fn create_strategy(
    State(state): State<AppState>,
    access: InWorkspace<Edit>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<NewStrategyForm>,
) -> Result<Response, AppError> {
    let language = access.language;
    let source = if form.example.is_empty() {
        let name = form
            .name
            .as_deref()
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .unwrap_or_else(|| text(language, "web-untitled", &[]));
        blank_strategy(&name, language)
    } else {
        tomster_core::templates::template(&form.example)
            .ok_or(AppError::NotFound)?
            .text
            .to_owned()
    };
    let comment = text(language, "web-version-created", &[]);
    created(&state, &access, &headers, &source, &comment).await
}

/// Where a new strategy goes: its first step, or back to the workspace with its load errors.
async fn created(
    state: &AppState,
    access: &InWorkspace<Edit>,
    headers: &HeaderMap,
    source: &str,
    comment: &str,
) -> Result<Response, AppError> {
    match crate::service::create_strategy(
        state,
        &access.workspace,
        access.session.user_id(),
        source,
        comment,
        access.language,
    )
    .await?
    {
        Ok((id, _)) => Ok(Redirect::to(&format!("/s/{id}")).into_response()),
        Err(errors) => {
            let shown = WorkspaceShown {
                upload_errors: errors,
                list_page: 1,
                ..WorkspaceShown::default()
            };
            workspace_response(
                state,
                &access.session,
                (&access.workspace, access.role),
                access.language,
                headers,
                shown,
            )
            .await
        }
    }
}

/// The largest strategy file an upload keeps (one byte more than the loader takes, so that
/// the loader's message says by how much it is over).
const UPLOAD_LIMIT: usize = MAX_SOURCE_BYTES + 1;

pub async fn upload_strategy(
    State(state): State<AppState>,
    access: InWorkspace<Edit>,
    headers: HeaderMap,
    upload: CsrfUpload<UPLOAD_LIMIT>,
) -> Result<Response, AppError> {
    let language = access.language;
    let bytes = if upload.too_large {
        // Enough to make the loader say the file is over its limit.
        vec![b' '; UPLOAD_LIMIT]
    } else {
        upload.file
    };
    // The size and the encoding are checked here, in the user's language; the text is loaded
    // with the analysis, off the async threads.
    let source = match tomster_core::load::text_of_bytes(&bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text).to_owned(),
        Err(errors) => {
            let shown = WorkspaceShown {
                upload_errors: written_load_errors(&errors, language),
                list_page: 1,
                ..WorkspaceShown::default()
            };
            return workspace_response(
                &state,
                &access.session,
                (&access.workspace, access.role),
                language,
                &headers,
                shown,
            )
            .await;
        }
    };
    let comment = text(language, "web-version-uploaded", &[]);
    created(&state, &access, &headers, &source, &comment).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_strategy_loads() {
        let text = blank_strategy("Quote \" and \\ back", Language::French);
        let loaded = tomster_core::load::from_toml_str(&text).unwrap();
        assert_eq!(loaded.strategy.strategy.name, "Quote \" and \\ back");
    }
}
