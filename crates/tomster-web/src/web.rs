//! The HTTP layer shared by the pages and the API: configuration, state, the router, sessions
//! and their cookie, the login throttle, security headers, and the server's start and stop.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRequestParts, Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tomster_core::i18n::text;
use tomster_core::load::MAX_SOURCE_BYTES;
use tomster_core::model::Language;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

use crate::db::Db;
use crate::secrets::{random_secret, same_secret, secret_hash};
use crate::store::SessionRecord;
use crate::work::Workers;

/// A session ends after this long without a request.
pub const SESSION_IDLE: i64 = 2 * 60 * 60;
/// A session ends this long after login, active or not.
pub const SESSION_ABSOLUTE: i64 = 12 * 60 * 60;
/// Analysed versions kept in memory (each a few hundred kilobytes at most).
const VIEW_CACHE_ENTRIES: usize = 256;
/// Last-seen times are written at most this often, to keep reads from writing.
const SESSION_TOUCH_EVERY: i64 = 60;
/// Login failures counted per account and per address over this window.
const THROTTLE_WINDOW: i64 = 15 * 60;
/// Failures before each further attempt waits.
const THROTTLE_SLOW_AFTER: u32 = 5;
/// Failures before attempts are refused (429) until the window ends.
const THROTTLE_BLOCK_AFTER: u32 = 10;
/// The largest request body: a strategy file at the loader's limit, form-encoded (each byte of
/// TOML can take three), with room for the other fields.
pub const MAX_BODY_BYTES: usize = MAX_SOURCE_BYTES * 3 + 64 * 1024;

/// How the server runs.
#[derive(Clone, Debug)]
pub struct Config {
    /// The address the server listens on.
    pub addr: SocketAddr,
    /// The address users reach, when a proxy stands in front (`https://...` makes cookies
    /// `Secure`).
    pub public_url: Option<String>,
    /// Where the SQLite database lives when no database URL is given.
    pub data_dir: PathBuf,
    /// Analyses and documents computed at once.
    pub workers: usize,
    /// The longest an analysis or a document may take.
    pub work_budget: Duration,
}

impl Config {
    /// Whether cookies must be `Secure` (the public address is HTTPS).
    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|url| url.starts_with("https://"))
    }

    /// The address printed for people: the public one, else the listening one.
    pub fn base_url(&self) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{}", self.addr),
        }
    }

    fn session_cookie_name(&self) -> &'static str {
        // `__Host-` cookies are bound to this host and path by the browser; they need Secure.
        if self.secure_cookies() {
            "__Host-tomster_session"
        } else {
            "tomster_session"
        }
    }
}

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub workers: Workers,
    pub throttle: Arc<Throttle>,
    /// Sessions read in the last second.
    pub sessions: Arc<RecentReads<SessionRecord>>,
    /// API tokens (with their owner's role) read in the last second.
    pub tokens: Arc<RecentReads<(crate::store::TokenRecord, crate::store::Role)>>,
    /// Analysed versions, so that reading a page does not analyse the strategy again.
    pub views: Arc<crate::views::ViewCache>,
    /// The clock, replaceable in tests: Unix seconds.
    pub clock: Arc<dyn Fn() -> i64 + Send + Sync>,
}

impl AppState {
    pub fn new(db: Db, config: Config) -> AppState {
        let workers = Workers::new(config.workers, config.work_budget);
        AppState {
            db,
            config: Arc::new(config),
            workers,
            throttle: Arc::new(Throttle::default()),
            sessions: Arc::new(RecentReads::default()),
            tokens: Arc::new(RecentReads::default()),
            views: Arc::new(crate::views::ViewCache::new(VIEW_CACHE_ENTRIES)),
            clock: Arc::new(|| jiff::Timestamp::now().as_second()),
        }
    }

    pub fn now(&self) -> i64 {
        (self.clock)()
    }

    /// A `Set-Cookie` value that opens a session.
    pub fn session_cookie(&self, secret: &str) -> String {
        let secure = if self.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        };
        format!(
            "{}={secret}; Path=/; HttpOnly; SameSite=Lax; Max-Age={SESSION_ABSOLUTE}{secure}",
            self.config.session_cookie_name()
        )
    }

    /// A `Set-Cookie` value that removes the session cookie.
    pub fn expired_session_cookie(&self) -> String {
        let secure = if self.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        };
        format!(
            "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}",
            self.config.session_cookie_name()
        )
    }

    /// Opens a new session for a user (a new id at every login: no fixation) and returns the
    /// cookie to set.
    pub async fn open_session(&self, user_id: i64) -> Result<String, AppError> {
        let secret = random_secret().map_err(|_| AppError::Internal)?;
        let csrf = random_secret().map_err(|_| AppError::Internal)?;
        self.db
            .create_session(&secret_hash(&secret), user_id, &csrf, self.now())
            .await?;
        Ok(self.session_cookie(&secret))
    }
}

/// The session cookie's secret in a request, if any.
fn session_secret<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// The signed-in user of a page request.
#[derive(Clone, Debug)]
pub struct Session {
    pub id_hash: String,
    pub record: SessionRecord,
}

impl Session {
    pub fn user_id(&self) -> i64 {
        self.record.user_id
    }

    /// Whether a submitted form carries this session's anti-forgery token.
    pub fn csrf_ok(&self, submitted: &str) -> bool {
        same_secret(submitted, &self.record.csrf_token)
    }
}

/// A session when the request has a live one. Expired sessions are deleted on sight.
pub async fn current_session(state: &AppState, headers: &HeaderMap) -> Option<Session> {
    let secret = session_secret(headers, state.config.session_cookie_name())?;
    let id_hash = secret_hash(secret);
    let mut record = match state.sessions.get(&id_hash) {
        Some(record) => record,
        None => state.db.session(&id_hash).await.ok()??,
    };
    let now = state.now();
    if now - record.last_seen_at > SESSION_IDLE || now - record.created_at > SESSION_ABSOLUTE {
        let _ = state.db.delete_session(&id_hash).await;
        state.sessions.forget(&id_hash);
        return None;
    }
    if now - record.last_seen_at > SESSION_TOUCH_EVERY {
        let _ = state.db.touch_session(&id_hash, now).await;
        record.last_seen_at = now;
    }
    state.sessions.keep(&id_hash, &record);
    Some(Session { id_hash, record })
}

/// Reads of the last second, so that a burst of requests reads the database once: sessions by
/// the hash of their id, API tokens by theirs. What this process changes (logout, password,
/// language, roles) is forgotten at once; a change made by another process sharing the
/// database is seen within one second.
pub struct RecentReads<V> {
    entries: Mutex<HashMap<String, (V, std::time::Instant)>>,
}

impl<V> Default for RecentReads<V> {
    fn default() -> Self {
        RecentReads {
            entries: Mutex::new(HashMap::new()),
        }
    }
}

/// How long a read stays trusted without the database.
const RECENT_READ_TTL: Duration = Duration::from_secs(1);
/// Beyond this many entries the cache starts afresh (it only saves reads).
const RECENT_READ_ENTRIES: usize = 10_000;

impl<V: Clone> RecentReads<V> {
    pub fn get(&self, key: &str) -> Option<V> {
        let entries = self.entries.lock().ok()?;
        entries
            .get(key)
            .filter(|(_, read_at)| read_at.elapsed() < RECENT_READ_TTL)
            .map(|(value, _)| value.clone())
    }

    pub fn keep(&self, key: &str, value: &V) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= RECENT_READ_ENTRIES {
                entries.clear();
            }
            let fresh = entries
                .get(key)
                .is_some_and(|(_, read_at)| read_at.elapsed() < RECENT_READ_TTL);
            if !fresh {
                entries.insert(key.to_owned(), (value.clone(), std::time::Instant::now()));
            }
        }
    }

    pub fn forget(&self, key: &str) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(key);
        }
    }

    /// Forgets every entry that matches (a user's sessions, or everything).
    pub fn forget_where(&self, matches: impl Fn(&V) -> bool) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.retain(|_, (value, _)| !matches(value));
        }
    }
}

impl RecentReads<SessionRecord> {
    /// Forgets every session of a user (password or language changed).
    pub fn forget_user(&self, user_id: i64) {
        self.forget_where(|record| record.user_id == user_id);
    }
}

/// The language of a request: the user's setting, else the browser's `Accept-Language`.
pub fn request_language(headers: &HeaderMap, session: Option<&Session>) -> Language {
    if let Some(language) = session
        .and_then(|session| session.record.language.as_deref())
        .and_then(Language::parse)
    {
        return language;
    }
    accept_language(headers)
}

/// The first of French or English in `Accept-Language` (by order; weights are rarely needed
/// with two languages), English when neither is there.
pub fn accept_language(headers: &HeaderMap) -> Language {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .split(',')
        .filter_map(|part| {
            let tag = part
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            if tag.starts_with("fr") {
                Some(Language::French)
            } else if tag.starts_with("en") {
                Some(Language::English)
            } else {
                None
            }
        })
        .next()
        .unwrap_or(Language::English)
}

/// The client address for the throttle and the audit log: the proxy's `X-Forwarded-For` is
/// trusted only when a public URL says a proxy stands in front.
pub fn client_address(state: &AppState, headers: &HeaderMap, peer: Option<SocketAddr>) -> String {
    if state.config.public_url.is_some()
        && let Some(forwarded) = headers
            .get("x-forwarded-for")
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(',').next())
    {
        return forwarded.trim().to_owned();
    }
    peer.map(|peer| peer.ip().to_string())
        .unwrap_or_else(|| "unknown".to_owned())
}

/// Counts login failures per account and per address. In memory: a restart forgets them, which
/// only gives an attacker a fresh window after each restart they cannot cause.
#[derive(Default)]
pub struct Throttle {
    failures: Mutex<HashMap<String, (u32, i64)>>,
}

/// What the throttle says about a login attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThrottleVerdict {
    Allow,
    /// Allowed after a pause of this many milliseconds.
    Slow(u64),
    /// Refused: too many failures.
    Block,
}

impl Throttle {
    pub fn verdict(&self, keys: &[&str], now: i64) -> ThrottleVerdict {
        let Ok(failures) = self.failures.lock() else {
            return ThrottleVerdict::Allow;
        };
        let worst = keys
            .iter()
            .filter_map(|key| failures.get(*key))
            .filter(|(_, first)| now - first < THROTTLE_WINDOW)
            .map(|(count, _)| *count)
            .max()
            .unwrap_or(0);
        if worst >= THROTTLE_BLOCK_AFTER {
            ThrottleVerdict::Block
        } else if worst >= THROTTLE_SLOW_AFTER {
            ThrottleVerdict::Slow(u64::from(worst - THROTTLE_SLOW_AFTER + 1) * 500)
        } else {
            ThrottleVerdict::Allow
        }
    }

    pub fn fail(&self, keys: &[&str], now: i64) {
        if let Ok(mut failures) = self.failures.lock() {
            // Forget stale entries so that the map stays small.
            failures.retain(|_, (_, first)| now - *first < THROTTLE_WINDOW);
            for key in keys {
                let entry = failures.entry((*key).to_owned()).or_insert((0, now));
                entry.0 += 1;
            }
        }
    }

    pub fn succeed(&self, account_key: &str) {
        if let Ok(mut failures) = self.failures.lock() {
            failures.remove(account_key);
        }
    }
}

/// An error answered to a page or API request. Nothing internal is revealed: the detail goes to
/// the log with the request id.
#[derive(Debug)]
pub enum AppError {
    NotFound,
    Forbidden,
    Unauthorized,
    TooManyRequests,
    PayloadTooLarge,
    /// The work ran out of its time budget.
    Busy,
    Internal,
}

impl From<crate::store::StoreError> for AppError {
    fn from(error: crate::store::StoreError) -> AppError {
        tracing::error!(%error, "database");
        AppError::Internal
    }
}

impl From<crate::work::WorkError> for AppError {
    fn from(error: crate::work::WorkError) -> AppError {
        match error {
            crate::work::WorkError::TooLong => AppError::Busy,
            crate::work::WorkError::Failed => AppError::Internal,
        }
    }
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message key of the error's explanation.
    pub fn key(&self) -> &'static str {
        match self {
            AppError::NotFound => "web-error-not-found",
            AppError::Forbidden => "web-error-forbidden",
            AppError::Unauthorized => "web-error-unauthorized",
            AppError::TooManyRequests => "web-error-too-many",
            AppError::PayloadTooLarge => "web-error-too-large",
            AppError::Busy => "web-error-busy",
            AppError::Internal => "web-error-internal",
        }
    }
}

impl IntoResponse for AppError {
    /// A plain error page; the pages render a fuller one with the layout where they can.
    fn into_response(self) -> Response {
        let status = self.status();
        let body = format!(
            "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>{}</title>\
             <link rel=\"stylesheet\" href=\"/assets/app.css\"><main class=\"narrow\"><h1>{}</h1>\
             <p>{}</p><p><a href=\"/\">Tomster</a></p></main></html>",
            status.as_u16(),
            status.canonical_reason().unwrap_or(""),
            text(Language::English, self.key(), &[]),
        );
        (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            body,
        )
            .into_response()
    }
}

/// Headers on every answer: no framing, no MIME sniffing, a strict content policy (no inline
/// script or style: the page's script and stylesheet are files of this server).
async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let fixed: [(&str, &str); 5] = [
        (
            "content-security-policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "same-origin"),
        ("x-frame-options", "DENY"),
        ("cross-origin-opener-policy", "same-origin"),
    ];
    for (name, value) in fixed {
        headers.insert(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    }
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

/// Refuses state-changing requests sent from another site's page: a browser sends `Origin` (or
/// `Sec-Fetch-Site`) with every such request. Forms also carry a per-session token; this check
/// protects the forms without a session (login, first-run setup) too.
async fn same_origin_writes(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let writes = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if writes && !request.uri().path().starts_with("/api/") {
        let headers = request.headers();
        let cross_site = headers
            .get("sec-fetch-site")
            .and_then(|value| value.to_str().ok())
            .is_some_and(|site| site == "cross-site" || site == "same-site");
        let host = headers
            .get(header::HOST)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("");
        let foreign_origin = headers
            .get(header::ORIGIN)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|origin| {
                let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
                let public_host = state
                    .config
                    .public_url
                    .as_deref()
                    .and_then(|url| url.split_once("://"))
                    .map(|(_, rest)| rest.trim_end_matches('/'));
                origin == "null" || (origin_host != host && Some(origin_host) != public_host)
            });
        if cross_site || foreign_origin {
            return AppError::Forbidden.into_response();
        }
    }
    next.run(request).await
}

/// Readiness: the database answers.
async fn healthz(State(state): State<AppState>) -> Response {
    match state.db.user_count().await {
        Ok(_) => (StatusCode::OK, "ok\n").into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response(),
    }
}

/// Liveness: the process answers, without touching the database (a proxy's or an
/// orchestrator's probe, and the baseline of the load benchmark).
async fn live() -> &'static str {
    "ok\n"
}

/// Every route of the application.
pub fn router(state: AppState) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    Router::new()
        .route("/healthz", get(healthz))
        .route("/healthz/live", get(live))
        .merge(crate::pages::routes())
        .nest("/api/v1", crate::api::routes())
        .layer(middleware::from_fn_with_state(
            state.clone(),
            same_origin_writes,
        ))
        .layer(middleware::from_fn(security_headers))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(
            // One line per answered request, with its id, method, path, status and latency.
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request| {
                    let id = request
                        .headers()
                        .get("x-request-id")
                        .and_then(|value| value.to_str().ok())
                        .unwrap_or("-");
                    tracing::info_span!("request", id, method = %request.method(), path = %request.uri().path())
                })
                .on_response(
                    tower_http::trace::DefaultOnResponse::new()
                        .level(tracing::Level::INFO)
                        .latency_unit(tower_http::LatencyUnit::Micros),
                ),
        )
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .with_state(state)
}

/// Runs the server until SIGINT or SIGTERM; requests in flight finish before it returns.
pub async fn serve(state: AppState, listener: tokio::net::TcpListener) -> std::io::Result<()> {
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing the requests in flight");
}

/// The session of a page request, as an extractor that lets the handler decide what to do
/// when there is none.
pub struct MaybeSession(pub Option<Session>);

impl FromRequestParts<AppState> for MaybeSession {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(MaybeSession(current_session(state, &parts.headers).await))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_throttle_slows_then_blocks_then_forgets() {
        let throttle = Throttle::default();
        let keys = ["account:a@b.c", "ip:127.0.0.1"];
        for _ in 0..4 {
            throttle.fail(&keys, 1000);
        }
        assert_eq!(throttle.verdict(&keys, 1000), ThrottleVerdict::Allow);
        throttle.fail(&keys, 1000);
        assert_eq!(throttle.verdict(&keys, 1000), ThrottleVerdict::Slow(500));
        for _ in 0..5 {
            throttle.fail(&keys, 1000);
        }
        assert_eq!(throttle.verdict(&keys, 1000), ThrottleVerdict::Block);
        // Another account from the same address is blocked too: the address counts.
        assert_eq!(
            throttle.verdict(&["account:x@y.z", "ip:127.0.0.1"], 1000),
            ThrottleVerdict::Block
        );
        assert_eq!(
            throttle.verdict(&keys, 1000 + THROTTLE_WINDOW),
            ThrottleVerdict::Allow
        );
    }

    #[test]
    fn cookies_are_secure_and_host_bound_behind_https_only() {
        let config = |public_url: Option<&str>| Config {
            addr: "127.0.0.1:8080".parse().unwrap(),
            public_url: public_url.map(str::to_owned),
            data_dir: std::env::temp_dir(),
            workers: 1,
            work_budget: std::time::Duration::from_secs(1),
        };
        let secure = config(Some("https://tomster.example.com"));
        assert!(secure.secure_cookies());
        assert_eq!(secure.session_cookie_name(), "__Host-tomster_session");
        assert_eq!(secure.base_url(), "https://tomster.example.com");
        let plain = config(None);
        assert!(!plain.secure_cookies());
        assert_eq!(plain.session_cookie_name(), "tomster_session");
        assert_eq!(plain.base_url(), "http://127.0.0.1:8080");
        assert!(!config(Some("http://intranet")).secure_cookies());
    }

    #[test]
    fn accept_language_picks_french_or_english() {
        let mut headers = HeaderMap::new();
        assert_eq!(accept_language(&headers), Language::English);
        headers.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("de-DE,fr-FR;q=0.8,en;q=0.5"),
        );
        assert_eq!(accept_language(&headers), Language::French);
    }
}
