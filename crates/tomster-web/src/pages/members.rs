//! A workspace's members: an owner changes roles, removes members and invites by a
//! single-use link; the invited person joins with their account or makes one.
//!
//! The rules that must hold under concurrent requests (a workspace keeps an owner, an
//! invitation is used once) live in the store's transactions, not here.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tomster_core::i18n::text;

use super::sign_in::{normalise_email, plausible_email};
use super::workspaces::{WorkspaceShown, workspace_response};
use super::{Page, render};
use crate::access::{CsrfForm, InWorkspace, Own, Visitor, has_csrf};
use crate::secrets::{check_new_password, hash_password, secret_hash};
use crate::store::workspaces::NewAccount;
use crate::store::{Role, StoreError, Workspace};
use crate::web::{AppError, AppState, client_address};

/// How long an invitation link stays valid.
const INVITATION_VALIDITY_SECONDS: i64 = 7 * 24 * 60 * 60;

#[derive(Deserialize)]
pub struct MemberForm {
    csrf: String,
    user_id: i64,
    role: Option<String>,
    remove: Option<String>,
}

has_csrf!(MemberForm);

pub async fn change(
    State(state): State<AppState>,
    access: InWorkspace<Own>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<Response, AppError> {
    let workspaces = state.db.workspaces();
    let workspace = &access.workspace;
    let member = workspaces
        .member(workspace.id, form.user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let address = client_address(&state, &headers, Some(peer));
    let actor = Some(access.session.user_id());
    let outcome = if form.remove.is_some() {
        workspaces
            .remove_member(workspace.id, member.user_id)
            .await
            .map(|_| {
                (
                    "member-removed",
                    format!("{}: user {}", workspace.slug, member.user_id),
                )
            })
    } else {
        let role = form
            .role
            .as_deref()
            .and_then(Role::parse)
            .ok_or(AppError::BadRequest)?;
        workspaces
            .set_role(workspace.id, member.user_id, role)
            .await
            .map(|()| {
                (
                    "role-changed",
                    format!(
                        "{}: user {} is {}",
                        workspace.slug,
                        member.user_id,
                        role.as_str()
                    ),
                )
            })
    };
    match outcome {
        Ok((event, detail)) => {
            state.audit(actor, event, &detail, &address).await?;
            Ok(Redirect::to(&format!("/w/{}", workspace.slug)).into_response())
        }
        Err(StoreError::LastOwner) => {
            // The owner's own role may have changed meanwhile: read it again for the page.
            let role = workspaces
                .for_member(&workspace.slug, access.session.user_id())
                .await?
                .map_or(Role::Viewer, |(_, role)| role);
            let shown = WorkspaceShown {
                member_error: Some(text(access.language, "web-members-last-owner", &[])),
                list_page: 1,
                ..WorkspaceShown::default()
            };
            workspace_response(
                &state,
                &access.session,
                (workspace, role),
                access.language,
                &headers,
                shown,
            )
            .await
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Deserialize)]
pub struct InvitationForm {
    csrf: String,
    role: String,
}

has_csrf!(InvitationForm);

pub async fn invite(
    State(state): State<AppState>,
    access: InWorkspace<Own>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<InvitationForm>,
) -> Result<Response, AppError> {
    let role = Role::parse(&form.role).ok_or(AppError::BadRequest)?;
    let token = crate::secrets::random_secret().map_err(|_| AppError::Internal)?;
    let now = state.now();
    let workspace = &access.workspace;
    state
        .db
        .workspaces()
        .create_invitation(
            &secret_hash(&token),
            workspace.id,
            role,
            access.session.user_id(),
            now,
            now + INVITATION_VALIDITY_SECONDS,
        )
        .await?;
    let address = client_address(&state, &headers, Some(peer));
    state
        .audit(
            Some(access.session.user_id()),
            "invitation-created",
            &format!("{}: {}", workspace.slug, role.as_str()),
            &address,
        )
        .await?;
    let link = format!("{}/invite/{token}", state.config.base_url());
    let shown = WorkspaceShown {
        invitation: Some((link, role.key())),
        list_page: 1,
        ..WorkspaceShown::default()
    };
    workspace_response(
        &state,
        &access.session,
        (workspace, access.role),
        access.language,
        &headers,
        shown,
    )
    .await
}

#[derive(Template)]
#[template(path = "invitation.html")]
struct InvitationPage {
    page: Page,
    token: String,
    workspace: String,
    role: &'static str,
    signed_in: bool,
    email: String,
    error: Option<String>,
}

/// A usable invitation's workspace and role, or 404.
async fn usable_invitation(state: &AppState, token: &str) -> Result<(Workspace, Role), AppError> {
    state
        .db
        .workspaces()
        .invitation(&secret_hash(token), state.now())
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn invitation_page(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (workspace, role) = usable_invitation(&state, &token).await?;
    let language = visitor.language;
    Ok(render(&InvitationPage {
        page: Page::new(
            language,
            text(language, "web-invitation-title", &[]),
            visitor.session.as_ref(),
        ),
        token,
        workspace: workspace.name,
        role: role.key(),
        signed_in: visitor.session.is_some(),
        email: String::new(),
        error: None,
    }))
}

#[derive(Deserialize)]
pub struct AcceptForm {
    csrf: Option<String>,
    email: Option<String>,
    password: Option<String>,
    confirm: Option<String>,
}

pub async fn accept(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(token): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<AcceptForm>,
) -> Result<Response, AppError> {
    let (workspace, role) = usable_invitation(&state, &token).await?;
    let language = visitor.language;
    let address = client_address(&state, &headers, Some(peer));
    let now = state.now();
    let token_hash = secret_hash(&token);
    if let Some(session) = visitor.session {
        if !session.csrf_ok(form.csrf.as_deref().unwrap_or("")) {
            return Err(AppError::Forbidden);
        }
        if !state
            .db
            .workspaces()
            .accept_invitation(&token_hash, session.user_id(), now)
            .await?
        {
            return Err(AppError::NotFound);
        }
        state
            .audit(
                Some(session.user_id()),
                "invitation-accepted",
                &workspace.slug,
                &address,
            )
            .await?;
        return Ok(Redirect::to(&format!("/w/{}", workspace.slug)).into_response());
    }
    // No session: the invitation makes the account.
    let email = normalise_email(form.email.as_deref().unwrap_or(""));
    let password = form.password.unwrap_or_default();
    let problem = if !plausible_email(&email) {
        Some("web-email-invalid")
    } else if Some(password.as_str()) != form.confirm.as_deref() {
        Some("web-password-mismatch")
    } else if let Err(weak) = check_new_password(&password) {
        Some(weak.key())
    } else {
        None
    };
    let refuse = |key: &str, email: String| {
        let page = InvitationPage {
            page: Page::new(language, text(language, "web-invitation-title", &[]), None),
            token: token.clone(),
            workspace: workspace.name.clone(),
            role: role.key(),
            signed_in: false,
            email,
            error: Some(text(language, key, &[])),
        };
        (StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response()
    };
    if let Some(key) = problem {
        return Ok(refuse(key, email));
    }
    let hash = state
        .workers
        .run(move |_| hash_password(&password))
        .await?
        .map_err(|_| AppError::Internal)?;
    let user_id = match state
        .db
        .workspaces()
        .accept_invitation_with_account(&token_hash, &email, &hash, now)
        .await?
    {
        NewAccount::Joined(user_id) => user_id,
        // An existing account signs in first; the message says so without saying more.
        NewAccount::EmailTaken => return Ok(refuse("web-invitation-sign-in-first", email)),
        NewAccount::NoInvitation => return Err(AppError::NotFound),
    };
    state
        .audit(Some(user_id), "account-created", &email, &address)
        .await?;
    state
        .audit(
            Some(user_id),
            "invitation-accepted",
            &workspace.slug,
            &address,
        )
        .await?;
    let cookie = state.open_session(user_id).await?;
    Ok((
        [(header::SET_COOKIE, cookie)],
        Redirect::to(&format!("/w/{}", workspace.slug)),
    )
        .into_response())
}
