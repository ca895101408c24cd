//! First run (the one-time setup address), signing in (with the optional second factor) and
//! signing out.
//!
//! Every attempt is counted by the throttle before its password or code is checked
//! ([`crate::web::count_attempt`]), and answered the same whether the account exists or not.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tomster_core::i18n::text;
use tomster_core::model::Language;

use super::{Page, render, safe_next, slugify};
use crate::access::{CsrfOnly, Visitor};
use crate::secrets::{check_new_password, decoy_hash, hash_password, secret_hash, verify_password};
use crate::store::users::FirstAccount;
use crate::web::{
    AppError, AppState, AttemptKeys, ThrottleVerdict, attempt_succeeded, client_address,
    count_attempt,
};

/// How long a right password waits for its second factor.
const PENDING_LOGIN_SECONDS: i64 = 5 * 60;

pub async fn home(State(state): State<AppState>, visitor: Visitor) -> Response {
    if visitor.session.is_some() {
        return Redirect::to("/w").into_response();
    }
    match state.db.users().count().await {
        Ok(0) => Html(format!(
            "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Tomster</title>\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
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
pub struct SetupForm {
    email: String,
    password: String,
    confirm: String,
    workspace: String,
}

pub async fn setup_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
    visitor: Visitor,
) -> Result<Response, AppError> {
    if !state
        .db
        .users()
        .setup_token_valid(&secret_hash(&token), state.now())
        .await?
    {
        return Err(AppError::NotFound);
    }
    let language = visitor.language;
    Ok(render(&SetupPage {
        page: Page::new(language, text(language, "web-setup-title", &[]), None),
        token,
        email: String::new(),
        workspace: String::new(),
        error: None,
    }))
}

pub async fn setup_submit(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    visitor: Visitor,
    headers: HeaderMap,
    axum::Form(form): axum::Form<SetupForm>,
) -> Result<Response, AppError> {
    let token_hash = secret_hash(&token);
    if !state
        .db
        .users()
        .setup_token_valid(&token_hash, state.now())
        .await?
    {
        return Err(AppError::NotFound);
    }
    let language = visitor.language;
    let email = normalise_email(&form.email);
    let workspace_name = form.workspace.trim().to_owned();
    let problem = if !plausible_email(&email) {
        Some("web-email-invalid")
    } else if form.password != form.confirm {
        Some("web-password-mismatch")
    } else if let Err(weak) = check_new_password(&form.password) {
        Some(weak.key())
    } else if workspace_name.is_empty() || workspace_name.chars().any(char::is_control) {
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
    let password = form.password;
    let hash = state
        .workers
        .run(move |_| hash_password(&password))
        .await?
        .map_err(|_| AppError::Internal)?;
    // The token is consumed in the same transaction that makes the account: of several
    // requests at once, one makes it and the others find the address used.
    let slug = slugify(&workspace_name);
    let made = state
        .db
        .users()
        .complete_setup(
            &token_hash,
            state.now(),
            &FirstAccount {
                email: &email,
                password_hash: &hash,
                workspace_slug: &slug,
                workspace_name: &workspace_name,
            },
        )
        .await?;
    let Some((user_id, workspace)) = made else {
        return Err(AppError::NotFound);
    };
    let address = client_address(&state, &headers, Some(peer));
    state
        .audit(Some(user_id), "account-created", &email, &address)
        .await?;
    let cookie = state.open_session(user_id).await?;
    Ok((
        [(header::SET_COOKIE, cookie)],
        Redirect::to(&format!("/w/{}", workspace.slug)),
    )
        .into_response())
}

pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub fn plausible_email(email: &str) -> bool {
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
pub struct NextQuery {
    next: Option<String>,
}

pub async fn login_form(visitor: Visitor, Query(query): Query<NextQuery>) -> Response {
    let next = safe_next(query.next.as_deref());
    if visitor.session.is_some() {
        return Redirect::to(&next).into_response();
    }
    let language = visitor.language;
    render(&LoginPage {
        page: Page::new(language, text(language, "web-login-title", &[]), None),
        email: String::new(),
        next,
        error: None,
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
}

/// Counts an attempt and waits or refuses as the throttle says.
async fn throttled(state: &AppState, keys: &AttemptKeys) -> Result<(), AppError> {
    match count_attempt(state, keys).await? {
        ThrottleVerdict::Refuse => Err(AppError::TooManyRequests),
        ThrottleVerdict::Proceed(pause) => {
            if !pause.is_zero() {
                tokio::time::sleep(pause).await;
            }
            Ok(())
        }
    }
}

pub async fn login_submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<LoginForm>,
) -> Result<Response, AppError> {
    let language = crate::web::accept_language(&headers);
    let email = normalise_email(&form.email);
    let address = client_address(&state, &headers, Some(peer));
    let keys = AttemptKeys::new(&address, &email);
    if let Err(refused) = throttled(&state, &keys).await {
        state.audit(None, "login-blocked", &email, &address).await?;
        return Err(refused);
    }
    let user = state.db.users().by_email(&email).await?;
    // The same work whether the account exists or not: no enumeration by timing or wording.
    let stored = user
        .as_ref()
        .map_or(decoy_hash(), |user| user.password_hash.as_str());
    let matches = password_matches(&state, stored, &form.password).await?;
    let next = safe_next(form.next.as_deref());
    match user {
        Some(user) if matches && user.totp_secret.is_some() => {
            // The password is right; the session waits for the second factor.
            let token = crate::secrets::random_secret().map_err(|_| AppError::Internal)?;
            state
                .db
                .users()
                .create_pending_login(
                    &secret_hash(&token),
                    user.id,
                    &next,
                    state.now() + PENDING_LOGIN_SECONDS,
                )
                .await?;
            Ok(render(&CodePage {
                page: Page::new(language, text(language, "web-login-title", &[]), None),
                token,
                error: None,
            }))
        }
        Some(user) if matches => {
            attempt_succeeded(&state, &keys).await?;
            state
                .audit(Some(user.id), "login", &email, &address)
                .await?;
            let cookie = state.open_session(user.id).await?;
            Ok(([(header::SET_COOKIE, cookie)], Redirect::to(&next)).into_response())
        }
        _ => {
            state
                .audit(user.map(|user| user.id), "login-failed", &email, &address)
                .await?;
            let page = LoginPage {
                page: Page::new(language, text(language, "web-login-title", &[]), None),
                email,
                next,
                error: Some(text(language, "web-login-failed", &[])),
            };
            Ok((StatusCode::UNAUTHORIZED, render(&page)).into_response())
        }
    }
}

#[derive(Template)]
#[template(path = "login_code.html")]
struct CodePage {
    page: Page,
    token: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct CodeForm {
    token: String,
    code: String,
}

/// Whether a code is the user's current TOTP code (used once) or one of their unused recovery
/// codes (then used up).
pub async fn second_factor_ok(
    state: &AppState,
    user: &crate::store::User,
    code: &str,
) -> Result<bool, AppError> {
    let now = state.now();
    let users = state.db.users();
    if let Some(secret) = &user.totp_secret {
        let last = users.totp_last_step(user.id).await?;
        if let Some(step) = crate::totp::verify(secret, code, now, last) {
            return Ok(users.use_totp_step(user.id, step).await?);
        }
    }
    let recovery = crate::totp::normalise_recovery_code(code);
    if recovery.len() == 10
        && users
            .use_recovery_code(user.id, &secret_hash(&recovery), now)
            .await?
    {
        state
            .audit(Some(user.id), "recovery-code-used", &user.email, "")
            .await?;
        return Ok(true);
    }
    Ok(false)
}

pub async fn login_code(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<CodeForm>,
) -> Result<Response, AppError> {
    let language = crate::web::accept_language(&headers);
    let token_hash = secret_hash(&form.token);
    let Some((user, next)) = state
        .db
        .users()
        .pending_login(&token_hash, state.now())
        .await?
    else {
        // Unknown or too old: the sign-in starts again.
        return Ok(Redirect::to("/login").into_response());
    };
    let address = client_address(&state, &headers, Some(peer));
    let keys = AttemptKeys::new(&address, &user.email);
    throttled(&state, &keys).await?;
    if !second_factor_ok(&state, &user, &form.code).await? {
        state
            .audit(Some(user.id), "login-failed", "second factor", &address)
            .await?;
        let page = CodePage {
            page: Page::new(language, text(language, "web-login-title", &[]), None),
            token: form.token,
            error: Some(text(language, "web-code-wrong", &[])),
        };
        return Ok((StatusCode::UNAUTHORIZED, render(&page)).into_response());
    }
    // A pending login opens one session, however many right codes race for it.
    if !state.db.users().finish_pending_login(&token_hash).await? {
        return Ok(Redirect::to("/login").into_response());
    }
    attempt_succeeded(&state, &keys).await?;
    state
        .audit(Some(user.id), "login", &user.email, &address)
        .await?;
    let cookie = state.open_session(user.id).await?;
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to(&next)).into_response())
}

/// Whether a password matches a stored hash, checked on the bounded pool (Argon2 is slow on
/// purpose: it must not hold an async thread).
pub async fn password_matches(
    state: &AppState,
    stored: &str,
    password: &str,
) -> Result<bool, AppError> {
    let stored = stored.to_owned();
    let password = password.to_owned();
    Ok(state
        .workers
        .run(move |_| verify_password(&password, &stored))
        .await?)
}

/// Signs out (without a session, there is nothing to end: the sign-in page).
pub async fn logout(
    State(state): State<AppState>,
    visitor: Visitor,
    axum::Form(form): axum::Form<CsrfOnly>,
) -> Result<Response, AppError> {
    if let Some(session) = visitor.session {
        if !session.csrf_ok(&form.csrf) {
            return Err(AppError::Forbidden);
        }
        state.db.sessions().delete(&session.id_hash).await?;
    }
    Ok((
        [(header::SET_COOKIE, state.expired_session_cookie())],
        Redirect::to("/login"),
    )
        .into_response())
}
