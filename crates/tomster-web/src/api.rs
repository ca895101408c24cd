//! The JSON API, `/api/v1`: the same strategies, versions and analyses as the pages, for
//! scripts and other tools. Personal access tokens (`Authorization: Bearer`) reach one
//! workspace, read-only or read-write; errors are `application/problem+json` (RFC 9457).
//!
//! Every route is in [`routes`]' table; [`crate::openapi`] describes them from it.

use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRequestParts, Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::json;
use tomster_core::i18n::text;
use tomster_core::load::MAX_SOURCE_BYTES;
use tomster_core::model::Language;

use crate::downloads::{Download, DownloadError, MAX_DOWNLOAD_POSTS, download_response};
use crate::secrets::secret_hash;
use crate::service::Saved;
use crate::store::{Role, StrategyRow, UserId, WorkspaceId};
use crate::views::{Part, WrittenLoadError};
use crate::web::{AppError, AppState, Need, RouteTable, accept_language};

/// The largest body the API reads: a strategy at the loader's limit, as TOML or JSON (whose
/// quoting takes a little more room).
pub const MAX_API_BODY_BYTES: usize = MAX_SOURCE_BYTES + MAX_SOURCE_BYTES / 4;

/// Every route of the API with who may use it (a token of the workspace; a read-write one
/// to write).
pub fn routes() -> RouteTable {
    use Need::*;
    RouteTable::new("/api/v1")
        .get("/api/v1/openapi.json", Anyone, openapi)
        .get("/api/v1/workspaces", Reader, workspaces)
        .get("/api/v1/workspaces/{slug}/strategies", Reader, strategies)
        .post(
            "/api/v1/workspaces/{slug}/strategies",
            Editor,
            create_strategy,
        )
        .get("/api/v1/strategies/{id}", Reader, strategy)
        .put("/api/v1/strategies/{id}", Editor, replace_strategy)
        .get("/api/v1/strategies/{id}/versions", Reader, versions)
        .get(
            "/api/v1/strategies/{id}/versions/{version}",
            Reader,
            version,
        )
        .get("/api/v1/strategies/{id}/diagnostics", Reader, diagnostics)
        .get(
            "/api/v1/strategies/{id}/recommendations",
            Reader,
            recommendations,
        )
        .get("/api/v1/strategies/{id}/plan", Reader, plan)
        .get(
            "/api/v1/strategies/{id}/document.html",
            Reader,
            document_html,
        )
        .get("/api/v1/strategies/{id}/document.pdf", Reader, document_pdf)
        .get("/api/v1/strategies/{id}/document.md", Reader, document_md)
        .get("/api/v1/strategies/{id}/calendar.ics", Reader, calendar_ics)
        .get("/api/v1/strategies/{id}/calendar.csv", Reader, calendar_csv)
        .post(
            "/api/v1/strategies/{id}/imports",
            Editor,
            crate::api_results::create_import,
        )
        .get(
            "/api/v1/strategies/{id}/imports",
            Reader,
            crate::api_results::list_imports,
        )
        .get(
            "/api/v1/strategies/{id}/imports/{import}",
            Reader,
            crate::api_results::get_import,
        )
        .delete(
            "/api/v1/strategies/{id}/imports/{import}",
            Editor,
            crate::api_results::delete_import,
        )
        .post(
            "/api/v1/strategies/{id}/observations",
            Editor,
            crate::api_results::post_observations,
        )
        .get(
            "/api/v1/strategies/{id}/observations",
            Reader,
            crate::api_results::get_observations,
        )
        .get(
            "/api/v1/strategies/{id}/progress",
            Reader,
            crate::progress::get_progress,
        )
        .get(
            "/api/v1/strategies/{id}/execution",
            Reader,
            crate::progress::get_execution,
        )
        .get(
            "/api/v1/strategies/{id}/findings",
            Reader,
            crate::progress::get_findings,
        )
        .get(
            "/api/v1/strategies/{id}/review.html",
            Reader,
            crate::progress::review_html,
        )
        .get(
            "/api/v1/strategies/{id}/review.md",
            Reader,
            crate::progress::review_md,
        )
        .get(
            "/api/v1/strategies/{id}/review.pdf",
            Reader,
            crate::progress::review_pdf,
        )
}

/// The API's router: its routes, a problem for anything else, and its own body limit.
pub fn router() -> Router<AppState> {
    let (router, _) = routes().into_parts();
    router
        .fallback(|| async { Problem::from(AppError::NotFound) })
        .layer(axum::middleware::map_response(problems_only))
        .layer(DefaultBodyLimit::max(MAX_API_BODY_BYTES))
}

/// Every error of the API is a problem document, those of the framework too (a body over the
/// limit, a method the route does not take).
async fn problems_only(response: Response) -> Response {
    let status = response.status();
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value == "application/problem+json");
    if (status.is_client_error() || status.is_server_error()) && !is_problem {
        let title = status.canonical_reason().unwrap_or("Error").to_owned();
        return Problem::new(status, title).into_response();
    }
    response
}

/// An error as `application/problem+json`.
pub struct Problem {
    status: StatusCode,
    title: String,
    detail: Option<String>,
    /// Extra members (the load errors of a refused file).
    extra: Option<(&'static str, serde_json::Value)>,
}

impl Problem {
    fn new(status: StatusCode, title: String) -> Problem {
        Problem {
            status,
            title,
            detail: None,
            extra: None,
        }
    }

    fn detailed(status: StatusCode, title: &str, detail: String) -> Problem {
        Problem {
            detail: Some(detail),
            ..Problem::new(status, title.to_owned())
        }
    }

    pub(crate) fn detailed_owned(status: StatusCode, title: String, detail: String) -> Problem {
        Problem {
            detail: Some(detail),
            ..Problem::new(status, title)
        }
    }

    /// Adds a member to the problem document (the located errors of an import).
    pub(crate) fn set_extra(&mut self, extra: Option<(&'static str, serde_json::Value)>) {
        self.extra = extra;
    }
}

impl From<AppError> for Problem {
    fn from(error: AppError) -> Problem {
        Problem::new(error.status(), text(Language::English, error.key(), &[]))
    }
}

impl From<crate::store::StoreError> for Problem {
    fn from(error: crate::store::StoreError) -> Problem {
        Problem::from(AppError::from(error))
    }
}

impl From<crate::work::WorkError> for Problem {
    fn from(error: crate::work::WorkError) -> Problem {
        Problem::from(AppError::from(error))
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let mut body = json!({
            "type": "about:blank",
            "title": self.title,
            "status": self.status.as_u16(),
        });
        if let Some(detail) = self.detail {
            body["detail"] = json!(detail);
        }
        if let Some((name, value)) = self.extra {
            body[name] = value;
        }
        let mut response = (self.status, body.to_string()).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"tomster\""),
            );
        }
        response
    }
}

pub(crate) type ApiResult = Result<Response, Problem>;

// ---- The bodies the API sends, described in the OpenAPI document from these very types ----

/// A workspace a token reaches.
#[derive(Serialize, JsonSchema)]
pub struct WorkspaceItem {
    pub slug: String,
    pub name: String,
    /// The token's reach there: `viewer` (read-only tokens too), `editor` or `owner`.
    pub role: String,
}

/// A strategy in a workspace's list.
#[derive(Serialize, JsonSchema)]
pub struct StrategyListItem {
    pub id: String,
    pub name: String,
    /// Its current version.
    pub version: i64,
    /// When its current version was saved (RFC 3339).
    pub updated_at: String,
}

/// A version just stored (created, or saved on top of another).
#[derive(Serialize, JsonSchema)]
pub struct Stored {
    pub id: String,
    pub version: i64,
    pub name: String,
}

/// A version in a strategy's history.
#[derive(Serialize, JsonSchema)]
pub struct VersionItem {
    pub version: i64,
    /// Who saved it (none when the account is gone).
    pub author: Option<String>,
    pub comment: String,
    /// When it was saved (RFC 3339).
    pub created_at: String,
}

/// A version with its strategy, as JSON (`?format=toml` or `Accept: application/toml` gives
/// the stored TOML text instead).
#[derive(Serialize, JsonSchema)]
pub struct StrategyVersion {
    pub id: String,
    pub version: i64,
    pub name: String,
    pub author: Option<String>,
    pub comment: String,
    pub created_at: String,
    /// The strategy document (the same fields as the TOML file).
    #[schemars(with = "Option<tomster_core::model::StrategyDocument>")]
    pub strategy: Option<serde_json::Value>,
}

/// An error (RFC 9457 problem details).
#[derive(Serialize, JsonSchema)]
pub struct ProblemDocument {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: Option<String>,
    /// The load errors of a refused strategy, with their line and column.
    pub errors: Option<Vec<WrittenLoadError>>,
    /// On a conflict: the version saved meanwhile.
    pub current_version: Option<i64>,
    /// On a calendar over the download's limit: the years to ask for one at a time.
    pub years: Option<Vec<i16>>,
    /// On an import with errors: each error with its sheet, line and column.
    pub import_errors: Option<Vec<crate::api_results::ImportErrorItem>>,
    /// On figures refused: each error with the figure's place in the list and its field.
    pub figure_errors: Option<Vec<crate::results::FigureError>>,
}

/// The token of a request and what it reaches: one workspace, with its owner's current role
/// there (read-only tokens read only).
pub struct Access {
    pub user_id: UserId,
    pub workspace_id: WorkspaceId,
    pub role: Role,
    pub language: Language,
}

impl FromRequestParts<AppState> for Access {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Problem> {
        let token = bearer(&parts.headers)?;
        // Read every time: a token revoked, or its owner removed, on any server stops at once.
        let (record, role) = state
            .db
            .tokens()
            .with_role(&secret_hash(token))
            .await?
            .ok_or(Problem::from(AppError::Unauthorized))?;
        let role = if record.read_only { Role::Viewer } else { role };
        Ok(Access {
            user_id: record.user_id,
            workspace_id: record.workspace_id,
            role,
            language: accept_language(&parts.headers),
        })
    }
}

/// A token that may write (a read-write token of an editor or owner).
pub struct Writer(pub Access);

impl FromRequestParts<AppState> for Writer {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Problem> {
        let access = Access::from_request_parts(parts, state).await?;
        if !access.role.can_edit() {
            return Err(AppError::Forbidden.into());
        }
        Ok(Writer(access))
    }
}

/// The strategy named by the address's `{id}`, in the token's workspace (404 elsewhere).
pub struct TokenStrategy {
    pub access: Access,
    pub strategy: StrategyRow,
}

pub(crate) async fn token_strategy(
    state: &AppState,
    access: Access,
    id: &str,
) -> Result<TokenStrategy, Problem> {
    let strategy = state
        .db
        .strategies()
        .in_workspace(id, access.workspace_id)
        .await?
        .ok_or(Problem::from(AppError::NotFound))?;
    Ok(TokenStrategy { access, strategy })
}

impl FromRequestParts<AppState> for TokenStrategy {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Problem> {
        let access = Access::from_request_parts(parts, state).await?;
        let Path(parameters) =
            Path::<std::collections::HashMap<String, String>>::from_request_parts(parts, state)
                .await
                .map_err(|_| Problem::from(AppError::NotFound))?;
        let id = parameters
            .get("id")
            .ok_or(Problem::from(AppError::NotFound))?;
        token_strategy(state, access, id).await
    }
}

async fn workspaces(State(state): State<AppState>, access: Access) -> ApiResult {
    let workspace = state
        .db
        .workspaces()
        .by_id(access.workspace_id)
        .await?
        .ok_or(Problem::from(AppError::NotFound))?;
    Ok(axum::Json([WorkspaceItem {
        slug: workspace.slug,
        name: workspace.name,
        role: access.role.as_str().to_owned(),
    }])
    .into_response())
}

fn iso(seconds: i64) -> String {
    jiff::Timestamp::from_second(seconds)
        .map(|time| time.to_string())
        .unwrap_or_default()
}

/// The token's workspace when it is the one named by `slug` (404 otherwise).
async fn named_workspace(
    state: &AppState,
    access: &Access,
    slug: &str,
) -> Result<crate::store::Workspace, Problem> {
    state
        .db
        .workspaces()
        .by_id(access.workspace_id)
        .await?
        .filter(|workspace| workspace.slug == slug)
        .ok_or(Problem::from(AppError::NotFound))
}

#[derive(Deserialize)]
struct ListQuery {
    limit: Option<i64>,
    offset: Option<i64>,
}

/// The most strategies one answer lists.
pub const LIST_LIMIT: i64 = 500;

async fn strategies(
    State(state): State<AppState>,
    access: Access,
    Path(slug): Path<String>,
    Query(query): Query<ListQuery>,
) -> ApiResult {
    let workspace = named_workspace(&state, &access, &slug).await?;
    let limit = query.limit.unwrap_or(LIST_LIMIT);
    let offset = query.offset.unwrap_or(0);
    if !(1..=LIST_LIMIT).contains(&limit) || offset < 0 {
        return Err(Problem::detailed(
            StatusCode::BAD_REQUEST,
            "Bad request",
            format!("limit is 1 to {LIST_LIMIT}, offset 0 or more"),
        ));
    }
    let (listed, _) = state
        .db
        .strategies()
        .list(workspace.id, limit, offset)
        .await?;
    let list: Vec<StrategyListItem> = listed
        .into_iter()
        .map(|strategy| StrategyListItem {
            id: strategy.id.to_string(),
            name: strategy.name,
            version: strategy.current_version,
            updated_at: iso(strategy.updated_at),
        })
        .collect();
    Ok(axum::Json(list).into_response())
}

/// A strategy sent to the API, as TOML (`application/toml`, or `text/plain`) or as the JSON
/// the API answers with (`application/json`: the document itself, or an answer of
/// `GET /strategies/{id}` with its `strategy` member), turned into TOML for the loader.
fn strategy_text(headers: &HeaderMap, body: &str, language: Language) -> Result<String, Problem> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    if content_type.starts_with("application/toml") || content_type.starts_with("text/plain") {
        return Ok(body.to_owned());
    }
    if content_type.starts_with("application/json") {
        let value: serde_json::Value = serde_json::from_str(body).map_err(|error| {
            let mut problem = Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                text(language, "web-load-errors", &[]),
            );
            problem.extra = Some((
                "errors",
                json!([{ "message": error.to_string(), "line": error.line(), "column": error.column() }]),
            ));
            problem
        })?;
        let document = match value.get("strategy") {
            Some(inner) if inner.is_object() && value.get("version").is_some() => inner.clone(),
            _ => value,
        };
        // Read as the model first: a list where a table is expected is said as such, not
        // dropped on the way to TOML.
        if let Err(message) = crate::editor::check_shape(&document) {
            return Err(load_problem(
                vec![WrittenLoadError {
                    message,
                    line: 1,
                    column: 1,
                }],
                language,
            ));
        }
        if let Err(error) =
            serde_json::from_value::<tomster_core::model::StrategyDocument>(document.clone())
        {
            return Err(load_problem(
                vec![WrittenLoadError {
                    message: error.to_string(),
                    line: 1,
                    column: 1,
                }],
                language,
            ));
        }
        if !document.is_object() {
            return Err(load_problem(
                vec![WrittenLoadError {
                    message: text(language, "web-api-json-object", &[]),
                    line: 1,
                    column: 1,
                }],
                language,
            ));
        }
        return crate::editor::to_toml_text(&document).map_err(|error| {
            Problem::detailed(
                StatusCode::UNPROCESSABLE_ENTITY,
                "Unprocessable entity",
                error,
            )
        });
    }
    Err(Problem::detailed(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "Unsupported media type",
        "send the strategy as TOML (Content-Type: application/toml) or JSON \
         (Content-Type: application/json)"
            .to_owned(),
    ))
}

/// Load errors as a 422 problem with their lines and columns.
fn load_problem(errors: Vec<WrittenLoadError>, language: Language) -> Problem {
    let mut problem = Problem::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        text(language, "web-load-errors", &[]),
    );
    problem.extra = Some(("errors", json!(errors)));
    problem
}

async fn create_strategy(
    State(state): State<AppState>,
    Writer(access): Writer,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: String,
) -> ApiResult {
    let workspace = named_workspace(&state, &access, &slug).await?;
    let source = strategy_text(&headers, &body, access.language)?;
    let stored = crate::service::create_strategy(
        &state,
        &workspace,
        access.user_id,
        &source,
        "API",
        access.language,
    )
    .await?;
    let (id, name) = stored.map_err(|errors| load_problem(errors, access.language))?;
    let location = format!("/api/v1/strategies/{id}");
    Ok((
        StatusCode::CREATED,
        [
            (header::LOCATION, location),
            (header::ETAG, "\"1\"".to_owned()),
        ],
        axum::Json(Stored {
            id: id.to_string(),
            version: 1,
            name,
        }),
    )
        .into_response())
}

#[derive(Deserialize)]
struct FormatQuery {
    format: Option<String>,
}

/// Whether the TOML text is asked for (`?format=toml` or `Accept: application/toml`) rather
/// than JSON; an unknown `format` is refused.
fn wants_toml(headers: &HeaderMap, query: &FormatQuery) -> Result<bool, Problem> {
    match query.format.as_deref() {
        Some("toml") => Ok(true),
        Some("json") => Ok(false),
        Some(_) => Err(Problem::detailed(
            StatusCode::BAD_REQUEST,
            "Bad request",
            "format is json or toml".to_owned(),
        )),
        None => Ok(headers
            .get(header::ACCEPT)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|accept| accept.contains("application/toml"))),
    }
}

async fn version_response(
    state: &AppState,
    strategy: &StrategyRow,
    number: i64,
    headers: &HeaderMap,
    query: &FormatQuery,
) -> ApiResult {
    let version = state
        .db
        .strategies()
        .version(&strategy.id, number)
        .await?
        .ok_or(Problem::from(AppError::NotFound))?;
    let etag = format!("\"{number}\"");
    if wants_toml(headers, query)? {
        return Ok((
            [
                (
                    header::CONTENT_TYPE,
                    "application/toml; charset=utf-8".to_owned(),
                ),
                (header::ETAG, etag),
            ],
            version.toml,
        )
            .into_response());
    }
    let document = crate::service::version_document(state, strategy, number).await?;
    Ok((
        [(header::ETAG, etag)],
        axum::Json(StrategyVersion {
            id: strategy.id.to_string(),
            version: number,
            name: strategy.name.clone(),
            author: version.author_email,
            comment: version.comment,
            created_at: iso(version.created_at),
            strategy: document,
        }),
    )
        .into_response())
}

async fn strategy(
    State(state): State<AppState>,
    reached: TokenStrategy,
    Query(query): Query<FormatQuery>,
    headers: HeaderMap,
) -> ApiResult {
    let strategy = &reached.strategy;
    version_response(&state, strategy, strategy.current_version, &headers, &query).await
}

async fn replace_strategy(
    State(state): State<AppState>,
    Writer(access): Writer,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: String,
) -> ApiResult {
    let TokenStrategy { access, strategy } = token_strategy(&state, access, &id).await?;
    let Some(if_match) = headers
        .get(header::IF_MATCH)
        .and_then(|value| value.to_str().ok())
    else {
        return Err(Problem::detailed(
            StatusCode::PRECONDITION_REQUIRED,
            "Precondition required",
            "send If-Match: \"<version>\" with the version this text replaces".to_owned(),
        ));
    };
    let Ok(base) = if_match
        .trim()
        .trim_start_matches("W/")
        .trim_matches('"')
        .parse::<i64>()
    else {
        return Err(Problem::detailed(
            StatusCode::BAD_REQUEST,
            "Bad request",
            "If-Match is not a version number such as \"3\"".to_owned(),
        ));
    };
    let source = strategy_text(&headers, &body, access.language)?;
    match crate::service::save_version(
        &state,
        &strategy,
        base,
        &source,
        access.user_id,
        "API",
        access.language,
    )
    .await?
    {
        Saved::Version { number, name } => Ok((
            [(header::ETAG, format!("\"{number}\""))],
            axum::Json(Stored {
                id: strategy.id.to_string(),
                version: number,
                name,
            }),
        )
            .into_response()),
        Saved::Conflict { current } => {
            let mut problem = Problem::detailed(
                StatusCode::CONFLICT,
                "Conflict",
                format!(
                    "version {current} was saved since version {base}: fetch it, merge, and send again"
                ),
            );
            problem.extra = Some(("current_version", json!(current)));
            Err(problem)
        }
        Saved::Invalid(errors) => Err(load_problem(errors, access.language)),
    }
}

async fn versions(State(state): State<AppState>, reached: TokenStrategy) -> ApiResult {
    let list: Vec<VersionItem> = state
        .db
        .strategies()
        .versions(&reached.strategy.id)
        .await?
        .into_iter()
        .map(|version| VersionItem {
            version: version.number,
            author: version.author_email,
            comment: version.comment,
            created_at: iso(version.created_at),
        })
        .collect();
    Ok(axum::Json(list).into_response())
}

async fn version(
    State(state): State<AppState>,
    reached: TokenStrategy,
    Path((_, number)): Path<(String, i64)>,
    Query(query): Query<FormatQuery>,
    headers: HeaderMap,
) -> ApiResult {
    version_response(&state, &reached.strategy, number, &headers, &query).await
}

/// The bearer token of a request (401 without one).
fn bearer(headers: &HeaderMap) -> Result<&str, Problem> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .ok_or(Problem::from(AppError::Unauthorized))
}

/// One of the JSON analyses of the current version, as computed when it was saved: the token,
/// the strategy and the stored analysis in one query (the API's most asked routes).
async fn analysis(state: &AppState, headers: &HeaderMap, id: &str, part: Part) -> ApiResult {
    let language = accept_language(headers);
    let (_, _, found) = state
        .db
        .tokens()
        .visit(
            &secret_hash(bearer(headers)?),
            id,
            (language.as_str(), crate::views::fingerprint(), part.name()),
        )
        .await?
        .ok_or(Problem::from(AppError::Unauthorized))?;
    let (strategy, stored) = found.ok_or(Problem::from(AppError::NotFound))?;
    let body = match stored.filter(|body| !body.is_empty()) {
        Some(body) => body,
        None => crate::service::json_view(state, &strategy, language, part)
            .await?
            .ok_or(Problem::from(AppError::Internal))?
            .to_string(),
    };
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

/// The checker's findings: the command line's `check --format json`.
async fn diagnostics(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult {
    analysis(&state, &headers, &id, Part::ReportJson).await
}

/// The platform fit, the KPI and tool suggestions: `recommend --format json`.
async fn recommendations(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult {
    analysis(&state, &headers, &id, Part::RecommendationsJson).await
}

/// The workload, costs and coverage: `plan --format json`.
async fn plan(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult {
    analysis(&state, &headers, &id, Part::PlanJson).await
}

/// A calendar's period in the address: `from` and `to`, `YYYY-MM-DD`.
#[derive(Deserialize, Default)]
struct PeriodQuery {
    from: Option<String>,
    to: Option<String>,
}

async fn file(
    state: &AppState,
    reached: &TokenStrategy,
    download: Download,
    period: &PeriodQuery,
) -> ApiResult {
    if !download.available() {
        return Err(AppError::NotFound.into());
    }
    let Ok(period) = crate::pages::files::period(period.from.as_deref(), period.to.as_deref())
    else {
        return Err(Problem::detailed(
            StatusCode::BAD_REQUEST,
            "Bad request",
            "from and to are dates: YYYY-MM-DD".to_owned(),
        ));
    };
    match download_response(
        state,
        &reached.strategy,
        None,
        download,
        reached.access.language,
        period,
        None,
    )
    .await
    {
        Ok(response) => Ok(response),
        Err(DownloadError::Failed(error)) => Err(error.into()),
        Err(DownloadError::DocumentTooLong) => Err(Problem::detailed(
            StatusCode::PAYLOAD_TOO_LARGE,
            "Document too long for a PDF",
            "the document is too long to typeset as a PDF: fetch document.html, which \
             prints to PDF from a browser"
                .to_owned(),
        )),
        Err(DownloadError::TooManyPosts { posts, years }) => {
            let mut problem = Problem::detailed(
                StatusCode::PAYLOAD_TOO_LARGE,
                "Calendar too large",
                format!(
                    "the calendar holds {posts} posts, more than the {MAX_DOWNLOAD_POSTS} a \
                     download carries: ask for a period, such as ?from={year}-01-01&to={year}-12-31",
                    year = years.first().copied().unwrap_or(2027)
                ),
            );
            problem.extra = Some(("years", json!(years)));
            Err(problem)
        }
    }
}

async fn document_html(State(state): State<AppState>, reached: TokenStrategy) -> ApiResult {
    file(
        &state,
        &reached,
        Download::DocumentHtml,
        &PeriodQuery::default(),
    )
    .await
}

async fn document_pdf(State(state): State<AppState>, reached: TokenStrategy) -> ApiResult {
    file(
        &state,
        &reached,
        Download::DocumentPdf,
        &PeriodQuery::default(),
    )
    .await
}

async fn document_md(State(state): State<AppState>, reached: TokenStrategy) -> ApiResult {
    file(
        &state,
        &reached,
        Download::DocumentMarkdown,
        &PeriodQuery::default(),
    )
    .await
}

async fn calendar_ics(
    State(state): State<AppState>,
    reached: TokenStrategy,
    Query(period): Query<PeriodQuery>,
) -> ApiResult {
    file(&state, &reached, Download::CalendarIcs, &period).await
}

async fn calendar_csv(
    State(state): State<AppState>,
    reached: TokenStrategy,
    Query(period): Query<PeriodQuery>,
) -> ApiResult {
    file(&state, &reached, Download::CalendarCsv, &period).await
}

/// The OpenAPI 3.1 description of the API.
async fn openapi() -> Response {
    axum::Json(crate::openapi::document()).into_response()
}
