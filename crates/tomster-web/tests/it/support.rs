//! A test server: a fresh database (a temporary SQLite file, or a new PostgreSQL database),
//! accounts and workspaces, and requests sent straight to the router.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use sqlx::Executor;
use tomster_web::store::{Role, StrategyRow, UserId, VersionSummary};
use tomster_web::{AppState, Config, admin, db};
use tower::ServiceExt;

/// Which database a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The backends to run on: SQLite always, PostgreSQL when its URL is given. CI sets it, and
/// `TOMSTER_REQUIRE_POSTGRES=1` (set by `.ci/run`) makes its absence a failure, not a skip.
pub fn backends() -> Vec<Backend> {
    let mut backends = vec![Backend::Sqlite];
    if std::env::var("TOMSTER_TEST_DATABASE_URL").is_ok() {
        backends.push(Backend::Postgres);
    } else if std::env::var("TOMSTER_REQUIRE_POSTGRES").is_ok_and(|value| value == "1") {
        panic!("TOMSTER_REQUIRE_POSTGRES=1 but TOMSTER_TEST_DATABASE_URL is not set");
    }
    backends
}

/// A database URL of its own for one test.
async fn fresh_database(backend: Backend) -> String {
    let unique = format!(
        "t{}_{}",
        std::process::id(),
        tomster_web::secrets::random_secret().unwrap()[..12].to_owned()
    );
    match backend {
        Backend::Sqlite => {
            let directory = std::env::temp_dir().join(format!("tomster-test-{unique}"));
            db::sqlite_url(&directory).unwrap()
        }
        Backend::Postgres => {
            let base = std::env::var("TOMSTER_TEST_DATABASE_URL").unwrap();
            sqlx::any::install_default_drivers();
            let pool = sqlx::AnyPool::connect(&base).await.unwrap();
            pool.execute(format!("CREATE DATABASE {unique}").as_str())
                .await
                .unwrap();
            pool.close().await;
            // Replace the database name (the last path segment) in the URL.
            let (prefix, rest) = base.rsplit_once('/').unwrap();
            let query = rest
                .split_once('?')
                .map(|(_, query)| format!("?{query}"))
                .unwrap_or_default();
            format!("{prefix}/{unique}{query}")
        }
    }
}

/// A running application with its clock in the test's hands.
pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    pub clock: Arc<AtomicI64>,
    /// The database's URL, for a second server on it.
    pub url: String,
}

pub const PASSWORD: &str = "a long enough passphrase";

impl TestApp {
    pub async fn new(backend: Backend) -> TestApp {
        Self::with_budget(backend, Duration::from_secs(30)).await
    }

    pub async fn with_budget(backend: Backend, budget: Duration) -> TestApp {
        Self::with_config(backend, |config| config.work_budget = budget).await
    }

    /// An application whose configuration the test adjusts (a public address, the proxies).
    pub async fn with_config(backend: Backend, adjust: impl FnOnce(&mut Config)) -> TestApp {
        let url = fresh_database(backend).await;
        Self::on_database(&url, adjust).await
    }

    /// A second server on the database of another: its own pools, its own memory, as a
    /// second `tomster serve` behind the same proxy.
    pub async fn beside(&self) -> TestApp {
        Self::on_database(&self.url, |_| {}).await
    }

    /// [`TestApp::beside`] with its own configuration.
    pub async fn beside_with(&self, adjust: impl FnOnce(&mut Config)) -> TestApp {
        Self::on_database(&self.url, adjust).await
    }

    async fn on_database(url: &str, adjust: impl FnOnce(&mut Config)) -> TestApp {
        let database = db::open(url).await.unwrap();
        let mut config = Config {
            work_budget: Duration::from_secs(30),
            ..Config::new("127.0.0.1:8080".parse().unwrap(), std::env::temp_dir())
        };
        adjust(&mut config);
        let mut state = AppState::new(database, config);
        let clock = Arc::new(AtomicI64::new(1_800_000_000));
        let reader = Arc::clone(&clock);
        state.clock = Arc::new(move || reader.load(Ordering::SeqCst));
        TestApp {
            router: tomster_web::router(state.clone()),
            state,
            clock,
            url: url.to_owned(),
        }
    }

    /// A strategy as a member of its workspace reads it (the store answers nothing to others).
    pub async fn strategy_as(&self, email: &str, id: &str) -> StrategyRow {
        let user = self.user_id(email).await;
        self.state
            .db
            .strategies()
            .for_member(id, user)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("{email} does not reach the strategy {id}"))
            .0
    }

    /// The text of a version, as a member reads it.
    pub async fn version_text(&self, email: &str, id: &str, number: i64) -> String {
        let strategy = self.strategy_as(email, id).await;
        self.state
            .db
            .strategies()
            .version(&strategy.id, number)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no version {number} of {id}"))
            .toml
    }

    /// A version's row, as a member reads it.
    pub async fn version_row(
        &self,
        email: &str,
        id: &str,
        number: i64,
    ) -> tomster_web::store::VersionRow {
        let strategy = self.strategy_as(email, id).await;
        self.state
            .db
            .strategies()
            .version(&strategy.id, number)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no version {number} of {id}"))
    }

    pub async fn versions_as(&self, email: &str, id: &str) -> Vec<VersionSummary> {
        let strategy = self.strategy_as(email, id).await;
        self.state
            .db
            .strategies()
            .versions(&strategy.id)
            .await
            .unwrap()
    }

    /// A strategy's stored logo, as a member reads it.
    pub async fn logo_as(&self, email: &str, id: &str) -> Option<Vec<u8>> {
        let strategy = self.strategy_as(email, id).await;
        self.state.db.strategies().logo(&strategy.id).await.unwrap()
    }

    /// How many strategies a workspace holds.
    pub async fn strategy_count(&self, slug: &str) -> i64 {
        let workspace = self
            .state
            .db
            .workspaces()
            .by_slug_for_console(slug)
            .await
            .unwrap()
            .unwrap();
        self.state
            .db
            .strategies()
            .count(workspace.id)
            .await
            .unwrap()
    }

    pub async fn user_id(&self, email: &str) -> UserId {
        self.state
            .db
            .users()
            .by_email(email)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no account {email}"))
            .id
    }

    /// A user's role in a workspace, if a member.
    pub async fn role_of(&self, slug: &str, email: &str) -> Option<Role> {
        let user = self.user_id(email).await;
        self.state
            .db
            .workspaces()
            .for_member(slug, user)
            .await
            .unwrap()
            .map(|(_, role)| role)
    }

    /// The latest audit events as (event, detail), newest first.
    pub async fn audit_events(&self, limit: i64) -> Vec<(String, String)> {
        self.state
            .db
            .audit()
            .latest(limit)
            .await
            .unwrap()
            .into_iter()
            .map(|(event, detail, _)| (event, detail))
            .collect()
    }

    pub fn advance(&self, seconds: i64) {
        self.clock.fetch_add(seconds, Ordering::SeqCst);
    }

    pub async fn user(&self, email: &str) -> UserId {
        admin::create_user(&self.state.db, email, PASSWORD)
            .await
            .unwrap()
    }

    pub async fn send(&self, request: Request<Body>) -> Reply {
        self.send_from(request, SocketAddr::from(([127, 0, 0, 1], 40000)))
            .await
    }

    /// Sends a request as if from `peer` (the connection's address).
    pub async fn send_from(&self, request: Request<Body>, peer: SocketAddr) -> Reply {
        reply_of(self.router.clone(), request, peer).await
    }

    /// Sends every request at once, each on a task of its own (the test's runtime should have
    /// several threads), and returns the replies in order.
    pub async fn send_all(&self, requests: Vec<Request<Body>>) -> Vec<Reply> {
        let tasks: Vec<_> = requests
            .into_iter()
            .map(|request| {
                let router = self.router.clone();
                tokio::spawn(async move {
                    reply_of(router, request, SocketAddr::from(([127, 0, 0, 1], 40000))).await
                })
            })
            .collect();
        let mut replies = Vec::new();
        for task in tasks {
            replies.push(task.await.unwrap());
        }
        replies
    }

    /// Signs in through the login form and returns the browser's session.
    pub async fn login(&self, email: &str) -> Browser {
        let reply = self
            .send(form_request(
                Method::POST,
                "/login",
                None,
                &format!("email={email}&password={}", encode(PASSWORD)),
            ))
            .await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "login of {email}: {}",
            reply.body
        );
        let cookie = reply.session_cookie().expect("a session cookie");
        let mut browser = Browser {
            cookie,
            csrf: String::new(),
        };
        let page = self.send(browser.get("/w")).await;
        browser.csrf = page.csrf().expect("a CSRF token on the page");
        browser
    }
}

/// What a test browser carries: the session cookie and the page's anti-forgery token.
#[derive(Clone)]
pub struct Browser {
    pub cookie: String,
    pub csrf: String,
}

impl Browser {
    pub fn get(&self, path: &str) -> Request<Body> {
        Request::get(path)
            .header(header::COOKIE, &self.cookie)
            .body(Body::empty())
            .unwrap()
    }

    pub fn post(&self, path: &str, body: &str) -> Request<Body> {
        form_request(Method::POST, path, Some(&self.cookie), body)
    }
}

async fn reply_of(router: Router, request: Request<Body>, peer: SocketAddr) -> Reply {
    let mut request = request;
    request.extensions_mut().insert(ConnectInfo(peer));
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

pub fn form_request(method: Method, path: &str, cookie: Option<&str>, body: &str) -> Request<Body> {
    let mut builder = Request::builder()
        .method(method)
        .uri(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(cookie) = cookie {
        builder = builder.header(header::COOKIE, cookie);
    }
    builder.body(Body::from(body.to_owned())).unwrap()
}

pub fn encode(text: &str) -> String {
    let mut encoded = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn location(&self) -> Option<&str> {
        self.headers
            .get(header::LOCATION)
            .and_then(|value| value.to_str().ok())
    }

    pub fn session_cookie(&self) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .find(|value| {
                value.starts_with("tomster_session=") && !value.starts_with("tomster_session=;")
            })
            .and_then(|value| value.split(';').next())
            .map(str::to_owned)
    }

    /// The anti-forgery token of the first form on the page.
    pub fn csrf(&self) -> Option<String> {
        let start = self.body.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
        let end = self.body[start..].find('"')? + start;
        Some(self.body[start..end].to_owned())
    }
}

/// A workspace with an owner, an editor and a viewer, and a strategy from an example, plus a
/// second workspace with its own owner and strategy.
pub struct World {
    pub app: TestApp,
    pub owner: Browser,
    pub editor: Browser,
    pub viewer: Browser,
    pub stranger: Browser,
    pub strategy: String,
    pub stranger_strategy: String,
    pub token: String,
    pub read_only_token: String,
    pub stranger_token: String,
}

pub async fn world(backend: Backend) -> World {
    world_with(backend, |_| {}).await
}

/// [`world`] with a configuration the test adjusts (an SMTP server...).
pub async fn world_with(backend: Backend, adjust: impl FnOnce(&mut Config)) -> World {
    let app = TestApp::with_config(backend, |config| {
        config.work_budget = Duration::from_secs(30);
        adjust(config);
    })
    .await;
    let db = &app.state.db;
    for email in [
        "owner@a.test",
        "editor@a.test",
        "viewer@a.test",
        "stranger@b.test",
    ] {
        app.user(email).await;
    }
    admin::create_workspace(db, "agency", "Agency", "owner@a.test")
        .await
        .unwrap();
    admin::add_member(
        db,
        "agency",
        "editor@a.test",
        tomster_web::store::Role::Editor,
    )
    .await
    .unwrap();
    admin::add_member(
        db,
        "agency",
        "viewer@a.test",
        tomster_web::store::Role::Viewer,
    )
    .await
    .unwrap();
    admin::create_workspace(db, "other", "Other", "stranger@b.test")
        .await
        .unwrap();
    let owner = app.login("owner@a.test").await;
    let editor = app.login("editor@a.test").await;
    let viewer = app.login("viewer@a.test").await;
    let stranger = app.login("stranger@b.test").await;
    let strategy = create_from_example(&app, &owner, "agency", "boulangerie").await;
    let stranger_strategy = create_from_example(&app, &stranger, "other", "b2b-saas").await;
    let token = admin::create_token(db, "editor@a.test", "agency", "ci", false)
        .await
        .unwrap();
    let read_only_token = admin::create_token(db, "owner@a.test", "agency", "read", true)
        .await
        .unwrap();
    let stranger_token = admin::create_token(db, "stranger@b.test", "other", "theirs", false)
        .await
        .unwrap();
    World {
        app,
        owner,
        editor,
        viewer,
        stranger,
        strategy,
        stranger_strategy,
        token,
        read_only_token,
        stranger_token,
    }
}

/// Creates a strategy from an example through the page's form and returns its id.
pub async fn create_from_example(
    app: &TestApp,
    browser: &Browser,
    slug: &str,
    example: &str,
) -> String {
    let reply = app
        .send(browser.post(
            &format!("/w/{slug}/strategies"),
            &format!("csrf={}&example={example}", browser.csrf),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    reply
        .location()
        .and_then(|location| location.strip_prefix("/s/"))
        .expect("the new strategy's address")
        .to_owned()
}

/// A file of the wine estate's generated year of exports (the worked example's test data).
pub fn wine_estate(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tomster/tests/data/wine-estate")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Imports a CSV export into a strategy through the API, as the world's editor token.
pub async fn upload(world: &World, strategy: &str, bytes: Vec<u8>) {
    let reply = world
        .app
        .send(
            Request::post(format!("/api/v1/strategies/{strategy}/imports"))
                .header(header::AUTHORIZATION, format!("Bearer {}", world.token))
                .header(header::CONTENT_TYPE, "text/csv")
                .body(Body::from(bytes))
                .unwrap(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
}
