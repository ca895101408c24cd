//! The HTTP layer shared by the pages and the API: configuration, state, the router built from
//! the route tables, sessions and their cookie, the sign-in throttle, the client's address,
//! errors (a page in the reader's language), security headers, and the server's start and stop.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::handler::Handler;
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use tomster_core::i18n::text;
use tomster_core::load::MAX_SOURCE_BYTES;
use tomster_core::model::Language;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

use crate::secrets::{random_secret, same_secret, secret_hash};
use crate::store::{Db, SessionRecord, UserId};
use crate::work::Workers;

/// A session ends after this long without a request.
pub const SESSION_IDLE: i64 = 2 * 60 * 60;
/// A session ends this long after login, active or not.
pub const SESSION_ABSOLUTE: i64 = 12 * 60 * 60;
/// Last-seen times are written at most this often, to keep reads from writing.
const SESSION_TOUCH_EVERY: i64 = 60;
/// Sign-in attempts are counted per address and per account over this window.
pub const THROTTLE_WINDOW: i64 = 15 * 60;
/// Attempts from one address in a window before it is refused (429) until the window ends.
pub const THROTTLE_ADDRESS_LIMIT: i64 = 10;
/// Attempts on one account in a window before each further one waits. An account is never
/// locked: strangers could lock anyone out from rotating addresses. It is slowed instead.
pub const THROTTLE_ACCOUNT_FREE: i64 = 5;
/// Each attempt on an account past the free ones waits this much more (the default of
/// [`Config::throttle_step`]), up to ten times as much.
pub const THROTTLE_ACCOUNT_STEP: Duration = Duration::from_millis(500);
/// The largest request body of a form: a strategy file at the loader's limit, form-encoded
/// (each byte of TOML can take three), with room for the other fields. The loader then holds
/// the text itself to [`MAX_SOURCE_BYTES`], whichever way it came.
pub const MAX_BODY_BYTES: usize = MAX_SOURCE_BYTES * 3 + 64 * 1024;

/// How the server runs.
#[derive(Clone, Debug)]
pub struct Config {
    /// The address the server listens on.
    pub addr: SocketAddr,
    /// The address users reach, when a proxy stands in front (`https://...` makes cookies
    /// `Secure`).
    pub public_url: Option<String>,
    /// The proxies whose `X-Forwarded-For` entries are believed (with a public URL only).
    pub trusted_proxies: Vec<IpNetwork>,
    /// Where the SQLite database lives when no database URL is given.
    pub data_dir: PathBuf,
    /// Analyses and documents computed at once.
    pub workers: usize,
    /// The longest an analysis or a document may take.
    pub work_budget: Duration,
    /// The program whose `pdf-worker` command typesets PDFs in a child process (the `tomster`
    /// binary itself); `None` typesets in this process.
    pub pdf_worker: Option<PathBuf>,
    /// The program whose `workbook-worker` command reads uploaded workbooks in a child
    /// process with a memory and a time limit (`tomster_import::isolated`); `None` reads them
    /// in this process.
    pub workbook_worker: Option<PathBuf>,
    /// How much longer each sign-in attempt on an account waits past the free ones.
    pub throttle_step: Duration,
    /// The SMTP server the reviews and alerts are sent through; none: nothing is emailed.
    pub smtp: Option<crate::delivery::Smtp>,
    /// Whether webhooks may go to this machine or a private network (off: a strategy's editor
    /// could otherwise make the server call its neighbours).
    pub webhooks_private: bool,
}

impl Config {
    /// A configuration for `addr` with the defaults of `tomster serve`.
    pub fn new(addr: SocketAddr, data_dir: PathBuf) -> Config {
        Config {
            addr,
            public_url: None,
            trusted_proxies: IpNetwork::loopback(),
            data_dir,
            workers: 2,
            work_budget: Duration::from_secs(30),
            pdf_worker: None,
            workbook_worker: None,
            throttle_step: THROTTLE_ACCOUNT_STEP,
            smtp: None,
            webhooks_private: false,
        }
    }

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

/// An IP network (`10.0.0.0/8`, `::1/128`), for the trusted proxies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IpNetwork {
    address: IpAddr,
    prefix: u8,
}

impl IpNetwork {
    /// Loopback, where a proxy on the same machine connects from.
    pub fn loopback() -> Vec<IpNetwork> {
        vec![
            IpNetwork {
                address: IpAddr::from([127, 0, 0, 0]),
                prefix: 8,
            },
            IpNetwork {
                address: IpAddr::from([0u16, 0, 0, 0, 0, 0, 0, 1]),
                prefix: 128,
            },
        ]
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        match (self.address, address) {
            (IpAddr::V4(network), IpAddr::V4(address)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(network) & mask == u32::from(address) & mask
            }
            (IpAddr::V6(network), IpAddr::V6(address)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(network) & mask == u128::from(address) & mask
            }
            // A proxy reached over IPv4 may show as an IPv4-mapped IPv6 address.
            (IpAddr::V4(_), IpAddr::V6(address)) => address
                .to_ipv4_mapped()
                .is_some_and(|address| self.contains(IpAddr::V4(address))),
            _ => false,
        }
    }
}

impl std::str::FromStr for IpNetwork {
    type Err = String;

    /// `ADDRESS` or `ADDRESS/PREFIX`.
    fn from_str(text: &str) -> Result<IpNetwork, String> {
        let (address, prefix) = match text.trim().split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text.trim(), None),
        };
        let address: IpAddr = address.parse().map_err(|_| {
            format!("`{text}` is not an IP address or network (such as 10.0.0.0/8)")
        })?;
        let longest = if address.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(prefix) => prefix
                .parse::<u8>()
                .ok()
                .filter(|prefix| *prefix <= longest)
                .ok_or_else(|| format!("`{text}`: the prefix length is 0 to {longest}"))?,
            None => longest,
        };
        Ok(IpNetwork { address, prefix })
    }
}

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub workers: Workers,
    /// What the pages show of each version, kept in memory within a budget.
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
            views: Arc::new(crate::views::ViewCache::new(crate::views::VIEW_CACHE_BYTES)),
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
    pub async fn open_session(&self, user_id: UserId) -> Result<String, AppError> {
        let secret = random_secret().map_err(|_| AppError::Internal)?;
        let csrf = random_secret().map_err(|_| AppError::Internal)?;
        self.db
            .sessions()
            .create(&secret_hash(&secret), user_id, &csrf, self.now())
            .await?;
        Ok(self.session_cookie(&secret))
    }

    /// Records an account event in the audit log.
    pub async fn audit(
        &self,
        user_id: Option<UserId>,
        event: &str,
        detail: &str,
        address: &str,
    ) -> Result<(), AppError> {
        Ok(self
            .db
            .audit()
            .record(self.now(), user_id, event, detail, address)
            .await?)
    }
}

/// A cookie's value in a request, if any.
pub fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
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
    pub fn user_id(&self) -> UserId {
        self.record.user_id
    }

    /// Whether a submitted form carries this session's anti-forgery token.
    pub fn csrf_ok(&self, submitted: &str) -> bool {
        same_secret(submitted, &self.record.csrf_token)
    }
}

/// The session of a request when it has a live one, read from the database every time: a
/// sign-out or a password change on any server sharing the database ends it at once.
/// Expired sessions are deleted on sight.
pub async fn current_session(state: &AppState, headers: &HeaderMap) -> Option<Session> {
    let id_hash = session_hash(state, headers)?;
    let record = state.db.sessions().get(&id_hash).await.ok()??;
    live_session(state, id_hash, record).await
}

/// The hash of the request's session cookie, if it has one.
pub fn session_hash(state: &AppState, headers: &HeaderMap) -> Option<String> {
    cookie(headers, state.config.session_cookie_name()).map(secret_hash)
}

/// A stored session when it has not expired (deleted otherwise), its last-seen time kept
/// within a minute.
pub async fn live_session(
    state: &AppState,
    id_hash: String,
    mut record: SessionRecord,
) -> Option<Session> {
    let now = state.now();
    if now - record.last_seen_at > SESSION_IDLE || now - record.created_at > SESSION_ABSOLUTE {
        let _ = state.db.sessions().delete(&id_hash).await;
        return None;
    }
    if now - record.last_seen_at > SESSION_TOUCH_EVERY {
        // In the background: the request does not wait for the database's writer, which a
        // large import holds for minutes on SQLite (the touch then waits its turn, or gives
        // up after the pool's timeout, and a later request tries again).
        let db = state.db.clone();
        let id_hash = id_hash.clone();
        tokio::spawn(async move {
            let _ = db.sessions().touch(&id_hash, now).await;
        });
        record.last_seen_at = now;
    }
    Some(Session { id_hash, record })
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

/// The client address for the throttle and the audit log. Behind a proxy (a public URL is set
/// and the connection comes from a trusted proxy), the right-most `X-Forwarded-For` entry that
/// no trusted proxy added: the entries to its left were written by the client and prove
/// nothing. Otherwise the connection's own address.
pub fn client_address(state: &AppState, headers: &HeaderMap, peer: Option<SocketAddr>) -> String {
    let Some(peer) = peer else {
        return "unknown".to_owned();
    };
    let trusted = |address: IpAddr| {
        state
            .config
            .trusted_proxies
            .iter()
            .any(|network| network.contains(address))
    };
    if state.config.public_url.is_none() || !trusted(peer.ip()) {
        return peer.ip().to_string();
    }
    let forwarded: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .collect();
    for entry in forwarded.iter().rev() {
        match entry.parse::<IpAddr>() {
            Ok(address) if trusted(address) => continue,
            Ok(address) => return address.to_string(),
            // Not an address: whatever wrote it is not a proxy we know; stop at the last
            // trusted hop instead of believing it.
            Err(_) => break,
        }
    }
    peer.ip().to_string()
}

/// What the throttle says about a sign-in attempt, once counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThrottleVerdict {
    /// Go ahead after this pause (zero for most).
    Proceed(Duration),
    /// Refused: too many attempts from this address.
    Refuse,
}

/// The throttle keys of an attempt: the address and the account.
pub struct AttemptKeys {
    pub address: String,
    pub account: String,
}

impl AttemptKeys {
    pub fn new(address: &str, account: &str) -> AttemptKeys {
        AttemptKeys {
            address: format!("address:{address}"),
            account: format!("account:{account}"),
        }
    }
}

/// Counts a sign-in attempt before its password or code is checked, so that attempts sent at
/// once are counted one by one: past [`THROTTLE_ADDRESS_LIMIT`] from one address, refused;
/// past [`THROTTLE_ACCOUNT_FREE`] on one account, slowed (never locked).
pub async fn count_attempt(
    state: &AppState,
    keys: &AttemptKeys,
) -> Result<ThrottleVerdict, AppError> {
    let now = state.now();
    let attempts = state.db.throttle();
    let from_address = attempts.count(&keys.address, now, THROTTLE_WINDOW).await?;
    if from_address > THROTTLE_ADDRESS_LIMIT {
        return Ok(ThrottleVerdict::Refuse);
    }
    let on_account = attempts.count(&keys.account, now, THROTTLE_WINDOW).await?;
    Ok(ThrottleVerdict::Proceed(account_pause(
        on_account,
        state.config.throttle_step,
    )))
}

/// The pause of the `attempts`-th attempt on an account in a window: none for the first
/// [`THROTTLE_ACCOUNT_FREE`], then one `step` more each time, up to ten steps.
pub fn account_pause(attempts: i64, step: Duration) -> Duration {
    let over = u32::try_from((attempts - THROTTLE_ACCOUNT_FREE).clamp(0, 10)).unwrap_or(10);
    step.saturating_mul(over)
}

/// A sign-in succeeded: the account starts afresh, and the attempt does not count against the
/// address (an office behind one address signs in all day).
pub async fn attempt_succeeded(state: &AppState, keys: &AttemptKeys) -> Result<(), AppError> {
    let attempts = state.db.throttle();
    attempts.clear(&keys.account).await?;
    attempts.forgive(&keys.address).await?;
    Ok(())
}

/// An error answered to a page or API request. Nothing internal is revealed: the detail goes to
/// the log with the request id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppError {
    BadRequest,
    NotFound,
    Forbidden,
    Unauthorized,
    TooManyRequests,
    PayloadTooLarge,
    /// The work ran out of its time budget, or the server is stopping.
    Busy,
    Internal,
}

impl From<crate::store::StoreError> for AppError {
    fn from(error: crate::store::StoreError) -> AppError {
        if error.is_busy() {
            tracing::warn!(%error, "database busy");
            return AppError::Busy;
        }
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
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The error a status stands for (the framework's own refusals: a body too large...).
    fn of_status(status: StatusCode) -> AppError {
        match status {
            StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => AppError::NotFound,
            StatusCode::FORBIDDEN => AppError::Forbidden,
            StatusCode::UNAUTHORIZED => AppError::Unauthorized,
            StatusCode::TOO_MANY_REQUESTS => AppError::TooManyRequests,
            StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge,
            StatusCode::SERVICE_UNAVAILABLE => AppError::Busy,
            status if status.is_server_error() => AppError::Internal,
            _ => AppError::BadRequest,
        }
    }

    /// The message key of the error's explanation.
    pub fn key(&self) -> &'static str {
        match self {
            AppError::BadRequest => "web-error-bad-request",
            AppError::NotFound => "web-error-not-found",
            AppError::Forbidden => "web-error-forbidden",
            AppError::Unauthorized => "web-error-unauthorized",
            AppError::TooManyRequests => "web-error-too-many",
            AppError::PayloadTooLarge => "web-error-too-large",
            AppError::Busy => "web-error-busy",
            AppError::Internal => "web-error-internal",
        }
    }

    /// The message key of the error page's title.
    pub fn title_key(&self) -> &'static str {
        match self {
            AppError::BadRequest => "web-error-bad-request-title",
            AppError::NotFound => "web-error-not-found-title",
            AppError::Forbidden => "web-error-forbidden-title",
            AppError::Unauthorized => "web-error-unauthorized-title",
            AppError::TooManyRequests => "web-error-too-many-title",
            AppError::PayloadTooLarge => "web-error-too-large-title",
            AppError::Busy => "web-error-busy-title",
            AppError::Internal => "web-error-internal-title",
        }
    }

    /// The error page in a language.
    pub fn page(&self, language: Language) -> Response {
        let status = self.status();
        let body = format!(
            "<!doctype html><html lang=\"{}\"><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{} · Tomster</title><link rel=\"stylesheet\" href=\"/assets/app.css\">\
             <main class=\"narrow\"><h1>{}</h1><p>{}</p><p><a href=\"/\">{}</a></p></main></html>",
            language.as_str(),
            status.as_u16(),
            text(language, self.title_key(), &[]),
            text(language, self.key(), &[]),
            text(language, "web-error-home", &[]),
        );
        let mut response = (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            body,
        )
            .into_response();
        response.extensions_mut().insert(Localized);
        response
    }
}

/// Marks a response whose page is already in the reader's language.
#[derive(Clone, Copy)]
struct Localized;

impl IntoResponse for AppError {
    /// The error page in English; [`localized_errors`] writes it again in the reader's
    /// language, which it knows from the request.
    fn into_response(self) -> Response {
        let mut response = self.page(Language::English);
        response.extensions_mut().remove::<Localized>();
        response.extensions_mut().insert(self);
        response
    }
}

/// Writes every error page in the reader's language: the user's setting when signed in, else
/// the browser's. Also turns the framework's plain-text refusals (a body over the limit, a
/// method a route does not take) into such a page.
async fn localized_errors(State(state): State<AppState>, request: Request, next: Next) -> Response {
    // What the language depends on, kept before the request goes (cheap: shared bytes).
    let mut headers = HeaderMap::new();
    for name in [header::ACCEPT_LANGUAGE, header::COOKIE] {
        for value in request.headers().get_all(&name) {
            headers.append(name.clone(), value.clone());
        }
    }
    let is_api = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    let status = response.status();
    if is_api || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    if response.extensions().get::<Localized>().is_some() {
        return response;
    }
    // An `AppError`, or one of the framework's refusals (plain text); a page a handler wrote
    // with an error status (a form with its errors, a conflict) stays as it is.
    let framework_refusal = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_none_or(|value| value.starts_with("text/plain"));
    let error = match response.extensions().get::<AppError>() {
        Some(error) => *error,
        None if framework_refusal => AppError::of_status(status),
        None => return response,
    };
    let session = current_session(&state, &headers).await;
    let language = request_language(&headers, session.as_ref());
    let mut localized = error.page(language);
    for name in [header::WWW_AUTHENTICATE, header::RETRY_AFTER] {
        if let Some(value) = response.headers().get(&name) {
            localized.headers_mut().insert(name, value.clone());
        }
    }
    localized
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
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n").into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response(),
    }
}

/// Liveness: the process answers, without touching the database (a proxy's or an
/// orchestrator's probe, and the baseline of the load benchmark).
async fn live() -> &'static str {
    "ok\n"
}

/// Who may use a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// Anyone, signed in or not.
    Anyone,
    /// Anyone holding the one-time setup address, before the first account exists.
    SetupToken,
    /// Any signed-in user.
    SignedIn,
    /// A member of the workspace concerned, any role (a token of it, for the API).
    Reader,
    /// An editor or owner of the workspace concerned (a read-write token, for the API).
    Editor,
    /// An owner of the workspace concerned.
    Owner,
    /// Anyone holding an invitation's single-use address.
    InviteToken,
    /// Anyone holding a calendar feed's secret address (a calendar application).
    FeedToken,
}

/// A route as the table lists it: its method, its full path and who may use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub need: Need,
}

/// A router and the list of its routes, built by the same calls: the list is the router's own,
/// so a test that reads it sees every route the server answers.
pub struct RouteTable {
    prefix: &'static str,
    router: Router<AppState>,
    routes: Vec<Route>,
}

impl RouteTable {
    /// A table whose paths are nested under `prefix` (`""` for the pages, `/api/v1` for the
    /// API): `path`s are given in full, the router gets them without the prefix.
    pub fn new(prefix: &'static str) -> RouteTable {
        RouteTable {
            prefix,
            router: Router::new(),
            routes: Vec::new(),
        }
    }

    fn add(
        mut self,
        method: &'static str,
        path: &'static str,
        need: Need,
        method_router: MethodRouter<AppState>,
    ) -> RouteTable {
        let relative = path.strip_prefix(self.prefix).unwrap_or(path);
        self.router = self.router.route(relative, method_router);
        self.routes.push(Route { method, path, need });
        self
    }

    pub fn get<H, T>(self, path: &'static str, need: Need, handler: H) -> RouteTable
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("GET", path, need, axum::routing::get(handler))
    }

    pub fn post<H, T>(self, path: &'static str, need: Need, handler: H) -> RouteTable
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("POST", path, need, axum::routing::post(handler))
    }

    pub fn put<H, T>(self, path: &'static str, need: Need, handler: H) -> RouteTable
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("PUT", path, need, axum::routing::put(handler))
    }

    pub fn delete<H, T>(self, path: &'static str, need: Need, handler: H) -> RouteTable
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("DELETE", path, need, axum::routing::delete(handler))
    }

    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    pub fn into_parts(self) -> (Router<AppState>, Vec<Route>) {
        (self.router, self.routes)
    }
}

/// Every route the server answers, pages and API, with who may use each: read by the
/// authorization tests and the OpenAPI document.
pub fn route_list() -> Vec<Route> {
    let mut routes = vec![
        Route {
            method: "GET",
            path: "/healthz",
            need: Need::Anyone,
        },
        Route {
            method: "GET",
            path: "/healthz/live",
            need: Need::Anyone,
        },
    ];
    routes.extend_from_slice(crate::pages::routes().routes());
    routes.extend_from_slice(crate::api::routes().routes());
    routes
}

/// Request ids: a random prefix for this process and a counter, cheap enough for every
/// request (a UUID would read the system's randomness each time).
#[derive(Clone)]
struct RequestIds {
    prefix: Arc<str>,
    next: Arc<std::sync::atomic::AtomicU64>,
}

impl RequestIds {
    fn new() -> RequestIds {
        let prefix =
            random_secret().map_or_else(|_| "0000".to_owned(), |secret| secret[..8].to_owned());
        RequestIds {
            prefix: Arc::from(prefix),
            next: Arc::new(std::sync::atomic::AtomicU64::new(1)),
        }
    }
}

impl tower_http::request_id::MakeRequestId for RequestIds {
    fn make_request_id<B>(
        &mut self,
        _: &axum::http::Request<B>,
    ) -> Option<tower_http::request_id::RequestId> {
        let number = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        HeaderValue::from_str(&format!("{}-{number}", self.prefix))
            .ok()
            .map(tower_http::request_id::RequestId::new)
    }
}

/// Requests slower than this are logged at `info` with their latency; the others at `debug`.
const SLOW_REQUEST: Duration = Duration::from_millis(500);

/// One log line per answered request at `debug` (`RUST_LOG=tomster_web=debug`); at `info`,
/// the slow ones; server errors at `error`. Every line carries the request's id.
fn log_response(response: &Response, latency: Duration, span: &tracing::Span) {
    let status = response.status().as_u16();
    let micros = latency.as_micros();
    if response.status().is_server_error() {
        tracing::error!(parent: span, status, micros, "answered");
    } else if latency >= SLOW_REQUEST {
        tracing::info!(parent: span, status, micros, "answered slowly");
    } else {
        tracing::debug!(parent: span, status, micros, "answered");
    }
}

/// Every route of the application.
pub fn router(state: AppState) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    let (pages, _) = crate::pages::routes().into_parts();
    Router::new()
        .route("/healthz", get(healthz))
        .route("/healthz/live", get(live))
        .merge(pages)
        .nest("/api/v1", crate::api::router())
        .layer(middleware::from_fn_with_state(
            state.clone(),
            same_origin_writes,
        ))
        .layer(middleware::from_fn_with_state(state.clone(), localized_errors))
        .layer(middleware::from_fn(security_headers))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request| {
                    let id = request
                        .headers()
                        .get("x-request-id")
                        .and_then(|value| value.to_str().ok())
                        .unwrap_or("-");
                    tracing::info_span!("request", id, method = %request.method(), path = %request.uri().path())
                })
                .on_request(())
                .on_response(|response: &Response, latency: Duration, span: &tracing::Span| {
                    log_response(response, latency, span)
                }),
        )
        .layer(SetRequestIdLayer::new(request_id, RequestIds::new()))
        .with_state(state)
}

/// How long the requests in flight have to finish once a stop is asked for; work still
/// running then is abandoned with the process.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Runs the server until SIGINT or SIGTERM. Requests in flight get [`SHUTDOWN_GRACE`] to
/// finish; the work they started is told to stop (the workers' cancellation), and the function
/// returns by the end of the grace whatever still runs.
pub async fn serve(state: AppState, listener: tokio::net::TcpListener) -> std::io::Result<()> {
    let workers = state.workers.clone();
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    let (stopping, stop) = tokio::sync::oneshot::channel::<()>();
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        shutdown_signal().await;
        let _ = stopping.send(());
    });
    let server = tokio::spawn(server.into_future());
    let _ = stop.await;
    workers.stop();
    match tokio::time::timeout(SHUTDOWN_GRACE, server).await {
        Ok(Ok(result)) => result,
        Ok(Err(_)) => Ok(()),
        Err(_) => {
            tracing::warn!("requests still running after the shutdown grace: stopping anyway");
            Ok(())
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_secure_and_host_bound_behind_https_only() {
        let config = |public_url: Option<&str>| Config {
            public_url: public_url.map(str::to_owned),
            ..Config::new("127.0.0.1:8080".parse().unwrap(), std::env::temp_dir())
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

    #[test]
    fn an_account_is_slowed_never_locked() {
        let step = Duration::from_millis(500);
        assert_eq!(account_pause(1, step), Duration::ZERO);
        assert_eq!(account_pause(5, step), Duration::ZERO);
        assert_eq!(account_pause(6, step), Duration::from_millis(500));
        assert_eq!(account_pause(8, step), Duration::from_millis(1500));
        // However many strangers try, the owner waits five seconds at most.
        assert_eq!(account_pause(10_000, step), Duration::from_secs(5));
    }

    #[test]
    fn networks_contain_their_addresses_only() {
        let network: IpNetwork = "10.1.0.0/16".parse().unwrap();
        assert!(network.contains("10.1.200.3".parse().unwrap()));
        assert!(!network.contains("10.2.0.1".parse().unwrap()));
        assert!(network.contains("::ffff:10.1.0.9".parse().unwrap()));
        let one: IpNetwork = "2001:db8::1".parse().unwrap();
        assert!(one.contains("2001:db8::1".parse().unwrap()));
        assert!(!one.contains("2001:db8::2".parse().unwrap()));
        let everything: IpNetwork = "0.0.0.0/0".parse().unwrap();
        assert!(everything.contains("203.0.113.9".parse().unwrap()));
        assert!("10.0.0.0/33".parse::<IpNetwork>().is_err());
        assert!("proxy".parse::<IpNetwork>().is_err());
    }
}
