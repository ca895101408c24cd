//! The signed-in user's account: language and time zone, password, the optional second
//! factor, and personal access tokens for the API.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tomster_core::i18n::text;
use tomster_core::model::Language;

use super::sign_in::{password_matches, second_factor_ok};
use super::{Page, render, safe_next, time_zone};
use crate::access::{CsrfForm, CsrfOnly, SignedIn, has_csrf};
use crate::secrets::{check_new_password, hash_password, secret_hash};
use crate::store::{TokenId, TokenRecord, Workspace};
use crate::web::{AppError, AppState, Session, client_address};

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    page: Page,
    error: Option<String>,
    done: bool,
    /// The user's API tokens with their workspace's name.
    tokens: Vec<(TokenRecord, String)>,
    /// The workspaces a token can be made for.
    workspaces: Vec<Workspace>,
    /// A token just created: shown once, never stored in clear.
    new_token: Option<String>,
    /// Whether the second factor is on, and how many recovery codes are left.
    second_factor: Option<i64>,
    /// The time zones to choose from, and the one chosen (empty: the browser's).
    zones: Vec<String>,
    chosen_zone: String,
}

/// What the account page says after a request: an error, a change done, a new token.
#[derive(Default)]
struct AccountNews {
    error: Option<String>,
    done: bool,
    new_token: Option<String>,
}

/// Every time zone the bundled database knows, by name.
fn zones() -> Vec<String> {
    let mut names: Vec<String> = jiff::tz::db()
        .available()
        .map(|name| name.to_string())
        .filter(|name| name.contains('/') && !name.starts_with("Etc/"))
        .collect();
    names.sort();
    names.push("UTC".to_owned());
    names
}

async fn account_response(
    state: &AppState,
    session: &Session,
    language: Language,
    headers: &HeaderMap,
    news: AccountNews,
) -> Result<Response, AppError> {
    let user_id = session.user_id();
    let tokens = state.db.tokens().of_user(user_id).await?;
    let workspaces = state
        .db
        .workspaces()
        .memberships(user_id)
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
        .users()
        .by_id(user_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let second_factor = match user.totp_secret {
        Some(_) => Some(state.db.users().recovery_codes_left(user.id).await?),
        None => None,
    };
    let page = AccountPage {
        second_factor,
        page: Page::zoned(
            language,
            text(language, "web-account-title", &[]),
            Some(session),
            headers,
        ),
        error: news.error,
        done: news.done,
        tokens,
        workspaces,
        new_token: news.new_token,
        zones: zones(),
        chosen_zone: session.record.time_zone.clone().unwrap_or_default(),
    };
    Ok((status, render(&page)).into_response())
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    visitor: SignedIn,
    headers: HeaderMap,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let news = AccountNews {
        done: query.done.is_some(),
        ..AccountNews::default()
    };
    account_response(&state, &visitor.session, visitor.language, &headers, news).await
}

#[derive(Deserialize)]
pub struct LanguageForm {
    csrf: String,
    language: String,
    back: Option<String>,
}

has_csrf!(LanguageForm);

pub async fn set_language(
    State(state): State<AppState>,
    visitor: SignedIn,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> Result<Response, AppError> {
    let language = Language::parse(&form.language).map(Language::as_str);
    state
        .db
        .users()
        .set_language(visitor.session.user_id(), language)
        .await?;
    Ok(Redirect::to(&safe_next(form.back.as_deref())).into_response())
}

#[derive(Deserialize)]
pub struct ZoneForm {
    csrf: String,
    /// An IANA name, or empty (or absent) to follow the browser's.
    #[serde(default)]
    zone: String,
}

has_csrf!(ZoneForm);

pub async fn set_time_zone(
    State(state): State<AppState>,
    visitor: SignedIn,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<ZoneForm>,
) -> Result<Response, AppError> {
    let zone = form.zone.trim();
    if !zone.is_empty() && time_zone(zone).is_none() {
        let news = AccountNews {
            error: Some(text(visitor.language, "web-time-zone-unknown", &[])),
            ..AccountNews::default()
        };
        return account_response(&state, &visitor.session, visitor.language, &headers, news).await;
    }
    state
        .db
        .users()
        .set_time_zone(
            visitor.session.user_id(),
            (!zone.is_empty()).then_some(zone),
        )
        .await?;
    Ok(Redirect::to("/account#time-zone").into_response())
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

pub async fn second_factor_start(
    visitor: SignedIn,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<Response, AppError> {
    let secret = crate::totp::new_secret().map_err(|_| AppError::Internal)?;
    Ok(render(&second_factor_page(
        &visitor.session,
        visitor.language,
        secret,
        None,
        Vec::new(),
    )))
}

#[derive(Deserialize)]
pub struct SecondFactorForm {
    csrf: String,
    secret: String,
    code: String,
}

has_csrf!(SecondFactorForm);

pub async fn second_factor_confirm(
    State(state): State<AppState>,
    visitor: SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<SecondFactorForm>,
) -> Result<Response, AppError> {
    let SignedIn { session, language } = visitor;
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
    let users = state.db.users();
    users
        .set_second_factor(session.user_id(), Some(&form.secret), &hashes)
        .await?;
    // The code that confirmed it is used.
    users.use_totp_step(session.user_id(), step).await?;
    let address = client_address(&state, &headers, Some(peer));
    state
        .audit(
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
pub struct DisableForm {
    csrf: String,
    password: String,
    code: String,
}

has_csrf!(DisableForm);

pub async fn second_factor_disable(
    State(state): State<AppState>,
    visitor: SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<DisableForm>,
) -> Result<Response, AppError> {
    let SignedIn { session, language } = visitor;
    let user = state
        .db
        .users()
        .by_id(session.user_id())
        .await?
        .ok_or(AppError::Unauthorized)?;
    let password_ok = password_matches(&state, &user.password_hash, &form.password).await?;
    if !password_ok || !second_factor_ok(&state, &user, &form.code).await? {
        let news = AccountNews {
            error: Some(text(language, "web-second-factor-not-off", &[])),
            ..AccountNews::default()
        };
        return account_response(&state, &session, language, &headers, news).await;
    }
    state
        .db
        .users()
        .set_second_factor(user.id, None, &[])
        .await?;
    let address = client_address(&state, &headers, Some(peer));
    state
        .audit(Some(user.id), "second-factor-off", &user.email, &address)
        .await?;
    Ok(Redirect::to("/account").into_response())
}

#[derive(Deserialize)]
pub struct TokenForm {
    csrf: String,
    name: String,
    workspace: String,
    read_only: Option<String>,
}

has_csrf!(TokenForm);

pub async fn create_token(
    State(state): State<AppState>,
    visitor: SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, AppError> {
    let SignedIn { session, language } = visitor;
    let (workspace, _) = state
        .db
        .workspaces()
        .for_member(&form.workspace, session.user_id())
        .await?
        .ok_or(AppError::NotFound)?;
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        let news = AccountNews {
            error: Some(text(language, "web-token-name-missing", &[])),
            ..AccountNews::default()
        };
        return account_response(&state, &session, language, &headers, news).await;
    }
    let secret = crate::secrets::random_secret().map_err(|_| AppError::Internal)?;
    let token = format!("{}{secret}", crate::secrets::TOKEN_PREFIX);
    state
        .db
        .tokens()
        .create(
            session.user_id(),
            workspace.id,
            name,
            &secret_hash(&token),
            form.read_only.is_some(),
            state.now(),
        )
        .await?
        // The membership ended between the two queries.
        .ok_or(AppError::NotFound)?;
    let address = client_address(&state, &headers, Some(peer));
    state
        .audit(
            Some(session.user_id()),
            "token-created",
            &format!("{}: {name}", workspace.slug),
            &address,
        )
        .await?;
    let news = AccountNews {
        new_token: Some(token),
        ..AccountNews::default()
    };
    account_response(&state, &session, language, &headers, news).await
}

#[derive(Deserialize)]
pub struct RevokeForm {
    csrf: String,
    token: i64,
}

has_csrf!(RevokeForm);

pub async fn revoke_token(
    State(state): State<AppState>,
    visitor: SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<RevokeForm>,
) -> Result<Response, AppError> {
    let session = visitor.session;
    let token = TokenId::from_form(form.token);
    let tokens = state.db.tokens();
    let mine = tokens
        .of_user(session.user_id())
        .await?
        .iter()
        .any(|(record, _)| record.id == token);
    if !mine {
        // Someone else's token, or none: not found, as everything outside one's reach.
        return Err(AppError::NotFound);
    }
    if tokens.revoke(token, session.user_id(), state.now()).await? {
        let address = client_address(&state, &headers, Some(peer));
        state
            .audit(
                Some(session.user_id()),
                "token-revoked",
                &token.get().to_string(),
                &address,
            )
            .await?;
    }
    Ok(Redirect::to("/account").into_response())
}

#[derive(Deserialize)]
pub struct PasswordForm {
    csrf: String,
    current: String,
    password: String,
    confirm: String,
}

has_csrf!(PasswordForm);

pub async fn change_password(
    State(state): State<AppState>,
    visitor: SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Result<Response, AppError> {
    let SignedIn { session, language } = visitor;
    let user = state
        .db
        .users()
        .by_id(session.user_id())
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
        return account_response(&state, &session, language, &headers, news).await;
    }
    let password = form.password;
    let hash = state
        .workers
        .run(move |_| hash_password(&password))
        .await?
        .map_err(|_| AppError::Internal)?;
    // Every session ends, this one too; this browser gets a new one.
    state
        .db
        .users()
        .set_password(user.id, &hash, state.now())
        .await?;
    let address = client_address(&state, &headers, Some(peer));
    state
        .audit(Some(user.id), "password-changed", &user.email, &address)
        .await?;
    let cookie = state.open_session(user.id).await?;
    Ok((
        [(header::SET_COOKIE, cookie)],
        Redirect::to("/account?done=1"),
    )
        .into_response())
}
