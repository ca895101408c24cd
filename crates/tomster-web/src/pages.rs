//! The HTML pages: first-run setup, login, workspaces, and each strategy's seven steps with
//! their help and diagnostics, its editor, history, differences and downloads.
//!
//! Plain forms that work without JavaScript; `assets/app.js` only adds live checking while
//! typing. Every text comes from the web catalogue (`i18n/*/web.ftl` in the core).

use std::net::SocketAddr;
use std::sync::Arc;

use askama::Template;
use axum::Router;
use axum::extract::{ConnectInfo, Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tomster_core::document::{Block, Tone};
use tomster_core::i18n::text;
use tomster_core::load::MAX_SOURCE_BYTES;
use tomster_core::model::Language;
use tomster_core::templates::TEMPLATES;

use crate::downloads::{Download, produce};
use crate::editor::{Control, Line};
use crate::secrets::{check_new_password, decoy_hash, hash_password, secret_hash, verify_password};
use crate::store::{NewVersion, Role, StoreError, StrategyRow, Workspace};
use crate::views::{Step, StrategyView, WrittenLoadError, load, parse_step, today};
use crate::web::{
    AppError, AppState, MaybeSession, Session, ThrottleVerdict, client_address, request_language,
};

/// The translator templates call: `t.t("web-login-title")`.
#[derive(Clone, Copy)]
pub struct Tr(pub Language);

impl Tr {
    pub fn t(&self, key: &str) -> String {
        text(self.0, key, &[])
    }

    pub fn t1(&self, key: &str, name: &str, value: &dyn std::fmt::Display) -> String {
        text(self.0, key, &[(name, value.to_string())])
    }

    pub fn lang(&self) -> &'static str {
        self.0.as_str()
    }

    pub fn colon(&self) -> &'static str {
        self.0.colon()
    }

    /// A Unix time as a date and time in UTC, written for people.
    pub fn time(&self, seconds: &i64) -> String {
        jiff::Timestamp::from_second(*seconds)
            .map(|time| time.strftime("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default()
    }
}

/// What every page's layout needs.
pub struct Page {
    pub t: Tr,
    pub title: String,
    /// The signed-in user's email, for the header.
    pub user: Option<String>,
    /// The anti-forgery token of the session, put in every form.
    pub csrf: String,
}

impl Page {
    fn new(language: Language, title: String, session: Option<&Session>) -> Page {
        Page {
            t: Tr(language),
            title,
            user: session.map(|session| session.record.email.clone()),
            csrf: session
                .map(|session| session.record.csrf_token.clone())
                .unwrap_or_default(),
        }
    }
}

fn render(template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(error) => {
            tracing::error!(%error, "template");
            AppError::Internal.into_response()
        }
    }
}

/// Who may use a page route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// Anyone, signed in or not.
    Anyone,
    /// Anyone holding the one-time setup address, before the first account exists.
    SetupToken,
    /// Any signed-in user.
    SignedIn,
    /// A member of the workspace concerned, any role.
    Reader,
    /// An editor or owner of the workspace concerned.
    Editor,
    /// An owner of the workspace concerned.
    Owner,
    /// Anyone holding an invitation's single-use address.
    InviteToken,
    /// Anyone holding a calendar feed's secret address (a calendar application).
    FeedToken,
}

/// Every page route with who may use it: the authorization test checks each against every kind
/// of visitor, and fails when a route of [`routes`] is missing here.
pub const ROUTES: &[(&str, &str, Need)] = &[
    ("GET", "/", Need::Anyone),
    ("GET", "/assets/{file}", Need::Anyone),
    ("GET", "/explain/{code}", Need::Anyone),
    ("GET", "/setup/{token}", Need::SetupToken),
    ("POST", "/setup/{token}", Need::SetupToken),
    ("GET", "/login", Need::Anyone),
    ("POST", "/login", Need::Anyone),
    ("POST", "/login/code", Need::Anyone),
    ("POST", "/account/language", Need::SignedIn),
    ("GET", "/w", Need::SignedIn),
    ("POST", "/w", Need::SignedIn),
    ("GET", "/w/{slug}", Need::Reader),
    ("POST", "/w/{slug}/strategies", Need::Editor),
    ("POST", "/w/{slug}/upload", Need::Editor),
    ("POST", "/w/{slug}/members", Need::Owner),
    ("POST", "/w/{slug}/invitations", Need::Owner),
    ("GET", "/invite/{token}", Need::InviteToken),
    ("POST", "/invite/{token}", Need::InviteToken),
    ("GET", "/account", Need::SignedIn),
    ("POST", "/account/password", Need::SignedIn),
    ("POST", "/account/totp/start", Need::SignedIn),
    ("POST", "/account/totp/confirm", Need::SignedIn),
    ("POST", "/account/totp/disable", Need::SignedIn),
    ("POST", "/account/tokens", Need::SignedIn),
    ("POST", "/account/tokens/revoke", Need::SignedIn),
    ("GET", "/s/{id}", Need::Reader),
    ("GET", "/s/{id}/step/{step}", Need::Reader),
    ("GET", "/s/{id}/form/{step}", Need::Editor),
    ("POST", "/s/{id}/form/{step}", Need::Editor),
    ("POST", "/s/{id}/form/{step}/check", Need::Editor),
    ("GET", "/s/{id}/edit", Need::Editor),
    ("POST", "/s/{id}/edit", Need::Editor),
    ("POST", "/s/{id}/check", Need::Editor),
    ("GET", "/s/{id}/history", Need::Reader),
    ("GET", "/s/{id}/diff", Need::Reader),
    ("POST", "/s/{id}/restore", Need::Editor),
    ("GET", "/s/{id}/download/{file}", Need::Reader),
    ("POST", "/s/{id}/feed", Need::Editor),
    ("POST", "/s/{id}/feed/revoke", Need::Editor),
    ("POST", "/s/{id}/logo", Need::Editor),
    ("POST", "/s/{id}/logo/remove", Need::Editor),
    ("GET", "/feed/{token}", Need::FeedToken),
    ("POST", "/logout", Need::Anyone),
];

/// Every page route.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/assets/{file}", get(asset))
        .route("/explain/{code}", get(explain))
        .route("/setup/{token}", get(setup_form).post(setup_submit))
        .route("/login", get(login_form).post(login_submit))
        .route("/login/code", post(login_code))
        .route("/logout", post(logout))
        .route("/account/language", post(set_language))
        .route("/w", get(workspaces).post(create_workspace))
        .route("/w/{slug}", get(workspace_page))
        .route("/w/{slug}/strategies", post(create_strategy))
        .route("/w/{slug}/upload", post(upload_strategy))
        .route("/w/{slug}/members", post(change_member))
        .route("/w/{slug}/invitations", post(create_invitation))
        .route(
            "/invite/{token}",
            get(invitation_page).post(accept_invitation),
        )
        .route("/account", get(account_page))
        .route("/account/password", post(change_password))
        .route("/account/totp/start", post(second_factor_start))
        .route("/account/totp/confirm", post(second_factor_confirm))
        .route("/account/totp/disable", post(second_factor_disable))
        .route("/account/tokens", post(create_token))
        .route("/account/tokens/revoke", post(revoke_token))
        .route("/s/{id}", get(strategy_home))
        .route("/s/{id}/step/{step}", get(step_page))
        .route("/s/{id}/form/{step}", get(step_form).post(step_form_submit))
        .route("/s/{id}/form/{step}/check", post(step_form_check))
        .route("/s/{id}/edit", get(edit_form).post(edit_submit))
        .route("/s/{id}/check", post(live_check))
        .route("/s/{id}/history", get(history))
        .route("/s/{id}/diff", get(diff_page))
        .route("/s/{id}/restore", post(restore))
        .route("/s/{id}/download/{file}", get(download))
        .route("/s/{id}/feed", post(create_feed))
        .route("/s/{id}/feed/revoke", post(revoke_feed))
        .route("/s/{id}/logo", post(upload_logo))
        .route("/s/{id}/logo/remove", post(remove_logo))
        .route("/feed/{token}", get(feed))
}

// ---------------------------------------------------------------- assets

const APP_CSS: &str = include_str!("../assets/app.css");
const APP_JS: &str = include_str!("../assets/app.js");

async fn asset(Path(file): Path<String>) -> Response {
    let (content_type, body) = match file.as_str() {
        "app.css" => ("text/css; charset=utf-8", APP_CSS),
        "app.js" => ("text/javascript; charset=utf-8", APP_JS),
        _ => return AppError::NotFound.into_response(),
    };
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

// ---------------------------------------------------------------- a rule's explanation

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
async fn explain(
    MaybeSession(session): MaybeSession,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let rule = tomster_core::diagnostics::rule(&code).ok_or(AppError::NotFound)?;
    let language = request_language(&headers, session.as_ref());
    let title = rule.title(language);
    Ok(render(&ExplainPage {
        page: Page::new(language, format!("{} {title}", rule.code), session.as_ref()),
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

// ---------------------------------------------------------------- home, setup, login

async fn home(State(state): State<AppState>, MaybeSession(session): MaybeSession) -> Response {
    if session.is_some() {
        return Redirect::to("/w").into_response();
    }
    match state.db.user_count().await {
        Ok(0) => Html(format!(
            "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Tomster</title>\
             <link rel=\"stylesheet\" href=\"/assets/app.css\"><main class=\"narrow\">\
             <h1>Tomster</h1><p>{}</p><p lang=\"fr\">{}</p></main></html>",
            text(Language::English, "web-setup-see-console", &[]),
            text(Language::French, "web-setup-see-console", &[]),
        ))
        .into_response(),
        Ok(_) => Redirect::to("/login").into_response(),
        Err(error) => AppError::from(error).into_response(),
    }
}

#[derive(Template)]
#[template(path = "setup.html")]
struct SetupPage {
    page: Page,
    token: String,
    email: String,
    workspace: String,
    error: Option<String>,
}

#[derive(Deserialize)]
struct SetupForm {
    email: String,
    password: String,
    confirm: String,
    workspace: String,
}

async fn setup_token_ok(state: &AppState, token: &str) -> Result<bool, AppError> {
    Ok(state.db.user_count().await? == 0
        && state
            .db
            .setup_token_valid(&secret_hash(token), state.now())
            .await?)
}

async fn setup_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    if !setup_token_ok(&state, &token).await? {
        return Err(AppError::NotFound);
    }
    let language = request_language(&headers, None);
    Ok(render(&SetupPage {
        page: Page::new(language, text(language, "web-setup-title", &[]), None),
        token,
        email: String::new(),
        workspace: String::new(),
        error: None,
    }))
}

async fn setup_submit(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<SetupForm>,
) -> Result<Response, AppError> {
    if !setup_token_ok(&state, &token).await? {
        return Err(AppError::NotFound);
    }
    let language = request_language(&headers, None);
    let email = normalise_email(&form.email);
    let workspace_name = form.workspace.trim().to_owned();
    let problem = if !plausible_email(&email) {
        Some("web-email-invalid")
    } else if form.password != form.confirm {
        Some("web-password-mismatch")
    } else if let Err(weak) = check_new_password(&form.password) {
        Some(weak.key())
    } else if workspace_name.is_empty() {
        Some("web-workspace-name-missing")
    } else {
        None
    };
    if let Some(key) = problem {
        let page = SetupPage {
            page: Page::new(language, text(language, "web-setup-title", &[]), None),
            token,
            email,
            workspace: workspace_name,
            error: Some(text(language, key, &[])),
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response());
    }
    let hash = hash_password(&form.password).map_err(|_| AppError::Internal)?;
    let now = state.now();
    let user_id = state.db.create_user(&email, &hash, now).await?;
    state.db.clear_setup_tokens().await?;
    let slug = unique_slug(&state, &workspace_name).await?;
    state
        .db
        .create_workspace(&slug, &workspace_name, user_id, now)
        .await?;
    let address = client_address(&state, &headers, Some(peer));
    state
        .db
        .audit(now, Some(user_id), "account-created", &email, &address)
        .await?;
    let cookie = state.open_session(user_id).await?;
    Ok((
        [(header::SET_COOKIE, cookie)],
        Redirect::to(&format!("/w/{slug}")),
    )
        .into_response())
}

fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

fn plausible_email(email: &str) -> bool {
    email.len() <= 254
        && email
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
        && !email
            .chars()
            .any(|character| character.is_whitespace() || character.is_control())
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    page: Page,
    email: String,
    next: String,
    error: Option<String>,
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
}

/// Only local paths are followed after login (no open redirect).
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path.to_owned()
        }
        _ => "/w".to_owned(),
    }
}

async fn login_form(
    MaybeSession(session): MaybeSession,
    headers: HeaderMap,
    Query(query): Query<NextQuery>,
) -> Response {
    let next = safe_next(query.next.as_deref());
    if session.is_some() {
        return Redirect::to(&next).into_response();
    }
    let language = request_language(&headers, None);
    render(&LoginPage {
        page: Page::new(language, text(language, "web-login-title", &[]), None),
        email: String::new(),
        next,
        error: None,
    })
}

#[derive(Deserialize)]
struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
}

async fn login_submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<LoginForm>,
) -> Result<Response, AppError> {
    let language = request_language(&headers, None);
    let email = normalise_email(&form.email);
    let address = client_address(&state, &headers, Some(peer));
    let account_key = format!("account:{email}");
    let address_key = format!("address:{address}");
    let keys = [account_key.as_str(), address_key.as_str()];
    let now = state.now();
    match state.throttle.verdict(&keys, now) {
        ThrottleVerdict::Block => {
            state
                .db
                .audit(now, None, "login-blocked", &email, &address)
                .await?;
            return Err(AppError::TooManyRequests);
        }
        ThrottleVerdict::Slow(milliseconds) => {
            tokio::time::sleep(std::time::Duration::from_millis(milliseconds)).await;
        }
        ThrottleVerdict::Allow => {}
    }
    let user = state.db.user_by_email(&email).await?;
    // The same work whether the account exists or not: no enumeration by timing or wording.
    let stored = user
        .as_ref()
        .map_or(decoy_hash(), |user| user.password_hash.as_str());
    let matches = password_matches(&state, stored, &form.password).await?;
    match user {
        Some(user) if matches && user.totp_secret.is_some() => {
            // The password is right; the session waits for the second factor.
            let token = crate::secrets::random_secret().map_err(|_| AppError::Internal)?;
            let next = safe_next(form.next.as_deref());
            state
                .db
                .create_pending_login(
                    &secret_hash(&token),
                    user.id,
                    &next,
                    now + PENDING_LOGIN_SECONDS,
                )
                .await?;
            Ok(render(&CodePage {
                page: Page::new(language, text(language, "web-login-title", &[]), None),
                token,
                error: None,
            }))
        }
        Some(user) if matches => {
            state.throttle.succeed(&account_key);
            state
                .db
                .audit(now, Some(user.id), "login", &email, &address)
                .await?;
            let cookie = state.open_session(user.id).await?;
            let next = safe_next(form.next.as_deref());
            Ok(([(header::SET_COOKIE, cookie)], Redirect::to(&next)).into_response())
        }
        _ => {
            state.throttle.fail(&keys, now);
            state
                .db
                .audit(
                    now,
                    user.map(|user| user.id),
                    "login-failed",
                    &email,
                    &address,
                )
                .await?;
            let page = LoginPage {
                page: Page::new(language, text(language, "web-login-title", &[]), None),
                email,
                next: safe_next(form.next.as_deref()),
                error: Some(text(language, "web-login-failed", &[])),
            };
            Ok((StatusCode::UNAUTHORIZED, render(&page)).into_response())
        }
    }
}

/// How long a right password waits for its second factor.
const PENDING_LOGIN_SECONDS: i64 = 5 * 60;

#[derive(Template)]
#[template(path = "login_code.html")]
struct CodePage {
    page: Page,
    token: String,
    error: Option<String>,
}

#[derive(Deserialize)]
struct CodeForm {
    token: String,
    code: String,
}

/// Whether a code is the user's current TOTP code (used once) or one of their unused recovery
/// codes (then used up).
async fn second_factor_ok(
    state: &AppState,
    user: &crate::store::User,
    code: &str,
) -> Result<bool, AppError> {
    let now = state.now();
    if let Some(secret) = &user.totp_secret {
        let last = state.db.totp_last_step(user.id).await?;
        if let Some(step) = crate::totp::verify(secret, code, now, last) {
            return Ok(state.db.use_totp_step(user.id, step).await?);
        }
    }
    let recovery = crate::totp::normalise_recovery_code(code);
    if recovery.len() == 10
        && state
            .db
            .use_recovery_code(user.id, &secret_hash(&recovery), now)
            .await?
    {
        state
            .db
            .audit(now, Some(user.id), "recovery-code-used", &user.email, "")
            .await?;
        return Ok(true);
    }
    Ok(false)
}

async fn login_code(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<CodeForm>,
) -> Result<Response, AppError> {
    let language = request_language(&headers, None);
    let now = state.now();
    let token_hash = secret_hash(&form.token);
    let Some((user_id, next)) = state.db.pending_login(&token_hash, now).await? else {
        // Unknown or too old: the sign-in starts again.
        return Ok(Redirect::to("/login").into_response());
    };
    let user = state
        .db
        .user_by_id(user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let address = client_address(&state, &headers, Some(peer));
    let account_key = format!("account:{}", user.email);
    let address_key = format!("address:{address}");
    let keys = [account_key.as_str(), address_key.as_str()];
    match state.throttle.verdict(&keys, now) {
        ThrottleVerdict::Block => return Err(AppError::TooManyRequests),
        ThrottleVerdict::Slow(milliseconds) => {
            tokio::time::sleep(std::time::Duration::from_millis(milliseconds)).await;
        }
        ThrottleVerdict::Allow => {}
    }
    if !second_factor_ok(&state, &user, &form.code).await? {
        state.throttle.fail(&keys, now);
        state
            .db
            .audit(
                now,
                Some(user.id),
                "login-failed",
                "second factor",
                &address,
            )
            .await?;
        let page = CodePage {
            page: Page::new(language, text(language, "web-login-title", &[]), None),
            token: form.token,
            error: Some(text(language, "web-code-wrong", &[])),
        };
        return Ok((StatusCode::UNAUTHORIZED, render(&page)).into_response());
    }
    state.db.delete_pending_login(&token_hash).await?;
    state.throttle.succeed(&account_key);
    state
        .db
        .audit(now, Some(user.id), "login", &user.email, &address)
        .await?;
    let cookie = state.open_session(user.id).await?;
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to(&next)).into_response())
}

/// Whether a password matches a stored hash, checked on the bounded pool (Argon2 is slow on
/// purpose: it must not hold an async thread).
async fn password_matches(
    state: &AppState,
    stored: &str,
    password: &str,
) -> Result<bool, AppError> {
    let stored = stored.to_owned();
    let password = password.to_owned();
    Ok(state
        .workers
        .run(move || verify_password(&password, &stored))
        .await?)
}

#[derive(Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn logout(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    axum::Form(form): axum::Form<CsrfForm>,
) -> Result<Response, AppError> {
    if let Some(session) = session {
        if !session.csrf_ok(&form.csrf) {
            return Err(AppError::Forbidden);
        }
        state.db.delete_session(&session.id_hash).await?;
        state.sessions.forget(&session.id_hash);
    }
    Ok((
        [(header::SET_COOKIE, state.expired_session_cookie())],
        Redirect::to("/login"),
    )
        .into_response())
}

#[derive(Deserialize)]
struct LanguageForm {
    csrf: String,
    language: String,
    back: Option<String>,
}

async fn set_language(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    axum::Form(form): axum::Form<LanguageForm>,
) -> Result<Response, AppError> {
    let session = signed_in_form(session, &form.csrf)?;
    let language = Language::parse(&form.language).map(Language::as_str);
    state.db.set_language(session.user_id(), language).await?;
    state.sessions.forget_user(session.user_id());
    Ok(Redirect::to(&safe_next(form.back.as_deref())).into_response())
}

/// The session of a page that needs one; without it the answer sends to the login page.
fn signed_in(session: Option<Session>) -> Result<Session, AppError> {
    session.ok_or(AppError::Unauthorized)
}

/// The session of a form that changes something: signed in (401), and the form carries the
/// session's anti-forgery token (403).
fn signed_in_form(session: Option<Session>, csrf: &str) -> Result<Session, AppError> {
    let session = signed_in(session)?;
    if !session.csrf_ok(csrf) {
        return Err(AppError::Forbidden);
    }
    Ok(session)
}

/// A page that needs a session: redirect to the login page (and back) when there is none.
fn login_redirect(path: &str) -> Response {
    Redirect::to(&format!("/login?next={}", percent_encode(path))).into_response()
}

fn percent_encode(text: &str) -> String {
    let mut encoded = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'/' | b'-' | b'_' | b'.' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

macro_rules! session_or_login {
    ($session:expr, $path:expr) => {
        match $session {
            Some(session) => session,
            None => return Ok(login_redirect($path)),
        }
    };
}

// ---------------------------------------------------------------- workspaces

#[derive(Template)]
#[template(path = "workspaces.html")]
struct WorkspacesPage {
    page: Page,
    workspaces: Vec<(Workspace, &'static str)>,
    error: Option<String>,
}

async fn workspaces(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let session = session_or_login!(session, "/w");
    let language = request_language(&headers, Some(&session));
    let memberships = state.db.memberships(session.user_id()).await?;
    Ok(render(&WorkspacesPage {
        page: Page::new(
            language,
            text(language, "web-workspaces-title", &[]),
            Some(&session),
        ),
        workspaces: memberships
            .into_iter()
            .map(|membership| (membership.workspace, role_key(membership.role)))
            .collect(),
        error: None,
    }))
}

fn role_key(role: Role) -> &'static str {
    match role {
        Role::Owner => "web-role-owner",
        Role::Editor => "web-role-editor",
        Role::Viewer => "web-role-viewer",
    }
}

#[derive(Deserialize)]
struct WorkspaceForm {
    csrf: String,
    name: String,
}

/// A lowercase ASCII slug from a name: `Domaine des Trois Chênes` -> `domaine-des-trois-chenes`.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for character in name.chars() {
        let plain = match character {
            'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' => 'e',
            'î' | 'ï' | 'Î' | 'Ï' => 'i',
            'ô' | 'ö' | 'Ô' | 'Ö' => 'o',
            'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            other => other.to_ascii_lowercase(),
        };
        if plain.is_ascii_alphanumeric() {
            slug.push(plain);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "workspace".to_owned()
    } else {
        slug
    }
}

async fn unique_slug(state: &AppState, name: &str) -> Result<String, AppError> {
    let base = slugify(name);
    let mut candidate = base.clone();
    let mut suffix = 2;
    while state.db.workspace_by_slug(&candidate).await?.is_some() {
        candidate = format!("{base}-{suffix}");
        suffix += 1;
    }
    Ok(candidate)
}

async fn create_workspace(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    axum::Form(form): axum::Form<WorkspaceForm>,
) -> Result<Response, AppError> {
    let session = signed_in_form(session, &form.csrf)?;
    let name = form.name.trim();
    if name.is_empty() || name.chars().any(char::is_control) {
        return Ok(Redirect::to("/w").into_response());
    }
    let slug = unique_slug(&state, name).await?;
    state
        .db
        .create_workspace(&slug, name, session.user_id(), state.now())
        .await?;
    Ok(Redirect::to(&format!("/w/{slug}")).into_response())
}

/// A workspace and the user's role in it; another workspace is not found (404), never
/// forbidden, so that its existence is not revealed.
pub async fn workspace_access(
    state: &AppState,
    slug: &str,
    user_id: i64,
) -> Result<(Workspace, Role), AppError> {
    let workspace = state
        .db
        .workspace_by_slug(slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let role = state
        .db
        .role(workspace.id, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((workspace, role))
}

/// A strategy, its workspace and the user's role there (404 outside the user's workspaces).
pub async fn strategy_access(
    state: &AppState,
    id: &str,
    user_id: i64,
) -> Result<(StrategyRow, Workspace, Role), AppError> {
    state
        .db
        .strategy_for_member(id, user_id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The checks of every form that changes a strategy: a session, its anti-forgery token, the
/// strategy in one of the user's workspaces (404 otherwise) and an editor's role (403).
async fn editable_strategy(
    state: &AppState,
    session: Option<Session>,
    csrf: &str,
    id: &str,
) -> Result<(Session, StrategyRow, Workspace, Role), AppError> {
    let session = signed_in_form(session, csrf)?;
    let (strategy, workspace, role) = strategy_access(state, id, session.user_id()).await?;
    if !role.can_edit() {
        return Err(AppError::Forbidden);
    }
    Ok((session, strategy, workspace, role))
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
    examples: Vec<ExampleChoice>,
    members: Vec<crate::store::Member>,
    is_owner: bool,
    /// The address of an invitation just created (shown once), and the role it grants.
    invitation: Option<(String, &'static str)>,
    /// A refusal about members (the last owner cannot leave), as a message.
    member_error: Option<String>,
    upload_errors: Vec<WrittenLoadError>,
    max_upload_megabytes: usize,
}

async fn workspace_page(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let session = session_or_login!(session, &format!("/w/{slug}"));
    let (workspace, role) = workspace_access(&state, &slug, session.user_id()).await?;
    let language = request_language(&headers, Some(&session));
    workspace_response(&state, &session, workspace, role, language, Vec::new()).await
}

/// What a workspace page shows besides its strategies: news about members.
#[derive(Default)]
struct MemberNews {
    invitation: Option<(String, &'static str)>,
    error: Option<String>,
}

async fn workspace_response(
    state: &AppState,
    session: &Session,
    workspace: Workspace,
    role: Role,
    language: Language,
    upload_errors: Vec<WrittenLoadError>,
) -> Result<Response, AppError> {
    workspace_response_with(
        state,
        session,
        (workspace, role),
        language,
        upload_errors,
        MemberNews::default(),
    )
    .await
}

async fn workspace_response_with(
    state: &AppState,
    session: &Session,
    (workspace, role): (Workspace, Role),
    language: Language,
    upload_errors: Vec<WrittenLoadError>,
    news: MemberNews,
) -> Result<Response, AppError> {
    let strategies = state.db.strategies(workspace.id).await?;
    let members = state.db.members(workspace.id).await?;
    let status = if upload_errors.is_empty() && news.error.is_none() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = WorkspacePage {
        page: Page::new(language, workspace.name.clone(), Some(session)),
        workspace,
        can_edit: role.can_edit(),
        strategies,
        examples: TEMPLATES
            .iter()
            .map(|example| ExampleChoice {
                name: example.name,
                description: text(language, &format!("example-{}", example.name), &[]),
            })
            .collect(),
        members,
        is_owner: role == Role::Owner,
        invitation: news.invitation,
        member_error: news.error,
        upload_errors,
        max_upload_megabytes: MAX_SOURCE_BYTES / (1024 * 1024),
    };
    Ok((status, render(&page)).into_response())
}

#[derive(Deserialize)]
struct NewStrategyForm {
    csrf: String,
    /// An example's name, or empty for a blank strategy.
    example: String,
    name: Option<String>,
}

/// A blank strategy: a name and this year's period, the rest to fill in step by step.
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

/// A new random strategy id (80 bits: not guessable, short in addresses).
pub fn new_strategy_id() -> Result<String, AppError> {
    let secret = crate::secrets::random_secret().map_err(|_| AppError::Internal)?;
    Ok(secret[..20].to_owned())
}

async fn create_strategy(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(slug): Path<String>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<NewStrategyForm>,
) -> Result<Response, AppError> {
    let session = signed_in_form(session, &form.csrf)?;
    let (workspace, role) = workspace_access(&state, &slug, session.user_id()).await?;
    if !role.can_edit() {
        return Err(AppError::Forbidden);
    }
    let language = request_language(&headers, Some(&session));
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
    let id = store_new_strategy(
        &state,
        &workspace,
        session.user_id(),
        &source,
        &comment,
        language,
    )
    .await?;
    match id {
        Ok((id, _)) => Ok(Redirect::to(&format!("/s/{id}")).into_response()),
        Err(errors) => {
            workspace_response(&state, &session, workspace, role, language, errors).await
        }
    }
}

/// Stores a new strategy when its text loads; otherwise nothing is stored and the load errors
/// come back.
pub async fn store_new_strategy(
    state: &AppState,
    workspace: &Workspace,
    author_id: i64,
    source: &str,
    comment: &str,
    language: Language,
) -> Result<Result<(String, String), Vec<WrittenLoadError>>, AppError> {
    let name = match loaded_name(state, source, language).await? {
        Ok(name) => name,
        Err(errors) => return Ok(Err(errors)),
    };
    let id = new_strategy_id()?;
    state
        .db
        .create_strategy(
            &id,
            workspace.id,
            &NewVersion {
                name: &name,
                toml: source,
                author_id,
                comment,
                now: state.now(),
            },
        )
        .await?;
    Ok(Ok((id, name)))
}

/// A strategy text's name when it loads, read off the async threads; else its load errors
/// in `language`.
pub async fn loaded_name(
    state: &AppState,
    source: &str,
    language: Language,
) -> Result<Result<String, Vec<WrittenLoadError>>, AppError> {
    let source = source.to_owned();
    Ok(state
        .workers
        .run(move || load(&source, language).map(|loaded| loaded.strategy.strategy.name.clone()))
        .await?)
}

/// A file upload form's anti-forgery token and file bytes (empty when no file was sent).
async fn read_upload(multipart: &mut Multipart) -> Result<(String, Vec<u8>), AppError> {
    let mut csrf = String::new();
    let mut bytes = Vec::new();
    while let Ok(Some(field)) = multipart.next_field().await {
        match field.name() {
            Some("csrf") => csrf = field.text().await.unwrap_or_default(),
            Some("file") => {
                bytes = field
                    .bytes()
                    .await
                    .map_err(|_| AppError::PayloadTooLarge)?
                    .to_vec()
            }
            _ => {}
        }
    }
    Ok((csrf, bytes))
}

async fn upload_strategy(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(slug): Path<String>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let session = signed_in(session)?;
    let (workspace, role) = workspace_access(&state, &slug, session.user_id()).await?;
    let language = request_language(&headers, Some(&session));
    let (csrf, bytes) = read_upload(&mut multipart).await?;
    if !session.csrf_ok(&csrf) {
        return Err(AppError::Forbidden);
    }
    if !role.can_edit() {
        return Err(AppError::Forbidden);
    }
    let errors = |errors: Vec<tomster_core::load::LoadError>| {
        crate::views::written_load_errors(&errors, language)
    };
    // The loader checks the size and the encoding and says so in the user's language.
    let source = match tomster_core::load::from_toml_bytes(&bytes) {
        Ok(loaded) => loaded.text,
        Err(load_errors) => {
            return workspace_response(
                &state,
                &session,
                workspace,
                role,
                language,
                errors(load_errors),
            )
            .await;
        }
    };
    let comment = text(language, "web-version-uploaded", &[]);
    match store_new_strategy(
        &state,
        &workspace,
        session.user_id(),
        &source,
        &comment,
        language,
    )
    .await?
    {
        Ok((id, _)) => Ok(Redirect::to(&format!("/s/{id}")).into_response()),
        Err(load_errors) => {
            workspace_response(&state, &session, workspace, role, language, load_errors).await
        }
    }
}

// ---------------------------------------------------------------- members and invitations

/// How long an invitation link stays valid.
const INVITATION_VALIDITY_SECONDS: i64 = 7 * 24 * 60 * 60;

/// The checks of every form that manages a workspace's members: a session, its token, and the
/// owner's role (404 outside the user's workspaces, 403 for the others).
async fn owned_workspace(
    state: &AppState,
    session: Option<Session>,
    csrf: &str,
    slug: &str,
) -> Result<(Session, Workspace), AppError> {
    let session = signed_in_form(session, csrf)?;
    let (workspace, role) = workspace_access(state, slug, session.user_id()).await?;
    if role != Role::Owner {
        return Err(AppError::Forbidden);
    }
    Ok((session, workspace))
}

#[derive(Deserialize)]
struct MemberForm {
    csrf: String,
    user_id: i64,
    role: Option<String>,
    remove: Option<String>,
}

async fn change_member(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(slug): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<MemberForm>,
) -> Result<Response, AppError> {
    let (session, workspace) = owned_workspace(&state, session, &form.csrf, &slug).await?;
    let language = request_language(&headers, Some(&session));
    if state.db.role(workspace.id, form.user_id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let address = client_address(&state, &headers, Some(peer));
    let now = state.now();
    // Tokens carry their owner's role: forget the ones read recently.
    state.tokens.forget_where(|_| true);
    let refused = if form.remove.is_some() {
        let removed = state.db.remove_member(workspace.id, form.user_id).await?;
        if removed {
            state
                .db
                .audit(
                    now,
                    Some(session.user_id()),
                    "member-removed",
                    &format!("{slug}: user {}", form.user_id),
                    &address,
                )
                .await?;
        }
        !removed
    } else {
        let role = form
            .role
            .as_deref()
            .and_then(Role::parse)
            .ok_or(AppError::NotFound)?;
        let last_owner = role != Role::Owner
            && state.db.role(workspace.id, form.user_id).await? == Some(Role::Owner)
            && state.db.owner_count(workspace.id).await? <= 1;
        if !last_owner {
            state
                .db
                .set_member(workspace.id, form.user_id, role)
                .await?;
            state
                .db
                .audit(
                    now,
                    Some(session.user_id()),
                    "role-changed",
                    &format!("{slug}: user {} is {}", form.user_id, role.as_str()),
                    &address,
                )
                .await?;
        }
        last_owner
    };
    if refused {
        let news = MemberNews {
            invitation: None,
            error: Some(text(language, "web-members-last-owner", &[])),
        };
        return workspace_response_with(
            &state,
            &session,
            (workspace, Role::Owner),
            language,
            Vec::new(),
            news,
        )
        .await;
    }
    Ok(Redirect::to(&format!("/w/{slug}")).into_response())
}

#[derive(Deserialize)]
struct InvitationForm {
    csrf: String,
    role: String,
}

async fn create_invitation(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(slug): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<InvitationForm>,
) -> Result<Response, AppError> {
    let (session, workspace) = owned_workspace(&state, session, &form.csrf, &slug).await?;
    let language = request_language(&headers, Some(&session));
    let role = Role::parse(&form.role).ok_or(AppError::NotFound)?;
    let token = crate::secrets::random_secret().map_err(|_| AppError::Internal)?;
    let now = state.now();
    state
        .db
        .create_invitation(
            &secret_hash(&token),
            workspace.id,
            role,
            session.user_id(),
            now,
            now + INVITATION_VALIDITY_SECONDS,
        )
        .await?;
    let address = client_address(&state, &headers, Some(peer));
    state
        .db
        .audit(
            now,
            Some(session.user_id()),
            "invitation-created",
            &format!("{slug}: {}", role.as_str()),
            &address,
        )
        .await?;
    let link = format!("{}/invite/{token}", state.config.base_url());
    let news = MemberNews {
        invitation: Some((link, role_key(role))),
        error: None,
    };
    workspace_response_with(
        &state,
        &session,
        (workspace, Role::Owner),
        language,
        Vec::new(),
        news,
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
    let (workspace_id, role) = state
        .db
        .invitation(&secret_hash(token), state.now())
        .await?
        .ok_or(AppError::NotFound)?;
    let workspace = state
        .db
        .workspace_by_id(workspace_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((workspace, role))
}

async fn invitation_page(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let (workspace, role) = usable_invitation(&state, &token).await?;
    let language = request_language(&headers, session.as_ref());
    Ok(render(&InvitationPage {
        page: Page::new(
            language,
            text(language, "web-invitation-title", &[]),
            session.as_ref(),
        ),
        token,
        workspace: workspace.name,
        role: role_key(role),
        signed_in: session.is_some(),
        email: String::new(),
        error: None,
    }))
}

#[derive(Deserialize)]
struct AcceptForm {
    csrf: Option<String>,
    email: Option<String>,
    password: Option<String>,
    confirm: Option<String>,
}

async fn accept_invitation(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(token): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<AcceptForm>,
) -> Result<Response, AppError> {
    let (workspace, role) = usable_invitation(&state, &token).await?;
    let language = request_language(&headers, session.as_ref());
    let address = client_address(&state, &headers, Some(peer));
    let now = state.now();
    let token_hash = secret_hash(&token);
    if let Some(session) = session {
        if !session.csrf_ok(form.csrf.as_deref().unwrap_or("")) {
            return Err(AppError::Forbidden);
        }
        if !state
            .db
            .accept_invitation(&token_hash, session.user_id(), now)
            .await?
        {
            return Err(AppError::NotFound);
        }
        state
            .db
            .audit(
                now,
                Some(session.user_id()),
                "invitation-accepted",
                &workspace.slug,
                &address,
            )
            .await?;
        return Ok(Redirect::to(&format!("/w/{}", workspace.slug)).into_response());
    }
    // No session: the invitation creates the account.
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
            role: role_key(role),
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
        .run(move || hash_password(&password))
        .await?
        .map_err(|_| AppError::Internal)?;
    let user_id = match state.db.create_user(&email, &hash, now).await {
        Ok(id) => id,
        // An existing account signs in first; the message says so without saying more.
        Err(StoreError::Duplicate) => return Ok(refuse("web-invitation-sign-in-first", email)),
        Err(error) => return Err(error.into()),
    };
    state
        .db
        .audit(now, Some(user_id), "account-created", &email, &address)
        .await?;
    if !state
        .db
        .accept_invitation(&token_hash, user_id, now)
        .await?
    {
        return Err(AppError::NotFound);
    }
    state
        .db
        .audit(
            now,
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

// ---------------------------------------------------------------- the account

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    page: Page,
    error: Option<String>,
    done: bool,
    /// The user's API tokens with their workspace's name.
    tokens: Vec<(crate::store::TokenRecord, String)>,
    /// The workspaces a token can be made for.
    workspaces: Vec<Workspace>,
    /// A token just created: shown once, never stored in clear.
    new_token: Option<String>,
    /// Whether the second factor is on, and how many recovery codes are left.
    second_factor: Option<i64>,
}

/// What the account page says after a request: an error, a change done, a new token.
#[derive(Default)]
struct AccountNews {
    error: Option<String>,
    done: bool,
    new_token: Option<String>,
}

/// The account page with its tokens.
async fn account_response(
    state: &AppState,
    session: &Session,
    language: Language,
    news: AccountNews,
) -> Result<Response, AppError> {
    let tokens = state.db.tokens_of(session.user_id()).await?;
    let workspaces = state
        .db
        .memberships(session.user_id())
        .await?
        .into_iter()
        .map(|membership| membership.workspace)
        .collect();
    let status = if news.error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let user = state
        .db
        .user_by_id(session.user_id())
        .await?
        .ok_or(AppError::Unauthorized)?;
    let second_factor = match user.totp_secret {
        Some(_) => Some(state.db.recovery_codes_left(user.id).await?),
        None => None,
    };
    let page = AccountPage {
        second_factor,
        page: Page::new(
            language,
            text(language, "web-account-title", &[]),
            Some(session),
        ),
        error: news.error,
        done: news.done,
        tokens,
        workspaces,
        new_token: news.new_token,
    };
    Ok((status, render(&page)).into_response())
}

async fn account_page(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    headers: HeaderMap,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let session = session_or_login!(session, "/account");
    let language = request_language(&headers, Some(&session));
    let news = AccountNews {
        done: query.done.is_some(),
        ..AccountNews::default()
    };
    account_response(&state, &session, language, news).await
}

#[derive(Template)]
#[template(path = "second_factor.html")]
struct SecondFactorPage {
    page: Page,
    secret: String,
    /// The secret in groups of four, easier to type.
    grouped: String,
    uri: String,
    error: Option<String>,
    /// After confirmation: the recovery codes, shown once.
    recovery: Vec<String>,
}

fn second_factor_page(
    session: &Session,
    language: Language,
    secret: String,
    error: Option<String>,
    recovery: Vec<String>,
) -> SecondFactorPage {
    let grouped = secret
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    SecondFactorPage {
        page: Page::new(
            language,
            text(language, "web-second-factor", &[]),
            Some(session),
        ),
        uri: crate::totp::provisioning_uri(&secret, &session.record.email),
        secret,
        grouped,
        error,
        recovery,
    }
}

async fn second_factor_start(
    MaybeSession(session): MaybeSession,
    headers: HeaderMap,
    axum::Form(form): axum::Form<CsrfForm>,
) -> Result<Response, AppError> {
    let session = signed_in_form(session, &form.csrf)?;
    let language = request_language(&headers, Some(&session));
    let secret = crate::totp::new_secret().map_err(|_| AppError::Internal)?;
    Ok(render(&second_factor_page(
        &session,
        language,
        secret,
        None,
        Vec::new(),
    )))
}

#[derive(Deserialize)]
struct SecondFactorForm {
    csrf: String,
    secret: String,
    code: String,
}

async fn second_factor_confirm(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<SecondFactorForm>,
) -> Result<Response, AppError> {
    let session = signed_in_form(session, &form.csrf)?;
    let language = request_language(&headers, Some(&session));
    let now = state.now();
    let Some(step) = crate::totp::verify(&form.secret, &form.code, now, None) else {
        let error = Some(text(language, "web-code-wrong", &[]));
        let page = second_factor_page(&session, language, form.secret, error, Vec::new());
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response());
    };
    let recovery = crate::totp::recovery_codes().map_err(|_| AppError::Internal)?;
    let hashes: Vec<String> = recovery
        .iter()
        .map(|code| secret_hash(&crate::totp::normalise_recovery_code(code)))
        .collect();
    state
        .db
        .set_second_factor(session.user_id(), Some(&form.secret), &hashes)
        .await?;
    // The code that confirmed it is used.
    state.db.use_totp_step(session.user_id(), step).await?;
    let address = client_address(&state, &headers, Some(peer));
    state
        .db
        .audit(
            now,
            Some(session.user_id()),
            "second-factor-on",
            &session.record.email,
            &address,
        )
        .await?;
    Ok(render(&second_factor_page(
        &session,
        language,
        form.secret,
        None,
        recovery,
    )))
}

#[derive(Deserialize)]
struct DisableForm {
    csrf: String,
    password: String,
    code: String,
}

async fn second_factor_disable(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<DisableForm>,
) -> Result<Response, AppError> {
    let session = signed_in_form(session, &form.csrf)?;
    let language = request_language(&headers, Some(&session));
    let user = state
        .db
        .user_by_id(session.user_id())
        .await?
        .ok_or(AppError::Unauthorized)?;
    let password_ok = password_matches(&state, &user.password_hash, &form.password).await?;
    if !password_ok || !second_factor_ok(&state, &user, &form.code).await? {
        let news = AccountNews {
            error: Some(text(language, "web-second-factor-not-off", &[])),
            ..AccountNews::default()
        };
        return account_response(&state, &session, language, news).await;
    }
    state.db.set_second_factor(user.id, None, &[]).await?;
    let now = state.now();
    let address = client_address(&state, &headers, Some(peer));
    state
        .db
        .audit(
            now,
            Some(user.id),
            "second-factor-off",
            &user.email,
            &address,
        )
        .await?;
    Ok(Redirect::to("/account").into_response())
}

#[derive(Deserialize)]
struct TokenForm {
    csrf: String,
    name: String,
    workspace: String,
    read_only: Option<String>,
}

async fn create_token(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<TokenForm>,
) -> Result<Response, AppError> {
    let session = signed_in_form(session, &form.csrf)?;
    let language = request_language(&headers, Some(&session));
    let (workspace, _) = workspace_access(&state, &form.workspace, session.user_id()).await?;
    let name = form.name.trim();
    if name.is_empty() || name.chars().any(char::is_control) {
        let news = AccountNews {
            error: Some(text(language, "web-token-name-missing", &[])),
            ..AccountNews::default()
        };
        return account_response(&state, &session, language, news).await;
    }
    let secret = crate::secrets::random_secret().map_err(|_| AppError::Internal)?;
    let token = format!("{}{secret}", crate::secrets::TOKEN_PREFIX);
    let now = state.now();
    let read_only = form.read_only.is_some();
    state
        .db
        .create_token(
            session.user_id(),
            workspace.id,
            name,
            &secret_hash(&token),
            read_only,
            now,
        )
        .await?;
    let address = client_address(&state, &headers, Some(peer));
    let detail = format!("{}: {name}", workspace.slug);
    state
        .db
        .audit(
            now,
            Some(session.user_id()),
            "token-created",
            &detail,
            &address,
        )
        .await?;
    let news = AccountNews {
        new_token: Some(token),
        ..AccountNews::default()
    };
    account_response(&state, &session, language, news).await
}

#[derive(Deserialize)]
struct RevokeForm {
    csrf: String,
    token: i64,
}

async fn revoke_token(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<RevokeForm>,
) -> Result<Response, AppError> {
    let session = signed_in_form(session, &form.csrf)?;
    let now = state.now();
    let mine = state
        .db
        .tokens_of(session.user_id())
        .await?
        .iter()
        .any(|(token, _)| token.id == form.token);
    if !mine {
        // Someone else's token, or none: not found, as everything outside one's reach.
        return Err(AppError::NotFound);
    }
    if state
        .db
        .revoke_token(form.token, session.user_id(), now)
        .await?
    {
        // A revoked token stops at once in this process.
        state
            .tokens
            .forget_where(|(record, _)| record.id == form.token);
        let address = client_address(&state, &headers, Some(peer));
        let detail = form.token.to_string();
        state
            .db
            .audit(
                now,
                Some(session.user_id()),
                "token-revoked",
                &detail,
                &address,
            )
            .await?;
    }
    Ok(Redirect::to("/account").into_response())
}

#[derive(Deserialize)]
struct DoneQuery {
    done: Option<String>,
}

#[derive(Deserialize)]
struct PasswordForm {
    csrf: String,
    current: String,
    password: String,
    confirm: String,
}

async fn change_password(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<PasswordForm>,
) -> Result<Response, AppError> {
    let session = signed_in_form(session, &form.csrf)?;
    let language = request_language(&headers, Some(&session));
    let user = state
        .db
        .user_by_id(session.user_id())
        .await?
        .ok_or(AppError::Unauthorized)?;
    let matches = password_matches(&state, &user.password_hash, &form.current).await?;
    let problem = if !matches {
        Some("web-password-current-wrong")
    } else if form.password != form.confirm {
        Some("web-password-mismatch")
    } else if let Err(weak) = check_new_password(&form.password) {
        Some(weak.key())
    } else {
        None
    };
    if let Some(key) = problem {
        let news = AccountNews {
            error: Some(text(language, key, &[])),
            ..AccountNews::default()
        };
        return account_response(&state, &session, language, news).await;
    }
    let password = form.password;
    let hash = state
        .workers
        .run(move || hash_password(&password))
        .await?
        .map_err(|_| AppError::Internal)?;
    let now = state.now();
    // Every session ends, this one too; this browser gets a new one.
    state.db.set_password(user.id, &hash, now).await?;
    state.sessions.forget_user(user.id);
    let address = client_address(&state, &headers, Some(peer));
    state
        .db
        .audit(
            now,
            Some(user.id),
            "password-changed",
            &user.email,
            &address,
        )
        .await?;
    let cookie = state.open_session(user.id).await?;
    Ok((
        [(header::SET_COOKIE, cookie)],
        Redirect::to("/account?done=1"),
    )
        .into_response())
}

// ---------------------------------------------------------------- a strategy's steps

/// A step in the navigation, with its diagnostic counts.
pub struct StepLink {
    pub slug: &'static str,
    pub name: String,
    pub errors: usize,
    pub warnings: usize,
    pub current: bool,
}

/// The frame shared by a strategy's pages.
pub struct StrategyFrame {
    pub id: String,
    pub name: String,
    pub version: i64,
    pub workspace: Workspace,
    pub can_edit: bool,
    pub steps: Vec<StepLink>,
}

/// Document blocks as HTML, for the parts of a page that are written once per version.
#[derive(Template)]
#[template(
    source = "{% import \"blocks.html\" as b %}{% call b::render_blocks(blocks, level) %}{% endcall %}",
    ext = "html"
)]
struct BlocksHtml<'a> {
    blocks: &'a [Block],
    /// The level of the blocks' headings (their subheadings one below), so that headings
    /// follow the page's outline.
    level: u8,
}

/// A step's HTML in a view: what the strategy says and the help, rendered on first use.
fn step_html(view: &StrategyView, step: Step) -> &(String, String) {
    let index = Step::ALL
        .iter()
        .position(|candidate| *candidate == step)
        .unwrap_or(0);
    view.step_html[index].get_or_init(|| {
        let write =
            |blocks: &[Block], level| BlocksHtml { blocks, level }.render().unwrap_or_default();
        // The chapter sits under the page's h1, the help under the panel's h2.
        let section = view
            .step_section(step)
            .map(|section| write(&section.blocks, 2))
            .unwrap_or_default();
        (section, write(&view.help(step), 3))
    })
}

#[derive(Template)]
#[template(path = "step.html")]
struct StepPage<'v> {
    page: Page,
    frame: StrategyFrame,
    step_name: String,
    step_slug: &'static str,
    /// The step's chapter of the document, as HTML written by `BlocksHtml` (escaped there).
    section_html: &'v str,
    help_html: &'v str,
    diagnostics: Vec<tomster_core::analysis::WrittenDiagnostic>,
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
struct StepQuery {
    logo_error: Option<String>,
}

/// The refusals of a logo upload: their code in the redirect, and their message key.
const LOGO_ERRORS: &[(&str, &str)] = &[
    ("empty", "web-logo-empty"),
    ("too-large", "web-logo-too-large"),
    ("type", "web-logo-type"),
];

/// Whether a table column holds numbers (right-aligned).
pub fn numeric(table: &tomster_core::document::Table, column: &usize) -> bool {
    table.numeric.get(*column).copied().unwrap_or(false)
}

/// The message key of a role as stored (`owner`, `editor`, `viewer`).
pub fn role_key_text(role: &str) -> &'static str {
    role_key(Role::parse(role).unwrap_or(Role::Viewer))
}

pub fn tone_class(tone: &Tone) -> &'static str {
    match tone {
        Tone::Error => "error",
        Tone::Warning => "warning",
        Tone::Success => "success",
        Tone::Note => "note",
    }
}

async fn strategy_home(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let session = session_or_login!(session, &format!("/s/{id}"));
    strategy_access(&state, &id, session.user_id()).await?;
    Ok(Redirect::to(&format!("/s/{id}/step/target")).into_response())
}

/// The analysed current version of a strategy: from the cache, else loaded and analysed off
/// the async threads.
pub async fn current_view(
    state: &AppState,
    strategy: &StrategyRow,
    language: Language,
) -> Result<Result<Arc<StrategyView>, Vec<WrittenLoadError>>, AppError> {
    let number = strategy.current_version;
    if let Some(view) = state.views.get(&strategy.id, number, language) {
        return Ok(Ok(view));
    }
    let version = state
        .db
        .version(&strategy.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    let analysed = state
        .workers
        .run(move || {
            load(&version.toml, language)
                .map(|loaded| Arc::new(StrategyView::new(&loaded, language, today())))
        })
        .await?;
    if let Ok(view) = &analysed {
        state
            .views
            .put(&strategy.id, number, language, Arc::clone(view));
    }
    Ok(analysed)
}

fn frame(
    strategy: &StrategyRow,
    workspace: Workspace,
    role: Role,
    view: &StrategyView,
    current: Option<Step>,
    language: Language,
) -> StrategyFrame {
    StrategyFrame {
        id: strategy.id.clone(),
        name: view.name.clone(),
        version: strategy.current_version,
        workspace,
        can_edit: role.can_edit(),
        steps: Step::ALL
            .into_iter()
            .map(|step| {
                let (errors, warnings) = view.counts(step);
                StepLink {
                    slug: step.as_str(),
                    name: step.name(language),
                    errors,
                    warnings,
                    current: Some(step) == current,
                }
            })
            .collect(),
    }
}

async fn step_page(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path((id, step)): Path<(String, String)>,
    Query(query): Query<StepQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let session = session_or_login!(session, &format!("/s/{id}/step/{step}"));
    let (strategy, workspace, role) = strategy_access(&state, &id, session.user_id()).await?;
    let step = parse_step(&step).ok_or(AppError::NotFound)?;
    let language = request_language(&headers, Some(&session));
    let view = match current_view(&state, &strategy, language).await? {
        Ok(view) => view,
        // A stored version always loaded when it was saved; a newer Tomster that refuses it
        // sends the user to the editor, where the errors show with their lines.
        Err(_) => return Ok(Redirect::to(&format!("/s/{id}/edit")).into_response()),
    };
    let diagnostics: Vec<_> = view.diagnostics(Some(step)).into_iter().cloned().collect();
    let other_steps_diagnostics = view.report.diagnostics.len() - diagnostics.len();
    let page = StepPage {
        page: Page::new(
            language,
            format!("{} — {}", step.name(language), view.name),
            Some(&session),
        ),
        frame: frame(&strategy, workspace, role, &view, Some(step), language),
        step_name: step.name(language),
        step_slug: step.as_str(),
        section_html: &step_html(&view, step).0,
        help_html: &step_html(&view, step).1,
        diagnostics,
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
            Step::Strategy => Some(state.db.calendar_feed_since(&strategy.id).await?),
            _ => None,
        },
        logo: match step {
            Step::Target => Some(LogoPanel {
                since: state.db.strategy_logo_since(&strategy.id).await?,
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

// ---------------------------------------------------------------- editing

#[derive(Template)]
#[template(path = "edit.html")]
struct EditPage {
    page: Page,
    frame: StrategyFrame,
    source: String,
    base: i64,
    comment: String,
    load_errors: Vec<WrittenLoadError>,
    diagnostics: Vec<tomster_core::analysis::WrittenDiagnostic>,
    /// Set when another version was saved meanwhile: the user's text is kept and the other
    /// version's shown beside it.
    conflict: Option<(i64, String)>,
}

async fn edit_form(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let session = session_or_login!(session, &format!("/s/{id}/edit"));
    let (strategy, workspace, role) = strategy_access(&state, &id, session.user_id()).await?;
    if !role.can_edit() {
        return Err(AppError::Forbidden);
    }
    let language = request_language(&headers, Some(&session));
    let version = state
        .db
        .version(&strategy.id, strategy.current_version)
        .await?
        .ok_or(AppError::NotFound)?;
    let source = version.toml.clone();
    let analysed = state
        .workers
        .run(move || {
            load(&source, language).map(|loaded| StrategyView::new(&loaded, language, today()))
        })
        .await?;
    let (view_frame, diagnostics, load_errors) = match analysed {
        Ok(view) => (
            frame(&strategy, workspace, role, &view, None, language),
            view.report.diagnostics.clone(),
            Vec::new(),
        ),
        Err(errors) => (
            plain_frame(&strategy, workspace, role, language),
            Vec::new(),
            errors,
        ),
    };
    Ok(render(&EditPage {
        page: Page::new(
            language,
            text(
                language,
                "web-edit-title",
                &[("name", strategy.name.clone())],
            ),
            Some(&session),
        ),
        frame: view_frame,
        source: version.toml,
        base: strategy.current_version,
        comment: String::new(),
        load_errors,
        diagnostics,
        conflict: None,
    }))
}

/// The frame of a strategy whose text does not load: steps without counts.
fn plain_frame(
    strategy: &StrategyRow,
    workspace: Workspace,
    role: Role,
    language: Language,
) -> StrategyFrame {
    StrategyFrame {
        id: strategy.id.clone(),
        name: strategy.name.clone(),
        version: strategy.current_version,
        workspace,
        can_edit: role.can_edit(),
        steps: Step::ALL
            .into_iter()
            .map(|step| StepLink {
                slug: step.as_str(),
                name: step.name(language),
                errors: 0,
                warnings: 0,
                current: false,
            })
            .collect(),
    }
}

#[derive(Deserialize)]
struct EditForm {
    csrf: String,
    source: String,
    base: i64,
    #[serde(default)]
    comment: String,
}

async fn edit_submit(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(id): Path<String>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<EditForm>,
) -> Result<Response, AppError> {
    let (session, strategy, workspace, role) =
        editable_strategy(&state, session, &form.csrf, &id).await?;
    let language = request_language(&headers, Some(&session));
    let source = form.source.replace("\r\n", "\n");
    let name = match loaded_name(&state, &source, language).await? {
        Ok(name) => name,
        Err(errors) => {
            let page = EditPage {
                page: Page::new(
                    language,
                    text(
                        language,
                        "web-edit-title",
                        &[("name", strategy.name.clone())],
                    ),
                    Some(&session),
                ),
                frame: plain_frame(&strategy, workspace, role, language),
                source,
                base: form.base,
                comment: form.comment,
                load_errors: errors,
                diagnostics: Vec::new(),
                conflict: None,
            };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response());
        }
    };
    let comment = form.comment.trim().chars().take(500).collect::<String>();
    let saved = state
        .db
        .save_version(
            &strategy.id,
            form.base,
            &NewVersion {
                name: &name,
                toml: &source,
                author_id: session.user_id(),
                comment: &comment,
                now: state.now(),
            },
        )
        .await;
    match saved {
        Ok(_) => Ok(Redirect::to(&format!("/s/{id}/step/target")).into_response()),
        Err(StoreError::Conflict { current }) => {
            let theirs = state
                .db
                .version(&strategy.id, current)
                .await?
                .map(|version| version.toml)
                .unwrap_or_default();
            let page = EditPage {
                page: Page::new(
                    language,
                    text(
                        language,
                        "web-edit-title",
                        &[("name", strategy.name.clone())],
                    ),
                    Some(&session),
                ),
                frame: plain_frame(&strategy, workspace, role, language),
                source,
                base: current,
                comment,
                load_errors: Vec::new(),
                diagnostics: Vec::new(),
                conflict: Some((current, theirs)),
            };
            Ok((StatusCode::CONFLICT, render(&page)).into_response())
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Deserialize)]
struct LiveCheckForm {
    csrf: String,
    source: String,
}

/// The diagnostics of a text being edited, for the live feedback script (nothing is stored).
async fn live_check(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(id): Path<String>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<LiveCheckForm>,
) -> Result<Response, AppError> {
    let (session, _, _, _) = editable_strategy(&state, session, &form.csrf, &id).await?;
    let language = request_language(&headers, Some(&session));
    let source = form.source;
    let report = state
        .workers
        .run(move || match load(&source, language) {
            Ok(loaded) => {
                let analysis = tomster_core::analysis::Analysis::new(
                    &loaded.strategy,
                    tomster_core::knowledge::Knowledge::embedded(),
                );
                serde_json::json!({
                    "load_errors": [],
                    "check": tomster_core::analysis::CheckReport::new(&loaded, &analysis.diagnostics, language),
                })
            }
            Err(errors) => serde_json::json!({ "load_errors": errors }),
        })
        .await?;
    Ok(axum::Json(report).into_response())
}

// ---------------------------------------------------------------- the guided editor

#[derive(Template)]
#[template(path = "form.html")]
struct FormPage {
    page: Page,
    frame: StrategyFrame,
    step: &'static str,
    step_name: String,
    base: i64,
    lines: Vec<crate::editor::Line>,
    /// Findings to reach from the top: (the field's HTML id or empty, the message).
    problems: Vec<(String, String)>,
    /// The form shows changes not saved yet (after adding, removing or moving an element).
    unsaved: bool,
    conflict: Option<i64>,
    comment: String,
}

/// What the form page shows, besides the strategy's frame.
struct FormState {
    document: serde_json::Value,
    base: i64,
    findings: std::collections::HashMap<String, Vec<(String, String)>>,
    problems: Vec<(String, String)>,
    unsaved: bool,
    conflict: Option<i64>,
    comment: String,
}

/// The checker's findings on the saved version, by form field.
fn findings_by_field(
    view: &StrategyView,
) -> std::collections::HashMap<String, Vec<(String, String)>> {
    let mut findings: std::collections::HashMap<String, Vec<(String, String)>> =
        std::collections::HashMap::new();
    for diagnostic in &view.report.diagnostics {
        let message = if diagnostic.hint.is_empty() {
            format!("{} {}", diagnostic.code, diagnostic.message)
        } else {
            format!(
                "{} {} {}",
                diagnostic.code, diagnostic.message, diagnostic.hint
            )
        };
        findings
            .entry(crate::editor::form_name(&diagnostic.path))
            .or_default()
            .push((diagnostic.severity.to_owned(), message));
    }
    findings
}

/// The strategy and step a form page is about, and for whom.
struct FormTarget {
    strategy: StrategyRow,
    workspace: Workspace,
    role: Role,
    step: Step,
    language: Language,
}

fn render_form(
    session: &Session,
    target: FormTarget,
    state: FormState,
    status: StatusCode,
) -> Response {
    let FormTarget {
        strategy,
        workspace,
        role,
        step,
        language,
    } = target;
    let strategy = &strategy;
    let lines = crate::editor::form_lines(step, &state.document, &state.findings, language);
    let page = FormPage {
        page: Page::new(
            language,
            format!("{} — {}", step.name(language), strategy.name),
            Some(session),
        ),
        frame: StrategyFrame {
            steps: plain_frame(strategy, workspace.clone(), role, language)
                .steps
                .into_iter()
                .map(|mut link| {
                    link.current = link.slug == step.as_str();
                    link
                })
                .collect(),
            ..plain_frame(strategy, workspace, role, language)
        },
        step: step.as_str(),
        step_name: step.name(language),
        base: state.base,
        lines,
        problems: state.problems,
        unsaved: state.unsaved,
        conflict: state.conflict,
        comment: state.comment,
    };
    (status, render(&page)).into_response()
}

/// A version's document as JSON, the form's starting point.
async fn version_document(
    state: &AppState,
    strategy: &StrategyRow,
    number: i64,
) -> Result<Option<serde_json::Value>, AppError> {
    let version = state
        .db
        .version(&strategy.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(state
        .workers
        .run(move || {
            tomster_core::load::from_toml_str(&version.toml)
                .ok()
                .and_then(|loaded| serde_json::to_value(&*loaded.strategy).ok())
        })
        .await?)
}

/// Load errors of a written form with the form field each is about (`None` when none is).
fn load_errors_by_field(
    written: &str,
    errors: &[tomster_core::load::LoadError],
    language: Language,
) -> Vec<(Option<String>, String)> {
    // A value that could not be read has a place in the written text but no path: the text's
    // map gives the field written there.
    let map = tomster_core::source_map::SourceMap::from_toml(written);
    let index = tomster_core::source_map::LineIndex::new(written);
    errors
        .iter()
        .map(|error| {
            let path = error.path.clone().or_else(|| {
                map.path_at(index.offset(written, error.location))
                    .map(str::to_owned)
            });
            (
                path.as_deref().map(crate::editor::form_name),
                error.text(language),
            )
        })
        .collect()
}

/// The findings of a form being filled, for the live feedback script: nothing is stored.
/// Answers `{"fields": {HTML id: [[severity, message]]}, "count": n}`.
async fn step_form_check(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path((id, step)): Path<(String, String)>,
    headers: HeaderMap,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let field = |name: &str| {
        fields
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .unwrap_or("")
    };
    let (session, strategy, _, _) = editable_strategy(&state, session, field("csrf"), &id).await?;
    let step = parse_step(&step).ok_or(AppError::NotFound)?;
    let language = request_language(&headers, Some(&session));
    let base: i64 = field("base").parse().map_err(|_| AppError::NotFound)?;
    let mut document = version_document(&state, &strategy, base)
        .await?
        .ok_or(AppError::Internal)?;
    crate::editor::apply_form(step, &mut document, &fields);
    let written = crate::editor::to_toml_text(&document).map_err(|_| AppError::Internal)?;
    let findings = state
        .workers
        .run(move || match tomster_core::load::from_toml_str(&written) {
            Ok(loaded) => {
                let analysis = tomster_core::analysis::Analysis::new(
                    &loaded.strategy,
                    tomster_core::knowledge::Knowledge::embedded(),
                );
                tomster_core::analysis::CheckReport::new(&loaded, &analysis.diagnostics, language)
                    .diagnostics
                    .into_iter()
                    .map(|diagnostic| {
                        let message = format!("{} {}", diagnostic.code, diagnostic.message);
                        (
                            Some(crate::editor::form_name(&diagnostic.path)),
                            diagnostic.severity.to_owned(),
                            message,
                        )
                    })
                    .collect::<Vec<_>>()
            }
            Err(errors) => load_errors_by_field(&written, &errors, language)
                .into_iter()
                .map(|(path, message)| (path, "error".to_owned(), message))
                .collect(),
        })
        .await?;
    let mut by_field: std::collections::BTreeMap<String, Vec<(String, String)>> =
        std::collections::BTreeMap::new();
    for (path, severity, message) in &findings {
        if let Some(path) = path {
            by_field
                .entry(crate::editor::html_id(path))
                .or_default()
                .push((severity.clone(), message.clone()));
        }
    }
    Ok(
        axum::Json(serde_json::json!({ "fields": by_field, "count": findings.len() }))
            .into_response(),
    )
}

async fn step_form(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path((id, step)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let session = session_or_login!(session, &format!("/s/{id}/form/{step}"));
    let (strategy, workspace, role) = strategy_access(&state, &id, session.user_id()).await?;
    if !role.can_edit() {
        return Err(AppError::Forbidden);
    }
    let step = parse_step(&step).ok_or(AppError::NotFound)?;
    let language = request_language(&headers, Some(&session));
    let view = match current_view(&state, &strategy, language).await? {
        Ok(view) => view,
        Err(_) => return Ok(Redirect::to(&format!("/s/{id}/edit")).into_response()),
    };
    let document = version_document(&state, &strategy, strategy.current_version)
        .await?
        .ok_or(AppError::Internal)?;
    let base = strategy.current_version;
    Ok(render_form(
        &session,
        FormTarget {
            strategy,
            workspace,
            role,
            step,
            language,
        },
        FormState {
            document,
            base,
            findings: findings_by_field(&view),
            problems: Vec::new(),
            unsaved: false,
            conflict: None,
            comment: String::new(),
        },
        StatusCode::OK,
    ))
}

async fn step_form_submit(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path((id, step)): Path<(String, String)>,
    headers: HeaderMap,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let field = |name: &str| {
        fields
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .unwrap_or("")
    };
    let (session, strategy, workspace, role) =
        editable_strategy(&state, session, field("csrf"), &id).await?;
    let step = parse_step(&step).ok_or(AppError::NotFound)?;
    let language = request_language(&headers, Some(&session));
    let base: i64 = field("base").parse().map_err(|_| AppError::NotFound)?;
    let action = field("action").to_owned();
    let comment: String = field("comment").trim().chars().take(500).collect();
    // The other steps' sections come from the version the form started from.
    let mut document = version_document(&state, &strategy, base)
        .await?
        .ok_or(AppError::Internal)?;
    crate::editor::apply_form(step, &mut document, &fields);
    let form_state = |document, problems, unsaved, conflict, findings| FormState {
        document,
        base,
        findings,
        problems,
        unsaved,
        conflict,
        comment: comment.clone(),
    };
    if action != "save" {
        crate::editor::apply_action(&mut document, &action);
        let state = form_state(document, Vec::new(), true, None, Default::default());
        return Ok(render_form(
            &session,
            FormTarget {
                strategy,
                workspace,
                role,
                step,
                language,
            },
            state,
            StatusCode::OK,
        ));
    }
    let written = crate::editor::to_toml_text(&document).map_err(|error| {
        tracing::error!(%error, "form to TOML");
        AppError::Internal
    })?;
    let checked = written.clone();
    let loaded = state
        .workers
        .run(move || {
            tomster_core::load::from_toml_str(&checked)
                .map(|loaded| loaded.strategy.strategy.name.clone())
                .map_err(|errors| load_errors_by_field(&checked, &errors, language))
        })
        .await?;
    let name = match loaded {
        Ok(name) => name,
        Err(errors) => {
            let mut findings: std::collections::HashMap<String, Vec<(String, String)>> =
                std::collections::HashMap::new();
            let mut problems = Vec::new();
            for (path, message) in errors {
                match path {
                    Some(path) => {
                        problems.push((crate::editor::html_id(&path), message.clone()));
                        findings
                            .entry(path)
                            .or_default()
                            .push(("error".to_owned(), message));
                    }
                    None => problems.push((String::new(), message)),
                }
            }
            let state = form_state(document, problems, true, None, findings);
            return Ok(render_form(
                &session,
                FormTarget {
                    strategy,
                    workspace,
                    role,
                    step,
                    language,
                },
                state,
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    let saved = state
        .db
        .save_version(
            &strategy.id,
            base,
            &NewVersion {
                name: &name,
                toml: &written,
                author_id: session.user_id(),
                comment: &comment,
                now: state.now(),
            },
        )
        .await;
    match saved {
        Ok(_) => Ok(Redirect::to(&format!("/s/{id}/step/{}", step.as_str())).into_response()),
        Err(StoreError::Conflict { current }) => {
            // Keep what the user typed; the next save builds on the version saved meanwhile.
            let mut state = form_state(
                document,
                Vec::new(),
                true,
                Some(current),
                Default::default(),
            );
            state.base = current;
            Ok(render_form(
                &session,
                FormTarget {
                    strategy,
                    workspace,
                    role,
                    step,
                    language,
                },
                state,
                StatusCode::CONFLICT,
            ))
        }
        Err(error) => Err(error.into()),
    }
}

// ---------------------------------------------------------------- history, diff, restore

#[derive(Template)]
#[template(path = "history.html")]
struct HistoryPage {
    page: Page,
    frame: StrategyFrame,
    versions: Vec<crate::store::VersionSummary>,
}

async fn history(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let session = session_or_login!(session, &format!("/s/{id}/history"));
    let (strategy, workspace, role) = strategy_access(&state, &id, session.user_id()).await?;
    let language = request_language(&headers, Some(&session));
    let versions = state.db.versions(&strategy.id).await?;
    Ok(render(&HistoryPage {
        page: Page::new(
            language,
            text(
                language,
                "web-history-title",
                &[("name", strategy.name.clone())],
            ),
            Some(&session),
        ),
        frame: plain_frame(&strategy, workspace, role, language),
        versions,
    }))
}

#[derive(Deserialize)]
struct DiffQuery {
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

async fn diff_page(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(id): Path<String>,
    Query(query): Query<DiffQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let session = session_or_login!(session, &format!("/s/{id}/history"));
    let (strategy, workspace, role) = strategy_access(&state, &id, session.user_id()).await?;
    let language = request_language(&headers, Some(&session));
    let changes = version_changes(&state, &strategy.id, query.from, query.to, language).await?;
    Ok(render(&DiffPage {
        page: Page::new(
            language,
            text(language, "web-diff-title", &[]),
            Some(&session),
        ),
        frame: plain_frame(&strategy, workspace, role, language),
        from: query.from,
        to: query.to,
        changes,
    }))
}

/// The changes from one version to another, written in words.
pub async fn version_changes(
    state: &AppState,
    strategy_id: &str,
    from: i64,
    to: i64,
    language: Language,
) -> Result<Vec<String>, AppError> {
    let old = state
        .db
        .version(strategy_id, from)
        .await?
        .ok_or(AppError::NotFound)?;
    let new = state
        .db
        .version(strategy_id, to)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(state
        .workers
        .run(move || {
            match (
                tomster_core::load::from_toml_str(&old.toml),
                tomster_core::load::from_toml_str(&new.toml),
            ) {
                (Ok(old), Ok(new)) => tomster_core::diff::diff(&old.strategy, &new.strategy)
                    .iter()
                    .map(|change| change.text(language))
                    .collect(),
                _ => vec![text(language, "web-diff-unreadable", &[])],
            }
        })
        .await?)
}

#[derive(Deserialize)]
struct RestoreForm {
    csrf: String,
    version: i64,
}

async fn restore(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(id): Path<String>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<RestoreForm>,
) -> Result<Response, AppError> {
    let (session, strategy, _, _) = editable_strategy(&state, session, &form.csrf, &id).await?;
    let language = request_language(&headers, Some(&session));
    let old = state
        .db
        .version(&strategy.id, form.version)
        .await?
        .ok_or(AppError::NotFound)?;
    let comment = text(
        language,
        "web-version-restored",
        &[("version", form.version.to_string())],
    );
    let name = tomster_core::load::from_toml_str(&old.toml)
        .map(|loaded| loaded.strategy.strategy.name.clone())
        .unwrap_or_else(|_| strategy.name.clone());
    match state
        .db
        .save_version(
            &strategy.id,
            strategy.current_version,
            &NewVersion {
                name: &name,
                toml: &old.toml,
                author_id: session.user_id(),
                comment: &comment,
                now: state.now(),
            },
        )
        .await
    {
        // A save that raced the restore: the history shows both, nothing is lost.
        Ok(_) | Err(StoreError::Conflict { .. }) => {
            Ok(Redirect::to(&format!("/s/{id}/history")).into_response())
        }
        Err(error) => Err(error.into()),
    }
}

// ---------------------------------------------------------------- the calendar feed

#[derive(Template)]
#[template(path = "feed.html")]
struct FeedPage {
    page: Page,
    frame: StrategyFrame,
    address: String,
}

async fn create_feed(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(id): Path<String>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<CsrfForm>,
) -> Result<Response, AppError> {
    let (session, strategy, workspace, role) =
        editable_strategy(&state, session, &form.csrf, &id).await?;
    let language = request_language(&headers, Some(&session));
    let token = crate::secrets::random_secret().map_err(|_| AppError::Internal)?;
    state
        .db
        .set_calendar_feed(
            &strategy.id,
            &secret_hash(&token),
            session.user_id(),
            state.now(),
        )
        .await?;
    let address = format!("{}/feed/{token}", state.config.base_url());
    Ok(render(&FeedPage {
        page: Page::new(
            language,
            text(language, "web-feed-title", &[]),
            Some(&session),
        ),
        frame: plain_frame(&strategy, workspace, role, language),
        address,
    }))
}

async fn revoke_feed(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<CsrfForm>,
) -> Result<Response, AppError> {
    let (_, strategy, _, _) = editable_strategy(&state, session, &form.csrf, &id).await?;
    state.db.remove_calendar_feed(&strategy.id).await?;
    Ok(Redirect::to(&format!("/s/{id}/step/strategy")).into_response())
}

/// Stores the logo of a strategy's documents, once its bytes are a PNG, JPEG or SVG image of at
/// most 2 MiB; a refused file changes nothing and the Target step says why.
async fn upload_logo(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(id): Path<String>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let (csrf, bytes) = read_upload(&mut multipart).await?;
    let (session, strategy, _, _) = editable_strategy(&state, session, &csrf, &id).await?;
    let refused = |code: &str| {
        Ok(Redirect::to(&format!("/s/{id}/step/target?logo_error={code}#logo")).into_response())
    };
    if bytes.is_empty() {
        return refused("empty");
    }
    match tomster_core::document::Logo::from_bytes(bytes) {
        Ok(logo) => {
            state
                .db
                .set_strategy_logo(&strategy.id, &logo.bytes, session.user_id(), state.now())
                .await?;
            Ok(Redirect::to(&format!("/s/{id}/step/target#logo")).into_response())
        }
        Err(tomster_core::document::LogoError::TooLarge) => refused("too-large"),
        Err(tomster_core::document::LogoError::UnknownType) => refused("type"),
    }
}

async fn remove_logo(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<CsrfForm>,
) -> Result<Response, AppError> {
    let (_, strategy, _, _) = editable_strategy(&state, session, &form.csrf, &id).await?;
    state.db.remove_strategy_logo(&strategy.id).await?;
    Ok(Redirect::to(&format!("/s/{id}/step/target#logo")).into_response())
}

/// The editorial calendar of a strategy's current version, for calendar applications that
/// subscribe to its secret address.
async fn feed(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let token = token.trim_end_matches(".ics");
    let strategy = state
        .db
        .strategy_of_feed(&secret_hash(token))
        .await?
        .ok_or(AppError::NotFound)?;
    download_response(&state, &strategy, None, "calendar.ics", Language::English).await
}

// ---------------------------------------------------------------- downloads

#[derive(Deserialize)]
struct VersionQuery {
    version: Option<i64>,
}

async fn download(
    State(state): State<AppState>,
    MaybeSession(session): MaybeSession,
    Path((id, file)): Path<(String, String)>,
    Query(query): Query<VersionQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let session = session_or_login!(session, &format!("/s/{id}"));
    let (strategy, _, _) = strategy_access(&state, &id, session.user_id()).await?;
    let language = request_language(&headers, Some(&session));
    download_response(&state, &strategy, query.version, &file, language).await
}

/// A version's file as an attachment; shared with the API.
pub async fn download_response(
    state: &AppState,
    strategy: &StrategyRow,
    version: Option<i64>,
    file: &str,
    language: Language,
) -> Result<Response, AppError> {
    let download = Download::parse(file)
        .filter(|download| download.available())
        .ok_or(AppError::NotFound)?;
    let number = version.unwrap_or(strategy.current_version);
    let version = state
        .db
        .version(&strategy.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    // Stored only after it was checked as an image; one that no longer is is left off.
    let logo = state
        .db
        .strategy_logo(&strategy.id)
        .await?
        .and_then(|bytes| tomster_core::document::Logo::from_bytes(bytes).ok());
    let produced = state
        .workers
        .run(move || {
            let loaded = tomster_core::load::from_toml_str(&version.toml)
                .map_err(|_| "the stored version does not load".to_owned())?;
            produce(download, &loaded, &version.toml, language, logo)
        })
        .await?;
    let bytes = produced.map_err(|error| {
        tracing::error!(%error, "download");
        AppError::Internal
    })?;
    let stem = crate::pages::slugify(&strategy.name);
    let disposition = format!(
        "attachment; filename=\"{stem}-v{number}-{}\"",
        download.file_name()
    );
    Ok((
        [
            (header::CONTENT_TYPE, download.content_type().to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_ascii() {
        assert_eq!(
            slugify("Domaine des Trois Chênes"),
            "domaine-des-trois-chenes"
        );
        assert_eq!(slugify("  Agence & Co!  "), "agence-co");
        assert_eq!(slugify("!!!"), "workspace");
    }

    #[test]
    fn only_local_paths_are_followed_after_login() {
        assert_eq!(safe_next(Some("/s/abc")), "/s/abc");
        assert_eq!(safe_next(Some("//evil.example")), "/w");
        assert_eq!(safe_next(Some("https://evil.example")), "/w");
        assert_eq!(safe_next(Some("/\\evil")), "/w");
        assert_eq!(safe_next(None), "/w");
    }

    #[test]
    fn a_blank_strategy_loads() {
        let text = blank_strategy("Quote \" and \\ back", Language::French);
        let loaded = tomster_core::load::from_toml_str(&text).unwrap();
        assert_eq!(loaded.strategy.strategy.name, "Quote \" and \\ back");
    }
}
